"""Names a story contains that match no player or team: listed beside the
suggestions, added by the desk in one step (and tagged), asked for by a
reporter, dismissed for good, or added a whole squad at once."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from newsroom.desk.roles import EDITOR, PHOTO_EDITOR, REPORTER
from newsroom.tags.models import DismissedName, Player, TagRequest, Team
from newsroom.tags.services import squad_lines
from newsroom.tags.suggestions import suggest_tags, unknown_names
from tests.factories import (
    ArticleFactory,
    GalleryFactory,
    SectionFactory,
    TeamFactory,
    UserFactory,
    make_photo,
)

pytestmark = pytest.mark.django_db

REPORT = (
    "After Mohamed Salah scored at Anfield Road, Trent Alexander-Arnold crossed "
    "for Virgil van Dijk to head the second. The UEFA Europa League "
    "quarter-final at the Quayside Ground ended 2-1 as Atalanta pressed late "
    "on, and Atalanta had a chance to level. Salah's finish was the best of "
    "the night. On Tuesday Liverpool meet Harbourside Rovers."
)


def member(client, role, username):
    user = UserFactory(username=username, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    return user


class TestUnknownNames:
    def test_names_of_several_words_then_repeated_single_words(self):
        assert unknown_names(REPORT) == [
            "Mohamed Salah",
            "Trent Alexander-Arnold",
            "Virgil van Dijk",
            "Harbourside Rovers",
            "Atalanta",
        ]

    def test_sentence_starts_competitions_venues_and_acronyms_are_not_names(self):
        found = unknown_names(
            "The Carabao Cup Final at Wembley Stadium. VAR checked it. In "
            "the end City won. Then City scored again."
        )
        assert found == ["City"]  # twice inside sentences

    def test_a_single_word_mentioned_once_or_only_first_in_sentences_is_not_listed(
        self,
    ):
        assert unknown_names("Liverpool won. Liverpool celebrated.") == []
        assert unknown_names("It went to Sarr in the end.") == []

    def test_a_word_of_a_longer_name_is_not_listed_again(self):
        text = "Mohamed Salah scored. Later Salah and Salah's cousin waved."
        assert unknown_names(text) == ["Mohamed Salah"]

    def test_known_players_and_teams_are_left_out(self):
        TeamFactory(name="Harbourside Rovers", slug="harbourside-rovers")
        found = suggest_tags(REPORT, unknown=True)
        assert [team.name for team in found.teams] == ["Harbourside Rovers"]
        assert "Harbourside Rovers" not in found.unknown
        assert "Mohamed Salah" in found.unknown

    def test_a_known_surname_after_another_first_name_is_someone_else(self):
        from tests.factories import PlayerFactory

        PlayerFactory(name="Vincent Okoro", slug="vincent-okoro")
        found = suggest_tags(
            "Bram Okoro scored. After Okoro missed, Okoro wept.", unknown=True
        )
        assert [p.name for p in found.players] == ["Vincent Okoro"]  # the later two
        assert found.unknown == ["Bram Okoro"]
        assert suggest_tags("Bram Okoro scored.").players == []

    def test_sections_and_dismissed_names_are_never_listed(self):
        SectionFactory(name="Virgil van Dijk")  # an odd section name, but a section
        DismissedName.objects.create(name="Mohamed SALAH")
        found = suggest_tags(REPORT, unknown=True).unknown
        assert "Virgil van Dijk" not in found
        assert "Mohamed Salah" not in found
        assert "Trent Alexander-Arnold" in found

    def test_without_asking_nothing_is_read(self, django_assert_num_queries):
        suggest_tags("warm the vocabulary")
        with django_assert_num_queries(2):  # the vocabulary's stamp only
            assert suggest_tags(REPORT).unknown == []


class TestTheSuggestionsBox:
    def test_the_endpoint_lists_names_not_in_the_list(self, journalist_client):
        answer = journalist_client.post(
            reverse("admin:tags_player_suggest"), {"text": REPORT}
        ).json()
        assert "Mohamed Salah" in answer["unknown"]

    def test_a_saved_story_shows_them_without_script(self, journalist_client):
        article = ArticleFactory(body=f"<p>{REPORT}</p>")
        html = journalist_client.get(
            reverse("admin:articles_article_change", args=[article.pk])
        ).content.decode()
        assert "Not in the list:" in html
        assert "Mohamed Salah, Trent Alexander-Arnold" in html
        assert "Add and tag" in html
        assert f'data-item="articles.article:{article.pk}"' in html

    def test_a_reporter_is_offered_to_ask_the_desk(self, client):
        reporter = member(client, REPORTER, "reporter")
        article = ArticleFactory(draft=True, body=f"<p>{REPORT}</p>")
        article.created_by = reporter
        article.save()
        html = client.get(
            reverse("admin:articles_article_change", args=[article.pk])
        ).content.decode()
        assert "Ask the desk" in html
        assert "Add and tag" not in html
        assert 'data-add-player=""' in html and 'data-ask="1"' in html


def post_names(client, rows, item=None):
    data = {"name": [], "action": [], "team": [], "position": []}
    for row in rows:
        data["name"].append(row[0])
        data["action"].append(row[1])
        data["team"].append(row[2] if len(row) > 2 else "")
        data["position"].append(row[3] if len(row) > 3 else "")
    if item is not None:
        data["item"] = f"{item._meta.app_label}.{item._meta.model_name}:{item.pk}"
    return client.post(reverse("admin:tags_player_names"), data)


class TestAddingNames:
    def test_an_editor_adds_teams_then_their_players_in_two_steps(
        self, journalist_client
    ):
        answer = post_names(
            journalist_client, [("Liverpool", "team"), ("Atalanta", "team")]
        ).json()
        teams = {tag["label"]: tag for tag in answer["tags"]}
        assert set(teams) == {"Liverpool", "Atalanta"}
        assert all(tag["kind"] == "team" and tag["created"] for tag in answer["tags"])
        liverpool = Team.objects.get(name="Liverpool")
        answer = post_names(
            journalist_client,
            [
                ("Mohamed Salah", "player", liverpool.pk, "Forward"),
                ("Virgil  van Dijk ", "player", liverpool.pk),
                ("Kop End", "dismiss"),
                ("Somebody", ""),  # left alone
            ],
        ).json()
        assert [tag["label"] for tag in answer["tags"]] == [
            "Mohamed Salah (Liverpool)",
            "Virgil van Dijk (Liverpool)",
        ]
        salah = Player.objects.get(name="Mohamed Salah")
        assert (salah.team, salah.position, salah.slug) == (
            liverpool,
            "Forward",
            "mohamed-salah",
        )
        assert answer["dismissed"] == ["Kop End"]
        assert DismissedName.objects.filter(key="kop end").exists()
        assert not Player.objects.filter(name="Somebody").exists()
        assert "Added 2 to the list" in answer["message"]

    def test_a_name_already_in_the_list_is_found_not_added_twice(
        self, journalist_client
    ):
        team = TeamFactory(name="Atalanta", slug="atalanta")
        answer = post_names(journalist_client, [("ATALANTA", "team")]).json()
        assert answer["tags"] == [
            {
                "value": f"team:{team.pk}",
                "kind": "team",
                "id": team.pk,
                "label": "Atalanta",
                "created": False,
            }
        ]
        assert Team.objects.count() == 1

    def test_a_namesake_at_another_club_is_another_player(self, journalist_client):
        first, second = TeamFactory(), TeamFactory()
        post_names(journalist_client, [("Sam Gomez", "player", first.pk)])
        post_names(journalist_client, [("Sam Gomez", "player", second.pk)])
        slugs = sorted(Player.objects.values_list("slug", flat=True))
        assert len(slugs) == 2 and slugs[0] != slugs[1]

    def test_a_reporter_may_ask_but_not_add(self, client):
        reporter = member(client, REPORTER, "reporter")
        article = ArticleFactory(draft=True)
        refused = post_names(client, [("Mohamed Salah", "player")], item=article)
        assert refused.status_code == 403
        assert not Player.objects.exists()
        answer = post_names(
            client,
            [("Mohamed Salah", "ask-player"), ("Atalanta", "ask-team")],
            item=article,
        ).json()
        assert answer["asked"] == ["Mohamed Salah", "Atalanta"]
        requests = TagRequest.objects.order_by("pk")
        assert [(r.name, r.kind, r.item, r.requested_by) for r in requests] == [
            ("Mohamed Salah", "player", article, reporter),
            ("Atalanta", "team", article, reporter),
        ]
        # Asking again is the same request.
        post_names(client, [("mohamed salah", "ask-player")], item=article)
        assert TagRequest.objects.count() == 2

    def test_nothing_is_half_done_when_one_row_is_refused(self, client):
        member(client, PHOTO_EDITOR, "photos")  # may ask, may not add teams
        answer = post_names(client, [("Atalanta", "ask-team"), ("Roma", "team")])
        assert answer.status_code == 403
        assert not TagRequest.objects.exists() and not Team.objects.exists()

    def test_unreadable_rows_are_a_clear_refusal(self, journalist_client):
        bad_team = post_names(journalist_client, [("Salah", "player", "99999999")])
        assert bad_team.status_code == 400
        assert "Choose what each name is" in bad_team.json()["error"]
        bad_action = post_names(journalist_client, [("Salah", "delete-everything")])
        assert bad_action.status_code == 400
        assert not Player.objects.exists()

    def test_only_posted(self, journalist_client):
        assert journalist_client.get(
            reverse("admin:tags_player_names")
        ).status_code == (405)


class TestRequestsOnTheDashboard:
    def ask(self, client):
        member(client, REPORTER, "reporter")
        liverpool = TeamFactory(name="Liverpool", slug="liverpool")
        article = ArticleFactory(draft=True, headline="Salah double sinks Atalanta")
        article.teams.add(liverpool)
        post_names(client, [("Mohamed Salah", "ask-player")], item=article)
        return article, liverpool

    def test_the_editor_adds_it_and_the_story_is_tagged(self, client, journalist):
        article, liverpool = self.ask(client)
        client.force_login(journalist)
        home = client.get(reverse("admin:index")).content.decode()
        assert "Requests for missing players and teams" in home
        assert "Mohamed Salah" in home and "Salah double sinks Atalanta" in home
        request = TagRequest.objects.get()
        version = type(article).objects.get(pk=article.pk).edit_version
        response = client.post(
            reverse("admin:tags_tagrequest_fulfil", args=[request.pk]),
            {
                "name": "Mohamed Salah",
                "team": liverpool.pk,
                "position": "Forward",
                "next": "/admin/",
            },
            follow=True,
        )
        html = response.content.decode()
        assert f"Added Mohamed Salah ({liverpool.display_name}) and tagged" in html
        salah = Player.objects.get(name="Mohamed Salah")
        assert list(article.players.all()) == [salah]
        request.refresh_from_db()
        assert (request.outcome, request.player, request.resolved_by) == (
            "added",
            salah,
            journalist,
        )
        # A form of the story still open now conflicts instead of dropping it.
        assert type(article).objects.get(pk=article.pk).edit_version == version + 1
        home = client.get(reverse("admin:index")).content.decode()
        assert "No requests waiting." in home

    def test_a_request_is_dealt_with_once(self, client, journalist):
        self.ask(client)
        client.force_login(journalist)
        request = TagRequest.objects.get()
        url = reverse("admin:tags_tagrequest_fulfil", args=[request.pk])
        client.post(url, {"decline": "1"})
        response = client.post(url, {"name": "Mohamed Salah"}, follow=True)
        assert "already dealt with" in response.content.decode()
        assert not Player.objects.exists()
        assert TagRequest.objects.get().outcome == "declined"

    def test_a_reporter_may_not_fulfil_and_sees_only_their_own(self, client):
        self.ask(client)
        request = TagRequest.objects.get()
        url = reverse("admin:tags_tagrequest_fulfil", args=[request.pk])
        assert client.post(url, {"name": "X"}).status_code == 403
        home = client.get(reverse("admin:index")).content.decode()
        assert "Mohamed Salah" in home and "Add and tag" not in home
        other = UserFactory(username="other", is_staff=True)
        other.groups.add(Group.objects.get(name=REPORTER))
        client.force_login(other)
        assert (
            "Mohamed Salah" not in client.get(reverse("admin:index")).content.decode()
        )

    def test_a_missing_request_is_404(self, journalist_client):
        url = reverse("admin:tags_tagrequest_fulfil", args=[999999])
        assert journalist_client.post(url).status_code == 404


class TestSquads:
    def test_lines_read_numbers_and_positions(self):
        assert squad_lines(
            "1 Alisson Becker, Goalkeeper\n"
            "Trent Alexander-Arnold (Defender)\n"
            "\n"
            "Virgil van Dijk - Defender\n"
            "Mohamed Salah\tForward\n"
            "Dominik Szoboszlai\n"
        ) == [
            ("Alisson Becker", "Goalkeeper"),
            ("Trent Alexander-Arnold", "Defender"),
            ("Virgil van Dijk", "Defender"),
            ("Mohamed Salah", "Forward"),
            ("Dominik Szoboszlai", ""),
        ]

    def test_a_pasted_squad_is_one_form(self, journalist_client):
        team = TeamFactory(name="Liverpool", slug="liverpool")
        Player.objects.create(name="Mohamed Salah", slug="salah", team=team)
        url = reverse("admin:tags_player_squad")
        assert "Add a squad" in journalist_client.get(url).content.decode()
        response = journalist_client.post(
            url,
            {"team": team.pk, "names": "Alisson Becker, Goalkeeper\nMOHAMED SALAH\n"},
            follow=True,
        )
        html = response.content.decode()
        assert (
            "1 player added." in html and "already in the squad: Mohamed Salah" in html
        )
        assert sorted(team.players.values_list("name", "position")) == [
            ("Alisson Becker", "Goalkeeper"),
            ("Mohamed Salah", ""),
        ]

    def test_an_empty_list_is_a_form_error(self, journalist_client):
        team = TeamFactory()
        response = journalist_client.post(
            reverse("admin:tags_player_squad"), {"team": team.pk, "names": "\n \n"}
        )
        assert "Write at least one player" in response.content.decode()

    def test_only_those_who_add_players(self, client):
        member(client, REPORTER, "reporter")
        assert client.get(reverse("admin:tags_player_squad")).status_code == 403

    def test_the_players_list_links_to_it(self, journalist_client):
        html = journalist_client.get(
            reverse("admin:tags_player_changelist")
        ).content.decode()
        assert reverse("admin:tags_player_squad") in html


def test_tagging_photos_from_captions_names_the_ones_it_missed(client):
    editor = member(client, EDITOR, "editor")
    gallery = GalleryFactory()
    photo = make_photo(caption="Mohamed Salah celebrates with Virgil van Dijk.")
    gallery.items.create(photo=photo, position=0)
    response = client.post(
        reverse("admin:galleries_gallery_changelist"),
        {"action": "tag_photos_from_captions", "_selected_action": [gallery.pk]},
        follow=True,
    )
    html = response.content.decode()
    assert editor.is_staff
    assert "not in the list, so not tagged: Mohamed Salah, Virgil van Dijk" in html
