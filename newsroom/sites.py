"""The site's own record in contrib.sites."""


def ensure_site(**kwargs):
    """Keep contrib.sites' Site (feeds, sitemaps, redirects) on the
    configured domain, so links in them point at this site."""
    from django.conf import settings
    from django.contrib.sites.models import Site

    Site.objects.update_or_create(
        pk=settings.SITE_ID,
        defaults={
            "domain": settings.NEWSROOM_SITE_DOMAIN,
            "name": settings.NEWSROOM_SITE_NAME,
        },
    )
    Site.objects.clear_cache()
