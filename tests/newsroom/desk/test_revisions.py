"""Revisions: every save kept with byline, tags and gallery order; diffs,
revert and recovery of deleted items."""

from datetime import datetime, timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from articles.models import Article
from galleries.models import Gallery
from newsroom.desk.revisions import diff, snapshot, versions_of
from newsroom.desk.roles import EDITOR, REPORTER, ensure_roles
from newsroom.models import Status
from tests.admin_forms import change_form_data
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    GalleryFactory,
    PlayerFactory,
    TeamFactory,
    UserFactory,
    make_photo,
)

pytestmark = pytest.mark.django_db

LONDON = timezone.get_default_timezone()
YESTERDAY = datetime(2024, 4, 18, 17, 0, tzinfo=LONDON)
TODAY = datetime(2024, 4, 19, 9, 0, tzinfo=LONDON)


def signed_in(role, username):
    ensure_roles()
    user = UserFactory(username=username, is_staff=True, first_name=username.title())
    user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return client, user


def url(name, item, *args):
    opts = item._meta
    return reverse(
        f"admin:{opts.app_label}_{opts.model_name}_{name}", args=[item.pk, *args]
    )


def save_in_admin(client, item, **changes):
    data = change_form_data(client.get(url("change", item)))
    data.update(changes)
    response = client.post(url("change", item), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return data


class TestEverySaveIsARevision:
    def test_admin_save_keeps_byline_and_tags_with_who_and_when(self):
        client, editor = signed_in(EDITOR, "maya")
        author = AuthorFactory(name="Tom Reid")
        player = PlayerFactory(name="Emeka Duru")
        article = ArticleFactory(authors=[author])
        with time_machine.travel(TODAY, tick=False):
            save_in_admin(
                client, article, headline="Duru decides it", players=[player.pk]
            )

        before, version = versions_of(article).last(), versions_of(article).first()
        assert before.revision.get_comment() == "As it was before its first edit here"
        assert version.revision.user == editor
        assert version.revision.date_created == TODAY
        shown = snapshot(version)
        assert shown["Headline"] == "Duru decides it"
        assert shown["Byline"] == "Tom Reid"
        assert shown["Players"] == "Emeka Duru"

    def test_the_first_admin_edit_of_an_imported_story_can_be_undone(self):
        client, _editor = signed_in(EDITOR, "maya")
        article = ArticleFactory(headline="As imported")  # no revision yet
        save_in_admin(client, article, headline="Edited")
        client.post(url("revert", article, versions_of(article).last().pk))
        article.refresh_from_db()
        assert article.headline == "As imported"

    def test_versions_page_lists_each_save_and_a_readable_diff(self):
        client, _editor = signed_in(EDITOR, "maya")
        article = ArticleFactory(
            headline="Duru scores", body="<p>One goal.</p><p>Late on.</p>"
        )
        save_in_admin(client, article)
        team = TeamFactory(name="Harbourside Athletic")
        save_in_admin(
            client,
            article,
            headline="Duru scores twice",
            body="<p>Two goals.</p><p>Late on.</p>",
            teams=[team.pk],
        )

        page = client.get(url("versions", article))
        html = page.content.decode()
        assert page.status_code == 200
        assert html.count("Revert to this version") == 2  # not on the newest of 3
        changes = dict(page.context["changes"])
        assert changes["Headline"] == [("-", "Duru scores"), ("+", "Duru scores twice")]
        assert ("-", "One goal.") in changes["Body"]
        assert ("+", "Two goals.") in changes["Body"]
        assert (" ", "Late on.") in changes["Body"]
        assert changes["Teams"] == [("+", "Harbourside Athletic")]
        assert "<del>Duru scores</del>" in html

    def test_a_removed_tag_or_author_is_not_kept_in_the_version(self):
        client, _editor = signed_in(EDITOR, "maya")
        kept, dropped = AuthorFactory(name="Tom Reid"), AuthorFactory(name="Ex Staff")
        article = ArticleFactory(authors=[kept, dropped])
        article.players.add(PlayerFactory(name="Emeka Duru"))
        data = change_form_data(client.get(url("change", article)))
        data["bylines-1-DELETE"] = "on"
        data["players"] = []
        assert client.post(url("change", article), data).status_code == 302
        shown = snapshot(versions_of(article).first())
        assert shown["Byline"] == "Tom Reid"
        assert shown["Players"] == ""

    def test_workflow_steps_and_uploads_are_revisions_too(self, journalist):
        from newsroom.desk.services import item_transition

        article = ArticleFactory(draft=True)
        item_transition(article, "publish", journalist)
        assert versions_of(article).get().revision.get_comment() == (
            "Draft → Published"
        )
        photo = make_photo()
        assert versions_of(photo).get().revision.get_comment() == "Uploaded"


class TestRevert:
    def test_done_when_a_wrongly_edited_article_goes_back_to_yesterday(self):
        """The issue's acceptance: tags and bylines come back with the text."""
        client, _editor = signed_in(EDITOR, "maya")
        right, wrong = AuthorFactory(name="Tom Reid"), AuthorFactory(name="Nobody")
        duru, other = (
            PlayerFactory(name="Emeka Duru"),
            PlayerFactory(name="Sami Haddad"),
        )
        with time_machine.travel(YESTERDAY, tick=False):
            article = ArticleFactory(
                headline="Duru settles the derby",
                slug="duru-settles-the-derby",
                authors=[right],
            )
            article.players.add(duru)
            save_in_admin(client, article)
        address = article.get_absolute_url()

        with time_machine.travel(TODAY, tick=False):
            data = change_form_data(client.get(url("change", article)))
            data.update(
                headline="WRONG HEADLINE",
                slug="wrong-headline",
                body="<p>Pasted into the wrong story.</p>",
                players=[other.pk],
            )
            data["bylines-0-author"] = wrong.pk
            assert client.post(url("change", article), data).status_code == 302
            article.refresh_from_db()
            assert article.headline == "WRONG HEADLINE"

            yesterday = versions_of(article).last()
            response = client.post(url("revert", article, yesterday.pk))

        assert response.status_code == 302
        article.refresh_from_db()
        assert article.headline == "Duru settles the derby"
        assert list(article.players.all()) == [duru]
        assert article.byline_authors == [right]
        assert article.status == Status.PUBLISHED  # the state is not reverted
        # The slug edit had forwarded the old address; the revert restores the
        # text but a published story keeps the address it has now.
        assert article.slug == "wrong-headline"
        assert client.get(address).status_code == 301
        # The revert is a version of its own: it can be undone.
        assert (
            versions_of(article)
            .first()
            .revision.get_comment()
            .startswith("Reverted to the version of")
        )

    def test_revert_never_publishes_a_draft(self, journalist):
        from newsroom.desk.services import item_revert, item_transition

        article = ArticleFactory(draft=True)
        item_transition(article, "publish", journalist)
        published_version = versions_of(article).get()
        item_transition(article, "unpublish", journalist)
        item_revert(article, published_version, journalist)
        article.refresh_from_db()
        assert article.status == Status.DRAFT
        # The stored byline rows came back from when it was live; the
        # author's page must not list the draft.
        assert not article.bylines.filter(published_at__isnull=False).exists()

    def test_gallery_order_and_captions_come_back(self):
        client, _editor = signed_in(EDITOR, "maya")
        gallery = GalleryFactory(photos=3)
        save_in_admin(client, gallery)
        first = [item.photo_id for item in gallery.items.order_by("position")]

        data = change_form_data(client.get(url("change", gallery)))
        data["items-0-position"], data["items-2-position"] = "3", "1"
        data["items-1-caption_override"] = "Our words."
        assert client.post(url("change", gallery), data).status_code == 302
        changed = [item.photo_id for item in gallery.items.order_by("position")]
        assert changed == first[::-1]

        page = client.get(url("versions", gallery))
        changes = dict(page.context["changes"])
        assert "Photos" in changes

        client.post(url("revert", gallery, versions_of(gallery).last().pk))
        assert [i.photo_id for i in gallery.items.order_by("position")] == first
        assert not gallery.items.exclude(caption_override="").exists()

    def test_reporter_cannot_revert_others_work(self):
        client, _reporter = signed_in(REPORTER, "rookie")
        editor_client, _editor = signed_in(EDITOR, "maya")
        article = ArticleFactory(draft=True)
        save_in_admin(editor_client, article, headline="First")
        save_in_admin(editor_client, article, headline="Second")
        response = client.post(url("revert", article, versions_of(article).last().pk))
        assert response.status_code == 403
        article.refresh_from_db()
        assert article.headline == "Second"

    def test_revert_asks_first_naming_the_version_by_who_and_when(self):
        client, editor = signed_in(EDITOR, "maya")
        editor.last_name = "Okafor"
        editor.save()
        article = ArticleFactory(headline="Duru settles the derby")
        with time_machine.travel(YESTERDAY, tick=False):
            save_in_admin(client, article)
        with time_machine.travel(TODAY, tick=False):
            save_in_admin(client, article, headline="Duru double settles it")
        # Newest first: today's save, yesterday's, and the copy kept before
        # the first edit here (made by nobody).
        today, yesterday, first = versions_of(article)
        assert (
            "the import (no one on the desk)"
            in client.get(url("revert", article, first.pk)).content.decode()
        )

        page = client.get(url("revert", article, yesterday.pk))

        assert page.status_code == 200
        html = page.content.decode()
        assert (
            "Bring back the version Maya Okafor saved on 18 April 2024, 17:00:00?"
            in (html)
        )
        assert "<ins>Duru settles the derby</ins>" in html  # what would come back
        assert 'method="post"' in html and "Yes, revert" in html
        article.refresh_from_db()
        assert article.headline == "Duru double settles it"  # asking changes nothing
        versions = client.get(url("versions", article)).content.decode()
        assert f'href="{url("revert", article, yesterday.pk)}"' in versions

    def test_revert_takes_a_version_of_this_item(self):
        client, _editor = signed_in(EDITOR, "maya")
        one, two = ArticleFactory(), ArticleFactory()
        save_in_admin(client, one)
        save_in_admin(client, two)
        assert (
            client.post(url("revert", one, versions_of(two).first().pk)).status_code
            == 404
        )
        assert (
            client.get(url("revert", one, versions_of(two).first().pk)).status_code
            == 404
        )

    def test_photo_caption_reverts(self):
        client, _editor = signed_in(EDITOR, "maya")
        photo = make_photo(caption="Duru heads in the winner.")
        save_in_admin(client, photo, caption="A typo'd caption.")
        original = versions_of(photo).last()
        client.post(url("revert", photo, original.pk))
        photo.refresh_from_db()
        assert photo.caption == "Duru heads in the winner."


class TestRecover:
    def test_deleted_article_comes_back_as_a_draft_with_byline_and_tags(self):
        client, _editor = signed_in(EDITOR, "maya")
        author = AuthorFactory(name="Tom Reid")
        article = ArticleFactory(headline="Deleted by mistake", authors=[author])
        article.teams.add(TeamFactory(name="Kingsbridge Rovers"))
        pk = article.pk
        response = client.post(url("delete", article), {"post": "yes"})
        assert response.status_code == 302
        assert not Article.objects.filter(pk=pk).exists()

        listing = client.get(reverse("admin:articles_article_recoverlist"))
        assert "Deleted by mistake" in listing.content.decode()
        version = Version.objects.get_deleted(Article).get()
        response = client.post(
            reverse("admin:articles_article_recover", args=[version.pk])
        )

        assert response.status_code == 302
        recovered = Article.objects.get(pk=pk)
        assert recovered.headline == "Deleted by mistake"
        assert recovered.status == Status.DRAFT
        assert recovered.byline_authors == [author]
        assert [t.name for t in recovered.teams.all()] == ["Kingsbridge Rovers"]

    def test_gallery_comes_back_with_its_photos_in_order(self):
        client, _editor = signed_in(EDITOR, "maya")
        gallery = GalleryFactory(photos=3)
        order = [i.photo_id for i in gallery.items.order_by("position")]
        client.post(url("delete", gallery), {"post": "yes"})
        version = Version.objects.get_deleted(Gallery).get()
        client.post(reverse("admin:galleries_gallery_recover", args=[version.pk]))
        gallery = Gallery.objects.get()
        assert [i.photo_id for i in gallery.items.order_by("position")] == order

    def test_only_those_who_may_add_recover(self):
        client, _editor = signed_in(EDITOR, "maya")
        article = ArticleFactory()
        client.post(url("delete", article), {"post": "yes"})
        version = Version.objects.get_deleted(Article).get()
        outsider = Client()
        outsider.force_login(UserFactory(username="visitor", is_staff=True))
        recover = reverse("admin:articles_article_recover", args=[version.pk])
        assert outsider.post(recover).status_code == 403
        assert not Article.objects.exists()


def test_diff_of_equal_snapshots_is_empty():
    assert diff({"Headline": "Same"}, {"Headline": "Same"}) == []


def test_old_versions_stay_readable_after_a_week():
    with time_machine.travel(TODAY - timedelta(days=7), tick=False):
        client, _editor = signed_in(EDITOR, "maya")
        article = ArticleFactory(headline="Old news")
        save_in_admin(client, article)
    assert snapshot(versions_of(article).first())["Headline"] == "Old news"
