from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from django.views.static import serve as serve_static_file
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from . import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    # One login page for the portal and the admin (Dutch, styled, brute-force protected).
    path(
        "admin/login/",
        login_not_required(RedirectView.as_view(pattern_name="login", query_string=True)),
        name="wagtailadmin_login_redirect",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path(
        "_util/login/",
        login_not_required(RedirectView.as_view(pattern_name="login", query_string=True)),
        name="wagtailcore_login_redirect",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("begrippen/", views.glossary, name="glossary"),
    path("themas/<slug:slug>/", views.tag_detail, name="tag_detail"),
    path("zoeken/", include("search.urls")),
    # Uploaded files (image renditions) are confidential too: they go through Django so that
    # the login requirement applies. A front server may take over with X-Accel-Redirect.
    re_path(
        r"^media/(?P<path>.*)$",
        serve_static_file,
        {"document_root": settings.MEDIA_ROOT},
        name="media",
    ),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("training.urls")),
    path("", include("themes.urls")),
    path("", include("people.urls")),
    path("", include(wagtail_urls)),
]
