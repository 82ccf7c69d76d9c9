"""Who may fetch a photo's renditions: anyone while the photo is public,
the desk always, and the holder of a shared preview link while the link
lasts.

Renditions are stored out of the public's reach (`galleries.storage`) and
served by `galleries.views.rendition`, which asks `rendition_access`. A
shared preview shows draft photos to someone without an account: its
pictures carry a signed token naming the photo and the link, so they stop
working with the link (expired, revoked, or its item withdrawn, which
revokes it).
"""

from django.conf import settings
from django.core import signing

from newsroom.models import PreviewLink

RENDITION_PREVIEW_SALT = "galleries.rendition-preview"

#: How the rendition view may serve a photo: to everyone (and a CDN), or
#: to this request only.
PUBLIC, PRIVATE = "public", "private"


def preview_token(photo_id, link):
    """The token a shared preview's pictures of `photo_id` carry: the same
    on every render (no timestamp: the link's own expiry and revocation
    decide how long it works), so the browser keeps the pictures."""
    return _signer().sign_object([int(photo_id), link.pk])


def _signer():
    return signing.Signer(salt=RENDITION_PREVIEW_SALT)


def rendition_access(request, photo_id, queryset):
    """(photo, PUBLIC or PRIVATE), or (None, None) when this request may
    not see the photo's renditions. `queryset` is what to load the photo
    from (with its renditions prefetched). A reader's request costs one
    query; the desk's (the library's thumbnails) skip the public check."""
    if is_desk(request) or has_preview_token(request, photo_id):
        photo = queryset.filter(pk=photo_id).first()
        return (photo, PRIVATE) if photo is not None else (None, None)
    photo = queryset.published().filter(pk=photo_id).first()
    return (photo, PUBLIC) if photo is not None else (None, None)


def is_desk(request):
    """A signed-in account that may see the photo library."""
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False  # no session to read: a reader
    user = getattr(request, "user", None)
    return bool(
        user is not None
        and user.is_active
        and user.is_staff
        and user.has_perm("galleries.view_photo")
    )


def has_preview_token(request, photo_id):
    """A shared preview's token for this photo, from a link still active."""
    token = request.GET.get("t")
    if not token:
        return False
    try:
        token_photo, link_id = _signer().unsign_object(token)
    except (signing.BadSignature, TypeError, ValueError):
        return False
    if token_photo != int(photo_id):
        return False
    link = PreviewLink.objects.filter(pk=link_id).first()
    return link is not None and link.is_active()
