from django.core.management.base import BaseCommand

from galleries.renditions import RENDITION_METADATA
from galleries.services import renditions_rebuild


class Command(BaseCommand):
    help = (
        "Make again every stored rendition that carries more than the photo's "
        f"{' and '.join(RENDITION_METADATA)} (renditions made before they were "
        "cleaned kept the original's JPEG comment, XMP and camera EXIF), or is "
        "larger than its format holds. Each is rewritten in place from its "
        "original through the storage API, so its address stays the same. "
        "Clean renditions are left alone: the command is safe to rerun and "
        "picks up where a stopped run left off."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--batch-size",
            type=int,
            default=100,
            help="Photos read per batch (default 100).",
        )
        parser.add_argument(
            "--after",
            type=int,
            default=0,
            metavar="PHOTO_ID",
            help="Start after this photo id (the last one a stopped run named).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Count what would be rebuilt; write nothing.",
        )

    def handle(self, *args, **options):
        def progress(report):
            self.stdout.write(
                f"… up to photo {report.last_photo_id}: {report.rebuilt} rebuilt, "
                f"{report.clean} already clean, {report.failed} failed"
            )

        report = renditions_rebuild(
            batch_size=max(1, options["batch_size"]),
            after=options["after"],
            dry_run=options["dry_run"],
            on_batch=progress,
        )
        verb = "would be rebuilt" if options["dry_run"] else "rebuilt"
        message = (
            f"{report.rebuilt} renditions {verb}, {report.clean} already clean"
            + (f", {report.failed} failed (see the log)" if report.failed else "")
            + "."
        )
        style = self.style.WARNING if report.failed else self.style.SUCCESS
        self.stdout.write(style(message))
