"""Suggested players and teams on the desk's forms, accepted with clicks."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from galleries.models import Photo
from newsroom.tags.models import Player, Team
from tests.admin_forms import add_inline_row, change_form_data
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    GalleryFactory,
    SectionFactory,
    UserFactory,
    make_photo,
)

pytestmark = pytest.mark.django_db

REPORT = (
    "Harbourside Athletic 3-2 Kingsbridge Rovers\n\n"
    "Emeka Duru rose highest two minutes from time to settle it at the Quayside. "
    "Kasper Lunde had put the hosts ahead before Sami Haddad’s volley levelled "
    "for Kingsbridge. Duru’s winner came from a corner swung in by Tobi "
    "Okafor-Reid. The Rovers' keeper, Ilse Brandt, could only watch. A walker on "
    "the touchline and the rice seller outside the ground saw none of it."
)


@pytest.fixture
def squads():
    harbourside = Team.objects.create(
        name="Harbourside Athletic",
        slug="harbourside-athletic",
        short_name="Harbourside",
    )
    kingsbridge = Team.objects.create(
        name="Kingsbridge Rovers",
        slug="kingsbridge-rovers",
        short_name="Kingsbridge",
        aliases=["the Rovers"],
    )
    Team.objects.create(name="Wexley City", slug="wexley-city", short_name="Wexley")
    players = {
        name: Player.objects.create(name=name, team=team)
        for name, team in [
            ("Emeka Duru", harbourside),
            ("Kasper Lunde", harbourside),
            ("Tobi Okafor-Reid", harbourside),
            ("Sami Haddad", kingsbridge),
            ("Ilse Brandt", kingsbridge),
            ("Dan Walker", kingsbridge),
            ("Leo Rice", harbourside),
            ("Marta Quell", kingsbridge),
        ]
    }
    return {"harbourside": harbourside, "kingsbridge": kingsbridge, **players}


@pytest.fixture
def desk(client):
    user = UserFactory(username="desk", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label__in=["articles", "galleries"]
        ).exclude(codename__startswith="delete")
        | Permission.objects.filter(codename__startswith="view_")
    )
    client.force_login(user)
    return user


def suggest(client, text, keywords=""):
    response = client.post(
        reverse("admin:tags_player_suggest"), {"text": text, "keywords": keywords}
    )
    assert response.status_code == 200
    return response.json()["suggestions"]


def test_endpoint_suggests_exactly_who_the_text_names(client, desk, squads):
    labels = [s["label"] for s in suggest(client, REPORT)]
    assert labels == [
        "Emeka Duru (Harbourside)",
        "Kasper Lunde (Harbourside)",
        "Sami Haddad (Kingsbridge)",
        "Tobi Okafor-Reid (Harbourside)",
        "Ilse Brandt (Kingsbridge)",
        "Harbourside Athletic",
        "Kingsbridge Rovers",
    ]


def test_endpoint_reads_html_and_keywords(client, desk, squads):
    found = suggest(client, "<p><strong>Duru</strong> scores</p>", "Kasper Lunde")
    assert [s["value"] for s in found] == [
        f"player:{squads['Emeka Duru'].pk}",
        f"player:{squads['Kasper Lunde'].pk}",
    ]


def test_endpoint_is_for_the_desk_only(client, squads):
    url = reverse("admin:tags_player_suggest")
    assert client.post(url, {"text": REPORT}).status_code == 302  # to the login
    outsider = UserFactory(username="intern", is_staff=True)
    client.force_login(outsider)
    assert client.post(url, {"text": REPORT}).status_code == 403


def test_endpoint_only_answers_posts(client, desk):
    assert client.get(reverse("admin:tags_player_suggest")).status_code == 405


def test_change_form_offers_suggestions_from_the_saved_text(client, desk, squads):
    article = ArticleFactory(
        headline="Duru settles it", standfirst="Kingsbridge Rovers beaten", body=""
    )
    article.players.add(squads["Emeka Duru"])
    html = client.get(
        reverse("admin:articles_article_change", args=[article.pk])
    ).content.decode()
    assert f'value="team:{squads["kingsbridge"].pk}"' in html
    # Already tagged: not suggested again.
    assert f'value="player:{squads["Emeka Duru"].pk}"' not in html
    assert reverse("admin:tags_player_suggest") in html


def test_done_when_a_pasted_report_is_tagged_with_clicks(client, desk, squads):
    """The issue's acceptance, through the admin forms and public pages."""
    gallery = GalleryFactory(photos=2)
    shown = gallery.items.order_by("position")[1].photo
    shown.players.add(squads["Emeka Duru"])
    hidden = make_photo(caption="Duru in training")  # in no live item
    hidden.players.add(squads["Emeka Duru"])

    suggestions = suggest(client, REPORT)
    add_url = reverse("admin:articles_article_add")
    data = change_form_data(client.get(add_url))
    data.update(
        headline="Harbourside Athletic 3-2 Kingsbridge Rovers",
        slug="harbourside-3-kingsbridge-2",
        standfirst="Duru settles a classic.",
        body="<p>" + REPORT.replace("\n\n", "</p><p>") + "</p>",
        section=SectionFactory().pk,
        _transition="publish",
        suggested_tags=[s["value"] for s in suggestions],  # one click each
    )
    add_inline_row(data, "bylines", author=AuthorFactory().pk, position="1")

    response = client.post(add_url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    from articles.models import Article

    article = Article.objects.get(slug="harbourside-3-kingsbridge-2")
    assert {p.name for p in article.players.all()} == {
        "Emeka Duru",
        "Kasper Lunde",
        "Sami Haddad",
        "Tobi Okafor-Reid",
        "Ilse Brandt",
    }
    assert {t.name for t in article.teams.all()} == {
        "Harbourside Athletic",
        "Kingsbridge Rovers",
    }
    client.logout()
    page = client.get(squads["Emeka Duru"].get_absolute_url())
    assert article in page.context["articles"]
    assert [p.pk for p in page.context["photos"]] == [shown.pk]


def test_tag_photos_from_captions_action(client, desk, squads):
    gallery = GalleryFactory(photos=3)
    items = list(gallery.items.order_by("position"))
    captions = [
        "Emeka Duru of Harbourside Athletic celebrates.",
        "Kingsbridge Rovers' Sami Haddad and Duru challenge for the ball.",
        "Fans at the Quayside.",
    ]
    for item, caption in zip(items, captions, strict=True):
        Photo.objects.filter(pk=item.photo_id).update(caption=caption)
    Photo.objects.filter(pk=items[2].photo_id).update(keywords=["Ilse Brandt"])

    response = client.post(
        reverse("admin:galleries_gallery_changelist"),
        {"action": "tag_photos_from_captions", "_selected_action": [gallery.pk]},
    )

    assert response.status_code == 302
    first, second, third = (Photo.objects.get(pk=i.photo_id) for i in items)
    assert {p.name for p in first.players.all()} == {"Emeka Duru"}
    assert {t.name for t in first.teams.all()} == {"Harbourside Athletic"}
    assert {p.name for p in second.players.all()} == {"Sami Haddad", "Emeka Duru"}
    assert {p.name for p in third.players.all()} == {"Ilse Brandt"}
    assert {p.name for p in gallery.players.all()} == {
        "Emeka Duru",
        "Sami Haddad",
        "Ilse Brandt",
    }


def test_photo_form_suggests_from_caption_and_iptc_keywords(client, desk, squads):
    photo = make_photo(caption="Kasper Lunde celebrates.")
    Photo.objects.filter(pk=photo.pk).update(keywords=["football", "Sami Haddad"])
    html = client.get(
        reverse("admin:galleries_photo_change", args=[photo.pk])
    ).content.decode()
    assert f'value="player:{squads["Kasper Lunde"].pk}"' in html
    assert f'value="player:{squads["Sami Haddad"].pk}"' in html
    assert 'data-keywords="keywords"' in html


def test_gallery_form_suggests_from_its_intro(client, desk, squads):
    gallery = GalleryFactory(intro="Wexley City were swept aside.")
    html = client.get(
        reverse("admin:galleries_gallery_change", args=[gallery.pk])
    ).content.decode()
    wexley = Team.objects.get(name="Wexley City")
    assert f'value="team:{wexley.pk}"' in html


class TestWhatASaveSays:
    """The history and the versions name what changed: never the
    suggestions box itself; a ticked suggestion is a change of players."""

    def change_message(self, client, article, **changes):
        from django.contrib.admin.models import LogEntry

        url = reverse("admin:articles_article_change", args=[article.pk])
        data = change_form_data(client.get(url))
        data.update(changes)
        assert client.post(url, data).status_code == 302
        return (
            LogEntry.objects.filter(object_id=str(article.pk))
            .latest("action_time")
            .get_change_message()
        )

    def test_a_save_that_changes_the_headline_says_only_that(
        self, client, desk, squads
    ):
        article = ArticleFactory(body="<p>Emeka Duru scored twice.</p>")
        message = self.change_message(client, article, headline="Duru double")
        assert message == "Changed Headline."

    def test_a_ticked_suggestion_is_a_change_of_players(self, client, desk, squads):
        article = ArticleFactory(body="<p>Emeka Duru scored twice.</p>")
        duru = squads["Emeka Duru"]
        message = self.change_message(
            client, article, suggested_tags=[f"player:{duru.pk}"]
        )
        assert message == "Changed Players."
        assert list(article.players.all()) == [duru]
