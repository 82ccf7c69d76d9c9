"""Choosers with pictures (galleries/chooser.py): the lead photo, a
gallery's cover and a story's related gallery are picked by thumbnail,
caption start, credit and date; photos are found by caption, title,
photographer, file name and tagged players; the answers cost the same
queries whatever their number, and show nothing Django's own autocomplete
would not."""

from datetime import UTC, datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from galleries.chooser import CAPTION_START
from galleries.models import Agency, Photographer
from newsroom.desk.roles import REPORTER
from tests.factories import (
    ArticleFactory,
    GalleryFactory,
    PlayerFactory,
    UserFactory,
    add_gallery_photos,
    make_photo,
)

pytestmark = pytest.mark.django_db

LEAD_PHOTO = {
    "app_label": "articles",
    "model_name": "article",
    "field_name": "lead_photo",
}
RELATED_GALLERY = {**LEAD_PHOTO, "field_name": "related_gallery"}
COVER = {"app_label": "galleries", "model_name": "gallery", "field_name": "cover"}
PHOTO_CHOOSER = "admin:galleries_photo_chooser"
GALLERY_CHOOSER = "admin:galleries_gallery_chooser"

WIRE_TITLE = "Premier Division: Harbourside vs Kingsbridge"


@pytest.fixture
def editor(client):
    user = UserFactory(username="chooser-editor", is_staff=True, is_superuser=True)
    client.force_login(user)
    return user


def wire_photo(n, **values):
    agency, _ = Agency.objects.get_or_create(name="AP", slug="ap")
    photographer, _ = Photographer.objects.get_or_create(
        name="Antonio Calanni", slug="antonio-calanni", agency=agency
    )
    defaults = {
        "title": WIRE_TITLE,
        "caption": f"Harbourside's Emeka Duru celebrates goal number {n} with "
        "Kasper Lunde during the Premier Division match against Kingsbridge "
        "Rovers at the Quayside.",
        "photographer": photographer,
        "agency": agency,
        "date_taken": datetime(2024, 4, 19, 20, n, tzinfo=UTC),
    }
    return make_photo(
        name=f"quayside-{n:02d}.jpg", size=(480, 320), **defaults | values
    )


def chooser(client, params, term="", url=PHOTO_CHOOSER, **extra):
    return client.get(reverse(url), {**params, "term": term, **extra})


def found(client, term, params=LEAD_PHOTO):
    response = chooser(client, params, term)
    assert response.status_code == 200
    return [result["id"] for result in response.json()["results"]]


def test_a_photo_result_shows_its_thumbnail_caption_start_credit_and_date(
    client, editor
):
    photo = wire_photo(1)

    [result] = chooser(client, LEAD_PHOTO, "goal number 1").json()["results"]

    assert result["id"] == str(photo.pk)
    assert result["text"] == WIRE_TITLE  # Django's own label, as before
    assert result["thumbnail"] == photo.rendition("1x1-400", "webp").url
    assert result["label"].startswith("Harbourside's Emeka Duru celebrates goal")
    assert len(result["label"]) == CAPTION_START
    assert result["label"].endswith("…")
    assert result["details"] == (
        "AP Photo/Antonio Calanni · taken 19 Apr 2024 · quayside-01.jpg"
    )


def test_ten_wire_photos_of_one_title_are_told_apart(client, editor):
    for n in range(1, 11):
        wire_photo(n)

    results = chooser(client, LEAD_PHOTO, "Harbourside").json()["results"]

    assert len(results) == 10
    assert {result["text"] for result in results} == {WIRE_TITLE}
    assert len({result["label"] for result in results}) == 10
    assert len({result["thumbnail"] for result in results}) == 10


def test_a_photo_without_caption_or_credit_shows_its_title_and_file_name(
    client, editor
):
    photo = make_photo(name="fans.jpg", title="Fans at the Quayside", size=(300, 200))

    [result] = chooser(client, LEAD_PHOTO, "fans").json()["results"]

    assert result["id"] == str(photo.pk)
    assert result["label"] == "Fans at the Quayside"
    assert result["details"] == "fans.jpg"


@pytest.mark.parametrize(
    "term",
    [
        "goal number 3",  # the caption
        "harbourside VS",  # the title, any case
        "Calanni",  # the photographer
        "quayside-03",  # the file name it was sent under
        "Okafor",  # a player tagged in it
        "Okafór",  # ... accents never matter
        "Big Ike",  # ... nor which of the player's names
        "okafor quayside-03",  # every word, each anywhere
    ],
)
def test_photos_are_found_by_caption_title_photographer_file_name_and_players(
    client, editor, term
):
    wire_photo(1)
    wire_photo(2, photographer=None, agency=None)
    third = wire_photo(3)
    third.players.add(PlayerFactory(name="Ike Okafor", aliases=["Big Ike"]))

    assert str(third.pk) in found(client, term)


def test_a_player_in_many_photos_finds_them_all(client, editor, monkeypatch):
    """Past `TAGGED_IDS` photos the tagged ones are a subquery, not ids."""
    from galleries.models import PhotoQuerySet

    monkeypatch.setattr(PhotoQuerySet, "TAGGED_IDS", 2)
    player = PlayerFactory(name="Ike Okafor")
    photos = [wire_photo(n) for n in range(1, 5)]
    for photo in photos:
        photo.players.add(player)
    wire_photo(5)

    assert sorted(found(client, "okafor")) == sorted(str(p.pk) for p in photos)
    assert found(client, "okafor number 3") == [str(photos[2].pk)]


def test_a_word_of_nothing_finds_nothing(client, editor):
    wire_photo(1).players.add(PlayerFactory(name="Ike Okafor"))

    assert found(client, "okafor nobody") == []
    assert found(client, "zzz") == []


def test_a_player_tagged_on_a_story_does_not_find_photos(client, editor):
    wire_photo(1, caption="The Quayside at dusk.", title="")
    ArticleFactory().players.add(PlayerFactory(name="Ike Okafor"))

    assert found(client, "okafor") == []


def test_the_library_search_finds_photos_the_same_ways(client, editor):
    photo = wire_photo(1)
    photo.players.add(PlayerFactory(name="Ike Okafor"))
    wire_photo(2)

    response = client.get(reverse("admin:galleries_photo_changelist"), {"q": "okafor"})

    assert [row.pk for row in response.context["cl"].result_list] == [photo.pk]


def test_ingest_keeps_the_name_the_file_was_sent_under(db):
    photo = make_photo(name="DSC_0412.JPG", size=(300, 200))

    assert photo.original_name == "DSC_0412.JPG"
    assert "DSC_0412" not in photo.image.name  # stored under a random name


def test_the_photo_form_shows_the_file_name(client, editor):
    photo = make_photo(name="DSC_0412.jpg", size=(300, 200))

    response = client.get(reverse("admin:galleries_photo_change", args=[photo.pk]))

    assert "DSC_0412.jpg" in response.content.decode()


def test_a_page_of_results_costs_the_same_queries_however_many_rows(
    client, editor, django_assert_num_queries
):
    def answer():
        response = chooser(client, LEAD_PHOTO, "harbourside okafor")
        assert response.status_code == 200
        return response.json()["results"]

    player = PlayerFactory(name="Ike Okafor")
    wire_photo(1).players.add(player)
    # Session and user; for each word the photographers and the tagged
    # photos named so; the count, the page of photos (with photographer
    # and agency), their thumbnails.
    with django_assert_num_queries(9):
        assert len(answer()) == 1
    for n in range(2, 25):
        wire_photo(n).players.add(player)
    with django_assert_num_queries(9):
        assert len(answer()) == 20


def test_a_gallery_result_shows_its_cover_headline_photo_count_and_state(
    client, editor
):
    gallery = GalleryFactory(headline="In pics: Duru does it again")
    add_gallery_photos(gallery, 3)
    gallery.cover = gallery.items.first().photo
    gallery.save()
    GalleryFactory(headline="In pics: the Quayside in the rain", draft=True)

    response = chooser(client, RELATED_GALLERY, "duru", url=GALLERY_CHOOSER)

    [result] = response.json()["results"]
    assert result["id"] == str(gallery.pk)
    assert result["label"] == "In pics: Duru does it again"
    assert result["thumbnail"] == gallery.cover.rendition("1x1-400", "webp").url
    assert result["details"].startswith("3 photos · Published · ")


def test_gallery_results_cost_the_same_queries_however_many_rows(
    client, editor, django_assert_num_queries
):
    def answer():
        return chooser(client, RELATED_GALLERY, "pics", url=GALLERY_CHOOSER).json()

    for _ in range(2):
        add_gallery_photos(GalleryFactory(), 1)
    with django_assert_num_queries(5):
        assert len(answer()["results"]) == 2
    for _ in range(8):
        add_gallery_photos(GalleryFactory(), 1)
    with django_assert_num_queries(5):
        assert len(answer()["results"]) == 10


def test_the_cover_chooser_answers_for_the_gallery_form(client, editor):
    photo = wire_photo(1)

    assert found(client, "goal number 1", COVER) == [str(photo.pk)]


def member_of(client, role):
    user = UserFactory(username=f"{role.lower()}-chooser", is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    return user


def test_a_reporter_finds_what_django_s_autocomplete_finds(client):
    for n in range(1, 4):
        wire_photo(n)
    GalleryFactory(headline="In pics: a live one")
    GalleryFactory(headline="In pics: a draft one", draft=True)
    member_of(client, REPORTER)

    for params, url in (
        (LEAD_PHOTO, PHOTO_CHOOSER),
        (RELATED_GALLERY, GALLERY_CHOOSER),
    ):
        ours = chooser(client, params, "", url=url)
        django = client.get(reverse("admin:autocomplete"), {**params, "term": ""})
        assert ours.status_code == django.status_code == 200
        ids = [result["id"] for result in ours.json()["results"]]
        assert ids == [result["id"] for result in django.json()["results"]]
        assert ids


def test_no_photo_data_without_the_view_permission(client):
    wire_photo(1)
    user = UserFactory(username="no-photos", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(codename__in=["change_article", "view_article"])
    )
    client.force_login(user)

    response = chooser(client, LEAD_PHOTO, "harbourside")

    assert response.status_code == 403
    assert b"Harbourside" not in response.content
    assert client.get(reverse("admin:autocomplete"), LEAD_PHOTO).status_code == 403


def test_no_photo_data_without_signing_in(client):
    wire_photo(1)

    response = chooser(client, LEAD_PHOTO, "harbourside")

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


@pytest.mark.parametrize(
    "params",
    [
        # Another model's field, at the photo chooser's address.
        {"app_label": "articles", "model_name": "article", "field_name": "section"},
        RELATED_GALLERY,
        # Not a field, not a model, nothing at all.
        {**LEAD_PHOTO, "field_name": "nothing"},
        {**LEAD_PHOTO, "model_name": "nothing"},
        {},
    ],
)
def test_a_wrong_question_is_refused_not_a_500(client, editor, params):
    wire_photo(1)

    assert client.get(reverse(PHOTO_CHOOSER), params).status_code == 403


def test_the_article_form_shows_the_chosen_lead_photo_with_its_picture(client, editor):
    photo = wire_photo(1)
    article = ArticleFactory(lead_photo=photo)

    response = client.get(reverse("admin:articles_article_change", args=[article.pk]))

    html = response.content.decode()
    select = html[html.index('<select name="lead_photo"') :]
    select = select[: select.index("</select>")]
    assert 'class="picture-chooser"' in select  # not admin-autocomplete's
    assert reverse(PHOTO_CHOOSER) in select
    assert f'data-thumbnail="{photo.rendition("1x1-400", "webp").url}"' in select
    assert 'data-label="Harbourside&#x27;s Emeka Duru celebrates goal' in select
    assert 'data-details="AP Photo/Antonio Calanni · taken 19 Apr 2024' in select
    assert "newsroom/admin/picture-chooser.js" in html


def test_the_gallery_form_draws_its_cover_as_a_picture_chooser(client, editor):
    gallery = GalleryFactory()
    add_gallery_photos(gallery, 1)
    gallery.cover = gallery.items.first().photo
    gallery.save()

    response = client.get(reverse("admin:galleries_gallery_change", args=[gallery.pk]))

    html = response.content.decode()
    select = html[html.index('<select name="cover"') :]
    select = select[: select.index("</select>")]
    assert "picture-chooser" in select
    assert reverse(PHOTO_CHOOSER) in select
    assert "data-thumbnail=" in select


def test_a_caption_is_text_in_the_chosen_option(client, editor):
    photo = wire_photo(1, caption='<img src=x onerror="alert(1)"> Duru scores.')
    article = ArticleFactory(lead_photo=photo)

    response = client.get(reverse("admin:articles_article_change", args=[article.pk]))

    html = response.content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; Duru scores." in html
