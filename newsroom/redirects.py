"""Permanent forwarding from addresses that moved, with contrib.redirects."""

from django.contrib.redirects.models import Redirect
from django.contrib.sites.models import Site


def forward(old_url, new_url):
    """Forward readers from an old address to its new one (301).

    Earlier addresses are re-pointed so nobody follows a chain of hops, and an
    address that is live again stops forwarding.
    """
    site = Site.objects.get_current()
    Redirect.objects.filter(site=site, old_path=new_url).delete()
    Redirect.objects.filter(site=site, new_path=old_url).update(new_path=new_url)
    Redirect.objects.update_or_create(
        site=site, old_path=old_url, defaults={"new_path": new_url}
    )
