"""Page routing in a fixed number of queries.

Wagtail routes a URL one level at a time: for each path component it fetches the child with that
slug and then its specific page, two queries per level (eight for /programmas/top600/werkwijze/).
The start page routes its descendants instead from their `url_path`, which Wagtail keeps as the
chain of slugs from the tree's root: one query finds every page the path names, one more makes
the deepest of them specific. The result is Wagtail's own: a page type that routes its sub-paths
itself (a `route` of its own, e.g. RoutablePageMixin) gets the path from the level where it
starts, exactly as Wagtail would hand it over, and a path that names no page still gives a 404."""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail.models import Page

# Deeper than any tree of this portal: a longer path is left to Wagtail's own routing, so that a
# hostile URL of a thousand components does not become a thousand-value IN clause.
MAX_ROUTED_DEPTH = 20


def _routes_itself(page: Page) -> bool:
    """Whether the page's type overrides Wagtail's route (the content type comes from Django's
    in-memory cache, so this costs no query after the first)."""
    model = ContentType.objects.get_for_id(page.content_type_id).model_class()
    return model is not None and model.route is not Page.route


def _specific(page: Page) -> Page:
    """The page in its specific type, with the relations its type names in
    `routing_select_related` (those every view of it shows) in the same query."""
    model = page.specific_class
    related = getattr(model, "routing_select_related", ())
    if model is None or not related:
        return page.specific
    return model._default_manager.select_related(*related).get(pk=page.pk)


def route_descendants(root: Page, request, path_components: list[str]):
    """Route `path_components` below `root` like `Page.route`, in two queries."""
    if len(path_components) > MAX_ROUTED_DEPTH:
        return Page.route(root, request, path_components)
    prefixes = [
        root.url_path + "".join(f"{slug}/" for slug in path_components[:length])
        for length in range(1, len(path_components) + 1)
    ]
    # Only pages of this root's tree: another site's tree may hold the same url_path.
    named = {
        page.url_path: page
        for page in Page.objects.filter(
            url_path__in=prefixes, path__startswith=root.path, depth__gt=root.depth
        ).only("id", "path", "depth", "url_path", "content_type_id")
    }
    for depth, prefix in enumerate(prefixes, start=1):
        page = named.get(prefix)
        if page is None:
            raise Http404
        if depth == len(prefixes) or _routes_itself(page):
            specific = _specific(page)
            if depth == 1:  # as Wagtail does; a deeper parent here is only partly loaded
                specific._cached_parent_obj = root
            return specific.route(request, path_components[depth:])
    raise Http404  # pragma: no cover - the loop always returns or raises
