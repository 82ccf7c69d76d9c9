"""The galleries' sitemap section: every photo of a published gallery is an
image entry with its caption as shown there."""

from django.db.models import Prefetch

from newsroom.content import ContentSitemap

from .models import Gallery, GalleryItem

IMAGE_SPEC = ("w1280", "jpeg")


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
