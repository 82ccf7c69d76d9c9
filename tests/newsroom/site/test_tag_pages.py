"""Player and team pages, their indexes, and tag links on content pages."""

import pytest
from django.urls import reverse

from newsroom import content
from tests.factories import (
    ArticleFactory,
    GalleryFactory,
    PlayerFactory,
    TeamFactory,
    add_gallery_photos,
    make_photo,
)

pytestmark = pytest.mark.django_db

# Each content type beyond articles and galleries (the tests' bulletins) is
# one more block, so one more query, on a tag page.
EXTRA_KINDS = len(content.kinds()) - 2


@pytest.fixture
def duru():
    team = TeamFactory(name="Harbourside Athletic", slug="harbourside-athletic")
    return PlayerFactory(name="Emeka Duru", slug="emeka-duru", team=team)


def tag_everything(player, *, count):
    """`count` live articles, galleries and gallery photos of `player`."""
    for n in range(count):
        article = ArticleFactory(
            headline=f"Duru story {n}", lead_photo=make_photo(size=(400, 300))
        )
        article.players.add(player)
        gallery = GalleryFactory(headline=f"Duru gallery {n}", photos=2)
        gallery.players.add(player)
        for item in gallery.items.all():
            item.photo.players.add(player)
        if player.team:
            article.teams.add(player.team)
            gallery.teams.add(player.team)
            for item in gallery.items.all():
                item.photo.teams.add(player.team)


class TestPlayerPage:
    def test_lists_stories_galleries_and_photos_linking_to_their_pages(
        self, client, duru
    ):
        article = ArticleFactory(headline="Duru heads the winner")
        article.players.add(duru)
        gallery = GalleryFactory(headline="In pics: Duru's night", photos=3)
        gallery.players.add(duru)
        third = gallery.items.order_by("position")[2].photo
        third.players.add(duru)

        response = client.get("/players/emeka-duru/")

        html = response.content.decode()
        assert response.status_code == 200
        assert "<h1>Emeka Duru</h1>" in html
        assert "Harbourside Athletic" in html
        assert "Duru heads the winner" in html
        assert "In pics: Duru&#x27;s night" in html
        assert [p.pk for p in response.context["photos"]] == [third.pk]
        assert f'href="{gallery.get_photo_url(3)}"' in html
        assert response.context["portrait"] == third

    def test_nothing_unpublished_appears(self, client, duru):
        for traits in ({"draft": True}, {"scheduled": True}):
            article = ArticleFactory(headline=f"Hidden story {traits}", **traits)
            article.players.add(duru)
            gallery = GalleryFactory(headline=f"Hidden gallery {traits}", **traits)
            add_gallery_photos(gallery, 1)
            gallery.players.add(duru)
            gallery.items.get().photo.players.add(duru)
        library_only = make_photo(caption="Never used anywhere")
        library_only.players.add(duru)

        response = client.get("/players/emeka-duru/")
        photos_page = client.get("/players/emeka-duru/photos/")

        html = response.content.decode()
        assert "Hidden" not in html
        assert list(response.context["articles"]) == []
        assert response.context["blocks"] == []
        assert response.context["photos"] == []
        assert list(photos_page.context["photos"]) == []

    def test_a_lead_photo_of_a_live_article_is_listed_without_gallery_link(
        self, client, duru
    ):
        photo = make_photo(caption="Duru warms up")
        ArticleFactory(lead_photo=photo)
        photo.players.add(duru)
        response = client.get("/players/emeka-duru/")
        assert [p.pk for p in response.context["photos"]] == [photo.pk]
        assert response.context["photos"][0].gallery_photo_url is None

    def test_query_budget_is_fixed(self, client, duru, count_queries):
        tag_everything(duru, count=1)
        small = count_queries(lambda: client.get("/players/emeka-duru/"))
        tag_everything(duru, count=2)
        large = count_queries(lambda: client.get("/players/emeka-duru/"))
        assert small == large
        assert large <= 8 + EXTRA_KINDS

    @pytest.mark.parametrize("url", ["/players/nobody/", "/players/nobody/photos/"])
    def test_unknown_player_is_404(self, client, url):
        assert client.get(url).status_code == 404

    @pytest.mark.parametrize(
        "params",
        [{"page": "2"}, {"before": "x"}, {"before": "1"}, {"before": "9" * 30}],
    )
    def test_bad_pages_are_404(self, client, duru, params):
        tag_everything(duru, count=1)
        assert client.get("/players/emeka-duru/", params).status_code == 404
        photos = "/players/emeka-duru/photos/"
        assert (
            client.get(photos, {"before": params.get("before", "x")}).status_code == 404
        )

    def test_stories_page_older_by_key(self, client, duru):
        for _ in range(21):
            ArticleFactory().players.add(duru)
        first = client.get("/players/emeka-duru/")
        older = first.context["page_obj"].older_query
        assert 'rel="next"' in first.content.decode()
        second = client.get("/players/emeka-duru/" + older)
        assert len(second.context["articles"]) == 1
        assert 'rel="prev"' in second.content.decode()

    def test_all_photos_page_is_paginated(self, client, duru, count_queries):
        gallery = GalleryFactory(photos=14)
        for item in gallery.items.all():
            item.photo.players.add(duru)
        main = client.get("/players/emeka-duru/")
        assert len(main.context["photos"]) == 12
        assert 'href="/players/emeka-duru/photos/"' in main.content.decode()
        page = client.get("/players/emeka-duru/photos/")
        assert len(page.context["photos"]) == 14
        small = count_queries(lambda: client.get("/players/emeka-duru/photos/"))
        add_gallery_photos(gallery, 5)
        for item in gallery.items.all():
            item.photo.players.add(duru)
        large = count_queries(lambda: client.get("/players/emeka-duru/photos/"))
        assert small == large <= 8 + EXTRA_KINDS


class TestTeamPage:
    def test_shows_squad_and_tagged_content(self, client, duru):
        team = duru.team
        PlayerFactory(name="Kasper Lunde", team=team)
        article = ArticleFactory(headline="Harbourside go top")
        article.teams.add(team)

        response = client.get(team.get_absolute_url())

        html = response.content.decode()
        assert "Harbourside go top" in html
        assert [p.name for p in response.context["squad"]] == [
            "Emeka Duru",
            "Kasper Lunde",
        ]
        assert 'href="/players/emeka-duru/"' in html

    def test_query_budget_is_fixed(self, client, duru, count_queries):
        tag_everything(duru, count=1)
        url = duru.team.get_absolute_url()
        small = count_queries(lambda: client.get(url))
        tag_everything(duru, count=2)
        PlayerFactory.create_batch(3, team=duru.team)
        large = count_queries(lambda: client.get(url))
        assert small == large
        # The photos are two: a window of the taggings, then the photos.
        assert large <= 9 + EXTRA_KINDS


class TestIndexes:
    def test_players_and_teams_are_listed(self, client, duru):
        players = client.get(reverse("players")).content.decode()
        teams = client.get(reverse("teams")).content.decode()
        assert 'href="/players/emeka-duru/"' in players
        assert "Harbourside Athletic" in players
        assert 'href="/teams/harbourside-athletic/"' in teams

    def test_query_budgets_are_fixed(self, client, duru, count_queries):
        small = count_queries(lambda: client.get(reverse("players")))
        PlayerFactory.create_batch(3)
        large = count_queries(lambda: client.get(reverse("players")))
        assert small == large <= 4
        assert count_queries(lambda: client.get(reverse("teams"))) <= 4

    def test_bad_pages_are_404(self, client):
        assert client.get(reverse("players"), {"page": "9"}).status_code == 404
        assert client.get(reverse("teams"), {"page": "x"}).status_code == 404


class TestTagLinksOnContentPages:
    def test_article_gallery_and_photo_pages_link_their_tags(self, client, duru):
        article = ArticleFactory()
        article.players.add(duru)
        article.teams.add(duru.team)
        gallery = GalleryFactory(photos=2)
        gallery.teams.add(duru.team)
        gallery.items.order_by("position")[1].photo.players.add(duru)

        article_html = client.get(article.get_absolute_url()).content.decode()
        gallery_html = client.get(gallery.get_absolute_url()).content.decode()
        photo_html = client.get(gallery.get_photo_url(2)).content.decode()
        first_photo_html = client.get(gallery.get_photo_url(1)).content.decode()

        player_link = 'href="/players/emeka-duru/"'
        team_link = 'href="/teams/harbourside-athletic/"'
        assert player_link in article_html and team_link in article_html
        assert team_link in gallery_html
        assert player_link in photo_html
        assert player_link not in first_photo_html

    def test_budgets_hold_with_tags(self, client, count_queries):
        def tagged_article(n):
            article = ArticleFactory(lead_photo=make_photo(size=(400, 300)))
            article.players.add(*PlayerFactory.create_batch(n))
            article.teams.add(*TeamFactory.create_batch(n))
            return article

        def tagged_gallery(n):
            gallery = GalleryFactory(photos=n)
            gallery.players.add(*PlayerFactory.create_batch(n))
            for item in gallery.items.all():
                item.photo.players.add(*PlayerFactory.create_batch(n))
            return gallery

        one, three = tagged_article(1), tagged_article(3)
        small = count_queries(lambda: client.get(one.get_absolute_url()))
        large = count_queries(lambda: client.get(three.get_absolute_url()))
        assert small == large <= 11

        one, three = tagged_gallery(1), tagged_gallery(3)
        small = count_queries(lambda: client.get(one.get_absolute_url()))
        large = count_queries(lambda: client.get(three.get_absolute_url()))
        assert small == large <= 12
        small = count_queries(lambda: client.get(one.get_photo_url(1)))
        large = count_queries(lambda: client.get(three.get_photo_url(1)))
        assert small == large <= 6
