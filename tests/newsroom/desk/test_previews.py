"""Previews: the public page from the change form, saved or not, and shared
links that expire, can be revoked and cannot be forged."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from galleries.models import Gallery
from newsroom.desk.previews import preview_link_create
from newsroom.desk.roles import EDITOR, REPORTER, ensure_roles
from newsroom.desk.services import item_transition
from newsroom.models import PreviewLink
from tests.admin_forms import add_inline_row, change_form_data
from tests.factories import ArticleFactory, AuthorFactory, GalleryFactory, UserFactory

pytestmark = pytest.mark.django_db


def signed_in(role, username):
    ensure_roles()
    user = UserFactory(username=username, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return client, user


def admin_url(name, item):
    opts = item._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{name}", args=[item.pk])


def assert_private(response):
    cache = response["Cache-Control"]
    assert "no-store" in cache and "private" in cache
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert response["Referrer-Policy"] == "no-referrer"
    assert '<meta name="robots" content="noindex, nofollow">' in (
        response.content.decode()
    )


class TestPreviewFromTheChangeForm:
    def test_done_when_an_editor_previews_unsaved_changes(self):
        client, _editor = signed_in(EDITOR, "maya")
        article = ArticleFactory(draft=True, headline="Duru signs")
        data = change_form_data(client.get(admin_url("change", article)))
        data["headline"] = "Duru signs a four-year deal"
        data["body"] = "<h2>The deal</h2><p>Four more years at the Quayside.</p>"
        new_author = AuthorFactory(name="Priya Raman")
        add_inline_row(data, "bylines", author=new_author.pk, position="2")

        response = client.post(admin_url("preview", article), data)

        html = response.content.decode()
        assert response.status_code == 200
        assert "Duru signs a four-year deal" in html
        assert "<h2>The deal</h2>" in html
        assert "Priya Raman" in html
        assert "Preview: readers cannot see this page" in html
        assert_private(response)
        # Nothing was saved.
        article.refresh_from_db()
        assert article.headline == "Duru signs"
        assert article.byline_authors != [*article.byline_authors, new_author]
        assert not article.bylines.filter(author=new_author).exists()

    def test_a_preview_says_what_the_item_is_and_the_date_it_would_carry(self):
        _client, editor = signed_in(EDITOR, "maya")
        now = timezone.now().replace(microsecond=0)
        later = now + timedelta(hours=3)
        draft = ArticleFactory(draft=True, headline="Duru signs")
        scheduled = ArticleFactory(headline="Derby preview", published_at=later)
        gallery = GalleryFactory(draft=True)
        reader = Client()
        with time_machine.travel(now, tick=False):
            shown = {
                item: reader.get(
                    preview_link_create(item, user=editor).get_absolute_url()
                ).content.decode()
                for item in (draft, scheduled, gallery)
            }
        local = timezone.localtime
        assert (
            f"Draft — not published; it would be dated "
            f"{local(now):%-d %B %Y, %H:%M} if published now"
        ) in shown[draft]
        assert "Published <time" not in shown[draft]
        assert (
            f'Scheduled: to be published <time datetime="{local(later).isoformat()}">'
            f"{local(later):%-d %B %Y, %H:%M}</time>"
        ) in shown[scheduled]
        assert "Draft — not published" in shown[gallery]

    def test_preview_of_a_story_never_saved(self):
        client, _editor = signed_in(EDITOR, "maya")
        page = client.get(reverse("admin:articles_article_add"))
        data = change_form_data(page)
        data.update(headline="Brand new story", slug="brand-new", body="<p>Hi.</p>")
        response = client.post(reverse("admin:articles_article_preview_new"), data)
        assert response.status_code == 200
        assert "Brand new story" in response.content.decode()
        assert not Article.objects.exists()

    def test_gallery_preview_shows_photos_in_the_order_of_the_form(self):
        client, _editor = signed_in(EDITOR, "maya")
        gallery = GalleryFactory(draft=True, photos=2)
        data = change_form_data(client.get(admin_url("change", gallery)))
        data["items-0-position"], data["items-1-position"] = "2", "1"
        html = client.post(admin_url("preview", gallery), data).content.decode()
        assert html.index("Caption number 2.") < html.index("Caption number 1.")
        assert [i.caption for i in gallery.items.order_by("position")] == [
            "Caption number 1.",
            "Caption number 2.",
        ]

    def test_a_form_with_errors_says_so_and_saves_nothing(self):
        client, _editor = signed_in(EDITOR, "maya")
        article = ArticleFactory(draft=True, headline="Kept")
        data = change_form_data(client.get(admin_url("change", article)))
        data["headline"] = ""
        response = client.post(admin_url("preview", article), data)
        assert response.status_code == 400
        assert "nothing to preview yet" in response.content.decode()
        article.refresh_from_db()
        assert article.headline == "Kept"

    def test_reporter_cannot_preview_others_drafts(self):
        client, _reporter = signed_in(REPORTER, "rookie")
        article = ArticleFactory(draft=True)
        assert client.post(admin_url("preview", article), {}).status_code == 403

    def test_change_form_has_the_preview_buttons(self):
        client, _editor = signed_in(EDITOR, "maya")
        article = ArticleFactory(draft=True)
        html = client.get(admin_url("change", article)).content.decode()
        assert f'formaction="{admin_url("preview", article)}"' in html
        assert 'formtarget="_blank"' in html
        assert f'formaction="{admin_url("share", article)}"' in html


class TestSharedLinks:
    def test_done_when_an_anonymous_browser_opens_a_link_until_it_expires(self):
        client, editor = signed_in(EDITOR, "maya")
        now = timezone.now()
        with time_machine.travel(now, tick=False):
            article = ArticleFactory(draft=True, headline="Embargoed transfer")
            response = client.post(admin_url("share", article), follow=True)
            link = PreviewLink.objects.get()
            assert link.created_by == editor
            assert link.expires_at == now + timedelta(hours=48)
            shared = link.get_absolute_url()
            assert shared in response.content.decode()  # shown to the editor

        reader = Client()
        with time_machine.travel(now + timedelta(hours=47, minutes=59), tick=False):
            page = reader.get(shared)
            assert page.status_code == 200
            assert "Embargoed transfer" in page.content.decode()
            assert_private(page)
        with time_machine.travel(now + timedelta(hours=48), tick=False):
            assert reader.get(shared).status_code == 404

    def test_a_revoked_link_stops_working(self):
        client, editor = signed_in(EDITOR, "maya")
        article = ArticleFactory(draft=True, headline="Embargoed transfer")
        link = preview_link_create(article, user=editor)
        html = client.get(admin_url("change", article)).content.decode()
        revoke = reverse("admin:articles_article_revoke", args=[article.pk, link.pk])
        assert f'formaction="{revoke}"' in html
        assert client.post(revoke).status_code == 302
        page = Client().get(link.get_absolute_url())
        assert page.status_code == 404
        assert "Embargoed transfer" not in page.content.decode()

    def test_a_link_stops_working_when_its_item_is_withdrawn(self):
        """Made for the draft, a link shows the story to nobody once it was
        published and withdrawn: 410 Gone, as on its public address, and it
        stays revoked if the story comes back as a draft."""
        _client, editor = signed_in(EDITOR, "maya")
        article = ArticleFactory(draft=True, headline="Embargoed transfer")
        link = preview_link_create(article, user=editor)
        article, _warnings = item_transition(article, "publish", editor)
        assert Client().get(link.get_absolute_url()).status_code == 200
        item_transition(article, "withdraw", editor)

        page = Client().get(link.get_absolute_url())
        assert page.status_code == 410
        assert "Embargoed transfer" not in page.content.decode()
        link.refresh_from_db()
        assert link.revoked_at is not None
        Article.objects.filter(pk=article.pk).update(status="draft")
        assert Client().get(link.get_absolute_url()).status_code == 404

    def test_tampered_or_made_up_tokens_are_not_found(self):
        _client, editor = signed_in(EDITOR, "maya")
        article = ArticleFactory(draft=True, headline="Embargoed transfer")
        token = preview_link_create(article, user=editor).token
        reader = Client()
        for bad in (token[:-1] + ("A" if token[-1] != "A" else "B"), "1", "x" * 40):
            response = reader.get(reverse("preview", args=[bad]))
            assert response.status_code == 404
            assert "Embargoed transfer" not in response.content.decode()

    def test_link_to_a_deleted_item_is_not_found(self):
        _client, editor = signed_in(EDITOR, "maya")
        gallery = GalleryFactory(draft=True)
        link = preview_link_create(gallery, user=editor)
        Gallery.objects.all().delete()
        assert Client().get(link.get_absolute_url()).status_code == 404

    def test_expiry_is_configurable(self, settings):
        settings.NEWSROOM_PREVIEW_LINK_HOURS = 2
        _client, editor = signed_in(EDITOR, "maya")
        link = preview_link_create(ArticleFactory(draft=True), user=editor)
        assert link.expires_at - link.created_at == timedelta(hours=2)

    def test_reporter_shares_own_draft_but_not_others(self):
        client, reporter = signed_in(REPORTER, "rookie")
        own = ArticleFactory(draft=True, created_by=reporter)
        other = ArticleFactory(draft=True)
        assert client.post(admin_url("share", own)).status_code == 302
        assert client.post(admin_url("share", other)).status_code == 403
        assert client.get(admin_url("share", own)).status_code == 405
        assert PreviewLink.objects.count() == 1
