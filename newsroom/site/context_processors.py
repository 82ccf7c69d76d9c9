from django.conf import settings
from django.utils.functional import SimpleLazyObject

from newsroom import pagecache
from newsroom.models import Section
from newsroom.text import is_number

from .feeds import feed_links


def site(request):
    """The site's name and navigation, queried only if a template uses them."""
    return {
        "site_name": settings.NEWSROOM_SITE_NAME,
        "nav_sections": SimpleLazyObject(nav_sections),
        "site_description": settings.NEWSROOM_SITE_DESCRIPTION,
        "feed_links": SimpleLazyObject(feed_links),
        "canonical_url": SimpleLazyObject(lambda: canonical_url(request)),
    }


def nav_sections():
    # On every page: purged as `site`, not named section by section.
    with pagecache.unrecorded():
        return list(Section.objects.all())


def canonical_url(request):
    """The page's address without query string, but with its page number:
    what search engines should index it as."""
    url = request.build_absolute_uri(request.path)
    page = request.GET.get("page", "")
    if is_number(page) and int(page) > 1:
        url += f"?page={int(page)}"
    return url
