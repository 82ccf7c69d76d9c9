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


def renditions_for_published(sender, instance, raw=False, update_fields=None, **kwargs):
    """A content item saved as published (live or scheduled), by any route:
    queue the page renditions of the photos its pages show, so they are
    made before its readers arrive. A workflow step that takes it off the
    site (unpublish, withdraw) purges its photos' renditions from the CDN:
    they answer only while something published shows them."""
    from newsroom import content, pagecache, purge
    from newsroom.status import Status

    from .models import Photo
    from .services import renditions_request
    from .usage import photos_of

    if raw or content.kind_of(sender) is None:
        return
    status = getattr(instance, "status", None)
    if status == Status.PUBLISHED:
        renditions_request(photos_of(instance))
    elif update_fields and "status" in update_fields:
        purge.later(
            {pagecache.key_of_row(Photo, p.pk) for p in photos_of(instance) if p}
        )
