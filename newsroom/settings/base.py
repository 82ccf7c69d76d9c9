"""Settings shared by every environment; dev, test and prod adjust them."""

from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", default=False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sites",
    "django.contrib.redirects",
    "django.contrib.sitemaps",
    # PostgreSQL's indexes and search (harmless on SQLite).
    "django.contrib.postgres",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.forms",
    "adminsortable2",
    "django_prose_editor",
    "taggit",
    "reversion",
    # Login throttling; the Content-Security-Policy's checks.
    "axes",
    "csp",
    # The shared base and the desk; players and teams; then the content
    # types, each registering itself in its AppConfig.ready().
    "newsroom",
    "newsroom.tags",
    "articles",
    "galleries",
]

# Form widgets render with the project's templates too (templates/admin/...);
# plain inputs are written directly (newsroom/renderers.py).
FORM_RENDERER = "newsroom.renderers.FormRenderer"

MIDDLEWARE = [
    # First: a cached page skips every other layer, and is stored with
    # their headers (see newsroom/pagecache.py).
    "newsroom.pagecache.PageCacheMiddleware",
    # Every response below gets its Content-Security-Policy (newsroom/security.py).
    "newsroom.security.ContentSecurityPolicyMiddleware",
    # Before anything reads the query: NUL must never reach the database.
    "newsroom.http.RefuseControlCharactersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "newsroom.desk.middleware.AdminSelectionMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # After the others, so it only sees the 404s every other layer gave up on.
    "django.contrib.redirects.middleware.RedirectFallbackMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into its page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"
SITE_ID = 1

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "newsroom.site.context_processors.site",
            ],
        },
    },
]

if not env_str("DATABASE_URL"):
    (BASE_DIR / "var").mkdir(exist_ok=True)

# DATABASE_URL, e.g. postgres://user:pass@db:5432/newsroom; SQLite under var/
# when unset. Persistent connections are checked before each request reuses them.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'var' / 'newsroom.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 600),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Writers take SQLite's write lock when their transaction begins and
    # wait up to 20 s for it, so two saves at once queue instead of one
    # failing with "database is locked" halfway through.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and not env_bool(
    "DATABASE_JIT", default=False
):
    # PostgreSQL's JIT compiles a plan's expressions once its estimated cost
    # passes a threshold; the newsroom's queries are short index scans that
    # it made slower (measured: benchmarks/scale.py), so it is off for the
    # app's connections unless DATABASE_JIT=true.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# REDIS_URL, e.g. redis://127.0.0.1:6379/0, shares one cache between app servers.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's, reusing one client a pool (see newsroom/redis_cache.py).
            "BACKEND": "newsroom.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "newsroom"),
            # An unreachable Redis costs a page a fraction of a second,
            # never a hang (the page cache then passes requests through).
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
LANGUAGES = [("en-gb", _("English"))]
# The newsroom's local time decides the date in article URLs.
TIME_ZONE = env_str("TIME_ZONE", "Europe/London")
USE_I18N = True
USE_TZ = True

STATIC_URL = env_str("STATIC_URL", "/static/")
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))

# Media: local files by default; MEDIA_STORAGE_BACKEND=s3 keeps them in
# S3-compatible object storage (install the "s3" extra), shared by all servers.
MEDIA_URL = env_str("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
MEDIA_STORAGE_BACKEND = env_str("MEDIA_STORAGE_BACKEND", "filesystem")
# Photo originals carry GPS positions and may belong to unpublished work: they
# live apart from the public media, in a folder no URL serves or a private
# bucket prefix (S3) that only signed, expiring URLs can read.
ORIGINALS_ROOT = Path(env_str("ORIGINALS_ROOT", str(BASE_DIR / "var" / "originals")))
# Renditions are public only while their photo is (or through a signed,
# expiring preview token): they are kept where no URL reaches them, and
# readers get them through /renditions/, which checks (galleries.views).
RENDITIONS_ROOT = Path(env_str("RENDITIONS_ROOT", str(BASE_DIR / "var" / "renditions")))
if MEDIA_STORAGE_BACKEND == "s3":
    _s3_options = {
        "bucket_name": env_str("S3_BUCKET_NAME"),
        "endpoint_url": env_str("S3_ENDPOINT_URL") or None,
        "region_name": env_str("S3_REGION_NAME") or None,
        "access_key": env_str("S3_ACCESS_KEY_ID") or None,
        "secret_key": env_str("S3_SECRET_ACCESS_KEY") or None,
        "file_overwrite": False,
    }
    _media_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3_options,
            "custom_domain": env_str("S3_CUSTOM_DOMAIN") or None,
            "default_acl": None,
            "querystring_auth": False,
        },
    }
    _originals_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3_options,
            "bucket_name": env_str("S3_ORIGINALS_BUCKET_NAME")
            or env_str("S3_BUCKET_NAME"),
            "location": "private",
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": 300,
        },
    }
    _renditions_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3_options,
            "location": "renditions",
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": 300,
        },
    }
else:
    _media_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    _originals_storage = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": ORIGINALS_ROOT, "base_url": None},
    }
    _renditions_storage = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": RENDITIONS_ROOT, "base_url": None},
    }

STORAGES = {
    "default": _media_storage,
    "originals": _originals_storage,
    "renditions": _renditions_storage,
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}

LOGIN_URL = "admin:login"

# Login throttling (django-axes). Wrong passwords are counted per account
# and client address together: LOGIN_FAILURE_LIMIT of them in a row pause
# that pair's sign-ins for LOGIN_COOLOFF_MINUTES (each attempt while paused
# starts the pause again), so a guesser is stopped while the same journalist
# signing in from the office, or anyone else, is not. A success clears the
# count. Attempts and failures are kept in the database (the admin lists
# them); `manage.py axes_reset_username NAME` lifts a pause at once.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_LOCKOUT_CALLABLE = "newsroom.security.lockout"
# Lockouts are logged by newsroom.security; no banner on every manage.py run.
AXES_VERBOSE = False
# The client's address: the connection's own unless CLIENT_IP_HEADER names
# the header a trusted proxy or CDN sets (X-Forwarded-For, CF-Connecting-IP,
# True-Client-IP, X-Real-IP ...). Behind a proxy every connection comes from
# the proxy, so without this one guesser would pause everyone's sign-in.
# Only set it when the app cannot be reached but through that proxy: a
# client talking to the app directly could write the header itself.
# CLIENT_IP_PROXY_COUNT is how many proxy addresses the header carries after
# the client's (X-Forwarded-For: client, proxy1, ...): 0 when the proxy in
# front of the app is the only one that writes it. Addresses a client put
# before those are ignored (the count is taken from the right).
_client_ip_header = env_str("CLIENT_IP_HEADER").strip()
if _client_ip_header:
    if not _client_ip_header.replace("-", "").replace("_", "").isalnum():
        raise ImproperlyConfigured(
            "CLIENT_IP_HEADER must be a header name, e.g. X-Forwarded-For."
        )
    AXES_IPWARE_META_PRECEDENCE_ORDER = (
        "HTTP_" + _client_ip_header.upper().replace("-", "_"),
        "REMOTE_ADDR",
    )
    AXES_IPWARE_PROXY_COUNT = env_int("CLIENT_IP_PROXY_COUNT", 0)
else:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("REMOTE_ADDR",)
    AXES_IPWARE_PROXY_COUNT = None
AXES_IPWARE_PROXY_ORDER = "left-most"
# Count from the right even when a client prepended addresses of its own
# (strict would then fall back to the proxy's address for everyone).
IPWARE_STRICT = False

# The photo desk.
# How credits are shown: {agency} and {photographer} are filled in.
NEWSROOM_CREDIT_STYLE = env_str("CREDIT_STYLE", "{agency} Photo/{photographer}")
NEWSROOM_PHOTO_MAX_BYTES = env_int("PHOTO_MAX_MB", 40) * 1024 * 1024
NEWSROOM_PHOTO_MAX_PIXELS = env_int("PHOTO_MAX_MEGAPIXELS", 100) * 1_000_000
NEWSROOM_UPLOAD_MAX_FILES = env_int("PHOTO_UPLOAD_MAX_FILES", 50)
# Above our own limit, so the desk gets our message rather than a bare 400.
DATA_UPLOAD_MAX_NUMBER_FILES = NEWSROOM_UPLOAD_MAX_FILES * 4
NEWSROOM_RENDITION_MAX_AGE = 60 * 60 * 24 * 365
# Demo photos are drawn at load time at this size.
NEWSROOM_DEMO_PHOTO_SIZE = (1600, 1067)

# How many stories each public list shows.
NEWSROOM_SITE_NAME = env_str("SITE_NAME", "Newsroom")
# The one host feeds, sitemaps and permanent IDs name (no scheme), kept in
# contrib.sites' Site by every migrate.
NEWSROOM_SITE_DOMAIN = env_str("SITE_DOMAIN", "127.0.0.1:8000")
NEWSROOM_SITE_DESCRIPTION = env_str(
    "SITE_DESCRIPTION", "Sport as it happens: match reports, analysis and pictures."
)
# Google News names the publication this way, in this language.
NEWSROOM_PUBLICATION_LANGUAGE = env_str("PUBLICATION_LANGUAGE", "en")
NEWSROOM_FEED_ITEMS = 30
NEWSROOM_HOME_TOP_STORIES = 5
NEWSROOM_HOME_LATEST = 12
# Shared preview links work this long unless revoked first.
NEWSROOM_PREVIEW_LINK_HOURS = env_int("PREVIEW_LINK_HOURS", 48)
# The change form warns of others who opened the item this recently.
NEWSROOM_EDITING_WARNING_MINUTES = env_int("EDITING_WARNING_MINUTES", 10)
# Straight quotes and dashes typed in a headline or standfirst are saved as
# typographic ones ("Salah's goal" -> “Salah’s goal”; a score's 2-1 stays);
# see newsroom.text.smart_quotes.
NEWSROOM_SMART_QUOTES = env_bool("SMART_QUOTES", default=True)
NEWSROOM_HOME_SECTION_STORIES = 4
NEWSROOM_HOME_GALLERIES = 4
NEWSROOM_PAGE_SIZE = 20
# Search ranks the newest this many matches of each content type: a common
# word costs the same at 1,000 stories as at 1,000,000.
NEWSROOM_SEARCH_CANDIDATES = env_int("SEARCH_CANDIDATES", 300)
# Player and team photo lists read this many pages' worth of the tag's
# photos at a time and show the published ones (see `tagged_photos`).
NEWSROOM_TAG_PHOTO_WINDOW = env_int("TAG_PHOTO_WINDOW", 4)

# Readers' page cache and the headers CDNs and browsers cache by (see
# newsroom/pagecache.py). The page cache needs a cache every app process
# shares, so it is on with REDIS_URL and off without.
NEWSROOM_PAGE_CACHE = env_bool("PAGE_CACHE", default=bool(REDIS_URL))
NEWSROOM_PAGE_CACHE_ALIAS = "default"
NEWSROOM_PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
# Each app process also keeps this many of the pages it served most recently
# (checked against the same generation; 0 turns it off).
NEWSROOM_PAGE_CACHE_NEAR_ENTRIES = env_int("PAGE_CACHE_NEAR_ENTRIES", 200)
NEWSROOM_BROWSER_SECONDS = env_int("BROWSER_CACHE_SECONDS", 30)
NEWSROOM_CDN_SECONDS = env_int("CDN_CACHE_SECONDS", 30)
NEWSROOM_SEARCH_CACHE_SECONDS = env_int("SEARCH_CACHE_SECONDS", 30)
NEWSROOM_STALE_WHILE_REVALIDATE = env_int("STALE_WHILE_REVALIDATE_SECONDS", 30)
NEWSROOM_STALE_IF_ERROR = env_int("STALE_IF_ERROR_SECONDS", 60 * 60 * 24)
# Threads per app process that make the page renditions of what was just
# published (0: in the publishing request itself; -1: none, a separate
# `manage.py renditions_make` does it). Queued in the database, so the
# command also finishes what a stopped process left.
NEWSROOM_RENDITION_WORKERS = env_int("RENDITION_WORKERS", 1)
# Public responses name at most this many surrogate keys (more: their lists').
NEWSROOM_SURROGATE_KEYS_MAX = env_int("SURROGATE_KEYS_MAX", 200)
# CDN purges (newsroom/purge.py): logging, varnish, fastly, cloudflare or a
# dotted path. Sent after commit in a background thread, with a timeout and
# retries; a failure is logged and never fails a save.
NEWSROOM_PURGE_BACKEND = env_str("PURGE_BACKEND", "logging")
NEWSROOM_PURGE_ASYNC = env_bool("PURGE_ASYNC", default=True)
NEWSROOM_PURGE_TIMEOUT = float(env_str("PURGE_TIMEOUT_SECONDS", "3"))
NEWSROOM_PURGE_ATTEMPTS = env_int("PURGE_ATTEMPTS", 3)
NEWSROOM_PURGE_RETRY_SECONDS = float(env_str("PURGE_RETRY_SECONDS", "1"))
NEWSROOM_VARNISH_URLS = env_list("VARNISH_URLS")
NEWSROOM_FASTLY_API_URL = env_str("FASTLY_API_URL", "https://api.fastly.com")
NEWSROOM_FASTLY_SERVICE_ID = env_str("FASTLY_SERVICE_ID")
NEWSROOM_FASTLY_API_TOKEN = env_str("FASTLY_API_TOKEN")
NEWSROOM_CLOUDFLARE_API_URL = env_str(
    "CLOUDFLARE_API_URL", "https://api.cloudflare.com/client/v4"
)
NEWSROOM_CLOUDFLARE_ZONE_ID = env_str("CLOUDFLARE_ZONE_ID")
NEWSROOM_CLOUDFLARE_API_TOKEN = env_str("CLOUDFLARE_API_TOKEN")
# Paths whose pages get the search lifetime, and paths never cached.
NEWSROOM_SHORT_CACHE_PATHS = ("/search/",)
NEWSROOM_UNCACHED_PATHS = ("/admin/", "/preview/", "/accounts/")


# Content-Security-Policy (django-csp), enforced on every response. Scripts,
# styles, images and fonts come from this site (and the origins of
# STATIC_URL, MEDIA_URL and object storage, plus CSP_ASSET_ORIGINS); on
# readers' pages, which caches share, nothing inline runs or styles and no
# nonce is named (see newsroom/security.py).
def _origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


_asset_origins = {_origin(STATIC_URL), _origin(MEDIA_URL)}
if MEDIA_STORAGE_BACKEND == "s3":
    if env_str("S3_CUSTOM_DOMAIN"):
        _asset_origins.add("https://" + env_str("S3_CUSTOM_DOMAIN"))
    _endpoint = urlsplit(env_str("S3_ENDPOINT_URL") or "https://s3.amazonaws.com")
    # Path-style and virtual-host-style addresses of both buckets.
    _asset_origins.add(f"{_endpoint.scheme}://{_endpoint.netloc}")
    _asset_origins.add(f"{_endpoint.scheme}://*.{_endpoint.netloc}")
_asset_origins.update(env_list("CSP_ASSET_ORIGINS"))
_assets = [SELF, *sorted(_asset_origins - {""})]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": _assets,
        "style-src": _assets,
        "img-src": _assets,
        "font-src": _assets,
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# The desk and previews, never cached: a fresh nonce on every response, for
# the widgets' inline scripts (the prose editor's import map), and <style>
# elements, which the prose editor's Tiptap adds without one. Scripts stay
# nonce-only, and img-src/font-src still keep styles from calling out.
NEWSROOM_CSP_NONCE_PATHS = NEWSROOM_UNCACHED_PATHS
NEWSROOM_CSP_DESK_DIRECTIVES = {
    "script-src": [*_assets, NONCE],
    "style-src-elem": [*_assets, UNSAFE_INLINE],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}
