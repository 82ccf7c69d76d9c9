"""The admin pages we customised: axe-core finds no WCAG A/AA violation
(our admin CSS also fixes what the stock admin gets wrong), and the desk's
aids — thumbnails, previews, metadata markers, suggestions — are there."""

import json

import pytest
import reversion

from newsroom.desk.revisions import versions_of

from .helpers import DESKTOP, axe_violations

pytestmark = pytest.mark.django_db(transaction=True)


def admin_pages():
    from articles.models import Article
    from galleries.models import Gallery, Photo
    from newsroom.tags.models import Player

    article = Article.objects.published().exclude(lead_photo=None).latest()
    gallery = Gallery.objects.published().latest()
    photo = Photo.objects.exclude(gallery_items=None).first()
    player = Player.objects.filter(taggings__isnull=False).first()
    # Two versions a word apart, so the pages show a diff with marked words
    # and folded paragraphs.
    with reversion.create_revision():
        reversion.add_to_revision(article)
    version = versions_of(article).first()
    article.headline = f"{article.headline} again"
    article.body = "".join(f"<p>Paragraph {n}.</p>" for n in range(6)) + article.body
    article.save()
    with reversion.create_revision():
        reversion.add_to_revision(article)
    with reversion.create_revision():
        reversion.add_to_revision(gallery)
    item = gallery.items.first()
    item.caption_override = "Our words."
    item.save()
    with reversion.create_revision():
        reversion.add_to_revision(gallery)
    return {
        "index": "/admin/",
        "articles": "/admin/articles/article/",
        "article": f"/admin/articles/article/{article.pk}/change/",
        "new article": "/admin/articles/article/add/",
        "article versions": f"/admin/articles/article/{article.pk}/versions/",
        "revert article": (
            f"/admin/articles/article/{article.pk}/versions/{version.pk}/revert/"
        ),
        "recover articles": "/admin/articles/article/recover/",
        "gallery versions": f"/admin/galleries/gallery/{gallery.pk}/versions/",
        "galleries": "/admin/galleries/gallery/",
        "gallery": f"/admin/galleries/gallery/{gallery.pk}/change/",
        "upload": f"/admin/galleries/gallery/{gallery.pk}/upload/",
        "photos": "/admin/galleries/photo/",
        "photo": f"/admin/galleries/photo/{photo.pk}/change/",
        "players": "/admin/tags/player/",
        "player": f"/admin/tags/player/{player.pk}/change/",
    }


def test_customised_admin_pages_pass_axe(open_page, demo, shots_dir):
    page = open_page("/admin/", viewport=DESKTOP, user="editor")
    problems = {}
    for name, url in admin_pages().items():
        page.goto(url)
        if "versions" in name or "revert" in name:  # the folded lines too
            page.eval_on_selector_all(
                ".diff details", "ds => ds.forEach(d => d.open = true)"
            )
        found = axe_violations(page)
        if found:
            problems[name] = found
        if name in ("article versions", "revert article", "gallery versions"):
            marked = page.locator(".diff ins, .diff del").count()
            assert marked >= 1, f"{name}: no word marked in the diff"
        if name == "article versions":
            page.screenshot(path=str(shots_dir / "admin-versions.png"), full_page=True)
    assert problems == {}, json.dumps(problems, indent=1)


def loaded_images(page, selector):
    return page.eval_on_selector_all(
        selector,
        "images => images.filter(i => i.complete && i.naturalWidth > 0).length",
    )


def test_desk_aids_show_in_the_browser(open_page, demo):
    from galleries.models import Photo

    page = open_page("/admin/galleries/photo/", viewport=DESKTOP, user="editor")
    assert loaded_images(page, "#result_list .field-thumbnail img") >= 5
    page.goto("/admin/galleries/gallery/")
    assert loaded_images(page, "#result_list .field-cover_thumbnail img") >= 2
    page.goto("/admin/articles/article/")
    assert loaded_images(page, "#result_list .field-lead_thumbnail img") >= 1

    photo = Photo.objects.exclude(metadata_sources={}).first()
    page.goto(f"/admin/galleries/photo/{photo.pk}/change/")
    assert loaded_images(page, ".field-preview img") == 1
    assert page.get_by_text("Read from the file").count() >= 1

    page.goto("/admin/articles/article/add/")
    page.locator("#id_headline").press_sequentially("Kasper Lunde signs on", delay=5)
    chip = page.locator('.tag-suggestions input[data-label^="Kasper Lunde"]')
    chip.check()
    chosen = page.locator("#id_players option:checked").all_inner_texts()
    assert any(text.startswith("Kasper Lunde") for text in chosen)


def test_wrong_passwords_pause_signing_in_on_a_page_that_says_why(
    open_page, demo, shots_dir
):
    from .helpers import PASSWORD

    page = open_page("/admin/login/", viewport=DESKTOP)
    for _ in range(5):
        page.fill("#id_username", "editor")
        page.fill("#id_password", "not-the-password")
        page.click("input[type=submit]")
        page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Signing in is paused"
    assert "paused for 15 minutes" in page.locator("#content-main").inner_text()
    assert axe_violations(page) == []
    page.screenshot(path=str(shots_dir / "lockout-1280.png"))

    # The right password is refused while the pause lasts.
    page.goto("/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Signing in is paused"
