"""Feeds, sitemaps and robots.txt: what feed readers and search engines
read, checked with the parsers they use."""

from datetime import timedelta

import feedparser
import pytest
import time_machine
from defusedxml import ElementTree as ET
from django.urls import reverse
from django.utils import timezone

from galleries.models import GalleryItem
from newsroom.models import Author, Section
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

SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "image": "http://www.google.com/schemas/sitemap-image/1.1",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


@pytest.fixture
def desk():
    section = SectionFactory(name="Football", slug="football")
    author = AuthorFactory(name="Maya Okafor", slug="maya-okafor")
    second = AuthorFactory(name="Tom Reid", slug="tom-reid")
    team = TeamFactory(name="Harbourside Athletic", slug="harbourside-athletic")
    player = PlayerFactory(name="Emeka Duru", slug="emeka-duru", team=team)
    lead = make_photo(
        title="Duru heads in",
        caption="Emeka Duru heads the winner.",
        alt_text="A striker rises above two defenders.",
        credit_line="AP Photo/Lorenzo Abati",
    )
    article = ArticleFactory(
        headline="Duru settles the derby",
        standfirst="A late header wins it.",
        section=section,
        authors=[author, second],
        lead_photo=lead,
    )
    article.players.add(player)
    article.teams.add(team)
    gallery = GalleryFactory(headline="In pics: derby day", section=section)
    gallery.players.add(player)
    GalleryItem.objects.create(gallery=gallery, photo=lead, position=1)
    hidden = [
        ArticleFactory(headline="Secret draft", section=section, draft=True),
        ArticleFactory(headline="Tomorrow's story", section=section, scheduled=True),
        ArticleFactory(headline="Withdrawn story", section=section, withdrawn=True),
    ]
    for item in hidden:
        item.players.add(player)
    return {
        "section": section,
        "author": author,
        "team": team,
        "player": player,
        "article": article,
        "gallery": gallery,
        "hidden": hidden,
    }


def feed_urls(desk):
    urls = [reverse("feed"), reverse("feed_atom")]
    for kind, owner in (
        ("section", desk["section"]),
        ("author", desk["author"]),
        ("player", desk["player"]),
        ("team", desk["team"]),
    ):
        urls += [
            reverse(f"{kind}_feed", args=[owner.slug]),
            reverse(f"{kind}_feed_atom", args=[owner.slug]),
        ]
    return urls


class TestFeeds:
    def test_done_when_every_feed_parses_cleanly(self, client, desk):
        for url in feed_urls(desk):
            response = client.get(url)
            assert response.status_code == 200, url
            parsed = feedparser.parse(response.content)
            assert not parsed.bozo, (url, parsed.get("bozo_exception"))
            titles = [entry.title for entry in parsed.entries]
            assert "Duru settles the derby" in titles, url
            for hidden in desk["hidden"]:
                assert hidden.headline not in titles

    def test_an_entry_carries_what_readers_see(self, client, desk):
        parsed = feedparser.parse(client.get(reverse("feed")).content)
        entry = next(e for e in parsed.entries if e.title == "Duru settles the derby")
        article = desk["article"]
        assert entry.link == f"http://testserver{article.get_absolute_url()}"
        assert entry.summary == "A late header wins it."
        assert entry.author == "Maya Okafor and Tom Reid"
        assert {tag.term for tag in entry.tags} == {
            "Football",
            "Harbourside Athletic",
            "Emeka Duru",
        }
        assert entry.published_parsed[:5] == article.published_at.utctimetuple()[:5]
        assert entry.enclosures[0].type == "image/jpeg"
        assert entry.media_content[0]["medium"] == "image"
        assert entry.media_credit[0]["content"] == "AP Photo/Lorenzo Abati"
        assert entry.id.startswith("tag:testserver,")
        assert entry.guidislink is False

    def test_the_id_survives_a_new_headline_and_slug(self, client, desk):
        article = desk["article"]
        before = feedparser.parse(client.get(reverse("feed_atom")).content)
        first = {e.title: e.id for e in before.entries}["Duru settles the derby"]
        article.headline = "Duru's header settles the derby"
        article.slug = "duru-header-derby"
        article.save()
        after = feedparser.parse(client.get(reverse("feed_atom")).content)
        ids = {e.title: e.id for e in after.entries}
        assert ids["Duru's header settles the derby"] == first

    def test_unknown_owner_is_not_found(self, client, desk):
        assert client.get("/players/nobody/feed/").status_code == 404

    def test_pages_advertise_their_feeds(self, client, desk):
        player = desk["player"]
        html = client.get(player.get_absolute_url()).content.decode()
        rss = reverse("player_feed", args=[player.slug])
        assert (
            f'type="application/rss+xml" title="Emeka Duru | Newsroom" href="{rss}"'
            in (html)
        )
        assert f'href="{reverse("feed")}"' in client.get("/").content.decode()


class TestSitemaps:
    def locations(self, client, url):
        response = client.get(url)
        assert response.status_code == 200, url
        root = ET.fromstring(response.content)
        return [loc.text for loc in root.iterfind("s:url/s:loc", SITEMAP_NS)], root

    def test_index_lists_every_part_and_each_part_parses(self, client, desk):
        response = client.get("/sitemap.xml")
        root = ET.fromstring(response.content)
        parts = [loc.text for loc in root.iterfind("s:sitemap/s:loc", SITEMAP_NS)]
        assert {p.rsplit("/", 1)[-1] for p in parts} == {
            f"sitemap-{name}.xml"
            for name in (
                "articles",
                "galleries",
                "bulletins",  # the tests' third content type (tests/bulletins)
                "sections",
                "authors",
                "players",
                "teams",
            )
        }
        for part in parts:
            self.locations(client, part.removeprefix("http://testserver"))

    def test_content_sitemaps_list_exactly_the_published_items(self, client, desk):
        articles, root = self.locations(client, "/sitemap-articles.xml")
        assert articles == [f"http://testserver{desk['article'].get_absolute_url()}"]
        galleries, _ = self.locations(client, "/sitemap-galleries.xml")
        assert galleries == [f"http://testserver{desk['gallery'].get_absolute_url()}"]
        lastmod = root.find("s:url/s:lastmod", SITEMAP_NS).text
        assert lastmod.startswith(str(timezone.localdate(desk["article"].updated_at)))

    def test_pictures_are_image_entries(self, client, desk):
        _, root = self.locations(client, "/sitemap-galleries.xml")
        image = root.find("s:url/image:image", SITEMAP_NS)
        assert image.find("image:loc", SITEMAP_NS).text.startswith("http://testserver/")
        assert (
            image.find("image:caption", SITEMAP_NS).text
            == "Emeka Duru heads the winner."
        )

    def test_owner_sitemaps_list_players_and_teams_with_something_tagged(
        self, client, desk
    ):
        idle = PlayerFactory(name="Never Tagged", slug="never-tagged")
        players, _ = self.locations(client, "/sitemap-players.xml")
        assert f"http://testserver{desk['player'].get_absolute_url()}" in players
        assert f"http://testserver{idle.get_absolute_url()}" not in players
        teams, _ = self.locations(client, "/sitemap-teams.xml")
        assert teams == [f"http://testserver{desk['team'].get_absolute_url()}"]

    def test_owner_addresses_are_their_pages_addresses(self, client, desk):
        # Made from slugs with one reverse() a file: the same as each row's
        # get_absolute_url(), digits and hyphens included.
        SectionFactory(name="Under 21s", slug="under-21s-2")
        AuthorFactory(name="Jo 5", slug="jo-5")
        for name, rows in (
            ("sections", Section.objects.all()),
            ("authors", Author.objects.all()),
        ):
            found, _ = self.locations(client, f"/sitemap-{name}.xml")
            assert found == [
                f"http://testserver{row.get_absolute_url()}"
                for row in rows.order_by("pk")
            ]

    def test_done_when_the_news_sitemap_lists_the_last_48_hours_only(self, client):
        now = timezone.now()
        with time_machine.travel(now - timedelta(hours=50), tick=False):
            ArticleFactory(headline="Old news", published_at=timezone.now())
        fresh = ArticleFactory(headline="Fresh <news> & views", published_at=now)
        ArticleFactory(headline="Still a draft", draft=True)
        ArticleFactory(headline="Not yet", scheduled=True)

        response = client.get("/sitemap-news.xml")
        root = ET.fromstring(response.content)
        entries = root.findall("s:url", SITEMAP_NS)
        assert len(entries) == 1
        entry = entries[0]
        assert entry.find("s:loc", SITEMAP_NS).text == (
            f"http://testserver{fresh.get_absolute_url()}"
        )
        news = entry.find("news:news", SITEMAP_NS)
        assert news.find("news:title", SITEMAP_NS).text == "Fresh <news> & views"
        assert news.find("news:publication/news:name", SITEMAP_NS).text == "Newsroom"
        assert news.find("news:publication/news:language", SITEMAP_NS).text == "en"
        assert news.find("news:publication_date", SITEMAP_NS).text.startswith(
            timezone.localtime(now).strftime("%Y-%m-%dT%H:%M")
        )

    def test_robots_names_the_sitemaps(self, client):
        response = client.get("/robots.txt")
        text = response.content.decode()
        assert response["Content-Type"].startswith("text/plain")
        assert "Sitemap: http://testserver/sitemap.xml" in text
        assert "Sitemap: http://testserver/sitemap-news.xml" in text
        assert "Disallow: /admin/" in text and "Disallow: /preview/" in text


# C0 controls but tab, newline and CR, a lone surrogate, U+FFFE and U+FFFF.
FORBIDDEN = (
    "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r") + "\ud800\ufffe\uffff"
)


def test_feeds_and_sitemaps_stay_well_formed_whatever_the_desk_typed(client):
    """Every character XML forbids, in every text a feed or sitemap shows:
    each is gone once saved, and every feed and sitemap parses."""
    section = SectionFactory(name=f"Foot{FORBIDDEN}ball", slug="football")
    author = AuthorFactory(name=f"Maya{FORBIDDEN} Okafor", slug="maya-okafor")
    team = TeamFactory(name=f"Harbourside{FORBIDDEN}", slug="harbourside")
    player = PlayerFactory(name=f"Emeka{FORBIDDEN} Duru", slug="duru", team=team)
    lead = make_photo(
        title=f"Derby{FORBIDDEN}", caption=f"Duru{FORBIDDEN} heads in.", alt_text="x"
    )
    article = ArticleFactory(
        headline=f"Duru{FORBIDDEN} settles it",
        standfirst=f"A late{FORBIDDEN} goal.",
        body=f"<p>Duru{FORBIDDEN} scored.</p>",
        section=section,
        authors=[author],
        lead_photo=lead,
    )
    gallery = GalleryFactory(headline=f"In pics{FORBIDDEN}", section=section)
    GalleryItem.objects.create(
        gallery=gallery, photo=lead, position=1, caption_override=f"Up{FORBIDDEN}!"
    )
    for item in (article, gallery):
        item.players.add(player)
        item.teams.add(team)
    article.refresh_from_db()
    assert article.headline == "Duru settles it"
    urls = [
        "/feed/",
        "/feed/atom/",
        f"/section/{section.slug}/feed/",
        f"/author/{author.slug}/feed/",
        "/sitemap.xml",
        "/sitemap-news.xml",
        *(f"/sitemap-{name}.xml" for name in sitemaps()),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        ET.fromstring(response.content)  # raises on anything not well-formed
