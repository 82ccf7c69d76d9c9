"""“More on this”: published stories and galleries related to an item.

Content types register where their published items come from; an item's
related list is, newest first, those sharing one of its players or teams,
then those in its section: one query to rank, one per content type to
load, one for the pictures' renditions, however many candidates there are.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    Case,
    CharField,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    Value,
    When,
    prefetch_related_objects,
)

from .models import TaggedPlayer, TaggedTeam


@dataclass(frozen=True)
class Source:
    model: type
    published: callable  # () -> the published queryset
    for_display: callable  # queryset -> queryset with what a card shows


_SOURCES = []


def register_related(model, *, published, for_display):
    _SOURCES.append(Source(model, published, for_display))


def related_items(item, limit=4):
    players = [player.pk for player in item.players.all()]
    teams = [team.pk for team in item.teams.all()]
    parts = []
    for source in _SOURCES:
        content_type = ContentType.objects.get_for_model(source.model)
        shares = Q(
            Exists(
                TaggedPlayer.objects.filter(
                    content_type=content_type,
                    object_id=OuterRef("pk"),
                    tag_id__in=players,
                )
            )
        ) | Q(
            Exists(
                TaggedTeam.objects.filter(
                    content_type=content_type,
                    object_id=OuterRef("pk"),
                    tag_id__in=teams,
                )
            )
        )
        candidates = source.published()
        if source.model is type(item):
            candidates = candidates.exclude(pk=item.pk)
        in_section = Q(section_id=item.section_id) if item.section_id else Q(pk__in=[])
        parts.append(
            candidates.annotate(
                shares=Case(
                    When(shares, then=Value(1)),
                    default=Value(0),
                    output_field=IntegerField(),
                ),
                kind=Value(source.model._meta.label_lower, output_field=CharField()),
            )
            .filter(Q(shares=1) | in_section)
            .values_list("pk", "kind", "shares", "published_at")
            .order_by()
        )
    if not parts:
        return []
    combined = parts[0].union(*parts[1:]) if len(parts) > 1 else parts[0]
    rows = list(combined.order_by("-shares", "-published_at", "-pk")[:limit])
    loaded = {}
    for source in _SOURCES:
        label = source.model._meta.label_lower
        pks = [pk for pk, kind, *_ in rows if kind == label]
        if pks:
            found = source.for_display(source.model._default_manager.all())
            loaded[label] = found.in_bulk(pks)
    items = [loaded[kind][pk] for pk, kind, *_ in rows if pk in loaded.get(kind, {})]
    pictures = [i.picture for i in items if i.picture is not None]
    prefetch_related_objects(pictures, "renditions")
    return items
