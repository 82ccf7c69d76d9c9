from django.conf import settings
from django.utils.functional import SimpleLazyObject

from .models import Section


def site(request):
    """The site's name and navigation, queried only if a template uses them."""
    return {
        "site_name": settings.NEWSROOM_SITE_NAME,
        "nav_sections": SimpleLazyObject(lambda: list(Section.objects.all())),
    }
