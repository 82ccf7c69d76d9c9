from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.db import IntegrityError
from django.utils import timezone

from articles.models import Article
from newsroom.models import Status
from tests.factories import ArticleFactory, AuthorFactory, SectionFactory

pytestmark = pytest.mark.django_db

NOON = datetime(2026, 5, 12, 12, 0, tzinfo=UTC)


@time_machine.travel(NOON, tick=False)
def test_published_shows_only_live_articles():
    live = ArticleFactory(published_at=NOON - timedelta(minutes=1))
    ArticleFactory(draft=True)
    ArticleFactory(published_at=NOON + timedelta(minutes=1))
    ArticleFactory(status=Status.DRAFT, published_at=NOON - timedelta(days=1))

    assert list(Article.objects.published()) == [live]


def test_scheduled_article_appears_at_its_time_to_the_second():
    at = NOON + timedelta(hours=3)
    with time_machine.travel(NOON, tick=False):
        article = ArticleFactory(published_at=at)
        assert article.is_scheduled
    with time_machine.travel(at - timedelta(seconds=1), tick=False):
        assert not Article.objects.published().filter(pk=article.pk).exists()
    with time_machine.travel(at, tick=False):
        assert Article.objects.published().filter(pk=article.pk).exists()
        assert Article.objects.get(pk=article.pk).is_live


@time_machine.travel(NOON, tick=False)
def test_publishing_without_a_time_means_now():
    article = ArticleFactory(published_at=None)
    assert article.published_at == NOON
    assert article.first_published_at == NOON


@time_machine.travel(NOON, tick=False)
def test_publish_checks_name_every_missing_part():
    article = ArticleFactory(section=None, standfirst="", draft=True)
    article.bylines.all().delete()
    assert article.publish_problems() == [
        "Add a standfirst.",
        "Choose a section.",
        "Add at least one author to the byline.",
    ]


@time_machine.travel(NOON, tick=False)
def test_a_draft_needs_no_section():
    article = ArticleFactory.build(section=None, draft=True)
    article.full_clean()


def test_database_refuses_published_status_without_a_time():
    article = ArticleFactory(draft=True)
    with pytest.raises(IntegrityError):
        Article.objects.filter(pk=article.pk).update(status=Status.PUBLISHED)


def test_url_date_is_the_newsroom_local_date():
    # 23:30 UTC on 10 June is 00:30 on 11 June in London (BST).
    late = datetime(2026, 6, 10, 23, 30, tzinfo=UTC)
    with time_machine.travel(late + timedelta(hours=1), tick=False):
        article = ArticleFactory(published_at=late)
    assert article.pub_date.isoformat() == "2026-06-11"
    assert article.get_absolute_url().startswith("/2026/06/11/")


def test_url_date_is_fixed_at_first_publication():
    with time_machine.travel(NOON, tick=False):
        article = ArticleFactory(published_at=NOON - timedelta(days=3))
        first_url = article.get_absolute_url()
        article.published_at = NOON
        article.save()
    article.refresh_from_db()
    assert article.get_absolute_url() == first_url
    assert article.first_published_at == NOON - timedelta(days=3)


def test_rescheduling_before_publication_moves_the_url_date():
    with time_machine.travel(NOON, tick=False):
        article = ArticleFactory(published_at=NOON + timedelta(days=2))
        assert article.pub_date.isoformat() == "2026-05-14"
        article.published_at = NOON + timedelta(days=5)
        article.save()
    assert article.pub_date.isoformat() == "2026-05-17"


def test_was_updated_only_after_a_real_change():
    with time_machine.travel(NOON, tick=False):
        article = ArticleFactory(published_at=NOON)
        assert not article.was_updated
    with time_machine.travel(NOON + timedelta(hours=2), tick=False):
        article.headline = "Harbourside win it late (updated)"
        article.save()
        assert article.was_updated


def test_description_falls_back_to_the_standfirst():
    article = ArticleFactory.build(standfirst="Short summary.", seo_description="")
    assert article.description == "Short summary."
    article.seo_description = "For search engines."
    assert article.description == "For search engines."


def test_section_and_author_urls_and_names():
    section = SectionFactory(name="Football", slug="football")
    author = AuthorFactory(name="Maya Okafor", slug="maya-okafor")
    assert str(section) == "Football"
    assert section.get_absolute_url() == "/section/football/"
    assert str(author) == "Maya Okafor"
    assert author.get_absolute_url() == "/author/maya-okafor/"


def test_sections_are_ordered_by_position():
    SectionFactory(name="Tennis", position=3)
    SectionFactory(name="Football", position=1)
    from newsroom.models import Section

    assert [s.name for s in Section.objects.all()] == ["Football", "Tennis"]


def test_timezone_default_is_london(settings):
    assert settings.TIME_ZONE == "Europe/London"
    assert timezone.get_current_timezone_name() == "Europe/London"


class TestBylinesCarryThePublicationTime:
    """An author's page reads their bylines' copy of the publication time;
    every route that changes a story's state keeps the copy true."""

    @staticmethod
    def times(item):
        return list(item.bylines.values_list("published_at", flat=True))

    def test_a_published_story_s_bylines_carry_its_time(self):
        article = ArticleFactory(authors=AuthorFactory.create_batch(2))
        assert self.times(article) == [article.published_at] * 2

    def test_drafts_and_withdrawn_stories_have_none(self):
        assert self.times(ArticleFactory(draft=True)) == [None]
        assert self.times(ArticleFactory(withdrawn=True)) == [None]

    def test_a_scheduled_story_s_bylines_carry_its_future_time(self):
        article = ArticleFactory(scheduled=True)
        assert self.times(article) == [article.published_at]

    def test_every_workflow_step_moves_the_copy(self, journalist):
        from newsroom.desk.services import item_transition

        article = ArticleFactory(draft=True, authors=AuthorFactory.create_batch(2))
        item, _ = item_transition(article, "publish", journalist)
        assert self.times(item) == [item.published_at] * 2
        item, _ = item_transition(item, "unpublish", journalist)
        assert self.times(item) == [None, None]
        later = timezone.now() + timedelta(hours=3)
        item.published_at = later
        item.save()
        item, _ = item_transition(item, "publish", journalist)
        assert self.times(item) == [later, later]
        item, _ = item_transition(item, "withdraw", journalist)
        assert self.times(item) == [None, None]

    def test_a_byline_added_later_takes_the_story_s_time(self):
        from articles.models import Byline

        article = ArticleFactory()
        byline = Byline.objects.create(
            article=article, author=AuthorFactory(), position=5
        )
        assert byline.published_at == article.published_at

    def test_a_rescheduled_story_moves_its_bylines(self):
        article = ArticleFactory(scheduled=True)
        article.published_at += timedelta(hours=2)
        article.save()
        assert self.times(article) == [article.published_at]
