"""The desk's dashboard on the admin index: my drafts, awaiting review (for
those who publish), scheduled, published today, requests for missing
players and teams, corrections; each a short list whose "All in …" links
open the same queue as a list filter."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

from newsroom.desk.dashboard import ROWS, start_of_today
from newsroom.desk.models import Note, NoteKind
from newsroom.desk.roles import REPORTER
from newsroom.status import Status
from tests.factories import ArticleFactory, AuthorFactory, GalleryFactory, UserFactory

pytestmark = pytest.mark.django_db


def member(client, role, username):
    user = UserFactory(username=username, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    return user


def block(html, name):
    """The HTML of one dashboard block."""
    start = html.index(f'id="desk-{name}"')
    end = html.find("</section>", start)
    return html[start:end]


@pytest.fixture
def desk(client):
    """A reporter's drafts and an editor's view of a day on the desk."""
    reporter = member(client, REPORTER, "reporter")
    author = AuthorFactory(name="Ada Reporter", user=reporter)
    now = timezone.now()
    mine = ArticleFactory(draft=True, headline="My own draft")
    mine.created_by = reporter
    mine.save()
    bylined = ArticleFactory(
        draft=True, headline="A draft I write under", authors=[author]
    )
    ArticleFactory(draft=True, headline="Someone else's draft")
    ArticleFactory(in_review=True, headline="Waiting for the editor")
    GalleryFactory(in_review=True, headline="In pics: waiting too")
    ArticleFactory(headline="Goes live at 20:04", published_at=now + timedelta(hours=2))
    ArticleFactory(
        headline="Out this morning",
        published_at=max(start_of_today(), now - timedelta(minutes=5)),
    )
    ArticleFactory(
        headline="Yesterday's story", published_at=start_of_today() - timedelta(hours=1)
    )
    corrected = ArticleFactory(headline="The corrected one")
    Note.objects.create(
        content_type=ContentType.objects.get_for_model(corrected),
        object_id=corrected.pk,
        kind=NoteKind.CORRECTION,
        text="An earlier version gave the wrong score.",
    )
    return {"reporter": reporter, "mine": mine, "bylined": bylined}


def test_the_index_is_the_dashboard(client, desk):
    html = client.get(reverse("admin:index")).content.decode()
    drafts = block(html, "mine")
    assert "My own draft" in drafts and "A draft I write under" in drafts
    assert "Someone else" not in drafts
    assert reverse("admin:articles_article_change", args=[desk["mine"].pk]) in drafts
    assert "Goes live at 20:04" in block(html, "scheduled")
    today = block(html, "today")
    assert "Out this morning" in today and "Yesterday" not in today
    corrections = block(html, "corrected")
    assert "The corrected one" in corrections
    assert "An earlier version gave the wrong score." in corrections
    # A reporter does not publish: no review queue.
    assert 'id="desk-review"' not in html
    # The admin's own list of everything is still there, below.
    assert "Everything in the admin" in html


def test_an_editor_sees_what_awaits_review_of_every_kind(client, desk, journalist):
    client.force_login(journalist)
    html = client.get(reverse("admin:index")).content.decode()
    review = block(html, "review")
    assert "Waiting for the editor" in review and "In pics: waiting too" in review
    assert "?queue=review" in review


def test_each_block_is_a_short_list(client, journalist):
    client.force_login(journalist)
    for n in range(ROWS + 3):
        ArticleFactory(in_review=True, headline=f"Queued story {n}")
    review = block(client.get(reverse("admin:index")).content.decode(), "review")
    assert review.count("Queued story") == ROWS


def test_a_fixed_number_of_queries_however_full_the_desk(
    client, journalist, count_queries
):
    client.force_login(journalist)
    url = reverse("admin:index")
    ArticleFactory(in_review=True)
    client.get(url)
    few = count_queries(lambda: client.get(url))
    for _n in range(5):
        ArticleFactory(in_review=True)
        ArticleFactory(published_at=timezone.now() + timedelta(hours=1))
        GalleryFactory(draft=True)
    assert count_queries(lambda: client.get(url)) == few


@pytest.mark.parametrize(
    ("queue", "shown", "hidden"),
    [
        ("mine", "My own draft", "Someone else's draft"),
        ("scheduled", "Goes live at 20:04", "Out this morning"),
        ("today", "Out this morning", "Yesterday's story"),
        ("corrected", "The corrected one", "Out this morning"),
    ],
)
def test_the_lists_filter_by_the_same_queues(client, desk, queue, shown, hidden):
    url = reverse("admin:articles_article_changelist") + f"?queue={queue}"
    html = client.get(url).content.decode()
    assert shown in html and hidden not in html


def test_the_review_queue_as_a_list_filter(client, journalist, desk):
    client.force_login(journalist)
    html = client.get(
        reverse("admin:galleries_gallery_changelist") + "?queue=review"
    ).content.decode()
    assert "In pics: waiting too" in html


def test_scheduled_rows_say_when(client, desk, journalist):
    client.force_login(journalist)
    story = ArticleFactory(status=Status.PUBLISHED, headline="Timed story")
    story.published_at = timezone.now() + timedelta(days=1)
    story.save()
    local = timezone.localtime(story.published_at)
    scheduled = block(client.get(reverse("admin:index")).content.decode(), "scheduled")
    assert local.strftime("%H:%M") in scheduled
    assert f'datetime="{local.isoformat()}"' in scheduled
