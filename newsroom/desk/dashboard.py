"""The desk's dashboard: the admin's index page, made of short lists.

Each block is registered once by the code that owns what it lists
(`register()`): the workflow's queues here (my drafts, awaiting review,
scheduled, published today, corrections), the requests for missing players
and teams by `newsroom.tags`, and next the matches and photo rights apps
theirs. A block answers None for an account it is not for, so an editor
sees "Awaiting review" and a reporter does not.

Every block costs a fixed number of queries (one per content type, or one),
however many items the desk holds: each reads an indexed slice.
"""

from dataclasses import dataclass, field
from datetime import datetime, time

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newsroom.content import kinds
from newsroom.status import Status

from .models import Note, NoteKind
from .workflow import can_publish

#: Rows a block shows; its "All …" links lead to the full, filtered list.
ROWS = 8


@dataclass(frozen=True)
class Block:
    """One list on the dashboard. `context(request)` returns what its
    template shows (`rows`, `links`, anything else it needs), or None when
    the block is not for this account."""

    name: str
    title: str
    context: callable
    template: str = "admin/newsroom/dashboard/block.html"
    empty: str = ""
    order: int = 100


@dataclass
class Row:
    label: str
    url: str
    kicker: str = ""
    when: datetime = None
    note: str = ""
    extra: dict = field(default_factory=dict)


_BLOCKS = {}


def register(block):
    """Add a block (registering one of the same name again replaces it)."""
    _BLOCKS[block.name] = block
    return block


def blocks_for(request):
    """[(block, context)] of the blocks this account sees, in order."""
    shown = []
    for block in sorted(_BLOCKS.values(), key=lambda b: (b.order, b.name)):
        context = block.context(request)
        if context is not None:
            shown.append((block, context))
    return shown


# The workflow's queues --------------------------------------------------------


def _admin_url(model, view, *args):
    opts = model._meta
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)
    except NoReverseMatch:
        return ""


def _may_view(user, model):
    opts = model._meta
    return user.has_perm(f"{opts.app_label}.view_{opts.model_name}") or user.has_perm(
        f"{opts.app_label}.change_{opts.model_name}"
    )


def start_of_today():
    """Local midnight, as an aware time: where "published today" starts."""
    today = timezone.localdate()
    return timezone.make_aware(datetime.combine(today, time.min))


def own_items(queryset, user):
    """Items the account created or writes under (its byline)."""
    bylines = queryset.model.bylines.rel.related_model
    field = bylines.item_field().name
    in_byline = bylines.objects.filter(**{field: OuterRef("pk")}, author__user=user)
    return queryset.filter(Q(created_by=user) | Exists(in_byline))


#: queue name -> (title, queryset(queryset, user, now) -> filtered and ordered,
#: the time a row shows, who sees it: "all" or "publishers").
QUEUES = {
    "mine": (
        _("My drafts"),
        lambda qs, user, now: own_items(qs.filter(status=Status.DRAFT), user).order_by(
            "-updated_at", "-pk"
        ),
        "updated_at",
        "all",
    ),
    "review": (
        _("Awaiting review"),
        lambda qs, user, now: qs.filter(status=Status.IN_REVIEW).order_by(
            "updated_at", "pk"
        ),
        "updated_at",
        "publishers",
    ),
    "scheduled": (
        _("Scheduled"),
        lambda qs, user, now: qs.filter(
            status=Status.PUBLISHED, published_at__gt=now
        ).order_by("published_at", "pk"),
        "published_at",
        "all",
    ),
    "today": (
        _("Published today"),
        lambda qs, user, now: qs.filter(
            status=Status.PUBLISHED,
            published_at__lte=now,
            published_at__gte=start_of_today(),
        ).order_by("-published_at", "-pk"),
        "published_at",
        "all",
    ),
}


def queue(name, queryset, user, now=None):
    """The items of one queue, filtered and ordered (the list filter and
    the dashboard share it)."""
    _title, select, _when, _who = QUEUES[name]
    return select(queryset, user, now or timezone.now())


def _queue_context(name):
    title, _select, when_field, who = QUEUES[name]

    def context(request):
        user = request.user
        now = timezone.now()
        rows, links = [], []
        for kind in kinds():
            model = kind.model
            if not _may_view(user, model):
                continue
            if who == "publishers" and not can_publish(user, model):
                continue
            items = queue(name, model._default_manager.all(), user, now)
            for item in items.only("pk", "headline", when_field, "status")[:ROWS]:
                rows.append(
                    Row(
                        label=item.headline,
                        url=_admin_url(model, "change", item.pk),
                        kicker=kind.kicker or model._meta.verbose_name.capitalize(),
                        when=getattr(item, when_field),
                        extra={"sort": getattr(item, when_field)},
                    )
                )
            changelist = _admin_url(model, "changelist")
            if changelist:
                links.append(
                    {
                        "url": f"{changelist}?queue={name}",
                        "label": _("All in %(list)s")
                        % {"list": model._meta.verbose_name_plural},
                    }
                )
        if not links:
            return None
        # Mixed kinds, in the queue's own order: newest first for one's
        # drafts and today's, soonest (or longest waiting) first otherwise.
        rows.sort(
            key=lambda row: row.extra["sort"] or now,
            reverse=name in ("mine", "today"),
        )
        return {"rows": rows[:ROWS], "links": links, "queue": name}

    return context


EMPTY = {
    "mine": _("No drafts of yours. A new story starts from “Add” in the lists."),
    "review": _("Nothing is waiting for review."),
    "scheduled": _("Nothing is scheduled."),
    "today": _("Nothing published yet today."),
}

for _order, _name in enumerate(QUEUES):
    register(
        Block(
            name=_name,
            title=QUEUES[_name][0],
            context=_queue_context(_name),
            empty=EMPTY[_name],
            order=10 + _order,
        )
    )


def _corrections(request):
    """The latest corrections, newest first, with the item each is on."""
    user = request.user
    models = [k.model for k in kinds() if _may_view(user, k.model)]
    if not models:
        return None
    types = ContentType.objects.get_for_models(*models)
    notes = (
        Note.objects.filter(
            kind=NoteKind.CORRECTION, content_type__in=list(types.values())
        )
        .order_by("-created_at", "-pk")
        .prefetch_related("item")[:ROWS]
    )
    rows = []
    for note in notes:
        item = note.item
        if item is None:
            continue
        rows.append(
            Row(
                label=item.headline,
                url=_admin_url(type(item), "change", item.pk),
                kicker=type(item)._meta.verbose_name.capitalize(),
                when=note.created_at,
                note=note.text,
            )
        )
    links = [
        {
            "url": f"{_admin_url(model, 'changelist')}?queue=corrected",
            "label": _("All in %(list)s") % {"list": model._meta.verbose_name_plural},
        }
        for model in models
    ]
    return {"rows": rows, "links": links, "queue": "corrected"}


register(
    Block(
        name="corrected",
        title=_("Stories with corrections"),
        context=_corrections,
        empty=_("No corrections yet."),
        order=40,
    )
)
