"""The query shapes that keep pages as fast at 100,000 stories as at 1,000:
each reads a bounded number of rows, whatever the size of the tables.
(Timings are `make bench-scale`'s; these pin the shapes and their limits.)"""

import re
from datetime import timedelta
from html import unescape

import pytest
from defusedxml import ElementTree as ET
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.sitemaps import ArticleSitemap
from galleries.sitemaps import GallerySitemap
from newsroom import content, related
from newsroom.site.sitemaps import sitemaps
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
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


class TestTagPhotosReadAWindowOfTaggings:
    """`tagged_photos`: a few pages' worth of the tag's newest taggings past
    the cursor, then the published ones among them."""

    @pytest.fixture
    def player(self):
        return PlayerFactory(slug="emeka-duru")

    def tag(self, player, count, *, public=True):
        photos = [make_photo(caption=f"Duru {n}", size=(40, 30)) for n in range(count)]
        for photo in photos:
            if public:
                ArticleFactory(lead_photo=photo)
            photo.players.add(player)
        return photos

    def test_pages_walk_back_by_photo_id(self, player, settings):
        from newsroom.site.views import tagged_photos

        settings.NEWSROOM_TAG_PHOTO_WINDOW = 2
        photos = self.tag(player, 5)[::-1]
        first, cursor = tagged_photos(player, 2)
        assert (first, cursor) == (photos[:2], photos[1].pk)
        second, cursor = tagged_photos(player, 2, before=cursor)
        assert (second, cursor) == (photos[2:4], photos[3].pk)
        assert tagged_photos(player, 2, before=cursor) == ([photos[4]], None)

    def test_drafts_in_the_window_make_a_short_page_not_a_dead_end(
        self, player, settings
    ):
        from newsroom.site.views import tagged_photos

        settings.NEWSROOM_TAG_PHOTO_WINDOW = 1
        older = self.tag(player, 2)[::-1]
        drafts = self.tag(player, 2, public=False)[::-1]
        shown, cursor = tagged_photos(player, 2)
        assert (shown, cursor) == ([], drafts[-1].pk)
        assert tagged_photos(player, 2, before=cursor) == (older, None)

    def test_the_photos_page_links_older_and_back_to_the_latest(self, client, player):
        self.tag(player, 26)
        first = client.get("/players/emeka-duru/photos/")
        cursor = first.context["older"]
        assert f'href="?before={cursor}"' in first.content.decode()
        second = client.get("/players/emeka-duru/photos/", {"before": cursor})
        assert len(second.context["photos"]) == 2
        assert second.context["older"] is None
        assert 'href=".">Latest photos' in second.content.decode()

    @pytest.mark.parametrize("cursor", ["x", "-1", "1.2", "9" * 30])
    def test_bad_cursors_are_404(self, client, player, cursor):
        url = "/players/emeka-duru/photos/"
        assert client.get(url, {"before": cursor}).status_code == 404

    @postgres_only
    def test_reads_one_window_of_the_taggings_index(self, client, player, settings):
        settings.NEWSROOM_TAG_PHOTO_WINDOW = 3
        self.tag(player, 3)
        _response, sql = queries_of(client, "/players/emeka-duru/photos/")
        windows = [q for q in sql if "tags_taggedplayer" in q and "LIMIT 73" in q]
        assert len(windows) == 1, sql


def older_link(response):
    """The query of a page's rel=next link."""
    html = response.content.decode()
    found = re.search(r'<a href="([^"]*)" rel="next"', html)
    return found and unescape(found.group(1))


def newer_link(response):
    html = response.content.decode()
    found = re.search(r'<a href="([^"]*)" rel="prev"', html)
    return found and unescape(found.group(1))


class TestListsPageByKey:
    """Section, author, archive, gallery and photographer lists page by key
    ("older than this story"): no OFFSET, no count, any depth."""

    def test_every_list_pages_by_key(self):
        from articles.views import ArticleYearArchiveView
        from galleries.views import GalleryIndexView, PhotographerView
        from newsroom.http import KeysetPaginationMixin
        from newsroom.site.views import AuthorView, SectionView

        for view in (
            ArticleYearArchiveView,
            GalleryIndexView,
            PhotographerView,
            AuthorView,
            SectionView,
        ):
            assert issubclass(view, KeysetPaginationMixin), view

    def test_older_then_newer_visits_every_story_once(self, client):
        section = SectionFactory(slug="football")
        now = timezone.now()
        stories = [
            ArticleFactory(section=section, published_at=now - timedelta(hours=n // 2))
            for n in range(45)
        ]
        expected = sorted(stories, key=lambda a: (a.published_at, a.pk), reverse=True)
        url = "/section/football/"
        pages, response = [], client.get(url)
        while True:
            pages.append(list(response.context["articles"]))
            link = older_link(response)
            if not link:
                break
            response = client.get(url + link)
        assert [len(page) for page in pages] == [20, 20, 5]
        assert [a for page in pages for a in page] == expected
        back = client.get(url + newer_link(response))
        assert list(back.context["articles"]) == expected[20:40]
        top = client.get(url + newer_link(back))
        assert list(top.context["articles"]) == expected[:20]
        assert newer_link(top) is None

    def test_a_page_keeps_its_stories_when_news_arrives(self, client):
        section = SectionFactory(slug="football")
        ArticleFactory.create_batch(30, section=section)
        link = older_link(client.get("/section/football/"))
        before = list(client.get("/section/football/" + link).context["articles"])
        ArticleFactory.create_batch(3, section=section)
        after = list(client.get("/section/football/" + link).context["articles"])
        assert before == after

    def test_a_deep_page_reads_past_the_cursor_without_offset_or_count(self, client):
        section = SectionFactory(slug="football")
        ArticleFactory.create_batch(25, section=section)
        link = older_link(client.get("/section/football/"))
        response, sql = queries_of(client, "/section/football/" + link)
        assert len(response.context["articles"]) == 5
        assert not [q for q in sql if "OFFSET" in q.upper() or "COUNT(" in q.upper()]
        listing = [q for q in sql if "LIMIT 21" in q and 'FROM "articles_article"' in q]
        assert len(listing) == 1 and '"published_at" <' in listing[0]

    def test_archives_break_ties_by_id(self, client):
        from datetime import datetime

        noon = datetime(2024, 4, 19, 12, tzinfo=timezone.get_default_timezone())
        stories = ArticleFactory.create_batch(22, published_at=noon)
        first = client.get("/2024/04/19/")
        second = client.get("/2024/04/19/" + older_link(first))
        shown = list(first.context["articles"]) + list(second.context["articles"])
        assert shown == sorted(stories, key=lambda a: a.pk, reverse=True)

    @pytest.mark.parametrize(
        "params",
        [
            {"before": "abc"},
            {"before": "1.2.3"},
            {"before": "1.x"},
            {"before": f"{'9' * 40}.1"},
            {"after": "-99999999999999999999.1"},
            {"before": "1.1", "after": "1.1"},
            {"page": "2"},
        ],
    )
    def test_bad_cursors_are_404(self, client, params):
        SectionFactory(slug="football")
        assert client.get("/section/football/", params).status_code == 404
        assert client.get("/galleries/", params).status_code == 404

    def test_a_cursor_past_the_end_is_404(self, client):
        SectionFactory(slug="football")
        assert client.get("/section/football/", {"before": "0.0"}).status_code == 404


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
    # Shared tag and section, for each content type: each part a LIMIT 4,
    # the shared tag read as the tag's latest-filed items of that type.
    assert len(re.findall(r"LIMIT 4\b", ranking[0])) == 2 * len(content.kinds())
    windows = re.findall(r'"tag_id" = \d+\) ORDER BY 1 DESC LIMIT (\d+)', ranking[0])
    assert windows == [str(related.TAG_WINDOW)] * len(content.kinds())
    assert len(response.context["related"]) == 4
    assert all(player in item.players.all() for item in response.context["related"])


class TestAuthorPagesReadTheirBylines:
    def test_pages_walk_the_author_s_bylines_by_key(self, client):
        author = AuthorFactory()
        now = timezone.now()
        stories = [
            ArticleFactory(authors=[author], published_at=now - timedelta(hours=h))
            for h in range(1, 26)
        ]
        ArticleFactory(authors=[author], draft=True)
        ArticleFactory(authors=[author], scheduled=True)
        ArticleFactory()  # someone else's
        first = client.get(author.get_absolute_url())
        assert list(first.context["articles"]) == stories[:20]
        older = first.context["page_obj"].older_query
        second = client.get(author.get_absolute_url() + older)
        assert list(second.context["articles"]) == stories[20:]
        assert not second.context["page_obj"].has_next()

    @postgres_only
    def test_reads_down_the_byline_index_on_postgresql(self, client):
        author = AuthorFactory()
        ArticleFactory.create_batch(3, authors=[author])
        _response, sql = queries_of(client, author.get_absolute_url())
        (walk,) = [
            q for q in sql if q.startswith('SELECT "articles_byline"') and "LIMIT" in q
        ]
        assert 'ORDER BY "articles_byline"."published_at" DESC' in walk
        assert walk.endswith("LIMIT 21")
        assert "articles_article" not in walk.split("WHERE")[0]
        # A few test rows make any plan cheap; as on a big table, say scans
        # and sorts cost a lot, and the index must give the order itself.
        planner = ("enable_seqscan", "enable_bitmapscan", "enable_sort")
        with connection.cursor() as cursor:
            for setting in planner:
                cursor.execute(f"SET {setting} = off")
            cursor.execute("EXPLAIN " + walk)
            plan = "\n".join(row[0] for row in cursor.fetchall())
            for setting in planner:
                cursor.execute(f"RESET {setting}")
        assert "Index Scan using articles_byline_author_page" in plan
        assert "Sort" not in plan

    def test_the_author_feed_reads_the_newest_bylines(self, client):
        author = AuthorFactory()
        mine = ArticleFactory(authors=[author], headline="Okafor on the derby")
        ArticleFactory(authors=[author], draft=True, headline="Unfinished piece")
        ArticleFactory(headline="Someone else's story")
        body = client.get(f"/author/{author.slug}/feed/").content.decode()
        assert mine.headline in body
        assert "Unfinished piece" not in body
        assert "Someone else" not in body
