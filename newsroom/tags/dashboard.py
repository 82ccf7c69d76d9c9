"""The dashboard's block of open requests for missing players and teams:
an editor adds one in place (it is tagged on the story it came from) or
declines it; a reporter sees the requests they made."""

from django.db.models import prefetch_related_objects
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from newsroom.desk.dashboard import ROWS, Block, register

from .models import TagRequest
from .services import may_add_tags


def requests_context(request):
    user = request.user
    editor = may_add_tags(user)
    if not (editor or user.has_perm("tags.add_tagrequest")):
        return None
    open_requests = TagRequest.objects.filter(resolved_at__isnull=True)
    if not editor:
        open_requests = open_requests.filter(requested_by=user)
    rows = list(
        open_requests.select_related("requested_by", "content_type")
        .prefetch_related("item")
        .order_by("-requested_at", "-pk")[:ROWS]
    )
    # The teams of the stories they came from: the choices for a player.
    by_model = {}
    for row in rows:
        if row.item is not None and hasattr(row.item, "teams"):
            by_model.setdefault(type(row.item), []).append(row.item)
    for items in by_model.values():
        prefetch_related_objects(items, "teams")
    for row in rows:
        item = row.item
        row.story_url = (
            reverse(
                f"admin:{item._meta.app_label}_{item._meta.model_name}_change",
                args=[item.pk],
            )
            if item is not None
            else ""
        )
        row.team_choices = list(item.teams.all()) if item is not None else []
        row.fulfil_url = reverse("admin:tags_tagrequest_fulfil", args=[row.pk])
    return {
        "requests": rows,
        "editor": editor,
        "next": request.get_full_path(),
        "rows": rows,
        "links": [
            {
                "url": reverse("admin:tags_tagrequest_changelist")
                + "?resolved_at__isnull=True",
                "label": _("All open requests"),
            }
        ],
    }


def register_blocks():
    register(
        Block(
            name="tag-requests",
            title=_("Requests for missing players and teams"),
            context=requests_context,
            template="admin/tags/dashboard_requests.html",
            empty=_("No requests waiting."),
            order=30,
        )
    )
