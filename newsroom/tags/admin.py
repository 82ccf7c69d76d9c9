"""Players and teams in the admin: their lists with accent-blind search and
merge, the suggestion endpoint, and the mixin that puts autocompleted
players, teams and suggestions on every content type's form."""

from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from taggit.managers import TaggableManager

from newsroom.desk.admin import AtScaleAdminMixin
from newsroom.text import is_number

from .forms import TagChoiceField, TaggedAdminForm, tag_label, tag_value
from .models import Player, Team
from .services import tags_merge
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
        field = form.base_fields.get("suggested_tags")
        if field is not None:
            field.widget.url = reverse("admin:tags_player_suggest")
        return form


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
        found = suggest_tags(text, keywords=keywords)
        suggestions = [
            {
                "value": tag_value(tag),
                "kind": tag_value(tag).split(":")[0],
                "id": tag.pk,
                "label": tag_label(tag),
            }
            for tag in [*found.players, *found.teams]
        ]
        return JsonResponse({"suggestions": suggestions})
