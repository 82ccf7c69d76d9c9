"""The desk's lists cost the same at any size: fixed queries a page, counts
capped, search by index (see `newsroom.desk.admin.AtScaleAdminMixin`)."""

import pytest

from newsroom.desk.admin import DeskPaginator
from tests.factories import ArticleFactory, GalleryFactory, make_photo

pytestmark = pytest.mark.django_db

LISTS = {
    "articles": "/admin/articles/article/",
    "galleries": "/admin/galleries/gallery/",
    "photos": "/admin/galleries/photo/",
}


def add(kind, count):
    if kind == "articles":
        ArticleFactory.create_batch(count)
    elif kind == "galleries":
        GalleryFactory.create_batch(count, photos=1)
    else:
        for n in range(count):
            make_photo(name=f"p{n}.jpg", size=(200, 150))


@pytest.mark.parametrize("kind", LISTS)
def test_a_changelist_runs_the_same_queries_for_more_rows(
    kind, journalist_client, count_queries
):
    url = LISTS[kind]
    add(kind, 2)
    journalist_client.get(url)
    small = count_queries(lambda: journalist_client.get(url))
    add(kind, 4)
    large = count_queries(lambda: journalist_client.get(url))
    assert small == large


def test_counts_stop_at_the_cap(journalist_client, monkeypatch):
    monkeypatch.setattr(DeskPaginator, "max_count", 3)
    ArticleFactory.create_batch(5)
    response = journalist_client.get(LISTS["articles"])
    assert response.context["cl"].result_count == 3
    assert response.context["cl"].show_full_result_count is False


def test_search_finds_a_story_by_its_words(journalist_client):
    ArticleFactory(headline="Floodlight failure halts the derby")
    ArticleFactory(headline="Kingsbridge sign a keeper")
    response = journalist_client.get(LISTS["articles"], {"q": "floodlight"})
    found = [a.headline for a in response.context["cl"].result_list]
    assert found == ["Floodlight failure halts the derby"]


def test_photo_search_matches_caption_words_and_the_photographer(
    journalist_client,
):
    from galleries.models import Photographer

    keeper = make_photo(name="a.jpg", size=(200, 150), caption="The keeper saves")
    other = make_photo(name="b.jpg", size=(200, 150), caption="A corner kick")
    other.photographer = Photographer.objects.create(
        name="Ana Quill", slug="ana-quill", match_keys="|ana quill|"
    )
    other.save()
    url = LISTS["photos"]
    by_caption = journalist_client.get(url, {"q": "keeper"}).context["cl"]
    assert list(by_caption.result_list) == [keeper]
    by_name = journalist_client.get(url, {"q": "quill"}).context["cl"]
    assert list(by_name.result_list) == [other]


def test_lists_show_fifty_rows_a_page(journalist_client):
    ArticleFactory.create_batch(51)
    response = journalist_client.get(LISTS["articles"])
    assert len(response.context["cl"].result_list) == 50


def test_a_gallery_form_runs_the_same_queries_for_more_photos(
    journalist_client, count_queries
):
    gallery = GalleryFactory(photos=2)
    url = f"/admin/galleries/gallery/{gallery.pk}/change/"
    journalist_client.get(url)
    small = count_queries(lambda: journalist_client.get(url))
    bigger = GalleryFactory(photos=6)
    url = f"/admin/galleries/gallery/{bigger.pk}/change/"
    journalist_client.get(url)
    large = count_queries(lambda: journalist_client.get(url))
    assert small == large


def test_a_gallery_row_still_shows_its_chosen_photo(journalist_client):
    gallery = GalleryFactory(photos=1)
    photo = gallery.items.get().photo
    body = journalist_client.get(
        f"/admin/galleries/gallery/{gallery.pk}/change/"
    ).content.decode()
    assert f'<option value="{photo.pk}" selected>{photo}</option>' in body


def chooser(client, field_name, term, page=1):
    response = client.get(
        "/admin/autocomplete/",
        {
            "term": term,
            "app_label": "articles",
            "model_name": "article",
            "field_name": field_name,
            "page": page,
        },
    )
    assert response.status_code == 200
    return response.json()


def test_a_chooser_scrolls_a_few_pages_then_asks_for_a_better_term(
    journalist_client, monkeypatch
):
    from galleries.admin import PhotoAdmin

    monkeypatch.setattr(PhotoAdmin, "chooser_pages", 1)
    for n in range(25):
        make_photo(name=f"p{n}.jpg", size=(200, 150), title=f"Duru celebrates {n}")
    first = chooser(journalist_client, "lead_photo", "celebrates")
    assert len(first["results"]) == 20
    # One page a chooser here: the count stops at 20, so there is no next.
    assert first["pagination"]["more"] is False


def test_a_player_chooser_does_not_count_everyone_s_taggings(journalist_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import PlayerFactory

    star = PlayerFactory(name="Emeka Duru")
    for _ in range(3):
        ArticleFactory().players.add(star)
    with CaptureQueriesContext(connection) as captured:
        results = chooser(journalist_client, "players", "Duru")["results"]
    assert not [q for q in captured.captured_queries if "taggedplayer" in q["sql"]]
    assert [r["text"] for r in results][0].startswith("Emeka Duru")
    listed = journalist_client.get("/admin/tags/player/")
    assert listed.context["cl"].result_list[0].tagging_total == 3
