"""The galleries' sitemap section: every photo of a published gallery is an
image entry with its caption as shown there."""

from django.db.models import Prefetch

from newsroom.content import ContentSitemap

from .models import Gallery, GalleryItem, Rendition

IMAGE_SPEC = ("w1280", "jpeg")


def sitemap_renditions(lookup):
    """Prefetch only the rendition a sitemap names, not all of a photo's."""
    spec, fmt = IMAGE_SPEC
    return Prefetch(lookup, Rendition.objects.filter(spec=spec, format=fmt))


class GallerySitemap(ContentSitemap):
    # Thirty-odd image entries a gallery: a file of a hundred galleries is
    # about 1 MB and 3,000 images, far inside the protocol's 50 MB.
    limit = 100

    def items(self):
        items = GalleryItem.objects.select_related("photo").prefetch_related(
            sitemap_renditions("photo__renditions")
        )
        return Gallery.objects.published().prefetch_related(
            Prefetch("items", queryset=items)
        )

    def images(self, item):
        return [
            (entry.photo.rendition_url(*IMAGE_SPEC), entry.caption)
            for entry in item.items.all()
        ]
