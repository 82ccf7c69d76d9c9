"""A third content type, made for the tests: a "bulletin" (short news with
dated entries, as a live blog will be). Its app does nothing but define it
and register it here, in ready(); every public surface must then show it."""

from django.apps import AppConfig


class BulletinsConfig(AppConfig):
    name = "tests.bulletins"
    label = "bulletins"

    def ready(self):
        from newsroom import content

        from .models import Bulletin, BulletinEntry
        from .sitemaps import BulletinSitemap
        from .views import bulletin_page

        content.register(
            Bulletin,
            name="bulletins",
            label="Bulletins",
            kicker="Bulletin",
            heading="Bulletins",
            card_template="bulletins/card.html",
            item_name="bulletin",
            for_lists=lambda qs: qs.select_related("section"),
            card_prefetch=lambda: [Bulletin.objects.byline_prefetch()],
            page=bulletin_page,
            sitemap=BulletinSitemap,
            urls="tests.bulletins.urls",
            revision_parts=[
                content.RevisionPart(
                    BulletinEntry,
                    label="Entries",
                    parent_field="bulletin",
                    line=lambda entry: entry.text,
                    order=lambda entry: (entry.position, entry.pk or 0),
                )
            ],
        )
