"""Production: everything from the environment, secure cookies and HTTPS, refuses an unsafe
secret key."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool, env_int

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or "insecure" in SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random value of at least 50 characters in production."
    )

# Django checks the Host header against ALLOWED_HOSTS to build absolute URLs (password reset,
# e-mails, the admin's links) safely; "*" switches that off.
if not ALLOWED_HOSTS or "*" in ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS must list the portal's host names in production (comma-separated, "
        'e.g. "kennisportaal.intern"); "*" would accept any Host header.'
    )

# PostgreSQL: one connection per worker kept for up to ten minutes instead of a new one (and
# its authentication) per request, checked before reuse so a restarted database or a dropped
# connection costs a reconnect, not a 500. SQLite opens a file: nothing to keep.
if DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 600)  # noqa: F405
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

STORAGES = {
    "default": {"BACKEND": "portal.files.UnguessableNameStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Debian's clamav-daemon listens on this socket; without an answer, uploads are refused.
CLAMAV_URL = os.environ.get("CLAMAV_URL") or "unix:///var/run/clamav/clamd.ctl"
CLAMAV_REQUIRED = env_bool("CLAMAV_REQUIRED", True)

# Only a proxy in front of the portal may say a request came in over HTTPS: without one, any
# client could send X-Forwarded-Proto and pass as secure. Set TRUSTED_PROXY_SETS_PROTO=true
# when the proxy sets (and overwrites) that header.
TRUSTED_PROXY_SETS_PROTO = env_bool("TRUSTED_PROXY_SETS_PROTO", False)
if TRUSTED_PROXY_SETS_PROTO:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# /healthz is probed by the load balancer over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# The preload directive only takes effect when someone submits the domain to the browsers'
# list; sending it costs nothing and satisfies the deployment check.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
# Wagtail marks its own preview views SAMEORIGIN; nothing else may be framed.
X_FRAME_OPTIONS = "DENY"

if os.environ.get("CACHE_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["CACHE_URL"],
        }
    }


def shared_cache(*, prefix: str, directory_setting: str) -> dict:
    """A cache every gunicorn worker sees: Redis with CACHE_URL (shared by every server too),
    otherwise files under the directory named by `directory_setting` (default
    .cache/<prefix>), shared by the workers of one server. Several servers need CACHE_URL."""
    if os.environ.get("CACHE_URL"):
        return {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["CACHE_URL"],
            "KEY_PREFIX": prefix,
        }
    return {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get(directory_setting) or str(BASE_DIR / ".cache" / prefix),  # noqa: F405
        # Culling at the default 300 entries would reset busy users' counts and cached reads.
        "OPTIONS": {"MAX_ENTRIES": 100_000},
    }


# Rate limits: one count per user for all workers (in files, increments are not atomic: a burst
# may let a few extra through).
CACHES["ratelimit"] = shared_cache(prefix="ratelimit", directory_setting="RATELIMIT_CACHE_DIR")  # noqa: F405

# The cached reads of every page (portal/cached_reads.py), shared so that a permission revoked or
# a view restriction added through one worker holds in all of them on the next request.
CACHES["shared_reads"] = shared_cache(  # noqa: F405
    prefix="shared-reads", directory_setting="SHARED_READS_CACHE_DIR"
)
