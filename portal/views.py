from itertools import groupby

from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError, connection
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from taggit.models import Tag
from wagtail import hooks

from .models import GlossaryEntry
from .page_sections import tag_page_sections
from .selectors import tag_material
from .tags import route_slug


@login_not_required
@never_cache
@require_GET
def healthz(request):
    """For the load balancer and monitoring: 200 when the portal can serve, 503 when not."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except DatabaseError:
        checks["database"] = "unavailable"
    # Other apps add theirs (e.g. the search engine): a hook returns (name, callable returning
    # "ok", "degraded" (serving with less) or "unavailable"). A check that raises is unavailable.
    for check in hooks.get_hooks("register_health_check"):
        name, probe = check()
        try:
            checks[name] = probe()
        except Exception:  # noqa: BLE001 (health must answer, whatever broke)
            checks[name] = "unavailable"
    healthy = all(state != "unavailable" for state in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks},
        status=200 if healthy else 503,
    )


def glossary(request):
    entries = list(GlossaryEntry.objects.select_related("programme"))
    letters = [
        (letter, list(group)) for letter, group in groupby(entries, key=lambda entry: entry.initial)
    ]
    return render(
        request, "portal/glossary.html", {"letters": letters, "entry_count": len(entries)}
    )


def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    groups = tag_material(tag=tag, user=request.user)
    return render(
        request,
        "portal/tag_detail.html",
        {
            "tag": tag,
            "groups": groups,
            "page_count": sum(len(g.pages) for g in groups),
            "sections": tag_page_sections(tag=tag, request=request),
        },
    )


def tag_detail_by_old_slug(request, slug):
    """A theme's address from when its slug kept accents: its tag had the Unicode slug of its
    name, which now folds to the tag's ASCII slug (or one with taggit's "_n" suffix)."""
    candidates = list(Tag.objects.filter(slug__startswith=route_slug(slug))[:50])
    tag = next(
        (tag for tag in candidates if slugify(tag.name, allow_unicode=True) == slug),
        next((tag for tag in candidates if tag.slug == route_slug(slug)), None),
    )
    if tag is None:
        raise Http404
    return redirect("tag_detail", slug=tag.slug, permanent=True)


def accessibility_statement(request):
    """The accessibility statement, in the Dutch government's format. What it says about the
    checks comes from portal.accessibility, which the browser tests run from."""
    from django.conf import settings

    from .accessibility import statement_facts

    return render(
        request,
        "portal/accessibility_statement.html",
        {**statement_facts(), "feedback_email": settings.ACCESSIBILITY_FEEDBACK_EMAIL},
    )
