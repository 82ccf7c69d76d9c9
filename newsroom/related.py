"""“More on this”: published stories and galleries related to an item.

Every registered content type (`newsroom.content`) takes part; an item's
related list is, newest first, those sharing one of its players or teams,
then those in its section: one query to rank, one per content type to
load, one for the pictures' renditions, however many candidates there are.
The taggings are reached through the base's generic relations, so this
module needs no import of the `tags` app.

A page keeps its list (`newsroom.fragments`) under the keys of the items
shown (recorded as they are loaded) and of `depends_on(item)`: the item,
its section, its players and teams, never the lists' keys, which every
publish changes. That is enough, because every change that can alter the
list bumps one of them (`pagecache.keys_changed_by`):
- an item of any type published, unpublished, withdrawn, rescheduled or
  moved into the section bumps, by its save, the keys of its section and of
  its players and teams as they are then: one it now shares with the item;
- tagging an item with a player or team, or taking the tag off (the
  tagging row's save or delete), bumps that player's or team's key;
- a shown item's edit, withdrawal, move or untagging bumps its own key,
  and its picture's and section's edits theirs (loaded, so recorded);
- the item's own retagging or move bumps the item's key;
- a scheduled item going live is no write: no kept list outlives the next
  scheduled publication.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
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

from . import content, pagecache

# On PostgreSQL, "sharing a tag" looks at each of the item's players' and
# teams' latest this many items of each type (a star is tagged in
# thousands; the newest of a tag's latest items are its newest items unless
# dozens were back-dated).
TAG_WINDOW = 40


def _through(model, relation):
    return model._meta.get_field(relation).related_model


def depends_on(item):
    """The keys that decide `item`'s list besides the items it shows (see
    the module's text); reads its players and teams (prefetch them)."""
    keys = {pagecache.key_of_row(type(item), item.pk)}
    if item.section_id:
        section = type(item)._meta.get_field("section").related_model
        keys.add(pagecache.key_of_row(section, item.section_id))
    for tag in (*item.players.all(), *item.teams.all()):
        keys.add(pagecache.key_of_row(type(tag), tag.pk))
    return keys


def related_items(item, limit=4, *, exclude=()):
    """Up to `limit` published items related to `item`, leaving out `item`
    and the items in `exclude` (what its page already shows, such as a
    story's own gallery)."""
    players = [player.pk for player in item.players.all()]
    teams = [team.pk for team in item.teams.all()]
    tagged_player = _through(type(item), "player_taggings")
    tagged_team = _through(type(item), "team_taggings")
    # PostgreSQL ranks bounded parts: the newest few sharing a tag and the
    # newest few in the section, of each content type, each read down an
    # index; SQLite (small desks) ranks every candidate in one query.
    bounded = connection.features.supports_slicing_ordering_in_compound
    parts = []
    sources = content.kinds()
    for source in sources:
        content_type = ContentType.objects.get_for_model(source.model)
        candidates = source.published()
        left_out = [o.pk for o in (item, *exclude) if type(o) is source.model]
        if left_out:
            candidates = candidates.exclude(pk__in=left_out)
        in_section = Q(section_id=item.section_id) if item.section_id else Q(pk__in=[])
        label = Value(source.model._meta.label_lower, output_field=CharField())
        if bounded:
            # Each tag's latest-filed few items of this type (a backward
            # read of the taggings' (tag, type, item) index), not every
            # item a star was ever tagged in.
            windows = [
                through.objects.filter(content_type=content_type, tag_id=tag_id)
                .order_by("-object_id")
                .values_list("object_id", flat=True)[:TAG_WINDOW]
                for through, tag_ids in ((tagged_player, players), (tagged_team, teams))
                for tag_id in tag_ids
            ]
            conditions = [(in_section, 0)]
            if windows:
                latest = Q(pk__in=windows[0].union(*windows[1:], all=True))
                conditions.insert(0, (latest, 1))
            for condition, rank in conditions:
                parts.append(
                    candidates.filter(condition)
                    .annotate(shares=Value(rank, IntegerField()), kind=label)
                    .values_list("pk", "kind", "shares", "published_at")
                    .order_by("-published_at", "-pk")[:limit]
                )
            continue
        shares = Q(
            Exists(
                tagged_player.objects.filter(
                    content_type=content_type,
                    object_id=OuterRef("pk"),
                    tag_id__in=players,
                )
            )
        ) | Q(
            Exists(
                tagged_team.objects.filter(
                    content_type=content_type,
                    object_id=OuterRef("pk"),
                    tag_id__in=teams,
                )
            )
        )
        parts.append(
            candidates.annotate(
                shares=Case(
                    When(shares, then=Value(1)),
                    default=Value(0),
                    output_field=IntegerField(),
                ),
                kind=label,
            )
            .filter(Q(shares=1) | in_section)
            .values_list("pk", "kind", "shares", "published_at")
            .order_by()
        )
    if not parts:
        return []
    combined = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    if bounded:
        best = {}
        for pk, kind, rank, published_at in combined:
            if best.get((kind, pk), (-1,))[0] < rank:
                best[kind, pk] = (rank, published_at)
        rows = sorted(
            ((pk, kind, rank, when) for (kind, pk), (rank, when) in best.items()),
            key=lambda row: (row[2], row[3], row[0]),
            reverse=True,
        )[:limit]
    else:
        rows = list(combined.order_by("-shares", "-published_at", "-pk")[:limit])
    loaded = {}
    for source in sources:
        label = source.model._meta.label_lower
        pks = [pk for pk, kind, *_ in rows if kind == label]
        if pks:
            found = source.for_lists(source.model._default_manager.all())
            loaded[label] = found.in_bulk(pks)
    items = [loaded[kind][pk] for pk, kind, *_ in rows if pk in loaded.get(kind, {})]
    pictures = [i.picture for i in items if i.picture is not None]
    prefetch_related_objects(pictures, "renditions")
    return items
