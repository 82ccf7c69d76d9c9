from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from tests.factories import ArticleFactory, AuthorFactory, SectionFactory

pytestmark = pytest.mark.django_db


def test_article_page_shows_the_story(client):
    section = SectionFactory(name="Football")
    authors = [AuthorFactory(name="Maya Okafor"), AuthorFactory(name="Tom Reid")]
    article = ArticleFactory(
        kicker="Match report",
        headline="Harbourside snatch derby at the death",
        standfirst="A stoppage-time header settles it.",
        section=section,
        authors=authors,
    )
    response = client.get(article.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert (
        '<h1 class="story__headline">Harbourside snatch derby at the death</h1>' in html
    )
    assert "Match report" in html
    assert "A stoppage-time header settles it." in html
    assert "<h2>First half</h2>" in html
    assert f'href="{authors[0].get_absolute_url()}"' in html
    assert "Maya Okafor</a> and <a" in html
    assert f'href="{section.get_absolute_url()}"' in html
    assert f'datetime="{timezone.localtime(article.published_at).isoformat()}"' in html
    assert html.count("<h1") == 1
    assert "Updated" not in html


def test_article_page_says_updated_after_a_later_change(client):
    article = ArticleFactory()
    with time_machine.travel(timezone.now() + timedelta(hours=3)):
        article.standfirst = "Now with the manager's reaction."
        article.save()
        response = client.get(article.get_absolute_url())
    assert "Updated <time" in response.content.decode()


@pytest.mark.parametrize(
    "kwargs", [{"draft": True}, {"scheduled": True}], ids=["draft", "scheduled"]
)
def test_unpublished_articles_are_not_found(client, kwargs):
    article = ArticleFactory(**kwargs)
    article.pub_date = timezone.localdate()
    url = f"/{article.pub_date:%Y/%m/%d}/{article.slug}/"
    assert client.get(url).status_code == 404


def test_scheduled_article_is_served_once_its_time_comes(client):
    article = ArticleFactory(scheduled=True)
    url = article.get_absolute_url()
    assert client.get(url).status_code == 404
    with time_machine.travel(article.published_at + timedelta(seconds=1)):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/2026/02/31/no-such-day/",
        "/2026/13/01/no-such-month/",
        "/1999/01/01/unknown-slug/",
    ],
)
def test_bad_article_urls_are_404(client, path):
    assert client.get(path).status_code == 404


def test_article_url_with_the_wrong_date_is_404(client):
    article = ArticleFactory(published_at=timezone.now() - timedelta(days=3))
    other_day = timezone.localdate() - timedelta(days=10)
    assert client.get(f"/{other_day:%Y/%m/%d}/{article.slug}/").status_code == 404


def test_article_page_query_budget_is_fixed(client, count_queries):
    """At most 11 queries (with “More on this”), the same for one author or
    three."""
    one = ArticleFactory(authors=[AuthorFactory()])
    three = ArticleFactory(authors=AuthorFactory.create_batch(3))

    small = count_queries(lambda: client.get(one.get_absolute_url()))
    large = count_queries(lambda: client.get(three.get_absolute_url()))
    assert small == large
    assert large <= 11


def test_article_page_from_kept_parts_reads_the_story_and_the_sections(
    page_cache, count_queries, settings
):
    """With its parts kept (newsroom/fragments.py) the page runs 2 queries:
    the published story's row and the navigation; rendering the parts runs
    no more than the page without them."""
    from django.test import Client

    from newsroom import fragments

    story = ArticleFactory(authors=AuthorFactory.create_batch(3))
    url = story.get_absolute_url()
    reader = Client()
    reader.cookies["sessionid"] = "a-reader-with-a-session"
    settings.NEWSROOM_PAGE_CACHE = False
    whole = count_queries(lambda: reader.get(url))
    settings.NEWSROOM_PAGE_CACHE = True
    reader.get(url)  # the cache's first read: the next scheduled time
    assert count_queries(lambda: reader.get(url)) == 2
    fragments._near.clear()
    page_cache._cache.get_client().delete(
        *page_cache._cache.get_client().keys("*pagecache:part:*")
    )
    assert count_queries(lambda: reader.get(url)) == whole


def test_more_on_this_leaves_out_the_storys_own_gallery(client):
    """The story's gallery shows once, under “In pictures”; another gallery
    of its section still makes “More on this”."""
    from tests.factories import GalleryFactory

    section = SectionFactory()
    own = GalleryFactory(section=section, photos=1, headline="In pics: our own")
    other = GalleryFactory(section=section, photos=1, headline="In pics: another")
    article = ArticleFactory(section=section, related_gallery=own)

    response = client.get(article.get_absolute_url())

    assert response.context["related"] == [other]
    html = response.content.decode()
    assert html.count(f'href="{own.get_absolute_url()}"') == 1
    related = html[html.index('class="related"') :]
    assert "In pics: our own" not in related
    assert "In pics: another" in related
