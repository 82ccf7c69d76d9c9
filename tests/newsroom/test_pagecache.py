"""The page cache (newsroom/pagecache.py) with the production cache settings:
a real Redis, found on the machine or started for the run. Every freshness
test first shows the page was a hit (no query), then changes something,
then finds the page fresh."""

import os
import socket
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
import redis
import time_machine
from django.db import connection
from django.test import Client
from django.utils import timezone
from django.utils.http import http_date

from newsroom import pagecache
from newsroom.desk.services import item_transition, note_add
from newsroom.models import NoteKind
from newsroom.tags.services import tags_merge
from tests.factories import (
    ArticleFactory,
    GalleryFactory,
    PlayerFactory,
    SectionFactory,
)

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def hit(client, url, count_queries, **params):
    """Fetch `url` twice and check the second came from the cache."""
    client.get(url, params)
    queries = count_queries(lambda: client.get(url, params))
    response = client.get(url, params)
    assert queries == 0, f"{url} ran {queries} queries on a hit"
    assert response["X-Cache"] == "hit"
    return response


class TestHits:
    def test_a_hit_runs_no_query_and_sends_the_same_page(
        self, client, page_cache, count_queries
    ):
        story = ArticleFactory(headline="Floodlit comeback")
        first = client.get(story.get_absolute_url())
        cached = hit(client, story.get_absolute_url(), count_queries)
        assert cached.content == first.content
        assert "Floodlit comeback" in cached.content.decode()

    @pytest.mark.parametrize(
        "url",
        ["/", "/section/football/", "/galleries/", "/feed/", "/sitemap.xml"],
    )
    def test_lists_feeds_and_sitemaps_are_cached(
        self, client, page_cache, count_queries, url
    ):
        SectionFactory(slug="football")
        ArticleFactory.create_batch(2)
        hit(client, url, count_queries)

    def test_search_is_cached_with_a_short_lifetime(
        self, client, page_cache, count_queries, settings
    ):
        settings.NEWSROOM_SEARCH_CACHE_SECONDS = 7
        ArticleFactory(headline="Derby decided late")
        response = hit(client, "/search/", count_queries, q="derby")
        assert "max-age=7, s-maxage=7" in response["Cache-Control"]

    def test_a_404_is_cached_and_a_new_story_replaces_it(
        self, client, page_cache, count_queries
    ):
        hit(client, "/section/late-news/", count_queries)
        SectionFactory(slug="late-news")
        assert client.get("/section/late-news/").status_code == 200


class TestNeverCachedForTheDesk:
    def test_staff_are_never_served_nor_stored(
        self, journalist_client, page_cache, count_queries
    ):
        client = Client()  # a reader beside the logged-in journalist
        story = ArticleFactory()
        url = story.get_absolute_url()
        staff = journalist_client.get(url)
        assert "X-Cache" not in staff
        assert count_queries(lambda: client.get(url)) > 0  # not stored by staff
        hit(client, url, count_queries)
        assert count_queries(lambda: journalist_client.get(url)) > 0

    def test_previews_and_the_admin_are_never_stored(
        self, client, journalist, page_cache
    ):
        from newsroom.desk.previews import preview_link_create

        draft = ArticleFactory(draft=True, headline="Not yet public")
        link = preview_link_create(draft, user=journalist).get_absolute_url()
        for _ in range(2):
            response = client.get(link)
            assert response.status_code == 200
            assert "X-Cache" not in response
        assert "public" not in response.get("Cache-Control", "")
        for _ in range(2):
            assert "X-Cache" not in client.get("/admin/login/")


class TestHeaders:
    def test_public_pages_carry_cdn_headers_and_no_cookie(
        self, client, page_cache, settings
    ):
        settings.NEWSROOM_BROWSER_SECONDS = 30
        settings.NEWSROOM_CDN_SECONDS = 300
        story = ArticleFactory()
        for response in (client.get(story.get_absolute_url()),) * 2:
            control = response["Cache-Control"]
            assert control.startswith("public, max-age=30, s-maxage=300")
            assert "stale-while-revalidate=" in control
            assert "stale-if-error=" in control
            assert response["ETag"].startswith('"')
            assert response.has_header("Last-Modified")
            assert not response.cookies
            assert "Cookie" not in response.get("Vary", "")

    def test_headers_are_sent_without_the_page_cache_too(self, client):
        response = client.get(ArticleFactory().get_absolute_url())
        assert response["Cache-Control"].startswith("public, max-age=")
        assert response.has_header("ETag")

    @pytest.mark.parametrize("cached", [False, True])
    def test_conditional_requests_get_304(self, client, page_cache, settings, cached):
        settings.NEWSROOM_PAGE_CACHE = cached
        url = ArticleFactory().get_absolute_url()
        first = client.get(url)
        again = client.get(url, headers={"if-none-match": first["ETag"]})
        assert again.status_code == 304
        assert again.content == b""
        since = client.get(
            url, headers={"if-modified-since": http_date(time.time() + 5)}
        )
        assert since.status_code == 304
        changed = client.get(url, headers={"if-none-match": '"something-else"'})
        assert changed.status_code == 200


class TestFreshToTheSecond:
    """Each change makes every page that shows it fresh on the next request."""

    @pytest.fixture
    def story(self):
        return ArticleFactory(
            headline="Harbourside edge the derby", section=SectionFactory()
        )

    def fresh_after(self, client, count_queries, urls, change, expect, absent=()):
        for url in urls:
            hit(client, url, count_queries)
        change()
        for url in urls:
            html = client.get(url).content.decode()
            for text in expect:
                assert text in html, (url, text)
            for text in absent:
                assert text not in html, (url, text)

    def test_headline_edit(self, client, page_cache, count_queries, story):
        def change():
            story.headline = "Harbourside win the derby late"
            story.save()

        self.fresh_after(
            client,
            count_queries,
            ["/", story.get_absolute_url(), story.section.get_absolute_url()],
            change,
            expect=["Harbourside win the derby late"],
        )

    def test_publish_and_unpublish(
        self, client, page_cache, count_queries, story, journalist
    ):
        draft = ArticleFactory(draft=True, headline="Transfer confirmed")
        self.fresh_after(
            client,
            count_queries,
            ["/", "/feed/"],
            lambda: item_transition(draft, "publish", journalist),
            expect=["Transfer confirmed"],
        )
        self.fresh_after(
            client,
            count_queries,
            ["/", "/feed/"],
            lambda: item_transition(story, "unpublish", journalist),
            expect=["Transfer confirmed"],
            absent=["Harbourside edge the derby"],
        )

    def test_withdrawal_turns_the_page_gone(
        self, client, page_cache, count_queries, story, journalist
    ):
        url = story.get_absolute_url()
        hit(client, url, count_queries)
        item_transition(story, "withdraw", journalist)
        assert client.get(url).status_code == 410
        assert "Harbourside edge" not in client.get("/").content.decode()

    def test_correction(self, client, page_cache, count_queries, story, journalist):
        self.fresh_after(
            client,
            count_queries,
            [story.get_absolute_url()],
            lambda: note_add(
                story,
                kind=NoteKind.CORRECTION,
                text="An earlier version misnamed the scorer.",
                user=journalist,
            ),
            expect=["An earlier version misnamed the scorer."],
        )

    def test_tag_change_and_merge(self, client, page_cache, count_queries, story):
        player = PlayerFactory(name="Emeka Duru", slug="emeka-duru")
        twin = PlayerFactory(name="E. Duru", slug="e-duru")
        twin_story = ArticleFactory(headline="Duru's brace")
        twin_story.players.add(twin)
        self.fresh_after(
            client,
            count_queries,
            [story.get_absolute_url(), "/players/emeka-duru/"],
            lambda: story.players.add(player),
            expect=["Emeka Duru"],
        )
        self.fresh_after(
            client,
            count_queries,
            ["/players/emeka-duru/"],
            lambda: tags_merge(survivor=player, others=[twin]),
            expect=["Duru&#x27;s brace"],
        )

    def test_caption_and_credit_edit(self, client, page_cache, count_queries):
        gallery = GalleryFactory(photos=2)
        photo = gallery.items.first().photo

        def change():
            photo.caption = "Keeper Lunde saves the late penalty"
            photo.credit_line = "Newsroom Photo/Ines Okoro"
            photo.save()

        self.fresh_after(
            client,
            count_queries,
            [gallery.get_absolute_url(), gallery.get_photo_url(1)],
            change,
            expect=["Keeper Lunde saves the late penalty", "Ines Okoro"],
        )

    def test_section_rename(self, client, page_cache, count_queries, story):
        def change():
            story.section.name = "Rugby league"
            story.section.save()

        self.fresh_after(
            client,
            count_queries,
            ["/", story.get_absolute_url()],
            change,
            ["Rugby league"],
        )


class TestScheduled:
    def test_a_scheduled_story_appears_on_cached_pages_on_time(
        self, client, page_cache, count_queries, settings
    ):
        settings.NEWSROOM_CDN_SECONDS = 600
        ArticleFactory(headline="Already out")
        at = (timezone.now() + timedelta(seconds=90)).replace(microsecond=0)
        ArticleFactory(headline="Kick-off: team news", published_at=at)
        response = hit(client, "/", count_queries)
        assert "Kick-off: team news" not in response.content.decode()
        control = response["Cache-Control"]
        s_maxage = int(control.split("s-maxage=")[1].split(",")[0])
        assert 0 < s_maxage <= 90
        # No stale copy is allowed past it either.
        stale = int(control.split("stale-while-revalidate=")[1].split(",")[0])
        assert s_maxage + stale <= 90
        with time_machine.travel(at - timedelta(seconds=1), tick=False):
            assert "Kick-off" not in client.get("/").content.decode()
        with time_machine.travel(at, tick=False):
            assert "Kick-off: team news" in client.get("/").content.decode()

    @pytest.mark.parametrize(
        "seconds_to_change, expected",
        [
            (None, (60, 600, 30)),  # nothing scheduled: the settings'
            (1000, (60, 600, 30)),  # far off: the whole window fits
            (620, (60, 600, 20)),  # the stale window ends at the change
            (600, (60, 600, 0)),
            (90, (60, 90, 0)),  # s-maxage already reaches it
            (45, (45, 45, 0)),
            (-5, (0, 0, 0)),  # just passed: nothing kept
        ],
    )
    def test_no_lifetime_runs_past_the_next_change(
        self, rf, settings, seconds_to_change, expected
    ):
        settings.NEWSROOM_BROWSER_SECONDS = 60
        settings.NEWSROOM_CDN_SECONDS = 600
        settings.NEWSROOM_STALE_WHILE_REVALIDATE = 30
        now = 1_000_000.0
        change = (
            pagecache.NEVER if seconds_to_change is None else now + seconds_to_change
        )
        assert pagecache.lifetimes(rf.get("/"), change, now) == expected

    def test_entries_never_outlive_the_next_publication(self, page_cache):
        at = timezone.now() + timedelta(seconds=40)
        ArticleFactory(published_at=at)
        ArticleFactory()
        _generation, next_change, _found = pagecache.current()
        assert abs(next_change - at.timestamp()) < 1


class TestCacheDown:
    @pytest.mark.parametrize(
        "backend",
        [
            "newsroom.redis_cache.RedisCache",  # production's, with tracking
            "django.core.cache.backends.redis.RedisCache",
        ],
    )
    def test_pages_answer_when_redis_is_unreachable(self, client, settings, backend):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            dead = sock.getsockname()[1]
        settings.CACHES = {
            "default": {
                "BACKEND": backend,
                "LOCATION": f"redis://127.0.0.1:{dead}/0",
                "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
            }
        }
        settings.NEWSROOM_PAGE_CACHE = True
        story = ArticleFactory(headline="Still here")
        for url in ("/", story.get_absolute_url()):
            response = client.get(url)
            assert response.status_code == 200
            assert "X-Cache" not in response
        assert "Still here" in client.get("/").content.decode()
        story.headline = "Saved while the cache is down"
        story.save()
        assert "Saved while" in client.get(story.get_absolute_url()).content.decode()


def test_without_redis_the_page_cache_is_off():
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    code = (
        "import django, os;"
        "os.environ['DJANGO_SETTINGS_MODULE'] = 'newsroom.settings.dev';"
        "django.setup(); from django.conf import settings;"
        "print(settings.NEWSROOM_PAGE_CACHE)"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert found.stdout.strip() == "False", found.stderr
    found = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**env, "REDIS_URL": "redis://127.0.0.1:6379/0"},
        capture_output=True,
        text=True,
    )
    assert found.stdout.strip() == "True", found.stderr


def test_a_bump_by_another_server_ends_this_ones_hits(
    client, page_cache, count_queries, redis_url
):
    """This process keeps the generation (no round trip a hit) only until
    Redis pushes another client's write of it."""
    story = ArticleFactory(headline="Kept by this server")
    url = story.get_absolute_url()
    # Only the push can end the copy here, not its age.
    pagecache._tracked(page_cache).max_age = 3600
    hit(client, url, count_queries)
    # Another app server's bump: its own connection, nothing of ours called.
    other = redis.Redis.from_url(redis_url)
    other.incr(page_cache.make_and_validate_key(pagecache.GENERATION))
    deadline = time.monotonic() + 2
    response = client.get(url)
    while response.get("X-Cache") == "hit" and time.monotonic() < deadline:
        response = client.get(url)  # the push is on its way (microseconds)
    assert response.get("X-Cache") != "hit"
    assert hit(client, url, count_queries).status_code == 200


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="two processes share a real database"
)
@pytest.mark.django_db(transaction=True)
def test_a_change_in_another_process_is_seen_at_once(
    client, page_cache, count_queries, redis_url
):
    """Another app server saves; this one's cached page is fresh next time."""
    story = ArticleFactory(headline="Before the other server saved")
    url = story.get_absolute_url()
    hit(client, url, count_queries)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.test",
        "DATABASE_URL": database_url(),
        "NEWSROOM_TEST_CACHE_URL": redis_url,
        "NEWSROOM_TEST_CACHE_PREFIX": f"newsroom-test-{os.getpid()}",
    }
    script = (
        "import django; django.setup();"
        "from django.conf import settings;"
        "import os;"
        "settings.CACHES['default'] = {'BACKEND': "
        "'django.core.cache.backends.redis.RedisCache', "
        "'LOCATION': os.environ['NEWSROOM_TEST_CACHE_URL'], "
        "'KEY_PREFIX': os.environ['NEWSROOM_TEST_CACHE_PREFIX']};"
        "settings.NEWSROOM_PAGE_CACHE = True;"
        "from articles.models import Article;"
        f"a = Article.objects.get(pk={story.pk});"
        "a.headline = 'Saved by the other server'; a.save()"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "Saved by the other server" in client.get(url).content.decode()


def database_url():
    params = connection.settings_dict
    user = params.get("USER") or "postgres"
    host = params.get("HOST") or "127.0.0.1"
    port = params.get("PORT") or 5432
    return f"postgres://{user}@{host}:{port}/{params['NAME']}"


def test_the_generation_lasts_until_the_next_change(page_cache):
    """Not the cache's default five minutes: every page would start over."""
    from newsroom import pagecache

    pagecache.current()
    client = page_cache._cache.get_client()
    assert client.ttl(page_cache.make_and_validate_key(pagecache.GENERATION)) == -1
