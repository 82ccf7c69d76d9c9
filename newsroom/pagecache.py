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

Each public response names what it shows for a CDN, in `Surrogate-Key`
(Fastly, Varnish xkey) and `Cache-Tag` (Cloudflare): every watched row the
page loaded (`app.model-pk`, recorded as rows are loaded, so nothing shown
is missed), the lists it is one of (`list:app.model`) and `site`. A change
purges its row's key, its list's, and those of the rows it points at (its
section, authors, players, teams, photos), through `newsroom.purge`.

A process keeps the generation it read until Redis pushes a change of it
(`newsroom.redis_cache.Tracked`), and its most recent pages beside it: a hot
page is a hit with no round trip at all.

Only anonymous GET and HEAD requests are served from it or stored: a request
with a session cookie or credentials, any response that sets a cookie or
says `private` / `no-store` (previews, share links, the desk) or whose
Content-Security-Policy names a nonce, and any status but 200, 301, 404
and 410 go past it. A stored page keeps its headers, the policy among
them: readers' pages all have the same one, with no nonce
(`newsroom.security`).

Beside the generation each surrogate key has a **version**, bumped by the
same changes at the same two moments (now and on commit, in one atomic
script with the generation), and an **epoch** stands for every key: a bare
`changed()` names no keys and bumps it. Parts of pages are kept under those
versions (`newsroom.fragments`), so a page rendered afresh after an
unrelated change, or for a reader with a session, reuses what did not
change.
"""

import hashlib
import logging
import time
from collections import OrderedDict
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from functools import partial

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.db import transaction
from django.db.models import Min
from django.db.models.signals import m2m_changed, post_delete, post_init, post_save
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe

log = logging.getLogger(__name__)

GENERATION = "pagecache:generation"
NEXT_CHANGE = "pagecache:next-change"
# Stands for every key: what a bare `changed()` bumps.
EPOCH = "pagecache:epoch"
# A key's version lives this long after its last bump; one that is gone
# starts again at the time in nanoseconds, a value no stored part holds.
VERSION_SECONDS = 60 * 60 * 24
STORED_STATUSES = {200, 301, 404, 410}
NEVER = float("inf")


# Freshness ------------------------------------------------------------------


_watched = set()
_site_wide = set()
# Content types (`content.register` says so): scheduled, bylined, tagged.
_publishable = set()
_shown = ContextVar("pagecache_shown", default=None)
# (generation, next change) as read when the request began, before any of
# its data was read (see `since`).
_since = ContextVar("pagecache_since", default=None)


def watch(*models, site_wide=False, publishable=False):
    """Bump the generation and purge the CDN whenever a row of these models
    is saved or deleted, or their many-to-many rows change; and record each
    row a page loads as a key the page carries. `site_wide`: every page
    shows them (the navigation's sections), so a change purges `site`.
    `publishable`: a content type, whose scheduled items the cache waits
    for and whose byline and tags a change purges too."""
    for model in models:
        _watched.add(model)
        if publishable:
            _publishable.add(model)
        if site_wide:
            _site_wide.add(model)
        uid = f"pagecache:{model._meta.label}"
        post_save.connect(_changed_signal, sender=model, dispatch_uid=uid)
        post_delete.connect(_changed_signal, sender=model, dispatch_uid=uid)
        # A through model's rows added by a many-to-many add() or set().
        m2m_changed.connect(_m2m_signal, sender=model, dispatch_uid=uid)
        post_init.connect(_loaded, sender=model, dispatch_uid=uid)


def _changed_signal(sender, instance, raw=False, **kwargs):
    if raw:
        return
    from . import purge

    keys = keys_changed_by(instance)
    changed(keys=keys)
    purge.later(keys)


def _m2m_signal(sender, instance, action, pk_set=None, model=None, **kwargs):
    if not action.startswith("post_"):
        return
    from . import purge

    keys = keys_changed_by(instance)
    if model is not None:
        keys |= {key_of_row(model, pk) for pk in pk_set or ()}
    changed(keys=keys)
    purge.later(keys)


def _loaded(sender, instance, **kwargs):
    shown = _shown.get()
    if shown is not None and instance.pk is not None:
        shown.add(key_of_row(sender, instance.pk))


@contextmanager
def recorded():
    """The keys of the watched rows loaded inside, as a set; they are still
    named by the page too."""
    outer = _shown.get()
    inner = set()
    token = _shown.set(inner)
    try:
        yield inner
    finally:
        _shown.reset(token)
        if outer is not None:
            outer |= inner


def shows_keys(keys):
    """Record keys the page shows (a kept part's, served without loading)."""
    shown = _shown.get()
    if shown is not None:
        shown.update(keys)


def since():
    """(generation, next change) read when this request began, or None
    when the page cache is off or unreachable."""
    return _since.get()


@contextmanager
def unrecorded():
    """Rows loaded inside are not named by the page: what every page shows
    (the navigation) is covered by the `site` key instead."""
    token = _shown.set(None)
    try:
        yield
    finally:
        _shown.reset(token)


def shows(*things):
    """Record what the page being rendered shows: rows, or a model for "a
    list of them" (home, feeds, archives, sitemaps, search)."""
    shown = _shown.get()
    if shown is None:
        return
    for thing in things:
        if isinstance(thing, type):
            shown.add(list_key(thing))
        elif thing is not None:
            shown.add(key_of_row(type(thing), thing.pk))


def key_of_row(model, pk):
    return f"{model._meta.label_lower}-{pk}"


def list_key(model):
    return f"list:{model._meta.label_lower}"


def keys_changed_by(instance):
    """The keys of every page a change of `instance` can change: its own,
    its list's, and the rows it points at (foreign keys, generic keys, and
    for a content item its byline and its players and teams)."""
    from django.contrib.contenttypes.fields import GenericForeignKey
    from django.contrib.contenttypes.models import ContentType

    model = type(instance)
    keys = {key_of_row(model, instance.pk), list_key(model)}
    if model in _site_wide:
        keys.add("site")
    for field in model._meta.concrete_fields:
        target = field.related_model if field.many_to_one else None
        value = getattr(instance, field.attname, None) if target else None
        if target in _watched and value is not None:
            keys.add(key_of_row(target, value))
    for field in model._meta.private_fields:
        if isinstance(field, GenericForeignKey):
            type_id = getattr(instance, field.ct_field + "_id", None)
            pk = getattr(instance, field.fk_field, None)
            if type_id and pk:
                target = ContentType.objects.get_for_id(type_id).model_class()
                if target is not None:
                    keys.add(key_of_row(target, pk))
    if model in _publishable and instance.pk is not None:
        for relation in ("authors", "players", "teams"):
            try:
                related = getattr(instance, relation)
            except (AttributeError, ValueError):
                continue
            # The field's target, not the manager's `model` (a taggit
            # manager's is the tagged item's own model).
            target = model._meta.get_field(relation).related_model
            keys |= {
                key_of_row(target, pk) for pk in related.values_list("pk", flat=True)
            }
    return keys


def changed(using=None, keys=None):
    """Something readers see changed: bump now, and again on commit. Call it
    after a queryset `update()` or `bulk_create()`, which send no signals;
    without `keys` (the surrogate keys of what changed) every kept part of
    a page is dropped too."""
    keys = None if keys is None else frozenset(keys)
    _bump(keys)
    transaction.on_commit(partial(_bump, keys), using=using)


def version_key(key):
    return f"pagecache:version:{key}"


# KEYS: the generation, the next change, then versions. A missing counter
# starts at ARGV[1] (the time in nanoseconds); ARGV[2]: versions' lifetime.
_BUMP = """
for i, key in ipairs(KEYS) do
  if i == 2 then
    redis.call('DEL', key)
  else
    if redis.call('EXISTS', key) == 1 then
      redis.call('INCR', key)
    else
      redis.call('SET', key, ARGV[1])
    end
    if i > 2 then
      redis.call('EXPIRE', key, ARGV[2])
    end
  end
end
"""


def _bump(keys=None):
    """The generation, and the versions of `keys` (the epoch for None):
    in one atomic script on Redis, so no reader sees the versions bumped
    and the generation not; else the generation first."""
    store = cache()
    tracked = _tracked(store)
    if tracked is not None:
        # Redis pushes the change to the tracking connection too; this
        # process need not wait for it.
        tracked.forget()
    versions = [EPOCH] if keys is None else [version_key(key) for key in keys]
    try:
        if isinstance(store, RedisCache):
            names = [GENERATION, NEXT_CHANGE, *versions]
            store._cache.get_client(write=True).eval(
                _BUMP,
                len(names),
                *(store.make_and_validate_key(name) for name in names),
                time.time_ns(),
                VERSION_SECONDS,
            )
            return
        for name in (GENERATION, *versions):
            try:
                store.incr(name)
            except ValueError:
                if name == GENERATION:
                    store.add(name, time.time_ns(), timeout=None)
                else:
                    store.add(name, time.time_ns(), timeout=VERSION_SECONDS)
        store.delete(NEXT_CHANGE)
    except Exception:
        # The entries then age out by their own lifetime; never fail a save.
        log.exception("Could not bump the page cache generation.")


def cache():
    return caches[settings.NEWSROOM_PAGE_CACHE_ALIAS]


def current(also=()):
    """(generation, time of the next scheduled change as a Unix time or
    inf, {key: value} of the `also` keys). The generation and the next
    change come from this process's tracked copy when the cache keeps one
    (`newsroom.redis_cache`: no round trip until Redis pushes a change),
    else in the same round trip as the `also` keys; after a change, one
    more round trip and one query a content type."""
    store = cache()
    tracked = _tracked(store)
    found = None
    if tracked is not None:
        try:
            found = {**tracked.get()}
        except Exception:
            log.warning("Tracked generation unavailable; reading it.", exc_info=True)
        else:
            if also:
                found.update(store.get_many(also))
    if found is None:
        found = store.get_many([GENERATION, NEXT_CHANGE, *also])
    generation, next_change = found.get(GENERATION), found.get(NEXT_CHANGE)
    if generation is None:
        # Kept until the next change: with the cache's default lifetime
        # (five minutes) every page would start over that often.
        store.add(GENERATION, time.time_ns(), timeout=None)
        generation = store.get(GENERATION)
    now = time.time()
    if next_change is not None and next_change <= now:
        # A scheduled story went live: every page that lists it changed.
        # No key did (kept parts never outlive this moment, `fragments`).
        _bump(frozenset())
        generation, next_change = store.get(GENERATION), None
    if next_change is None:
        next_change = next_scheduled(now)
        store.set(NEXT_CHANGE, next_change, timeout=None)
    return generation, next_change, {k: found[k] for k in also if k in found}


def _tracked(store):
    tracked = getattr(store, "tracked", None)
    return tracked((GENERATION, NEXT_CHANGE)) if tracked is not None else None


def next_scheduled(now):
    """When the next item of any content type is scheduled to go live, as a
    Unix time (inf when nothing is)."""
    moment = datetime.fromtimestamp(now, tz=UTC)
    times = [
        model._default_manager.scheduled_after(moment).aggregate(
            first=Min("published_at")
        )["first"]
        for model in _publishable
    ]
    times = [t.timestamp() for t in times if t is not None]
    return min(times, default=NEVER)


# Headers --------------------------------------------------------------------


def lifetimes(request, next_change, now):
    """(max-age, s-maxage, stale-while-revalidate): the settings' lifetimes
    (search's are short), none of which runs past the next scheduled change:
    a cache may serve a stale copy for stale-while-revalidate seconds after
    s-maxage, so that window ends at the change too (0 when s-maxage
    already reaches it)."""
    browser, shared = settings.NEWSROOM_BROWSER_SECONDS, settings.NEWSROOM_CDN_SECONDS
    if request.path.startswith(settings.NEWSROOM_SHORT_CACHE_PATHS):
        browser = shared = min(shared, settings.NEWSROOM_SEARCH_CACHE_SECONDS)
    stale = settings.NEWSROOM_STALE_WHILE_REVALIDATE
    if next_change == NEVER:
        return browser, shared, stale
    until = max(0, int(next_change - now))
    shared = min(shared, until)
    return min(browser, until), shared, min(stale, until - shared)


def cache_control(browser, shared, stale):
    return (
        f"public, max-age={browser}, s-maxage={shared}, "
        f"stale-while-revalidate={stale}, "
        f"stale-if-error={settings.NEWSROOM_STALE_IF_ERROR}"
    )


def make_public(response, request, next_change, now):
    """Cache-Control, ETag and Last-Modified of a public response."""
    response.headers["Cache-Control"] = cache_control(
        *lifetimes(request, next_change, now)
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


def name_keys(response, keys):
    """Surrogate-Key / xkey (space-separated) and Cache-Tag (commas). A page
    of more than `NEWSROOM_SURROGATE_KEYS_MAX` keys (a sitemap) names the
    lists of its rows' models instead: every change purges its model's list
    key too, so that is still correct, only broader."""
    if len(keys) > settings.NEWSROOM_SURROGATE_KEYS_MAX:
        keys = {
            k if k.startswith("list:") or k == "site" else "list:" + k.rsplit("-", 1)[0]
            for k in keys
        }
    keys = sorted(keys)
    response.headers["Surrogate-Key"] = " ".join(keys)
    response.headers["xkey"] = " ".join(keys)
    response.headers["Cache-Tag"] = ",".join(keys)


def is_anonymous(request):
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith(settings.STATIC_URL)
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
        # A Content-Security-Policy nonce is one response's own: a shared
        # copy would hand it to everyone (readers' pages never have one).
        and "'nonce-" not in response.get("Content-Security-Policy", "")
    )


# The middleware ---------------------------------------------------------------


class PageCacheMiddleware:
    """Serves and stores anonymous public pages (see the module's text).
    First in MIDDLEWARE, so a hit skips everything else, and what it stores
    carries every other layer's headers (security headers, an HTTPS
    redirect: the scheme is part of the key). Static files pass by."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.last_generation = None
        self.near = OrderedDict()

    def keep_near(self, key, entry):
        """Keep the process's most recently served pages (a bounded LRU;
        entries of older generations are never asked for again and age out)."""
        self.near[key] = entry
        self.near.move_to_end(key)
        while len(self.near) > settings.NEWSROOM_PAGE_CACHE_NEAR_ENTRIES:
            self.near.popitem(last=False)

    def __call__(self, request):
        if not is_anonymous(request):
            return self.passed_by(request)
        enabled, generation, next_change = settings.NEWSROOM_PAGE_CACHE, None, NEVER
        entry = None
        if enabled:
            # The page is read under the generation this process saw last
            # and used only if that is still the current one: no round trip
            # for a hot page this process holds while Redis has pushed no
            # change of the generation (`current()`), one otherwise.
            guess = self.key(request, self.last_generation)
            near = self.near.get(guess)
            try:
                generation, next_change, found = current(
                    also=[] if near is not None else [guess]
                )
            except Exception:
                log.warning("Page cache unavailable; serving uncached.", exc_info=True)
                enabled = False
            else:
                self.last_generation = generation
                key = self.key(request, generation)
                if key == guess:
                    entry = near if near is not None else found.get(guess)
                else:
                    entry = self.near.get(key) or self.get(key)
                if entry is not None:
                    self.keep_near(key, entry)
        if entry is not None:
            return self.respond(request, entry, next_change)
        key = self.key(request, generation)
        shown = {"site"}
        token = _shown.set(shown)
        since_token = _since.set((generation, next_change) if enabled else None)
        try:
            response = self.get_response(request)
        finally:
            _since.reset(since_token)
            _shown.reset(token)
        if not is_public(response):
            return response
        now = time.time()
        make_public(response, request, next_change, now)
        name_keys(response, shown)
        if enabled:
            self.store(key, response, next_change, now)
        return self.conditional(request, response)

    def passed_by(self, request):
        """A request the cache neither serves nor stores (a reader with a
        session, say): parts of its page may still be kept, so it reads the
        generation before anything else, as a cached request does."""
        state = None
        if (
            settings.NEWSROOM_PAGE_CACHE
            and request.method in ("GET", "HEAD")
            and not request.path.startswith(
                (settings.STATIC_URL, *settings.NEWSROOM_UNCACHED_PATHS)
            )
        ):
            try:
                state = current()[:2]
            except Exception:
                log.warning("Page cache unavailable; rendering whole.", exc_info=True)
        token = _since.set(state)
        try:
            return self.get_response(request)
        finally:
            _since.reset(token)

    def key(self, request, generation):
        """The page's key under `generation`: method class, scheme, host and
        full path (the digest made once a request)."""
        digest = getattr(request, "_pagecache_digest", None)
        if digest is None:
            raw = (
                f"{request.method == 'HEAD'} {request.scheme} "
                f"{request.get_host()}{request.get_full_path()}"
            )
            digest = hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()
            request._pagecache_digest = digest
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
        self.keep_near(key, entry)
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
        response.headers["Cache-Control"] = cache_control(
            *lifetimes(request, next_change, time.time())
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
