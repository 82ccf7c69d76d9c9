from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import GalleryOrder


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Django's documented pattern for choosing many files in one field.

    Empty files are let through: the ingest refuses each on its own, so one
    zero-byte file never turns the whole batch away."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": "image/*"}))
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single_clean = super().clean
        if isinstance(data, (list, tuple)):
            if not data and self.required:
                raise forms.ValidationError(
                    self.error_messages["required"], code="required"
                )
            return [single_clean(item, initial) for item in data]
        return [single_clean(data, initial)]


class PhotoUploadForm(forms.Form):
    """Files for the library; the gallery upload adds an order."""

    files = MultipleFileField(
        label=_("Photos"),
        help_text=_(
            "Choose up to %(count)s files at once: JPEG (phones' MPO too), PNG or "
            "WebP, each up to %(size)s MB and %(megapixels)s megapixels. Titles, "
            "captions, credits and dates are read from the files; you can correct "
            "them afterwards. Each file is taken or refused on its own, and the "
            "next page lists what became of each one."
        )
        % {
            "count": settings.NEWSROOM_UPLOAD_MAX_FILES,
            "size": settings.NEWSROOM_PHOTO_MAX_BYTES // (1024 * 1024),
            "megapixels": settings.NEWSROOM_PHOTO_MAX_PIXELS // 1_000_000,
        },
    )

    def clean_files(self):
        files = self.cleaned_data["files"]
        limit = settings.NEWSROOM_UPLOAD_MAX_FILES
        if len(files) > limit:
            raise forms.ValidationError(
                _("You chose %(count)s files; upload at most %(limit)s at a time."),
                code="too_many_files",
                params={"count": len(files), "limit": limit},
            )
        return files


class GalleryUploadForm(PhotoUploadForm):
    order = forms.ChoiceField(
        label=_("Order"),
        choices=GalleryOrder.choices,
        initial=GalleryOrder.FILE_NAME,
        widget=forms.RadioSelect,
        help_text=_(
            "The new photos follow the ones already in the gallery, in this "
            "order. You can drag them into another order afterwards."
        ),
    )
