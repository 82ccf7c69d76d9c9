"""Sitemaps (django.contrib.sitemaps) and robots.txt.

An index at /sitemap.xml with a section for every registered content type
(each app owns its sitemap: `articles/sitemaps.py`, `galleries/sitemaps.py`),
then sections, authors, players and teams, pictures as image entries; a
Google News sitemap of the last 48 hours' news items at /sitemap-news.xml;
/robots.txt naming both. Only published items, ever: the content sitemaps
read `published()`.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.db.models import Exists, Max, Min, OuterRef
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.views.decorators.http import require_safe

from newsroom import content, pagecache
from newsroom.models import Author, Section
from newsroom.tags.models import Player, Team


class OwnerSitemap(content.KeysetSitemap):
    """Section, author, player and team pages. Their addresses are made
    from the slugs alone, with one `reverse()` a file rather than one a URL
    (a thousand model instances and reverses were most of a file's time)."""

    limit = 1000
    model = None
    url_name = None  # the page's URL name; its one argument is the slug

    def items(self):
        pagecache.shows(self.model)
        return self.slugs(self.model._default_manager.all())

    @staticmethod
    def slugs(queryset):
        return queryset.order_by("pk").values_list("slug", flat=True)

    def location(self, slug):
        if not hasattr(self, "_around"):
            head, _, tail = reverse(
                self.url_name, kwargs={"slug": SLUG_STAND_IN}
            ).partition(SLUG_STAND_IN)
            self._around = head, tail
        head, tail = self._around
        return f"{head}{slug}{tail}"

    def get_urls(self, page=1, site=None, protocol=None):
        # Only addresses (no lastmod, priority or alternates to look up
        # for each one, as the base class does).
        base = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        return [
            {"item": slug, "location": base + self.location(slug)}
            for slug in self.paginator.page(page).object_list
        ]


SLUG_STAND_IN = "slug-stand-in"


class TaggedOwnerSitemap(OwnerSitemap):
    """Only players and teams something is tagged with: a page with nothing
    on it is no use to a search engine. A file covers 500 ids, not 1,000: a
    tag table holds many players never tagged (a small desk tags a few
    hundred of its 5,000), so ranges are sparse; smaller ones keep a file's
    work the same for a new desk as for a big one."""

    limit = 500

    def items(self):
        pagecache.shows(self.model)
        return self.slugs(
            self.model._default_manager.filter(
                Exists(self.through().objects.filter(tag=OuterRef("pk")))
            )
        )

    def through(self):
        return self.model._meta.get_field("taggings").related_model

    def bounds(self):
        # The lowest and highest tagged ids, from the taggings' own index
        # rather than probing every player.
        if not hasattr(self, "_bounds"):
            self._bounds = self.through().objects.aggregate(
                low=Min("tag_id"), high=Max("tag_id")
            )
        return self._bounds


class SectionSitemap(OwnerSitemap):
    model, url_name = Section, "section"


class AuthorSitemap(OwnerSitemap):
    model, url_name = Author, "author"


class PlayerSitemap(TaggedOwnerSitemap):
    model, url_name = Player, "player"


class TeamSitemap(TaggedOwnerSitemap):
    model, url_name = Team, "team"


def sitemaps():
    """{section name: Sitemap}: every content type's, then the owners'."""
    return {
        **{kind.name: kind.sitemap for kind in content.kinds() if kind.sitemap},
        **OWNER_SITEMAPS,
    }


OWNER_SITEMAPS = {
    "sections": SectionSitemap,
    "authors": AuthorSitemap,
    "players": PlayerSitemap,
    "teams": TeamSitemap,
}


class XMLWriter:
    """A sitemap file written straight from the sitemap view's context: the
    same elements as `sitemaps/sitemap.xml` and Django's
    `sitemap_index.xml` (pinned by a test), for a fraction of a template's
    cost per URL (a thousand URLs a file; an index of hundreds of files).
    The views take it as their `template_name`: Django's TemplateResponse
    renders any object with a `render(context, request)`."""

    def __init__(self, root, namespaces, write):
        self.root, self.namespaces, self.write = root, namespaces, write

    def render(self, context=None, request=None):
        parts = [
            '<?xml version="1.0" encoding="UTF-8"?>\n',
            f"<{self.root} {self.namespaces}>",
        ]
        self.write(parts, context or {})
        parts.append(f"</{self.root}>\n")
        return "".join(parts)


def xml_date(value):
    """What the templates' `date:"c"` writes: ISO 8601, in the site's time
    zone."""
    return (
        timezone.localtime(value).isoformat()
        if timezone.is_aware(value)
        else (value.isoformat())
    )


def write_urlset(parts, context):
    for url in context["urlset"]:
        parts.append(f"<url><loc>{escape(url['location'])}</loc>")
        if url.get("lastmod"):
            parts.append(f"<lastmod>{xml_date(url['lastmod'])}</lastmod>")
        for image in url.get("images", ()):
            parts.append(f"<image:image><image:loc>{escape(image['loc'])}</image:loc>")
            if image["caption"]:
                parts.append(
                    f"<image:caption>{escape(image['caption'])}</image:caption>"
                )
            parts.append("</image:image>")
        parts.append("</url>")


def write_index(parts, context):
    for site in context["sitemaps"]:
        parts.append(f"<sitemap><loc>{escape(site.location)}</loc>")
        if site.last_mod:
            parts.append(f"<lastmod>{xml_date(site.last_mod)}</lastmod>")
        parts.append("</sitemap>")


SITEMAP_NAMESPACE = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
URLSET = XMLWriter(
    "urlset",
    SITEMAP_NAMESPACE
    + ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"',
    write_urlset,
)
INDEX = XMLWriter("sitemapindex", SITEMAP_NAMESPACE, write_index)


@require_safe
def news_sitemap(request):
    """Google News: the news of the last 48 hours, newest first."""
    since = timezone.now() - timedelta(hours=48)
    items = []
    pagecache.shows(*(kind.model for kind in content.kinds() if kind.news))
    for kind in content.kinds():
        if kind.news:
            items += (
                kind.published()
                .filter(published_at__gte=since)
                .order_by("-published_at", "-pk")[:1000]
            )
    items.sort(key=lambda item: (item.published_at, item.pk), reverse=True)
    site = get_current_site(request)
    return TemplateResponse(
        request,
        "sitemaps/news.xml",
        {
            "articles": items[:1000],
            "base": f"{request.scheme}://{site.domain}",
            "publication": settings.NEWSROOM_SITE_NAME,
            "language": settings.NEWSROOM_PUBLICATION_LANGUAGE,
        },
        content_type="application/xml",
    )


@require_safe
def robots_txt(request):
    site = get_current_site(request)
    base = f"{request.scheme}://{site.domain}"
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /preview/",
        "Disallow: /search/",
        "",
        f"Sitemap: {base}{reverse('sitemap_index')}",
        f"Sitemap: {base}{reverse('sitemap_news')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
