from django.core.management.base import BaseCommand

from galleries.services import renditions_make_pending


class Command(BaseCommand):
    help = (
        "Make the page renditions still queued for published or scheduled "
        "items (app servers make them in the background as they publish; "
        "this finishes what a stopped server left). Run it from cron or a "
        "deploy step; it exits when the queue is empty."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--limit", type=int, default=None, help="Stop after this many photos."
        )

    def handle(self, *args, **options):
        def progress(photo, made):
            if options["verbosity"] > 1:
                self.stdout.write(f"  photo {photo.pk}: {made} made")

        done = renditions_make_pending(limit=options["limit"], on_progress=progress)
        self.stdout.write(self.style.SUCCESS(f"{done} photos' renditions made"))
