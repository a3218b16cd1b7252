from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from portal.home import HomeSection
from portal.page_sections import KnowledgePageSection

from .models import Notification, Subscription
from .selectors import subscription_for, unread_count


@hooks.register("register_knowledge_page_section")
def follow_page_section(page, request):
    """ "Volgen" under every knowledge page: the page itself, its programme and its themes."""
    user = request.user
    if not user.is_authenticated or page.pk is None:  # an editor's preview of a new page
        return None
    programme = getattr(page, "owner_programme", None)
    tags = list(page.tags.all()) if hasattr(page, "tags") else []
    # What the reader follows of these, in one query.
    targets = Q(page=page) | Q(tag__in=tags)
    if programme is not None:
        targets |= Q(programme=programme)
    followed = list(Subscription.objects.filter(targets, user=user))

    def subscription(**target):
        field, value = next(iter(target.items()))
        return next((s for s in followed if getattr(s, f"{field}_id") == value.pk), None)

    options = [("page", page, subscription(page=page))]
    if programme is not None:
        options.append(("programme", programme, subscription(programme=programme)))
    for tag in tags:
        options.append(("tag", tag, subscription(tag=tag)))
    return KnowledgePageSection(
        title=_("Follow"),
        template="notifications/follow_section.html",
        order=900,
        context={"options": options, "next": request.get_full_path()},
    )


@hooks.register("register_tag_page_section")
def follow_tag_section(tag, request):
    return KnowledgePageSection(
        title=_("Follow"),
        template="notifications/follow_section.html",
        order=900,
        context={
            "options": [("tag", tag, subscription_for(user=request.user, tag=tag))],
            "next": request.get_full_path(),
        },
    )


@hooks.register("register_home_section")
def new_since_last_visit_section(request):
    """ "Nieuw sinds je laatste bezoek": the unread notifications."""
    items = list(Notification.objects.filter(user=request.user, read_at__isnull=True)[:5])
    if not items:
        return None
    return HomeSection(
        title=_("New since your last visit"),
        template="notifications/home_new_since_last_visit.html",
        order=40,
        context={"notifications": items},
    )


@hooks.register("register_account_bar_item")
def notifications_account_bar_item(request):
    return {
        "url": "/mijn-meldingen/",
        "label": _("Notifications"),
        "count": unread_count(user=request.user),
    }
