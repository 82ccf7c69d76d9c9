"""Previews: an item's public page before readers can see it.

Each content type registers the function that renders its public page for
one item (`page=` in `newsroom.content.register`); the admin's preview and
the shared preview link both use it, so a preview is the page readers will
get. Preview responses are never cached, never indexed and send no
referrer, so a link does not travel further than the person it was given to.
"""

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.http import Http404
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views.decorators.http import require_safe

from newsroom.content import kind_of
from newsroom.http import gone
from newsroom.models import PREVIEW_SALT, PreviewLink, Status


def preview_response(request, item, **context):
    """The item's public page, marked as a preview, rendered now."""
    kind = kind_of(item)
    page = kind.page if kind else None
    if page is None:
        raise Http404("This kind of item has no public page.")
    response = page(request, item, preview=True, **context)
    if hasattr(response, "render"):
        response.render()
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


def preview_link_create(item, *, user, now=None, hours=None):
    now = now or timezone.now()
    hours = hours or settings.NEWSROOM_PREVIEW_LINK_HOURS
    return PreviewLink.objects.create(
        item=item,
        created_by=user,
        created_at=now,
        expires_at=now + timedelta(hours=hours),
    )


@require_safe
def shared_preview(request, token):
    """The page behind a shared preview link: 410 Gone once its item was
    withdrawn (withdrawing revokes the item's links too), 404 for a link
    that was tampered with, revoked or has expired, or whose item is gone."""
    try:
        pk = signing.loads(token, salt=PREVIEW_SALT)
    except signing.BadSignature:
        raise Http404("No such preview.") from None
    link = PreviewLink.objects.select_related("content_type").filter(pk=pk).first()
    if link is None:
        raise Http404("No such preview.")
    model = link.content_type.model_class()
    item = model._default_manager.filter(pk=link.object_id).first() if model else None
    if item is None:
        raise Http404("No such preview.")
    if item.status == Status.WITHDRAWN:
        return gone(request)
    if not link.is_active():
        raise Http404("This preview link has expired or was revoked.")
    # `preview_link`: the page's pictures of draft photos carry its token.
    return preview_response(
        request, item, preview_expires_at=link.expires_at, preview_link=link
    )
