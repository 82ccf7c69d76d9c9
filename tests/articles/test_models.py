from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.contrib.redirects.models import Redirect
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from articles.models import Article, Byline
from tests.factories import ArticleFactory, AuthorFactory

pytestmark = pytest.mark.django_db

NOON = datetime(2026, 5, 12, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def frozen_clock():
    with time_machine.travel(NOON, tick=False):
        yield


class TestSlugPerDate:
    def test_same_slug_on_the_same_day_is_a_validation_error(self):
        first = ArticleFactory(slug="derby-day", published_at=NOON - timedelta(hours=2))
        clash = ArticleFactory.build(
            slug="derby-day", published_at=NOON, section=first.section
        )
        with pytest.raises(ValidationError) as error:
            clash.full_clean()
        assert "12 May 2026" in error.value.message_dict["slug"][0]

    def test_the_database_refuses_it_too(self):
        ArticleFactory(slug="derby-day", published_at=NOON - timedelta(hours=2))
        with pytest.raises(IntegrityError), transaction.atomic():
            ArticleFactory(slug="derby-day", published_at=NOON)

    def test_same_slug_on_another_day_is_fine(self):
        first = ArticleFactory(slug="derby-day", published_at=NOON - timedelta(days=1))
        ArticleFactory.build(
            slug="derby-day", published_at=NOON, section=first.section
        ).full_clean()

    def test_drafts_may_share_a_slug(self):
        ArticleFactory(slug="derby-day", draft=True)
        ArticleFactory(slug="derby-day", draft=True)


class TestSanitizing:
    def test_body_is_sanitized_on_every_save_through_the_orm(self):
        article = Article.objects.create(
            headline="Unsafe",
            slug="unsafe",
            body=(
                '<p onclick="steal()">Hello<script>alert(1)</script></p>'
                '<a href="javascript:alert(1)">click</a>'
                '<iframe src="https://evil.example"></iframe>'
                '<img src="x" onerror="alert(1)">'
                '<h1>Big</h1><div style="color:red">red text</div>'
            ),
        )
        article.refresh_from_db()
        body = article.body
        forbidden = [
            "script",
            "onclick",
            "javascript:",
            "iframe",
            "<img",
            "<h1",
            "style=",
        ]
        for fragment in forbidden:
            assert fragment not in body
        assert "<p>Hello</p>" in body

    def test_sanitizing_also_applies_to_later_saves(self):
        article = ArticleFactory()
        article.body = '<p>Fine</p><script>alert("x")</script>'
        article.save()
        article.refresh_from_db()
        assert article.body == "<p>Fine</p>"

    def test_allowed_elements_survive(self):
        body = (
            "<h2>First half</h2><h3>Chances</h3>"
            "<p><strong>Bold</strong>, <em>italic</em> and "
            '<a href="https://example.com/table">a link</a>.</p>'
            "<blockquote><p>We never gave up.</p></blockquote>"
            "<ul><li>Goal, 12 min</li></ul><ol><li>First</li></ol>"
        )
        article = ArticleFactory(body=body)
        article.refresh_from_db()
        assert article.body == body


class TestSlugChangeRedirects:
    def test_changing_a_published_slug_leaves_a_permanent_redirect(self, client):
        article = ArticleFactory(slug="old-slug")
        old_url = article.get_absolute_url()
        article.slug = "new-slug"
        article.save()

        response = client.get(old_url)
        assert response.status_code == 301
        assert response["Location"] == article.get_absolute_url()
        assert client.get(article.get_absolute_url()).status_code == 200

    def test_every_old_address_points_straight_at_the_newest(self, client):
        article = ArticleFactory(slug="first")
        first_url = article.get_absolute_url()
        article.slug = "second"
        article.save()
        second_url = article.get_absolute_url()
        article.slug = "third"
        article.save()

        for old_url in (first_url, second_url):
            response = client.get(old_url)
            assert response.status_code == 301
            assert response["Location"] == article.get_absolute_url()

    def test_changing_back_does_not_loop(self, client):
        article = ArticleFactory(slug="first")
        first_url = article.get_absolute_url()
        article.slug = "second"
        article.save()
        article.slug = "first"
        article.save()

        assert client.get(first_url).status_code == 200
        assert not Redirect.objects.filter(old_path=first_url).exists()

    def test_draft_slug_changes_leave_no_redirect(self):
        article = ArticleFactory(draft=True, slug="first")
        article.slug = "second"
        article.save()
        assert not Redirect.objects.exists()


def test_drafts_have_no_public_url():
    assert ArticleFactory(draft=True).get_absolute_url() is None


def test_byline_keeps_the_chosen_order():
    first, second = AuthorFactory(name="Zara Quinn"), AuthorFactory(name="Adam Bell")
    article = ArticleFactory(authors=[first, second])
    fetched = Article.objects.with_byline().get(pk=article.pk)
    assert fetched.byline_authors == [first, second]


def test_an_author_appears_once_per_byline():
    author = AuthorFactory()
    article = ArticleFactory(authors=[author])
    with pytest.raises(IntegrityError), transaction.atomic():
        Byline.objects.create(article=article, author=author, position=1)
