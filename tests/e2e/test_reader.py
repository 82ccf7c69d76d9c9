"""A reader's journey in Chromium, and the screenshots people look at."""

import feedparser
import pytest

from .helpers import DESKTOP, PHONE

pytestmark = pytest.mark.django_db(transaction=True)


def test_reader_journey_from_the_front_page_to_a_feed(open_page, demo):
    from articles.models import Article

    article = (
        Article.objects.published()
        .exclude(related_gallery=None)
        .exclude(lead_photo=None)
        .latest()
    )
    gallery = article.related_gallery
    player = gallery.players.order_by("name").first()

    # Home page -> the story.
    page = open_page("/")
    assert page.locator("h1").first.inner_text()
    page.locator(f'a[href="{article.get_absolute_url()}"]').first.click()
    page.wait_for_url(f"**{article.get_absolute_url()}")
    assert page.locator("h1").inner_text() == article.headline
    lead = page.locator(".story__lead-photo img")
    assert lead.get_attribute("loading") == "eager"
    assert lead.get_attribute("width") and lead.get_attribute("height")
    assert lead.evaluate("img => img.complete && img.naturalWidth > 0")

    # -> its gallery -> the photo pages, with the arrow keys.
    page.locator(".related-gallery__link").click()
    page.wait_for_url(f"**{gallery.get_absolute_url()}")
    assert page.locator(".gallery__item").count() == gallery.items.count()
    first_credit = page.locator(".gallery__item .credit").first.inner_text()
    assert first_credit
    page.locator(".gallery__item a").first.click()
    page.wait_for_url(f"**{gallery.get_photo_url(1)}")
    page.keyboard.press("ArrowRight")
    page.wait_for_url(f"**{gallery.get_photo_url(2)}")
    page.keyboard.press("ArrowLeft")
    page.wait_for_url(f"**{gallery.get_photo_url(1)}")
    # Keyboard only: Tab reaches the next link, with a visible focus ring.
    page.locator('a[rel="next"]').first.focus()
    outline = page.evaluate(
        "() => getComputedStyle(document.activeElement).outlineStyle"
    )
    assert outline != "none"

    # -> a player page -> search for him -> a feed.
    page.goto(gallery.get_absolute_url())
    page.locator(f'.tags a[href="{player.get_absolute_url()}"]').click()
    page.wait_for_url(f"**{player.get_absolute_url()}")
    assert page.locator("h1").inner_text() == player.name
    surname = player.name.split()[-1]
    page.fill("#masthead-q", surname)
    page.press("#masthead-q", "Enter")
    page.wait_for_url("**/search/?q=*")
    assert page.locator(".search-people").get_by_text(player.name).count() >= 1
    assert page.locator(".search-result").count() >= 1
    assert page.locator(".search-result mark").first.inner_text()

    page.goto(player.get_absolute_url())
    feed = page.locator('link[rel="alternate"][type="application/rss+xml"]').first
    response = page.request.get(feed.get_attribute("href"))
    parsed = feedparser.parse(response.body())
    assert not parsed.bozo
    assert parsed.feed.title.startswith(player.name)


def test_screenshots_at_phone_and_desktop_widths(open_page, demo, shots_dir):
    from articles.models import Article
    from galleries.models import Gallery
    from newsroom.tags.models import Player

    article = Article.objects.published().exclude(lead_photo=None).latest()
    gallery = Gallery.objects.published().latest()
    player = Player.objects.filter(taggings__isnull=False).order_by("name").first()
    pages = {
        "home": "/",
        "article": article.get_absolute_url(),
        "gallery": gallery.get_absolute_url(),
        "photo": gallery.get_photo_url(1),
        "player": player.get_absolute_url(),
        "search": f"/search/?q={player.name.split()[-1]}",
    }
    for label, viewport in (("375", PHONE), ("1280", DESKTOP)):
        page = open_page("/", viewport=viewport)
        for name, url in pages.items():
            page.goto(url)
            page.wait_for_load_state("networkidle")
            # Lazy pictures below the fold load for the full-page picture.
            page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
            page.wait_for_load_state("networkidle")
            page.evaluate("() => window.scrollTo(0, 0)")
            path = shots_dir / f"{name}-{label}.png"
            page.screenshot(path=str(path), full_page=True)
            assert path.stat().st_size > 10_000
    print(f"\nScreenshots: {shots_dir}")


def test_the_policy_watch_sees_what_the_policy_refuses(browser, live_server, db):
    """The check every browser test ends with is not blind: an inline
    script and an inline style added to a reader's page are refused, and
    both are reported."""
    from .helpers import watch_csp

    context = browser.new_context(base_url=live_server.url)
    found = watch_csp(context)
    page = context.new_page()
    page.goto("/no-such-page/")
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.ran = true";
            document.body.append(script);
            document.body.setAttribute("style", "color: red");
        }"""
    )
    # Reports are delivered after the task that caused them.
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.ran") is None
    context.close()
    directives = {event.get("directive") for event in found}
    assert {"script-src-elem", "style-src-attr"} <= directives
    assert any("Content Security Policy" in event.get("console", "") for event in found)
