"""Players and teams: typed tags on articles, galleries and photos."""

import pytest
from django.contrib.auth.models import Permission
from django.contrib.redirects.models import Redirect
from django.urls import reverse

from articles.models import Article
from galleries.models import Gallery, Photo
from newsroom.tags.models import Player, TaggedPlayer, TaggedTeam, Team
from newsroom.tags.services import tags_merge
from tests.admin_forms import change_form_data
from tests.factories import (
    ArticleFactory,
    GalleryFactory,
    PlayerFactory,
    TeamFactory,
    UserFactory,
    make_photo,
)

pytestmark = pytest.mark.django_db


class TestThroughModels:
    def test_articles_galleries_and_photos_carry_players_and_teams(self):
        team = TeamFactory()
        player = PlayerFactory(team=team)
        article = ArticleFactory()
        gallery = GalleryFactory()
        photo = make_photo()

        article.players.add(player)
        article.teams.add(team)
        gallery.players.add(player)
        photo.players.add(player)
        photo.teams.add(team)

        assert list(Article.objects.filter(players=player)) == [article]
        assert list(Gallery.objects.filter(players=player)) == [gallery]
        assert list(Photo.objects.filter(teams=team)) == [photo]
        assert list(article.players.all()) == [player]
        assert player.taggings.count() == 3
        assert team.taggings.count() == 2

    def test_an_item_has_a_player_once(self):
        player = PlayerFactory()
        article = ArticleFactory()
        article.players.add(player)
        article.players.add(player)
        assert TaggedPlayer.objects.count() == 1

    def test_deleting_an_item_deletes_its_taggings_of_both_kinds(self):
        article = ArticleFactory()
        article.players.add(PlayerFactory())
        article.teams.add(TeamFactory())
        other = ArticleFactory()
        other.players.add(PlayerFactory())

        article.delete()

        assert TaggedTeam.objects.count() == 0
        assert TaggedPlayer.objects.count() == 1

    def test_same_content_id_in_two_models_never_mixes(self):
        """Taggings are keyed by content type, so article 1 is not photo 1."""
        player = PlayerFactory()
        photo = make_photo()
        article = ArticleFactory(id=photo.pk)
        article.players.add(player)
        assert list(photo.players.all()) == []


class TestNames:
    def test_two_players_may_share_a_name(self):
        wexley, greyhaven = TeamFactory(), TeamFactory()
        first = Player.objects.create(name="Sam Gomez", team=wexley)
        second = Player.objects.create(name="Sam Gomez", team=greyhaven)
        assert first.slug == "sam-gomez"
        assert second.slug != first.slug
        assert set(Player.objects.matching("sam gomez")) == {first, second}

    def test_slugs_are_plain_ascii(self):
        assert Player.objects.create(name="Ibrahima Konaté").slug == "ibrahima-konate"
        assert Team.objects.create(name="Ødegård Fotball").slug == "odegard-fotball"

    @pytest.mark.parametrize("typed", ["Konate", "KONATÉ", "konaté", "Ibou"])
    def test_matching_ignores_case_and_accents(self, typed):
        player = Player.objects.create(name="Konaté", aliases=["Ibou"])
        assert list(Player.objects.matching(typed)) == [player]
        assert list(Player.objects.search(typed.lower()[:4])) == [player]


@pytest.fixture
def journalist(client):
    """A reporter who tags stories but may not create players or teams."""
    user = UserFactory(username="reporter", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(
            codename__in=[
                "add_article",
                "change_article",
                "view_article",
                "view_player",
                "view_team",
                "view_section",
                "view_author",
            ]
        )
    )
    client.force_login(user)
    return user


class TestAdminPicking:
    def test_free_text_tag_box_is_never_rendered(self, client, journalist):
        html = client.get(reverse("admin:articles_article_add")).content.decode()
        assert 'name="players"' in html
        assert "admin-autocomplete" in html
        assert "comma-separated" not in html.lower()
        assert 'type="text" name="players"' not in html

    def test_an_unknown_name_is_an_error_and_creates_nothing(self, client, journalist):
        article = ArticleFactory(draft=True, created_by=journalist)
        url = reverse("admin:articles_article_change", args=[article.pk])
        data = change_form_data(client.get(url))
        data["players"] = ["Mo Duru"]
        data["teams"] = ["The Reds"]

        response = client.post(url, data)

        assert response.status_code == 200
        errors = response.context["adminform"].form.errors
        assert "players" in errors and "teams" in errors
        assert Player.objects.count() == Team.objects.count() == 0
        assert TaggedPlayer.objects.count() == 0

    def test_existing_players_and_teams_are_saved(self, client, journalist):
        article = ArticleFactory(draft=True, created_by=journalist)
        team = TeamFactory()
        players = PlayerFactory.create_batch(2, team=team)
        url = reverse("admin:articles_article_change", args=[article.pk])
        data = change_form_data(client.get(url))
        data["players"] = [p.pk for p in players]
        data["teams"] = [team.pk]

        response = client.post(url, data)

        assert response.status_code == 302, response.context["adminform"].form.errors
        assert set(article.players.all()) == set(players)
        assert list(article.teams.all()) == [team]

    def test_autocomplete_ignores_accents_and_knows_aliases(self, client, journalist):
        konate = PlayerFactory(name="Ibrahima Konaté", aliases=["Ibou"])
        PlayerFactory(name="Emeka Duru")
        url = reverse("admin:autocomplete")
        params = {
            "app_label": "articles",
            "model_name": "article",
            "field_name": "players",
        }
        for term in ("konate", "KONATÉ", "ibou"):
            results = client.get(url, {**params, "term": term}).json()["results"]
            assert [r["id"] for r in results] == [str(konate.pk)]

    def test_creating_a_player_or_team_needs_its_own_permission(
        self, client, journalist
    ):
        for model in ("player", "team"):
            add = reverse(f"admin:tags_{model}_add")
            assert client.get(add).status_code == 403
            client.post(add, {"name": "Mo Duru", "slug": "mo-duru", "aliases": ""})
        assert Player.objects.count() == Team.objects.count() == 0

        journalist.user_permissions.add(
            *Permission.objects.filter(codename__in=["add_player", "add_team"])
        )
        response = client.post(
            reverse("admin:tags_team_add"),
            {"name": "Harbourside Athletic", "slug": "harbourside-athletic"},
        )
        assert response.status_code == 302
        assert Team.objects.get().name == "Harbourside Athletic"


class TestMerge:
    def test_merge_moves_every_tagging_and_loses_nothing(self):
        team = TeamFactory()
        survivor = PlayerFactory(name="Mohamed Duru", slug="mohamed-duru", team=team)
        loser = PlayerFactory(
            name="Mo Duru", slug="mo-duru", team=team, aliases=["Momo"]
        )
        only_loser = ArticleFactory()
        both = GalleryFactory()
        photo = make_photo()
        only_loser.players.add(loser)
        both.players.add(survivor, loser)
        photo.players.add(loser)
        old_url = loser.get_absolute_url()

        moved = tags_merge(survivor=survivor, others=[loser])

        assert moved == 2
        assert not Player.objects.filter(pk=loser.pk).exists()
        assert list(only_loser.players.all()) == [survivor]
        assert list(both.players.all()) == [survivor]
        assert list(photo.players.all()) == [survivor]
        survivor.refresh_from_db()
        assert survivor.aliases == ["Mo Duru", "Momo"]
        assert list(Player.objects.matching("momo")) == [survivor]
        redirect = Redirect.objects.get(old_path=old_url)
        assert redirect.new_path == survivor.get_absolute_url()

    def test_merging_teams_moves_their_squads(self):
        survivor = TeamFactory(name="Harbourside Athletic")
        loser = TeamFactory(name="Harbourside Ath.")
        player = PlayerFactory(team=loser)
        article = ArticleFactory()
        article.teams.add(loser)

        tags_merge(survivor=survivor, others=[loser])

        player.refresh_from_db()
        assert player.team == survivor
        assert list(article.teams.all()) == [survivor]

    def test_players_and_teams_never_merge_together(self):
        with pytest.raises(ValueError):
            tags_merge(survivor=PlayerFactory(), others=[TeamFactory()])

    def test_admin_action_asks_which_to_keep_then_merges(self, admin_client):
        keep = PlayerFactory(name="Emeka Duru")
        drop = PlayerFactory(name="E. Duru")
        article = ArticleFactory()
        article.players.add(drop)
        url = reverse("admin:tags_player_changelist")
        selected = {
            "action": "merge_selected",
            "_selected_action": [keep.pk, drop.pk],
        }

        confirm = admin_client.post(url, selected)
        assert confirm.status_code == 200
        assert "Choose the player to keep" in confirm.content.decode()
        assert Player.objects.count() == 2

        done = admin_client.post(url, {**selected, "apply": "1", "survivor": keep.pk})
        assert done.status_code == 302
        assert list(Player.objects.all()) == [keep]
        assert list(article.players.all()) == [keep]

    def test_merging_needs_delete_permission(self, client, journalist):
        players = PlayerFactory.create_batch(2)
        journalist.user_permissions.add(
            *Permission.objects.filter(codename="change_player")
        )
        response = client.post(
            reverse("admin:tags_player_changelist"),
            {
                "action": "merge_selected",
                "_selected_action": [p.pk for p in players],
                "apply": "1",
                "survivor": players[0].pk,
            },
        )
        assert Player.objects.count() == 2
        assert response.status_code in (200, 302)


def test_old_desk_addresses_of_players_and_teams_forward_to_the_tags_app(
    client, journalist
):
    client.force_login(journalist)
    player = PlayerFactory()
    response = client.get(f"/admin/newsroom/player/{player.pk}/change/")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/tags/player/{player.pk}/change/"
    response = client.get("/admin/newsroom/team/", {"q": "Harbour"})
    assert response["Location"] == "/admin/tags/team/?q=Harbour"
    assert client.get(response["Location"]).status_code == 200
