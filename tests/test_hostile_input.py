"""No input from the address bar makes a 5xx.

Every public URL pattern (as the zero-leak test enumerates them) is filled
with live items' values and asked again with each hostile value in each
query parameter a public view reads, and with each hostile value in place
of each path parameter: Unicode digits, NUL and other control characters,
a 10,000-character string, operator floods for search, numbers past any
column's range. Each answer must be a page (200, 30x, 400, 404, 410),
never a server error, on SQLite and PostgreSQL alike.
"""

from urllib.parse import quote

import pytest

from galleries.models import GalleryItem
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    GalleryFactory,
    PlayerFactory,
    SectionFactory,
    TeamFactory,
    make_photo,
)
from tests.test_zero_leaks import candidate_values, fill, params, public_patterns

pytestmark = pytest.mark.django_db

HOSTILE = [
    "²",  # str.isdigit() says yes, int() says no
    "①",
    "١٢",  # Arabic-Indic digits: int() says yes
    "\x00",
    "a\x0bb",
    "x" * 10_000,
    "-" * 40,  # PostgreSQL: "tsquery stack too small"
    "- " * 40,
    "(" * 200 + '"',
    "9" * 40,  # past any integer column
    "-1",
    "0",
    "%zz",
    "'\"<>&",
]
QUERY_KEYS = ["page", "before", "after", "q", "section", "type", "p"]
ALLOWED = {200, 301, 302, 304, 400, 404, 410}


@pytest.fixture
def world():
    team = TeamFactory(name="Harbourside Athletic", slug="harbourside-athletic")
    player = PlayerFactory(name="Emeka Duru", slug="emeka-duru", team=team)
    section = SectionFactory(name="Football", slug="football")
    author = AuthorFactory(name="Maya Okafor", slug="maya-okafor")
    lead = make_photo(caption="Duru heads the winner.")
    article = ArticleFactory(
        headline="Duru settles the derby",
        section=section,
        authors=[author],
        lead_photo=lead,
    )
    gallery = GalleryFactory(headline="In pics: the derby", section=section)
    shot = make_photo(caption="Duru celebrates.")
    GalleryItem.objects.create(gallery=gallery, photo=shot, position=1)
    for item in (article, gallery, lead, shot):
        item.players.add(player)
        item.teams.add(team)
    photographer = lead.photographer or shot.photographer
    return {
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
        "tokens": [],
    }


def addresses(world):
    """(route, one filled address) for every public pattern."""
    for route, _pattern in public_patterns():
        yield route, fill(route, candidate_values(route, world)[0])


def test_hostile_query_parameters_never_make_a_server_error(client, world):
    failures = []
    for _route, url in addresses(world):
        for key in QUERY_KEYS:
            for value in HOSTILE:
                status = client.get(url, {key: value}).status_code
                if status not in ALLOWED:
                    failures.append((status, url, key, value[:20]))
    assert not failures, failures[:20]


def test_hostile_path_values_never_make_a_server_error(client, world):
    failures = []
    for route, _pattern in public_patterns():
        values = candidate_values(route, world)[0]
        for name in params(route):
            for value in HOSTILE:
                url = fill(route, {**values, name: quote(value, safe="")})
                status = client.get(url).status_code
                if status not in ALLOWED:
                    failures.append((status, url[:80]))
    assert not failures, failures[:20]
