"""What every content type shares: the publishable base, bylines, sections
and authors.

Players and teams live in the `tags` app and are named here only by string
("tags.Player"), so `newsroom` never imports `tags`; the desk's own models
(workflow steps, notes, presence, preview links) are defined in
`newsroom/desk/models.py` and imported at the end of this module.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from .redirects import forward
from .status import Status

# The generic relations through which an item's players and teams are read.
TAG_RELATIONS = ("player_taggings", "team_taggings")


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """What readers may see: published, and the publication time has come.

        Every public surface goes through this, so a draft or a story scheduled
        for later can never be served, and a scheduled one appears on time
        without any job having to run.
        """
        return self.filter(status=Status.PUBLISHED, published_at__lte=timezone.now())

    def scheduled_after(self, moment):
        """Published, but to go live only after `moment`."""
        return self.filter(status=Status.PUBLISHED, published_at__gt=moment)

    def withdrawn(self):
        """Taken down after publication: their addresses answer 410 Gone."""
        return self.filter(status=Status.WITHDRAWN)

    def latest_first(self):
        return self.order_by("-published_at", "-pk")

    def newest_by(self, author, count):
        """Of these, the author's newest `count` published items, found down
        their bylines' own index (see `BylineBase`) instead of by sorting
        everything the author ever wrote."""
        bylines = self.model._meta.get_field("bylines").related_model
        item = bylines.item_field().attname
        newest = (
            bylines.live_of(author)
            .order_by("-published_at", f"-{item}")
            .values(item)[:count]
        )
        return self.filter(pk__in=newest)

    def with_byline(self):
        """Section and ordered authors, in a fixed number of queries."""
        return self.select_related("section").prefetch_related(self.byline_prefetch())

    def byline_prefetch(self):
        """The ordered byline as a Prefetch, also for `prefetch_related_objects`."""
        byline_model = self.model._meta.get_field("bylines").related_model
        return Prefetch(
            "bylines",
            queryset=byline_model.objects.select_related("author").order_by("position"),
        )


def count_save(instance, save_kwargs):
    """One more on the row's `edit_version` (what the stale-form check
    compares), written even by a save of a few `update_fields`."""
    instance.edit_version = (instance.edit_version or 0) + 1
    update_fields = save_kwargs.get("update_fields")
    if update_fields is not None:
        save_kwargs["update_fields"] = {*update_fields, "edit_version"}


class Publishable(models.Model):
    """The abstract base of every content type readers can see."""

    headline = models.CharField(
        _("headline"),
        max_length=200,
        help_text=_("The title readers see on the page and in lists."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        allow_unicode=False,
        help_text=_(
            "The last part of the web address, filled in from the headline. "
            "Changing it after publication is safe: the old address keeps "
            "working and forwards readers to the new one."
        ),
    )
    standfirst = models.TextField(
        _("standfirst"),
        blank=True,
        help_text=_(
            "One or two sentences under the headline that sum up the story. "
            "Shown on the page, in lists and to search engines."
        ),
    )
    section = models.ForeignKey(
        "newsroom.Section",
        verbose_name=_("section"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        help_text=_("Where the story lives on the site. Needed to publish."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.DRAFT,
        editable=False,
        help_text=_(
            "Changed only with the workflow buttons. Drafts, stories in review "
            "and withdrawn stories are never shown to readers; a published "
            "story appears at its publication time."
        ),
    )
    published_at = models.DateTimeField(
        _("publication time"),
        null=True,
        blank=True,
        help_text=_(
            "When readers first see the story. Leave empty to publish now; a "
            "time in the future schedules it, and it appears on its own at that "
            "time."
        ),
    )
    first_published_at = models.DateTimeField(
        _("first published"),
        null=True,
        editable=False,
        help_text=_("Fixed at first publication; decides the date in the address."),
    )
    pub_date = models.DateField(
        _("date in the address"),
        null=True,
        editable=False,
        help_text=_("The local date of first publication, as shown in the URL."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    search_text = models.TextField(
        _("search text"),
        blank=True,
        editable=False,
        help_text=_("What search matches, kept up to date from the item's text."),
    )
    search_vector = SearchVectorField(null=True, editable=False)
    edit_version = models.PositiveIntegerField(
        _("edit version"),
        default=0,
        editable=False,
        help_text=_("Counts saves, so a save from a stale form is noticed."),
    )
    seo_description = models.CharField(
        _("search engine description"),
        max_length=300,
        blank=True,
        help_text=_(
            "Optional. What search engines and social networks show under the "
            "headline; the standfirst is used when empty."
        ),
    )
    players = TaggableManager(
        through="tags.TaggedPlayer",
        blank=True,
        verbose_name=_("players"),
        help_text=_("The players it is about, picked from the list of players."),
    )
    teams = TaggableManager(
        through="tags.TaggedTeam",
        blank=True,
        verbose_name=_("teams"),
        help_text=_("The teams it is about, picked from the list of teams."),
    )

    # The tag rows themselves, so a revision keeps them and a deleted story
    # takes its taggings along.
    player_taggings = GenericRelation("tags.TaggedPlayer")
    team_taggings = GenericRelation("tags.TaggedTeam")
    notes = GenericRelation("newsroom.Note")
    state_changes = GenericRelation("newsroom.StateChange")

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["-published_at", "-pk"]
        get_latest_by = "published_at"
        indexes = [
            models.Index(
                fields=["status", "-published_at"],
                name="%(app_label)s_%(class)s_pub_idx",
            ),
            models.Index(
                fields=["section", "status", "-published_at"],
                name="%(app_label)s_%(class)s_sec_idx",
            ),
            # Date archives: a year's, month's or day's stories, newest first.
            models.Index(
                fields=["status", "-pub_date", "-published_at"],
                name="%(app_label)s_%(class)s_day_idx",
            ),
            # The desk's lists, newest first, whatever the state.
            models.Index(
                fields=["-published_at", "-id"],
                name="%(app_label)s_%(class)s_desk_idx",
            ),
            # The sitemap index's lastmod: MAX(updated_at) of the published
            # ones reads one end of this index.
            models.Index(
                fields=["status", "-updated_at"],
                name="%(app_label)s_%(class)s_upd_idx",
            ),
            # Created on PostgreSQL only (see the migrations): SQLite
            # searches the plain text instead.
            GinIndex(
                fields=["search_vector"], name="%(app_label)s_%(class)s_search_idx"
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["pub_date", "slug"],
                name="%(app_label)s_%(class)s_unique_slug_per_date",
                violation_error_message=_(
                    "Another story published on the same date already uses this slug."
                ),
            ),
            models.CheckConstraint(
                condition=~models.Q(status="published")
                | models.Q(published_at__isnull=False),
                name="%(app_label)s_%(class)s_published_has_time",
            ),
        ]

    def __str__(self):
        return self.headline

    def save(self, *args, **kwargs):
        if self.status == Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        self.set_publication_date()
        count_save(self, kwargs)
        # Whatever saves it (the admin, the workflow, a command), an address
        # readers may have shared keeps working after a slug change.
        with transaction.atomic():
            old_url = self._stored_public_url()
            super().save(*args, **kwargs)
            self.bylines_sync()
            new_url = self.get_absolute_url()
            if old_url and new_url and old_url != new_url:
                forward(old_url, new_url)

    def _stored_public_url(self):
        """The address the saved row answers at, if it has one yet."""
        if self.pk is None:
            return None
        stored = (
            type(self)
            ._default_manager.filter(pk=self.pk)
            .values("pub_date", "slug")
            .first()
        )
        if not stored or stored["pub_date"] is None:
            return None
        return type(self)(**stored).get_absolute_url()

    def bylines_sync(self):
        """Give the byline rows the item's publication time while it is
        published, and none otherwise (see `BylineBase`): one UPDATE, of
        the rows that differ. Writes that bypass `save()` (a revert of
        stored byline rows) call it after."""
        moment = self.published_at if self.status == Status.PUBLISHED else None
        # exclude() keeps the empty ones when `moment` is a time.
        self.bylines.exclude(published_at=moment).update(published_at=moment)

    @property
    def byline_authors(self):
        """The authors in byline order (prefetch with `with_byline()`)."""
        return [byline.author for byline in self.bylines.all()]

    @property
    def is_scheduled(self):
        return (
            self.status == Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    @property
    def is_live(self):
        return (
            self.status == Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def was_updated(self):
        """Changed after it went out, by more than a minute's quick fix.

        Measured from publication, or from creation for a story entered with
        an earlier publication time (an import, a back-dated report).
        """
        if not self.published_at or not self.updated_at:
            return False
        went_out = max(self.published_at, self.created_at or self.published_at)
        return self.updated_at - went_out > timedelta(minutes=1)

    @property
    def description(self):
        return self.seo_description or self.standfirst

    @property
    def modified_at(self):
        """When readers last saw it change: the update time, never before
        publication (feeds, sitemaps and structured data say this)."""
        return max(filter(None, [self.updated_at, self.published_at]))

    @property
    def picture(self):
        """The photo that stands for the item in lists, feeds and social
        cards (content types say which: a lead photo, a cover)."""
        return None

    @property
    def kind(self):
        """ "article", "gallery": what feeds and permanent IDs call it."""
        return self._meta.model_name

    @property
    def state_label(self):
        """The state as the desk thinks of it: “Scheduled” is published but
        not live yet."""
        if self.is_scheduled:
            return _("Scheduled")
        return self.get_status_display()

    def is_owned_by(self, user):
        """Created by the user, or the user is in the byline."""
        if self.created_by_id is not None and self.created_by_id == user.pk:
            return True
        return self.pk is not None and self.bylines.filter(author__user=user).exists()

    def search_document(self):
        """What search matches, by weight: "A" the headline and the players
        and teams it is tagged with, "B" the standfirst, "C" the rest
        (content types add their body, intro or captions)."""
        # A bulk reindex looks the names up for a whole batch at once.
        names = getattr(self, "search_tag_names", None)
        if names is None:
            names = []
            for relation in TAG_RELATIONS:
                taggings = getattr(self, relation).select_related("tag")
                names += sorted(tagging.tag.name for tagging in taggings)
        return {
            "A": "\n".join([self.headline, *names]),
            "B": self.standfirst,
            "C": "",
        }

    def publish_problems(self):
        """What blocks publication, one sentence each; content types add
        their own (photos without alt text or credit, an empty gallery)."""
        problems = []
        if not self.headline.strip():
            problems.append(_("Add a headline."))
        if not self.standfirst.strip():
            problems.append(_("Add a standfirst."))
        if self.section_id is None:
            problems.append(_("Choose a section."))
        if self.pk is None or not self.bylines.exists():
            problems.append(_("Add at least one author to the byline."))
        return problems

    def publish_warnings(self):
        """What a publisher should know but may go ahead without."""
        warnings = []
        if self.pk is None or not (self.players.exists() or self.teams.exists()):
            warnings.append(
                _("No players or teams are tagged: it will not show on their pages.")
            )
        return warnings

    def clean(self):
        super().clean()
        if self.status == Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        self.set_publication_date()
        self.validate_slug_for_date()

    def set_publication_date(self):
        """Fix the address date at first publication.

        Until the story has actually been seen (first publication time in the
        past), rescheduling moves the date along; after that it never changes,
        so links readers shared keep working.
        """
        if self.status != Status.PUBLISHED or self.published_at is None:
            return
        now = timezone.now()
        if self.first_published_at is None or self.first_published_at > now:
            self.first_published_at = self.published_at
            self.pub_date = timezone.localdate(self.published_at)

    def validate_slug_for_date(self):
        # The form leaves pub_date out (it is not editable), so Django skips the
        # unique constraint; check it here to give the journalist a message.
        if self.pub_date is None:
            return
        clash = (
            type(self)
            ._default_manager.filter(pub_date=self.pub_date, slug=self.slug)
            .exclude(pk=self.pk)
        )
        if clash.exists():
            raise ValidationError(
                {
                    "slug": _(
                        "Another story published on %(date)s already uses the "
                        "slug “%(slug)s”. Change the slug, e.g. add a word."
                    )
                    % {"date": date_format(self.pub_date, "j F Y"), "slug": self.slug}
                },
                code="slug_taken",
            )


class BylineBase(models.Model):
    """One author in a content type's byline; subclasses add the content FK
    (with related_name="bylines"), its uniqueness and `author_page_index()`.

    `published_at` repeats the item's publication time while the item is
    published (and is empty otherwise), so an author's page reads their
    newest stories down one index of this table instead of joining and
    sorting every story they ever wrote. The item's save keeps it current
    (`Publishable.bylines_sync()`), and so does the byline's own save."""

    author = models.ForeignKey(
        "newsroom.Author",
        on_delete=models.PROTECT,
        related_name="%(app_label)s_%(class)s_set",
        verbose_name=_("author"),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    published_at = models.DateTimeField(
        _("item's publication time"),
        null=True,
        editable=False,
        help_text=_(
            "Copied from the story while it is published, for the author's "
            "page; empty for drafts and withdrawn stories."
        ),
    )

    class Meta:
        abstract = True
        ordering = ["position"]
        verbose_name = _("byline")
        verbose_name_plural = _("byline")

    def __str__(self):
        return str(self.author)

    def save(self, *args, **kwargs):
        item = getattr(self, self.item_field().name)
        published = item.status == Status.PUBLISHED
        self.published_at = item.published_at if published else None
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "published_at"}
        super().save(*args, **kwargs)

    @classmethod
    def item_field(cls):
        """The foreign key to the item (the one named "bylines" there)."""
        return next(
            f
            for f in cls._meta.concrete_fields
            if f.is_relation and f.remote_field.related_name == "bylines"
        )

    @classmethod
    def live_of(cls, author):
        """The author's bylines on items readers can see now."""
        return cls.objects.filter(author=author, published_at__lte=timezone.now())

    @staticmethod
    def author_page_index(item_field, name):
        """The index an author's page reads: their published bylines, newest
        first; a subclass puts it in its Meta.indexes with its item's
        foreign key."""
        return models.Index(
            fields=["author", "-published_at", f"-{item_field}"],
            name=name,
            condition=models.Q(published_at__isnull=False),
        )


class Section(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_("Used in the section's address, as in /section/football/."),
    )
    position = models.PositiveSmallIntegerField(
        _("position"),
        default=0,
        help_text=_("Order in the site navigation: lower numbers come first."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Shown at the top of the section page and to search engines."),
    )

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("section", kwargs={"slug": self.slug})


class Author(models.Model):
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(
        _("slug"),
        max_length=150,
        unique=True,
        help_text=_("Used in the author's address, as in /author/maya-okafor/."),
    )
    job_title = models.CharField(
        _("job title"),
        max_length=150,
        blank=True,
        help_text=_("E.g. “Chief football writer”."),
    )
    bio = models.TextField(
        _("short bio"),
        blank=True,
        help_text=_("Two or three sentences, shown on the author page."),
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="author",
        help_text=_("The journalist's login, so their account maps to this byline."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("author", kwargs={"slug": self.slug})


# The desk's models belong to this app; they live beside the desk's code.
from .desk.models import (  # noqa: E402
    PREVIEW_SALT,
    EditPresence,
    Note,
    NoteKind,
    PreviewLink,
    StateChange,
)

__all__ = [
    "PREVIEW_SALT",
    "Author",
    "BylineBase",
    "EditPresence",
    "Note",
    "NoteKind",
    "PreviewLink",
    "Publishable",
    "PublishableQuerySet",
    "Section",
    "StateChange",
    "Status",
]
