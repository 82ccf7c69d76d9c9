"""Which photos are public: each content type that shows photos says how.

`galleries` must not import the content types that use it (articles embed
galleries, not the other way round), so they register a function returning a
condition over `Photo` (an `Exists` on the photo's pk, or several or-ed) that
matches the photos their published items show. Conditions are subqueries,
never joins, so a photo used twice is listed once without DISTINCT, and the
database probes each photo by index instead of joining every usage.
"""

from functools import reduce
from operator import or_

_published_filters = []


def register_published_usage(make_filter):
    """Register `make_filter()`, which returns a condition over Photo (an
    `Exists`); usable as a decorator."""
    if make_filter not in _published_filters:
        _published_filters.append(make_filter)
    return make_filter


def unregister_published_usage(make_filter):
    if make_filter in _published_filters:
        _published_filters.remove(make_filter)


def published_photo_filter():
    """One Q matching every photo shown by something published, or None."""
    conditions = [make_filter() for make_filter in _published_filters]
    if not conditions:
        return None
    return reduce(or_, conditions)


# The photos an item's pages show ---------------------------------------------

_item_photos = {}


def register_item_photos(model, photos_of):
    """Say which photos the pages of a `model` item show: `photos_of(item)`
    returns them. Their page renditions are made when the item is published
    or scheduled (see `services.renditions_request`)."""
    _item_photos[model] = photos_of


def photos_of(item):
    """The photos `item`'s pages show, or [] for a type that registered none."""
    photos_of = _item_photos.get(type(item))
    return list(photos_of(item)) if photos_of else []
