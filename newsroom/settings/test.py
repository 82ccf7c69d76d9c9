"""Settings for the test suite: SQLite in memory unless DATABASE_URL says otherwise."""

from .base import *  # noqa: F403

SECRET_KEY = "django-insecure-newsroom-tests-only"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

# The demo desk, which browser tests load, and a third content type that
# proves a new type is added in its own app's ready() and nothing else.
INSTALLED_APPS = [*INSTALLED_APPS, "newsroom.demo", "tests.bulletins"]  # noqa: F405

# A file-backed SQLite test database, for what in-memory SQLite can't show
# (two connections writing at once: tests/newsroom/desk/test_concurrent_saves.py).
if env_str("NEWSROOM_TEST_SQLITE_FILE"):  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": env_str("NEWSROOM_TEST_SQLITE_FILE")}  # noqa: F405

# Login throttling is off: the test client's login() authenticates without
# a request, which axes refuses. Tests of throttling, and the browser tests
# (which sign in through the form), turn it on.
AXES_ENABLED = False

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Plain storage: tests need no collectstatic, and media goes to a throwaway folder.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "originals": {
        "BACKEND": "django.core.files.storage.InMemoryStorage",
        "OPTIONS": {"base_url": None},
    },
    "renditions": {
        "BACKEND": "django.core.files.storage.InMemoryStorage",
        "OPTIONS": {"base_url": None},
    },
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"null": {"class": "logging.NullHandler"}},
    "root": {"handlers": ["null"]},
}

# Serve static files straight from the apps, as in development: no collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# Small demo pictures keep the demo loader's tests fast.
NEWSROOM_DEMO_PHOTO_SIZE = (320, 213)

# Feeds and sitemaps name the test client's host.
NEWSROOM_SITE_DOMAIN = "testserver"
NEWSROOM_PAGE_CACHE = (
    False  # tests turn it on against Redis (tests/newsroom/test_pagecache.py)
)
# Renditions of what is published are made on commit, in the test's thread.
NEWSROOM_RENDITION_WORKERS = 0
# Purges are sent in the test's thread, to the logging backend unless a test says.
NEWSROOM_PURGE_ASYNC = False
NEWSROOM_PURGE_RETRY_SECONDS = 0
