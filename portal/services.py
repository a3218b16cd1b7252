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


def programme_staff_group_name(programme: Programme) -> str:
    return f"{Role.PROGRAMMAMEDEWERKER.value} {programme.short_name}"


@transaction.atomic
def programme_ensure_section(*, programme: Programme) -> ProgrammePage | None:
    """Make sure a programme has its landing page under /programmas/ and a staff group with
    edit rights on that section. Idempotent; returns the landing page, or None while the site
    has no programme overview page yet."""
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

    group = programme.staff_group
    if group is None:
        group, _created = Group.objects.get_or_create(name=programme_staff_group_name(programme))
        Programme.objects.filter(pk=programme.pk).update(staff_group=group)
        programme.staff_group = group
    elif group.name != programme_staff_group_name(programme):
        group.name = programme_staff_group_name(programme)
        group.save(update_fields=["name"])
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=PROGRAMME_STAFF_PAGE_PERMISSIONS
    )
    for permission in permissions:
        GroupPagePermission.objects.get_or_create(
            group=group, page=landing_page, permission=permission
        )
    return landing_page
