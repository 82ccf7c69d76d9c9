"""The articles' sitemap section: published stories with their lead photos."""

from newsroom.content import ContentSitemap

from .models import Article

IMAGE_SPEC = ("w1280", "jpeg")


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
