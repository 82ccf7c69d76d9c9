"""What every content type shares: the publishable base, sections and authors."""

from datetime import timedelta

import reversion
from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import GenericTaggedItemBase, TagBase

from .fields import StringListField
from .text import normalize_key


class Status(models.TextChoices):
    """The stored states. “Scheduled” is not one of them: it is a published
    item whose publication time has not come yet."""

    DRAFT = "draft", _("Draft")
    IN_REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """What readers may see: published, and the publication time has come.

        Every public surface goes through this, so a draft or a story scheduled
        for later can never be served, and a scheduled one appears on time
        without any job having to run.
        """
        return self.filter(status=Status.PUBLISHED, published_at__lte=timezone.now())

    def withdrawn(self):
        """Taken down after publication: their addresses answer 410 Gone."""
        return self.filter(status=Status.WITHDRAWN)

    def latest_first(self):
        return self.order_by("-published_at", "-pk")

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
        through="newsroom.TaggedPlayer",
        blank=True,
        verbose_name=_("players"),
        help_text=_("The players it is about, picked from the list of players."),
    )
    teams = TaggableManager(
        through="newsroom.TaggedTeam",
        blank=True,
        verbose_name=_("teams"),
        help_text=_("The teams it is about, picked from the list of teams."),
    )

    # The tag rows themselves, so a revision keeps them and a deleted story
    # takes its taggings along.
    player_taggings = GenericRelation("newsroom.TaggedPlayer")
    team_taggings = GenericRelation("newsroom.TaggedTeam")
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
        self.edit_version = (self.edit_version or 0) + 1
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "edit_version"}
        super().save(*args, **kwargs)

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
        names = [
            *self.players.values_list("name", flat=True),
            *self.teams.values_list("name", flat=True),
        ]
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
    (with related_name="bylines") and its uniqueness."""

    author = models.ForeignKey(
        "newsroom.Author",
        on_delete=models.PROTECT,
        related_name="%(app_label)s_%(class)s_set",
        verbose_name=_("author"),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        abstract = True
        ordering = ["position"]
        verbose_name = _("byline")
        verbose_name_plural = _("byline")

    def __str__(self):
        return str(self.author)


class Section(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_("Used in the section's address: /section/<slug>/."),
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
        help_text=_("Used in the author's address: /author/<slug>/."),
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


def alias_keys(name, aliases):
    """The stored match keys of a name and its aliases: "|key1|key2|"."""
    keys = {normalize_key(name), *(normalize_key(alias) for alias in aliases)}
    keys.discard("")
    return "|" + "|".join(sorted(keys)) + "|"


class AliasedQuerySet(models.QuerySet):
    def matching(self, name):
        """Rows whose name or one of whose aliases is `name`, ignoring case and
        accents, through the stored keys (the same on every database)."""
        key = normalize_key(name)
        if not key:
            return self.none()
        return self.filter(match_keys__contains=f"|{key}|")

    def search(self, term):
        """Rows whose name or an alias contains every word of `term`, ignoring
        case and accents: what admin autocompletes search with."""
        queryset = self
        for word in normalize_key(term).split():
            queryset = queryset.filter(match_keys__contains=word)
        return queryset


class Aliased(models.Model):
    """A name known in several spellings, matched through stored keys."""

    aliases = StringListField(
        _("other names"),
        default=list,
        blank=True,
        help_text=_(
            "Other names and spellings, one per line. Case and accents never "
            "matter, so there is no need to list those."
        ),
    )
    match_keys = models.TextField(editable=False, default="")

    objects = AliasedQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.match_keys = alias_keys(self.name, self.aliases)
        super().save(*args, **kwargs)

    def slugify(self, tag, i=None):
        """ASCII slugs for addresses ("Konaté" → "konate"), as taggit asks."""
        slug = slugify(normalize_key(tag))
        return f"{slug}-{i}" if i is not None else slug


class Team(Aliased, TagBase):
    """A club or national side: a tag the desk picks, never types freely."""

    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_("The full name, e.g. “Harbourside Athletic”."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_("Used in the team's address: /teams/<slug>/."),
    )
    short_name = models.CharField(
        _("short name"),
        max_length=40,
        blank=True,
        help_text=_("As headlines and lists write it, e.g. “Harbourside”."),
    )
    aliases = StringListField(
        _("other names"),
        default=list,
        blank=True,
        help_text=_(
            "Nicknames and other names stories use, one per line, e.g. “the "
            "Harbour” or “Athletic”. Suggestions match these too; case and "
            "accents never matter."
        ),
    )
    country = models.CharField(_("country"), max_length=60, blank=True)

    class Meta(Aliased.Meta):
        verbose_name = _("team")
        verbose_name_plural = _("teams")

    def get_absolute_url(self):
        return reverse("team", kwargs={"slug": self.slug})

    @property
    def display_name(self):
        return self.short_name or self.name


class Player(Aliased, TagBase):
    """A player: a tag the desk picks, never types freely.

    Two players may share a name; their slugs and teams tell them apart.
    """

    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_("The name stories use in full, e.g. “Emeka Duru”."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_(
            "Used in the player's address: /players/<slug>/. For a second "
            "player of the same name, add the team, e.g. “sam-gomez-wexley”."
        ),
    )
    team = models.ForeignKey(
        Team,
        verbose_name=_("current team"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="players",
    )
    position = models.CharField(
        _("position"),
        max_length=60,
        blank=True,
        help_text=_("E.g. “Goalkeeper”, “Fly-half”, “Opening batter”."),
    )
    aliases = StringListField(
        _("other names"),
        default=list,
        blank=True,
        help_text=_(
            "Other names stories use, one per line, e.g. “Mo Duru”. The surname "
            "alone is matched without being listed here when it is capitalised "
            "and no other player shares it. Case and accents never matter."
        ),
    )

    class Meta(Aliased.Meta):
        verbose_name = _("player")
        verbose_name_plural = _("players")
        indexes = [models.Index(fields=["team", "name"])]

    def get_absolute_url(self):
        return reverse("player", kwargs={"slug": self.slug})


@reversion.register()
class TaggedPlayer(GenericTaggedItemBase):
    """A player tagged on an article, gallery or photo."""

    tag = models.ForeignKey(Player, on_delete=models.CASCADE, related_name="taggings")

    class Meta:
        verbose_name = _("player tag")
        verbose_name_plural = _("player tags")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "tag"],
                name="unique_player_per_item",
            )
        ]
        indexes = [models.Index(fields=["tag", "content_type", "object_id"])]


@reversion.register()
class TaggedTeam(GenericTaggedItemBase):
    """A team tagged on an article, gallery or photo."""

    tag = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="taggings")

    class Meta:
        verbose_name = _("team tag")
        verbose_name_plural = _("team tags")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "tag"],
                name="unique_team_per_item",
            )
        ]
        indexes = [models.Index(fields=["tag", "content_type", "object_id"])]


class StateChange(models.Model):
    """One workflow step of a story or gallery: who moved it, when, from what
    state to what state. Written only by `services.item_transition`."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    from_status = models.CharField(_("from"), max_length=20, choices=Status.choices)
    to_status = models.CharField(_("to"), max_length=20, choices=Status.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), default=timezone.now)
    publish_at = models.DateTimeField(
        _("publication time"),
        null=True,
        blank=True,
        help_text=_("For a publication: the time it was set to go live."),
    )

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("state change")
        verbose_name_plural = _("state changes")
        indexes = [models.Index(fields=["content_type", "object_id", "-at"])]

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"


class NoteKind(models.TextChoices):
    CORRECTION = "correction", _("Correction")
    UPDATE = "update", _("Update")


class Note(models.Model):
    """A dated correction or update at the end of a published story."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=NoteKind.choices,
        default=NoteKind.CORRECTION,
        help_text=_(
            "A correction fixes something the story got wrong; an update adds "
            "what happened since."
        ),
    )
    text = models.TextField(
        _("text"),
        help_text=_(
            "Plain text, shown at the end of the page after the date, e.g. "
            "“An earlier version of this story gave the wrong score.”"
        ),
    )
    created_at = models.DateTimeField(_("added"), default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("correction or update")
        verbose_name_plural = _("corrections and updates")
        indexes = [models.Index(fields=["content_type", "object_id", "created_at"])]

    def __str__(self):
        day = date_format(timezone.localtime(self.created_at), "j F Y")
        return f"{self.get_kind_display()}, {day}"


class EditPresence(models.Model):
    """Who last opened which item's change form, and when: the form warns
    the next person. Kept in the database, so every app server sees it."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("editor on a page")
        verbose_name_plural = _("editors on pages")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "user"],
                name="newsroom_presence_once_per_user",
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id", "-seen_at"])]

    def __str__(self):
        return f"{self.user} on {self.content_type} #{self.object_id}"


PREVIEW_SALT = "newsroom.preview-link"


class PreviewLink(models.Model):
    """A signed address that shows one unpublished item to someone without
    an account, until it expires or is revoked."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("shared by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("shared"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("preview link")
        verbose_name_plural = _("preview links")
        indexes = [models.Index(fields=["content_type", "object_id", "-created_at"])]

    def __str__(self):
        return f"Preview of {self.content_type} #{self.object_id}"

    def get_absolute_url(self):
        return reverse("preview", kwargs={"token": self.token})

    @property
    def token(self):
        return signing.dumps(self.pk, salt=PREVIEW_SALT)

    def is_active(self, now=None):
        now = now or timezone.now()
        return self.revoked_at is None and self.expires_at > now
