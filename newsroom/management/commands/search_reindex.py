from django.apps import apps
from django.core.management.base import BaseCommand

from newsroom.models import Publishable
from newsroom.search import search_update


class Command(BaseCommand):
    help = (
        "Rebuild the stored search text (and on PostgreSQL the search vectors) "
        "of every story and gallery. Saves keep them current; run this after "
        "an import that bypassed the models, or after an upgrade that changed "
        "what is searched."
    )

    def handle(self, *args, **options):
        for model in apps.get_models():
            if not issubclass(model, Publishable):
                continue
            count = 0
            for item in model._default_manager.order_by("pk").iterator(chunk_size=500):
                search_update(item)
                count += 1
            self.stdout.write(f"{model._meta.verbose_name_plural}: {count} indexed")
