"""Answers for a logged-in user who may not have something: a Dutch 403 page that says what is
missing and whom to ask, and a 429 page when they search too fast.

Wagtail's own answer to a restricted page, a restricted document or the admin is a redirect to
the login page. The login page sends a logged-in user straight back (redirect_authenticated_user),
so the browser ends in ERR_TOO_MANY_REDIRECTS. Anonymous visitors still go to the login page;
only a user who is already logged in gets the 403 instead."""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.views import LoginView
from django.template.response import TemplateResponse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from wagtail.models import BaseViewRestriction


@dataclass(frozen=True)
class Contact:
    """Whom to ask for access: a programme's editors (with its contact, when it has one) or the
    editorial team."""

    name: str
    detail: str = ""
    email: str = ""


@dataclass(frozen=True)
class AccessDenied:
    what: str
    missing: list[str] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)


def access_denied_response(request, denied: AccessDenied) -> TemplateResponse:
    response = TemplateResponse(request, "403.html", {"denied": denied}, status=403)
    response["Cache-Control"] = "private, no-store"
    return response


def editorial_team_contact() -> Contact:
    return Contact(name=_("the editorial team (Redactie) of the Kennisportaal"))


def contacts_for_groups(groups) -> list[Contact]:
    """The editors of each programme one of the groups belongs to, then the editorial team."""
    from .models.programmes import programmes_of_groups

    programmes = programmes_of_groups(group.pk for group in groups)
    contacts = [
        Contact(
            name=_("the editors of %(programme)s") % {"programme": programme.name},
            detail=programme.contact_name,
            email=programme.contact_email,
        )
        for programme in programmes
    ]
    return [*contacts, editorial_team_contact()]


def unmet_restriction(restrictions, request):
    """The first login or group restriction the logged-in user does not meet, or None. Password
    restrictions keep Wagtail's own form."""
    for restriction in restrictions:
        if restriction.restriction_type not in (
            BaseViewRestriction.LOGIN,
            BaseViewRestriction.GROUPS,
        ):
            continue
        if not restriction.accept_request(request):
            return restriction
    return None


def restriction_denied(restriction, what: str) -> AccessDenied:
    groups = list(restriction.groups.all())
    return AccessDenied(
        what=what,
        missing=[
            _("membership of the group “%(group)s”") % {"group": group.name} for group in groups
        ],
        contacts=contacts_for_groups(groups),
    )


def page_access_denied(page, request):
    """before_serve_page: a logged-in user outside the page's groups gets the 403 page."""
    if not request.user.is_authenticated:
        return None
    restriction = unmet_restriction(page.get_view_restrictions(), request)
    if restriction is None:
        return None
    return access_denied_response(
        request,
        restriction_denied(restriction, _("the page “%(title)s”") % {"title": page.title}),
    )


def document_access_denied(document, request):
    """before_serve_document: the same for a document in a restricted collection."""
    if not request.user.is_authenticated:
        return None
    restriction = unmet_restriction(document.collection.get_view_restrictions(), request)
    if restriction is None:
        return None
    return access_denied_response(
        request,
        restriction_denied(restriction, _("the document “%(title)s”") % {"title": document.title}),
    )


def admin_denied() -> AccessDenied:
    return AccessDenied(
        what=_("the editing environment (the admin) of the Kennisportaal"),
        missing=[_("a role that edits or approves content, e.g. programme staff or editor")],
        contacts=[
            Contact(name=_("the editors of your programme")),
            editorial_team_contact(),
        ],
    )


class PortalLoginView(LoginView):
    """The login page. Wagtail's admin sends a logged-in user without admin access here (with
    `next=/admin/...`); sending them back would loop, so they get the 403 page. Restricted pages
    and documents answer 403 themselves (the before_serve_* hooks). A logged-in user with any
    other `next` (e.g. a login tab opened before logging in elsewhere) goes there as usual."""

    redirect_authenticated_user = True

    @method_decorator(login_not_required)
    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and request.method == "GET":
            target = self.get_redirect_url()
            if is_admin_path(target) and not request.user.has_perm("wagtailadmin.access_admin"):
                return access_denied_response(request, admin_denied())
        return super().dispatch(request, *args, **kwargs)


def is_admin_path(path: str) -> bool:
    from django.urls import reverse

    return bool(path) and path.startswith(reverse("wagtailadmin_home"))


def permission_denied(request, exception=None):
    """handler403: every other refusal (e.g. a view raising PermissionDenied). django-ratelimit
    refuses with its own PermissionDenied subclass: that one is a 429."""
    from django_ratelimit.exceptions import Ratelimited

    if isinstance(exception, Ratelimited):
        return rate_limited(request, exception)
    return access_denied_response(request, AccessDenied(what=_("this page")))


def rate_limit(*, group: str, rate_setting: str):
    """Per-user rate limit (django-ratelimit) on a view, at the rate the setting names (read per
    request, so tests and deployments can change it). Over the limit: the Dutch 429 page."""
    from django_ratelimit.decorators import ratelimit

    def rate(_group, _request):
        return getattr(settings, rate_setting)

    return ratelimit(group=group, key="user_or_ip", rate=rate, method=ratelimit.ALL, block=True)


def rate_limited(request, exception=None):
    """A user who searches faster than a person types and reads."""
    response = TemplateResponse(request, "429.html", {}, status=429)
    response["Retry-After"] = "60"
    response["Cache-Control"] = "private, no-store"
    return response


def client_ip_address(request) -> str | None:
    """The client's address as the login lockout and rate limits see it. Behind
    TRUSTED_PROXY_COUNT reverse proxies that each append to X-Forwarded-For, the client is the
    entry that the outermost trusted proxy added; everything left of it can be forged by the
    client. Without proxies (the default) only REMOTE_ADDR counts, whatever headers say."""
    proxies = settings.TRUSTED_PROXY_COUNT
    remote_addr = request.META.get("REMOTE_ADDR")
    if proxies <= 0:
        return remote_addr
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < proxies:
        # Not through the whole proxy chain (e.g. a health probe from inside): the direct peer.
        return remote_addr
    return forwarded[-proxies]
