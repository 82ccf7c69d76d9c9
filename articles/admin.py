from adminsortable2.admin import SortableAdminBase, SortableInlineAdminMixin
from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from galleries.admin import PhotoProblemsAdminMixin, thumbnail_tag
from galleries.chooser import PictureChooserAdminMixin, thumbnails_prefetch
from newsroom.desk.admin import (
    PUBLISHING_HELP,
    AtScaleAdminMixin,
    NoteInline,
    OwnBylineInlineMixin,
    PublicationStateFilter,
    WorkflowAdminMixin,
    WritingAdminMixin,
    publication_state,
)
from newsroom.desk.admin_editing import (
    PresenceAdminMixin,
    PreviewAdminMixin,
    RevisionAdminMixin,
)
from newsroom.desk.forms import EditConflictForm, WritingForm
from newsroom.tags.admin import TaggedAdminMixin
from newsroom.tags.forms import TaggedAdminForm

from .models import Article, Byline


class BylineInline(OwnBylineInlineMixin, SortableInlineAdminMixin, admin.TabularInline):
    model = Byline
    extra = 0
    min_num = 0
    autocomplete_fields = ["author"]
    verbose_name = _("author")
    verbose_name_plural = _("byline (drag to set the order: “By A and B”)")


class ArticleAdminForm(WritingForm, EditConflictForm, TaggedAdminForm):
    suggestion_sources = ("headline", "standfirst", "body")


@admin.register(Article)
class ArticleAdmin(
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
    publishing_fields = ("published_at", "home_position")
    text_rows = {"standfirst": 3, "lead_photo_caption": 2}
    form = ArticleAdminForm
    picture_choosers = ["lead_photo", "related_gallery"]
    list_display = [
        "lead_thumbnail",
        "headline",
        "section",
        "list_state",
        "published_at",
        "byline",
        "home_position",
        "public_link",
    ]
    list_display_links = ["lead_thumbnail", "headline"]
    list_filter = [PublicationStateFilter, "section", "authors", "published_at"]
    list_select_related = ["section"]
    search_fields = ["headline", "standfirst"]
    prepopulated_fields = {"slug": ["headline"]}
    autocomplete_fields = ["section", "lead_photo", "related_gallery"]
    readonly_fields = ["first_published_at", "pub_date", "created_at", "updated_at"]
    inlines = [BylineInline, NoteInline]
    actions = WorkflowAdminMixin.workflow_actions
    fieldsets = [
        (None, {"fields": ["kicker", "headline", "slug", "standfirst", "body"]}),
        (
            _("Pictures"),
            {"fields": ["lead_photo", "lead_photo_caption", "related_gallery"]},
        ),
        TaggedAdminMixin.tag_fieldset,
        (
            _("Publishing"),
            {
                "fields": [
                    "section",
                    "state",
                    "published_at",
                    "home_position",
                    "workflow_history",
                ],
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

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .with_byline()
            .select_related("lead_photo")
            .prefetch_related(thumbnails_prefetch("lead_photo__renditions"))
        )

    @admin.display(description=_("lead photo"))
    def lead_thumbnail(self, obj):
        return thumbnail_tag(obj.lead_photo, size=56) if obj.lead_photo_id else "—"

    def view_on_site(self, obj):
        return obj.get_absolute_url() if obj.is_live else None

    @admin.display(description=_("status"), ordering="status")
    def list_state(self, obj):
        return publication_state(obj)

    @admin.display(description=_("on the site"))
    def public_link(self, obj):
        if not obj.is_live:
            return "—"
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            obj.get_absolute_url(),
            _("View"),
        )

    @admin.display(description=_("byline"))
    def byline(self, obj):
        return ", ".join(author.name for author in obj.byline_authors)
