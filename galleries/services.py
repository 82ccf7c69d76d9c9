"""Writes that touch several models or files: ingesting photos, making renditions."""

import hashlib
import logging
import os
import re
import threading
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta

import reversion
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Max, Prefetch, Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from PIL import Image, UnidentifiedImageError

from newsroom import pagecache, purge
from newsroom.search import indexing_batch, reindex_later
from newsroom.status import Status
from newsroom.tags.suggestions import Vocabulary, not_names
from newsroom.text import is_number

from .credits import combine_credit
from .metadata import read_metadata
from .models import (
    Agency,
    Gallery,
    GalleryByline,
    GalleryItem,
    GalleryOrder,
    Photo,
    Photographer,
    Rendition,
    RenditionTask,
)
from .renditions import (
    FORMATS,
    RENDITION_METADATA,
    SPECS,
    extra_metadata,
    page_renditions,
    prepare,
    render,
)

logger = logging.getLogger(__name__)

#: Pillow's format name -> the original's extension. A phone's MPO is a JPEG
#: with a second picture (depth map, preview) after it: a JPEG to everyone.
ACCEPTED_FORMATS = {"JPEG": "jpg", "MPO": "jpg", "PNG": "png", "WEBP": "webp"}

#: Made while the upload is in progress: what the desk and the first pages need.
#: The rest are made once, on the first request of their signed URL.
INGEST_RENDITIONS = [
    ("1x1-400", "webp"),
    ("4x3-800", "webp"),
    ("w640", "webp"),
    ("w640", "jpeg"),
]

#: Fields filled from the file unless the journalist typed a value.
PREFILLED_FIELDS = [
    "title",
    "caption",
    "alt_text",
    "credit_line",
    "copyright",
    "usage_terms",
    "date_taken",
    "keywords",
]

# Re-cropping or re-crediting makes the stored renditions stale.
RENDITION_INPUTS = ["focal_x", "focal_y", "photographer_id", "agency_id", "copyright"]


class PhotoRefused(Exception):
    """A file we will not take, with a message for the person who sent it."""

    def __init__(self, name, message):
        super().__init__(f"{name}: {message}")
        self.name = name
        self.message = message


@dataclass
class Inspected:
    name: str
    format: str
    image: Image.Image
    metadata: object
    width: int
    height: int


@dataclass
class FileResult:
    """What became of one file of a batch: a photo, or the reason it was not
    taken; `notes` say what was changed on the way in (a caption cut short)."""

    name: str
    photo: Photo | None = None
    refused: PhotoRefused | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class IngestReport:
    photos: list = field(default_factory=list)
    refused: list = field(default_factory=list)
    #: Every file's FileResult, in the order the files were processed.
    results: list = field(default_factory=list)

    def add(self, result):
        self.results.append(result)
        if result.photo is not None:
            self.photos.append(result.photo)
        else:
            self.refused.append(result.refused)


def photo_inspect(*, file):
    """Check a file is a JPEG, PNG or WebP we can use and read its metadata.

    Formats are recognised by content, never by the file's name; sizes are
    checked before any pixel is decoded. Raises PhotoRefused.
    """
    name = _display_name(file)
    max_bytes = settings.NEWSROOM_PHOTO_MAX_BYTES
    size = getattr(file, "size", None)
    if size is None:
        file.seek(0, os.SEEK_END)
        size = file.tell()
    if size > max_bytes:
        raise PhotoRefused(
            name,
            _("The file is %(size)s MB; the limit is %(limit)s MB.")
            % {"size": _megabytes(size), "limit": _megabytes(max_bytes)},
        )
    if size == 0:
        raise PhotoRefused(name, _("The file is empty."))

    file.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow warns from MAX_IMAGE_PIXELS (89 MP) and refuses from
            # twice that; our own limit is checked from the header below.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(file)
        image_format = image.format
    except Image.DecompressionBombError:
        raise PhotoRefused(name, _too_many_pixels_message()) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise PhotoRefused(
            name, _("This is not a JPEG, PNG or WebP image (or it is damaged).")
        ) from None
    if image_format not in ACCEPTED_FORMATS:
        raise PhotoRefused(
            name,
            _("%(format)s images are not accepted; send a JPEG, PNG or WebP.")
            % {"format": image_format or _("This kind of")},
        )
    width, height = image.size
    if width * height > settings.NEWSROOM_PHOTO_MAX_PIXELS:
        raise PhotoRefused(name, _too_many_pixels_message(width, height))

    metadata = read_metadata(image)
    try:
        prepared = prepare(image)
        prepared.load()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        raise PhotoRefused(
            name, _("The image is damaged or incomplete (was the upload cut off?).")
        ) from None
    if metadata.orientation in (5, 6, 7, 8):
        width, height = height, width
    return Inspected(name, image_format, prepared, metadata, width, height)


def photo_ingest(*, file, uploaded_by=None, values=None, gallery=None):
    """Validate, read, store and render one file; returns the new Photo.

    `values` are what the journalist typed; they win over the file's metadata.
    With `gallery`, the photo joins the end of it in the same transaction. A
    refused or failed file leaves no row (in the library or the gallery) and
    no stored file behind.
    """
    photo, _notes = _ingest_one(file, uploaded_by, values or {}, gallery)
    return photo


def photos_ingest(*, files, uploaded_by=None, on_progress=None, gallery=None):
    """Ingest many files, each on its own: the good ones are kept, each
    refusal is reported, and a file that crashes is reported too (and
    logged) without stopping the ones after it; `on_progress(index,
    FileResult)` is called after each. Files are used one at a time: a
    closed `File` (say, `File(None, name=path)`) is opened for its turn and
    closed after it, so a folder of any size holds one open file."""
    report = IngestReport()
    for index, file in enumerate(files, start=1):
        name = _display_name(file)
        try:
            with _open_for_its_turn(file):
                photo, notes = _ingest_one(file, uploaded_by, {}, gallery)
        except PhotoRefused as refused:
            result = FileResult(name, refused=refused)
        except Exception:
            logger.exception("Ingesting %s failed.", name)
            result = FileResult(name, refused=PhotoRefused(name, _crashed_message()))
        else:
            result = FileResult(name, photo=photo, notes=notes)
        report.add(result)
        if on_progress:
            on_progress(index, result)
    return report


def gallery_add_photos(
    *, gallery, files, uploaded_by=None, order=GalleryOrder.FILE_NAME, on_progress=None
):
    """Ingest files into the library and append them to `gallery` in order.

    The order is the files' names or the times the pictures were taken; either
    way the new photos follow the ones already in the gallery. Each file joins
    the library and the gallery together or not at all, whatever happens to
    the others: a failed file leaves no library photo outside the gallery.
    """
    files = sorted(files, key=lambda file: _natural_key(_display_name(file)))
    report = photos_ingest(
        files=files, uploaded_by=uploaded_by, on_progress=on_progress, gallery=gallery
    )
    photos = report.photos
    if not photos:
        return report
    with transaction.atomic(), reversion.create_revision():
        reversion.set_user(uploaded_by)
        reversion.set_comment(f"Uploaded {len(photos)} photos into the gallery")
        if order == GalleryOrder.TIME_TAKEN:
            photos = _reorder_by_time_taken(gallery, photos)
        if gallery.cover_id is None:
            gallery.cover = photos[0]
            gallery.save(update_fields=["cover", "updated_at"])
        # Each item was saved with its photo: the gallery, which brings its
        # photos along, gets one revision for the whole upload, and its
        # search text takes in their captions.
        reversion.add_to_revision(gallery)
        reindex_later(Gallery, gallery.pk)
        if gallery.status == Status.PUBLISHED:
            # Added to a live gallery: readers see them at once.
            renditions_request(photos)
        # The reordering was a bulk update, which sends no signal: the
        # gallery's pages (and what lists it) are named here.
        pagecache.changed(keys=pagecache.keys_changed_by(gallery))
    return report


def _reorder_by_time_taken(gallery, photos):
    """Give the new items (appended in file-name order) the positions they
    hold in the order the pictures were taken; returns the photos so."""
    # Stable sort: pictures without a time keep their file-name order, last.
    ordered = sorted(
        photos, key=lambda photo: (photo.date_taken is None, photo.date_taken or 0)
    )
    items = {
        item.photo_id: item
        for item in GalleryItem.objects.filter(
            gallery=gallery, photo__in=[photo.pk for photo in photos]
        )
    }
    positions = sorted(item.position for item in items.values())
    for photo, position in zip(ordered, positions, strict=True):
        items[photo.pk].position = position
    GalleryItem.objects.bulk_update(items.values(), ["position"])
    return ordered


def _ingest_one(file, uploaded_by, values, gallery):
    inspected = photo_inspect(file=file)
    photo = _photo_from_metadata(inspected, values)
    photo.uploaded_by = uploaded_by
    # The stored file gets a random name: the desk finds it by this one.
    photo.original_name = os.path.basename(getattr(file, "name", "") or "")[:255]
    photo.file_size, photo.checksum = _size_and_checksum(file)

    stored = []
    try:
        with transaction.atomic(), reversion.create_revision():
            reversion.set_user(uploaded_by)
            reversion.set_comment("Uploaded")
            photo.photographer, photo.agency = _resolve_credit(
                inspected.metadata, values
            )
            file.seek(0)
            extension = ACCEPTED_FORMATS[inspected.format]
            photo.image.save(f"original.{extension}", file, save=False)
            stored.append(photo.image)
            photo.full_clean()
            photo.save()
            for spec, fmt in INGEST_RENDITIONS:
                rendition = _render_and_store(photo, spec, fmt, inspected.image)
                stored.append(rendition.file)
            if gallery is not None:
                _append_to_gallery(gallery, photo)
    except ValidationError as error:
        _delete_files(stored)
        messages = "; ".join(
            f"{key}: {' '.join(value)}" for key, value in error.message_dict.items()
        )
        raise PhotoRefused(inspected.name, messages) from error
    except BaseException:
        _delete_files(stored)
        raise
    return photo, list(inspected.metadata.warnings)


def gallery_rows_save(*, gallery, alt_texts=()):
    """What the desk typed in a gallery's photo rows, after the rows are
    saved: each (photo, alt text) pair goes to the photo itself, which every
    story and gallery using it reads, in the revision being recorded; then
    the rows are numbered 1, 2, 3... in the order they were saved (ties, as
    two rows typed "3", keep their earlier order)."""
    with transaction.atomic():
        for photo, text in alt_texts:
            photo.alt_text = text.strip()
            photo.save(update_fields=["alt_text"])
            if reversion.is_active():
                reversion.add_to_revision(photo)
        if alt_texts and reversion.is_active():
            # What the photos' versions are named by (the gallery's own
            # changes, if any, are named before it when the save is kept).
            reversion.set_comment(
                ngettext(
                    "Alt text of %(n)d photo",
                    "Alt text of %(n)d photos",
                    len(alt_texts),
                )
                % {"n": len(alt_texts)}
            )
        rows = list(
            GalleryItem.objects.filter(gallery=gallery)
            .select_for_update()
            .order_by("position", "pk")
            .only("pk", "position")
        )
        moved = []
        for number, row in enumerate(rows, start=1):
            if row.position != number:
                row.position = number
                moved.append(row)
        if moved:
            GalleryItem.objects.bulk_update(moved, ["position"])
            # A bulk update sends no signal: the gallery's pages are named.
            pagecache.changed(keys=pagecache.keys_changed_by(gallery))
    return rows


def _append_to_gallery(gallery, photo):
    # The gallery's row is locked so two uploads into it never take the
    # same position.
    Gallery.objects.select_for_update().only("pk").get(pk=gallery.pk)
    last = GalleryItem.objects.filter(gallery=gallery).aggregate(Max("position"))[
        "position__max"
    ]
    GalleryItem.objects.create(gallery=gallery, photo=photo, position=(last or 0) + 1)


@contextmanager
def _open_for_its_turn(file):
    """Open a closed file for the time it is used, and close it after."""
    if not getattr(file, "closed", False) or not hasattr(file, "open"):
        yield
        return
    file.open("rb")
    try:
        yield
    finally:
        file.close()


def _display_name(file):
    return os.path.basename(getattr(file, "name", "") or "") or _("unnamed file")


def _crashed_message():
    return _(
        "Something went wrong while reading this file, so it was not added and "
        "nothing of it was kept. The error has been logged for the technical "
        "desk; the other files were not affected."
    )


def gallery_create(*, headline, slug=None, section=None, uploaded_by=None):
    """A new draft gallery, ready to be filled and published from the desk.

    The uploader's byline is added when their account maps to an author.
    """
    gallery = Gallery(
        headline=headline, slug=slug or _unique_draft_slug(headline), section=section
    )
    with transaction.atomic():
        gallery.full_clean()
        gallery.save()
        author = getattr(uploaded_by, "author", None) if uploaded_by else None
        if author is not None:
            GalleryByline.objects.create(gallery=gallery, author=author, position=0)
    return gallery


def rendition_get_or_create(*, photo, spec, fmt, image=None):
    """The rendition of `photo`, made once: concurrent first requests on
    different servers end with one row, and the loser's file is removed."""
    # Rendition.objects, not photo.renditions: the latter may be a filtered prefetch.
    existing = Rendition.objects.filter(photo=photo, spec=spec, format=fmt).first()
    if existing is not None:
        return existing
    if image is None:
        with photo.image.open("rb") as original:
            image = prepare(Image.open(original))
            image.load()
    return _render_and_store(photo, spec, fmt, image)


def renditions_request(photos):
    """Queue the page renditions of `photos` (see `page_renditions`) and,
    once the transaction commits, start making them in the background of
    this process (`NEWSROOM_RENDITION_WORKERS` threads; 0 makes them there
    and then). The queue is a table, so `manage.py renditions_make` on any
    server finishes what a stopped one left."""
    ids = {photo.pk for photo in photos if photo is not None and photo.pk}
    if not ids:
        return
    RenditionTask.objects.bulk_create(
        [RenditionTask(photo_id=pk) for pk in sorted(ids)], ignore_conflicts=True
    )
    if not getattr(_deferred, "on", False):
        transaction.on_commit(_start_rendition_worker)


@contextmanager
def renditions_deferred():
    """Queue page renditions inside, but leave the making to `manage.py
    renditions_make` (a bulk load publishing hundreds of photos)."""
    _deferred.on = True
    try:
        yield
    finally:
        _deferred.on = False


_deferred = threading.local()
_workers = None
RENDITION_CLAIM_MINUTES = 10


def _start_rendition_worker():
    global _workers
    if settings.NEWSROOM_RENDITION_WORKERS < 0:
        return  # queue only: `manage.py renditions_make` works it elsewhere
    if settings.NEWSROOM_RENDITION_WORKERS == 0:
        renditions_make_pending()
        return
    if _workers is None:
        from concurrent.futures import ThreadPoolExecutor

        _workers = ThreadPoolExecutor(
            max_workers=settings.NEWSROOM_RENDITION_WORKERS,
            thread_name_prefix="renditions",
        )
    _workers.submit(_rendition_worker)


def _rendition_worker():
    from django.db import connection

    try:
        renditions_make_pending()
    except Exception:
        logger.exception("Making renditions failed; renditions_make will retry.")
    finally:
        connection.close()


def renditions_make_pending(*, limit=None, on_progress=None):
    """Make the queued photos' missing page renditions, oldest request
    first. Each photo is claimed with one conditional UPDATE, so workers on
    any number of servers never make the same one twice, and no transaction
    stays open while pictures are encoded; a claim left by a worker that
    died is taken over after `RENDITION_CLAIM_MINUTES`. Returns how many
    photos it finished."""
    from newsroom import pagecache

    done = 0
    while limit is None or done < limit:
        now = timezone.now()
        stale = now - timedelta(minutes=RENDITION_CLAIM_MINUTES)
        open_tasks = RenditionTask.objects.filter(
            Q(claimed_at__isnull=True) | Q(claimed_at__lt=stale)
        )
        task = open_tasks.order_by("requested_at", "pk").first()
        if task is None:
            break
        if not open_tasks.filter(pk=task.pk).update(claimed_at=now):
            continue  # another worker took it first
        made = photo_renditions_make(photo=task.photo)
        RenditionTask.objects.filter(pk=task.pk, claimed_at=now).delete()
        done += 1
        if made:
            # The photo's pictures now offer more: pages, and the parts of
            # pages that show the photo, render afresh.
            pagecache.changed(keys={pagecache.key_of_row(Photo, task.photo_id)})
        if on_progress:
            on_progress(task.photo, made)
    return done


def photo_renditions_make(*, photo):
    """Make whichever of the photo's page renditions don't exist yet,
    reading the original once. Returns how many it made."""
    wanted = page_renditions(photo.width)
    have = set(Rendition.objects.filter(photo=photo).values_list("spec", "format"))
    missing = [(spec, fmt) for spec, fmt in wanted if (spec, fmt) not in have]
    if not missing:
        return 0
    try:
        with photo.image.open("rb") as original:
            image = prepare(Image.open(original))
            image.load()
    except (OSError, UnidentifiedImageError, ValueError):
        logger.exception("Photo %s: the original can't be read.", photo.pk)
        return 0
    for spec, fmt in missing:
        _render_and_store(photo, spec, fmt, image)
    return len(missing)


@dataclass
class RebuildReport:
    rebuilt: int = 0
    clean: int = 0
    failed: int = 0
    last_photo_id: int = 0


def renditions_rebuild(*, batch_size=100, after=0, dry_run=False, on_batch=None):
    """Make again, from its original, every stored rendition that carries
    more than `RENDITION_METADATA` (an old one with the original's comment,
    XMP or camera EXIF) or is larger than its format holds.

    Photos are read in batches of `batch_size` by id, after `after`; each
    photo's original is read once, through the storage API. A rendition is
    rewritten in place: same row, same file name, so every page, feed and
    cache naming it keeps working (each batch purges its photos' surrogate
    keys, so a CDN fetches the new bytes). Clean ones are left alone, so a rerun
    (or one after a stop) only does what is left. `on_batch(report)` is
    called after each batch."""
    report = RebuildReport(last_photo_id=after)
    while True:
        photos = list(
            Photo.objects.filter(pk__gt=report.last_photo_id, renditions__isnull=False)
            .distinct()
            .order_by("pk")
            .prefetch_related(Prefetch("renditions", Rendition.objects.order_by("pk")))[
                :batch_size
            ]
        )
        if not photos:
            return report
        rebuilt = []
        for photo in photos:
            before = report.rebuilt
            _rebuild_photo(photo, report, dry_run=dry_run)
            report.last_photo_id = photo.pk
            if report.rebuilt > before and not dry_run:
                rebuilt.append(photo)
        # Same addresses, new bytes: a CDN must fetch them again.
        purge.later({pagecache.key_of_row(Photo, photo.pk) for photo in rebuilt})
        if on_batch:
            on_batch(report)


def _rebuild_photo(photo, report, *, dry_run):
    stale = [r for r in photo.renditions.all() if not _rendition_is_clean(r)]
    report.clean += len(photo.renditions.all()) - len(stale)
    if not stale:
        return
    if dry_run:
        report.rebuilt += len(stale)
        return
    try:
        with photo.image.open("rb") as original:
            image = prepare(Image.open(original))
            image.load()
    except Exception:
        logger.exception("Photo %s: the original can't be read.", photo.pk)
        report.failed += len(stale)
        return
    for rendition in stale:
        if rendition.spec not in SPECS or rendition.format not in FORMATS:
            logger.warning("Rendition %s: unknown spec or format.", rendition.pk)
            report.failed += 1
            continue
        try:
            _rebuild_rendition(photo, rendition, image)
        except Exception:
            logger.exception("Rendition %s could not be rebuilt.", rendition.pk)
            report.failed += 1
        else:
            report.rebuilt += 1


def _rebuild_rendition(photo, rendition, image):
    rendered = render(
        image,
        SPECS[rendition.spec],
        rendition.format,
        focal_point=photo.focal_point,
        **{name: getattr(photo, name) for name in RENDITION_METADATA},
    )
    storage, name = rendition.file.storage, rendition.file.name
    # The name is kept: delete, then save under it again (a storage that
    # hands back another name gets the row pointed at it).
    storage.delete(name)
    saved = storage.save(name, ContentFile(rendered.content))
    Rendition.objects.filter(pk=rendition.pk).update(
        file=saved,
        width=rendered.width,
        height=rendered.height,
        size=len(rendered.content),
    )


def _rendition_is_clean(rendition):
    fmt = FORMATS.get(rendition.format)
    if fmt is None or max(rendition.width, rendition.height) > fmt.max_side:
        return False
    try:
        with rendition.file.open("rb") as handle:
            return not extra_metadata(handle.read())
    except Exception:  # missing or unreadable: make it again
        return False


def photo_save(*, photo, changed_fields):
    """Save edits from the desk; stale crops and credits are made again."""
    with transaction.atomic():
        photo.full_clean()
        photo.save()
        if set(changed_fields) & {f.removesuffix("_id") for f in RENDITION_INPUTS}:
            renditions_reset(photo=photo)
    return photo


def renditions_reset(*, photo):
    """Throw away a photo's renditions and make the ingest set again."""
    stale = Rendition.objects.filter(photo=photo)
    old_files = [rendition.file for rendition in stale]
    stale.delete()
    transaction.on_commit(lambda: _delete_files(old_files))
    with photo.image.open("rb") as original:
        image = prepare(Image.open(original))
        image.load()
    for spec, fmt in INGEST_RENDITIONS:
        _render_and_store(photo, spec, fmt, image)


def _render_and_store(photo, spec, fmt, image):
    rendered = render(
        image,
        SPECS[spec],
        fmt,
        focal_point=photo.focal_point,
        **{name: getattr(photo, name) for name in RENDITION_METADATA},
    )
    rendition = Rendition(
        photo=photo,
        spec=spec,
        format=fmt,
        width=rendered.width,
        height=rendered.height,
        size=len(rendered.content),
    )
    rendition.file.save(
        f"{spec}.{FORMATS[fmt].extension}", ContentFile(rendered.content), save=False
    )
    try:
        with transaction.atomic():
            rendition.save()
    except IntegrityError:
        rendition.file.delete(save=False)
        return Rendition.objects.get(photo=photo, spec=spec, format=fmt)
    return rendition


def _photo_from_metadata(inspected, values):
    meta = inspected.metadata
    from_file = {
        "title": meta.title,
        "caption": meta.caption,
        "alt_text": meta.alt_text,
        "credit_line": _credit_line(meta),
        "copyright": meta.copyright,
        "usage_terms": meta.special_instructions,
        "date_taken": _aware(meta.date_taken),
        "keywords": list(meta.keywords),
    }
    photo = Photo(width=inspected.width, height=inspected.height, metadata=meta.raw)
    sources = {}
    for name in PREFILLED_FIELDS:
        typed = values.get(name)
        if typed not in (None, "", []):
            setattr(photo, name, typed)
        elif from_file[name] not in (None, "", []):
            setattr(photo, name, _fit(photo, name, from_file[name]))
            sources[name] = _source_of(meta, name)
    photo.metadata_sources = sources
    for name in ("focal_x", "focal_y"):
        if values.get(name) is not None:
            setattr(photo, name, values[name])
    return photo


def _credit_line(meta):
    if meta.credit and meta.byline and meta.byline not in meta.credit:
        return f"{meta.byline}/{meta.credit}"
    return meta.credit or meta.byline


def _source_of(meta, name):
    keys = {
        "credit_line": ("credit", "byline"),
        "usage_terms": ("special_instructions",),
    }.get(name, (name,))
    for key in keys:
        if key in meta.sources:
            return meta.sources[key]
    return "file"


def _resolve_credit(meta, values):
    """Find or create the photographer and agency a credit names."""
    if values.get("photographer") or values.get("agency"):
        return values.get("photographer"), values.get("agency")
    agencies = {agency.name: agency.aliases for agency in Agency.objects.all()}
    parsed = combine_credit(
        byline=meta.byline, credit=meta.credit, source=meta.source, agencies=agencies
    )
    agency = None
    if parsed.agency:
        agency = Agency.objects.matching(parsed.agency).first() or _create_named(
            Agency, parsed.agency
        )
    photographer = None
    if parsed.photographer:
        photographer = Photographer.objects.matching(
            parsed.photographer
        ).first() or _create_named(Photographer, parsed.photographer, agency=agency)
    return photographer, agency


def _natural_key(name):
    """“photo-2.jpg” before “photo-10.jpg”, as a person would sort them."""
    return [
        int(part) if is_number(part) else part.casefold()
        for part in re.split(r"(\d+)", name)
    ]


def _unique_draft_slug(headline):
    base = slugify(headline)[:180] or "gallery"
    slug, n = base, 1
    while Gallery.objects.filter(slug=slug, pub_date__isnull=True).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _create_named(model, name, **extra):
    base = slugify(name)[:90] or model._meta.model_name
    slug, n = base, 1
    while model.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return model.objects.create(name=name, slug=slug, **extra)


def _fit(photo, name, value):
    max_length = Photo._meta.get_field(name).max_length
    if max_length and isinstance(value, str) and len(value) > max_length:
        return value[: max_length - 1].rstrip() + "…"
    return value


def _aware(value):
    if value is not None and timezone.is_naive(value):
        return timezone.make_aware(value)
    return value


def _size_and_checksum(file):
    file.seek(0)
    digest, size = hashlib.sha256(), 0
    for chunk in iter(lambda: file.read(1024 * 1024), b""):
        digest.update(chunk)
        size += len(chunk)
    file.seek(0)
    return size, digest.hexdigest()


def _delete_files(files):
    for stored in files:
        try:
            stored.storage.delete(stored.name)
        except Exception:  # a failed clean-up must not hide the original error
            logger.exception("Could not delete %s", stored.name)


def _megabytes(size):
    return f"{size / 1024 / 1024:.0f}" if size >= 1024 * 1024 else "<1"


def _too_many_pixels_message(width=None, height=None):
    limit = settings.NEWSROOM_PHOTO_MAX_PIXELS // 1_000_000
    if width and height:
        return _(
            "The image is %(width)s×%(height)s pixels; the limit is %(limit)s "
            "megapixels."
        ) % {"width": width, "height": height, "limit": limit}
    return _("The image has too many pixels; the limit is %(limit)s megapixels.") % {
        "limit": limit
    }


@dataclass
class TaggingReport:
    photos: int = 0
    players: int = 0
    teams: int = 0
    # Names the captions contain that match no player or team, once each.
    missed: list = field(default_factory=list)

    def add(self, other):
        self.photos += other.photos
        self.players += other.players
        self.teams += other.teams
        for name in other.missed:
            if name not in self.missed:
                self.missed.append(name)


def gallery_tag_photos(*, gallery, user=None):
    """Tag every photo in a gallery from its own caption and keywords.

    Each photo gets the players and teams its caption (as shown in this
    gallery) and IPTC keywords name; the gallery gets all of them. Existing
    tags are kept. Returns how many photos gained tags and how many tags were
    added to photos, and the names the captions contain that match none.
    """
    vocabulary = Vocabulary.load()
    skip = not_names()
    report = TaggingReport()
    items = gallery.items.select_related("photo").prefetch_related(
        "photo__players", "photo__teams"
    )
    with transaction.atomic(), indexing_batch(), reversion.create_revision():
        reversion.set_user(user)
        reversion.set_comment("Tagged from the captions")
        for item in items:
            photo = item.photo
            found = vocabulary.suggest(
                item.caption, keywords=photo.keywords, unknown_except=skip
            )
            report.missed.extend(n for n in found.unknown if n not in report.missed)
            new_players = set(found.players) - set(photo.players.all())
            new_teams = set(found.teams) - set(photo.teams.all())
            if new_players:
                photo.players.add(*new_players)
            if new_teams:
                photo.teams.add(*new_teams)
            if new_players or new_teams:
                report.photos += 1
                report.players += len(new_players)
                report.teams += len(new_teams)
            gallery.players.add(*found.players)
            gallery.teams.add(*found.teams)
            if new_players or new_teams:
                reversion.add_to_revision(photo)  # as tagged now
        reversion.add_to_revision(gallery)
    return report
