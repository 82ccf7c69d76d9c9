"""Players and teams: typed tags the desk picks, never types freely, on
articles, galleries and photos (taggit with our own tag and through models)."""

import reversion
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.models import CommonGenericTaggedItemBase, TagBase

from newsroom.aliases import Aliased
from newsroom.fields import StringListField


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
