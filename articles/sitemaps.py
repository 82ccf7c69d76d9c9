"""The articles' sitemap section: published stories with their lead photos."""

from galleries.sitemaps import IMAGE_SPEC, sitemap_renditions
from newsroom.content import ContentSitemap

from .models import Article


class ArticleSitemap(ContentSitemap):
    # A file a thousand stories: the same work for page 1 of a new site and
    # of one with a hundred thousand stories.
    limit = 1000

    def items(self):
        return (
            Article.objects.published()
            .select_related("lead_photo")
            .prefetch_related(sitemap_renditions("lead_photo__renditions"))
        )

    def images(self, item):
        photo = item.lead_photo
        if photo is None:
            return []
        return [(photo.rendition_url(*IMAGE_SPEC), item.lead_caption)]
