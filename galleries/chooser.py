"""Choosers with pictures: a story's lead photo, a gallery's cover and a
story's related gallery are picked by their thumbnail, the start of the
caption, the credit and the date, not by a title ten wire photos share.

Each is the admin's own autocomplete (select2) with two differences. Its
JSON view (`ChooserJsonView`, at `<photo or gallery admin>/chooser/`) is
Django's, permission checks and search included, and adds each result's
thumbnail and details, read with the page of results: the rows and their
thumbnails in a fixed number of queries, however many rows. Its widget
(`PictureChooser`) gives the chosen item's option the same details, so a
saved choice shows its picture when the form opens. `picture-chooser.js`
draws both with DOM nodes and text only: a caption is never read as HTML.
"""

from django import forms
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import Gallery, Photo, Rendition

#: The small square rendition the desk's lists and choosers show (made at
#: upload, see `services.INGEST_RENDITIONS`).
THUMBNAIL = ("1x1-400", "webp")
#: How much of a caption a chooser shows.
CAPTION_START = 80


def thumbnails_prefetch(lookup="renditions"):
    return Prefetch(
        lookup,
        queryset=Rendition.objects.filter(spec=THUMBNAIL[0], format=THUMBNAIL[1]),
    )


def _day(moment):
    return date_format(timezone.localtime(moment), "j M Y")


def _thumbnail_url(photo):
    rendition = photo.rendition(*THUMBNAIL) if photo is not None else None
    return rendition.url if rendition is not None else ""


def photo_choice(photo):
    """What a chooser shows of a photo: its thumbnail's address ("" until
    there is one), the start of its caption (its title when it has none),
    and a line of its credit, the date it was taken and its file name."""
    details = [
        photo.credit,
        _("taken %(date)s") % {"date": _day(photo.date_taken)}
        if photo.date_taken
        else "",
        photo.original_name or "",
    ]
    return {
        "thumbnail": _thumbnail_url(photo),
        "label": Truncator(photo.caption or str(photo)).chars(CAPTION_START),
        "details": " · ".join(part for part in details if part),
    }


def gallery_choice(gallery):
    """What a chooser shows of a gallery: its cover's thumbnail, its
    headline, and a line of how many photos it holds, its state and date."""
    details = [gallery.state_label]
    count = getattr(gallery, "photo_total", None)
    if count is not None:
        details.insert(
            0, ngettext("%(count)d photo", "%(count)d photos", count) % {"count": count}
        )
    if gallery.published_at:
        details.append(_day(gallery.published_at))
    return {
        "thumbnail": _thumbnail_url(gallery.cover),
        "label": gallery.headline,
        "details": " · ".join(str(part) for part in details if part),
    }


CHOICES = {Photo: photo_choice, Gallery: gallery_choice}


def chooser_rows(queryset):
    """`queryset` with what `photo_choice` or `gallery_choice` reads of its
    rows loaded alongside them (two queries in all)."""
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
    """Django's autocomplete answer for photos or galleries (`model`), each
    result with `thumbnail`, `label` and `details`. Who may ask and what
    they find are Django's: the source field must be an autocomplete of a
    registered admin, the asker needs the view permission of this model's
    admin, and its queryset and search decide the rows."""

    model = None

    def process_request(self, request):
        term, model_admin, source_field, to_field_name = super().process_request(
            request
        )
        if model_admin.model is not self.model:
            # Another model's field asked here: Django's own view answers it.
            raise PermissionDenied
        return term, model_admin, source_field, to_field_name

    def get_queryset(self):
        # The admins' querysets already load the thumbnails (and a
        # gallery's cover and photo count) for their lists.
        queryset = super().get_queryset()
        if self.model is Photo:
            return queryset.select_related("photographer", "agency")
        return queryset

    def get_paginator(self, *args, **kwargs):
        paginator = super().get_paginator(*args, **kwargs)
        pages = getattr(self.model_admin, "chooser_pages", None)
        if pages:
            # As for the admin's own autocomplete (`AtScaleAdminMixin`).
            paginator.max_count = self.paginate_by * pages
        return paginator

    def serialize_result(self, obj, to_field_name):
        return {
            **super().serialize_result(obj, to_field_name),
            **CHOICES[self.model](obj),
        }


def chooser_url_name(model):
    return f"{model._meta.app_label}_{model._meta.model_name}_chooser"


class PictureChooser(AutocompleteSelect):
    """An autocomplete of photos or galleries drawn with pictures: the
    dropdown's rows from `ChooserJsonView`, the chosen item from its
    option's data attributes, filled here. Its class is `picture-chooser`,
    not `admin-autocomplete`, so `picture-chooser.js` alone sets it up."""

    def get_url(self):
        model = self.field.remote_field.model
        return reverse(f"{self.admin_site.name}:{chooser_url_name(model)}")

    def build_attrs(self, base_attrs, extra_attrs=None):
        attrs = super().build_attrs(base_attrs, extra_attrs)
        classes = attrs["class"].split()
        attrs["class"] = " ".join(
            "picture-chooser" if name == "admin-autocomplete" else name
            for name in classes
        )
        return attrs

    def optgroups(self, name, value, attr=None):
        empty = self.choices.field.empty_values
        chosen = {str(v) for v in value if str(v) not in empty}
        options = []
        if not self.is_required:
            options.append(self.create_option(name, "", "", False, 0))
        if chosen:
            opts = self.field.remote_field.model._meta
            to_field = opts.get_field(
                getattr(self.field.remote_field, "field_name", opts.pk.attname)
            ).attname
            rows = chooser_rows(self.choices.queryset.using(self.db)).filter(
                **{f"{to_field}__in": chosen}
            )
            for obj in rows:
                option = self.create_option(
                    name,
                    getattr(obj, to_field),
                    self.choices.field.label_from_instance(obj),
                    True,
                    len(options),
                )
                # A select's options take no attributes of their own
                # through create_option (`option_inherits_attrs`).
                choice = CHOICES[type(obj)](obj)
                option["attrs"].update(
                    {f"data-{key}": value for key, value in choice.items()}
                )
                options.append(option)
        return [(None, options, 0)]

    @property
    def media(self):
        # One list with select2's, so the script comes after jQuery and
        # select2 (Media orders separate lists as it likes).
        own = super().media
        return forms.Media(
            js=[*own._js, "newsroom/admin/picture-chooser.js"],
            css={
                **own._css,
                "screen": [*own._css["screen"], "newsroom/admin/picture-chooser.css"],
            },
        )


class PictureChooserAdminMixin:
    """Draw the foreign keys named in `picture_choosers` (to photos or
    galleries, and in `autocomplete_fields` too) as `PictureChooser`s."""

    picture_choosers = ()

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in self.picture_choosers and "widget" not in kwargs:
            kwargs["widget"] = PictureChooser(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


def chooser_path(model_admin):
    """The URL of `model_admin`'s chooser answers, for its `get_urls`."""
    view = ChooserJsonView.as_view(
        admin_site=model_admin.admin_site, model=model_admin.model
    )
    return path(
        "chooser/",
        model_admin.admin_site.admin_view(view),
        name=chooser_url_name(model_admin.model),
    )
