import json

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .forms import PhotoUploadForm
from .models import Agency, Photo, Photographer, Rendition
from .services import photo_save, photos_ingest

THUMBNAIL = ("1x1-400", "webp")


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ["name", "other_spellings"]
    search_fields = ["name", "match_keys"]
    prepopulated_fields = {"slug": ["name"]}

    @admin.display(description=_("other spellings"))
    def other_spellings(self, obj):
        return ", ".join(obj.aliases)


@admin.register(Photographer)
class PhotographerAdmin(admin.ModelAdmin):
    list_display = ["name", "agency", "other_spellings"]
    list_select_related = ["agency"]
    list_filter = ["agency"]
    search_fields = ["name", "match_keys"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["agency"]

    @admin.display(description=_("other spellings"))
    def other_spellings(self, obj):
        return ", ".join(obj.aliases)


@admin.register(Photo)
class PhotoAdmin(admin.ModelAdmin):
    list_display = ["thumbnail", "__str__", "credit", "date_taken", "uploaded_at"]
    list_display_links = ["thumbnail", "__str__"]
    list_select_related = ["photographer", "agency"]
    list_filter = ["agency", "uploaded_at"]
    search_fields = ["title", "caption", "credit_line", "photographer__name"]
    date_hierarchy = "uploaded_at"
    autocomplete_fields = ["photographer", "agency"]
    readonly_fields = [
        "preview",
        "dimensions",
        "file_size",
        "uploaded_by",
        "uploaded_at",
        "metadata_from_file",
    ]
    fieldsets = [
        (None, {"fields": ["preview", "title", "caption", "alt_text"]}),
        (
            _("Credit"),
            {
                "fields": [
                    "photographer",
                    "agency",
                    "credit_line",
                    "copyright",
                    "usage_terms",
                ],
                "description": _(
                    "Readers see the photographer and agency in the house style, "
                    "e.g. “AP Photo/Antonio Calanni”. The credit as received is "
                    "kept for reference."
                ),
            },
        ),
        (_("Details"), {"fields": ["date_taken", "keywords", "focal_x", "focal_y"]}),
        (
            _("Advanced"),
            {
                "classes": ["collapse"],
                "fields": [
                    "dimensions",
                    "file_size",
                    "uploaded_by",
                    "uploaded_at",
                    "metadata_from_file",
                ],
            },
        ),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related(
                Prefetch(
                    "renditions",
                    queryset=Rendition.objects.filter(
                        spec=THUMBNAIL[0], format=THUMBNAIL[1]
                    ),
                )
            )
        )

    def get_urls(self):
        return [
            path(
                "upload/",
                self.admin_site.admin_view(self.upload_view),
                name="galleries_photo_upload",
            ),
            *super().get_urls(),
        ]

    def add_view(self, request, form_url="", extra_context=None):
        # A photo starts as a file: adding one means uploading.
        return HttpResponseRedirect(reverse("admin:galleries_photo_upload"))

    def upload_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        if request.method == "POST":
            form = PhotoUploadForm(request.POST, request.FILES)
        else:
            form = PhotoUploadForm()
        if form.is_bound and form.is_valid():
            report = photos_ingest(
                files=form.cleaned_data["files"], uploaded_by=request.user
            )
            if report.photos:
                messages.success(
                    request,
                    ngettext(
                        "%(count)d photo added to the library.",
                        "%(count)d photos added to the library.",
                        len(report.photos),
                    )
                    % {"count": len(report.photos)},
                )
            for refused in report.refused:
                messages.error(
                    request,
                    _("%(name)s was not added: %(message)s")
                    % {"name": refused.name, "message": refused.message},
                )
            url = reverse("admin:galleries_photo_changelist")
            if report.photos:
                ids = ",".join(str(photo.pk) for photo in report.photos)
                url = f"{url}?id__in={ids}"
            return HttpResponseRedirect(url)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Upload photos"),
            "form": form,
            "media": self.media + form.media,
            "has_view_permission": self.has_view_permission(request),
        }
        return TemplateResponse(request, "admin/galleries/photo/upload.html", context)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        rows = {"caption": 3, "usage_terms": 2, "keywords": 3}.get(db_field.name)
        if rows:
            kwargs["widget"] = forms.Textarea(attrs={"rows": rows, "cols": 60})
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        sources = obj.metadata_sources if obj else {}
        for name, source in sources.items():
            if name in form.base_fields:
                field = form.base_fields[name]
                note = _("Read from the file (%(source)s).") % {"source": source}
                field.help_text = f"{field.help_text} {note}".strip()
        return form

    def save_model(self, request, obj, form, change):
        if change:
            photo_save(photo=obj, changed_fields=form.changed_data)
        else:
            super().save_model(request, obj, form, change)

    @admin.display(description=_("photo"))
    def thumbnail(self, obj):
        rendition = obj.rendition(*THUMBNAIL)
        if rendition is None:
            return "—"
        return format_html(
            '<img src="{}" width="80" height="80" alt="" style="object-fit:cover">',
            rendition.file.url,
        )

    @admin.display(description=_("preview"))
    def preview(self, obj):
        if not obj.pk:
            return "—"
        return format_html(
            '<img src="{}" alt="{}" style="max-width:100%;width:480px;height:auto">',
            obj.rendition_url("w640", "webp"),
            obj.alt_text,
        )

    @admin.display(description=_("size"))
    def dimensions(self, obj):
        return f"{obj.width} × {obj.height} px"

    @admin.display(description=_("all metadata read from the file"))
    def metadata_from_file(self, obj):
        return format_html(
            '<pre style="white-space:pre-wrap;max-height:24rem;overflow:auto">{}</pre>',
            json.dumps(obj.metadata, indent=2, ensure_ascii=False, default=str),
        )
