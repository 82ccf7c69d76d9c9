import re
from datetime import timedelta

import pytest
from django.test import RequestFactory
from django.utils import timezone
from django.utils.html import escape
from django.views import defaults

from tests.factories import ArticleFactory, AuthorFactory, SectionFactory

pytestmark = pytest.mark.django_db


def hours_ago(hours):
    return timezone.now() - timedelta(hours=hours)


class TestHome:
    def test_pinned_stories_lead_in_their_order(self, client, settings):
        settings.NEWSROOM_HOME_TOP_STORIES = 3
        newest = ArticleFactory(headline="Newest story", published_at=hours_ago(1))
        second = ArticleFactory(headline="Pinned second", home_position=2)
        lead = ArticleFactory(
            headline="Pinned lead", home_position=1, published_at=hours_ago(30)
        )
        older = ArticleFactory(headline="Older story", published_at=hours_ago(50))

        response = client.get("/")

        assert response.context["lead"] == lead
        assert response.context["top_stories"] == [second, newest]
        assert response.context["latest"] == [older]

    def test_without_pins_the_newest_lead(self, client):
        older = ArticleFactory(published_at=hours_ago(5))
        newest = ArticleFactory(published_at=hours_ago(1))
        response = client.get("/")
        assert response.context["lead"] == newest
        assert response.context["top_stories"] == [older]

    def test_a_pinned_draft_is_never_shown(self, client):
        ArticleFactory(headline="Secret pinned draft", draft=True, home_position=1)
        live = ArticleFactory()
        response = client.get("/")
        assert response.context["lead"] == live
        assert "Secret pinned draft" not in response.content.decode()

    def test_a_block_per_section(self, client, settings):
        settings.NEWSROOM_HOME_TOP_STORIES = 1
        settings.NEWSROOM_HOME_SECTION_STORIES = 2
        football = SectionFactory(name="Football", position=1)
        cricket = SectionFactory(name="Cricket", position=2)
        ArticleFactory(section=football, published_at=hours_ago(1))
        football_stories = [
            ArticleFactory(section=football, published_at=hours_ago(h))
            for h in (2, 3, 4)
        ]
        cricket_story = ArticleFactory(section=cricket, published_at=hours_ago(5))

        blocks = client.get("/").context["section_blocks"]

        assert [block["section"] for block in blocks] == [football, cricket]
        assert blocks[0]["articles"] == football_stories[:2]
        assert blocks[1]["articles"] == [cricket_story]

    def test_every_top_story_shows_its_photo_or_the_no_picture_card(
        self, client, count_queries
    ):
        """Not only the first: each top story with a photo shows it, each
        without is marked as a card without one; beside a lead with a photo
        the top stories are headlines (their column is no taller than the
        lead); the same queries as a front with one photo."""
        from tests.factories import make_photo

        ArticleFactory(published_at=hours_ago(9), lead_photo=make_photo())
        later = [ArticleFactory(published_at=hours_ago(hours)) for hours in (1, 3, 5)]
        for hours in (2, 4):
            ArticleFactory(published_at=hours_ago(hours), standfirst="No photo.")
        # The same stories, first with one photo among them, then with four.
        one = count_queries(lambda: client.get("/"))
        for article in later:
            article.lead_photo = make_photo(size=(400, 300))
            article.save()

        mixed = count_queries(lambda: client.get("/"))
        html = client.get("/").content.decode()

        assert mixed == one
        front = html[html.index('<section class="front"') :]
        front = front[: front.index("</section>")]
        cards = re.findall(r'<article class="([^"]+)">(.*?)</article>', front, re.S)
        assert [classes for classes, _ in cards] == [
            "card card--lead",
            "card card--top card--no-picture",
            "card card--top",
            "card card--top card--no-picture",
            "card card--top",
        ]
        for classes, card in cards:
            assert ("<img" in card) == ("no-picture" not in classes)
        assert "No photo." not in front

    def test_a_lead_without_a_photo_takes_the_width_with_standfirsts_under_it(
        self, client
    ):
        from tests.factories import make_photo

        ArticleFactory(published_at=hours_ago(1), headline="Words only")
        ArticleFactory(
            published_at=hours_ago(2),
            standfirst="A photo and a standfirst.",
            lead_photo=make_photo(size=(400, 300)),
        )
        html = client.get("/").content.decode()
        assert '<section class="front front--text-lead"' in html
        assert '<article class="card card--lead card--no-picture">' in html
        assert "A photo and a standfirst." in html

    def test_empty_site(self, client):
        response = client.get("/")
        assert response.status_code == 200
        assert "No stories have been published yet." in response.content.decode()

    def test_query_budget_is_fixed(self, client, count_queries):
        """At most 10 queries, the same with N and 3N stories over more sections."""

        def add_stories(count, *, pinned_position):
            ArticleFactory(home_position=pinned_position)
            for _ in range(count - 1):
                ArticleFactory(authors=AuthorFactory.create_batch(2))

        add_stories(8, pinned_position=1)
        small = count_queries(lambda: client.get("/"))
        add_stories(16, pinned_position=2)
        large = count_queries(lambda: client.get("/"))
        assert small == large
        assert large <= 10


class TestListPages:
    def test_section_page_lists_its_published_stories(self, client):
        section = SectionFactory(name="Rugby", description="Union and league.")
        mine = ArticleFactory(section=section, headline="Try-fest at the Mill")
        ArticleFactory(headline="Elsewhere entirely")
        ArticleFactory(section=section, headline="Secret draft", draft=True)
        ArticleFactory(section=section, headline="Future story", scheduled=True)

        response = client.get(section.get_absolute_url())

        html = response.content.decode()
        assert response.status_code == 200
        assert list(response.context["articles"]) == [mine]
        assert "<h1>Rugby</h1>" in html
        assert "Union and league." in html
        for hidden in ("Elsewhere entirely", "Secret draft", "Future story"):
            assert hidden not in html

    def test_author_page_lists_their_published_stories(self, client):
        author = AuthorFactory(name="Maya Okafor", job_title="Chief football writer")
        mine = ArticleFactory(authors=[AuthorFactory(), author])
        ArticleFactory()
        ArticleFactory(authors=[author], draft=True)
        ArticleFactory(authors=[author], scheduled=True)

        response = client.get(author.get_absolute_url())

        assert response.status_code == 200
        assert list(response.context["articles"]) == [mine]
        assert "Chief football writer" in response.content.decode()

    def test_pages_are_paginated_newest_first(self, client, settings):
        section = SectionFactory()
        stories = [
            ArticleFactory(section=section, published_at=hours_ago(h))
            for h in range(25)
        ]
        first = client.get(section.get_absolute_url())
        older = first.context["page_obj"].older_query
        second = client.get(section.get_absolute_url() + older)

        assert list(first.context["articles"]) == stories[:20]
        assert list(second.context["articles"]) == stories[20:]
        assert f'href="{escape(older)}" rel="next"' in first.content.decode()
        assert 'rel="prev"' in second.content.decode()
        assert 'rel="next"' not in second.content.decode()

    @pytest.mark.parametrize(
        "params",
        [
            {"page": "3"},
            {"page": "0"},
            {"before": "-1"},
            {"before": "abc"},
            {"after": "99999999999999999999.99999999999999999999"},
        ],
    )
    def test_bad_pages_are_404(self, client, params):
        section = SectionFactory()
        ArticleFactory.create_batch(21, section=section)
        author = AuthorFactory()
        response = client.get(section.get_absolute_url(), params)
        assert response.status_code == 404
        assert client.get(author.get_absolute_url(), params).status_code == 404

    @pytest.mark.parametrize("prefix", ["/section/", "/author/"])
    def test_unknown_slug_is_404(self, client, prefix):
        assert client.get(f"{prefix}nobody/").status_code == 404

    def test_section_page_query_budget_is_fixed(self, client, count_queries):
        section = SectionFactory()
        ArticleFactory.create_batch(3, section=section)
        small = count_queries(lambda: client.get(section.get_absolute_url()))
        for _ in range(6):
            ArticleFactory(section=section, authors=AuthorFactory.create_batch(2))
        large = count_queries(lambda: client.get(section.get_absolute_url()))
        assert small == large
        assert large <= 6

    def test_author_page_query_budget_is_fixed(self, client, count_queries):
        author = AuthorFactory()
        ArticleFactory.create_batch(3, authors=[author])
        small = count_queries(lambda: client.get(author.get_absolute_url()))
        for _ in range(6):
            ArticleFactory(authors=[author, AuthorFactory()])
        large = count_queries(lambda: client.get(author.get_absolute_url()))
        assert small == large
        assert large <= 6


class TestErrorPages:
    def test_404_page_is_in_the_site_design(self, client):
        SectionFactory(name="Football")
        response = client.get("/no/such/page/")
        html = response.content.decode()
        assert response.status_code == 404
        assert "We can’t find that page" in html
        assert "site.css" in html
        assert "Football" in html

    def test_500_page_makes_no_database_query(self, django_assert_num_queries):
        request = RequestFactory().get("/")
        with django_assert_num_queries(0):
            response = defaults.server_error(request)
        assert response.status_code == 500
        assert "Something went wrong" in response.content.decode()
        assert "site.css" in response.content.decode()


def test_base_template_is_accessible_html(client):
    ArticleFactory()
    html = client.get("/").content.decode()
    assert '<html lang="en-GB">' in html
    assert 'href="#content"' in html and 'id="content"' in html
    for landmark in ("<header", "<nav", "<main", "<footer"):
        assert landmark in html
    assert html.count("<h1") == 1
    assert "https://" not in html.split("<body")[0]  # no CDN, no external fonts


def test_favicon_ico_points_at_the_site_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("newsroom/favicon.svg")
