from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.models import ChainPartner
from portal.navigation import NavigationItem
from portal.page_sections import KnowledgePageSection

from .models import ColleagueProfile, PartnerDirectoryEntry


class AccounthouderPermissionPolicy(ModelPermissionPolicy):
    """Redactie edits every directory entry (model permissions); an accounthouder may change
    the entries of their own partners, and nothing else."""

    def _own_entries(self, user):
        return PartnerDirectoryEntry.objects.filter(accounthouder__user=user)

    def user_has_permission(self, user, action):
        if super().user_has_permission(user, action):
            return True
        return action == "change" and user.is_active and self._own_entries(user).exists()

    def user_has_permission_for_instance(self, user, action, instance):
        if super().user_has_permission(user, action):
            return True
        return (
            action == "change"
            and user.is_active
            and instance.accounthouder_id is not None
            and instance.accounthouder.user_id == user.pk
        )

    def instances_user_has_permission_for(self, user, action):
        if super().user_has_permission(user, action):
            return self.model._default_manager.all()
        if action == "change":
            return self._own_entries(user)
        return self.model._default_manager.none()


register_permission_policy(
    PartnerDirectoryEntry, AccounthouderPermissionPolicy(PartnerDirectoryEntry)
)


class PartnerDirectoryEditView(snippet_views.EditView):
    """Wagtail's edit view checks the model permission only; an accounthouder holds it through
    their own entries, so the entry itself is checked here."""

    def get_object(self, queryset=None):
        entry = super().get_object(queryset)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", entry
        ):
            raise PermissionDenied
        return entry


class PartnerDirectoryViewSet(SnippetViewSet):
    model = PartnerDirectoryEntry
    edit_view_class = PartnerDirectoryEditView
    icon = "site"
    menu_label = _("Partner directory")
    list_display = ["partner", "accounthouder"]
    ordering = ["partner__sort_order", "partner__name"]

    def get_queryset(self, request):
        policy = AccounthouderPermissionPolicy(self.model)
        return policy.instances_user_has_permission_for(request.user, "change").select_related(
            "partner", "accounthouder__user"
        )


class ChainPartnerViewSet(SnippetViewSet):
    model = ChainPartner
    icon = "site"
    menu_label = _("Chain partners")
    list_display = ["name", "short_name", "slug"]
    search_fields = ["name", "short_name"]
    ordering = ["sort_order", "name"]


class ColleagueProfileViewSet(SnippetViewSet):
    model = ColleagueProfile
    icon = "user"
    menu_label = _("Colleague profiles")
    list_display = ["user", "role", "programme", "hidden"]
    list_filter = ["programme", "hidden"]
    ordering = ["user__first_name", "user__last_name"]


class PeopleViewSetGroup(ModelViewSetGroup):
    items = (PartnerDirectoryViewSet, ChainPartnerViewSet, ColleagueProfileViewSet)
    menu_icon = "group"
    menu_label = _("Partners and people")
    menu_name = "people"


hooks.register("register_admin_viewset", PeopleViewSetGroup)


@hooks.register("register_main_navigation")
def partners_navigation():
    return NavigationItem(title=_("Partners"), url="/partners/", order=75)


@hooks.register("register_main_navigation")
def colleagues_navigation():
    return NavigationItem(title=_("Colleagues"), url="/mensen/", order=76)


def _experts_section(tag_ids, request):
    from .selectors import experts_on

    experts = experts_on(tag_ids=tag_ids, reader=request.user)
    if not experts:
        return None
    return KnowledgePageSection(
        title=_("Who knows more about this?"),
        template="people/experts.html",
        order=60,
        context={"experts": experts},
    )


@hooks.register("register_knowledge_page_section")
def experts_on_page(page, request):
    return _experts_section([tag.pk for tag in page.tags.all()], request)


@hooks.register("register_tag_page_section")
def experts_on_theme(tag, request):
    return _experts_section([tag.pk], request)


@hooks.register("register_demo_content")
def people_demo_content(log):
    from .seeding import seed_people

    seed_people(log)


# After the themes (their lessons and meetings get speakers who are demo colleagues).
people_demo_content.order = 300
