from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files import File
from django.core.management.base import BaseCommand, CommandError

from galleries.services import PhotoRefused, photo_inspect, photos_ingest

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


class Command(BaseCommand):
    help = (
        "Add photos to the library through the same checks as the admin upload: "
        "captions, credits and dates are read from each file. Folders are read "
        "for .jpg, .jpeg, .png and .webp files."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths", nargs="+", metavar="FILE", help="Files or folders."
        )
        parser.add_argument(
            "--user", help="Username to record as the uploader (default: nobody)."
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check every file and show what it carries; store nothing.",
        )

    def handle(self, *args, **options):
        paths = self.collect(options["paths"])
        if not paths:
            raise CommandError("No image files found in the paths given.")
        uploader = self.uploader(options["user"])
        total = len(paths)

        if options["dry_run"]:
            refused = 0
            for index, path in enumerate(paths, start=1):
                with path.open("rb") as handle:
                    try:
                        inspected = photo_inspect(file=File(handle, name=path.name))
                    except PhotoRefused as error:
                        refused += 1
                        self.progress(index, total, path.name, error=error.message)
                    else:
                        meta = inspected.metadata
                        summary = meta.title or meta.caption[:60] or "no caption"
                        self.progress(
                            index, total, path.name, ok=f"would add “{summary}”"
                        )
            self.finish(total - refused, refused, dry_run=True)
            return

        handles = [path.open("rb") for path in paths]
        try:
            report = photos_ingest(
                files=[
                    File(h, name=p.name) for h, p in zip(handles, paths, strict=True)
                ],
                uploaded_by=uploader,
                on_progress=lambda index, outcome: self.report(index, total, outcome),
            )
        finally:
            for handle in handles:
                handle.close()
        self.finish(len(report.photos), len(report.refused))

    def collect(self, raw_paths):
        paths = []
        for raw in raw_paths:
            path = Path(raw)
            if path.is_dir():
                paths.extend(
                    sorted(
                        p for p in path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES
                    )
                )
            elif path.is_file():
                paths.append(path)
            else:
                raise CommandError(f"No such file or folder: {raw}")
        return paths

    def uploader(self, username):
        if not username:
            return None
        try:
            return get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user called “{username}”.") from None

    def report(self, index, total, outcome):
        if isinstance(outcome, PhotoRefused):
            self.progress(index, total, outcome.name, error=outcome.message)
        else:
            self.progress(
                index, total, outcome.title or f"photo {outcome.pk}", ok=outcome.credit
            )

    def progress(self, index, total, name, ok=None, error=None):
        width = 20
        done = round(width * index / total)
        bar = "#" * done + "." * (width - done)
        counter = f"[{bar}] {index:>{len(str(total))}}/{total}"
        if error:
            self.stdout.write(
                f"{counter} {name}: " + self.style.ERROR(f"refused: {error}")
            )
        else:
            self.stdout.write(f"{counter} {name}: " + self.style.SUCCESS(ok or "added"))

    def finish(self, added, refused, dry_run=False):
        verb = "would be added" if dry_run else "added"
        message = f"{added} photo{'s' if added != 1 else ''} {verb}"
        if refused:
            raise CommandError(f"{message}; {refused} refused (see above).")
        self.stdout.write(self.style.SUCCESS(f"{message}."))
