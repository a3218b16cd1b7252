"""Settings shared by every environment. Everything that differs per machine comes from the
environment; see the README for the variables."""

import json
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), not {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "portal",
    "training",
    "themes",
    "people",
    "questions",
    "search",
    "notifications",
    "calendars",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "csp",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy and Permissions-Policy (see the block of that name below).
    "portal.security_headers.PortalSecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A Dutch 400 for requests no view can read (NUL characters, malformed form data); before
    # anything that could pass them to the database.
    "portal.bad_requests.BadRequestMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The whole portal is internal: every view needs a logged-in user unless it is marked
    # with @login_not_required (login, logout, health check).
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Personal pages: Cache-Control private, never kept by a shared proxy.
    "portal.cache_headers.PrivateCacheMiddleware",
    # Keeps sessions alive while in use without writing them on every request.
    "portal.sessions.SlidingSessionMiddleware",
    # Turns a refusal by the privacy guard into a message on the page's edit view.
    "portal.privacy.PrivacyGuardMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that it sees failed logins from every view (axes' documented position).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.navigation",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# SQLite serving a team: many readers next to one writer (WAL), a writer that waits for the
# lock instead of failing with "database is locked" (the busy timeout), and write transactions
# that take the lock when they begin (IMMEDIATE): a transaction that read first and wants to
# write later cannot wait for the lock in WAL mode and fails at once. synchronous=NORMAL is
# WAL's safe setting: a power cut may lose the last commits, never the database.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
            "transaction_mode": "IMMEDIATE",
            "timeout": env_int("SQLITE_BUSY_TIMEOUT", 30),
        }
    )

AUTHENTICATION_BACKENDS = [
    # Locks out an account/address after repeated failed logins (brute-force protection).
    # axes' backend with a user's permissions cached (the header asks on every page).
    "portal.cached_reads.CachedPermissionsAxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"
WAGTAILADMIN_LOGIN_URL = "/accounts/login/"
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"

# Sessions end after a working day of inactivity and when the browser closes. A session in
# use is saved (its expiry moved on) at most every SESSION_REFRESH_INTERVAL seconds, not on
# every request: a GET does not write (portal/sessions.py).
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 60 * 60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_SAVE_EVERY_REQUEST = False
SESSION_REFRESH_INTERVAL = env_int("SESSION_REFRESH_INTERVAL", 5 * 60)

# Login lockout (django-axes) -----------------------------------------------------------------
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
# Each on its own: AXES_FAILURE_LIMIT failures lock the account, from however many addresses
# they come (no unlimited guessing per account), and lock the address, whichever accounts it
# tried (no spraying one password over many accounts).
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# The client's address: REMOTE_ADDR, unless TRUSTED_PROXY_COUNT says how many reverse proxies
# in front of the portal append to X-Forwarded-For (portal.access.client_ip_address). Never
# more than there are: a client could then forge its address, lock others out and escape its
# own lockout. Behind a proxy left at 0, every login comes from the proxy's address and five
# failures from anyone lock everyone out.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "portal.access.client_ip_address"
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "static_collected")
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "portal.files.UnguessableNameStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "kennisportaal@acvz.invalid")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Wagtail mails every submission for moderation to the superusers; the approvers (the owning
# programme's editors and Redactie) hear of it through notifications instead.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# Background work (mail) through Django's task interface (django-tasks). "background" is the
# portal's own queue: the embedded default keeps it in the database, worked off by
# `manage.py db_worker --backend background` (started by `make run`); a deployment that outgrows
# one machine names another backend of django-tasks, e.g. TASKS_BACKEND=django_tasks_rq.RQBackend
# (see the README). Wagtail's own small jobs (reference index, file clean-up) stay on "default",
# run within the request as before.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
        "OPTIONS": json.loads(os.environ.get("TASKS_OPTIONS") or "{}"),
    },
}
# How often a notification mail is tried when the mail server refuses or cannot be reached.
NOTIFICATIONS_EMAIL_ATTEMPTS = env_int("NOTIFICATIONS_EMAIL_ATTEMPTS", 5)
# Where users report an accessibility problem (the accessibility statement names it).
ACCESSIBILITY_FEEDBACK_EMAIL = os.environ.get(
    "ACCESSIBILITY_FEEDBACK_EMAIL", "redactie-kennisportaal@acvz.invalid"
)

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Kennisportaal AcVZ"
WAGTAILADMIN_BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
# mp4, webm and vtt: meeting recordings that play in the page, with their captions.
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "mp4",
    "odt",
    "pdf",
    "pptx",
    "rtf",
    "txt",
    "vtt",
    "webm",
    "xlsx",
    "zip",
]
# Documents are confidential: always stream them through Django so the login check applies.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Every document is downloaded, never shown in the portal's origin (a PDF viewer runs scripts).
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Uploads are inspected by content, scanned for viruses and by the privacy guard before they
# are stored (portal/uploads.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "portal.uploads.DocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal.uploads.ImageForm"
UPLOAD_MAX_SIZE_MB = env_int("UPLOAD_MAX_SIZE_MB", 20)
WAGTAILDOCS_MAX_UPLOAD_SIZE = UPLOAD_MAX_SIZE_MB * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = UPLOAD_MAX_SIZE_MB * 1024 * 1024
# Wagtail counts the pixels of every frame; the frame budget bounds the decoding of animations.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env_int("UPLOAD_IMAGE_MAX_PIXELS", 50_000_000)
UPLOAD_IMAGE_MAX_FRAMES = env_int("UPLOAD_IMAGE_MAX_FRAMES", 200)
# The privacy guard reads the text of uploaded PDF and Word files up to these limits; a longer
# file is refused (its unchecked rest could hold personal data).
UPLOAD_TEXT_SCAN_MAX_PAGES = env_int("UPLOAD_TEXT_SCAN_MAX_PAGES", 200)
UPLOAD_TEXT_SCAN_MAX_CHARS = env_int("UPLOAD_TEXT_SCAN_MAX_CHARS", 1_000_000)
# ClamAV's daemon (portal/virus_scan.py): tcp://host:port or unix:///path/to/clamd.ctl. Empty:
# no scanner. CLAMAV_REQUIRED: refuse uploads when it cannot be reached (on in production).
CLAMAV_URL = os.environ.get("CLAMAV_URL", "")
CLAMAV_REQUIRED = env_bool("CLAMAV_REQUIRED", False)
CLAMAV_TIMEOUT = env_int("CLAMAV_TIMEOUT", 60)
# The portal runs on an internal network: no avatars from a remote service.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# Approval by the workflow is the authorisation to publish (see portal/workflows.py).
WAGTAIL_FINISH_WORKFLOW_ACTION = "portal.workflows.publish_approved_workflow_state"
TAGGIT_CASE_INSENSITIVE = True
# Tag slugs are addresses (/themas/<slug>/): ASCII, accents folded; the name keeps them.
TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True

# Embeds only from approved internal video platforms: the portal runs on an internal network
# and loads nothing from remote hosts. OEMBED_PROVIDERS is a JSON list of Wagtail oEmbed
# provider definitions, e.g. [{"endpoint": "https://video.intern/oembed",
# "urls": ["^https://video\\.intern/.+$"]}]. Empty: no embeds can be added.
try:
    OEMBED_PROVIDERS = json.loads(os.environ.get("OEMBED_PROVIDERS") or "[]")
except json.JSONDecodeError as exc:
    raise ImproperlyConfigured("OEMBED_PROVIDERS must be a JSON list of oEmbed providers") from exc
WAGTAILEMBEDS_FINDERS = [{"class": "wagtail.embeds.finders.oembed", "providers": OEMBED_PROVIDERS}]

# The search engine (OpenSearch 2/3 or Elasticsearch 8/9): empty means the embedded database
# search. The portal's search page uses it through the search app (index alias SEARCH_INDEX);
# Wagtail's own search (admin) uses Wagtail's backend for the same engine.
SEARCH_URL = os.environ.get("SEARCH_URL", "")
SEARCH_INDEX = os.environ.get("SEARCH_INDEX", "kennisportaal")
SEARCH_ENGINE = os.environ.get("SEARCH_ENGINE", "opensearch")  # or "elasticsearch"
# Seconds a reader's search waits for the engine before falling back to the database search.
SEARCH_TIMEOUT = float(os.environ.get("SEARCH_TIMEOUT", "3"))
# Seconds index administration (create, alias swap, bulk, refresh, delete) waits: nobody is
# waiting on a page, and creating an index takes longer than a query on a busy machine.
SEARCH_ADMIN_TIMEOUT = float(os.environ.get("SEARCH_ADMIN_TIMEOUT", "60"))
# The engine index's text analysis: "dutch" (stemming, compounds, accent folding; needs the
# engine's analysis-common module, which every production distribution ships) or "basic" (only
# the analysis built into the engine's core, for builds without that module, such as
# Elasticsearch's integ-test distribution). Changing it takes a `manage.py search_rebuild`.
SEARCH_ANALYSIS = os.environ.get("SEARCH_ANALYSIS", "dutch")
if SEARCH_ANALYSIS not in {"dutch", "basic"}:
    raise ImproperlyConfigured(
        f'SEARCH_ANALYSIS must be "dutch" or "basic", not {SEARCH_ANALYSIS!r}'
    )
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
if SEARCH_URL:
    WAGTAILSEARCH_BACKENDS["default"] = {
        # modelsearch's opensearch3 backend is the one written for the pinned opensearch-py 3
        # client; it serves OpenSearch 2.x and 3.x servers alike.
        "BACKEND": {
            "opensearch": "modelsearch.backends.opensearch3",
            "elasticsearch": "modelsearch.backends.elasticsearch8",
            "elasticsearch9": "modelsearch.backends.elasticsearch9",
        }[SEARCH_ENGINE],
        "URLS": [SEARCH_URL],
        "INDEX_PREFIX": f"{SEARCH_INDEX}-wagtail-",
        "TIMEOUT": SEARCH_TIMEOUT,
    }

# --- Content-Security-Policy and Permissions-Policy -------------------------------------------
# The portal runs on an internal network: nothing loads from another host. Scripts run only from
# the portal's own static files or with the request's nonce (`<script nonce="{{ request.csp_nonce
# }}">`), never inline without one. Style attributes are allowed (not <style> elements): the
# templates set each programme's accent colour as a CSS custom property, a colour the
# programme_colour filter has checked. The design system's stylesheet uses data: images.
# Embedded video (OEMBED_PROVIDERS) is framed from the origins in CSP_EMBED_ORIGINS.
CSP_EMBED_ORIGINS = env_list("CSP_EMBED_ORIGINS", [])
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "frame-src": ["'self'", *CSP_EMBED_ORIGINS],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
# Wagtail's admin (WAGTAIL_ADMIN_PATH_PREFIX) still renders inline scripts (the page editor has
# four: date pickers, inline panels), its scripts set inline styles, and it previews uploads as
# blob: images; these directives replace the strict ones there only (portal/security_headers.py).
# Remote hosts, plugins and framing by other sites stay excluded.
WAGTAIL_ADMIN_PATH_PREFIX = "/admin/"
CONTENT_SECURITY_POLICY_ADMIN = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
}
# Browser features no page of the portal uses: off for the portal and anything it frames.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
} | {"fullscreen": ["self"]}
# ----------------------------------------------------------------------------------------------

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "kennisportaal",
    }
}

# Rate limits (django-ratelimit), per logged-in user ------------------------------------------
# A person searching types, reads and pages; a script does hundreds a minute. Over the limit the
# user gets the Dutch 429 page (portal.access). The counts live in the "ratelimit" cache, which
# must be shared by every worker process: local memory here (runserver and the tests are one
# process), Redis or a shared directory in production (portal/settings/production.py).
SEARCH_RATE_LIMIT = os.environ.get("SEARCH_RATE_LIMIT", "60/m")
# Suggestions are asked while typing (one per pause of 150 ms): more of them.
SEARCH_SUGGESTIONS_RATE_LIMIT = os.environ.get("SEARCH_SUGGESTIONS_RATE_LIMIT", "240/m")
# Wrong calendar subscription tokens per client address (calendars/views.py): a calendar client
# with a revoked address retries now and then; a guesser tries thousands. Counted per address,
# not per user: the subscription address is fetched without login.
CALENDAR_FEED_FAILURE_RATE_LIMIT = os.environ.get("CALENDAR_FEED_FAILURE_RATE_LIMIT", "120/h")
# What every page reads and almost never changes (portal/cached_reads.py: the site, view
# restrictions, a user's groups and permissions), forgotten on save. It must be one store for
# every process that serves requests, or a change made through one worker would not reach the
# others: the development server is one process; production shares it (settings/production.py).
CACHES["shared_reads"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "kennisportaal-shared-reads",
}

RATELIMIT_USE_CACHE = "ratelimit"
RATELIMIT_IP_META_KEY = "portal.access.client_ip_address"
CACHES["ratelimit"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "kennisportaal-ratelimit",
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "django.server": {"class": "logging.StreamHandler", "formatter": "django.server"},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "django": {"level": os.environ.get("LOG_LEVEL", "INFO"), "propagate": True},
        # runserver's request lines. Django's own configuration gives this logger a handler and
        # no propagation; redefining the logger here drops that handler, so it is named again.
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
        # The search clients log every 404 (an index that does not exist yet) as a warning.
        "opensearch": {"level": "ERROR"},
        "elastic_transport": {"level": "ERROR"},
    },
}
