"""Revisions: every save kept with byline, tags and gallery order; diffs,
revert and recovery of deleted items."""

from datetime import datetime, timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.template.loader import render_to_string
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


def signed(lines):
    """A diff's lines as (sign, text), folded lines unfolded."""
    return [
        (line.sign, line.text)
        for folded in lines
        for line in (folded.folded or [folded])
    ]


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
        # The copy kept before the first edit, and the edit: the save that
        # changed nothing is not a version.
        assert html.count("Revert to this version") == 1  # not on the newest
        changes = {label: signed(lines) for label, lines in page.context["changes"]}
        assert changes["Headline"] == [("-", "Duru scores"), ("+", "Duru scores twice")]
        assert ("-", "One goal.") in changes["Body"]
        assert ("+", "Two goals.") in changes["Body"]
        assert (" ", "Late on.") in changes["Body"]
        assert changes["Teams"] == [("+", "Harbourside Athletic")]
        assert "Duru scores <ins>twice</ins>" in html
        assert "<td>Headline, body, 1 team</td>" in html

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
            .startswith("Reverted to the version saved by the import")
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
        article = ArticleFactory(headline="Duru settles it")
        with time_machine.travel(YESTERDAY, tick=False):
            save_in_admin(client, article, headline="Duru settles the derby")
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
            "Revert to the version saved by Maya Okafor on 18 Apr 2024, 17:00:00?"
            in html
        )
        # What would come back, word by word, from what is saved now.
        assert "Duru <del>double</del> settles <del>it</del>" in html
        assert "Duru settles <ins>the derby</ins>" in html
        assert 'method="post"' in html and "Yes, revert" in html
        article.refresh_from_db()
        assert article.headline == "Duru double settles it"  # asking changes nothing
        assert len(versions_of(article)) == 3

        response = client.post(url("revert", article, yesterday.pk), follow=True)
        article.refresh_from_db()
        assert article.headline == "Duru settles the derby"
        assert (
            "Reverted to the version saved by Maya Okafor on 18 Apr 2024, 17:00:00."
            in response.content.decode()
        )
        assert versions_of(article).first().revision.get_comment() == (
            "Reverted to the version saved by Maya Okafor on 18 Apr 2024, 17:00:00"
        )
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


def comments(item):
    return [v.revision.get_comment() for v in versions_of(item)]


class TestTheVersionsListOnlyRealChanges:
    """A version is a change a journalist can read and go back to, named by
    what it changed."""

    def test_saving_twice_without_a_change_adds_no_version(self):
        client, _editor = signed_in(EDITOR, "maya")
        article = ArticleFactory(headline="Duru scores")
        save_in_admin(client, article)  # "Save and continue"...
        save_in_admin(client, article)  # ...and again
        assert comments(article) == ["As it was before its first edit here"]
        save_in_admin(client, article, headline="Duru scores twice")
        save_in_admin(client, article)
        assert comments(article) == [
            "Headline",
            "As it was before its first edit here",
        ]
        page = client.get(url("versions", article))
        assert len(page.context["versions"]) == 2

    def test_a_save_of_the_publication_time_alone_is_no_version(self):
        client, _editor = signed_in(EDITOR, "maya")
        article = ArticleFactory(draft=True, headline="Duru scores")
        save_in_admin(client, article, headline="Duru scores twice")
        data = change_form_data(client.get(url("change", article)))
        assert "published_at" in data  # the editor may set it
        data.update(published_at="2030-05-01T18:00")
        assert client.post(url("change", article), data).status_code == 302
        article.refresh_from_db()
        assert article.published_at is not None  # saved...
        assert comments(article)[0] == "Headline"  # ...but not a version

    def test_only_workflow_fields_and_bookkeeping_make_no_summary(self):
        from newsroom.desk.revisions import change_summary

        client, _editor = signed_in(EDITOR, "maya")
        article = ArticleFactory(draft=True)
        save_in_admin(client, article, headline="Changed")
        Article.objects.filter(pk=article.pk).update(
            status=Status.PUBLISHED,
            published_at=TODAY,
            updated_at=TODAY,
            edit_version=99,
        )
        article.refresh_from_db()
        assert change_summary(versions_of(article).first(), article) == ""

    def test_publishing_and_unpublishing_are_versions_named_as_such(self, journalist):
        from newsroom.desk.services import item_transition

        article = ArticleFactory(draft=True)
        item_transition(article, "publish", journalist)
        item_transition(article, "unpublish", journalist)
        assert comments(article) == ["Published → Draft", "Draft → Published"]

    def test_save_and_publish_names_the_changes_and_the_step(self):
        client, _editor = signed_in(EDITOR, "maya")
        article = ArticleFactory(draft=True, headline="Duru scores")
        save_in_admin(client, article, _transition="publish")
        assert comments(article)[0] == "Draft → Published"
        save_in_admin(client, article, _transition="unpublish")
        save_in_admin(
            client, article, headline="Duru scores twice", _transition="publish"
        )
        article.refresh_from_db()
        assert article.status == Status.PUBLISHED
        assert comments(article)[:3] == [
            "Headline; Draft → Published",
            "Published → Draft",
            "Draft → Published",
        ]

    def test_a_save_names_fields_byline_and_tags_in_words(self):
        client, _editor = signed_in(EDITOR, "maya")
        article = ArticleFactory(authors=[AuthorFactory(name="Tom Reid")])
        duru, haddad = (
            PlayerFactory(name="Emeka Duru"),
            PlayerFactory(name="Sami Haddad"),
        )
        save_in_admin(
            client,
            article,
            headline="Duru decides it",
            body="<p>A late winner.</p>",
            players=[duru.pk, haddad.pk],
        )
        assert comments(article)[0] == "Headline, body, 2 players"

        data = change_form_data(client.get(url("change", article)))
        data["bylines-0-author"] = AuthorFactory(name="Ana Ruiz").pk
        data["players"] = [duru.pk]
        data["teams"] = [TeamFactory().pk]
        assert client.post(url("change", article), data).status_code == 302
        assert comments(article)[0] == "Byline, 1 player, 1 team"
        # The version holds the byline as saved, not as the admin's object
        # had it prefetched before the save.
        assert snapshot(versions_of(article).first())["Byline"] == "Ana Ruiz"

    def test_a_gallery_save_names_its_photos(self):
        client, _editor = signed_in(EDITOR, "maya")
        gallery = GalleryFactory(photos=4)
        save_in_admin(client, gallery)
        data = change_form_data(client.get(url("change", gallery)))
        for n in range(4):  # the order reversed: three photos move
            data[f"items-{n}-position"] = str(4 - n)
        data["items-0-caption_override"] = "Our words."  # now the fourth
        assert client.post(url("change", gallery), data).status_code == 302
        assert comments(gallery)[0] == "3 photos reordered, caption of photo 4"

        data = change_form_data(client.get(url("change", gallery)))
        data["items-1-DELETE"] = "on"
        data["headline"] = "In pics: the derby"
        assert client.post(url("change", gallery), data).status_code == 302
        assert comments(gallery)[0] == "Headline, 1 photo removed"

    def test_a_photo_save_names_its_caption(self):
        client, _editor = signed_in(EDITOR, "maya")
        photo = make_photo(caption="Duru heads in the winner.")
        save_in_admin(client, photo, caption="Duru heads in the late winner.")
        save_in_admin(client, photo)
        assert comments(photo) == ["Caption", "Uploaded"]

    def test_a_gallery_saved_unchanged_adds_no_version(self):
        client, _editor = signed_in(EDITOR, "maya")
        gallery = GalleryFactory(photos=3)
        save_in_admin(client, gallery)
        save_in_admin(client, gallery)
        assert comments(gallery) == ["As it was before its first edit here"]


class TestWordDiff:
    def test_a_one_word_headline_edit_marks_just_that_word(self):
        client, _editor = signed_in(EDITOR, "maya")
        article = ArticleFactory(headline="Duru settles the derby")
        save_in_admin(client, article, headline="Duru wins the derby")
        html = client.get(url("versions", article)).content.decode()
        assert "Duru <del>settles</del> the derby</div>" in html
        assert "Duru <ins>wins</ins> the derby</div>" in html

    def test_text_is_escaped_inside_and_outside_the_marks(self):
        """The desk's forms strip tags from a headline; were one stored, from
        an import say, the diff shows it as text."""
        changes = diff(
            {"Headline": "Duru scores twice at the <Quayside>"},
            {"Headline": "Duru scores <script>x</script> at the <Quayside>"},
        )
        html = render_to_string("admin/newsroom/diff.html", {"changes": changes})
        assert "<script>" not in html and "<Quayside>" not in html
        assert "Duru scores <del>twice</del> at the &lt;Quayside&gt;</div>" in html
        assert (
            "Duru scores <ins>&lt;script&gt;x&lt;/script&gt;</ins> at the "
            "&lt;Quayside&gt;</div>"
        ) in html

    def test_a_rewritten_line_is_removed_and_added_whole(self):
        [(label, lines)] = diff({"Body": "One goal."}, {"Body": "A hat-trick for Duru"})
        assert [(line.sign, line.parts) for line in lines] == [
            ("-", ((True, "One goal."),)),
            ("+", ((True, "A hat-trick for Duru"),)),
        ]

    def test_unchanged_paragraphs_far_from_a_change_are_folded(self):
        before = "\n".join(f"Paragraph {n} stays." for n in range(1, 8))
        after = before.replace("Paragraph 4 stays.", "Paragraph 4 moves.")
        [(label, lines)] = diff({"Body": before}, {"Body": after})
        assert [line.sign for line in lines] == ["…", " ", "-", "+", " ", "…"]
        assert [line.text for line in lines[0].folded] == [
            "Paragraph 1 stays.",
            "Paragraph 2 stays.",
        ]
        assert lines[1].text == "Paragraph 3 stays."
        assert lines[3].parts == (
            (False, "Paragraph 4 "),
            (True, "moves"),
            (False, "."),
        )

    def test_folded_paragraphs_open_on_the_page(self):
        client, _editor = signed_in(EDITOR, "maya")
        body = "".join(f"<p>Paragraph {n} stays.</p>" for n in range(1, 8))
        article = ArticleFactory(body=body)
        save_in_admin(client, article, body=body.replace("4 stays", "4 moves"))
        html = client.get(url("versions", article)).content.decode()
        assert "<summary>2 unchanged lines</summary>" in html
        assert html.count("<summary>") == 2
