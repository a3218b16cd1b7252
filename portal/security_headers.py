"""The Content-Security-Policy and Permissions-Policy of every response.

django-csp writes the policy of ``settings.CONTENT_SECURITY_POLICY``; this middleware adds the
one exception the portal needs: Wagtail's admin still renders inline scripts (date pickers,
inline panels) and inline styles, so under ``/admin/`` the script and style directives of
``settings.CONTENT_SECURITY_POLICY_ADMIN`` replace the strict ones. Everything else (no remote
host, no plugins, no framing by other sites) stays the same there. Responses that carry their
own policy (documents: ``default-src 'none'``) keep it.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase

PERMISSIONS_POLICY_HEADER = "Permissions-Policy"


def permissions_policy() -> str:
    """``settings.PERMISSIONS_POLICY`` as a header value: feature=(allowed origins)."""
    return ", ".join(
        f"{feature}=({' '.join(origins)})"
        for feature, origins in settings.PERMISSIONS_POLICY.items()
    )


def is_admin_path(request: HttpRequest) -> bool:
    return request.path_info.startswith(settings.WAGTAIL_ADMIN_PATH_PREFIX)


class PortalSecurityHeadersMiddleware(CSPMiddleware):
    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.replace is None and is_admin_path(request):
            parts.replace = settings.CONTENT_SECURITY_POLICY_ADMIN
        return parts

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        response = super().process_response(request, response)
        response.headers.setdefault(PERMISSIONS_POLICY_HEADER, permissions_policy())
        return response
