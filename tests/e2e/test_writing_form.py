"""The writing form in Chromium at 1280 px: the headline's count follows
the typing, the body editor starts tall, the editor's toolbar shows every
glyph, and a publication time picked for later makes the publish button
say "Schedule for …" and schedules the story."""

import re
from datetime import timedelta

import pytest
from playwright.sync_api import expect

from .helpers import DESKTOP, axe_violations
from .test_journalist import pick

pytestmark = pytest.mark.django_db(transaction=True)

ADD = "/admin/articles/article/add/"


def test_the_headline_counts_its_characters_and_the_body_starts_tall(
    open_page, demo, shots_dir
):
    page = open_page(ADD, viewport=DESKTOP, user="editor")
    count = page.locator(".field-headline [data-char-count-shown]")
    spoken = page.locator(".field-headline [data-char-count-spoken]")
    expect(count).to_have_text("0 / 200")

    page.locator("#id_headline").press_sequentially("Duru's late winner", delay=5)
    expect(count).to_have_text("18 / 200")
    # Screen readers are told once the typing pauses.
    expect(spoken).to_have_text("18 / 200")

    page.fill("#id_headline", "x" * 185)
    expect(count).to_have_text("15 characters left")
    expect(count).to_have_class(re.compile(r"\bis-near\b"))
    page.fill("#id_headline", "x" * 199)
    expect(count).to_have_text("1 character left")
    page.fill("#id_headline", "A shorter one")
    expect(count).to_have_text("13 / 200")
    expect(count).not_to_have_class(re.compile(r"\bis-near\b"))

    headline = page.locator("#id_headline").bounding_box()
    body = page.locator(".field-body .tiptap.ProseMirror").bounding_box()
    kicker = page.locator("#id_kicker").bounding_box()
    assert body["height"] >= 380  # 24rem
    assert headline["width"] >= body["width"] - 2  # as wide as the editor
    assert headline["width"] > 2 * kicker["width"]
    caption = page.locator("#id_lead_photo_caption").bounding_box()
    assert caption["height"] < 60  # two lines, not ten

    standfirst = page.locator("#id_standfirst").bounding_box()
    assert standfirst["width"] >= body["width"] - 2

    # The form as a journalist starts a story, for the screenshot.
    page.goto(ADD)
    page.locator("#id_headline").press_sequentially(
        "Emeka Duru's header sinks Kingsbridge again", delay=5
    )
    page.fill("#id_standfirst", "A second derby, a second late winner.")
    page.locator(".field-body .tiptap.ProseMirror").click()
    page.keyboard.type("The winner came from Emeka Duru once more.", delay=2)
    expect(count).to_have_text("43 / 200")
    page.screenshot(path=str(shots_dir / "admin-article-form-1280.png"), full_page=True)
    assert axe_violations(page) == []


def test_the_editor_toolbar_draws_every_glyph(open_page, demo):
    missing = []
    page = open_page("/admin/", viewport=DESKTOP, user="editor")
    page.on(
        "response",
        lambda response: response.status >= 400 and missing.append(response.url),
    )
    page.goto(ADD)
    page.wait_for_load_state("networkidle")
    page.evaluate("document.fonts.ready.then(() => true)")

    # The paragraph-style menu's arrow is drawn with borders, not a
    # character the page's fonts may lack (U+23F7 showed as an empty box).
    arrow = page.evaluate(
        """() => {
            const s = getComputedStyle(
                document.querySelector(".prose-menubar__selected"), "::after");
            return {content: s.content, top: s.borderTopWidth,
                    colour: s.borderTopColor, left: s.borderLeftColor};
        }"""
    )
    assert arrow["content"] == '""'
    assert arrow["top"] == "5px"
    assert arrow["colour"] not in ("transparent", "rgba(0, 0, 0, 0)")
    assert arrow["left"] == "rgba(0, 0, 0, 0)"

    # The icons are the icon font's ligatures: each button shows one glyph
    # of 24px, not its name ("format_list_bulleted") spelled out.
    assert page.evaluate("document.fonts.check('24px \"Material Icons\"')")
    widths = page.eval_on_selector_all(
        ".prose-menubar__button.material-icons:not(.hidden)",
        "buttons => buttons.map(b => [b.textContent, b.scrollWidth])",
    )
    assert len(widths) >= 8
    assert all(0 < width <= 40 for _name, width in widths), widths
    assert missing == []  # and open_page checks nothing broke the policy


def test_a_time_picked_for_later_says_schedule_and_schedules(open_page, demo):
    from django.utils import timezone

    from articles.models import Article
    from newsroom.desk.admin import publish_label

    later = (timezone.localtime() + timedelta(days=1)).replace(
        hour=20, minute=4, second=0, microsecond=0
    )
    soon = (timezone.localtime() + timedelta(minutes=90)).replace(
        second=0, microsecond=0
    )
    page = open_page(ADD, viewport=DESKTOP, user="editor")
    page.fill("#id_headline", "Duru signs until 2028")
    page.fill("#id_standfirst", "Four more years at the Quayside.")
    pick(page, "id_section", "Foot", "Football")
    button = page.locator("button.workflow-publish")
    expect(button).to_have_text("Publish")

    # Words as the server would say them of the same time.
    picker = page.locator("#id_published_at")
    picker.fill(soon.strftime("%Y-%m-%dT%H:%M"))
    expect(button).to_have_text(publish_label(soon))
    picker.fill(later.strftime("%Y-%m-%dT%H:%M"))
    expect(button).to_have_text(publish_label(later))
    assert re.fullmatch(
        r"Schedule for \w{3} \d{1,2} \w{3}( \d{4})?, 20:04", publish_label(later)
    )
    picker.fill("")
    expect(button).to_have_text("Publish")
    picker.fill((timezone.localtime() - timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M"))
    expect(button).to_have_text("Publish")
    picker.fill(later.strftime("%Y-%m-%dT%H:%M"))

    button.click()
    page.wait_for_load_state()
    expect(page.locator(".messagelist .success")).to_contain_text(
        "Scheduled: it appears by itself"
    )
    article = Article.objects.get(headline="Duru signs until 2028")
    assert article.is_scheduled
    assert article.published_at == later
    assert [a.user.username for a in article.byline_authors] == ["editor"]
    assert page.locator(".field-state").inner_text().count("Scheduled for") == 1
