from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files import File
from django.core.management.base import BaseCommand, CommandError

from galleries.models import Gallery, GalleryOrder
from galleries.services import (
    PhotoRefused,
    gallery_add_photos,
    gallery_create,
    photo_inspect,
    photos_ingest,
)

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


class Command(BaseCommand):
    help = (
        "Add photos to the library through the same checks as the admin upload: "
        "captions, credits and dates are read from each file. Folders are read "
        "for .jpg, .jpeg, .png and .webp files. Each file is taken or refused on "
        "its own, one open at a time; a refused or failing file stops nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths", nargs="+", metavar="FILE", help="Files or folders."
        )
        parser.add_argument(
            "--user", help="Username to record as the uploader (default: nobody)."
        )
        parser.add_argument(
            "--gallery",
            metavar="SLUG",
            help="Also add the photos, in order, to the end of this gallery.",
        )
        parser.add_argument(
            "--create",
            metavar="TITLE",
            help="With --gallery: create the gallery as a draft with this title "
            "if no gallery has that slug.",
        )
        parser.add_argument(
            "--order",
            choices=GalleryOrder.values,
            default=GalleryOrder.FILE_NAME,
            help="With --gallery: order by file name (default) or time taken.",
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
        if options["create"] and not options["gallery"]:
            raise CommandError("--create needs --gallery SLUG.")
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

        gallery = self.gallery(options, uploader) if options["gallery"] else None
        # Closed files: the ingest opens each for its turn and closes it
        # after, so a folder of any size holds one file open at a time.
        files = [File(None, name=str(path)) for path in paths]
        report = self.ingest(files, uploader, gallery, options["order"], total)
        if gallery is not None:
            self.stdout.write(
                f"Gallery “{gallery.headline}” now has {gallery.items.count()} photos."
            )
        self.finish(len(report.photos), len(report.refused))

    def ingest(self, files, uploader, gallery, order, total):
        def progress(index, result):
            self.report(index, total, result)

        if gallery is None:
            return photos_ingest(
                files=files, uploaded_by=uploader, on_progress=progress
            )
        return gallery_add_photos(
            gallery=gallery,
            files=files,
            uploaded_by=uploader,
            order=order,
            on_progress=progress,
        )

    def gallery(self, options, uploader):
        slug = options["gallery"]
        galleries = list(Gallery.objects.filter(slug=slug).order_by("-created_at"))
        if len(galleries) > 1:
            dates = ", ".join(str(g.pub_date or "draft") for g in galleries)
            raise CommandError(
                f"{len(galleries)} galleries use the slug “{slug}” ({dates}); "
                "rename one in the admin first."
            )
        if galleries:
            return galleries[0]
        if not options["create"]:
            raise CommandError(
                f"No gallery has the slug “{slug}”. Add --create TITLE to create it."
            )
        gallery = gallery_create(
            headline=options["create"], slug=slug, uploaded_by=uploader
        )
        self.stdout.write(f"Created draft gallery “{gallery.headline}”.")
        return gallery

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

    def report(self, index, total, result):
        if result.photo is None:
            self.progress(index, total, result.name, error=result.refused.message)
        else:
            photo = result.photo
            said = " ".join([photo.credit, *result.notes]).strip()
            self.progress(index, total, photo.title or f"photo {photo.pk}", ok=said)

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
