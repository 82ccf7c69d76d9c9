"""A journalist's day in Chromium: a story written in the rich-text editor,
picked, tagged, previewed and published; a gallery uploaded, reordered by
drag and drop, given alt text and published."""

import re

import pytest
from playwright.sync_api import expect

from .helpers import DESKTOP, axe_violations

pytestmark = pytest.mark.django_db(transaction=True)


def pick(page, select_id, typed, choice=None):
    """Choose in one of the admin's autocomplete boxes, as a person does,
    and wait until the box shows the choice (a slow machine answers the
    search late)."""
    box = page.locator(f"#{select_id} + .select2")
    box.locator(".select2-selection").click()
    page.keyboard.type(typed, delay=20)
    option = page.locator(
        ".select2-container--open .select2-results__option"
        ":not(.loading-results):not(.select2-results__message)",
        has_text=choice or typed,
    ).first
    option.click()
    expect(box).to_contain_text(choice or typed)


def paste_html(page, selector, html):
    """Paste rich text into the editor, as from a browser or a word processor."""
    page.locator(selector).evaluate(
        """(element, html) => {
            const data = new DataTransfer();
            data.setData("text/html", html);
            data.setData("text/plain", html.replace(/<[^>]+>/g, ""));
            element.dispatchEvent(new ClipboardEvent("paste", {
                clipboardData: data, bubbles: true, cancelable: true,
            }));
        }""",
        html,
    )


def test_journalist_writes_previews_and_publishes_a_story(open_page, demo):
    from articles.models import Article

    page = open_page("/admin/articles/article/add/", viewport=DESKTOP, user="editor")
    page.locator("#id_headline").press_sequentially(
        "Emeka Duru's header sinks Kingsbridge again", delay=5
    )
    assert page.input_value("#id_slug") == "emeka-durus-header-sinks-kingsbridge-again"
    page.fill("#id_standfirst", "A second derby, a second late winner.")

    # The rich-text editor: a paragraph with bold text, a subheading, a link.
    editor = page.locator(".tiptap.ProseMirror")
    editor.click()
    page.keyboard.type("The winner came from ", delay=5)
    page.keyboard.press("Control+b")
    page.keyboard.type("Emeka Duru", delay=5)
    page.keyboard.press("Control+b")
    page.keyboard.type(" once more.", delay=5)
    page.keyboard.press("Enter")
    page.keyboard.press("Control+Alt+2")
    page.keyboard.type("How it happened", delay=5)
    page.keyboard.press("Enter")
    page.keyboard.type("See ", delay=5)
    paste_html(
        page,
        ".tiptap.ProseMirror",
        '<a href="https://example.com/table">the league table</a>',
    )

    pick(page, "id_section", "Foot", "Football")
    add_author = page.locator("#bylines-group .add-row a")
    add_author.click()
    add_author.click()
    pick(page, "id_bylines-0-author", "Tom", "Tom Ashworth")
    pick(page, "id_bylines-1-author", "Priya", "Priya Raman")

    # The text names Emeka Duru: accept the suggestion; add a team by hand.
    suggestion = page.locator('.tag-suggestions input[data-label^="Emeka Duru ("]')
    suggestion.check()
    pick(page, "id_teams", "Kingsbridge", "Kingsbridge Rovers")
    pick(page, "id_lead_photo", "Harbourside")

    # Preview opens the page as readers will see it, nothing saved yet.
    with page.expect_popup() as popup:
        page.locator("button.workflow-preview").click()
    preview = popup.value
    preview.wait_for_load_state()
    assert "Preview: readers cannot see this page" in preview.content()
    # The straight apostrophe typed is shown, and saved, as a typographic one.
    assert preview.locator("h1").inner_text() == (
        "Emeka Duru’s header sinks Kingsbridge again"
    )
    assert preview.locator(".story__body h2").inner_text() == "How it happened"
    assert preview.locator(".story__body strong").inner_text() == "Emeka Duru"
    assert preview.locator(".story__body a").get_attribute("href") == (
        "https://example.com/table"
    )
    assert not Article.objects.filter(slug__startswith="emeka-durus-header").exists()
    preview.close()

    page.locator("button.workflow-publish").click()
    page.wait_for_load_state()
    assert page.locator(".messagelist .success", has_text="Published").count() == 1
    article = Article.objects.get(slug="emeka-durus-header-sinks-kingsbridge-again")
    assert article.is_live
    assert [a.name for a in article.byline_authors] == ["Tom Ashworth", "Priya Raman"]
    assert {p.name for p in article.players.all()} >= {"Emeka Duru"}
    assert [t.name for t in article.teams.all()] == ["Kingsbridge Rovers"]
    assert article.lead_photo is not None

    page.goto(article.get_absolute_url())
    assert page.locator("h1").inner_text() == article.headline
    assert page.locator(".story__body h2").inner_text() == "How it happened"
    byline = page.locator(".story__header .meta").inner_text()
    assert "Tom Ashworth" in byline and "Priya Raman" in byline


def wire_files(folder, count=3):
    from newsroom.demo.iptc import with_iptc
    from tests.galleries.images import image_bytes

    paths = []
    for n in range(1, count + 1):
        content = with_iptc(
            image_bytes((900, 600)),
            caption=f"Harbourside Athletic's Emeka Duru in action, picture {n}.",
            credit="Photo: AP/Lorenzo Abati",
            date_created="20240419",
            time_created=f"1{n}0000+0000",
        )
        path = folder / f"derby-{n}.jpg"
        path.write_bytes(content)
        paths.append(path)
    return paths


def test_photo_editor_uploads_reorders_and_publishes_a_gallery(
    open_page, demo, tmp_path
):
    from galleries.models import Gallery

    page = open_page("/admin/galleries/gallery/add/", viewport=DESKTOP, user="editor")
    page.locator("#id_headline").press_sequentially(
        "In pics: Duru does it again", delay=5
    )
    page.fill("#id_standfirst", "The derby, frame by frame.")
    pick(page, "id_section", "Foot", "Football")
    page.locator("#bylines-group .add-row a").click()
    pick(page, "id_bylines-0-author", "Helen", "Helen Marsh")
    page.locator("input[name=_continue]").click()
    page.wait_for_url(re.compile(r"/admin/galleries/gallery/\d+/change/"))
    gallery = Gallery.objects.get(headline="In pics: Duru does it again")

    # Several JPEGs at once; captions and credits come from the files.
    page.get_by_role("link", name="Upload photos into this gallery").click()
    page.set_input_files("input[type=file]", [str(p) for p in wire_files(tmp_path)])
    page.locator("form input[type=submit], form button[type=submit]").last.click()
    page.wait_for_url(re.compile(r"/admin/galleries/gallery/\d+/change/"))
    rows = page.locator("#items-group tr.has_original")
    assert rows.count() == 3
    # Each row shows the photo's own caption (faint, in its caption box)
    # and its credit.
    captions = rows.locator("textarea[name$='-caption_override']").evaluate_all(
        "boxes => boxes.map(box => box.placeholder)"
    )
    assert "picture 1." in captions[0] and "picture 3." in captions[2]
    assert (
        page.locator("#items-group").inner_text().count("AP Photo/Lorenzo Abati") == 3
    )

    # Drag the third photo to the top.
    first_caption = gallery.items.order_by("position").first().caption
    rows.nth(2).locator("td.field-thumbnail").drag_to(
        rows.nth(0).locator("td.field-thumbnail"), target_position={"x": 5, "y": 5}
    )
    positions = [page.input_value(f"#id_items-{n}-position") for n in range(3)]
    assert positions == ["2", "3", "1"]
    page.locator("input[name=_continue]").click()
    page.wait_for_load_state()
    order = [item.caption for item in gallery.items.order_by("position")]
    assert order[0].endswith("picture 3.") and order[1] == first_caption

    # Wire files carry no alt text: publishing is refused until they do.
    page.locator("button.workflow-publish").click()
    page.wait_for_load_state()
    assert page.locator(".messagelist .error", has_text="needs alt text").count() == 1
    for item in gallery.items.select_related("photo"):
        page.goto(f"/admin/galleries/photo/{item.photo_id}/change/")
        page.fill("#id_alt_text", f"A striker in a white shirt, {item.caption[-11:]}")
        page.locator("input[name=_save]").click()
        page.wait_for_load_state()
    page.goto(f"/admin/galleries/gallery/{gallery.pk}/change/")
    page.locator("button.workflow-publish").click()
    page.wait_for_load_state()
    gallery.refresh_from_db()
    assert gallery.is_live

    page.goto(gallery.get_absolute_url())
    captions = page.locator(".gallery__item figcaption").all_inner_texts()
    assert "picture 3." in captions[0]
    assert all("AP Photo/Lorenzo Abati" in caption for caption in captions)


def test_a_shared_preview_link_is_copied_with_one_click(open_page, demo, live_server):
    from articles.models import Article

    draft = Article.objects.filter(status="draft").first()
    page = open_page(
        f"/admin/articles/article/{draft.pk}/change/", viewport=DESKTOP, user="editor"
    )
    page.context.grant_permissions(
        ["clipboard-read", "clipboard-write"], origin=live_server.url
    )
    page.click("button.workflow-share")
    page.wait_for_selector(".preview-links")
    link = page.input_value(".preview-links input")
    assert "/preview/" in link
    copy = page.locator("button.workflow-copy").first
    copy.click()
    page.wait_for_function(
        "() => document.querySelector('button.workflow-copy').textContent === 'Copied'"
    )
    assert page.evaluate("navigator.clipboard.readText()") == link
    assert "works until" in page.inner_text(".preview-links")


def same_title_wire_photos(count=3):
    """Wire photos the way agencies send them: one title for the match,
    a caption each, the credit and the time they were taken."""
    from galleries.services import photo_ingest
    from newsroom.demo.iptc import with_iptc
    from tests.galleries.images import image_bytes, upload

    photos = []
    for n in range(1, count + 1):
        content = with_iptc(
            image_bytes((900, 600)),
            headline="Premier Division: Harbourside vs Kingsbridge",
            caption=f"Wexley keeper Sam Gomez saves penalty number {n} in the "
            "shoot-out at the Quayside.",
            credit="Photo: AP/Lorenzo Abati",
            date_created="20240419",
            time_created=f"1{n}0000+0000",
        )
        photo = photo_ingest(
            file=upload(f"shootout-{n:02d}.jpg", content),
            values={"alt_text": f"A goalkeeper dives, save {n}."},
        )
        photos.append(photo)
    return photos


def test_a_lead_photo_is_chosen_by_thumbnail(open_page, demo, shots_dir):
    """Ten wire photos share a title: the chooser shows each one's picture,
    caption start, credit and date, and the choice keeps showing them."""
    from articles.models import Article

    photos = same_title_wire_photos()
    draft = Article.objects.filter(status="draft").first()
    page = open_page(
        f"/admin/articles/article/{draft.pk}/change/", viewport=DESKTOP, user="editor"
    )
    box = page.locator("#id_lead_photo + .select2")
    box.locator(".select2-selection").click()
    page.keyboard.type("shootout", delay=20)
    options = page.locator(
        ".select2-container--open .select2-results__option .chooser-choice"
    )
    expect(options).to_have_count(3)
    for n in range(3):
        option = options.nth(n)
        expect(option.locator("img.chooser-thumbnail")).to_have_js_property(
            "complete", True
        )
        assert option.locator("img").evaluate("i => i.naturalWidth") > 0
        details = option.locator(".chooser-details").inner_text()
        assert details.startswith("AP Photo/Lorenzo Abati · taken 19 Apr 2024")
    # Newest first; each tells its own caption, not the title they share.
    labels = options.locator(".chooser-label").all_inner_texts()
    assert [label.split(" in the ")[0] for label in labels] == [
        f"Wexley keeper Sam Gomez saves penalty number {n}" for n in (3, 2, 1)
    ]
    page.screenshot(path=str(shots_dir / "lead-photo-chooser-1280.png"))
    assert axe_violations(page) == []  # the open chooser, its list and search

    # Picked by its picture.
    options.nth(1).locator("img.chooser-thumbnail").click()
    chosen = box.locator(".select2-selection__rendered")
    expect(chosen.locator(".chooser-label")).to_contain_text("penalty number 2")
    expect(chosen.locator("img.chooser-thumbnail")).to_have_js_property(
        "complete", True
    )
    assert chosen.locator("img").evaluate("i => i.naturalWidth") > 0
    assert "AP Photo/Lorenzo Abati" in chosen.locator(".chooser-details").inner_text()
    assert axe_violations(page) == []

    page.locator("input[name=_continue]").click()
    page.wait_for_load_state()
    draft.refresh_from_db()
    assert draft.lead_photo == photos[1]
    # The saved choice shows its picture when the form opens again.
    chosen = page.locator("#id_lead_photo + .select2 .select2-selection__rendered")
    expect(chosen.locator(".chooser-label")).to_contain_text("penalty number 2")
    assert chosen.locator("img").evaluate("i => i.naturalWidth") > 0
