"""The sitemap writer (`newsroom.site.sitemaps.URLSET` / `INDEX`) against
the templates it replaces: Django's own sitemap and index templates give the
same elements for the same context, and what only the writer has (image
entries) escapes what it writes."""

from datetime import UTC, datetime

from defusedxml import ElementTree as ET
from django.contrib.sitemaps.views import SitemapIndexItem
from django.template.loader import get_template
from django.test import override_settings

from newsroom.site.sitemaps import INDEX, URLSET

NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "image": "http://www.google.com/schemas/sitemap-image/1.1",
}
MOMENT = datetime(2026, 6, 1, 18, 30, tzinfo=UTC)  # 19:30 in London


def tree(xml):
    """(tag, text, children) of every element, whitespace-insensitive."""

    def walk(element):
        return (
            element.tag,
            (element.text or "").strip(),
            [walk(child) for child in element],
        )

    return walk(ET.fromstring(xml.encode()))


def urls(**extra):
    return [
        {"location": "http://testserver/a/?x=1&y=<2>", "lastmod": MOMENT, **extra},
        {"location": "http://testserver/b/", "lastmod": None, **extra},
    ]


@override_settings(TIME_ZONE="Europe/London")
def test_urls_are_what_djangos_sitemap_template_writes():
    context = {"urlset": urls()}
    ours = URLSET.render(context)
    django = get_template("sitemap.xml").render(context)

    def day_only(node):
        # Django's template writes lastmod as a day; ours gives the moment
        # in the site's time zone, as W3C Datetime allows.
        tag, text, children = node
        if tag.endswith("lastmod"):
            text = text[:10]
        return tag, text, [day_only(child) for child in children]

    assert day_only(tree(ours)) == day_only(tree(django))
    assert "<lastmod>2026-06-01T19:30:00+01:00</lastmod>" in ours
    assert "?x=1&amp;y=&lt;2&gt;" in ours


@override_settings(TIME_ZONE="Europe/London")
def test_the_index_is_what_djangos_index_template_writes():
    context = {
        "sitemaps": [
            SitemapIndexItem("http://testserver/sitemap-articles.xml", MOMENT),
            SitemapIndexItem("http://testserver/sitemap-articles.xml?p=2", MOMENT),
            SitemapIndexItem("http://testserver/sitemap-teams.xml", None),
        ]
    }
    assert tree(INDEX.render(context)) == tree(
        get_template("sitemap_index.xml").render(context)
    )


def test_image_entries_escape_their_location_and_caption():
    image = {
        "loc": "http://testserver/r/1.jpg?a&b",
        "caption": 'Duru <scores> & "wins"',
    }
    root = ET.fromstring(URLSET.render({"urlset": urls(images=[image])}).encode())
    entries = root.findall("s:url/image:image", NS)
    assert len(entries) == 2
    assert entries[0].find("image:loc", NS).text == image["loc"]
    assert entries[0].find("image:caption", NS).text == image["caption"]


def test_an_image_without_a_caption_has_no_caption_element():
    image = {"loc": "http://testserver/r/1.jpg", "caption": ""}
    root = ET.fromstring(URLSET.render({"urlset": urls(images=[image])}).encode())
    assert root.find("s:url/image:image/image:caption", NS) is None
