from urllib.parse import quote

from django.conf import settings
from django.db.models import Prefetch, prefetch_related_objects
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import get_conditional_response
from django.views.decorators.http import require_safe
from django.views.generic import ListView
from django.views.generic.dates import DateDetailView

from newsroom import pagecache
from newsroom.fragments import Part
from newsroom.http import GoneWhenWithdrawnMixin, KeysetPaginationMixin
from newsroom.related import depends_on, related_items
from newsroom.structured_data import image_gallery, social_image

from .access import PUBLIC, rendition_access
from .models import Gallery, GalleryItem, Photo, Photographer
from .renditions import FORMATS, SPECS
from .services import renditions_request


def published_galleries():
    """Live galleries with what a list shows: byline, cover, photo count."""
    return (
        Gallery.objects.published()
        .with_byline()
        .select_related("cover__photographer", "cover__agency")
        .prefetch_related("cover__renditions")
        .with_photo_count()
    )


class GalleryIndexView(KeysetPaginationMixin, ListView):
    paginate_by = settings.NEWSROOM_PAGE_SIZE
    template_name = "galleries/gallery_list.html"
    context_object_name = "galleries"

    def get_queryset(self):
        pagecache.shows(Gallery)
        return published_galleries()


class GalleryDateMixin(GoneWhenWithdrawnMixin):
    model = Gallery
    date_field = "pub_date"
    month_format = "%m"
    context_object_name = "gallery"


class GalleryDetailView(GalleryDateMixin, DateDetailView):
    def get_queryset(self):
        # Built per request: published() compares with the current time.
        items = GalleryItem.objects.select_related(
            "photo__photographer", "photo__agency"
        ).prefetch_related("photo__renditions")
        return (
            Gallery.objects.published()
            .with_byline()
            .select_related("cover__photographer", "cover__agency")
            .prefetch_related(
                Prefetch("items", queryset=items),
                "teams",
                "players",
                "notes",
                "cover__renditions",
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(page_extras(self.request, self.object))
        return context


def page_extras(request, gallery):
    """Structured data naming every photo's caption, photographer and
    credit; the social card's picture; “More on this”, a kept part of the
    page (`newsroom.fragments`)."""
    return {
        "structured_data": image_gallery(request, gallery, gallery.items.all()),
        "social_image": social_image(request, gallery.cover),
        "related_part": Part(
            request,
            "related",
            gallery,
            prepare=lambda: {"related": related_items(gallery)},
            keys=lambda: depends_on(gallery),
        ),
    }


def gallery_page(request, gallery, **context):
    """The gallery's public page for one item; previews use it for drafts."""
    return TemplateResponse(
        request,
        "galleries/gallery_detail.html",
        {
            "gallery": gallery,
            "object": gallery,
            **page_extras(request, gallery),
            **context,
        },
    )


class GalleryPhotoView(GalleryDateMixin, DateDetailView):
    """One photo of a gallery, large, with plain previous/next links."""

    template_name = "galleries/gallery_photo.html"

    def get_queryset(self):
        return Gallery.objects.published().select_related("section")

    def get_context_data(self, **kwargs):
        gallery = self.object
        # Every item in one query (a gallery holds tens, not thousands), so
        # the page knows its number, neighbours and total without counting.
        items = list(
            gallery.items.select_related("photo__photographer", "photo__agency")
        )
        number = int(self.kwargs["number"])
        if not 1 <= number <= len(items):
            raise Http404("No such photo in this gallery.")
        item = items[number - 1]
        prefetch_related_objects([item.photo], "renditions", "teams", "players")
        return super().get_context_data(
            item=item,
            number=number,
            total=len(items),
            previous_url=gallery.get_photo_url(number - 1) if number > 1 else None,
            next_url=gallery.get_photo_url(number + 1) if number < len(items) else None,
            **kwargs,
        )


class PhotographerView(KeysetPaginationMixin, ListView):
    """A photographer's published photos, the latest filed first."""

    paginate_by = 24
    keyset_fields = ("pk",)
    template_name = "galleries/photographer_detail.html"
    context_object_name = "photos"

    def get(self, request, *args, **kwargs):
        self.photographer = get_object_or_404(
            Photographer.objects.select_related("agency"), slug=kwargs["slug"]
        )
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return (
            Photo.objects.published()
            .filter(photographer=self.photographer)
            .with_renditions()
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(photographer=self.photographer, **kwargs)


@require_safe
def rendition(request, photo_id, spec, fmt):
    """/renditions/<photo>/<spec>.<format>: a size of a photo, served only
    while the photo is public (or to the desk, or with a shared preview's
    token; see `galleries.access`), so a photo that is only in the library
    or in drafts, or whose story was withdrawn, is not found. Pages ask for
    the stored file (`?v=<rendition>`); feeds, sitemaps and social cards name
    a size, which until it is made sends readers to the nearest one there
    is (and queues the photo's renditions). Never makes one itself: a
    reader's request costs a file read, not an encode."""
    if spec not in SPECS or fmt not in FORMATS:
        raise Http404("No such picture.")
    photo, access = rendition_access(
        request, photo_id, Photo.objects.prefetch_related("renditions")
    )
    if photo is None:
        raise Http404("No such picture.")
    made = photo.rendition(spec, fmt)
    if made is None:
        made = nearest_rendition(photo, spec, fmt)
        if made is None:
            raise Http404("No such picture yet.")
        renditions_request([photo])
        # A stand-in: short-lived, so the real one replaces it soon.
        response = redirect(made.url + _token_of(request))
        return _cacheable(response, photo, access, max_age=60)
    etag = f'"{made.pk}-{made.size}"'
    # The address names the file it was made for: an old page's address
    # gets the current file, but only briefly (it may change again).
    current = request.GET.get("v") == str(made.pk)
    max_age = settings.NEWSROOM_RENDITION_MAX_AGE if current else 60
    mime_type = FORMATS[made.format].mime_type
    # Django's reading of If-None-Match (lists, weak tags, "*") and
    # If-Match: a 304 or a 412, or None to send the picture.
    conditional = get_conditional_response(request, etag=etag)
    if conditional is not None:
        response = conditional
    elif request.method == "HEAD":
        # What a GET would send, without reading the file.
        response = HttpResponse(content_type=mime_type)
        response["Content-Length"] = made.size
    else:
        response = FileResponse(made.file.open("rb"), content_type=mime_type)
    response["ETag"] = etag
    return _cacheable(response, photo, access, max_age=max_age)


def _token_of(request):
    token = request.GET.get("t")
    return f"&t={quote(token, safe=':')}" if token else ""


def _cacheable(response, photo, access, *, max_age):
    """Public for a public photo, named by its surrogate key (so withdrawing
    what showed it purges it from the CDN too); private and unstored for
    anything else."""
    if access == PUBLIC:
        response["Cache-Control"] = f"public, max-age={max_age}"
        pagecache.name_keys(response, {pagecache.key_of_row(Photo, photo.pk)})
    else:
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
    return response


def nearest_rendition(photo, spec, fmt):
    """The stored rendition closest to `spec` in width, same format first."""
    stored = list(photo.renditions.all())
    if not stored:
        return None
    width = SPECS[spec].width
    return min(stored, key=lambda r: (r.format != fmt, abs(r.width - width)))
