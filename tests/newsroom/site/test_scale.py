"""The query shapes that keep pages as fast at 100,000 stories as at 1,000:
each reads a bounded number of rows, whatever the size of the tables.
(Timings are `make bench-scale`'s; these pin the shapes and their limits.)"""

from datetime import timedelta

import pytest
from defusedxml import ElementTree as ET
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.sitemaps import ArticleSitemap
from galleries.sitemaps import GallerySitemap
from newsroom import content
from newsroom.site.sitemaps import sitemaps
from tests.factories import (
    ArticleFactory,
    GalleryFactory,
    PlayerFactory,
    SectionFactory,
    make_photo,
)

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's query shape"
)


def queries_of(client, url, **params):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200, url
    return response, [q["sql"] for q in captured.captured_queries]


class TestHomeSectionBlocks:
    @postgres_only
    def test_each_section_reads_its_own_newest_few_on_postgresql(self, client):
        for section in SectionFactory.create_batch(3):
            ArticleFactory.create_batch(10, section=section)
        response, sql = queries_of(client, "/")
        assert not [q for q in sql if "ROW_NUMBER" in q.upper()]
        per_section = [q for q in sql if "ARRAY(" in q.upper()]
        assert len(per_section) == 1
        assert "LIMIT 4" in per_section[0]
        assert all(len(b["articles"]) == 4 for b in response.context["section_blocks"])

    def test_blocks_skip_the_top_stories_and_keep_the_section_order(self, client):
        first, second = SectionFactory(position=1), SectionFactory(position=2)
        now = timezone.now()
        older = [
            ArticleFactory(section=second, published_at=now - timedelta(hours=h))
            for h in range(10, 13)
        ]
        ArticleFactory.create_batch(5, section=first)  # the top stories
        response = client.get("/")
        blocks = response.context["section_blocks"]
        assert [b["section"] for b in blocks] == [second]
        assert blocks[0]["articles"] == older


class TestSitemapPages:
    def test_pages_are_ranges_of_ids_of_at_most_limit_urls(self, client, monkeypatch):
        monkeypatch.setattr(ArticleSitemap, "limit", 3)
        articles = ArticleFactory.create_batch(7)
        ArticleFactory(draft=True)
        index = ET.fromstring(client.get("/sitemap.xml").content)
        parts = [loc.text for loc in index.iterfind("s:sitemap/s:loc", SITEMAP_NS)]
        pages = [p for p in parts if "sitemap-articles.xml" in p]
        assert pages == [
            "http://testserver/sitemap-articles.xml",
            "http://testserver/sitemap-articles.xml?p=2",
            "http://testserver/sitemap-articles.xml?p=3",
        ]
        listed = []
        for page in (1, 2, 3):
            root = ET.fromstring(client.get(f"/sitemap-articles.xml?p={page}").content)
            urls = [loc.text for loc in root.iterfind("s:url/s:loc", SITEMAP_NS)]
            assert 1 <= len(urls) <= 3
            listed += urls
        assert listed == [f"http://testserver{a.get_absolute_url()}" for a in articles]
        for page in ("4", "0", "x"):
            response = client.get("/sitemap-articles.xml", {"p": page})
            assert response.status_code == 404

    def test_the_index_costs_one_query_a_section_whatever_the_size(
        self, client, count_queries
    ):
        ArticleFactory.create_batch(2)
        client.get("/sitemap.xml")  # contrib.sites caches the Site row
        small = count_queries(lambda: client.get("/sitemap.xml"))
        ArticleFactory.create_batch(6)
        GalleryFactory.create_batch(3, photos=1)
        large = count_queries(lambda: client.get("/sitemap.xml"))
        assert small == large <= len(sitemaps()) + 1

    def test_the_index_lastmod_is_the_latest_change_of_a_published_item(self, client):
        ArticleFactory(published_at=timezone.now() - timedelta(days=3))
        later = ArticleFactory(published_at=timezone.now() - timedelta(hours=2))
        ArticleFactory(scheduled=True)
        sitemap = ArticleSitemap()
        assert sitemap.get_latest_lastmod() == later.modified_at

    def test_every_file_stays_inside_the_protocols_limits(self):
        for sitemap in sitemaps().values():
            assert sitemap.limit <= 50_000
        # About 30 image entries of ~250 bytes per gallery: well under 50 MB.
        assert GallerySitemap.limit * 30 * 250 < 50 * 1024 * 1024 / 10


def test_search_ranks_only_the_newest_candidates(client, settings):
    settings.NEWSROOM_SEARCH_CANDIDATES = 3
    now = timezone.now()
    stories = [
        ArticleFactory(
            headline=f"Floodlight failure {n}", published_at=now - timedelta(hours=n)
        )
        for n in range(1, 6)
    ]
    response = client.get("/search/", {"q": "floodlight", "type": "articles"})
    found = {result["item"] for result in response.context["results"]}
    assert found == set(stories[:3])


def test_tag_photo_lists_read_the_newest_tagged_photos_only(client, settings):
    settings.NEWSROOM_TAG_PHOTO_CANDIDATES = 2
    player = PlayerFactory(slug="emeka-duru")
    photos = [make_photo(caption=f"Duru {n}", size=(200, 150)) for n in range(4)]
    ArticleFactory(lead_photo=photos[0])
    for photo in photos:
        ArticleFactory(lead_photo=photo)
        photo.players.add(player)
    response = client.get("/players/emeka-duru/photos/")
    assert {p.pk for p in response.context["photos"]} == {p.pk for p in photos[2:]}


class TestListsPageToABoundedDepth:
    def test_a_section_pages_no_deeper_than_the_cap(self, client, settings):
        settings.NEWSROOM_MAX_LIST_PAGES = 2
        section = SectionFactory(slug="football")
        ArticleFactory.create_batch(45, section=section)
        last = client.get("/section/football/", {"page": 2})
        assert last.status_code == 200
        assert last.context["paginator"].num_pages == 2
        assert 'href="/search/">Search for older ones' in last.content.decode()
        assert client.get("/section/football/", {"page": 3}).status_code == 404

    def test_the_count_reads_at_most_the_pages_it_can_show(self, client, settings):
        settings.NEWSROOM_MAX_LIST_PAGES = 2
        section = SectionFactory(slug="football")
        ArticleFactory.create_batch(3, section=section)
        _response, sql = queries_of(client, "/section/football/")
        counts = [q for q in sql if "COUNT(" in q.upper()]
        assert len(counts) == 1
        assert "LIMIT 40" in counts[0]

    def test_archives_author_photographer_and_gallery_lists_are_capped(self):
        from articles.views import ArticleYearArchiveView
        from galleries.views import GalleryIndexView, PhotographerView
        from newsroom.http import CappedPaginator
        from newsroom.site.views import AuthorView, TagPhotosView

        for view in (
            ArticleYearArchiveView,
            GalleryIndexView,
            PhotographerView,
            AuthorView,
            TagPhotosView,
        ):
            assert view.paginator_class is CappedPaginator, view


@postgres_only
def test_more_on_this_unions_bounded_parts_on_postgresql(client):
    player = PlayerFactory()
    section = SectionFactory()
    story, *others = ArticleFactory.create_batch(8, section=section)
    for item in [story, *others[:5]]:
        item.players.add(player)
    response, sql = queries_of(client, story.get_absolute_url())
    ranking = [q for q in sql if " UNION ALL " in q]
    assert len(ranking) == 1
    # Shared tag and section, for each content type: each part a LIMIT 4.
    assert ranking[0].count("LIMIT 4") == 2 * len(content.kinds())
    assert len(response.context["related"]) == 4
    assert all(player in item.players.all() for item in response.context["related"])
