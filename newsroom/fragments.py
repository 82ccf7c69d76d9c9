"""Parts of a page kept in the shared cache, each as fresh as what it shows.

The page cache keeps whole pages under one site-wide generation
(`newsroom.pagecache`), so after any change every page renders afresh, and a
reader with a session is never served a cached page at all. On match night
a story's page is then rendered from scratch after every publish, although
its story block and its "More on this" rarely changed. A `Part` is such a
block, kept under the **versions** of the surrogate keys of what it shows:
every change bumps the versions of the keys it changes (its row's, and those
of the rows it points at: `pagecache.keys_changed_by`), at once and again on
commit, beside the generation; a bare `pagecache.changed()` names no keys
and bumps the **epoch**, on which every part depends.

A part's keys are every watched row loaded while it renders (recorded as
rows are loaded, as for a page's Surrogate-Key, so nothing it shows is
missed) and those its view names: the rows the view loaded for it, and
what decides a list it shows ("More on this": `newsroom.related`). It is
served while each of those versions is the one it was stored under, and
never after the next scheduled publication, which changes lists with no
write at all (the page cache's rule). A served part names its keys on the
page, so the page's Surrogate-Key stays complete.

A render is stored only if the generation, read straight from Redis in the
same round trip as the versions it is stored under, is still the one the
request read when it began, before any of its data was read: no change was
bumped in between, so those versions are the ones that held before the
data was read, and a change committed while it rendered bumps them again
on commit. A part is never stored under versions newer than its data.

Off (the block is simply rendered) when the page cache is (a per-process
cache can't see other processes' bumps), when the cache can't be reached
(never an error), and on previews, which render drafts and unsaved changes.
Entries live at most `NEWSROOM_PAGE_CACHE_SECONDS`, like pages; a release
that changes a part's template should call `pagecache.changed()` once.
"""

import hashlib
import logging
import time
from collections import OrderedDict

from django.conf import settings
from django.utils.translation import get_language

from . import pagecache

log = logging.getLogger(__name__)

# This process's most recently used parts (the versions are still read
# from Redis each time): a hot part costs one round trip.
NEAR_ENTRIES = 500
_near = OrderedDict()


class Part:
    """One block of one item's page: `name` and `item` name it,
    `prepare()` returns what its template needs beyond the page's context
    (called only when it is rendered), `keys()` the keys it depends on
    beyond the rows it loads while rendering (called after a render)."""

    def __init__(self, request, name, item, *, prepare=dict, keys=frozenset):
        self.request = request
        self.name = name
        self.item = item
        self.prepare = prepare
        self.keys = keys

    def render(self, render, *, kept=True):
        """The block's HTML: the kept one, or `render(self.prepare())`."""
        state = pagecache.since() if kept else None
        if state is None:
            return render(self.prepare())
        key = self.cache_key()
        html = _read(key)
        if html is not None:
            return html
        with pagecache.recorded() as shown:
            html = render(self.prepare())
            named = set(self.keys())
            pagecache.shows_keys(named)
        _store(key, state, shown | named, html)
        return html

    def cache_key(self):
        """The part's name, the item's key, and what its links are built
        from (scheme and host) and its words in (the language)."""
        where = f"{self.request.scheme} {self.request.get_host()} {get_language()}"
        digest = hashlib.blake2b(where.encode(), digest_size=8).hexdigest()
        item = pagecache.key_of_row(type(self.item), self.item.pk)
        return f"pagecache:part:{self.name}:{item}:{digest}"


def _keep(key, entry):
    _near[key] = entry
    _near.move_to_end(key)
    while len(_near) > NEAR_ENTRIES:
        _near.popitem(last=False)


def _names(keys):
    return [pagecache.EPOCH, *(pagecache.version_key(key) for key in keys)]


def _read(key):
    """The kept HTML if every version it depends on is unchanged, else None."""
    store = pagecache.cache()
    try:
        entry = _near.get(key)
        if entry is None:
            entry = store.get(key)
            if entry is None:
                return None
            _keep(key, entry)
        keys, versions, until, html = entry
        if time.time() >= until:
            return None
        names = _names(keys)
        found = store.get_many(names)
        if tuple(found.get(name) for name in names) != versions:
            return None
    except Exception:
        log.warning("Page part unavailable; rendering it.", exc_info=True)
        return None
    pagecache.shows_keys(keys)
    return html


def _store(key, state, keys, html):
    """Keep `html` under the current versions of `keys`, if the generation
    is still `state`'s (see the module's text)."""
    generation, next_change = state
    timeout = settings.NEWSROOM_PAGE_CACHE_SECONDS
    if next_change != pagecache.NEVER:
        timeout = min(timeout, int(next_change - time.time()))
    if timeout <= 0:
        return
    keys = tuple(sorted(keys))
    names = _names(keys)
    store = pagecache.cache()
    try:
        for _attempt in range(2):
            found = store.get_many([pagecache.GENERATION, *names])
            if found.get(pagecache.GENERATION) != generation:
                return  # something changed while it rendered
            missing = [name for name in names if name not in found]
            if not missing:
                break
            # A key nothing has changed yet (or whose version aged out):
            # it starts now, then the generation is checked again.
            for name in missing:
                store.add(name, time.time_ns(), timeout=pagecache.VERSION_SECONDS)
        else:
            return
        entry = (keys, tuple(found[name] for name in names), next_change, html)
        store.set(key, entry, timeout=timeout)
        _keep(key, entry)
    except Exception:
        log.warning("Page part not kept.", exc_info=True)
