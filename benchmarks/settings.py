"""Settings for `benchmarks.scale`: development settings with nothing
cached, so every request does all of its work."""

from newsroom.settings.dev import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["testserver"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
LOGGING = {"version": 1, "disable_existing_loggers": False}
NEWSROOM_PAGE_CACHE = False
