"""The photo library: photos with structured credits, and their renditions."""

import functools
from typing import NamedTuple

import reversion
from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Upper
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator, smart_split
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from newsroom.aliases import Aliased as NewsroomAliased
from newsroom.fields import StringListField
from newsroom.models import (
    Author,
    BylineBase,
    Publishable,
    PublishableQuerySet,
    Status,
    count_save,
)
from newsroom.status import Problem
from newsroom.tags.models import TaggedPlayer
from newsroom.text import normalize_key

from .credits import format_credit
from .storage import (
    original_upload_to,
    originals_storage,
    rendition_upload_to,
    renditions_storage,
)


class Aliased(NewsroomAliased):
    """A name that credits spell in several ways, matched by stored keys."""

    aliases = StringListField(
        _("other spellings"),
        default=list,
        blank=True,
        help_text=_(
            "Other ways credits spell this name, one per line, e.g. “Associated "
            "Press” for AP. Case and accents never matter, so there is no need "
            "to list those."
        ),
    )

    class Meta(NewsroomAliased.Meta):
        abstract = True


class Agency(Aliased):
    name = models.CharField(
        _("name"),
        max_length=100,
        unique=True,
        help_text=_("As it appears in credits, e.g. “AP” or “Getty Images”."),
    )
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    class Meta(Aliased.Meta):
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")


class Photographer(Aliased):
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(
        _("slug"),
        max_length=150,
        unique=True,
        help_text=_(
            "Used in the photographer's address, as in /photographers/antonio-calanni/."
        ),
    )
    agency = models.ForeignKey(
        Agency,
        verbose_name=_("usual agency"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="photographers",
    )

    class Meta(Aliased.Meta):
        verbose_name = _("photographer")
        verbose_name_plural = _("photographers")

    def get_absolute_url(self):
        return reverse("galleries:photographer", kwargs={"slug": self.slug})


class PhotoQuerySet(models.QuerySet):
    #: `desk_search` names at most this many photos tagging a player by id.
    TAGGED_IDS = 1000

    def published(self):
        """Photos readers may see: those used by something published.

        Each content type that shows photos registers how (see `usage.py`), so
        a photo that only sits in the library or in a draft is never listed.
        """
        from .usage import published_photo_filter

        condition = published_photo_filter()
        if condition is None:
            return self.none()
        return self.filter(condition)

    def desk_search(self, term):
        """Photos with every word of `term` in their title, caption, credit
        or file name, in their photographer's name or in the name (or other
        names) of a player tagged in them: the library's search and its
        choosers'.

        A word is one condition on the photo table, so PostgreSQL can take
        either fast road: for a rare word, its trigram indexes and the ids
        below (a bitmap of each); for a common one, the newest photos in
        the library's index order until a page is found. The photographer
        and the tagged photos are found first, in their own tables (a query
        each a word, however many rows): at most 100 photographers, and the
        ids of the photos tagging a player so named while there are at most
        `TAGGED_IDS`; past that, the same taggings as a subquery (a word
        that common finds its page among the newest photos anyway)."""
        words = [word.strip("\"'") for word in smart_split(term)]
        queryset = self
        for word in filter(None, words):
            named = Photographer.objects.filter(name__icontains=word)
            tagged = TaggedPlayer.objects.filter(
                content_type__app_label=Photo._meta.app_label,
                content_type__model=Photo._meta.model_name,
                tag__match_keys__contains=normalize_key(word),
            ).values_list("object_id", flat=True)
            ids = list(tagged[: self.TAGGED_IDS + 1])
            queryset = queryset.filter(
                Q(title__icontains=word)
                | Q(caption__icontains=word)
                | Q(credit_line__icontains=word)
                | Q(original_name__icontains=word)
                | Q(photographer__in=list(named.values_list("pk", flat=True)[:100]))
                | Q(pk__in=ids if len(ids) <= self.TAGGED_IDS else tagged)
            )
        return queryset

    def with_renditions(self):
        return self.select_related("photographer", "agency").prefetch_related(
            "renditions"
        )

    def with_gallery_link(self):
        """Where readers can see each photo: its page in the newest live
        gallery that has it, annotated in the same query (see
        `Photo.gallery_photo_url`)."""
        live_items = GalleryItem.objects.filter(
            photo=OuterRef("pk"),
            gallery__status=Status.PUBLISHED,
            gallery__published_at__lte=timezone.now(),
        ).order_by("-gallery__published_at", "-gallery_id")
        first = live_items[:1]
        earlier = (
            GalleryItem.objects.filter(gallery=OuterRef("link_gallery_id"))
            .filter(
                Q(position__lt=OuterRef("link_position"))
                | Q(
                    position=OuterRef("link_position"), pk__lte=OuterRef("link_item_id")
                )
            )
            .order_by()
            .values("gallery")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return self.annotate(
            link_gallery_id=Subquery(first.values("gallery_id")),
            link_item_id=Subquery(first.values("pk")),
            link_position=Subquery(first.values("position")),
            link_gallery_slug=Subquery(first.values("gallery__slug")),
            link_gallery_date=Subquery(first.values("gallery__pub_date")),
        ).annotate(link_number=Subquery(earlier))


# The metadata read from the file never changes after upload: not stored again
# with every revision.
@reversion.register(
    follow=["player_taggings", "team_taggings"],
    exclude=["players", "teams", "metadata"],
)
class Photo(models.Model):
    image = models.FileField(
        _("original file"),
        upload_to=original_upload_to,
        storage=originals_storage,
        max_length=200,
        help_text=_("Kept private; readers only ever get resized copies."),
    )
    # The stored file has a random name (`storage.original_upload_to`), so
    # the name it was sent under is kept here, for the desk to find it by.
    # Null for photos uploaded before it was kept: that name is not known.
    # (Nullable, so SQLite adds the column in place: see `edit_version`.)
    original_name = models.CharField(  # noqa: DJ001
        _("file name"),
        max_length=255,
        null=True,
        blank=True,
        editable=False,
        help_text=_("The name the file was uploaded under, e.g. “DSC_0412.jpg”."),
    )
    title = models.CharField(
        _("title"),
        max_length=255,
        blank=True,
        help_text=_(
            "The line above the picture, often the event, e.g. “Premier "
            "Division: Harbourside vs Kingsbridge”."
        ),
    )
    caption = models.TextField(
        _("caption"),
        blank=True,
        help_text=_(
            "One or two sentences naming who is in the picture and the occasion. "
            "Wire captions are kept exactly as the agency wrote them."
        ),
    )
    alt_text = models.CharField(
        _("alt text"),
        max_length=500,
        blank=True,
        help_text=_(
            "What the picture shows, for readers who cannot see it. Describe, "
            "don't repeat the caption."
        ),
    )
    photographer = models.ForeignKey(
        Photographer,
        verbose_name=_("photographer"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="photos",
    )
    agency = models.ForeignKey(
        Agency,
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="photos",
    )
    credit_line = models.CharField(
        _("credit as received"),
        max_length=255,
        blank=True,
        help_text=_(
            "The credit exactly as the file or the sender gave it. Readers see "
            "the photographer and agency above in the house style instead."
        ),
    )
    copyright = models.CharField(_("copyright notice"), max_length=255, blank=True)
    usage_terms = models.TextField(
        _("usage terms"),
        blank=True,
        help_text=_(
            "Special instructions or restrictions from the agency, e.g. "
            "“NO SALES” or “EDITORIAL USE ONLY”."
        ),
    )
    date_taken = models.DateTimeField(_("date taken"), null=True, blank=True)
    keywords = StringListField(
        _("keywords"),
        default=list,
        blank=True,
        help_text=_(
            "One per line. Read from the file and used to suggest players and teams."
        ),
    )
    width = models.PositiveIntegerField(_("width"), default=0, editable=False)
    height = models.PositiveIntegerField(_("height"), default=0, editable=False)
    focal_x = models.FloatField(
        _("focus across"),
        default=0.5,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text=_(
            "Where the action is, from 0 (left edge) to 1 (right edge). Crops "
            "keep this point in the picture."
        ),
    )
    focal_y = models.FloatField(
        _("focus down"),
        default=0.5,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text=_("From 0 (top edge) to 1 (bottom edge)."),
    )
    file_size = models.PositiveBigIntegerField(
        _("file size"), default=0, editable=False
    )
    checksum = models.CharField(
        _("checksum"), max_length=64, blank=True, editable=False, db_index=True
    )
    metadata = models.JSONField(
        _("metadata from the file"), default=dict, blank=True, editable=False
    )
    metadata_sources = models.JSONField(default=dict, blank=True, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    players = TaggableManager(
        through="tags.TaggedPlayer",
        blank=True,
        verbose_name=_("players"),
        help_text=_(
            "The players in this picture, so their pages can show it. Picked "
            "from the list of players."
        ),
    )
    teams = TaggableManager(
        through="tags.TaggedTeam",
        blank=True,
        verbose_name=_("teams"),
        help_text=_("The teams in this picture. Picked from the list of teams."),
    )
    player_taggings = GenericRelation("tags.TaggedPlayer")
    team_taggings = GenericRelation("tags.TaggedTeam")
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # Null until the photo's first save since versions were counted: SQLite
    # adds a nullable column in place (a default would rebuild the table,
    # PostgreSQL-only trigram index and all).
    edit_version = models.PositiveIntegerField(
        _("edit version"),
        null=True,
        editable=False,
        help_text=_("Counts saves, so a save from a stale form is noticed."),
    )

    objects = PhotoQuerySet.as_manager()

    class Meta:
        ordering = ["-uploaded_at", "-pk"]
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        indexes = [
            # A photographer's photos, the latest filed first, paged by key.
            models.Index(fields=["photographer", "-id"], name="galleries_photo_by_idx"),
            # The library and its chooser, newest first (ties by id).
            models.Index(
                fields=["-uploaded_at", "-id"], name="galleries_photo_library_idx"
            ),
            # The desk's photo search and chooser: words anywhere in the title,
            # caption or credit, by trigram (PostgreSQL only, see migrations).
            GinIndex(
                OpClass(Upper("title"), name="gin_trgm_ops"),
                OpClass(Upper("caption"), name="gin_trgm_ops"),
                OpClass(Upper("credit_line"), name="gin_trgm_ops"),
                name="galleries_photo_text_trgm",
            ),
            # The choosers find a photo by the name its file was sent under.
            GinIndex(
                OpClass(Upper("original_name"), name="gin_trgm_ops"),
                name="galleries_photo_name_trgm",
            ),
        ]

    def __str__(self):
        return self.title or self.caption[:60] or f"Photo {self.pk}"

    def save(self, *args, **kwargs):
        count_save(self, kwargs)
        super().save(*args, **kwargs)

    def publish_problems(self):
        """What keeps a story using this photo from being published: one
        `Problem` each, naming this photo so the desk can show it."""
        problems = []
        if not self.alt_text.strip():
            problems.append(
                Problem(
                    _("Photo “%(photo)s” needs alt text.") % {"photo": self.desk_name},
                    subject=self,
                    fix="alt_text",
                    short=_("needs alt text"),
                )
            )
        if not (self.photographer_id or self.agency_id or self.credit_line.strip()):
            problems.append(
                Problem(
                    _("Photo “%(photo)s” needs a credit: a photographer or an agency.")
                    % {"photo": self.desk_name},
                    subject=self,
                    fix="credit",
                    short=_("needs a credit: a photographer or an agency"),
                )
            )
        return problems

    @property
    def desk_name(self):
        """How the desk tells this photo from the others of the same match:
        the file name it was uploaded as, else its title or caption."""
        return (
            self.original_name
            or self.title
            or self.caption_start
            or _("Photo %(pk)s") % {"pk": self.pk}
        )

    @property
    def caption_start(self):
        return Truncator(" ".join(self.caption.split())).chars(70)

    @property
    def credit(self):
        """The credit in the house style, e.g. “AP Photo/Antonio Calanni”."""
        return format_credit(
            photographer=self.photographer.name if self.photographer else "",
            agency=self.agency.name if self.agency else "",
            style=settings.NEWSROOM_CREDIT_STYLE,
            fallback=self.credit_line,
        )

    @property
    def gallery_photo_url(self):
        """The photo's page in a live gallery, when the queryset asked for it
        with `with_gallery_link()` and one exists."""
        if not getattr(self, "link_gallery_slug", None):
            return None
        day = self.link_gallery_date
        return reverse(
            "galleries:photo",
            kwargs={
                "year": day.year,
                "month": f"{day.month:02d}",
                "day": f"{day.day:02d}",
                "slug": self.link_gallery_slug,
                "number": self.link_number,
            },
        )

    @property
    def focal_point(self):
        return (self.focal_x, self.focal_y)

    def rendition(self, spec, fmt):
        """A stored rendition from the prefetched rows, or None. No query when
        `renditions` was prefetched, and never a storage call."""
        for rendition in self.renditions.all():
            if rendition.spec == spec and rendition.format == fmt:
                return rendition
        return None

    def rendition_url(self, spec, fmt):
        """The address of the stored rendition, or, until it is made, our
        stable address that sends readers to the nearest one there is (for
        feeds, sitemaps and social cards, which name one size). Either
        answers only while the photo is public (`galleries.views.rendition`)."""
        rendition = self.rendition(spec, fmt)
        if rendition is not None:
            return rendition.url
        return rendition_address(self.pk, spec, fmt)


@functools.cache
def _rendition_prefix():
    stand_in = reverse(
        "galleries:rendition", kwargs={"photo_id": 0, "spec": "w320", "fmt": "jpeg"}
    )
    return stand_in.removesuffix("0/w320.jpeg")


def rendition_address(photo_id, spec, fmt):
    """/renditions/<photo>/<spec>.<format>, built without a `reverse()` a
    picture (a page offers hundreds)."""
    return f"{_rendition_prefix()}{photo_id}/{spec}.{fmt}"


class Rendition(models.Model):
    photo = models.ForeignKey(
        Photo, on_delete=models.CASCADE, related_name="renditions"
    )
    spec = models.CharField(max_length=20)
    format = models.CharField(max_length=10)
    file = models.FileField(
        upload_to=rendition_upload_to, storage=renditions_storage, max_length=200
    )
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    size = models.PositiveIntegerField(help_text=_("In bytes."))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("rendition")
        verbose_name_plural = _("renditions")
        constraints = [
            models.UniqueConstraint(
                fields=["photo", "spec", "format"], name="galleries_rendition_once"
            ),
        ]

    def __str__(self):
        return f"{self.spec}.{self.format} ({self.width}×{self.height})"

    @property
    def url(self):
        """The rendition's public address: the photo's for this size and
        format, marked with this file (a remade rendition is a new row, so a
        browser or CDN never keeps the old picture under the new address)."""
        return f"{rendition_address(self.photo_id, self.spec, self.format)}?v={self.pk}"


class GalleryQuerySet(PublishableQuerySet):
    def with_photo_count(self, name="photo_count"):
        """Each gallery's number of photos, counted by a subquery per row
        shown (after ORDER BY and LIMIT) rather than a join and GROUP BY
        over every gallery's photos."""
        count = (
            GalleryItem.objects.filter(gallery=OuterRef("pk"))
            .order_by()
            .values("gallery")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return self.annotate(**{name: Coalesce(Subquery(count), 0)})


class GalleryOrder(models.TextChoices):
    """How photos uploaded together line up in a gallery."""

    FILE_NAME = "name", _("File name")
    TIME_TAKEN = "taken", _("Time taken (read from the files)")


@reversion.register(
    follow=["bylines", "items", "player_taggings", "team_taggings"],
    exclude=["players", "teams", "authors"],
)
class Gallery(Publishable):
    """An “In Pics” gallery: ordered library photos, with an intro after the
    first."""

    intro = models.TextField(
        _("intro"),
        blank=True,
        help_text=_(
            "Two or three sentences shown after the first photo (readers see a "
            "photo first, on a phone too). Plain text; leave a blank line "
            "between paragraphs."
        ),
    )
    cover = models.ForeignKey(
        Photo,
        verbose_name=_("cover photo"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="covers",
        help_text=_(
            "Shown in lists and on social networks. Leave empty to use the "
            "gallery's first photo. Type a few words of its caption, title, "
            "photographer or file name, or a player in it, to find it."
        ),
    )
    authors = models.ManyToManyField(
        Author,
        through="GalleryByline",
        related_name="galleries",
        verbose_name=_("authors"),
        blank=True,
    )

    objects = GalleryQuerySet.as_manager()

    class Meta(Publishable.Meta):
        verbose_name = _("gallery")
        permissions = [
            ("publish_gallery", _("Can publish, schedule and unpublish galleries")),
        ]
        verbose_name_plural = _("galleries")

    def get_absolute_url(self):
        if self.pub_date is None:
            return None
        return reverse("galleries:detail", kwargs=self._date_kwargs())

    @property
    def picture(self):
        return self.cover

    def search_document(self):
        """The intro and every photo's title and caption (as shown in this
        gallery) are searchable: a word in one caption finds the gallery."""
        document = super().search_document()
        lines = getattr(self, "search_photo_lines", None)
        if lines is None:  # a bulk reindex reads them for a batch at once
            items = self.items.order_by("position", "pk")
            lines = _photo_lines(items).get(self.pk, [])
        document["C"] = "\n".join(line for line in [self.intro, *lines] if line)
        return document

    @staticmethod
    def search_batch(rows):
        """Give a bulk reindex's batch of galleries their photo lines in one
        query of plain values (no photo objects: a batch holds 150,000)."""
        items = GalleryItem.objects.filter(gallery__in=[row.pk for row in rows])
        lines = _photo_lines(items.order_by("gallery_id", "position", "pk"))
        for row in rows:
            row.search_photo_lines = lines.get(row.pk, [])

    def publish_problems(self):
        problems = super().publish_problems()
        photos = []
        if self.cover_id:
            photos.append(self.cover)
        if self.pk is not None:
            items = self.items.select_related("photo").order_by("position", "pk")
            photos += [item.photo for item in items]
            if not items:
                problems.append(_("Add photos to the gallery."))
        else:
            problems.append(_("Add photos to the gallery."))
        seen = set()
        for photo in photos:
            if photo.pk not in seen:
                seen.add(photo.pk)
                problems += photo.publish_problems()
        return problems

    def photo_titles(self):
        """How the photos' titles show on the gallery's page. Wire photos of
        one match all carry the same title ("UEFA Europa League: Liverpool vs
        Atalanta"): when every photo has the same non-empty title it shows
        once, above the photos (not at all when it is the headline), instead
        of over each photo. Reads the items as loaded (prefetch them with
        their photos)."""
        titles = {item.photo.title.strip() for item in self.items.all()}
        if len(titles) != 1 or "" in titles:
            return PhotoTitles(once="", each=True)
        (title,) = titles
        if title.casefold() == self.headline.strip().casefold():
            return PhotoTitles(once="", each=False)
        return PhotoTitles(once=title, each=False)

    def get_photo_url(self, number):
        return reverse(
            "galleries:photo", kwargs={**self._date_kwargs(), "number": number}
        )

    def _date_kwargs(self):
        return {
            "year": self.pub_date.year,
            "month": f"{self.pub_date.month:02d}",
            "day": f"{self.pub_date.day:02d}",
            "slug": self.slug,
        }


class PhotoTitles(NamedTuple):
    """`once`: the title shown above all the photos ("" for none); `each`:
    whether every photo shows its own."""

    once: str
    each: bool


@reversion.register()
class GalleryByline(BylineBase):
    gallery = models.ForeignKey(
        Gallery, on_delete=models.CASCADE, related_name="bylines"
    )

    class Meta(BylineBase.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["gallery", "author"],
                name="galleries_byline_unique_author",
                violation_error_message=_("This author is already in the byline."),
            ),
        ]
        indexes = [
            BylineBase.author_page_index("gallery", "galleries_byline_author_page"),
        ]


@reversion.register()
class GalleryItem(models.Model):
    gallery = models.ForeignKey(Gallery, on_delete=models.CASCADE, related_name="items")
    photo = models.ForeignKey(
        Photo,
        verbose_name=_("photo"),
        on_delete=models.PROTECT,
        related_name="gallery_items",
    )
    position = models.PositiveIntegerField(_("position"), default=0)
    caption_override = models.TextField(
        _("caption in this gallery"),
        blank=True,
        help_text=_(
            "Optional: a caption for this gallery only. Leave empty to use the "
            "photo's own. The credit always stays the photo's."
        ),
    )

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("photo in the gallery")
        verbose_name_plural = _("photos in the gallery")
        indexes = [models.Index(fields=["gallery", "position"])]

    def __str__(self):
        return str(self.photo)

    @property
    def caption(self):
        return self.caption_override or self.photo.caption


def _photo_lines(items):
    """{gallery id: ["photo title — caption as shown", ...]} in `items`'
    order, read as plain values."""
    lines = {}
    for gallery_id, title, override, caption in items.values_list(
        "gallery_id", "photo__title", "caption_override", "photo__caption"
    ):
        shown = (title, override or caption)
        lines.setdefault(gallery_id, []).append(" — ".join(p for p in shown if p))
    return lines


class RenditionTask(models.Model):
    """A photo whose page renditions are still to be made: queued in the
    database when something showing it is published or scheduled, so a
    restarted or different app server finishes the work (`manage.py
    renditions_make`)."""

    photo = models.OneToOneField(
        Photo, on_delete=models.CASCADE, related_name="rendition_task"
    )
    requested_at = models.DateTimeField(default=timezone.now, db_index=True)
    # Set by the worker making them; a claim this old is taken over.
    claimed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("rendition task")
        verbose_name_plural = _("rendition tasks")

    def __str__(self):
        return f"Renditions of photo #{self.photo_id}"
