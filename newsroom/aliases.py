"""Names known in several spellings: teams and players, agencies and
photographers. Matched through stored keys, so case and accents never matter
and every database searches them the same way."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from .fields import StringListField
from .text import normalize_key


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
