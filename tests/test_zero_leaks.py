"""Nothing unpublished reaches a reader, on any public address.

Every URL pattern outside the admin is filled in and requested, with the
addresses of hidden items and of everything around them (their section,
authors, players, teams, photographers), and with preview tokens that are
revoked, expired or tampered with. A pattern this test cannot fill makes
it fail, so a public surface added later is covered or noticed.
"""

import re
from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import URLResolver, get_resolver, resolve
from django.utils import timezone

from galleries.models import GalleryItem, Photo
from newsroom.desk.previews import preview_link_create
from newsroom.site.sitemaps import sitemaps
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    GalleryFactory,
    PlayerFactory,
    SectionFactory,
    TeamFactory,
    make_photo,
)

pytestmark = pytest.mark.django_db

# The sitemap index's parts (sitemap-<section>.xml).
SITEMAP_SECTIONS = list(sitemaps())

HIDDEN_STATES = {
    "draft": {"draft": True},
    "in-review": {"in_review": True},
    "scheduled": {"scheduled": True},
    "withdrawn": {"withdrawn": True},
}


def public_patterns():
    """(route as text, pattern object) for every non-admin pattern."""

    def walk(patterns, prefix):
        for pattern in patterns:
            route = prefix + _route_text(pattern.pattern)
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, route)
            elif not route.startswith("admin/"):
                yield route, pattern

    return list(walk(get_resolver().url_patterns, ""))


def _route_text(pattern):
    text = str(pattern)
    return text.removeprefix("^").removesuffix("$")


PARAM = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>[^)]*\)")


def fill(route, values):
    def value(match):
        return str(values[match.group(1) or match.group(2)])

    return "/" + PARAM.sub(value, route).replace("\\.", ".")


def params(route):
    return {a or b for a, b in PARAM.findall(route)}


def hidden_item(state):
    """An article and a gallery in `state`, each with its own world around it."""
    marker = f"zzleak{state}"
    team = TeamFactory(name=f"Team {marker}", slug=f"team-{marker}")
    player = PlayerFactory(name=f"Player {marker}", slug=f"player-{marker}", team=team)
    section = SectionFactory(name=f"Section {marker}", slug=f"section-{marker}")
    author = AuthorFactory(name=f"Author {marker}", slug=f"author-{marker}")
    lead = make_photo(name=f"{marker}-lead.jpg", caption=f"Lead caption {marker}")
    article = ArticleFactory(
        headline=f"Article headline {marker}",
        slug=f"article-{marker}",
        section=section,
        authors=[author],
        lead_photo=lead,
        **HIDDEN_STATES[state],
    )
    gallery = GalleryFactory(
        headline=f"Gallery headline {marker}",
        slug=f"gallery-{marker}",
        section=section,
        authors=[author],
        **HIDDEN_STATES[state],
    )
    shot = make_photo(name=f"{marker}-item.jpg", caption=f"Item caption {marker}")
    GalleryItem.objects.create(gallery=gallery, photo=shot, position=1)
    for item in (article, gallery, lead, shot):
        item.players.add(player)
        item.teams.add(team)
    photographer = lead.photographer or shot.photographer
    # Preview links that no longer work: revoked, and expired.
    tokens = []
    for item in (article, gallery):
        revoked = preview_link_create(item, user=None)
        revoked.revoked_at = timezone.now()
        revoked.save()
        expired = preview_link_create(
            item, user=None, now=timezone.now() - timedelta(days=3)
        )
        tokens += [revoked.token, expired.token, expired.token[:-2] + "xx"]
    return {
        "tokens": tokens,
        "items": [article, gallery],
        "photos": [lead, shot],
        "slugs": [
            article.slug,
            gallery.slug,
            section.slug,
            author.slug,
            player.slug,
            team.slug,
            *([photographer.slug] if photographer else []),
        ],
        "secrets": [
            article.headline,
            article.slug,
            gallery.headline,
            gallery.slug,
            *(p.caption for p in (lead, shot)),
            *(p.image.name.rsplit("/", 1)[-1] for p in (lead, shot)),
            f"{marker}-lead",
            f"{marker}-item",
        ],
    }


def text_of(response):
    """A response's body as text, a picture's (a streamed file) included."""
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def candidate_values(route, world):
    """Every way to fill a route's parameters from the hidden world."""
    names = params(route)
    today = timezone.localdate()
    if {"year", "month", "day", "slug"} <= names:
        rows = []
        for item in world["items"]:
            day = item.pub_date or (
                timezone.localdate(item.published_at or timezone.now())
            )
            for date in {day, today, today + timedelta(days=1)}:
                rows.append(
                    {
                        "year": date.year,
                        "month": f"{date.month:02d}",
                        "day": f"{date.day:02d}",
                        "slug": item.slug,
                    }
                )
        extra = names - {"year", "month", "day", "slug"}
        if extra == {"number"}:
            return [{**row, "number": 1} for row in rows]
        assert not extra, f"Cannot fill {extra} in {route}"
        return rows
    if names and names <= {"year", "month", "day"}:
        # Date archives: every date a hidden item holds, and today's.
        rows = []
        for item in world["items"]:
            for date in {item.pub_date or today, today}:
                row = {
                    "year": date.year,
                    "month": f"{date.month:02d}",
                    "day": f"{date.day:02d}",
                }
                rows.append({key: row[key] for key in names})
        return rows
    if names == {"section"}:
        return [{"section": section} for section in SITEMAP_SECTIONS]
    if names == {"slug"}:
        return [{"slug": slug} for slug in world["slugs"]]
    if names == {"photo_id", "spec", "fmt"}:
        # A hidden photo's stable rendition addresses, made or not.
        return [
            {"photo_id": photo.pk, "spec": spec, "fmt": fmt}
            for photo in world["photos"]
            for spec, fmt in (("w640", "jpeg"), ("16x9-1200", "avif"))
        ]
    if names == {"token"}:
        return [{"token": t} for t in ["not-a-signed-token", *world["tokens"]]]
    assert not names, f"The leak test cannot fill {sorted(names)} in {route!r}"
    return [{}]


def test_every_public_url_pattern_is_filled():
    """Guards the guard: each pattern yields at least one address that
    resolves back to it."""
    world = hidden_item("draft")
    for route, pattern in public_patterns():
        for values in candidate_values(route, world):
            url = fill(route, values)
            assert resolve(url).func == pattern.callback, url


def test_no_public_surface_shows_unpublished_content(client):
    world = {"items": [], "photos": [], "slugs": [], "secrets": [], "tokens": []}
    for state in HIDDEN_STATES:
        for key, values in hidden_item(state).items():
            world[key] += values
    live = ArticleFactory(headline="A live story everyone may read")
    assert Photo.objects.published().count() == 0

    # Pages without parameters (lists, search) are also asked for the hidden
    # items by name, as a reader would type it.
    searches = [{"q": f"zzleak{state}"} for state in HIDDEN_STATES]
    searches += [{"q": "headline"}, {"q": '"Article headline"'}]
    visited = 0
    for route, _pattern in public_patterns():
        for values in candidate_values(route, world):
            url = fill(route, values)
            queries = [{}, {"page": 1}, *(searches if not values else [])]
            for query in queries:
                response = client.get(url, query)
                visited += 1
                assert response.status_code in (200, 301, 302, 404, 410), url
                body = text_of(response)
                headers = str(dict(response.headers))
                for secret in world["secrets"]:
                    assert secret not in body, (url, secret)
                    assert secret not in headers, (url, secret)
    assert visited > 50
    for item in world["items"]:
        if item.status == "withdrawn":
            assert client.get(item.get_absolute_url()).status_code == 410
    assert live.headline in client.get("/").content.decode()
    # The search really searches: the live story is found by its words.
    found = client.get("/search/", {"q": "everyone may read"}).content.decode()
    assert live.headline in found


@pytest.mark.parametrize("session", [False, True], ids=["anonymous", "session"])
def test_no_cached_page_outlives_a_state_change(
    client, page_cache, journalist, session
):
    """The crawl again, with the page cache on: every public address is
    cached, then each state change must show on all of them at once. With a
    session the page cache passes the pages by, and what is reused is the
    parts of pages kept under their keys' versions (newsroom/fragments.py)."""
    from newsroom.desk.services import item_transition, note_add
    from newsroom.models import NoteKind

    if session:
        client.cookies["sessionid"] = "a-reader-with-a-session"

    team = TeamFactory(name="Team zzcached", slug="team-zzcached")
    player = PlayerFactory(name="Player zzcached", slug="player-zzcached", team=team)
    section = SectionFactory(name="Section zzcached", slug="section-zzcached")
    author = AuthorFactory(name="Author zzcached", slug="author-zzcached")
    lead = make_photo(name="zzcached.jpg", caption="Caption zzcachedfirst")
    story = ArticleFactory(
        headline="Headline zzcachedfirst",
        slug="story-zzcached",
        section=section,
        authors=[author],
        lead_photo=lead,
    )
    story.players.add(player)
    world = {
        "items": [story],
        "slugs": [s.slug for s in (team, player, section, author)],
        "tokens": [],
        "photos": [lead],
    }
    if lead.photographer:
        world["slugs"].append(lead.photographer.slug)
    urls = sorted(
        {
            fill(route, values)
            for route, _pattern in public_patterns()
            for values in candidate_values(route, world)
        }
    )

    def crawl(query=None):
        pages = {}
        for url in urls:
            response = client.get(url, query or {})
            assert response.status_code in (200, 301, 302, 404, 410), url
            pages[url] = text_of(response)
        return pages

    def nowhere(text):
        shown = [url for url, body in crawl().items() if text in body]
        assert not shown, (text, shown)

    crawl()
    if session:
        # The story's parts were kept: its tags are not read again.
        with CaptureQueriesContext(connection) as ctx:
            client.get(story.get_absolute_url())
        assert not [q for q in ctx.captured_queries if "tags_taggedplayer" in q["sql"]]
    else:
        assert all(r["X-Cache"] == "hit" for r in (client.get(u) for u in urls[:5]))

    lead.caption = "Caption zzcachedsecond"
    lead.save()
    nowhere("Caption zzcachedfirst")
    story.headline = "Headline zzcachedsecond"
    story.save()
    nowhere("Headline zzcachedfirst")
    note_add(story, kind=NoteKind.CORRECTION, text="Zzcached note.", user=journalist)
    assert "Zzcached note." in client.get(story.get_absolute_url()).content.decode()
    story.players.remove(player)
    assert (
        "Player zzcached" not in client.get(story.get_absolute_url()).content.decode()
    )

    item_transition(story, "unpublish", journalist)
    nowhere("Headline zzcachedsecond")
    # Scheduled: invisible until its minute, then on the cached pages too.
    at = timezone.now().replace(microsecond=0) + timedelta(minutes=5)
    story.status, story.published_at = "published", at
    story.save()
    crawl()
    nowhere("Headline zzcachedsecond")
    with time_machine.travel(at + timedelta(seconds=1), tick=False):
        assert "Headline zzcachedsecond" in client.get("/").content.decode()
        item_transition(story, "withdraw", journalist)
        nowhere("Headline zzcachedsecond")
        assert client.get(story.get_absolute_url()).status_code == 410
