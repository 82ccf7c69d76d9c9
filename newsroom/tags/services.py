"""Writes across players, teams and their taggings: merging, adding the
names a story named that the list lacked, the reporters' requests for them,
and whole squads at once."""

import re
from dataclasses import dataclass, field

import reversion
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _

from newsroom.redirects import forward
from newsroom.search import indexing_batch, reindex_later
from newsroom.text import normalize_key

from .models import DismissedName, Player, TagRequest, Team

#: What a name that matched nothing may become (`names_resolve`).
AS_TEAM, AS_PLAYER, DISMISS, ASK_PLAYER, ASK_TEAM = (
    "team",
    "player",
    "dismiss",
    "ask-player",
    "ask-team",
)


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


# Names the list lacked ------------------------------------------------------


@dataclass
class NameRow:
    """One name to act on: what it becomes, and for a player, the team and
    position."""

    name: str
    action: str
    team: Team = None
    position: str = ""


@dataclass
class NamesResult:
    created: list = field(default_factory=list)  # new Player and Team rows
    found: list = field(default_factory=list)  # already there under that name
    asked: list = field(default_factory=list)  # TagRequest rows
    dismissed: list = field(default_factory=list)  # names


def _clean_name(name, limit=100):
    return " ".join(str(name or "").split())[:limit]


def may_add_tags(user):
    return user.has_perm("tags.add_player") or user.has_perm("tags.add_team")


def names_resolve(*, rows, user, item=None):
    """Act on names a text contained that matched no player or team: add
    each as a team or a player (of a team, with a position), dismiss it for
    good, or ask the desk to add it. All or nothing; each row checks its own
    permission and raises PermissionDenied before anything is written.

    A name already in the list (a team of that name, a player of that name
    in that team) is not added twice: it is returned in `.found`, to be
    tagged like a new one.
    """
    needed = {
        AS_TEAM: "tags.add_team",
        AS_PLAYER: "tags.add_player",
        DISMISS: "tags.add_dismissedname",
        ASK_PLAYER: "tags.add_tagrequest",
        ASK_TEAM: "tags.add_tagrequest",
    }
    for row in rows:
        permission = needed.get(row.action)
        if permission is None:
            raise ValueError(f"Unknown action {row.action!r}.")
        if not user.has_perm(permission):
            raise PermissionDenied(permission)
    result = NamesResult()
    with transaction.atomic():
        for row in rows:
            name = _clean_name(row.name)
            if not name:
                continue
            if row.action == AS_TEAM:
                tag, created = team_add(name)
            elif row.action == AS_PLAYER:
                tag, created = player_add(name, team=row.team, position=row.position)
            elif row.action == DISMISS:
                name_dismiss(name, user=user)
                result.dismissed.append(name)
                continue
            else:
                kind = TagRequest.Kind.TEAM if row.action == ASK_TEAM else None
                result.asked.append(
                    tag_request_create(
                        name, kind=kind or TagRequest.Kind.PLAYER, user=user, item=item
                    )
                )
                continue
            (result.created if created else result.found).append(tag)
    return result


def team_add(name):
    """The team called `name`, added if the list has none: (team, created)."""
    existing = Team.objects.matching(name).order_by("pk").first()
    if existing is not None:
        return existing, False
    team = Team(name=name)
    team.save()
    return team, True


def player_add(name, *, team=None, position=""):
    """The player called `name` in `team`, added if there is none there:
    (player, created). A namesake at another club is another player."""
    existing = Player.objects.matching(name).filter(team=team).order_by("pk").first()
    if existing is not None:
        return existing, False
    player = Player(name=name, team=team, position=_clean_name(position, 60))
    player.save()
    return player, True


def name_dismiss(name, *, user):
    """Never list `name` as missing again."""
    key = normalize_key(name)[:200]
    if not key:
        return None
    dismissed, _created = DismissedName.objects.get_or_create(
        key=key, defaults={"name": name[:200], "dismissed_by": user}
    )
    return dismissed


def tag_request_create(name, *, kind, user, item=None):
    """Ask the desk to add a player or team; asking again for the same name
    on the same story returns the open request."""
    content_type = ContentType.objects.get_for_model(item) if item else None
    object_id = item.pk if item else None
    key = normalize_key(name)[:100]
    open_request = TagRequest.objects.filter(
        key=key,
        content_type=content_type,
        object_id=object_id,
        resolved_at__isnull=True,
    ).first()
    if open_request is not None:
        return open_request
    try:
        with transaction.atomic():
            return TagRequest.objects.create(
                name=name,
                kind=kind,
                content_type=content_type,
                object_id=object_id,
                requested_by=user,
            )
    except IntegrityError:  # asked at the same moment by someone else
        return TagRequest.objects.get(
            key=key,
            content_type=content_type,
            object_id=object_id,
            resolved_at__isnull=True,
        )


def tag_request_fulfil(request, *, user, name=None, team=None, position=""):
    """Add what a request asked for and tag the story it came from with it.

    The story's edit version moves on, so a form of it still open shows a
    conflict instead of saving without the new tag. Returns the tag.
    """
    for_team = request.kind == TagRequest.Kind.TEAM
    perm = "tags.add_team" if for_team else "tags.add_player"
    if not user.has_perm(perm):
        raise PermissionDenied(perm)
    name = _clean_name(name or request.name)
    with transaction.atomic(), reversion.create_revision():
        reversion.set_user(user)
        reversion.set_comment(_("Added at a reporter's request"))
        locked = TagRequest.objects.select_for_update().get(pk=request.pk)
        if not locked.is_open:
            raise ValueError(_("This request was already dealt with."))
        if locked.kind == TagRequest.Kind.TEAM:
            tag, _created = team_add(name)
            locked.team = tag
        else:
            tag, _created = player_add(name, team=team, position=position)
            locked.player = tag
        item = locked.item
        if item is not None:
            manager = item.teams if isinstance(tag, Team) else item.players
            manager.add(tag)
            type(item).objects.filter(pk=item.pk).update(
                edit_version=F("edit_version") + 1
            )
            if reversion.is_registered(type(item)):
                reversion.add_to_revision(item)  # a version that names the tag
        locked.outcome = TagRequest.Outcome.ADDED
        locked.resolved_by = user
        locked.resolved_at = timezone.now()
        locked.save()
    return tag


def tag_request_decline(request, *, user):
    """Close a request without adding anything (a typo, a namesake)."""
    if not (user.has_perm("tags.add_player") or user.has_perm("tags.add_team")):
        raise PermissionDenied("tags.add_player")
    still_open = TagRequest.objects.filter(pk=request.pk, resolved_at__isnull=True)
    updated = still_open.update(
        outcome=TagRequest.Outcome.DECLINED,
        resolved_by=user,
        resolved_at=timezone.now(),
    )
    return bool(updated)


# Whole squads ---------------------------------------------------------------

# "Name, Position", "Name - Position", "Name (Position)", "7 Name", "Name\tPos".
_SQUAD_LINE = re.compile(
    r"^\s*(?:\d{1,3}[.)]?\s+)?(?P<name>[^,\t()–—]+?)"
    r"(?:\s*(?:,|\t|\s[-–—]\s|\()\s*(?P<position>[^)]*?)\)?)?\s*$"
)


def squad_lines(text):
    """[(name, position)] of a pasted squad: one player a line, optionally
    with a shirt number in front and a position after a comma, a tab, a
    dash or in brackets. Blank lines are skipped."""
    found = []
    for line in str(text or "").splitlines():
        if not line.strip():
            continue
        match = _SQUAD_LINE.match(line)
        if match is None:
            found.append((_clean_name(line), ""))
            continue
        found.append(
            (_clean_name(match["name"]), _clean_name(match["position"] or "", 60))
        )
    return [(name, position) for name, position in found if name]


@dataclass
class SquadResult:
    created: list = field(default_factory=list)
    existing: list = field(default_factory=list)


def squad_add(*, team, text, user):
    """Add every player of a pasted squad to `team`; those already in the
    team (by name or other name, ignoring case and accents) are left as
    they are. All or nothing."""
    if not user.has_perm("tags.add_player"):
        raise PermissionDenied("tags.add_player")
    result = SquadResult()
    with transaction.atomic():
        for name, position in squad_lines(text):
            player, created = player_add(name, team=team, position=position)
            (result.created if created else result.existing).append(player)
    return result
