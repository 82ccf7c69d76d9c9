"""Writes across players, teams and their taggings."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Exists, OuterRef

from newsroom.redirects import forward
from newsroom.search import indexing_batch, reindex_later

from .models import Player, Team


def tags_merge(*, survivor, others):
    """Merge players (or teams) into `survivor`, losing nothing.

    Every tagging of the others moves to the survivor (an item tagged with
    both keeps one tagging), their names and aliases become its aliases, a
    merged team's players move to the survivor, and the others' pages forward
    to the survivor's. Returns how many taggings moved.
    """
    others = [other for other in others if other.pk != survivor.pk]
    if any(type(other) is not type(survivor) for other in others):
        raise ValueError("Only players with players, or teams with teams.")
    through = survivor.taggings.model
    moved = 0
    # The queryset updates below send no signals: reindex the items by hand.
    retagged = list(
        through.objects.filter(tag__in=others).values_list(
            "content_type_id", "object_id"
        )
    )
    with transaction.atomic(), indexing_batch():
        tagged_with_survivor = through.objects.filter(
            tag=survivor,
            content_type=OuterRef("content_type"),
            object_id=OuterRef("object_id"),
        )
        for other in others:
            taggings = through.objects.filter(tag=other)
            taggings.filter(Exists(tagged_with_survivor)).delete()
            moved += taggings.update(tag=survivor)
            if isinstance(survivor, Team):
                Player.objects.filter(team=other).update(team=survivor)
            names = [other.name, *other.aliases]
            survivor.aliases = list(
                dict.fromkeys(
                    [*survivor.aliases, *(n for n in names if n != survivor.name)]
                )
            )
            forward(other.get_absolute_url(), survivor.get_absolute_url())
            other.delete()
        survivor.save()
        _reindex(retagged)
    return moved


def _reindex(rows):
    """Search text follows tag names: the queryset updates above send no
    signals, so mark the retagged items by hand."""
    for content_type_id, object_id in rows:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:
            reindex_later(model, object_id)
