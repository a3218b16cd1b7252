"""What the admin's choosers (page, document, image) show a user: only what they may see.

Wagtail's choosers list every page and every choosable document, so a programme's staff saw the
titles of another programme's restricted pages and documents, and every admin user saw the
titles of drafts (including drafts the privacy guard refused because of the personal data in
them). A chooser now leaves out, unless the user may edit the item:
- pages behind a view restriction the user does not pass, and their subtrees;
- pages that were never published, and live pages whose draft has another title than the
  published one (the draft title is what choosers show);
- documents and images in collections with a view restriction the user does not pass.

The conditions are path prefixes, owners and id lists, so they work on Wagtail's search
backends too (the page chooser's search runs on the engine in production)."""

from functools import reduce
from operator import or_

from django.db.models import F, Q
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

from .selectors import restricted_paths_for

NOTHING = Q(pk__in=[])


def _any_prefix(paths) -> Q:
    return reduce(or_, (Q(path__startswith=path) for path in paths), NOTHING)


def _editable_pages(user) -> Q:
    """Pages the user may edit: under a page they have change or publish permission on, or
    their own pages under one they may add to (Wagtail's "add" lets owners edit)."""
    permissions = GroupPagePermission.objects.filter(group__user=user).values_list(
        "page__path", "permission__codename"
    )
    edit_paths = {path for path, code in permissions if code in ("change_page", "publish_page")}
    add_paths = {path for path, code in permissions if code == "add_page"}
    return _any_prefix(edit_paths) | (_any_prefix(add_paths) & Q(owner=user))


def visible_in_page_chooser(pages, user):
    if user.is_superuser:
        return pages
    changed_titles = list(
        Page.objects.filter(live=True, has_unpublished_changes=True)
        .exclude(draft_title=F("title"))
        .values_list("pk", flat=True)
    )
    hidden = _any_prefix(restricted_paths_for(user)) | Q(live=False) | Q(pk__in=changed_titles)
    return pages.exclude(hidden & ~_editable_pages(user))


def restricted_collection_ids_for(user) -> list[int]:
    """Collections (with their descendants) behind a view restriction the user does not pass."""
    if user.is_superuser:
        return []
    group_ids = set(user.groups.values_list("pk", flat=True))
    paths = []
    for restriction in CollectionViewRestriction.objects.select_related(
        "collection"
    ).prefetch_related("groups"):
        if restriction.restriction_type == CollectionViewRestriction.LOGIN:
            continue
        if restriction.restriction_type == CollectionViewRestriction.GROUPS and group_ids & {
            group.pk for group in restriction.groups.all()
        }:
            continue
        paths.append(restriction.collection.path)
    if not paths:
        return []
    return list(Collection.objects.filter(_any_prefix(paths)).values_list("pk", flat=True))


def collections_user_manages(user, model) -> set[int]:
    """Collections (with descendants) where the user may change every item of the model, not
    only their own uploads (the editorial team manages every collection)."""
    paths = GroupCollectionPermission.objects.filter(
        group__user=user,
        permission__content_type__app_label=model._meta.app_label,
        permission__codename=f"change_{model._meta.model_name}",
    ).values_list("collection__path", flat=True)
    if not paths:
        return set()
    return set(Collection.objects.filter(_any_prefix(paths)).values_list("pk", flat=True))


def visible_in_collection_chooser(objects, user):
    """Documents or images: those in restricted collections only for the users who pass the
    restriction or manage the collection."""
    restricted = set(restricted_collection_ids_for(user))
    if not restricted:
        return objects
    hidden = sorted(restricted - collections_user_manages(user, objects.model))
    return objects.exclude(collection__in=hidden) if hidden else objects
