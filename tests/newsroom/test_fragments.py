"""Parts of pages kept under the versions of what they show
(newsroom/fragments.py), with a real Redis. The reader carries a session
cookie, so the page cache passes the page by and only the parts are kept.
Every freshness test first shows the parts were kept (fewer queries, none
for "More on this"), then changes something, then finds the page fresh."""

import socket
from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article
from newsroom import pagecache
from newsroom.desk.previews import preview_link_create
from newsroom.desk.services import item_transition, note_add
from newsroom.models import NoteKind
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    PlayerFactory,
    SectionFactory,
    make_photo,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(page_cache):
    reader = Client()
    reader.cookies["sessionid"] = "a-reader-with-a-session"
    return reader


@pytest.fixture
def player():
    return PlayerFactory(name="Emeka Duru", slug="emeka-duru")


@pytest.fixture
def story(player):
    lead = make_photo(name="lead.jpg", caption="Duru scores")
    story = ArticleFactory(
        headline="Harbourside edge the derby",
        section=SectionFactory(name="Football"),
        authors=[AuthorFactory(name="Ines Okoro")],
        lead_photo=lead,
    )
    story.players.add(player)
    return story


def queries_of(reader, url):
    with CaptureQueriesContext(connection) as ctx:
        response = reader.get(url)
    assert response.status_code == 200
    return response, [q["sql"] for q in ctx.captured_queries]


def kept(reader, url):
    """Fetch `url` twice; the second is built from kept parts."""
    first, rendered = queries_of(reader, url)
    again, queries = queries_of(reader, url)
    assert "X-Cache" not in again
    assert len(queries) < len(rendered), queries
    # Neither the story's tags nor "More on this" were read.
    assert not [sql for sql in queries if "tags_taggedplayer" in sql], queries
    assert again.content == first.content
    return again


def fresh_after(reader, url, change, expect=(), absent=()):
    kept(reader, url)
    change()
    html = reader.get(url).content.decode()
    for text in expect:
        assert text in html, text
    for text in absent:
        assert text not in html, text
    return html


def related_story(player, **kwargs):
    other = ArticleFactory(**kwargs)
    other.players.add(player)
    return other


def test_the_parts_are_kept_and_name_their_keys(client, reader, story, player):
    other = related_story(player, headline="Duru signs on")
    response = kept(reader, story.get_absolute_url())
    html = response.content.decode()
    assert "Duru signs on" in html
    assert "Harbourside edge the derby" in html
    assert "application/ld+json" in html
    # An anonymous reader's page names what the kept parts show.
    keys = client.get(story.get_absolute_url())["Surrogate-Key"].split()
    for row in (story, other, player, story.lead_photo, story.section):
        assert pagecache.key_of_row(type(row), row.pk) in keys


def test_a_new_story_sharing_a_player_joins_more_on_this(
    reader, story, player, journalist
):
    draft = related_story(player, draft=True, headline="Duru fit for the final")
    fresh_after(
        reader,
        story.get_absolute_url(),
        lambda: item_transition(draft, "publish", journalist),
        expect=["Duru fit for the final"],
    )


def test_untagging_a_related_story_takes_it_out(reader, story, player):
    other = related_story(player, headline="Duru signs on", section=SectionFactory())
    fresh_after(
        reader,
        story.get_absolute_url(),
        lambda: other.players.remove(player),
        absent=["Duru signs on"],
    )


def test_a_withdrawn_related_story_goes(reader, story, player, journalist):
    other = related_story(player, headline="Duru signs on")
    fresh_after(
        reader,
        story.get_absolute_url(),
        lambda: item_transition(other, "withdraw", journalist),
        absent=["Duru signs on"],
    )


def test_a_related_storys_headline_edit(reader, story, player):
    other = related_story(player, headline="Duru signs on")

    def change():
        other.headline = "Duru signs a new deal"
        other.save()

    fresh_after(
        reader,
        story.get_absolute_url(),
        change,
        expect=["Duru signs a new deal"],
        absent=["Duru signs on"],
    )


def test_a_scheduled_related_story_appears_on_time(reader, story, player):
    at = (timezone.now() + timedelta(seconds=90)).replace(microsecond=0)
    related_story(player, headline="Kick-off: Duru starts", published_at=at)
    url = story.get_absolute_url()
    assert "Kick-off" not in kept(reader, url).content.decode()
    with time_machine.travel(at - timedelta(seconds=1), tick=False):
        assert "Kick-off" not in reader.get(url).content.decode()
    with time_machine.travel(at, tick=False):
        assert "Kick-off: Duru starts" in reader.get(url).content.decode()


def test_the_lead_photos_caption_and_credit_edit(reader, story):
    def change():
        photo = story.lead_photo
        photo.caption = "Keeper Lunde saves the late penalty"
        photo.credit_line = "Newsroom Photo/Tomas Berg"
        photo.save()

    fresh_after(
        reader,
        story.get_absolute_url(),
        change,
        expect=["Keeper Lunde saves the late penalty", "Tomas Berg"],
    )


def test_a_correction_note(reader, story, journalist):
    fresh_after(
        reader,
        story.get_absolute_url(),
        lambda: note_add(
            story,
            kind=NoteKind.CORRECTION,
            text="An earlier version misnamed the scorer.",
            user=journalist,
        ),
        expect=["An earlier version misnamed the scorer."],
    )


def test_an_author_rename(reader, story):
    def change():
        author = story.bylines.get().author
        author.name = "Ines Okoro-Berg"
        author.save()

    fresh_after(reader, story.get_absolute_url(), change, expect=["Ines Okoro-Berg"])


def test_a_section_rename(reader, story, player):
    other = related_story(player, headline="Duru signs on", section=story.section)

    def change():
        other.section.name = "Association football"
        other.section.save()

    html = fresh_after(
        reader, story.get_absolute_url(), change, expect=["Association football"]
    )
    assert "Football<" not in html


def test_a_bare_change_drops_every_part(reader, story):
    def change():
        # A queryset update sends no signal: its caller says so.
        Article.objects.filter(pk=story.pk).update(headline="Renamed in bulk")
        pagecache.changed()

    fresh_after(
        reader, story.get_absolute_url(), change, expect=['headline">Renamed in bulk']
    )


def test_a_part_rendered_while_something_changed_is_not_kept(
    reader, story, monkeypatch
):
    """The generation moved between the request's start and the store: the
    render may hold data older than the versions, so it is not kept."""
    url = story.get_absolute_url()
    original = pagecache.since

    def moved():
        state = original()
        if state is not None:
            pagecache._bump(frozenset())
        return state

    monkeypatch.setattr(pagecache, "since", moved)
    reader.get(url)
    monkeypatch.undo()
    _response, queries = queries_of(reader, url)
    assert [sql for sql in queries if "tags_taggedplayer" in sql]


def test_previews_never_read_nor_keep_parts(reader, story, journalist, page_cache):
    url = story.get_absolute_url()
    kept(reader, url)
    # Changed behind the cache's back (no signal, no bump): a kept part
    # would still show the old headline.
    Article.objects.filter(pk=story.pk).update(headline="Only in the preview")
    link = preview_link_create(story, user=journalist).get_absolute_url()
    assert "Only in the preview" in reader.get(link).content.decode()
    # The reader's page still has the kept story (the premise of the test).
    assert 'headline">Harbourside edge' in reader.get(url).content.decode()
    draft = ArticleFactory(draft=True, headline="Draft in preview")
    before = set(page_cache._cache.get_client().keys("*pagecache:part:*"))
    draft_link = preview_link_create(draft, user=journalist).get_absolute_url()
    assert "Draft in preview" in reader.get(draft_link).content.decode()
    after = set(page_cache._cache.get_client().keys("*pagecache:part:*"))
    assert after == before


def test_a_story_is_served_while_redis_is_down(settings, story):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = sock.getsockname()[1]
    settings.CACHES = {
        "default": {
            "BACKEND": "newsroom.redis_cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{dead}/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    settings.NEWSROOM_PAGE_CACHE = True
    reader = Client()
    reader.cookies["sessionid"] = "a-reader-with-a-session"
    for _ in range(2):
        response = reader.get(story.get_absolute_url())
        assert response.status_code == 200
        assert "Harbourside edge the derby" in response.content.decode()


def test_without_the_page_cache_parts_are_rendered_every_time(settings, story):
    settings.NEWSROOM_PAGE_CACHE = False
    reader = Client()
    reader.cookies["sessionid"] = "a-reader-with-a-session"
    _first, rendered = queries_of(reader, story.get_absolute_url())
    _again, queries = queries_of(reader, story.get_absolute_url())
    assert len(queries) == len(rendered)


def test_a_gallerys_more_on_this_is_kept_and_fresh(reader, player, journalist):
    from tests.factories import GalleryFactory

    gallery = GalleryFactory(photos=1, headline="In pics: Duru's night")
    gallery.players.add(player)
    draft = related_story(player, draft=True, headline="Duru fit for the final")
    url = gallery.get_absolute_url()
    reader.get(url)
    _again, queries = queries_of(reader, url)
    assert not [sql for sql in queries if "UNION" in sql or "EXISTS" in sql]
    item_transition(draft, "publish", journalist)
    assert "Duru fit for the final" in reader.get(url).content.decode()
