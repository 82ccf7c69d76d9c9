"""A reader's journey in Chromium, and the screenshots people look at."""

import feedparser
import pytest

from .helpers import DESKTOP, PHONE, no_horizontal_scroll

pytestmark = pytest.mark.django_db(transaction=True)

SMALL_PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}
# Under the lead, at most this much paper before what comes next (the
# front's own margins are 2rem).
LEAD_GAP_BOUND = 96


def box(page, selector):
    """The element's box in the page (not the viewport), or None."""
    return page.locator(selector).first.evaluate(
        """element => {
            const r = element.getBoundingClientRect();
            return {top: r.top + scrollY, bottom: r.bottom + scrollY,
                    height: r.height};
        }"""
    )


def full_screenshot(page, path):
    """Lazy pictures below the fold load, then the whole page is shot."""
    page.wait_for_load_state("networkidle")
    page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_load_state("networkidle")
    page.evaluate("() => window.scrollTo(0, 0)")
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000


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


def test_on_a_phone_a_gallery_starts_with_its_first_photo(open_page, demo, shots_dir):
    """At 390×844 the first photo is on the first screen, above the intro."""
    from galleries.models import Gallery

    gallery = Gallery.objects.published().exclude(intro="").latest()
    page = open_page(gallery.get_absolute_url(), viewport=SMALL_PHONE)

    photo = box(page, "#photo-1 img")
    intro = box(page, ".gallery__intro")
    assert photo["top"] < intro["top"]
    assert photo["top"] < SMALL_PHONE["height"] - photo["height"] / 2
    assert no_horizontal_scroll(page)
    full_screenshot(page, shots_dir / "gallery-390x844.png")


def test_the_photo_page_fits_a_1280x800_screen(open_page, demo, shots_dir):
    """Photo, caption and previous/next on one screen, for a photo in the
    middle and for the gallery's longest caption."""
    from galleries.models import Gallery

    gallery = Gallery.objects.published().latest()
    items = list(gallery.items.select_related("photo"))
    longest = max(range(len(items)), key=lambda n: len(items[n].caption)) + 1
    for number in sorted({2, longest}):
        page = open_page(gallery.get_photo_url(number), viewport=LAPTOP)
        links = page.locator(".photo-page__nav a")
        assert links.count() >= 1
        for selector in (".photo-page figcaption", ".photo-page img"):
            assert box(page, selector)["bottom"] <= LAPTOP["height"], selector
        for n in range(links.count()):
            bottom = links.nth(n).evaluate("a => a.getBoundingClientRect().bottom")
            assert bottom <= LAPTOP["height"], links.nth(n).inner_text()
        if number == 2:
            assert page.locator('.photo-page__nav a[rel="prev"]').count() == 1
            assert page.locator('.photo-page__nav a[rel="next"]').count() == 1
            full_screenshot(page, shots_dir / "photo-1280x800.png")


@pytest.mark.parametrize("lead_photo", [True, False], ids=["lead-photo", "text-lead"])
def test_home_top_stories_hold_with_and_without_photos(
    open_page, demo, shots_dir, lead_photo
):
    """At 1280, with top stories with and without photos: each shows its
    photo or the no-picture card, and the lead has no gap under it."""
    from articles.models import Article

    page = open_page("/", viewport=DESKTOP)
    urls = page.locator(".front .card__headline a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    assert len(urls) == 5
    # The live server shares the test's SQLite database: let it finish the
    # page's pictures before the test writes (a write while it reads is
    # "database table is locked").
    page.wait_for_load_state("networkidle")
    by_url = {a.get_absolute_url(): a for a in Article.objects.published()}
    top = [by_url[url] for url in urls]
    # Photos off the lead (or not) and off two other top stories.
    for n, article in enumerate(top):
        if (n == 0 and not lead_photo) or n in (2, 4):
            article.lead_photo = None
            article.save()
    with_photo = {a.get_absolute_url() for a in top if a.lead_photo_id}
    assert len(with_photo) == (3 if lead_photo else 2)

    page.reload()
    cards = page.locator(".front .card")
    assert cards.count() == 5
    for n in range(cards.count()):
        card = cards.nth(n)
        url = card.locator(".card__headline a").get_attribute("href")
        classes = card.get_attribute("class").split()
        if url in with_photo:
            assert card.locator(".card__picture img").count() == 1, url
            assert card.locator(".card__picture img").bounding_box()["width"] > 50
        else:
            assert "card--no-picture" in classes, url
            assert card.locator(".card__picture").count() == 0
    name = "home-1280.png" if lead_photo else "home-1280-text-lead.png"
    full_screenshot(page, shots_dir / name)
    # What comes next under the lead: the top stories when they are in a
    # row under it, else what follows the top stories.
    lead = box(page, ".card--lead")
    nexts = [box(page, ".front__top"), box(page, ".front + *")]
    below = min(b["top"] for b in nexts if b["top"] >= lead["bottom"] - 1)
    assert below - lead["bottom"] <= LEAD_GAP_BOUND
    assert no_horizontal_scroll(page)
