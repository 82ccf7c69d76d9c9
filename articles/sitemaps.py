"""The articles' sitemap section: published stories with their lead photos."""

from django.db.models import Prefetch

from galleries.models import Rendition
from newsroom.content import ContentSitemap

from .models import Article

IMAGE_SPEC = ("w1280", "jpeg")


class ArticleSitemap(ContentSitemap):
    # A file a thousand stories: the same work for page 1 of a new site and
    # of one with a hundred thousand stories.
    limit = 1000

    def items(self):
        spec, fmt = IMAGE_SPEC
        renditions = Rendition.objects.filter(spec=spec, format=fmt)
        return (
            Article.objects.published()
            .select_related("lead_photo")
            .prefetch_related(Prefetch("lead_photo__renditions", renditions))
        )

    def images(self, item):
        photo = item.lead_photo
        if photo is None:
            return []
        return [(photo.rendition_url(*IMAGE_SPEC), item.lead_caption)]
