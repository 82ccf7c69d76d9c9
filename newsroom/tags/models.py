"""Players and teams: typed tags the desk picks, never types freely, on
articles, galleries and photos (taggit with our own tag and through models)."""

import reversion
from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.models import CommonGenericTaggedItemBase, TagBase

from newsroom.aliases import Aliased
from newsroom.fields import StringListField
from newsroom.text import normalize_key


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
        help_text=_("Used in the team's address, as in /teams/harbourside-athletic/."),
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
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

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
            "Used in the player's address, as in /players/emeka-duru/. For a second "
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

    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta(Aliased.Meta):
        verbose_name = _("player")
        verbose_name_plural = _("players")
        indexes = [
            models.Index(fields=["team", "name"], name="tags_player_team_name_idx")
        ]

    def get_absolute_url(self):
        return reverse("player", kwargs={"slug": self.slug})


class TaggedItemBase(CommonGenericTaggedItemBase):
    """taggit's generic tagging, with an id as wide as the items' own
    (BigAutoField): joins from a tagging to its article or gallery then use
    the indexes on both sides instead of casting every id."""

    object_id = models.BigIntegerField(_("object ID"), db_index=True)
    natural_key_fields = ["object_id"]

    class Meta:
        abstract = True


@reversion.register()
class TaggedPlayer(TaggedItemBase):
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
        indexes = [
            models.Index(
                fields=["tag", "content_type", "object_id"],
                name="tags_player_tagging_idx",
            )
        ]


@reversion.register()
class TaggedTeam(TaggedItemBase):
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
        indexes = [
            models.Index(
                fields=["tag", "content_type", "object_id"],
                name="tags_team_tagging_idx",
            )
        ]


class DismissedName(models.Model):
    """A capitalised name the desk said is no player or team ("Kop End",
    "Golden Boot"): never listed as missing again, on any story."""

    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("As the text wrote it, e.g. “Golden Boot”."),
    )
    key = models.CharField(
        _("match key"),
        max_length=200,
        unique=True,
        editable=False,
        help_text=_("The name without case or accents: how it is matched."),
    )
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dismissed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    dismissed_at = models.DateTimeField(
        _("dismissed"), default=timezone.now, editable=False
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("name that is not a player or team")
        verbose_name_plural = _("names that are not players or teams")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.key = normalize_key(self.name)[:200]
        super().save(*args, **kwargs)


class TagRequest(models.Model):
    """A reporter's request that the desk add a player or team the text
    names and the list lacks. Listed on the desk's dashboard until an
    editor adds it (which tags the story it came from) or declines it."""

    class Kind(models.TextChoices):
        PLAYER = "player", _("Player")
        TEAM = "team", _("Team")

    class Outcome(models.TextChoices):
        ADDED = "added", _("Added")
        DECLINED = "declined", _("Declined")

    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_("As the story writes it, e.g. “Mohamed Salah”."),
    )
    key = models.CharField(_("match key"), max_length=100, editable=False)
    kind = models.CharField(
        _("kind"), max_length=10, choices=Kind.choices, default=Kind.PLAYER
    )
    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, null=True, blank=True
    )
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    item = GenericForeignKey("content_type", "object_id")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("asked by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    requested_at = models.DateTimeField(_("asked"), default=timezone.now)
    outcome = models.CharField(
        _("outcome"), max_length=10, choices=Outcome.choices, blank=True
    )
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("resolved by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    player = models.ForeignKey(
        Player, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    team = models.ForeignKey(
        Team, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-requested_at", "-pk"]
        verbose_name = _("request for a player or team")
        verbose_name_plural = _("requests for players and teams")
        constraints = [
            # Asking twice for one name on one story is one request.
            models.UniqueConstraint(
                fields=["key", "content_type", "object_id"],
                condition=models.Q(resolved_at__isnull=True),
                name="tags_request_open_once",
            ),
        ]
        indexes = [
            models.Index(
                fields=["-requested_at"],
                condition=models.Q(resolved_at__isnull=True),
                name="tags_request_open_idx",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.name}"

    def save(self, *args, **kwargs):
        self.key = normalize_key(self.name)[:100]
        super().save(*args, **kwargs)

    @property
    def is_open(self):
        return self.resolved_at is None
