"""Sections and authors in the admin."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import Author, Section


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
