"""Sitemaps (django.contrib.sitemaps) and robots.txt.

An index at /sitemap.xml with stories, galleries, sections, authors, players
and teams, their pictures as image entries; a Google News sitemap of the
last 48 hours' stories at /sitemap-news.xml; /robots.txt naming both. Only
published items, ever: the content sitemaps read `published()`.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sites.shortcuts import get_current_site
from django.db.models import Exists, OuterRef, Prefetch
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from articles.models import Article
from galleries.models import Gallery, GalleryItem

from .models import Author, Player, Section, Team

IMAGE_SPEC = ("w1280", "jpeg")


class ContentSitemap(Sitemap):
    """Published items with their pictures as <image:image> entries."""

    limit = 5000

    def lastmod(self, item):
        return item.modified_at

    def images(self, item):
        return []

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        base = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        for url in urls:
            url["images"] = [
                {
                    "loc": photo_url
                    if photo_url.startswith("http")
                    else base + photo_url,
                    "caption": caption,
                }
                for photo_url, caption in self.images(url["item"])
            ]
        return urls


class ArticleSitemap(ContentSitemap):
    def items(self):
        return (
            Article.objects.published()
            .select_related("lead_photo")
            .prefetch_related("lead_photo__renditions")
            .order_by("-published_at", "-pk")
        )

    def images(self, item):
        photo = item.lead_photo
        if photo is None:
            return []
        return [(photo.rendition_url(*IMAGE_SPEC), item.lead_caption)]


class GallerySitemap(ContentSitemap):
    def items(self):
        items = GalleryItem.objects.select_related("photo").prefetch_related(
            "photo__renditions"
        )
        return (
            Gallery.objects.published()
            .prefetch_related(Prefetch("items", queryset=items))
            .order_by("-published_at", "-pk")
        )

    def images(self, item):
        return [
            (entry.photo.rendition_url(*IMAGE_SPEC), entry.caption)
            for entry in item.items.all()
        ]


class OwnerSitemap(Sitemap):
    """Section, author, player and team pages."""

    limit = 10000
    model = None

    def items(self):
        return self.model._default_manager.order_by("pk")


class TaggedOwnerSitemap(OwnerSitemap):
    """Only players and teams something is tagged with: a page with nothing
    on it is no use to a search engine."""

    def items(self):
        through = self.model._meta.get_field("taggings").related_model
        return self.model._default_manager.filter(
            Exists(through.objects.filter(tag=OuterRef("pk")))
        ).order_by("pk")


class SectionSitemap(OwnerSitemap):
    model = Section

    def items(self):
        return Section.objects.order_by("position", "pk")


class AuthorSitemap(OwnerSitemap):
    model = Author


class PlayerSitemap(TaggedOwnerSitemap):
    model = Player


class TeamSitemap(TaggedOwnerSitemap):
    model = Team


SITEMAPS = {
    "articles": ArticleSitemap,
    "galleries": GallerySitemap,
    "sections": SectionSitemap,
    "authors": AuthorSitemap,
    "players": PlayerSitemap,
    "teams": TeamSitemap,
}


@require_safe
def news_sitemap(request):
    """Google News: the stories of the last 48 hours, newest first."""
    now = timezone.now()
    articles = (
        Article.objects.published()
        .filter(published_at__gte=now - timedelta(hours=48))
        .order_by("-published_at", "-pk")[:1000]
    )
    site = get_current_site(request)
    return TemplateResponse(
        request,
        "sitemaps/news.xml",
        {
            "articles": articles,
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
