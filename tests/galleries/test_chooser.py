"""Choosers with pictures: the photo and gallery choosers' JSON (what each
result carries, what finds it, how many queries, who may ask) and the
chosen item rendered into the change form."""

from datetime import datetime

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from galleries.models import Agency, Photographer
from tests.factories import (
    ArticleFactory,
    GalleryFactory,
    PlayerFactory,
    UserFactory,
    make_photo,
)

pytestmark = pytest.mark.django_db

PHOTOS = reverse("admin:galleries_photo_chooser")
GALLERIES = reverse("admin:galleries_gallery_chooser")


def lead_photo_query(term=""):
    return {
        "term": term,
        "app_label": "articles",
        "model_name": "article",
        "field_name": "lead_photo",
    }


def found(client, term, url=PHOTOS, query=lead_photo_query):
    response = client.get(url, query(term))
    assert response.status_code == 200
    return response.json()["results"]


@pytest.fixture
def wire_photo():
    photographer = Photographer.objects.create(name="Antonio Calanni", slug="calanni")
    agency = Agency.objects.get(slug="ap")
    return make_photo(
        name="DSC_0412.jpg",
        size=(64, 48),
        title="Premier Division: Harbourside vs Kingsbridge",
        caption="Emeka Duru celebrates the winner in front of the home end.",
        photographer=photographer,
        agency=agency,
        date_taken=timezone.make_aware(datetime(2026, 4, 19, 16, 5)),
    )


def test_a_result_carries_thumbnail_caption_credit_and_date(
    journalist_client, wire_photo
):
    (result,) = found(journalist_client, "celebrates")

    assert result["id"] == str(wire_photo.pk)
    assert result["title"].startswith("Emeka Duru celebrates the winner")
    assert result["details"] == ["AP Photo/Antonio Calanni", "taken 19 Apr 2026"]
    assert result["thumbnail"] == wire_photo.rendition("1x1-400", "webp").url
    thumbnail = journalist_client.get(result["thumbnail"])
    assert thumbnail.status_code == 200


def test_a_long_caption_is_cut_to_its_start(journalist_client):
    make_photo(size=(64, 48), caption="Kingsbridge " + "word " * 60)

    (result,) = found(journalist_client, "Kingsbridge")

    assert len(result["title"]) <= 80
    assert result["title"].endswith("…")


@pytest.mark.parametrize(
    "term",
    ["front of the home", "Harbourside vs", "Calanni", "DSC_0412", "Duru"],
    ids=["caption", "title", "photographer", "file name", "tagged player"],
)
def test_a_photo_is_found_by(journalist_client, wire_photo, term):
    other = make_photo(size=(64, 48), title="Training", caption="A warm-up lap.")
    if term == "Duru":
        wire_photo.caption = "The winner, in front of the home end."
        wire_photo.save()
        wire_photo.players.add(PlayerFactory(name="Emeka Duru"))

    ids = [result["id"] for result in found(journalist_client, term)]

    assert ids == [str(wire_photo.pk)]
    assert str(other.pk) not in ids


def test_the_file_name_is_kept_at_upload(wire_photo):
    assert wire_photo.original_name == "DSC_0412.jpg"


def test_twenty_results_take_a_fixed_number_of_queries(
    journalist_client, django_assert_num_queries
):
    photographer = Photographer.objects.create(name="Ana Ruiz", slug="ana-ruiz")
    for n in range(21):
        make_photo(
            size=(32, 24), caption=f"Derby day {n}", photographer=photographer
        )
    journalist_client.get(PHOTOS, lead_photo_query("Derby"))  # sessions warmed

    # Session, user, the user's and groups' permissions, the players and
    # photographers the word names, the capped count, the page's rows and
    # their thumbnails: the same for 20 results as for 1.
    with django_assert_num_queries(9):
        results = found(journalist_client, "Derby")
    assert len(results) == 20
    assert all(result["thumbnail"] for result in results)
    assert {result["details"][0] for result in results} == {"Ana Ruiz"}


def test_without_view_photo_the_chooser_refuses(client, wire_photo):
    user = UserFactory(username="sub", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="change_article"))
    client.force_login(user)

    response = client.get(PHOTOS, lead_photo_query("celebrates"))

    assert response.status_code == 403


def test_the_gallery_chooser_shows_the_cover(journalist_client):
    gallery = GalleryFactory(headline="In pics: derby day", photos=2)

    (result,) = found(
        journalist_client,
        "derby",
        url=GALLERIES,
        query=lambda term: {
            "term": term,
            "app_label": "articles",
            "model_name": "article",
            "field_name": "related_gallery",
        },
    )

    assert result["title"] == "In pics: derby day"
    assert result["thumbnail"] == gallery.cover.rendition("1x1-400", "webp").url
    assert result["details"][:2] == ["2 photos", "Published"]


def test_a_saved_story_shows_its_lead_photo_on_the_form(
    journalist_client, wire_photo
):
    article = ArticleFactory(lead_photo=wire_photo)

    response = journalist_client.get(
        reverse("admin:articles_article_change", args=[article.pk])
    )

    html = response.content.decode()
    thumbnail = wire_photo.rendition("1x1-400", "webp").url.replace("&", "&amp;")
    assert 'id="id_lead_photo_preview"' in html
    assert f'<img src="{thumbnail}" alt="" width="96" height="96"' in html
    assert "AP Photo/Antonio Calanni · taken 19 Apr 2026" in html
    assert f'data-thumbnail="{thumbnail}"' in html
    assert Article.objects.get(pk=article.pk).lead_photo == wire_photo


def test_a_caption_is_escaped_on_the_form(journalist_client):
    photo = make_photo(size=(32, 24), caption='<img src=x onerror="alert(1)">')
    article = ArticleFactory(lead_photo=photo)

    response = journalist_client.get(
        reverse("admin:articles_article_change", args=[article.pk])
    )

    assert b'<img src=x onerror="alert(1)">' not in response.content
    assert b"&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in response.content
