from django.conf import settings
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe
from django.views.generic import ListView
from django.views.generic.dates import DateDetailView

from newsroom import pagecache
from newsroom.http import GoneWhenWithdrawnMixin, KeysetPaginationMixin
from newsroom.related import related_items
from newsroom.structured_data import image_gallery, social_image

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
    credit; the social card's picture; “More on this”."""
    return {
        "structured_data": image_gallery(request, gallery, gallery.items.all()),
        "social_image": social_image(request, gallery.cover),
        "related": related_items(gallery),
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
    """/renditions/<photo>/<spec>.<format>: the address feeds, sitemaps and
    social cards name for a size of a public photo. Sends readers to the
    stored rendition, or, until it is made, to the nearest one there is
    (and queues the photo's renditions). Never makes one itself: a
    reader's request costs a redirect, not an encode."""
    if spec not in SPECS or fmt not in FORMATS:
        raise Http404("No such picture.")
    photo = get_object_or_404(
        Photo.objects.published().prefetch_related("renditions"), pk=photo_id
    )
    made = photo.rendition(spec, fmt) or nearest_rendition(photo, spec, fmt)
    if made is None:
        raise Http404("No such picture yet.")
    if made.spec != spec or made.format != fmt:
        renditions_request([photo])
        response = redirect(made.file.url)
        # A stand-in: short-lived, so the real one replaces it soon.
        response["Cache-Control"] = "public, max-age=60"
        return response
    response = redirect(made.file.url)
    response["Cache-Control"] = f"public, max-age={settings.NEWSROOM_RENDITION_MAX_AGE}"
    return response


def nearest_rendition(photo, spec, fmt):
    """The stored rendition closest to `spec` in width, same format first."""
    stored = list(photo.renditions.all())
    if not stored:
        return None
    width = SPECS[spec].width
    return min(stored, key=lambda r: (r.format != fmt, abs(r.width - width)))
