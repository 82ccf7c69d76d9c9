"""Surrogate keys and CDN purges (newsroom/pagecache.py, newsroom/purge.py):
pages name what they show, a change purges exactly the pages that show it,
and a purge that fails or hangs never touches the editor's save. The HTTP
backends talk to a stub server on this machine; no test reaches the network."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.db import transaction

from newsroom import pagecache, purge
from newsroom.desk.services import item_transition
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    PlayerFactory,
    SectionFactory,
    TeamFactory,
    make_photo,
)

pytestmark = pytest.mark.django_db


class Recorder:
    """A purge backend that remembers what it was asked."""

    purged = []

    def purge(self, keys):
        Recorder.purged.append(set(keys))


class Failing:
    def purge(self, keys):
        raise ConnectionError("CDN unreachable")


@pytest.fixture
def recorder(settings):
    settings.NEWSROOM_PURGE_BACKEND = f"{__name__}.Recorder"
    Recorder.purged = []
    purge.forget_pending()
    return Recorder


def keys(response):
    return set(response["Surrogate-Key"].split())


@pytest.fixture
def stub():
    """An HTTP server that records each request and answers 200 (or sleeps
    first, when told to)."""
    seen = []
    delay = {"seconds": 0}

    class Handler(BaseHTTPRequestHandler):
        def handle_any(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = {k.lower(): v for k, v in self.headers.items()}
            seen.append((self.command, self.path, headers, body))
            time.sleep(delay["seconds"])
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"success": true}')

        do_POST = do_PURGE = do_GET = handle_any

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield {
        "url": f"http://127.0.0.1:{server.server_port}",
        "seen": seen,
        "delay": delay,
    }
    server.shutdown()


class TestPagesNameWhatTheyShow:
    def test_a_story_page_names_the_story_and_everything_on_it(self, client):
        player = PlayerFactory()
        author = AuthorFactory()
        lead = make_photo()
        story = ArticleFactory(authors=[author], lead_photo=lead)
        story.players.add(player)
        response = client.get(story.get_absolute_url())
        named = keys(response)
        assert {
            "site",
            f"articles.article-{story.pk}",
            f"newsroom.section-{story.section_id}",
            f"newsroom.author-{author.pk}",
            f"tags.player-{player.pk}",
            f"galleries.photo-{lead.pk}",
        } <= named
        assert response["Cache-Tag"] == ",".join(sorted(named))
        assert response["xkey"] == response["Surrogate-Key"]

    def test_lists_name_their_lists(self, client):
        ArticleFactory()
        for url in ("/", "/feed/", "/search/?q=derby", "/sitemap-articles.xml"):
            assert "list:articles.article" in keys(client.get(url)), url

    def test_a_page_of_many_rows_names_their_models_instead(self, client, settings):
        settings.NEWSROOM_SURROGATE_KEYS_MAX = 5
        ArticleFactory.create_batch(4)
        named = keys(client.get("/"))
        assert all(k == "site" or k.startswith("list:") for k in named)
        assert "list:articles.article" in named


class TestPublishPurgesWhatItChanges:
    def test_the_keys_purged_reach_every_page_that_changes_and_no_other(
        self, client, recorder, journalist, django_capture_on_commit_callbacks
    ):
        section, elsewhere = SectionFactory(), SectionFactory()
        author, player = AuthorFactory(), PlayerFactory()
        older = ArticleFactory(section=section)
        older.players.add(player)
        ArticleFactory(section=elsewhere)
        story = ArticleFactory(section=section, authors=[author], draft=True)
        story.players.add(player)
        affected = [
            "/",
            "/feed/",
            section.get_absolute_url(),
            author.get_absolute_url(),
            player.get_absolute_url(),
            older.get_absolute_url(),  # "More on this" shares the player
            "/sitemap-articles.xml",
        ]
        untouched = [elsewhere.get_absolute_url(), "/teams/"]
        carried = {url: keys(client.get(url)) for url in affected + untouched}
        Recorder.purged = []
        purge.forget_pending()  # what the set-up's saves changed
        with django_capture_on_commit_callbacks(execute=True):
            item_transition(story, "publish", journalist)
        assert len(Recorder.purged) == 1  # one call for the whole save
        purged = Recorder.purged[0]
        for url in affected:
            assert carried[url] & purged, url
        for url in untouched:
            assert not carried[url] & purged, (url, carried[url] & purged)
        assert "site" not in purged

    def test_a_story_change_names_its_players_and_teams(self):
        """Their keys, not the story model's keys of the same numbers."""
        player, team = PlayerFactory(), TeamFactory()
        story = ArticleFactory(draft=True)
        story.players.add(player)
        story.teams.add(team)
        keys = pagecache.keys_changed_by(story)
        assert {f"tags.player-{player.pk}", f"tags.team-{team.pk}"} <= keys

    def test_withdrawal_purges_the_story_at_once(
        self, recorder, journalist, django_capture_on_commit_callbacks
    ):
        story = ArticleFactory()
        with django_capture_on_commit_callbacks(execute=True):
            item_transition(story, "withdraw", journalist)
        assert f"articles.article-{story.pk}" in set().union(*Recorder.purged)

    def test_a_caption_edit_purges_the_photo(
        self, recorder, django_capture_on_commit_callbacks
    ):
        photo = make_photo()
        Recorder.purged = []
        purge.forget_pending()
        with django_capture_on_commit_callbacks(execute=True):
            photo.caption = "Lunde saves"
            photo.save()
        assert f"galleries.photo-{photo.pk}" in Recorder.purged[0]

    def test_a_rolled_back_save_sends_nothing_by_itself(
        self, recorder, django_capture_on_commit_callbacks
    ):
        story, other = ArticleFactory(), ArticleFactory()
        Recorder.purged = []
        purge.forget_pending()
        with pytest.raises(RuntimeError), transaction.atomic():
            story.headline = "Never saved"
            story.save()
            raise RuntimeError
        assert Recorder.purged == []
        # Its keys go with the next commit: a spare purge, never a missed one.
        with django_capture_on_commit_callbacks(execute=True):
            other.save()
        assert f"articles.article-{story.pk}" in Recorder.purged[0]

    def test_a_desk_save_of_many_rows_is_one_purge(
        self, recorder, django_capture_on_commit_callbacks
    ):
        story = ArticleFactory()
        players = PlayerFactory.create_batch(3)
        Recorder.purged = []
        purge.forget_pending()
        with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
            story.headline = "Three players tagged"
            story.save()
            for player in players:
                with transaction.atomic():
                    story.players.add(player)
        assert len(Recorder.purged) == 1
        assert {f"tags.player-{p.pk}" for p in players} <= Recorder.purged[0]


class TestFailuresNeverReachTheEditor:
    def test_a_raising_backend_leaves_the_save_intact(
        self, settings, django_capture_on_commit_callbacks
    ):
        settings.NEWSROOM_PURGE_BACKEND = f"{__name__}.Failing"
        story = ArticleFactory()
        with django_capture_on_commit_callbacks(execute=True):
            story.headline = "Saved whatever the CDN says"
            story.save()
        story.refresh_from_db()
        assert story.headline == "Saved whatever the CDN says"
        assert purge.purge_now({"x"}) is False

    def test_a_hanging_cdn_times_out(self, settings, stub):
        settings.NEWSROOM_PURGE_BACKEND = "varnish"
        settings.NEWSROOM_VARNISH_URLS = [stub["url"] + "/"]
        settings.NEWSROOM_PURGE_TIMEOUT = 0.2
        settings.NEWSROOM_PURGE_ATTEMPTS = 2
        stub["delay"]["seconds"] = 1
        started = time.monotonic()
        assert purge.purge_now({"articles.article-1"}) is False
        assert time.monotonic() - started < 2
        assert len(stub["seen"]) == 2  # retried once

    def test_purges_run_in_the_background_when_async(self, settings, stub):
        settings.NEWSROOM_PURGE_ASYNC = True
        settings.NEWSROOM_PURGE_BACKEND = "varnish"
        settings.NEWSROOM_VARNISH_URLS = [stub["url"] + "/"]
        stub["delay"]["seconds"] = 0.5
        started = time.monotonic()
        purge.send({"articles.article-1"})
        assert time.monotonic() - started < 0.3
        for _ in range(50):
            if stub["seen"]:
                break
            time.sleep(0.05)
        assert stub["seen"]


class TestBackends:
    def test_varnish_xkey(self, settings, stub):
        settings.NEWSROOM_PURGE_BACKEND = "varnish"
        settings.NEWSROOM_VARNISH_URLS = [stub["url"] + "/a", stub["url"] + "/b"]
        assert purge.purge_now({"b-2", "a-1"})
        assert [(m, p) for m, p, _h, _b in stub["seen"]] == [
            ("PURGE", "/a"),
            ("PURGE", "/b"),
        ]
        assert stub["seen"][0][2]["xkey-purge"] == "a-1 b-2"

    def test_fastly(self, settings, stub):
        settings.NEWSROOM_PURGE_BACKEND = "fastly"
        settings.NEWSROOM_FASTLY_API_URL = stub["url"]
        settings.NEWSROOM_FASTLY_SERVICE_ID = "svc123"
        settings.NEWSROOM_FASTLY_API_TOKEN = "secret-token"
        assert purge.purge_now({"site-x", "list:articles.article"})
        method, path, headers, _body = stub["seen"][0]
        assert (method, path) == ("POST", "/service/svc123/purge")
        assert headers["fastly-key"] == "secret-token"
        assert headers["surrogate-key"] == "list:articles.article site-x"

    def test_cloudflare_in_batches_of_thirty(self, settings, stub):
        settings.NEWSROOM_PURGE_BACKEND = "cloudflare"
        settings.NEWSROOM_CLOUDFLARE_API_URL = stub["url"]
        settings.NEWSROOM_CLOUDFLARE_ZONE_ID = "zone9"
        settings.NEWSROOM_CLOUDFLARE_API_TOKEN = "cf-token"
        assert purge.purge_now({f"articles.article-{n}" for n in range(45)})
        assert [p for _m, p, _h, _b in stub["seen"]] == ["/zones/zone9/purge_cache"] * 2
        bodies = [json.loads(body) for *_rest, body in stub["seen"]]
        assert [len(b["tags"]) for b in bodies] == [30, 15]
        assert stub["seen"][0][2]["authorization"] == "Bearer cf-token"

    def test_logging_is_the_default(self, settings, caplog):
        settings.NEWSROOM_PURGE_BACKEND = "logging"
        with caplog.at_level("DEBUG", logger="newsroom.purge"):
            assert purge.purge_now({"articles.article-1"})
        assert "articles.article-1" in caplog.text

    def test_no_file_urls(self, settings):
        settings.NEWSROOM_PURGE_BACKEND = "varnish"
        settings.NEWSROOM_VARNISH_URLS = ["file:///etc/passwd"]
        settings.NEWSROOM_PURGE_ATTEMPTS = 1
        assert purge.purge_now({"x"}) is False
