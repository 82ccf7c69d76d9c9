"""The writing form of stories and galleries: sizes, the headline's count,
the publication time picker, the publish button's words and typographic
quotes (newsroom/desk/forms.py, WritingAdminMixin, publish_label)."""

import re
from datetime import datetime, timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from galleries.models import Gallery
from newsroom.desk.admin import publish_label
from newsroom.desk.forms import PublicationTimeField, characters_left
from newsroom.models import Status
from tests.admin_forms import add_inline_row, change_form_data
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    GalleryFactory,
    SectionFactory,
)

pytestmark = pytest.mark.django_db

ADD_ARTICLE = reverse("admin:articles_article_add")
ADD_GALLERY = reverse("admin:galleries_gallery_add")
LONDON = timezone.get_default_timezone()
# A Friday evening in the newsroom's time zone.
FRIDAY = datetime(2026, 12, 4, 18, 30, tzinfo=LONDON)


def change_url(item):
    opts = item._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk])


def publish_button(response):
    html = response.content.decode()
    match = re.search(r"<button[^>]*workflow-publish[^>]*>([^<]*)</button>", html)
    assert match, "no publish button"
    return match.group(0), match.group(1).strip()


def form_field(response, name):
    return response.context["adminform"].form.fields[name]


# Sizes and the headline's count ---------------------------------------------


@pytest.mark.parametrize("url", [ADD_ARTICLE, ADD_GALLERY])
def test_the_headline_is_a_wide_box_with_its_character_count(journalist_client, url):
    response = journalist_client.get(url)
    html = response.content.decode()
    headline = re.search(r'<input[^>]*id="id_headline"[^>]*>', html).group(0)
    assert 'maxlength="200"' in headline
    assert "desk-wide" in headline
    assert 'data-limit="200"' in html and 'data-warn-at="20"' in html
    assert '<p class="desk-count" aria-hidden="true" data-char-count-shown>0 / 200' in (
        html
    )
    assert 'aria-live="polite" data-char-count-spoken' in html
    # The script and styles come as static files: the desk's policy runs
    # no inline script.
    assert "newsroom/admin/writing.js" in html
    assert "newsroom/admin/writing.css" in html


def test_the_count_says_how_many_are_left_near_the_limit(journalist_client):
    article = ArticleFactory(headline="x" * 190)
    html = journalist_client.get(change_url(article)).content.decode()
    assert (
        '<p class="desk-count is-near" aria-hidden="true" data-char-count-shown>'
        in (html)
    )
    assert "10 characters left" in html


@pytest.mark.parametrize(
    ("length", "text"),
    [
        (0, "0 / 200"),
        (54, "54 / 200"),
        (179, "179 / 200"),
        (180, "20 characters left"),
        (181, "19 characters left"),
        (199, "1 character left"),
        (200, "0 characters left"),
    ],
)
def test_characters_left_counts_then_counts_down(length, text):
    assert characters_left(length, 200, 20) == text


def test_text_boxes_are_sized_to_what_they_hold(journalist_client):
    article_form = journalist_client.get(ADD_ARTICLE)
    assert form_field(article_form, "standfirst").widget.attrs["rows"] == 3
    assert form_field(article_form, "lead_photo_caption").widget.attrs["rows"] == 2
    gallery_form = journalist_client.get(ADD_GALLERY)
    assert form_field(gallery_form, "standfirst").widget.attrs["rows"] == 3
    assert form_field(gallery_form, "intro").widget.attrs["rows"] == 4


# The publication time -----------------------------------------------------------


def test_the_publication_time_is_a_date_time_picker_in_the_newsrooms_time(
    journalist_client,
):
    article = ArticleFactory(
        published_at=datetime(2026, 7, 1, 19, 4, 33, tzinfo=LONDON)
    )
    response = journalist_client.get(change_url(article))
    html = response.content.decode()
    picker = re.search(r'<input[^>]*name="published_at"[^>]*>', html).group(0)
    assert 'type="datetime-local"' in picker
    assert 'value="2026-07-01T19:04"' in picker  # summer time, shown as London's
    assert 'data-time-zone="Europe/London"' in picker
    assert "published_at_0" not in html and "Today" not in html
    help_text = str(form_field(response, "published_at").help_text)
    assert "Europe/London" in help_text and "Schedule for" in help_text


def test_a_time_picked_in_the_future_schedules_the_story(journalist_client):
    with time_machine.travel(FRIDAY, tick=False):
        article = ArticleFactory(draft=True)
        data = change_form_data(journalist_client.get(change_url(article)))
        data.update(published_at="2026-12-05T20:04", _transition="publish")
        response = journalist_client.post(change_url(article), data, follow=True)
        assert "Scheduled: it appears by itself at 5 December 2026, 20:04:00" in (
            response.content.decode()
        )
        article.refresh_from_db()
        assert article.is_scheduled
        assert article.published_at == datetime(2026, 12, 5, 20, 4, tzinfo=LONDON)


def test_a_time_picked_in_the_past_publishes_at_once(journalist_client):
    with time_machine.travel(FRIDAY, tick=False):
        article = ArticleFactory(draft=True)
        data = change_form_data(journalist_client.get(change_url(article)))
        data.update(published_at="2026-12-04T18:00", _transition="publish")
        journalist_client.post(change_url(article), data)
        article.refresh_from_db()
        assert article.status == Status.PUBLISHED and article.is_live


def test_saving_again_keeps_the_stored_seconds(journalist_client):
    moment = datetime(2026, 12, 4, 17, 12, 45, 123456, tzinfo=LONDON)
    article = ArticleFactory(published_at=moment)
    response = journalist_client.get(change_url(article))
    assert 'value="2026-12-04T17:12"' in response.content.decode()
    data = change_form_data(response)
    data["published_at"] = "2026-12-04T17:12"  # what the picker sends back
    data["standfirst"] = "A new standfirst."
    response = journalist_client.post(change_url(article), data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.published_at == moment
    assert article.standfirst == "A new standfirst."


def test_the_same_minute_picked_again_is_no_change():
    """So saving other fields doesn't list the publication time as changed
    (in the history, the revision or an edit conflict's differences)."""
    stored = datetime(2026, 12, 4, 17, 12, 45, 123456, tzinfo=LONDON)
    field = PublicationTimeField(required=False)
    assert not field.has_changed(stored, "2026-12-04T17:12")
    assert field.has_changed(stored, "2026-12-04T17:13")
    assert field.has_changed(stored, "")
    assert field.has_changed(None, "2026-12-04T17:12")


# The publish button's words ---------------------------------------------------


@pytest.mark.parametrize(
    ("published_at", "label"),
    [
        (None, "Publish"),
        (FRIDAY - timedelta(hours=2), "Publish"),
        (FRIDAY.replace(hour=20, minute=4), "Schedule for 20:04"),
        (datetime(2026, 12, 5, 20, 4, tzinfo=LONDON), "Schedule for Sat 5 Dec, 20:04"),
        (
            datetime(2027, 1, 2, 9, 0, tzinfo=LONDON),
            "Schedule for Sat 2 Jan 2027, 09:00",
        ),
    ],
)
def test_publish_label_names_the_time_it_schedules_for(published_at, label):
    with time_machine.travel(FRIDAY, tick=False):
        assert publish_label(published_at) == label


def test_the_button_reads_schedule_for_a_saved_future_time(journalist_client):
    with time_machine.travel(FRIDAY, tick=False):
        article = ArticleFactory(
            status=Status.IN_REVIEW, published_at=FRIDAY.replace(hour=20, minute=4)
        )
        button, label = publish_button(journalist_client.get(change_url(article)))
    assert label == "Schedule for 20:04"
    assert 'value="publish"' in button  # the same step: the time decides
    assert 'data-schedule-label="Schedule for %(when)s"' in button
    assert 'data-publish-label="Publish"' in button
    assert 'data-day-names="Mon,Tue,Wed,Thu,Fri,Sat,Sun"' in button
    assert 'data-month-names="Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec"' in (
        button
    )


def test_the_button_reads_publish_for_a_saved_past_time_or_none(journalist_client):
    with time_machine.travel(FRIDAY, tick=False):
        past = ArticleFactory(draft=True, published_at=FRIDAY - timedelta(days=1))
        assert publish_button(journalist_client.get(change_url(past)))[1] == "Publish"
        assert publish_button(journalist_client.get(ADD_ARTICLE))[1] == "Publish"


# Typographic quotes -------------------------------------------------------------


def new_article_data(client, **fields):
    data = change_form_data(client.get(ADD_ARTICLE))
    data.update(
        headline='Salah\'s goal - "unstoppable"',
        slug="salahs-goal",
        standfirst="O'Brien: 'It was the best of the '90s--by far.'",
        section=SectionFactory().pk,
        **fields,
    )
    data["bylines-TOTAL_FORMS"] = "0"
    add_inline_row(data, "bylines", author=AuthorFactory().pk, position="1")
    return data


def test_straight_quotes_typed_in_the_headline_are_saved_curly(journalist_client):
    response = journalist_client.post(ADD_ARTICLE, new_article_data(journalist_client))
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(slug="salahs-goal")
    assert article.headline == "Salah’s goal – “unstoppable”"
    assert article.standfirst == "O’Brien: ‘It was the best of the ’90s—by far.’"


def test_with_the_setting_off_quotes_are_saved_as_typed(journalist_client, settings):
    settings.NEWSROOM_SMART_QUOTES = False
    response = journalist_client.post(ADD_ARTICLE, new_article_data(journalist_client))
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(slug="salahs-goal")
    assert article.headline == 'Salah\'s goal - "unstoppable"'
    assert article.standfirst == "O'Brien: 'It was the best of the '90s--by far.'"


def test_a_galleries_headline_and_standfirst_are_curled_too(journalist_client):
    gallery = GalleryFactory(draft=True)
    data = change_form_data(journalist_client.get(change_url(gallery)))
    data.update(headline="In pics: Duru's night", standfirst='The "derby" - in full.')
    response = journalist_client.post(change_url(gallery), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    gallery = Gallery.objects.get(pk=gallery.pk)
    assert gallery.headline == "In pics: Duru’s night"
    assert gallery.standfirst == "The “derby” – in full."
