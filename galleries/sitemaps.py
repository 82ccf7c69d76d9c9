"""The galleries' sitemap section: every photo of a published gallery is an
image entry with its caption as shown there."""

from django.db.models import Prefetch

from newsroom.content import ContentSitemap

from .models import Gallery, GalleryItem, Rendition

IMAGE_SPEC = ("w1280", "jpeg")


class GallerySitemap(ContentSitemap):
    # Thirty-odd image entries a gallery: a file of a hundred galleries is
    # about 1 MB and 3,000 images, far inside the protocol's 50 MB.
    limit = 100

    def items(self):
        spec, fmt = IMAGE_SPEC
        renditions = Rendition.objects.filter(spec=spec, format=fmt)
        items = GalleryItem.objects.select_related("photo").prefetch_related(
            Prefetch("photo__renditions", renditions)
        )
        return Gallery.objects.published().prefetch_related(
            Prefetch("items", queryset=items)
        )

    def images(self, item):
        return [
            (entry.photo.rendition_url(*IMAGE_SPEC), entry.caption)
            for entry in item.items.all()
        ]
