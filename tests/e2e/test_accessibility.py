"""axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on any public page
type, at phone and desktop widths; nothing scrolls sideways on a phone;
every image has alt text and a size; no request leaves the site."""

import json

import pytest

from .helpers import DESKTOP, PHONE, axe_violations, no_horizontal_scroll

pytestmark = pytest.mark.django_db(transaction=True)


def public_pages():
    """One address of every public page type, from the demo desk."""
    from articles.models import Article
    from galleries.models import Gallery, Photographer
    from newsroom.models import Author, Section
    from newsroom.tags.models import Player, Team

    article = Article.objects.published().exclude(lead_photo=None).latest()
    gallery = Gallery.objects.published().latest()
    player = Player.objects.filter(taggings__isnull=False).first()
    team = Team.objects.filter(taggings__isnull=False).first()
    day = article.pub_date
    return {
        "home": "/",
        "article": article.get_absolute_url(),
        "gallery": gallery.get_absolute_url(),
        "photo": gallery.get_photo_url(2),
        "section": Section.objects.first().get_absolute_url(),
        "author": Author.objects.first().get_absolute_url(),
        "player": player.get_absolute_url(),
        "team": team.get_absolute_url(),
        "player photos": f"{player.get_absolute_url()}photos/",
        "players": "/players/",
        "teams": "/teams/",
        "galleries": "/galleries/",
        "photographer": Photographer.objects.filter(photos__isnull=False)
        .first()
        .get_absolute_url(),
        "search": f"/search/?q={player.name.split()[-1]}",
        "archive": f"/{day:%Y/%m/%d}/",
        "not found": "/no/such/page/",
    }


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375px", "1280px"])
def test_every_public_page_type_passes_axe(open_page, demo, viewport):
    problems = {}
    page = open_page("/", viewport=viewport)
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    for name, url in public_pages().items():
        page.goto(url)
        page.wait_for_load_state("networkidle")
        found = axe_violations(page)
        if found:
            problems[name] = found
        if viewport is PHONE and not no_horizontal_scroll(page):
            problems.setdefault(name, []).append("scrolls sideways at 375px")
        missing_alt = page.eval_on_selector_all(
            "img:not([alt])", "images => images.map(i => i.src)"
        )
        if missing_alt:
            problems.setdefault(name, []).append(f"images without alt: {missing_alt}")
        # The first picture on the page is not held back by lazy loading.
        first_lazy = page.evaluate(
            "() => document.querySelector('main img')?.loading === 'lazy'"
        )
        if first_lazy:
            problems.setdefault(name, []).append("the first image is lazy-loaded")
        # No layout shift: every image says its size.
        unsized = page.eval_on_selector_all(
            "img:not([width]), img:not([height])", "images => images.map(i => i.src)"
        )
        if unsized:
            problems.setdefault(name, []).append(f"images without a size: {unsized}")
    # No external requests: fonts, scripts and pictures all come from us.
    origin = page.url.split("/", 3)[:3]
    external = [
        url
        for url in requested
        if url.split("/", 3)[:3] != origin and not url.startswith(("data:", "blob:"))
    ]
    assert external == []
    assert problems == {}, json.dumps(problems, indent=1)
