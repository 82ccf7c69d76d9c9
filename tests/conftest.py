import os
import shutil
import socket
import subprocess
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def fresh_tag_vocabulary():
    """Each test's players and teams, not a rolled-back test's."""
    from newsroom.tags.suggestions import forget_vocabulary

    forget_vocabulary()
    yield
    forget_vocabulary()


@pytest.fixture
def journalist(db):
    """A staff account in the Editor group, as the demo editor."""
    from django.contrib.auth.models import Group

    from newsroom.desk.roles import EDITOR, ensure_roles

    ensure_roles()
    user = UserFactory(username="journalist", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITOR))
    return user


@pytest.fixture
def journalist_client(client, journalist):
    client.force_login(journalist)
    return client


@pytest.fixture
def count_queries():
    """Return the number of queries one call of `fn` runs."""

    def count(fn):
        with CaptureQueriesContext(connection) as ctx:
            fn()
        return len(ctx.captured_queries)

    return count


# The shared cache, for the page cache's tests -------------------------------


def redis_answers(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@pytest.fixture(scope="session")
def redis_url():
    """The machine's Redis, or one started for this run, or a skip (a
    failure when NEWSROOM_REQUIRE_REDIS is set, as CI sets it: a run that
    skipped every page-cache test cannot pass there)."""
    if redis_answers(6379):
        yield "redis://127.0.0.1:6379/15"
        return
    server = shutil.which("redis-server")
    if server is None:
        reason = "No Redis on this machine (redis-server not installed)"
        if os.environ.get("NEWSROOM_REQUIRE_REDIS"):
            pytest.fail(f"Redis is required: {reason}")
        pytest.skip(reason)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [server, "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    for _ in range(50):
        if redis_answers(port):
            break
        time.sleep(0.1)
    yield f"redis://127.0.0.1:{port}/15"
    process.terminate()


@pytest.fixture
def page_cache(settings, redis_url):
    """The production cache settings: Redis shared cache, page cache on."""
    settings.CACHES = {
        "default": {
            "BACKEND": "newsroom.redis_cache.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": f"newsroom-test-{os.getpid()}",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    settings.NEWSROOM_PAGE_CACHE = True
    from newsroom import pagecache

    clear_own_keys(pagecache.cache())
    yield pagecache.cache()
    clear_own_keys(pagecache.cache())


def clear_own_keys(cache):
    """Delete this run's keys only: `clear()` empties the whole Redis
    database, under any other test run on the machine too."""
    client = cache._cache.get_client(write=True)
    pattern = cache.make_key("*")
    keys = list(client.scan_iter(match=pattern, count=1000))
    if keys:
        client.delete(*keys)
