"""`manage.py seed_scale` makes what it says, as the benchmark needs it."""

from collections import Counter
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from articles.models import Article, Byline
from galleries.models import Gallery, GalleryItem, Photo, Rendition
from newsroom.demo.scale import RARE_STORIES, RARE_WORDS
from newsroom.models import Status
from newsroom.search import search_update, search_update_bulk
from newsroom.tags.models import Player, TaggedPlayer, Team

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(capsys):
    call_command(
        "seed_scale",
        articles=120,
        galleries=6,
        photos_per_gallery=5,
        players=40,
        teams=8,
        sections=4,
    )
    return capsys.readouterr().out


def test_it_makes_the_rows_it_reports(seeded):
    assert Article.objects.count() == 120
    assert Gallery.objects.count() == 6
    assert GalleryItem.objects.count() == 30
    photos = Photo.objects.count()
    assert photos == 30 + 12  # the galleries' and the stories' lead photos
    assert Rendition.objects.count() == photos * 4
    assert Player.objects.count() == 40 and Team.objects.count() == 8
    assert Byline.objects.count() >= 120
    assert "120 articles" in seeded and "Seeded in" in seeded


def test_most_items_are_live_and_a_few_are_drafts_or_scheduled(seeded):
    live = Article.objects.published().count()
    hidden = Article.objects.count() - live
    assert live >= 100 and hidden >= 1
    assert Article.objects.filter(status=Status.DRAFT).exists()


def test_taggings_are_skewed_to_a_few_stars(seeded):
    per_player = Counter(TaggedPlayer.objects.values_list("tag_id", flat=True))
    counts = sorted(per_player.values(), reverse=True)
    assert counts[0] >= 4 * counts[len(counts) // 2]


def test_bylines_are_skewed_to_staff_writers_and_carry_the_story_s_time(seeded):
    per_author = Counter(Byline.objects.values_list("author_id", flat=True))
    counts = sorted(per_author.values(), reverse=True)
    assert counts[0] >= 4 * counts[len(counts) // 2]
    for byline in Byline.objects.select_related("article"):
        live = byline.article.status == Status.PUBLISHED
        assert byline.published_at == (byline.article.published_at if live else None)


def test_the_last_two_days_hold_a_day_of_news_whatever_the_size(seeded):
    since = timezone.now() - timedelta(days=2)
    recent = Article.objects.filter(published_at__gte=since).count()
    # A tenth of a small set; DAILY_STORIES a day of a big one.
    assert recent >= 120 // 10 - 1


def test_a_common_word_is_in_most_items_and_search_finds_them(client, seeded):
    with_match = Article.objects.filter(search_text__icontains="match").count()
    assert with_match >= 0.3 * Article.objects.count()
    response = client.get("/search/", {"q": "match"})
    assert response.context["results"]


def test_a_rare_word_is_in_the_same_few_items_at_any_size(seeded):
    # RARE_STORIES stories and RARE_GALLERIES galleries a word, or, in a set
    # too small for that (120 stories, 6 galleries here), every item shared
    # out among the words.
    for word in RARE_WORDS:
        stories = Article.objects.filter(standfirst__contains=word).count()
        assert stories == min(RARE_STORIES, 120 // len(RARE_WORDS))
    assert Gallery.objects.filter(standfirst__contains=" story.").count() == 6


def test_the_pages_render_on_seeded_rows(client, seeded):
    article = Article.objects.published().first()
    gallery = Gallery.objects.published().first()
    star = Player.objects.order_by("pk").first()
    for url in [
        "/",
        article.get_absolute_url(),
        gallery.get_absolute_url(),
        star.get_absolute_url(),
        "/sitemap.xml",
        "/sitemap-galleries.xml",
    ]:
        assert client.get(url).status_code == 200, url


def test_a_bulk_reindex_stores_what_one_save_stores(seeded):
    item = Article.objects.published().order_by("pk").first()
    search_update_bulk(Article, batch_size=50)
    bulk = Article.objects.values("search_text", "search_vector").get(pk=item.pk)
    search_update(item)
    single = Article.objects.values("search_text", "search_vector").get(pk=item.pk)
    assert bulk == single
    assert item.players.first().name in bulk["search_text"]
    if connection.vendor == "postgresql":
        assert bulk["search_vector"]
