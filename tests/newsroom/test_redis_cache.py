"""`newsroom.redis_cache`: a tracked key is read once, kept while nothing
changes it, and read afresh as soon as any other client writes it (Redis
pushes the invalidation), with real Redis (found or started, else a skip)."""

import socket
import time

import pytest
import redis

from newsroom.redis_cache import RedisCache
from tests.conftest import clear_own_keys


@pytest.fixture
def store(redis_url):
    cache = RedisCache(redis_url, {"KEY_PREFIX": f"tracked-test-{time.time_ns()}"})
    yield cache
    clear_own_keys(cache)


@pytest.fixture
def reads(monkeypatch):
    """How many times a Tracked went to Redis."""
    from newsroom.redis_cache import Tracked

    count = []
    original = Tracked._read

    def counted(self):
        count.append(1)
        return original(self)

    monkeypatch.setattr(Tracked, "_read", counted)
    return count


def test_unchanged_values_are_read_once(store, reads):
    store.set("generation", 7)
    tracked = store.tracked(["generation", "unset"])
    assert tracked.get() == {"generation": 7}
    for _ in range(20):
        assert tracked.get() == {"generation": 7}
    assert len(reads) == 1


def test_another_clients_write_is_seen_without_waiting_for_the_copy_to_age(
    store, reads, redis_url
):
    store.set("generation", 7)
    tracked = store.tracked(["generation"])
    tracked.max_age = 3600
    assert tracked.get() == {"generation": 7}
    # Another process's bump: a plain client of its own, no call to us.
    other = redis.Redis.from_url(redis_url)
    other.incr(store.make_and_validate_key("generation"))
    deadline = time.monotonic() + 2
    while tracked.get() == {"generation": 7} and time.monotonic() < deadline:
        pass  # the push is on its way (microseconds)
    assert tracked.get() == {"generation": 8}
    assert len(reads) == 2


def test_a_copy_older_than_max_age_is_read_again(store, reads):
    store.set("generation", 1)
    tracked = store.tracked(["generation"])
    tracked.max_age = 0
    tracked.get()
    tracked.get()
    assert len(reads) == 2


def test_forget_reads_afresh(store, reads):
    store.set("generation", 1)
    tracked = store.tracked(["generation"])
    tracked.get()
    store.set("generation", 2)
    tracked.forget()
    assert tracked.get() == {"generation": 2}


def test_an_unreachable_redis_raises_and_is_tried_again(reads):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = sock.getsockname()[1]
    store = RedisCache(
        f"redis://127.0.0.1:{dead}/0",
        {"OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2}},
    )
    tracked = store.tracked(["generation"])
    for _ in range(2):
        with pytest.raises(redis.ConnectionError):
            tracked.get()
    assert len(reads) == 2
