import json

from adminsortable2.admin import SortableAdminBase, SortableInlineAdminMixin
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
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

from .chooser import (
    THUMBNAIL,
    PictureChooserAdminMixin,
    chooser_path,
    thumbnails_prefetch,
)
from .forms import GalleryUploadForm, PhotoUploadForm
from .models import (
    Agency,
    Gallery,
    GalleryByline,
    GalleryItem,
    Photo,
    Photographer,
)
from .services import (
    TaggingReport,
    gallery_add_photos,
    gallery_rows_save,
    gallery_tag_photos,
    photo_save,
    photos_ingest,
)


def thumbnail_tag(photo, size=80, alt=None):
    rendition = photo.rendition(*THUMBNAIL)
    if rendition is None:
        return "—"
    return format_html(
        '<img src="{}" width="{}" height="{}" alt="{}" class="desk-thumbnail">',
        rendition.url,
        size,
        size,
        str(photo) if alt is None else alt,
    )


class PhotoProblemsAdminMixin:
    """Publish checks that name a photo show that photo (thumbnail, file
    name, the caption's start) and lead to the fix: alt text is typed in the
    photo's row of this gallery's form, anything else on the photo's page."""

    def problem_line(self, request, obj, problem):
        photo = getattr(problem, "subject", None)
        if not isinstance(photo, Photo):
            return super().problem_line(request, obj, problem)
        may_fix = request.user.has_perm("galleries.change_photo")
        if (
            may_fix
            and problem.fix == "alt_text"
            and photo.pk in self._row_photo_ids(obj)
        ):
            fix = format_html(
                '<a href="#photo-{}">{}</a>', photo.pk, _("Type it in its row below")
            )
        elif may_fix:
            fix = format_html(
                '<a href="{}">{}</a>',
                reverse("admin:galleries_photo_change", args=[photo.pk]),
                _("Fix it on the photo’s page"),
            )
        else:
            fix = _("Ask the photo desk to fix it.")
        caption = photo.caption_start
        return format_html(
            '<span class="problem-photo">{}<span><strong>{}</strong> {}. '
            "{} {}</span></span>",
            thumbnail_tag(photo, size=48, alt=""),
            photo.desk_name,
            problem.short,
            format_html("<q>{}</q>", caption) if caption else "",
            fix,
        )

    @staticmethod
    def _row_photo_ids(obj):
        if not isinstance(obj, Gallery) or obj.pk is None:
            return set()
        if not hasattr(obj, "_row_photo_ids"):
            obj._row_photo_ids = set(obj.items.values_list("photo_id", flat=True))
        return obj._row_photo_ids


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
        "original_name",
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
                    "original_name",
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
        """Every word in the title, caption, credit or file name, or in the
        name of the photographer or of a player tagged in the photo
        (`PhotoQuerySet.desk_search`): the library's search and the photo
        choosers'."""
        return queryset.desk_search(search_term), False

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related(thumbnails_prefetch())

    def get_urls(self):
        return [
            path(
                "upload/",
                self.admin_site.admin_view(self.upload_view),
                name="galleries_photo_upload",
            ),
            chooser_path(self),
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
    """One photo row of a gallery. The alt text is the photo's own (every
    story and gallery using the photo reads it), typed here so a whole
    gallery's alt text is filled in without leaving the form; the caption
    box starts empty and shows the photo's own caption, used unless
    something is typed."""

    alt_text = forms.CharField(
        label=_("alt text"),
        required=False,
        max_length=Photo._meta.get_field("alt_text").max_length,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "What the picture shows, for readers who cannot see it. It is the "
            "photo's own: every story and gallery using the photo gets it."
        ),
    )

    # Set by GalleryItemInline.get_formset: whether the user may change the
    # photos themselves (their alt text), not only this gallery's rows.
    may_change_photos = False

    class Meta:
        widgets = {
            "position": forms.NumberInput(attrs={"min": 1, "class": "row-position"}),
            "caption_override": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        show_loaded_choice(self, "photo")
        photo = self.instance.photo if self.instance.photo_id else None
        if photo is not None:
            self.fields["alt_text"].initial = photo.alt_text
            if photo.caption:
                self.fields["caption_override"].widget.attrs["placeholder"] = (
                    photo.caption
                )
        if not self.may_change_photos:
            self.fields["alt_text"].disabled = True
            self.fields["alt_text"].help_text = _(
                "The photo's own; the photo desk fills it in."
            )

    def typed_alt_text(self):
        """(photo, alt text) when this row changed its photo's alt text."""
        if (
            not self.may_change_photos
            or "alt_text" not in self.changed_data
            or self.cleaned_data.get("DELETE")
            or self.instance.photo_id is None
        ):
            return None
        return self.instance.photo, self.cleaned_data["alt_text"]


class GalleryItemInline(admin.TabularInline):
    """The gallery's photos, one compact row each: drag a row anywhere on
    it, or use Move to top / Move to bottom, or type its position; alt text
    and the caption are typed in the row (gallery-rows.js; without script,
    the position numbers alone set the order)."""

    model = GalleryItem
    form = GalleryItemForm
    extra = 0
    template = "admin/galleries/gallery/photo_rows.html"
    fields = ["position", "thumbnail", "photo", "caption_override", "alt_text"]
    readonly_fields = ["thumbnail"]
    autocomplete_fields = ["photo"]
    verbose_name_plural = _(
        "photos (drag a row, or use its buttons, into the order readers will "
        "see; it is saved exactly as shown)"
    )

    class Media:
        js = ["galleries/admin/gallery-rows.js"]
        css = {"all": ["galleries/admin/gallery-rows.css"]}

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("photo__photographer", "photo__agency")
            .prefetch_related(thumbnails_prefetch("photo__renditions"))
        )

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form = type(
            "GalleryItemForm",
            (formset.form,),
            {"may_change_photos": request.user.has_perm("galleries.change_photo")},
        )
        return formset

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "photo":
            # The chooser alone, with no add/change links in a row (the
            # library has its own pages), showing the photo the row holds.
            kwargs["widget"] = LoadedAutocompleteSelect(db_field, self.admin_site)
            return self.formfield_for_foreignkey(db_field, request, **kwargs)
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description=_("picture"))
    def thumbnail(self, obj):
        return thumbnail_tag(obj.photo, size=64, alt="") if obj.photo_id else "—"


@admin.register(Gallery)
class GalleryAdmin(
    PictureChooserAdminMixin,
    AtScaleAdminMixin,
    PhotoProblemsAdminMixin,
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
    picture_choosers = ["cover"]
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

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.model is GalleryItem:
            typed = (row.typed_alt_text() for row in formset.forms)
            gallery_rows_save(
                gallery=form.instance, alt_texts=[pair for pair in typed if pair]
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
            chooser_path(self),
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
