"""The desk's roles: groups kept by migrate, publishing enforced on the server."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from articles.models import Article
from galleries.models import GalleryItem
from newsroom.desk.roles import EDITOR, PHOTO_EDITOR, REPORTER, ROLES, ensure_roles
from newsroom.models import Status
from tests.admin_forms import add_inline_row, change_form_data
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    GalleryFactory,
    SectionFactory,
    UserFactory,
    make_photo,
)

pytestmark = pytest.mark.django_db


def member(client, role, username):
    user = UserFactory(username=username, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    return user


def test_migrate_made_the_groups_and_running_again_changes_nothing():
    before = {
        g.name: set(g.permissions.values_list("codename", flat=True))
        for g in Group.objects.all()
    }
    assert set(before) == set(ROLES)
    ensure_roles()
    ensure_roles()
    after = {
        g.name: set(g.permissions.values_list("codename", flat=True))
        for g in Group.objects.all()
    }
    assert after == before


def test_permissions_are_restored_when_someone_edits_a_group():
    reporters = Group.objects.get(name=REPORTER)
    reporters.permissions.clear()
    ensure_roles()
    assert reporters.permissions.filter(codename="add_article").exists()


def test_who_may_publish():
    perms = {
        name: set(
            Group.objects.get(name=name).permissions.values_list("codename", flat=True)
        )
        for name in ROLES
    }
    assert "publish_article" not in perms[REPORTER]
    assert "publish_gallery" not in perms[REPORTER]
    assert "publish_gallery" in perms[PHOTO_EDITOR]
    assert "publish_article" not in perms[PHOTO_EDITOR]
    assert {"publish_article", "publish_gallery", "add_player"} <= perms[EDITOR]


def test_reporter_writes_a_draft_but_a_posted_status_is_ignored(client):
    reporter = member(client, REPORTER, "reporter")
    add = reverse("admin:articles_article_add")
    page = client.get(add)
    html = page.content.decode()
    assert 'name="status"' not in html
    assert 'value="submit"' in html and 'value="publish"' not in html
    data = change_form_data(page)
    data.update(
        headline="Duru signs a new deal",
        slug="duru-signs",
        standfirst="Four more years.",
        body="<p>Done.</p>",
        section=SectionFactory().pk,
        status="published",  # posted by hand: not a form field
        published_at="2020-01-01T10:00",  # read-only for reporters
    )
    author = AuthorFactory()
    add_inline_row(data, "bylines", author=author.pk, position="1")

    response = client.post(add, data)

    assert response.status_code == 302
    article = Article.objects.get(slug="duru-signs")
    assert article.byline_authors == [author]
    assert article.status == Status.DRAFT
    assert article.published_at is None
    assert article.created_by == reporter


def test_reporter_publish_button_posted_by_hand_is_refused(client):
    reporter = member(client, REPORTER, "reporter")
    article = ArticleFactory(draft=True, created_by=reporter)
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = change_form_data(client.get(url))
    data["_transition"] = "publish"

    response = client.post(url, data, follow=True)

    assert "You are not allowed to do that." in response.content.decode()
    article.refresh_from_db()
    assert article.status == Status.DRAFT


def test_reporter_cannot_publish_with_the_transition_url(client):
    reporter = member(client, REPORTER, "reporter")
    article = ArticleFactory(draft=True, created_by=reporter)
    url = reverse("admin:articles_article_transition", args=[article.pk, "publish"])
    assert client.post(url).status_code == 403
    assert client.get(url).status_code == 405
    article.refresh_from_db()
    assert article.status == Status.DRAFT


def test_reporter_cannot_publish_with_the_admin_action(client):
    reporter = member(client, REPORTER, "reporter")
    article = ArticleFactory(draft=True, created_by=reporter)
    changelist = reverse("admin:articles_article_changelist")
    actions = client.get(changelist).context["action_form"].fields["action"].choices
    assert "publish_selected" not in dict(actions)
    assert "submit_selected" in dict(actions)

    client.post(
        changelist,
        {"action": "publish_selected", "_selected_action": [article.pk]},
    )

    article.refresh_from_db()
    assert article.status == Status.DRAFT
    assert not article.state_changes.exists()


def test_reporter_cannot_change_published_work(client):
    member(client, REPORTER, "reporter")
    article = ArticleFactory()
    url = reverse("admin:articles_article_change", args=[article.pk])
    assert client.get(url).status_code == 200  # may read it
    response = client.post(url, {"headline": "Changed by a reporter"})
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.headline != "Changed by a reporter"


def test_reporter_edits_own_drafts_only(client):
    reporter = member(client, REPORTER, "reporter")
    own = ArticleFactory(draft=True, created_by=reporter)
    bylined = ArticleFactory(draft=True, authors=[AuthorFactory(user=reporter)])
    others = ArticleFactory(draft=True)
    for article, allowed in ((own, True), (bylined, True), (others, False)):
        url = reverse("admin:articles_article_change", args=[article.pk])
        data = change_form_data(client.get(url))
        data["headline"] = "Edited"
        expected = 302 if allowed else 403
        assert client.post(url, data).status_code == expected
        article.refresh_from_db()
        assert (article.headline == "Edited") is allowed


def test_reporter_submits_for_review_then_only_an_editor_moves_it_on(client):
    reporter = member(client, REPORTER, "reporter")
    article = ArticleFactory(draft=True, created_by=reporter)
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = change_form_data(client.get(url))
    data["_transition"] = "submit"

    response = client.post(url, data)

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Status.IN_REVIEW
    # In review it is out of the reporter's hands, but they may take it back.
    assert client.post(url, data).status_code == 403
    page = client.get(url).content.decode()
    back = reverse("admin:articles_article_transition", args=[article.pk, "return"])
    assert f'formaction="{back}"' in page
    assert client.post(back).status_code == 302
    article.refresh_from_db()
    assert article.status == Status.DRAFT


def test_photo_editor_publishes_galleries_but_not_articles(client):
    member(client, PHOTO_EDITOR, "photos")
    gallery = GalleryFactory(draft=True)
    GalleryItem.objects.create(
        gallery=gallery,
        photo=make_photo(
            alt_text="Duru heads in.", credit_line="AP Photo/Lorenzo Abati"
        ),
        position=1,
    )
    url = reverse("admin:galleries_gallery_change", args=[gallery.pk])
    data = change_form_data(client.get(url))
    data["_transition"] = "publish"
    response = client.post(url, data)
    assert response.status_code == 302
    gallery.refresh_from_db()
    assert gallery.is_live

    assert client.get(reverse("admin:articles_article_add")).status_code == 403
    article = ArticleFactory(draft=True)
    publish = reverse("admin:articles_article_transition", args=[article.pk, "publish"])
    assert client.post(publish).status_code == 403
    article.refresh_from_db()
    assert article.status == Status.DRAFT


def test_editor_publishes_articles_with_the_action(client):
    member(client, EDITOR, "editor-in-chief")
    ready = ArticleFactory(draft=True)
    unready = ArticleFactory(draft=True, standfirst="")
    response = client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish_selected", "_selected_action": [ready.pk, unready.pk]},
        follow=True,
    )
    html = response.content.decode()
    assert "1 item" in html
    assert "Add a standfirst." in html
    ready.refresh_from_db()
    unready.refresh_from_db()
    assert ready.is_live
    assert unready.status == Status.DRAFT
