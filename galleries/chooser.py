"""Choosers with pictures: the lead photo, a gallery's cover and an
article's related gallery are picked by their thumbnail, not by a line of
text.

Each is the admin's autocomplete (select2) with two differences: its JSON
view (wired by `PhotoAdmin` and `GalleryAdmin`'s `get_urls`) answers with
a thumbnail and a few details per result, read with one query for the
rows and one for their thumbnails whatever the number of results; and its
widget renders the chosen item's thumbnail and details into the page, so a
saved item shows its picture on page load. `photo-chooser.js` draws the
dropdown rows and the choice from those values with DOM text nodes only:
a caption is never parsed as HTML.
"""

from django import forms
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.admin.widgets import AutocompleteSelect
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import Gallery, Photo, Rendition

THUMBNAIL = ("1x1-400", "webp")
CAPTION_START = 80


def thumbnails_prefetch(lookup="renditions"):
    """The small square rendition the desk's lists and choosers show."""
    return Prefetch(
        lookup,
        queryset=Rendition.objects.filter(spec=THUMBNAIL[0], format=THUMBNAIL[1]),
    )


def _local_date(moment):
    return date_format(timezone.localtime(moment), "j M Y") if moment else ""


def photo_choice(photo):
    """What a photo chooser shows of a photo: its thumbnail's address (or
    ""), the start of its caption, its credit and the date it was taken."""
    rendition = photo.rendition(*THUMBNAIL)
    return {
        "thumbnail": rendition.url if rendition is not None else "",
        "title": Truncator(photo.caption or str(photo)).chars(CAPTION_START),
        "details": [
            part
            for part in (
                photo.credit,
                _("taken %(date)s") % {"date": _local_date(photo.date_taken)}
                if photo.date_taken
                else "",
            )
            if part
        ],
    }


def gallery_choice(gallery):
    """What a gallery chooser shows: its cover's thumbnail, its headline,
    how many photos it holds, its state and date."""
    cover = gallery.cover
    rendition = cover.rendition(*THUMBNAIL) if cover is not None else None
    count = getattr(gallery, "photo_total", None)
    details = []
    if count is not None:
        details.append(ngettext("%(n)d photo", "%(n)d photos", count) % {"n": count})
    details.append(str(gallery.state_label))
    if gallery.published_at:
        details.append(_local_date(gallery.published_at))
    return {
        "thumbnail": rendition.url if rendition is not None else "",
        "title": gallery.headline,
        "details": details,
    }


CHOICES = {Photo: photo_choice, Gallery: gallery_choice}


def chooser_queryset(queryset):
    """The rows a chooser reads, with what `photo_choice` or `gallery_choice`
    needs loaded alongside."""
    if queryset.model is Photo:
        return queryset.select_related("photographer", "agency").prefetch_related(
            thumbnails_prefetch()
        )
    return (
        queryset.with_photo_count("photo_total")
        .select_related("cover")
        .prefetch_related(thumbnails_prefetch("cover__renditions"))
    )


class ChooserJsonView(AutocompleteJsonView):
    """The admin's autocomplete answer, each result with `thumbnail`,
    `title` and `details`. Permissions are the admin's own: the model
    admin's view permission, or 403."""

    def get_queryset(self):
        # The model admins' own querysets prefetch the thumbnails already
        # (and a gallery's photo count), as their lists show them.
        queryset = super().get_queryset()
        if queryset.model is Photo:
            return queryset.select_related("photographer", "agency")
        return queryset

    def serialize_result(self, obj, to_field_name):
        return {
            **super().serialize_result(obj, to_field_name),
            **CHOICES[type(obj)](obj),
        }


class PictureChooser(AutocompleteSelect):
    """An autocomplete of photos or galleries that shows thumbnails: in the
    dropdown (from `ChooserJsonView`) and for the chosen item, which the
    server renders into the option's data attributes."""

    def __init__(self, field, admin_site, attrs=None, choices=(), using=None):
        super().__init__(field, admin_site, attrs, choices, using)
        opts = field.remote_field.model._meta
        self.url_name = f"%s:{opts.app_label}_{opts.model_name}_chooser"

    def get_url(self):
        return reverse(self.url_name % self.admin_site.name)

    def build_attrs(self, base_attrs, extra_attrs=None):
        attrs = super().build_attrs(base_attrs, extra_attrs)
        attrs["class"] += " picture-chooser"
        return attrs

    def optgroups(self, name, value, attr=None):
        empty = self.choices.field.empty_values
        chosen = [str(v) for v in value if str(v) not in empty]
        options = []
        if not self.is_required and not self.allow_multiple_selected:
            options.append(self.create_option(name, "", "", False, 0))
        if chosen:
            to_field = getattr(self.field.remote_field, "field_name", "pk")
            rows = chooser_queryset(
                self.choices.queryset.using(self.db).filter(
                    **{f"{to_field}__in": chosen}
                )
            )
            for obj in rows:
                choice = self._choice = CHOICES[type(obj)](obj)
                option = self.create_option(
                    name,
                    getattr(obj, to_field),
                    self.choices.field.label_from_instance(obj),
                    True,
                    len(options),
                )
                option["attrs"].update(
                    {
                        "data-thumbnail": choice["thumbnail"],
                        "data-title": choice["title"],
                        "data-details": " · ".join(choice["details"]),
                    }
                )
                options.append(option)
        return [(None, options, 0)]

    def render(self, name, value, attrs=None, renderer=None):
        """The select, then the chosen item as a picture and its details,
        rendered here so a saved item shows its photo before any script
        runs; the script keeps it in step with the choice."""
        self._choice = None
        html = super().render(name, value, attrs, renderer)
        preview_id = f"{(attrs or {}).get('id') or name}_preview"
        choice = self._choice
        if choice is None:
            return html + format_html(
                '<div class="chooser-preview" id="{}" hidden></div>', preview_id
            )
        picture = (
            format_html(
                '<img src="{}" alt="" width="96" height="96" '
                'class="chooser-preview-thumbnail">',
                choice["thumbnail"],
            )
            if choice["thumbnail"]
            else ""
        )
        return html + format_html(
            '<div class="chooser-preview" id="{}">{}<div class="chooser-text">'
            '<span class="chooser-title">{}</span>'
            '<span class="chooser-details">{}</span></div></div>',
            preview_id,
            picture,
            choice["title"],
            " · ".join(choice["details"]),
        )

    @property
    def media(self):
        return super().media + forms.Media(
            js=["newsroom/admin/photo-chooser.js"],
            css={"all": ["newsroom/admin/photo-chooser.css"]},
        )


class PictureChooserAdminMixin:
    """Use `PictureChooser` for the foreign keys named in `picture_choosers`
    (photos or galleries)."""

    picture_choosers = ()

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.picture_choosers and "widget" not in kwargs:
            kwargs["widget"] = PictureChooser(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
