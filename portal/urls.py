from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from . import files, hidden_authors, views
from .access import PortalLoginView

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path(
        "accounts/login/",
        PortalLoginView.as_view(),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    # One login page for the portal and the admin (Dutch, styled, brute-force protected).
    path(
        "admin/login/",
        login_not_required(RedirectView.as_view(pattern_name="login", query_string=True)),
        name="wagtailadmin_login_redirect",
    ),
    # Wagtail's site history and workflow report, at their own addresses, without the pages
    # whose author is hidden from the reader (portal/hidden_authors.py).
    path("admin/reports/site-history/", hidden_authors.SiteHistoryView.as_view()),
    path(
        "admin/reports/site-history/results/",
        hidden_authors.SiteHistoryView.as_view(results_only=True),
    ),
    path("admin/reports/workflow/", hidden_authors.WorkflowReportView.as_view()),
    path(
        "admin/reports/workflow/results/",
        hidden_authors.WorkflowReportView.as_view(results_only=True),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path(
        "_util/login/",
        login_not_required(RedirectView.as_view(pattern_name="login", query_string=True)),
        name="wagtailcore_login_redirect",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("begrippen/", views.glossary, name="glossary"),
    path("toegankelijkheid/", views.accessibility_statement, name="accessibility_statement"),
    path("themas/<slug:slug>/", views.tag_detail, name="tag_detail"),
    # Theme addresses from before tag slugs were ASCII ("/themas/coördinatie/").
    path("themas/<str:slug>/", views.tag_detail_by_old_slug, name="tag_detail_old_slug"),
    path("zoeken/", include("search.urls")),
    # Nothing under MEDIA_ROOT is served raw: only image renditions, by a view that checks the
    # image's collection (portal/files.py). Documents go through /documents/ above.
    path("media/images/<path:name>", files.serve_rendition, name="image_rendition"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("training.urls")),
    path("", include("themes.urls")),
    path("", include("people.urls")),
    path("", include("questions.urls")),
    path("", include("notifications.urls")),
    # The personal calendar subscription: its feed is the one address open without login.
    path("", include("calendars.urls")),
    path("", include(wagtail_urls)),
]

handler403 = "portal.access.permission_denied"
