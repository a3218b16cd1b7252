from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.navigation import NavigationItem

from .models import ChainPartner


class ChainPartnerViewSet(SnippetViewSet):
    model = ChainPartner
    icon = "site"
    menu_label = _("Chain partners")
    add_to_admin_menu = False
    list_display = ["name", "short_name", "slug"]
    search_fields = ["name", "short_name"]
    ordering = ["sort_order", "name"]


register_snippet(ChainPartnerViewSet)


@hooks.register("register_main_navigation")
def lessons_navigation():
    return NavigationItem(title=_("Lessons learned"), url="/lessen/", order=40)


@hooks.register("register_demo_content")
def seed_themes(log):
    from .seeding import seed_themes as seed

    seed(log)


seed_themes.order = 200
