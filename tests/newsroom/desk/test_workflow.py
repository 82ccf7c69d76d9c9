"""The editorial workflow: states, steps and their history, publish checks,
scheduling without a job, withdrawal (410 Gone), corrections and updates."""

from datetime import datetime, timedelta

import pytest
import time_machine
from django.contrib.admin.models import LogEntry
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags

from articles.models import Article
from galleries.models import GalleryItem
from newsroom.desk.services import TransitionRefused, item_transition, note_add
from newsroom.models import NoteKind, StateChange, Status
from tests.admin_forms import add_inline_row, change_form_data
from tests.factories import (
    ArticleFactory,
    GalleryFactory,
    PlayerFactory,
    UserFactory,
    make_photo,
)

pytestmark = pytest.mark.django_db

LONDON = timezone.get_default_timezone()
MORNING = datetime(2024, 4, 19, 9, 0, tzinfo=LONDON)


def page_text(response):
    """What a reader sees: the page's text without its tags."""
    return " ".join(strip_tags(response.content.decode()).split())


def ready_photo(**values):
    return make_photo(
        alt_text=values.pop("alt_text", "Duru rises above two defenders."),
        credit_line=values.pop("credit_line", "AP Photo/Lorenzo Abati"),
        **values,
    )


def ready_gallery(**kwargs):
    gallery = GalleryFactory(draft=True, **kwargs)
    for position in (1, 2):
        GalleryItem.objects.create(
            gallery=gallery, photo=ready_photo(), position=position
        )
    return gallery


def change_url(item):
    opts = item._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk])


def transition_url(item, name):
    opts = item._meta
    return reverse(
        f"admin:{opts.app_label}_{opts.model_name}_transition", args=[item.pk, name]
    )


class TestSteps:
    def test_each_step_is_recorded_with_who_when_from_and_to(self, journalist):
        article = ArticleFactory(draft=True)
        with time_machine.travel(MORNING, tick=False):
            item_transition(article, "submit", journalist)
        with time_machine.travel(MORNING + timedelta(minutes=5), tick=False):
            item_transition(article, "publish", journalist)

        changes = list(article.state_changes.order_by("at"))
        assert [(c.from_status, c.to_status) for c in changes] == [
            (Status.DRAFT, Status.IN_REVIEW),
            (Status.IN_REVIEW, Status.PUBLISHED),
        ]
        assert [c.by for c in changes] == [journalist, journalist]
        assert changes[1].at == MORNING + timedelta(minutes=5)
        assert changes[1].publish_at == MORNING + timedelta(minutes=5)
        logged = LogEntry.objects.filter(object_id=str(article.pk))
        assert [e.change_message for e in logged.order_by("action_time")] == [
            "Draft → In review",
            "In review → Published",
        ]

    def test_history_shows_on_the_change_form_and_the_history_page(
        self, journalist_client, journalist
    ):
        article = ArticleFactory(draft=True)
        item_transition(article, "submit", journalist)
        item_transition(article, "publish", journalist)
        html = journalist_client.get(change_url(article)).content.decode()
        assert "Draft → In review" in html
        assert "In review → Published" in html
        history = journalist_client.get(
            reverse("admin:articles_article_history", args=[article.pk])
        )
        assert "In review → Published" in history.content.decode()

    def test_a_step_that_does_not_apply_changes_nothing(self, journalist):
        article = ArticleFactory(withdrawn=True)
        with pytest.raises(TransitionRefused) as refused:
            item_transition(article, "publish", journalist)
        assert "withdrawn now" in refused.value.problems[0]
        assert not StateChange.objects.exists()

    def test_without_permission_nothing_changes(self):
        outsider = UserFactory(is_staff=True)
        article = ArticleFactory(draft=True)
        with pytest.raises(PermissionDenied):
            item_transition(article, "publish", outsider)
        article.refresh_from_db()
        assert article.status == Status.DRAFT

    def test_change_form_offers_the_steps_of_the_state(self, journalist_client):
        live = ArticleFactory()
        html = journalist_client.get(change_url(live)).content.decode()
        assert 'value="withdraw"' in html and 'value="unpublish"' in html
        assert 'value="publish"' not in html
        assert "State: <strong>Published</strong>" in html

    def test_unpublished_story_is_a_draft_and_not_found(
        self, journalist_client, client
    ):
        article = ArticleFactory()
        url = article.get_absolute_url()
        journalist_client.post(transition_url(article, "unpublish"))
        article.refresh_from_db()
        assert article.status == Status.DRAFT
        client.logout()
        assert client.get(url).status_code == 404


class TestScheduling:
    def test_editor_schedules_a_minute_ahead_and_it_appears_on_time(
        self, journalist_client, client
    ):
        with time_machine.travel(MORNING, tick=False):
            article = ArticleFactory(draft=True, headline="Duru signs until 2028")
            data = change_form_data(journalist_client.get(change_url(article)))
            data["published_at"] = "2024-04-19T09:01"  # the date-time picker
            data["_transition"] = "publish"
            response = journalist_client.post(change_url(article), data, follow=True)
            assert "Scheduled: it appears by itself at 19 April 2024, 09:01:00" in (
                response.content.decode()
            )
            article.refresh_from_db()
            assert article.status == Status.PUBLISHED
            assert article.is_scheduled
        client.logout()
        url = article.get_absolute_url()

        # No job runs: published() compares with the clock, to the second.
        with time_machine.travel(MORNING + timedelta(seconds=59), tick=False):
            assert client.get(url).status_code == 404
            assert "Duru signs" not in client.get("/").content.decode()
        with time_machine.travel(MORNING + timedelta(seconds=60), tick=False):
            assert client.get(url).status_code == 200
            assert "Duru signs" in client.get("/").content.decode()

    def test_scheduled_shows_as_such_in_the_admin(self, journalist_client):
        article = ArticleFactory(scheduled=True)
        html = journalist_client.get(change_url(article)).content.decode()
        assert "Scheduled for" in html
        changelist = journalist_client.get(
            reverse("admin:articles_article_changelist"), {"state": "scheduled"}
        )
        assert list(changelist.context["cl"].result_list) == [article]


class TestWithdrawal:
    def test_withdrawn_article_answers_410_and_leaves_every_list(
        self, journalist_client, client
    ):
        article = ArticleFactory(headline="Duru transfer story")
        player = PlayerFactory()
        article.players.add(player)
        url = article.get_absolute_url()
        journalist_client.post(transition_url(article, "withdraw"))
        article.refresh_from_db()
        assert article.status == Status.WITHDRAWN

        client.logout()
        response = client.get(url)
        assert response.status_code == 410
        assert "withdrawn" in response.content.decode()
        assert "Duru transfer story" not in response.content.decode()
        for page in (
            "/",
            article.section.get_absolute_url(),
            player.get_absolute_url(),
        ):
            assert "Duru transfer story" not in client.get(page).content.decode()

    def test_withdrawn_gallery_and_its_photo_pages_answer_410(self, client):
        gallery = GalleryFactory(withdrawn=True, photos=2)
        assert client.get(gallery.get_absolute_url()).status_code == 410
        assert client.get(gallery.get_photo_url(1)).status_code == 410

    def test_an_address_nobody_used_is_still_404(self, client):
        ArticleFactory(withdrawn=True, slug="gone")
        assert client.get("/2024/04/19/never-was/").status_code == 404
        assert client.get("/2024/02/31/gone/").status_code == 404

    def test_restored_story_is_a_draft_again(self, journalist):
        article = ArticleFactory(withdrawn=True)
        item_transition(article, "restore", journalist)
        article.refresh_from_db()
        assert article.status == Status.DRAFT


class TestPublishChecks:
    def test_every_problem_is_listed_and_nothing_is_published(self, journalist):
        article = ArticleFactory(
            draft=True,
            standfirst="",
            section=None,
            lead_photo=make_photo(name="DSC_0412.jpg", title="Duru celebrates"),
        )
        article.bylines.all().delete()
        with pytest.raises(TransitionRefused) as refused:
            item_transition(article, "publish", journalist)
        assert [str(problem) for problem in refused.value.problems] == [
            "Add a standfirst.",
            "Choose a section.",
            "Add at least one author to the byline.",
            "Photo “DSC_0412.jpg” needs alt text.",
            "Photo “DSC_0412.jpg” needs a credit: a photographer or an agency.",
        ]
        photo_problems = refused.value.problems[3:]
        assert [(p.subject, p.fix) for p in photo_problems] == [
            (article.lead_photo, "alt_text"),
            (article.lead_photo, "credit"),
        ]
        article.refresh_from_db()
        assert article.status == Status.DRAFT

    def test_missing_lead_photo_and_tags_warn_but_publish(self, journalist_client):
        article = ArticleFactory(draft=True)
        response = journalist_client.post(
            transition_url(article, "publish"), follow=True
        )
        html = response.content.decode()
        assert "No lead photo" in html
        assert "No players or teams are tagged" in html
        article.refresh_from_db()
        assert article.is_live

    def test_a_ready_story_publishes_without_warnings(self, journalist):
        article = ArticleFactory(draft=True, lead_photo=ready_photo())
        article.players.add(PlayerFactory())
        _article, warnings = item_transition(article, "publish", journalist)
        assert warnings == []

    def test_gallery_with_a_photo_lacking_alt_text_cannot_be_published(
        self, journalist_client
    ):
        gallery = ready_gallery()
        fans = ready_photo(name="fans.jpg", title="Fans", alt_text="")
        GalleryItem.objects.create(gallery=gallery, photo=fans, position=3)
        data = change_form_data(journalist_client.get(change_url(gallery)))
        data["_transition"] = "publish"
        response = journalist_client.post(change_url(gallery), data, follow=True)
        # The form names the photo and leads to it.
        html = response.content.decode()
        assert "<strong>fans.jpg</strong> needs alt text." in html
        assert f'<a href="#photo-{fans.pk}">Type it in its row below</a>' in html
        assert f'id="photo-{fans.pk}"' in html
        gallery.refresh_from_db()
        assert gallery.status == Status.DRAFT

        # Through the list's action too.
        response = journalist_client.post(
            reverse("admin:galleries_gallery_changelist"),
            {"action": "publish_selected", "_selected_action": [gallery.pk]},
            follow=True,
        )
        assert "Photo “fans.jpg” needs alt text" in response.content.decode()
        gallery.refresh_from_db()
        assert gallery.status == Status.DRAFT

    def test_gallery_cover_without_credit_blocks_publication(self, journalist):
        gallery = ready_gallery()
        gallery.cover = ready_photo(name="cover.jpg", title="Cover", credit_line="")
        gallery.save()
        with pytest.raises(TransitionRefused) as refused:
            item_transition(gallery, "publish", journalist)
        assert [str(problem) for problem in refused.value.problems] == [
            "Photo “cover.jpg” needs a credit: a photographer or an agency."
        ]

    def test_a_ready_gallery_publishes(self, journalist):
        gallery = ready_gallery()
        item_transition(gallery, "publish", journalist)
        gallery.refresh_from_db()
        assert gallery.is_live

    def test_breaking_a_live_story_warns_on_save(self, journalist_client):
        article = ArticleFactory()
        data = change_form_data(journalist_client.get(change_url(article)))
        data["standfirst"] = ""
        response = journalist_client.post(change_url(article), data, follow=True)
        html = response.content.decode()
        assert "would not pass the publish checks now" in html
        assert "Add a standfirst." in html


class TestCorrections:
    def test_editor_adds_a_correction_shown_dated_at_the_end(
        self, journalist_client, client
    ):
        with time_machine.travel(MORNING - timedelta(days=1), tick=False):
            article = ArticleFactory()
        with time_machine.travel(MORNING, tick=False):
            data = change_form_data(journalist_client.get(change_url(article)))
            add_inline_row(
                data,
                "newsroom-note-content_type-object_id",
                kind=NoteKind.CORRECTION,
                text="An earlier version gave the wrong score.",
            )
            response = journalist_client.post(change_url(article), data)
            assert response.status_code == 302
        note = article.notes.get()
        assert note.created_at == MORNING

        client.logout()
        response = client.get(article.get_absolute_url())
        text = page_text(response)
        assert (
            "Correction, 19 April 2024: An earlier version gave the wrong score."
        ) in text
        html = response.content.decode()
        assert html.index("note--correction") > html.index("story__body")
        assert "Updated 19 April 2024, 09:00" in text

    def test_update_note_moves_the_updated_time(self, journalist, client):
        with time_machine.travel(MORNING - timedelta(days=1), tick=False):
            article = ArticleFactory()
        later = MORNING + timedelta(hours=3)
        note_add(
            article,
            kind=NoteKind.UPDATE,
            text="Duru has since been cleared to play.",
            user=journalist,
            now=later,
        )
        article.refresh_from_db()
        assert article.updated_at == later
        text = page_text(client.get(article.get_absolute_url()))
        assert "Update, 19 April 2024: Duru has since been cleared to play." in text
        assert "Updated 19 April 2024, 12:00" in text

    def test_notes_are_escaped_plain_text(self, journalist, client):
        article = ArticleFactory()
        note_add(
            article,
            kind=NoteKind.CORRECTION,
            text="<script>alert(1)</script>Score was 2-1.",
            user=journalist,
        )
        html = client.get(article.get_absolute_url()).content.decode()
        assert "<script>alert(1)" not in html
        assert "&lt;script&gt;" in html

    def test_drafts_have_no_corrections_box(self, journalist_client):
        article = ArticleFactory(draft=True)
        html = journalist_client.get(change_url(article)).content.decode()
        assert "newsroom-note-content_type-object_id-TOTAL_FORMS" not in html

    def test_gallery_page_shows_its_corrections(self, journalist, client):
        gallery = GalleryFactory(photos=1)
        note_add(
            gallery,
            kind=NoteKind.CORRECTION,
            text="Photo 1 showed Kingsbridge, not Harbourside.",
            user=journalist,
        )
        html = client.get(gallery.get_absolute_url()).content.decode()
        assert "Photo 1 showed Kingsbridge, not Harbourside." in html


def test_only_published_stories_reach_readers_in_any_state(client):
    hidden = [
        ArticleFactory(draft=True),
        ArticleFactory(in_review=True),
        ArticleFactory(scheduled=True),
        ArticleFactory(withdrawn=True),
    ]
    live = ArticleFactory()
    assert list(Article.objects.published()) == [live]
    html = client.get("/").content.decode()
    for article in hidden:
        assert article.headline not in html
