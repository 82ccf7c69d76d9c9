"""Django's Redis cache, with one Redis client per connection pool, and a
few keys kept in the process until Redis says they changed.

Django's `RedisCacheClient` builds a new `redis.Redis` for every cache call,
and redis-py fills a table of some 170 response callbacks in each one's
constructor: measured here, that was more than half of the time of a page
cache hit (two calls a page). The clients share the pool either way and
redis-py's clients are safe across threads, so one client a pool does the
same work without rebuilding it.

`RedisCache.tracked(names)` reads a few small keys (the page cache's
generation) once and keeps them in the process while Redis has not said
that one changed: a connection of its own with RESP3 client tracking, to
which Redis pushes an invalidation the moment another client writes a key
it read. A read then checks that socket for pending data (one
non-blocking poll) instead of a round trip, which on a 2-core machine was
about 110 of a cache hit's 290 microseconds. Anything on that socket (an
invalidation, a closed connection) or a copy older than `max_age` means one
fresh read over a fresh connection, so no half-dead connection can keep a
stale value for longer than that.
"""

import os
import threading
import time

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class ReusedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(
                connection_pool=self._get_connection_pool(index)
            )
        return client


class Tracked:
    """The values of a few keys of `cache`, kept until Redis says otherwise
    (see the module's text)."""

    def __init__(self, cache, names, max_age=1.0):
        self.cache = cache
        self.names = list(names)
        self.keys = [cache.make_and_validate_key(name) for name in self.names]
        self.max_age = max_age
        self.connection = None
        self.values = None
        self.read_at = 0.0
        self.pid = None
        self.lock = threading.Lock()

    def get(self):
        """{name: value} of the names that are set."""
        with self.lock:
            if (
                self.values is not None
                and self.pid == os.getpid()  # never a socket shared by a fork
                and time.monotonic() - self.read_at < self.max_age
                and not self.connection.can_read(timeout=0)
            ):
                return self.values
            self._forget()
            try:
                self.values = self._read()
            except Exception:
                self._forget()
                raise
            return self.values

    def forget(self):
        """Read afresh next time (this process changed a key)."""
        with self.lock:
            self._forget()

    def _forget(self):
        self.values = None
        if self.connection is not None:
            if self.pid == os.getpid():
                self.connection.disconnect()
            self.connection = None

    def _read(self):
        client = self.cache._cache
        pool = client._get_connection_pool(False)
        connection = pool.connection_class(**{**pool.connection_kwargs, "protocol": 3})
        connection.connect()
        self.connection, self.pid = connection, os.getpid()
        connection.send_command("CLIENT", "TRACKING", "ON")
        connection.read_response()
        # Read after tracking is on: a write after this read is pushed.
        read_at = time.monotonic()
        connection.send_command("MGET", *self.keys)
        raw = connection.read_response()
        self.read_at = read_at
        return {
            name: client._serializer.loads(value)
            for name, value in zip(self.names, raw, strict=True)
            if value is not None
        }


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
        self._tracked = {}

    def tracked(self, names):
        names = tuple(names)
        if names not in self._tracked:
            self._tracked[names] = Tracked(self, names)
        return self._tracked[names]
