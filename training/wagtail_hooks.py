from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.home import HomeSection
from portal.navigation import NavigationItem

from .models import LearningPath
from .selectors import continue_learning


class LearningPathViewSet(SnippetViewSet):
    model = LearningPath
    icon = "list-ol"
    menu_label = _("Learning paths")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "slug", "audience"]
    search_fields = ["title"]


register_snippet(LearningPathViewSet)


@hooks.register("register_main_navigation")
def training_navigation():
    return NavigationItem(title=_("Learning"), url="/leren/", order=20)


@hooks.register("register_main_navigation")
def my_learning_navigation():
    return NavigationItem(title=_("My learning"), url="/mijn-leeromgeving/", order=25)


@hooks.register("register_home_section")
def continue_learning_section(request):
    items = continue_learning(user=request.user)
    if not items:
        return None
    return HomeSection(
        title=_("Continue where you left off"),
        template="training/home/continue_learning.html",
        order=20,
        context={"items": items},
    )


@hooks.register("register_demo_content")
def training_demo_content(log):
    from .seeding import seed_training

    seed_training(log)


training_demo_content.order = 20
