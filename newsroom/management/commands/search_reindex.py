from django.core.management.base import BaseCommand

from newsroom import content
from newsroom.search import search_update


class Command(BaseCommand):
    help = (
        "Rebuild the stored search text (and on PostgreSQL the search vectors) "
        "of every item of every content type. Saves keep them current; run "
        "this after an import that bypassed the models, or after an upgrade "
        "that changed what is searched."
    )

    def handle(self, *args, **options):
        for kind in content.kinds():
            count = 0
            items = kind.model._default_manager.order_by("pk")
            for item in items.iterator(chunk_size=500):
                search_update(item)
                count += 1
            self.stdout.write(
                f"{kind.model._meta.verbose_name_plural}: {count} indexed"
            )
