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
from django.views.decorators.http import require_safe

from newsroom import content, pagecache
from newsroom.models import Author, Section
from newsroom.tags.models import Player, Team


class OwnerSitemap(content.KeysetSitemap):
    """Section, author, player and team pages."""

    limit = 1000
    model = None

    def items(self):
        pagecache.shows(self.model)
        return self.model._default_manager.order_by("pk")


class TaggedOwnerSitemap(OwnerSitemap):
    """Only players and teams something is tagged with: a page with nothing
    on it is no use to a search engine."""

    def items(self):
        pagecache.shows(self.model)
        return self.model._default_manager.filter(
            Exists(self.through().objects.filter(tag=OuterRef("pk")))
        ).order_by("pk")

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
    model = Section


class AuthorSitemap(OwnerSitemap):
    model = Author


class PlayerSitemap(TaggedOwnerSitemap):
    model = Player


class TeamSitemap(TaggedOwnerSitemap):
    model = Team


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
