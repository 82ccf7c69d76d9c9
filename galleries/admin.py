import json

from adminsortable2.admin import SortableAdminBase, SortableInlineAdminMixin
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch, Q
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.text import smart_split
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from newsroom.desk.admin import (
    PUBLISHING_HELP,
    AtScaleAdminMixin,
    LoadedAutocompleteSelect,
    NoteInline,
    OwnBylineInlineMixin,
    PublicationStateFilter,
    WorkflowAdminMixin,
    WritingAdminMixin,
    publication_state,
    show_loaded_choice,
)
from newsroom.desk.admin_editing import (
    PresenceAdminMixin,
    PreviewAdminMixin,
    RevisionAdminMixin,
)
from newsroom.desk.forms import EditConflictForm, WritingForm
from newsroom.tags.admin import TaggedAdminMixin
from newsroom.tags.forms import TaggedAdminForm

from .forms import GalleryUploadForm, PhotoUploadForm
from .models import (
    Agency,
    Gallery,
    GalleryByline,
    GalleryItem,
    Photo,
    Photographer,
    Rendition,
)
from .services import (
    TaggingReport,
    gallery_add_photos,
    gallery_tag_photos,
    photo_save,
    photos_ingest,
)

THUMBNAIL = ("1x1-400", "webp")


def thumbnail_tag(photo, size=80):
    rendition = photo.rendition(*THUMBNAIL)
    if rendition is None:
        return "—"
    return format_html(
        '<img src="{}" width="{}" height="{}" alt="{}" class="desk-thumbnail">',
        rendition.url,
        size,
        size,
        str(photo),
    )


def thumbnails_prefetch(lookup="renditions"):
    return Prefetch(
        lookup,
        queryset=Rendition.objects.filter(spec=THUMBNAIL[0], format=THUMBNAIL[1]),
    )


def report_upload(request, report, where):
    """A line for the batch, then one per file in the order they were
    processed: added (and what was cut from its metadata on the way in), or
    not added and why, in the desk's words."""
    if report.photos:
        messages.success(
            request,
            ngettext(
                "%(count)d photo added %(where)s.",
                "%(count)d photos added %(where)s.",
                len(report.photos),
            )
            % {"count": len(report.photos), "where": where},
        )
    elif report.refused:
        messages.error(request, _("No photo was added."))
    for result in report.results:
        if result.photo is None:
            messages.error(
                request,
                _("%(name)s was not added: %(message)s")
                % {"name": result.name, "message": result.refused.message},
            )
        elif result.notes:
            messages.warning(
                request,
                _("%(name)s was added. %(notes)s")
                % {"name": result.name, "notes": " ".join(result.notes)},
            )
        else:
            messages.info(request, _("%(name)s was added.") % {"name": result.name})


def upload_page(model_admin, request, form, *, title, obj=None):
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": title,
        "form": form,
        "original": obj,
        "media": model_admin.media + form.media,
        "has_view_permission": model_admin.has_view_permission(request, obj),
    }
    return TemplateResponse(request, "admin/galleries/upload.html", context)


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


class PhotoAdminForm(EditConflictForm, TaggedAdminForm):
    suggestion_sources = ("title", "caption")
    suggestion_keywords = "keywords"


class GalleryAdminForm(WritingForm, EditConflictForm, TaggedAdminForm):
    suggestion_sources = ("headline", "standfirst", "intro")


@admin.register(Photo)
class PhotoAdmin(
    AtScaleAdminMixin, RevisionAdminMixin, TaggedAdminMixin, admin.ModelAdmin
):
    form = PhotoAdminForm
    list_display = ["thumbnail", "__str__", "credit", "date_taken", "uploaded_at"]
    list_display_links = ["thumbnail", "__str__"]
    list_select_related = ["photographer", "agency"]
    list_filter = ["agency", "uploaded_at"]
    search_fields = ["title", "caption", "credit_line", "photographer__name"]
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
        TaggedAdminMixin.tag_fieldset,
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

    def get_search_results(self, request, queryset, search_term):
        """Every word in the title, caption or credit, or the photographer's
        name. The name is matched in its own small table and the photos by
        their photographer's id, so each condition stays on the photo table
        and PostgreSQL answers from its trigram index, not a scan of every
        photo."""
        words = [word.strip("\"'") for word in smart_split(search_term)]
        for word in filter(None, words):
            named = Photographer.objects.filter(name__icontains=word)
            queryset = queryset.filter(
                Q(title__icontains=word)
                | Q(caption__icontains=word)
                | Q(credit_line__icontains=word)
                | Q(photographer__in=list(named.values_list("pk", flat=True)[:100]))
            )
        return queryset, False

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related(thumbnails_prefetch())

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
            report_upload(request, report, _("to the library"))
            url = reverse("admin:galleries_photo_changelist")
            if report.photos:
                ids = ",".join(str(photo.pk) for photo in report.photos)
                url = f"{url}?id__in={ids}"
            return HttpResponseRedirect(url)
        return upload_page(self, request, form, title=_("Upload photos"))

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
        return thumbnail_tag(obj)

    @admin.display(description=_("preview"))
    def preview(self, obj):
        if not obj.pk:
            return "—"
        return format_html(
            '<img src="{}" alt="{}" class="desk-preview">',
            obj.rendition_url("w640", "webp"),
            obj.alt_text,
        )

    @admin.display(description=_("size"))
    def dimensions(self, obj):
        return f"{obj.width} × {obj.height} px"

    @admin.display(description=_("all metadata read from the file"))
    def metadata_from_file(self, obj):
        return format_html(
            '<pre class="desk-metadata">{}</pre>',
            json.dumps(obj.metadata, indent=2, ensure_ascii=False, default=str),
        )


class GalleryBylineInline(
    OwnBylineInlineMixin, SortableInlineAdminMixin, admin.TabularInline
):
    model = GalleryByline
    extra = 0
    autocomplete_fields = ["author"]
    verbose_name = _("author")
    verbose_name_plural = _("byline (drag to set the order: “By A and B”)")


class GalleryItemForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        show_loaded_choice(self, "photo")


class GalleryItemInline(SortableInlineAdminMixin, admin.TabularInline):
    model = GalleryItem
    form = GalleryItemForm
    extra = 0
    fields = ["thumbnail", "photo", "photo_caption", "caption_override", "credit"]
    readonly_fields = ["thumbnail", "photo_caption", "credit"]
    autocomplete_fields = ["photo"]
    verbose_name_plural = _(
        "photos (drag the rows into the order readers will see; it is saved "
        "exactly as shown)"
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("photo__photographer", "photo__agency")
            .prefetch_related(thumbnails_prefetch("photo__renditions"))
        )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "caption_override":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 2, "cols": 40})
        if db_field.name == "photo":
            # The chooser alone, with no add/change links in a row (the
            # library has its own pages), showing the photo the row holds.
            kwargs["widget"] = LoadedAutocompleteSelect(db_field, self.admin_site)
            return self.formfield_for_foreignkey(db_field, request, **kwargs)
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description=_("picture"))
    def thumbnail(self, obj):
        return thumbnail_tag(obj.photo) if obj.photo_id else "—"

    @admin.display(description=_("photo's own caption"))
    def photo_caption(self, obj):
        return obj.photo.caption if obj.photo_id else ""

    @admin.display(description=_("credit"))
    def credit(self, obj):
        return obj.photo.credit if obj.photo_id else ""


@admin.register(Gallery)
class GalleryAdmin(
    AtScaleAdminMixin,
    WritingAdminMixin,
    WorkflowAdminMixin,
    RevisionAdminMixin,
    PreviewAdminMixin,
    PresenceAdminMixin,
    TaggedAdminMixin,
    SortableAdminBase,
    admin.ModelAdmin,
):
    form = GalleryAdminForm
    text_rows = {"standfirst": 3, "intro": 4}
    list_display = [
        "cover_thumbnail",
        "headline",
        "section",
        "list_state",
        "published_at",
        "photo_count",
    ]
    list_display_links = ["cover_thumbnail", "headline"]
    list_filter = [PublicationStateFilter, "section", "authors", "published_at"]
    list_select_related = ["section"]
    search_fields = ["headline", "standfirst"]
    prepopulated_fields = {"slug": ["headline"]}
    autocomplete_fields = ["section", "cover"]
    readonly_fields = ["first_published_at", "pub_date", "created_at", "updated_at"]
    inlines = [GalleryBylineInline, GalleryItemInline, NoteInline]
    change_form_template = "admin/galleries/gallery/change_form.html"
    fieldsets = [
        (None, {"fields": ["headline", "slug", "standfirst", "intro", "cover"]}),
        TaggedAdminMixin.tag_fieldset,
        (
            _("Publishing"),
            {
                "fields": ["section", "state", "published_at", "workflow_history"],
                "description": PUBLISHING_HELP,
            },
        ),
        (
            _("Advanced"),
            {
                "classes": ["collapse"],
                "fields": [
                    "seo_description",
                    "first_published_at",
                    "pub_date",
                    "created_at",
                    "updated_at",
                ],
            },
        ),
    ]

    actions = [*WorkflowAdminMixin.workflow_actions, "tag_photos_from_captions"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .with_photo_count("photo_total")
            # With a select_related of its own the changelist ignores
            # list_select_related, so the section is named here too.
            .select_related("cover", "section")
            .prefetch_related(thumbnails_prefetch("cover__renditions"))
        )

    @admin.display(description=_("cover"))
    def cover_thumbnail(self, obj):
        return thumbnail_tag(obj.cover, size=56) if obj.cover_id else "—"

    def has_tag_photos_permission(self, request):
        return self.has_change_permission(request) and request.user.has_perm(
            "galleries.change_photo"
        )

    @admin.action(
        description=_("Tag photos from captions (players and teams each names)"),
        permissions=["tag_photos"],
    )
    def tag_photos_from_captions(self, request, queryset):
        total = TaggingReport()
        for gallery in queryset:
            total.add(gallery_tag_photos(gallery=gallery, user=request.user))
        self.message_user(
            request,
            _(
                "%(photos)d photos tagged from their captions: %(players)d player "
                "and %(teams)d team tags added. The galleries are tagged with "
                "everyone in them."
            )
            % {"photos": total.photos, "players": total.players, "teams": total.teams},
            messages.SUCCESS,
        )
        if total.missed:
            self.message_user(
                request,
                format_html(
                    "{} {}. {}",
                    _("Named in the captions but not in the list, so not tagged:"),
                    ", ".join(total.missed),
                    _(
                        "Add them from a photo's “Not in the list” box (or a whole "
                        "squad from the players list), then tag again."
                    ),
                ),
                messages.WARNING,
            )

    def get_urls(self):
        return [
            path(
                "<path:object_id>/upload/",
                self.admin_site.admin_view(self.upload_view),
                name="galleries_gallery_upload",
            ),
            *super().get_urls(),
        ]

    def view_on_site(self, obj):
        return obj.get_absolute_url() if obj.is_live else None

    def upload_view(self, request, object_id):
        # The admin's own lookup: an id that is not a number is a 404.
        gallery = self.get_object(request, object_id)
        if gallery is None:
            raise Http404(_("No such gallery."))
        if not (
            self.has_change_permission(request, gallery)
            and request.user.has_perm("galleries.add_photo")
        ):
            raise PermissionDenied
        if request.method == "POST":
            form = GalleryUploadForm(request.POST, request.FILES)
        else:
            form = GalleryUploadForm()
        if form.is_bound and form.is_valid():
            report = gallery_add_photos(
                gallery=gallery,
                files=form.cleaned_data["files"],
                uploaded_by=request.user,
                order=form.cleaned_data["order"],
            )
            report_upload(request, report, _("to the gallery"))
            return HttpResponseRedirect(
                reverse("admin:galleries_gallery_change", args=[gallery.pk])
            )
        return upload_page(
            self,
            request,
            form,
            title=_("Upload photos into “%(gallery)s”") % {"gallery": gallery},
            obj=gallery,
        )

    @admin.display(description=_("status"), ordering="status")
    def list_state(self, obj):
        return publication_state(obj)

    @admin.display(description=_("photos"), ordering="photo_total")
    def photo_count(self, obj):
        return obj.photo_total
