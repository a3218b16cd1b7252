"""Writes with domain rules. Keyword-only and typed, callable from views, signals, the seeding
command and tests alike."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission

from .constants import Role
from .models import Programme, ProgrammeIndexPage, ProgrammePage

# Programme staff draft and edit in their own section; publishing is left to the editorial
# team (Redactie), which moderates.
PROGRAMME_STAFF_PAGE_PERMISSIONS = ("add_page", "change_page")


def programme_group_names(programme: Programme) -> dict[str, str]:
    """The names of a programme's groups, by the Programme field that holds each."""
    return {
        "team_group": f"Team {programme.short_name}",
        "staff_group": f"{Role.PROGRAMMAMEDEWERKER.value} {programme.short_name}",
        "editor_group": f"Redacteur {programme.short_name}",
        "manager_group": f"{Role.MANAGER.value} {programme.short_name}",
    }


@transaction.atomic
def programme_ensure_section(*, programme: Programme) -> ProgrammePage | None:
    """Make sure a programme has its landing page under /programmas/ and its groups (team,
    staff with edit rights on that section, editors, managers). Idempotent; returns the
    landing page, or None while the site has no programme overview page yet."""
    landing_page = ProgrammePage.objects.filter(programme=programme).first()
    if landing_page is None:
        index_page = ProgrammeIndexPage.objects.first()
        if index_page is None:
            return None
        landing_page = index_page.add_child(
            instance=ProgrammePage(title=programme.name, slug=programme.slug, programme=programme)
        )
        landing_page.save_revision().publish()
    elif landing_page.slug != programme.slug or landing_page.title != programme.name:
        landing_page.title = programme.name
        landing_page.draft_title = programme.name
        landing_page.slug = programme.slug
        landing_page.save(update_fields=["title", "draft_title", "slug", "url_path"])

    for field, name in programme_group_names(programme).items():
        group = getattr(programme, field)
        if group is None:
            group, _created = Group.objects.get_or_create(name=name)
            Programme.objects.filter(pk=programme.pk).update(**{field: group})
            setattr(programme, field, group)
        elif group.name != name:
            group.name = name
            group.save(update_fields=["name"])

    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=PROGRAMME_STAFF_PAGE_PERMISSIONS
    )
    for permission in permissions:
        GroupPagePermission.objects.get_or_create(
            group=programme.staff_group, page=landing_page, permission=permission
        )
    return landing_page
