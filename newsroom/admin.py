from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import Author, Section, Status

PUBLISHING_HELP = _(
    "To publish, choose a section, set the status to Published and save. Leave "
    "the publication time empty to publish now, or set a future time to "
    "schedule it: it appears by itself at that time. Drafts are never shown to "
    "readers."
)


def publication_state(obj):
    """Status as the desk thinks of it: scheduled is published but not yet live."""
    if obj.is_scheduled:
        return _("Scheduled")
    return obj.get_status_display()


class PublicationStateFilter(admin.SimpleListFilter):
    """Status as the desk thinks of it: scheduled is published but not yet live."""

    title = _("status")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("draft", _("Draft")),
            ("scheduled", _("Scheduled")),
            ("live", _("Live")),
        ]

    def queryset(self, request, queryset):
        live = queryset.model.objects.published()
        if self.value() == "draft":
            return queryset.filter(status=Status.DRAFT)
        if self.value() == "scheduled":
            return queryset.filter(status=Status.PUBLISHED).exclude(pk__in=live)
        if self.value() == "live":
            return queryset.filter(pk__in=live)
        return queryset


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "job_title", "user"]
    list_select_related = ["user"]
    search_fields = ["name", "job_title"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["user"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "job_title", "bio"]}),
        (
            _("Account"),
            {
                "fields": ["user"],
                "description": _(
                    "Link the journalist's login so their account maps to this byline."
                ),
            },
        ),
    ]
