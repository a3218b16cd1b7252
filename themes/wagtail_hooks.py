from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from portal.home import HomeSection
from portal.navigation import NavigationItem

# Chain partners are portal's (shared vocabulary); the people app offers them in the admin.


@hooks.register("register_main_navigation")
def lessons_navigation():
    return NavigationItem(title=_("Lessons learned"), url="/lessen/", order=40)


@hooks.register("register_main_navigation")
def meetings_navigation():
    return NavigationItem(title=_("Theme meetings"), url="/themabijeenkomsten/", order=30)


@hooks.register("register_main_navigation")
def cross_pollination_navigation():
    return NavigationItem(title=_("Cross-pollination"), url="/kruisbestuiving/", order=60)


@hooks.register("register_home_section")
def upcoming_meetings_section(request):
    from .selectors import upcoming_meetings

    return HomeSection(
        title=_("Upcoming theme meetings"),
        template="themes/home/upcoming_meetings.html",
        order=30,
        context={"meetings": upcoming_meetings(user=request.user)},
    )


@hooks.register("register_home_section")
def lessons_in_my_themes_section(request):
    from .selectors import lessons_in_my_themes

    return HomeSection(
        title=_("New lessons in my themes"),
        template="themes/home/lessons_in_my_themes.html",
        order=40,
        context={"lessons": lessons_in_my_themes(user=request.user)},
    )


@hooks.register("register_demo_content")
def seed_themes(log):
    from .seeding import seed_themes as seed

    seed(log)


seed_themes.order = 200


@hooks.register("register_search_facet")
def lesson_kind_search_facet():
    from .models import LessonLearned

    return {"param": "soort", "label": _("Kind"), "model": LessonLearned, "field": "kind"}


@hooks.register("register_search_facet")
def follow_up_status_search_facet():
    from .models import LessonLearned

    return {
        "param": "status",
        "label": _("Follow-up status"),
        "model": LessonLearned,
        "field": "follow_up_status",
    }


@hooks.register("register_colleague_contributions")
def lesson_and_talk_contributions():
    from .contributions import contribution_source

    return contribution_source()


@hooks.register("register_partner_material")
def lessons_involving_partner(partner, reader):
    from .contributions import partner_material

    return partner_material(partner, reader)


@hooks.register("register_demo_content")
def seed_contributions(log):
    from .participation.seeding import seed_contributions as seed

    seed(log)


seed_contributions.order = 250


@hooks.register("register_demo_content")
def seed_harvest(log):
    from .participation.seeding import seed_harvest as seed

    seed(log)


seed_harvest.order = 255


@hooks.register("register_demo_content")
def seed_sightings(log):
    from .participation.seeding import seed_sightings as seed

    seed(log)


seed_sightings.order = 260


@hooks.register("register_demo_content")
def seed_merge_proposals(log):
    from .participation.seeding import seed_merge_proposals as seed

    seed(log)


# After the search index is filled (the similarity comes from it).
seed_merge_proposals.order = 900


@hooks.register("construct_explorer_page_queryset")
def hide_blame_free_authors_from_person_filters(parent_page, pages, request):
    from .blame_free import exclude_hidden_authors_when_filtering_by_person

    return exclude_hidden_authors_when_filtering_by_person(parent_page, pages, request)


@hooks.register("register_pages_with_hidden_author")
def blame_free_lessons_with_hidden_author(user):
    from .blame_free import lessons_with_hidden_author

    return lessons_with_hidden_author(user)


@hooks.register("register_knowledge_page_section")
def changed_by_bottleneck_section(page, request):
    """Under every knowledge page (training modules included, through portal's hook) that a
    bottleneck or system error changed: "Aangepast naar aanleiding van knelpunt ..."."""
    from .changed_pages import changed_page_ids

    if page.pk is None or page.pk not in changed_page_ids():
        return None  # changed by nothing (a preview of a page not saved yet neither)
    from portal.page_sections import KnowledgePageSection

    from .selectors import lessons_that_changed

    lessons = lessons_that_changed(page=page, user=request.user)
    if not lessons:
        return None
    return KnowledgePageSection(
        title=_("Changed because of a bottleneck"),
        template="themes/includes/changed_by_bottleneck.html",
        order=20,
        context={"lessons": lessons},
    )


@hooks.register("construct_homepage_panels")
def programme_staff_panel(request, panels):
    """Programme staff and editors start here: a new lesson or meeting, their submissions,
    what waits for their review."""
    from .admin_dashboard import ProgrammeStaffPanel, dashboard_links

    links = dashboard_links(request.user)
    if links:
        panels.insert(0, ProgrammeStaffPanel(links))
