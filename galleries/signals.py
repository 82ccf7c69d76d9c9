"""Receivers that keep galleries' search text current: a gallery is found by
its photos' titles and captions, which change outside the gallery's form."""

from newsroom.search import search_update

from .models import Gallery


def index_gallery_of_item(sender, instance, raw=False, **kwargs):
    if raw:
        return
    gallery = Gallery.objects.filter(pk=instance.gallery_id).first()
    if gallery is not None:
        search_update(gallery)


def index_galleries_of_photo(sender, instance, raw=False, created=False, **kwargs):
    if raw or created:  # a new photo is in no gallery yet
        return
    for gallery in Gallery.objects.filter(items__photo=instance).distinct():
        search_update(gallery)
