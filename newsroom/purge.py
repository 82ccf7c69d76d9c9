"""Purging the CDN by surrogate key when something readers see changes.

`later(keys)` gathers the keys a transaction changes (see
`pagecache.keys_changed_by`) and, once it commits, hands them in one call
to the configured backend, in a background thread so the editor's save
never waits on the network: each backend call has a timeout, is retried
`NEWSROOM_PURGE_ATTEMPTS` times with a growing pause, and a failure is
logged, never raised. A rolled-back transaction's keys ride along with
the next commit's.

Backends (`NEWSROOM_PURGE_BACKEND`):

- `logging` (default): logs the keys; for a site with no CDN, or to watch.
- `varnish`: `PURGE` to each of `NEWSROOM_VARNISH_URLS` with the keys in
  an `xkey-purge` header (vmod-xkey's convention; see the README's VCL).
- `fastly`: `POST {api}/service/{id}/purge` with a `Surrogate-Key` header.
- `cloudflare`: `POST {api}/zones/{zone}/purge_cache` with `{"tags": …}`,
  30 tags a call (Cloudflare's limit).
- a dotted path to a class with `purge(keys)`.
"""

import json
import logging
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.db import connection, transaction
from django.utils.module_loading import import_string

log = logging.getLogger(__name__)


class LoggingPurger:
    """Logs at DEBUG (LOG_LEVEL=DEBUG shows them): a desk without a CDN
    needs no line per save."""

    def purge(self, keys):
        log.debug("Purge %d keys: %s", len(keys), " ".join(sorted(keys)))


class HttpPurger:
    """A backend that makes HTTP calls: each subclass's `calls(keys)` yields
    them as (method, url, headers, body)."""

    def purge(self, keys):
        for method, url, headers, body in self.calls(sorted(keys)):
            if not url.startswith(("http://", "https://")):
                raise ValueError(f"Purge URLs are http(s): {url!r}")
            request = urllib.request.Request(  # noqa: S310 (checked above)
                url, data=body, headers=headers, method=method
            )
            with urllib.request.urlopen(  # noqa: S310
                request, timeout=settings.NEWSROOM_PURGE_TIMEOUT
            ) as response:
                response.read()


class VarnishPurger(HttpPurger):
    def calls(self, keys):
        for url in settings.NEWSROOM_VARNISH_URLS:
            yield "PURGE", url, {"xkey-purge": " ".join(keys)}, None


class FastlyPurger(HttpPurger):
    def calls(self, keys):
        api = settings.NEWSROOM_FASTLY_API_URL.rstrip("/")
        service = settings.NEWSROOM_FASTLY_SERVICE_ID
        headers = {
            "Fastly-Key": settings.NEWSROOM_FASTLY_API_TOKEN,
            "Surrogate-Key": " ".join(keys),
            "Accept": "application/json",
        }
        yield "POST", f"{api}/service/{service}/purge", headers, b""


class CloudflarePurger(HttpPurger):
    BATCH = 30

    def calls(self, keys):
        api = settings.NEWSROOM_CLOUDFLARE_API_URL.rstrip("/")
        zone = settings.NEWSROOM_CLOUDFLARE_ZONE_ID
        headers = {
            "Authorization": f"Bearer {settings.NEWSROOM_CLOUDFLARE_API_TOKEN}",
            "Content-Type": "application/json",
        }
        for start in range(0, len(keys), self.BATCH):
            body = json.dumps({"tags": keys[start : start + self.BATCH]}).encode()
            yield "POST", f"{api}/zones/{zone}/purge_cache", headers, body


BACKENDS = {
    "logging": LoggingPurger,
    "varnish": VarnishPurger,
    "fastly": FastlyPurger,
    "cloudflare": CloudflarePurger,
}


def backend():
    name = settings.NEWSROOM_PURGE_BACKEND
    return (BACKENDS.get(name) or import_string(name))()


# Gathering and sending --------------------------------------------------------

_sender = None


def later(keys):
    """Purge `keys` once the current transaction commits (at once outside
    one), in one call with every other key the transaction changed.

    The keys wait on the connection; a commit hook sends all that wait. A
    rolled-back transaction's keys go with the next commit's: purging a
    page that did not change costs the CDN one fetch, missing one that did
    would serve it stale, so the error is only ever on the safe side."""
    if not keys:
        return
    waiting = pending()
    waiting |= set(keys)
    if not connection.in_atomic_block:
        _flush()
        return
    here = set(connection.savepoint_ids)
    for savepoints, hook, _robust in connection.run_on_commit:
        if hook is _flush and savepoints == here:
            return  # this level's commit will send them
    transaction.on_commit(_flush, robust=True)


def pending():
    """The keys waiting for this connection's next commit."""
    if not hasattr(connection, "purge_pending"):
        connection.purge_pending = set()
    return connection.purge_pending


def forget_pending():
    """Drop the waiting keys (tests: what fixtures changed before the act)."""
    pending().clear()


def _flush():
    waiting = pending()
    if waiting:
        keys = set(waiting)
        waiting.clear()
        send(keys)


def send(keys):
    """Hand `keys` to the backend: in the background when
    `NEWSROOM_PURGE_ASYNC`, else here; never raises."""
    global _sender
    if settings.NEWSROOM_PURGE_ASYNC:
        if _sender is None:
            _sender = ThreadPoolExecutor(max_workers=1, thread_name_prefix="purge")
        _sender.submit(purge_now, keys)
    else:
        purge_now(keys)


def purge_now(keys):
    """One purge with retries; True when the backend took it."""
    attempts = max(1, settings.NEWSROOM_PURGE_ATTEMPTS)
    for attempt in range(1, attempts + 1):
        try:
            backend().purge(set(keys))
            return True
        except Exception:
            log.warning(
                "Purge of %d keys failed (attempt %d of %d).",
                len(keys),
                attempt,
                attempts,
                exc_info=True,
            )
            if attempt < attempts:
                time.sleep(settings.NEWSROOM_PURGE_RETRY_SECONDS * attempt)
    log.error("Purge of %d keys gave up: %s", len(keys), " ".join(sorted(keys)))
    return False
