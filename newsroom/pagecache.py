"""Readers' pages from the shared cache, correct to the second, with the
headers a CDN needs.

Freshness is one site-wide **content generation**, a counter in the shared
cache: every write to something a public page shows (each app `watch()`es
its public models) bumps it at once and again when the transaction commits,
so the next request renders afresh and nothing rendered from data about to
change can outlive the commit. A page is cached under the generation it
was rendered in. One counter rather than keys per item because a page
shows many items (a story's page carries its section, authors, players,
teams, photos and "More on this"): a missed dependency would serve stale
or withdrawn content, and a counter cannot miss one. The cost is one
re-render per page after each change, which the cache absorbs; the CDN is
purged per item instead (surrogate keys), where a purge-all is expensive.

Scheduled publication needs no job: beside the generation the cache holds
the time of the next scheduled publication of any content type. No cached
entry, and no `max-age` or `s-maxage` sent, lives past it; the first request
after it bumps the generation.

The page cache needs a cache shared by every app process (Redis, via
`REDIS_URL`): a per-process cache can't see another process's bump, so
without Redis it stays off (`NEWSROOM_PAGE_CACHE`). Pages are then still
sent with validators and public lifetimes, but those are the settings'
short ones, not cut at the next scheduled publication (that needs the
shared memo): a browser or CDN may show a scheduled story up to
`NEWSROOM_CDN_SECONDS` late, while the app itself always renders it on
time. A cache outage turns the page cache into a pass-through, never into
an error.

Only anonymous GET and HEAD requests are served from it or stored: a request
with a session cookie or credentials, any response that sets a cookie or
says `private` / `no-store` (previews, share links, the desk), and any
status but 200, 301, 404 and 410 go past it.
"""

import hashlib
import logging
import re
import time
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe

log = logging.getLogger(__name__)

GENERATION = "pagecache:generation"
NEXT_CHANGE = "pagecache:next-change"
STORED_STATUSES = {200, 301, 404, 410}
NEVER = float("inf")


# Freshness ------------------------------------------------------------------


def watch(*models):
    """Bump the generation whenever a row of these models is saved or
    deleted, or their many-to-many rows change."""
    for model in models:
        uid = f"pagecache:{model._meta.label}"
        post_save.connect(_changed_signal, sender=model, dispatch_uid=uid)
        post_delete.connect(_changed_signal, sender=model, dispatch_uid=uid)
        # A through model's rows added by a many-to-many add() or set().
        m2m_changed.connect(_changed_signal, sender=model, dispatch_uid=uid)


def _changed_signal(sender, **kwargs):
    changed()


def changed(using=None):
    """Something readers see changed: bump now, and again on commit. Call it
    after a queryset `update()` or `bulk_create()`, which send no signals."""
    _bump()
    transaction.on_commit(_bump, using=using)


def _bump():
    store = cache()
    try:
        try:
            store.incr(GENERATION)
        except ValueError:
            store.add(GENERATION, time.time_ns())
        store.delete(NEXT_CHANGE)
    except Exception:
        # The entries then age out by their own lifetime; never fail a save.
        log.exception("Could not bump the page cache generation.")


def cache():
    return caches[settings.NEWSROOM_PAGE_CACHE_ALIAS]


def current():
    """(generation, time of the next scheduled change as a Unix time, or
    inf): at most two cache round trips and, after a change, one query a
    content type."""
    store = cache()
    found = store.get_many([GENERATION, NEXT_CHANGE])
    generation, next_change = found.get(GENERATION), found.get(NEXT_CHANGE)
    if generation is None:
        store.add(GENERATION, time.time_ns())
        generation = store.get(GENERATION)
    now = time.time()
    if next_change is not None and next_change <= now:
        # A scheduled story went live: every page that lists it changed.
        _bump()
        generation, next_change = store.get(GENERATION), None
    if next_change is None:
        next_change = next_scheduled(now)
        store.set(NEXT_CHANGE, next_change, timeout=None)
    return generation, next_change


def next_scheduled(now):
    """When the next item of any content type is scheduled to go live, as a
    Unix time (inf when nothing is)."""
    from . import content

    moment = datetime.fromtimestamp(now, tz=UTC)
    times = [kind.next_publication(moment) for kind in content.kinds()]
    times = [t.timestamp() for t in times if t is not None]
    return min(times, default=NEVER)


# Headers --------------------------------------------------------------------


def lifetimes(request, next_change, now):
    """(max-age, s-maxage): the settings' lifetimes (search's are short),
    never past the next scheduled change."""
    browser, shared = settings.NEWSROOM_BROWSER_SECONDS, settings.NEWSROOM_CDN_SECONDS
    if request.path.startswith(settings.NEWSROOM_SHORT_CACHE_PATHS):
        browser = shared = min(shared, settings.NEWSROOM_SEARCH_CACHE_SECONDS)
    until = max(0, int(next_change - now)) if next_change != NEVER else shared
    return min(browser, until), min(shared, until)


def make_public(response, request, next_change, now):
    """Cache-Control, ETag and Last-Modified of a public response."""
    browser, shared = lifetimes(request, next_change, now)
    response.headers["Cache-Control"] = (
        f"public, max-age={browser}, s-maxage={shared}, "
        f"stale-while-revalidate={settings.NEWSROOM_STALE_WHILE_REVALIDATE}, "
        f"stale-if-error={settings.NEWSROOM_STALE_IF_ERROR}"
    )
    if not response.has_header("ETag"):
        digest = hashlib.blake2b(response.content, digest_size=16).hexdigest()
        response.headers["ETag"] = f'"{digest}"'
    if not response.has_header("Last-Modified"):
        response.headers["Last-Modified"] = http_date(now)
    # Anonymous pages don't vary by cookie: a request with a session never
    # reaches the shared copy (the CDN must pass those by, see the README).
    vary = [v.strip() for v in response.get("Vary", "").split(",") if v.strip()]
    if "Cookie" in vary:
        vary.remove("Cookie")
        if vary:
            response.headers["Vary"] = ", ".join(vary)
        else:
            del response.headers["Vary"]
    patch_vary_headers(response, ["Accept-Encoding"])
    return response


def is_anonymous(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and not request.path.startswith(settings.NEWSROOM_UNCACHED_PATHS)
    )


def is_public(response):
    directives = response.get("Cache-Control", "").lower()
    return (
        response.status_code in STORED_STATUSES
        and not response.streaming
        and not response.cookies
        and "private" not in directives
        and "no-store" not in directives
        and "no-cache" not in directives
    )


# The middleware ---------------------------------------------------------------


class PageCacheMiddleware:
    """Serves and stores anonymous public pages (see the module's text).
    Goes early in MIDDLEWARE, after WhiteNoise, so a hit skips sessions,
    auth and CSRF; it sees the final response, cookies included."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_anonymous(request):
            return self.get_response(request)
        enabled, generation, next_change = settings.NEWSROOM_PAGE_CACHE, None, NEVER
        if enabled:
            try:
                generation, next_change = current()
            except Exception:
                log.warning("Page cache unavailable; serving uncached.", exc_info=True)
                enabled = False
        key = self.key(request, generation)
        if enabled:
            entry = self.get(key)
            if entry is not None:
                return self.respond(request, entry, next_change)
        response = self.get_response(request)
        if not is_public(response):
            return response
        now = time.time()
        make_public(response, request, next_change, now)
        if enabled:
            self.store(key, response, next_change, now)
        return self.conditional(request, response)

    def key(self, request, generation):
        raw = f"{request.method == 'HEAD'}{request.get_host()}{request.get_full_path()}"
        digest = hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()
        return f"pagecache:page:{generation}:{digest}"

    def get(self, key):
        try:
            return cache().get(key)
        except Exception:
            log.warning("Page cache read failed.", exc_info=True)
            return None

    def store(self, key, response, next_change, now):
        timeout = settings.NEWSROOM_PAGE_CACHE_SECONDS
        if next_change != NEVER:
            timeout = min(timeout, int(next_change - now))
        if timeout <= 0:
            return
        entry = (response.status_code, list(response.items()), response.content)
        try:
            cache().set(key, entry, timeout=timeout)
        except Exception:
            log.warning("Page cache write failed.", exc_info=True)

    def respond(self, request, entry, next_change):
        status, headers, body = entry
        response = HttpResponse(body, status=status)
        for name, value in headers:
            response.headers[name] = value
        # The lifetimes left now, not those of when it was stored.
        browser, shared = lifetimes(request, next_change, time.time())
        response.headers["Cache-Control"] = re.sub(
            r"max-age=\d+, s-maxage=\d+",
            f"max-age={browser}, s-maxage={shared}",
            response.headers["Cache-Control"],
        )
        response.headers["X-Cache"] = "hit"
        return self.conditional(request, response)

    def conditional(self, request, response):
        """304 Not Modified for a matching If-None-Match or If-Modified-Since."""
        if response.status_code != 200:
            return response
        return get_conditional_response(
            request,
            etag=response.headers.get("ETag"),
            last_modified=parse_http_date_safe(response.headers.get("Last-Modified")),
            response=response,
        )
