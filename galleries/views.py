from django.conf import settings
from django.core import signing
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_safe
from django.views.generic import ListView

from .models import RENDITION_SALT, Photo, Photographer
from .renditions import FORMATS, SPECS
from .services import rendition_get_or_create


class PhotographerView(ListView):
    paginate_by = 24
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
            .order_by("-date_taken", "-pk")
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(photographer=self.photographer, **kwargs)


@require_safe
def rendition(request, token):
    """Make a rendition on its first request, then send readers to the file.

    The URL is signed, so only renditions a page asked for can be made, and
    each is made once; later requests go straight to storage (or the CDN).
    """
    try:
        photo_id, spec, fmt = signing.loads(token, salt=RENDITION_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        raise Http404("No such picture.") from None
    if spec not in SPECS or fmt not in FORMATS:
        raise Http404("No such picture.")
    photo = get_object_or_404(Photo, pk=photo_id)
    made = rendition_get_or_create(photo=photo, spec=spec, fmt=fmt)
    response = redirect(made.file.url)
    response["Cache-Control"] = f"public, max-age={settings.NEWSROOM_RENDITION_MAX_AGE}"
    return response
