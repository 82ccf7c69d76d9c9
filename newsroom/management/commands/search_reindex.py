from django.core.management.base import BaseCommand

from newsroom import content
from newsroom.search import search_update_bulk


class Command(BaseCommand):
    help = (
        "Rebuild the stored search text (and on PostgreSQL the search vectors) "
        "of every item of every content type, in batches. Saves keep them "
        "current; run this after an import that bypassed the models, or after "
        "an upgrade that changed what is searched."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size",
            type=int,
            default=5000,
            help="Rows read and written per batch (default 5000).",
        )

    def handle(self, *args, **options):
        for kind in content.kinds():
            label = kind.model._meta.verbose_name_plural
            count = search_update_bulk(
                kind.model,
                batch_size=options["batch_size"],
                progress=lambda message: (
                    self.stdout.write(f"  {message}")
                    if options["verbosity"] > 1
                    else None
                ),
            )
            self.stdout.write(self.style.SUCCESS(f"{label}: {count} indexed"))
