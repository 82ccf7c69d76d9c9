"""Structured data, social cards, canonical URLs, “More on this” and date
archives: what search engines, social networks and readers arriving from
them get."""

import json
import re

import extruct
import pytest
from django.urls import reverse
from django.utils.html import escape
from django.utils.text import slugify

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
from tests.test_zero_leaks import public_patterns

pytestmark = pytest.mark.django_db


def jsonld(html):
    data = extruct.extract(html, syntaxes=["json-ld"], uniform=True)["json-ld"]
    return {item["@type"]: item for item in data}


NAMES = {1: "Lorenzo Abati", 2: "Hana Moreau", 3: "Tobias Lindqvist"}


def wire_photo(n, **values):
    """A photo credited as the desk would have it: photographer and agency."""
    from galleries.models import Agency, Photographer

    agency = Agency.objects.matching("AP").first()
    photographer, _ = Photographer.objects.get_or_create(
        name=NAMES[n], defaults={"slug": slugify(NAMES[n]), "agency": agency}
    )
    return make_photo(
        title=f"Derby day {n}",
        caption=f"Caption of photo {n}.",
        alt_text=f"What photo {n} shows.",
        photographer=photographer,
        agency=agency,
        copyright=values.pop("copyright", f"Copyright {n} AP"),
        **values,
    )


class TestArticle:
    def test_done_when_an_articles_json_ld_names_its_teams_and_players(self, client):
        team = TeamFactory(name="Harbourside Athletic")
        player = PlayerFactory(name="Emeka Duru", team=team)
        author = AuthorFactory(name="Maya Okafor", slug="maya-okafor")
        article = ArticleFactory(
            headline="Duru settles the derby",
            standfirst="A late header wins it.",
            authors=[author],
            lead_photo=wire_photo(1),
            section=SectionFactory(name="Football"),
        )
        article.players.add(player)
        article.teams.add(team)

        html = client.get(article.get_absolute_url()).content.decode()
        data = jsonld(html)
        news = data["NewsArticle"]
        assert news["headline"] == "Duru settles the derby"
        assert news["description"] == "A late header wins it."
        assert news["datePublished"].startswith(article.published_at.date().isoformat())
        assert "dateModified" in news
        assert news["author"] == [
            {
                "@type": "Person",
                "name": "Maya Okafor",
                "url": "http://testserver/author/maya-okafor/",
            }
        ]
        assert news["articleSection"] == "Football"
        assert news["mainEntityOfPage"]["@id"].endswith(article.get_absolute_url())
        assert news["publisher"]["@type"] == "NewsMediaOrganization"
        assert news["publisher"]["logo"]["url"].endswith("logo.png")
        image = news["image"][0]
        assert image["@type"] == "ImageObject"
        assert image["creditText"] == "AP Photo/Lorenzo Abati"
        assert image["width"] == 1200 and image["height"] == 675
        about = {(thing["@type"], thing["name"]) for thing in news["about"]}
        assert about == {
            ("SportsTeam", "Harbourside Athletic"),
            ("Person", "Emeka Duru"),
        }
        assert {thing["name"] for thing in news["mentions"]} == {
            "Harbourside Athletic",
            "Emeka Duru",
        }
        crumbs = data["BreadcrumbList"]["itemListElement"]
        assert [c["name"] for c in crumbs] == [
            "Newsroom",
            "Football",
            "Duru settles the derby",
        ]

    def test_social_cards_use_the_wide_lead_photo_and_its_alt(self, client):
        article = ArticleFactory(headline="Duru settles it", lead_photo=wire_photo(1))
        html = client.get(article.get_absolute_url()).content.decode()
        assert '<meta property="og:type" content="article">' in html
        assert '<meta property="og:title" content="Duru settles it">' in html
        assert re.search(
            r'<meta property="og:image" content="http://testserver/\S+">', html
        )
        assert '<meta property="og:image:width" content="1200">' in html
        assert '<meta property="og:image:alt" content="What photo 1 shows.">' in html
        assert '<meta name="twitter:card" content="summary_large_image">' in html
        assert (
            f'<link rel="canonical" href="http://testserver{article.get_absolute_url()}">'
            in html
        )

    def test_a_hostile_headline_stays_inside_its_json_string(self, client):
        hostile = 'Derby </script><script>alert("x")</script> & <!-- end'
        article = ArticleFactory(headline=hostile, standfirst="</script>")
        html = client.get(article.get_absolute_url()).content.decode()
        assert '<script>alert("x")' not in html
        scripts = re.findall(
            r'<script type="application/ld\+json">(.*?)</script>', html, re.S
        )
        assert len(scripts) == 1
        data = json.loads(scripts[0])
        assert data[0]["headline"] == hostile
        assert jsonld(html)["NewsArticle"]["description"] == "</script>"


class TestGallery:
    def test_done_when_every_photo_has_its_caption_photographer_and_credit(
        self, client
    ):
        gallery = GalleryFactory(headline="In pics: derby day")
        photos = [wire_photo(n, size=(1600, 1000)) for n in range(1, 4)]
        for position, photo in enumerate(photos, start=1):
            GalleryItem.objects.create(gallery=gallery, photo=photo, position=position)
        GalleryItem.objects.filter(position=2).update(caption_override="Ours, for 2.")

        html = client.get(gallery.get_absolute_url()).content.decode()
        data = jsonld(html)
        images = data["ImageGallery"]["associatedMedia"]
        assert [i["caption"] for i in images] == [
            "Caption of photo 1.",
            "Ours, for 2.",
            "Caption of photo 3.",
        ]
        for n, image in enumerate(images, start=1):
            assert image["@type"] == "ImageObject"
            assert image["creditText"] == f"AP Photo/{NAMES[n]}"
            assert image["creator"] == {"@type": "Person", "name": NAMES[n]}
            assert image["copyrightNotice"] == f"Copyright {n} AP"
            assert image["contentUrl"].startswith("http://testserver/")
            assert image["width"] == 1280 and image["height"] == 800
        crumbs = [c["name"] for c in data["BreadcrumbList"]["itemListElement"]]
        assert crumbs[-2:] == ["In pictures", "In pics: derby day"]


class TestEveryPage:
    def test_every_public_page_has_a_canonical_url_and_a_description(self, client):
        article = ArticleFactory(lead_photo=wire_photo(1))
        player = PlayerFactory()
        article.players.add(player)
        gallery = GalleryFactory()
        GalleryItem.objects.create(gallery=gallery, photo=wire_photo(2), position=1)
        pages = [
            "/",
            "/galleries/",
            "/players/",
            "/teams/",
            "/search/?q=derby",
            article.get_absolute_url(),
            article.section.get_absolute_url(),
            article.byline_authors[0].get_absolute_url(),
            player.get_absolute_url(),
            player.team.get_absolute_url(),
            reverse("player_photos", args=[player.slug]),
            gallery.get_absolute_url(),
            gallery.get_photo_url(1),
            reverse("galleries:photographer", args=[slugify(NAMES[2])]),
            f"/{article.pub_date:%Y}/",
            f"/{article.pub_date:%Y/%m}/",
            f"/{article.pub_date:%Y/%m/%d}/",
        ]
        for url in pages:
            response = client.get(url)
            assert response.status_code == 200, url
            html = response.content.decode()
            assert re.search(r'<link rel="canonical" href="http://testserver/', html), (
                url
            )
            assert re.search(r'<meta name="description" content="[^"]{10,}">', html), (
                url
            )
            assert '<meta property="og:title"' in html, url

    def test_error_pages_name_no_canonical_address(self, client):
        html = client.get("/no/such/page/").content.decode()
        assert 'rel="canonical"' not in html

    def test_the_leak_test_walks_the_new_surfaces(self):
        routes = [route for route, _pattern in public_patterns()]
        for expected in (
            "feed/",
            "players/<slug:slug>/feed/atom/",
            "sitemap.xml",
            "sitemap-news.xml",
            "robots.txt",
        ):
            assert expected in routes


class TestRelated:
    def test_shared_players_first_then_the_section_newest_first(self, client):
        section = SectionFactory()
        duru = PlayerFactory(name="Emeka Duru")
        article = ArticleFactory(section=section, headline="Main story")
        article.players.add(duru)
        from datetime import timedelta

        from django.utils import timezone

        now = timezone.now()
        same_player = ArticleFactory(
            headline="Duru elsewhere", published_at=now - timedelta(days=5)
        )
        same_player.players.add(duru)
        gallery = GalleryFactory(
            headline="In pics: Duru", published_at=now - timedelta(days=6), photos=1
        )
        gallery.players.add(duru)
        newer_section = ArticleFactory(
            headline="Section news", section=section, published_at=now
        )
        ArticleFactory(headline="Unrelated", published_at=now)
        hidden = ArticleFactory(headline="Duru draft", draft=True)
        hidden.players.add(duru)

        response = client.get(article.get_absolute_url())
        related = [item.headline for item in response.context["related"]]
        assert related == ["Duru elsewhere", "In pics: Duru", newer_section.headline]
        html = response.content.decode()
        assert "More on this" in html and "Duru draft" not in html

    def test_related_costs_the_same_with_more_candidates(self, client, count_queries):
        section = SectionFactory()
        article = ArticleFactory(section=section)

        def add(n):
            for _ in range(n):
                ArticleFactory(section=section, lead_photo=wire_photo(1))
                GalleryFactory(section=section, photos=1)

        add(2)
        small = count_queries(lambda: client.get(article.get_absolute_url()))
        add(6)
        large = count_queries(lambda: client.get(article.get_absolute_url()))
        assert small == large <= 11


class TestArchives:
    def test_year_month_and_day_list_what_was_published_then(self, client):
        from datetime import datetime

        from django.utils import timezone

        london = timezone.get_default_timezone()
        april = ArticleFactory(
            headline="April story",
            published_at=datetime(2024, 4, 19, 12, tzinfo=london),
        )
        ArticleFactory(
            headline="May story", published_at=datetime(2024, 5, 2, 12, tzinfo=london)
        )
        ArticleFactory(headline="Draft", draft=True)

        def headlines(url):
            response = client.get(url)
            assert response.status_code == 200, url
            return [a.headline for a in response.context["articles"]]

        assert headlines("/2024/") == ["May story", "April story"]
        assert headlines("/2024/04/") == ["April story"]
        assert headlines("/2024/04/19/") == ["April story"]
        assert client.get("/2024/04/20/").status_code == 404
        assert client.get("/1999/").status_code == 404
        html = client.get("/2024/05/").content.decode()
        assert 'href="/2024/04/" rel="prev"' in html
        assert april.get_absolute_url().startswith("/2024/04/19/")

    def test_archive_pages_paginate_with_rel_links(self, client, settings):
        from datetime import datetime

        from django.utils import timezone

        london = timezone.get_default_timezone()
        for hour in range(1, 24):
            ArticleFactory(published_at=datetime(2024, 4, 19, hour, tzinfo=london))
        first = client.get("/2024/04/19/")
        older = first.context["page_obj"].older_query
        assert f'href="{escape(older)}" rel="next"' in first.content.decode()
        second = client.get("/2024/04/19/" + older)
        assert second.status_code == 200
        assert len(second.context["articles"]) == 3
        assert 'rel="prev"' in second.content.decode()
        assert client.get("/2024/04/19/?page=9").status_code == 404
