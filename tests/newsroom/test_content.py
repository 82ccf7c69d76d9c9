"""One registry of content types: a third type, the tests' bulletins
(`tests/bulletins`), registers itself in its app's ready() and nothing else,
and every shared surface shows it: search, feeds, sitemaps, the home page,
player and team pages, "More on this", previews and revisions."""

import feedparser
import pytest
import reversion
from defusedxml import ElementTree as ET
from django.utils import timezone

from newsroom import content
from newsroom.desk.previews import preview_link_create
from newsroom.desk.revisions import current_snapshot, snapshot, versions_of
from newsroom.desk.services import item_revert
from newsroom.models import Status
from tests.bulletins.models import Bulletin, BulletinByline, BulletinEntry
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    PlayerFactory,
    SectionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def make_bulletin(*, headline, entries=(), status=Status.PUBLISHED, players=()):
    bulletin = Bulletin.objects.create(
        headline=headline,
        slug=headline.lower().replace(" ", "-"),
        standfirst="The latest from the ground.",
        section=SectionFactory(),
        status=status,
        published_at=timezone.now() if status == Status.PUBLISHED else None,
    )
    BulletinByline.objects.create(bulletin=bulletin, author=AuthorFactory())
    for position, text in enumerate(entries, start=1):
        BulletinEntry.objects.create(bulletin=bulletin, position=position, text=text)
    bulletin.players.add(*players)
    bulletin.save()  # its entries are part of what search reads
    return bulletin


@pytest.fixture
def duru():
    return PlayerFactory(name="Emeka Duru", slug="emeka-duru")


@pytest.fixture
def bulletin(duru):
    return make_bulletin(
        headline="Floodlight failure halts derby",
        entries=["Power is back at the Quayside.", "Play resumes at 20:45."],
        players=[duru],
    )


@pytest.fixture
def hidden(duru):
    return make_bulletin(
        headline="Unannounced bulletin draft", status=Status.DRAFT, players=[duru]
    )


def test_the_registry_holds_the_third_type_after_articles_and_galleries():
    names = [kind.name for kind in content.kinds()]
    assert names[0] == "articles"
    assert set(names) == {"articles", "galleries", "bulletins"}
    assert content.kind_of(Bulletin).label == "Bulletins"


def test_search_finds_it_by_headline_and_text_and_filters_by_it(
    client, bulletin, hidden
):
    html = client.get("/search/", {"q": "floodlight"}).content.decode()
    assert "Floodlight failure halts derby" in html
    assert '<span class="kicker">Bulletin</span>' in html
    assert '<option value="bulletins">Bulletins</option>' in html
    found = client.get("/search/", {"q": "resumes", "type": "bulletins"})
    assert [r["item"] for r in found.context["results"]] == [bulletin]
    assert (
        client.get("/search/", {"q": "floodlight", "type": "articles"}).context[
            "results"
        ]
        == []
    )
    assert (
        "Unannounced" not in client.get("/search/", {"q": "bulletin"}).content.decode()
    )


def test_feeds_carry_it(client, bulletin, hidden, duru):
    for url in ("/feed/", "/feed/atom/", f"/players/{duru.slug}/feed/"):
        feed = feedparser.parse(client.get(url).content)
        titles = [entry.title for entry in feed.entries]
        assert "Floodlight failure halts derby" in titles, url
        assert "Unannounced bulletin draft" not in titles, url


def test_the_sitemap_index_has_its_section(client, bulletin, hidden):
    index = ET.fromstring(client.get("/sitemap.xml").content)
    parts = [loc.text for loc in index.iterfind("s:sitemap/s:loc", SITEMAP_NS)]
    assert "http://testserver/sitemap-bulletins.xml" in parts
    part = ET.fromstring(client.get("/sitemap-bulletins.xml").content)
    urls = [loc.text for loc in part.iterfind("s:url/s:loc", SITEMAP_NS)]
    assert urls == [f"http://testserver{bulletin.get_absolute_url()}"]


def test_the_home_page_gives_it_a_block(client, bulletin, hidden):
    ArticleFactory(headline="Kingsbridge sign a keeper")
    response = client.get("/")
    blocks = {
        block["kind"].name: block["items"] for block in response.context["blocks"]
    }
    assert blocks["bulletins"] == [bulletin]
    html = response.content.decode()
    assert 'id="bulletins-heading"' in html
    assert "Floodlight failure halts derby" in html
    assert "Unannounced" not in html


def test_player_and_team_pages_list_it(client, bulletin, hidden, duru):
    response = client.get(duru.get_absolute_url())
    blocks = {
        block["kind"].name: block["items"] for block in response.context["blocks"]
    }
    assert blocks == {"bulletins": [bulletin]}
    assert "Floodlight failure halts derby" in response.content.decode()
    assert "Unannounced" not in response.content.decode()


def test_more_on_this_offers_it_beside_a_story_of_the_same_player(
    client, bulletin, hidden, duru
):
    article = ArticleFactory(headline="Duru double sinks Kingsbridge")
    article.players.add(duru)
    response = client.get(article.get_absolute_url())
    assert response.context["related"] == [bulletin]
    assert bulletin.get_absolute_url() in response.content.decode()


def test_its_public_page_answers_and_hides_drafts(client, bulletin, hidden):
    assert client.get(bulletin.get_absolute_url()).status_code == 200
    assert client.get(f"/bulletins/2000/01/01/{hidden.slug}/").status_code == 404


def test_a_shared_preview_shows_the_unpublished_one(client, hidden):
    link = preview_link_create(hidden, user=UserFactory())
    response = client.get(link.get_absolute_url())
    assert response.status_code == 200
    assert "Unannounced bulletin draft" in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_revisions_hold_its_own_parts_and_tags_and_revert_them(bulletin, duru):
    editor = UserFactory()
    with reversion.create_revision():
        reversion.set_user(editor)
        reversion.add_to_revision(bulletin)
    first = versions_of(bulletin).get()
    shown = snapshot(first)
    assert shown["Entries"] == (
        "1. Power is back at the Quayside.\n2. Play resumes at 20:45."
    )
    assert shown["Players"] == "Emeka Duru"

    bulletin.entries.filter(position=2).delete()
    bulletin.players.clear()
    assert current_snapshot(bulletin)["Entries"] == "1. Power is back at the Quayside."

    item_revert(bulletin, first, editor)
    assert list(bulletin.entries.values_list("text", flat=True)) == [
        "Power is back at the Quayside.",
        "Play resumes at 20:45.",
    ]
    assert list(bulletin.players.all()) == [duru]
