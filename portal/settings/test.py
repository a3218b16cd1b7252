"""Test settings: fast hashing, no outgoing mail, a database from DATABASE_URL (SQLite default)."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY") or "test-only-insecure-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["*"]
MEDIA_ROOT = BASE_DIR / ".cache" / "test-media"  # noqa: F405
AXES_ENABLED = True

# On SQLite the tests use a database file, as production does, not Django's shared in-memory
# database: requests in parallel threads (tests/training/test_concurrency.py) then each get
# their own connection with WAL and the busy timeout, instead of sharing one.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(Path(tempfile.gettempdir()) / f"kennisportaal-test-{os.getpid()}.sqlite3")
    }
    # A test database may be lost in a power cut: no waiting for the disk on each commit.
    DATABASES["default"]["OPTIONS"]["init_command"] = (  # noqa: F405
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF"
    )

# The test client and live server serve static files themselves.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405

# The suite's search engine (scripts/opensearch.sh) comes from SEARCH_URL in the environment; the
# search tests switch it on per test, with their own index names (tests/search/conftest.py). The
# other tests, and Wagtail's own search, stay on the database so they do not depend on it.
SEARCH_URL = ""
SEARCH_INDEX = f"test-kennisportaal-{os.getpid()}"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
