"""Receivers that keep galleries' search text current: a gallery is found by
its photos' titles and captions, which change outside the gallery's form."""

from newsroom.search import reindex_later

from .models import Gallery


def index_gallery_of_item(sender, instance, raw=False, **kwargs):
    if not raw:
        reindex_later(Gallery, instance.gallery_id)


def index_galleries_of_photo(sender, instance, raw=False, created=False, **kwargs):
    if raw or created:  # a new photo is in no gallery yet
        return
    gallery_ids = Gallery.objects.filter(items__photo=instance).values_list(
        "pk", flat=True
    )
    for gallery_id in set(gallery_ids):
        reindex_later(Gallery, gallery_id)
