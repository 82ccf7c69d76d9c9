"""Players and teams in the admin: their lists with accent-blind search and
merge, the suggestion endpoint, and the mixin that puts autocompleted
players, teams and suggestions on every content type's form."""

from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.html import format_html, strip_tags
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from taggit.managers import TaggableManager

from newsroom.desk.admin import AtScaleAdminMixin
from newsroom.text import is_number

from .forms import TagChoiceField, TaggedAdminForm, tag_label, tag_value
from .models import DismissedName, Player, TagRequest, Team
from .services import (
    AS_PLAYER,
    NameRow,
    may_add_tags,
    names_resolve,
    tag_request_decline,
    tag_request_fulfil,
    tags_merge,
)
from .suggestions import suggest_tags


class TagAutocomplete(AutocompleteSelectMultiple):
    """The admin's autocomplete, calm about values that are not ids: a form
    sent back with a typed name shows the error instead of failing."""

    def format_value(self, value):
        return [v for v in super().format_value(value) if is_number(str(v))]


class TaggedAdminMixin:
    """Players and teams on a content form: picked with autocomplete among
    existing rows (taggit's free-text box is never shown), with suggestions
    from the item's own text."""

    form = TaggedAdminForm
    tag_fieldset = (
        _("Players and teams"),
        {
            "fields": ["players", "teams", "suggested_tags"],
            "description": _(
                "Tag the players and teams it is about: their pages list it. "
                "Only existing players and teams can be chosen; ask an editor "
                "to add a missing one."
            ),
        },
    )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, TaggableManager):
            tags = db_field.remote_field.model.objects.all()
            if tags.model is Player:
                tags = tags.select_related("team")
            return TagChoiceField(
                queryset=tags,
                required=False,
                label=db_field.verbose_name.capitalize(),
                help_text=db_field.help_text,
                widget=TagAutocomplete(db_field, self.admin_site),
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if "suggested_tags" not in form.base_fields:
            return form
        # Per request, on a subclass: the field itself is shared by every
        # form of the class.
        return type(
            form.__name__,
            (form,),
            {"tag_desk": tag_desk_abilities(request.user)},
        )


def tag_desk_abilities(user):
    """What the suggestions box offers this account for a name that is not
    in the list: add it (editors), ask for it (reporters), dismiss it."""
    return {
        "suggest_url": reverse("admin:tags_player_suggest"),
        "names_url": reverse("admin:tags_player_names"),
        "add_player": user.has_perm("tags.add_player"),
        "add_team": user.has_perm("tags.add_team"),
        "ask": user.has_perm("tags.add_tagrequest"),
        "dismiss": user.has_perm("tags.add_dismissedname"),
        "squad_url": reverse("admin:tags_player_squad")
        if user.has_perm("tags.add_player")
        else "",
    }


class TagAdmin(AtScaleAdminMixin, admin.ModelAdmin):
    """What players and teams share in the admin: accent-blind search and merge."""

    prepopulated_fields = {"slug": ["name"]}
    actions = ["merge_selected"]
    merge_template = "admin/tags/merge.html"
    ordering = ["name", "pk"]

    def changelist_view(self, request, extra_context=None):
        request.tag_counts = True  # the list shows them; autocompletes don't
        return super().changelist_view(request, extra_context)

    def get_queryset(self, request):
        if not getattr(request, "tag_counts", False):
            return super().get_queryset(request)
        # Counted per row shown (a subquery), not by joining every tagging.
        through = self.model._meta.get_field("taggings").related_model
        total = (
            through.objects.filter(tag=OuterRef("pk"))
            .order_by()
            .values("tag")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return (
            super()
            .get_queryset(request)
            .annotate(tagging_total=Coalesce(Subquery(total), 0))
        )

    def get_search_results(self, request, queryset, search_term):
        """Names and aliases match ignoring case and accents ("Konate" finds
        "Konaté"), through the stored keys, on every database."""
        if not search_term.strip():
            return queryset, False
        return queryset.search(search_term), False

    def has_merge_permission(self, request):
        """Merging deletes the others, so it takes both permissions."""
        return self.has_change_permission(request) and self.has_delete_permission(
            request
        )

    @admin.display(description=_("tagged items"), ordering="tagging_total")
    def tagged(self, obj):
        return obj.tagging_total

    @admin.display(description=_("other names"))
    def other_names(self, obj):
        return ", ".join(obj.aliases)

    @admin.action(
        description=_("Merge the selected %(verbose_name_plural)s into one"),
        permissions=["merge"],
    )
    def merge_selected(self, request, queryset):
        tags = list(queryset.order_by("name", "pk"))
        opts = self.model._meta
        if len(tags) < 2:
            self.message_user(
                request,
                _("Choose at least two %(name)s to merge.")
                % {"name": opts.verbose_name_plural},
                messages.WARNING,
            )
            return None
        survivor_id = request.POST.get("survivor", "")
        if "apply" in request.POST:
            survivor = next((t for t in tags if str(t.pk) == survivor_id), None)
            if survivor is None:
                self.message_user(
                    request, _("Choose which one to keep."), messages.ERROR
                )
            else:
                others = [t for t in tags if t.pk != survivor.pk]
                moved = tags_merge(survivor=survivor, others=others)
                self.message_user(
                    request,
                    ngettext(
                        "Merged %(count)d into “%(name)s”: %(moved)d tagging moved; "
                        "the other names are kept as its aliases.",
                        "Merged %(count)d into “%(name)s”: %(moved)d taggings moved; "
                        "the other names are kept as its aliases.",
                        moved,
                    )
                    % {"count": len(others), "name": survivor.name, "moved": moved},
                    messages.SUCCESS,
                )
                return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Merge %(name)s") % {"name": opts.verbose_name_plural},
            "opts": opts,
            "tags": [(tag, tag_label(tag)) for tag in tags],
            "survivor_id": survivor_id,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(request, self.merge_template, context)


@admin.register(Team)
class TeamAdmin(TagAdmin):
    list_display = ["name", "short_name", "country", "other_names", "tagged"]
    list_filter = ["country"]
    search_fields = ["name"]
    fields = ["name", "slug", "short_name", "aliases", "country"]


@admin.register(Player)
class PlayerAdmin(TagAdmin):
    list_display = ["name", "team", "position", "other_names", "tagged"]
    list_select_related = ["team"]
    list_filter = ["position"]
    search_fields = ["name"]
    autocomplete_fields = ["team"]
    fields = ["name", "slug", "team", "position", "aliases"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("team")

    def get_urls(self):
        return [
            path(
                "suggest/",
                self.admin_site.admin_view(self.suggest_view),
                name="tags_player_suggest",
            ),
            path(
                "names/",
                self.admin_site.admin_view(self.names_view),
                name="tags_player_names",
            ),
            path(
                "squad/",
                self.admin_site.admin_view(self.squad_view),
                name="tags_player_squad",
            ),
            *super().get_urls(),
        ]

    @method_decorator(require_POST)
    def suggest_view(self, request):
        """The players and teams a text names, for the change forms' script."""
        if not (
            self.has_view_permission(request)
            and request.user.has_perm("tags.view_team")
        ):
            raise PermissionDenied
        text = strip_tags(request.POST.get("text", ""))[:200_000]
        keywords = request.POST.get("keywords", "").splitlines()[:200]
        found = suggest_tags(text, keywords=keywords, unknown=True)
        suggestions = [tag_json(tag) for tag in [*found.players, *found.teams]]
        return JsonResponse({"suggestions": suggestions, "unknown": found.unknown})

    @method_decorator(require_POST)
    def names_view(self, request):
        """Add, ask for or dismiss names the text contained that matched no
        player or team: the suggestions box's "Not in the list" rows.
        Answers the players and teams to tag (new or found under that name)."""
        rows = names_rows(request.POST)
        if rows is None:
            return JsonResponse(
                {"error": _("Choose what each name is, then try again.")}, status=400
            )
        item = posted_item(request)
        try:
            result = names_resolve(rows=rows, user=request.user, item=item)
        except PermissionDenied:
            return JsonResponse(
                {"error": _("You may not do that with these names.")}, status=403
            )
        return JsonResponse(
            {
                "tags": [
                    {**tag_json(tag), "created": tag in result.created}
                    for tag in [*result.created, *result.found]
                ],
                "asked": [r.name for r in result.asked],
                "dismissed": result.dismissed,
                "message": names_message(result),
            }
        )

    def squad_view(self, request):
        """Add a whole squad: one name a line, a team picked once."""
        from .forms import SquadForm
        from .services import squad_add

        if not self.has_add_permission(request):
            raise PermissionDenied
        form = SquadForm(request.POST or None, admin_site=self.admin_site)
        if request.method == "POST" and form.is_valid():
            result = squad_add(
                team=form.cleaned_data["team"],
                text=form.cleaned_data["names"],
                user=request.user,
            )
            self.message_user(request, squad_message(result), messages.SUCCESS)
            url = reverse("admin:tags_player_changelist")
            return HttpResponseRedirect(
                f"{url}?team__id__exact={form.cleaned_data['team'].pk}"
            )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Add a squad"),
            "form": form,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/tags/squad.html", context)


def tag_json(tag):
    value = tag_value(tag)
    return {
        "value": value,
        "kind": value.split(":")[0],
        "id": tag.pk,
        "label": tag_label(tag),
    }


def names_rows(data):
    """The posted rows (name, action, team, position), or None when one is
    unreadable. Rows left at "—" (no action) are skipped."""
    names = data.getlist("name")[:100]
    actions = data.getlist("action")[:100]
    teams = data.getlist("team")[:100]
    positions = data.getlist("position")[:100]
    if len(actions) != len(names):
        return None
    team_ids = {t for t in teams if is_number(t) and len(t) <= 18}
    known = Team.objects.in_bulk([int(t) for t in team_ids]) if team_ids else {}
    rows = []
    for i, (name, action) in enumerate(zip(names, actions, strict=True)):
        if not action:
            continue
        team_id = teams[i] if i < len(teams) else ""
        team = None
        if action == AS_PLAYER and team_id:
            team = known.get(int(team_id)) if team_id in team_ids else None
            if team is None:
                return None
        rows.append(
            NameRow(
                name=name,
                action=action,
                team=team,
                position=positions[i] if i < len(positions) else "",
            )
        )
    if not all(row.action in ACTIONS for row in rows):
        return None
    return rows


ACTIONS = {"team", "player", "dismiss", "ask-player", "ask-team"}


def posted_item(request):
    """The story, gallery or photo the names came from ("articles.article:12"),
    when the account may see it; None otherwise (a new, unsaved one)."""
    from django.contrib.contenttypes.models import ContentType

    label, _sep, pk = request.POST.get("item", "").partition(":")
    app_label, _dot, model_name = label.partition(".")
    if not (app_label and model_name and is_number(pk) and len(pk) <= 18):
        return None
    try:
        model = ContentType.objects.get_by_natural_key(
            app_label, model_name
        ).model_class()
    except ContentType.DoesNotExist:
        return None
    if model is None or not request.user.has_perm(f"{app_label}.view_{model_name}"):
        return None
    if not hasattr(model, "players"):
        return None
    return model._default_manager.filter(pk=int(pk)).first()


def names_message(result):
    parts = []
    if n := len(result.created):
        parts.append(
            ngettext("added %(n)d to the list", "added %(n)d to the list", n) % {"n": n}
        )
    if asked := len(result.asked):
        parts.append(
            ngettext("asked the desk for %(n)d", "asked the desk for %(n)d", asked)
            % {"n": asked}
        )
    if result.dismissed:
        parts.append(
            ngettext(
                "%(n)d will not be suggested again",
                "%(n)d will not be suggested again",
                len(result.dismissed),
            )
            % {"n": len(result.dismissed)}
        )
    return "; ".join(parts).capitalize() + "." if parts else ""


def squad_message(result):
    text = ngettext(
        "%(n)d player added.", "%(n)d players added.", len(result.created)
    ) % {"n": len(result.created)}
    if result.existing:
        text += " " + ngettext(
            "%(n)d was already in the squad: %(names)s.",
            "%(n)d were already in the squad: %(names)s.",
            len(result.existing),
        ) % {
            "n": len(result.existing),
            "names": ", ".join(p.name for p in result.existing),
        }
    return text


@admin.register(TagRequest)
class TagRequestAdmin(AtScaleAdminMixin, admin.ModelAdmin):
    """Names reporters asked the desk to add. An editor adds one (it is
    tagged on the story it came from) or declines it; the dashboard lists
    the open ones."""

    list_display = ["name", "kind", "story", "requested_by", "requested_at", "state"]
    list_filter = [("resolved_at", admin.EmptyFieldListFilter), "kind", "outcome"]
    list_select_related = ["requested_by", "content_type"]
    search_fields = ["name"]
    actions = ["decline_selected"]
    fields = ["name", "kind", "story", "requested_by", "requested_at", "state"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False  # asked from a story's form, never typed here

    def has_change_permission(self, request, obj=None):
        return False  # fulfilled or declined, never edited

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if may_add_tags(request.user):
            return queryset
        return queryset.filter(requested_by=request.user)  # one's own

    def get_urls(self):
        return [
            path(
                "<int:pk>/fulfil/",
                self.admin_site.admin_view(self.fulfil_view),
                name="tags_tagrequest_fulfil",
            ),
            *super().get_urls(),
        ]

    @admin.display(description=_("story"))
    def story(self, obj):
        item = obj.item
        if item is None:
            return "—"
        opts = item._meta
        return format_html(
            '<a href="{}">{}</a>',
            reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk]),
            item,
        )

    @admin.display(description=_("state"))
    def state(self, obj):
        if obj.is_open:
            return _("Waiting for the desk")
        return f"{obj.get_outcome_display()} ({obj.resolved_by or '—'})"

    def has_decline_permission(self, request):
        return may_add_tags(request.user)

    @admin.action(
        description=_("Decline the selected requests"), permissions=["decline"]
    )
    def decline_selected(self, request, queryset):
        declined = sum(
            tag_request_decline(tag_request, user=request.user)
            for tag_request in queryset.filter(resolved_at__isnull=True)
        )
        self.message_user(
            request,
            ngettext("%(n)d request declined.", "%(n)d requests declined.", declined)
            % {"n": declined},
            messages.SUCCESS,
        )

    @method_decorator(require_POST)
    def fulfil_view(self, request, pk):
        """Add what was asked for, from the dashboard's row: a team, or a
        player with the team and position the editor picked."""
        tag_request = TagRequest.objects.filter(pk=pk).first()
        if tag_request is None:
            raise Http404
        if not may_add_tags(request.user):
            raise PermissionDenied
        back = url_has_allowed_host_and_scheme(
            request.POST.get("next", ""),
            allowed_hosts={request.get_host()},
            require_https=request.is_secure(),
        )
        next_url = request.POST["next"] if back else reverse("admin:index")
        if request.POST.get("decline"):
            tag_request_decline(tag_request, user=request.user)
            self.message_user(
                request,
                _("Declined the request for “%(name)s”.") % {"name": tag_request.name},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(next_url)
        team_id = request.POST.get("team", "")
        team = (
            Team.objects.filter(pk=int(team_id)).first()
            if is_number(team_id) and len(team_id) <= 18
            else None
        )
        if team_id and team is None:
            self.message_user(
                request, _("That team is no longer in the list."), messages.ERROR
            )
            return HttpResponseRedirect(next_url)
        try:
            tag = tag_request_fulfil(
                tag_request,
                user=request.user,
                name=request.POST.get("name") or None,
                team=team,
                position=request.POST.get("position", ""),
            )
        except PermissionDenied:
            raise
        except ValueError as error:
            self.message_user(request, str(error), messages.WARNING)
            return HttpResponseRedirect(next_url)
        item = tag_request.item
        self.message_user(
            request,
            _("Added %(tag)s and tagged “%(item)s” with it.")
            % {"tag": tag_label(tag), "item": item}
            if item is not None
            else _("Added %(tag)s.") % {"tag": tag_label(tag)},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(next_url)


@admin.register(DismissedName)
class DismissedNameAdmin(admin.ModelAdmin):
    """Names never suggested as missing players or teams again. Delete one
    to have it suggested again."""

    list_display = ["name", "dismissed_by", "dismissed_at"]
    search_fields = ["name"]
    fields = ["name"]
