"""What every content type's change form shares: the stale-form check, and
the writing form's pieces (the headline's character count, the publication
time picker, typographic quotes)."""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from newsroom.text import smart_quotes

from .revisions import diff, versions_of


class EditConflictForm(forms.ModelForm):
    """Refuses to save a form opened before someone else saved the item.

    The form carries the item's edit version from when it was opened. If
    the item was saved since, nothing is saved: the form comes back with the
    journalist's text intact, who saved in between and when, and what differs
    between the saved item and this form. Saving again then keeps this
    version, knowingly. A form without the version, or with one the item
    never had, is refused too (it can't say what it was opened at).

    The check is only as good as the row it reads: the admin's save locks
    the item's row first (`RevisionAdminMixin`), so of two saves at the same
    instant the second waits, reads the first's version, and is refused.
    """

    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.conflict = None
        if self.instance.pk is not None:
            self.fields["seen_version"].initial = self.saved_version()

    def saved_version(self):
        return self.instance.edit_version or 0

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is None:
            return cleaned
        # A version that isn't a number is no version: the refusal below
        # says so in words, not as an error on a field nobody sees.
        self._errors.pop("seen_version", None)
        seen = cleaned.get("seen_version")
        if seen is None or not 0 <= seen <= self.saved_version():
            raise forms.ValidationError(
                _(
                    "This form doesn't say which version of the item it was "
                    "opened at, so saving it could undo someone else's work. "
                    "Nothing was saved: copy your changes, reload the page "
                    "and save again."
                ),
                code="edit_version_missing",
            )
        if seen == self.saved_version():
            return cleaned
        self.conflict = self._conflict_report()
        # The next save has seen what changed: let it through.
        data = self.data.copy()
        data[self.add_prefix("seen_version")] = self.saved_version()
        self.data = data
        raise forms.ValidationError(
            _(
                "%(who)s saved this at %(when)s, after you opened it. Nothing "
                "of yours was saved and your text is still below. Compare the "
                "differences, then save again to keep your version."
            )
            % {"who": self.conflict["who"], "when": self.conflict["when"]},
            code="edit_conflict",
        )

    def _conflict_report(self):
        latest = versions_of(self.instance).first()
        user = latest.revision.user if latest else None
        when = latest.revision.date_created if latest else self.instance.updated_at
        saved, yours = {}, {}
        for name in self.changed_data:
            if name in ("seen_version", "suggested_tags") or name not in self.fields:
                continue
            label = str(self.fields[name].label or name)
            saved[label] = _plain(self.fields[name], self[name].initial)
            yours[label] = _plain(self.fields[name], self.cleaned_data.get(name))
        return {
            "who": (user.get_full_name() or user.get_username())
            if user
            else _("Someone"),
            "when": date_format(timezone.localtime(when), "H:i, j F Y"),
            "changes": diff(saved, yours),
        }


def _plain(field, value):
    """A form value as the text a journalist reads."""
    if value in (None, ""):
        return ""
    if isinstance(field, forms.ModelMultipleChoiceField):
        objects = value if not hasattr(value, "all") else value.all()
        if objects and not hasattr(next(iter(objects)), "pk"):
            objects = field.queryset.filter(pk__in=list(objects))
        return "\n".join(sorted(str(o) for o in objects))
    if isinstance(field, forms.ModelChoiceField):
        if not hasattr(value, "pk"):
            value = field.queryset.filter(pk=value).first()
        return str(value) if value is not None else ""
    text = strip_tags(str(value).replace("</p>", "\n").replace("</h2>", "\n"))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


WRITING_MEDIA = forms.Media(
    js=["newsroom/admin/writing.js"],
    css={"all": ["newsroom/admin/writing.css"]},
)


def characters_left(length, limit, warn_at):
    """What a counted field says under itself: "54 / 200", and near the
    limit how many characters are left."""
    left = limit - length
    if left > warn_at:
        return _("%(count)d / %(limit)d") % {"count": length, "limit": limit}
    return ngettext(
        "%(left)d character left", "%(left)d characters left", max(left, 0)
    ) % {"left": max(left, 0)}


class CountedTextInput(forms.TextInput):
    """A one-line box as wide as the form, with a live count of its
    characters under it ("54 / 200"; near the limit, how many are left).
    The count is written by the server and kept current by writing.js;
    screen readers hear it when typing pauses, not at every key."""

    template_name = "admin/newsroom/widgets/counted_input.html"
    warn_at = 20

    def __init__(self, attrs=None):
        super().__init__({"class": "vTextField desk-wide", **(attrs or {})})

    @property
    def media(self):
        return WRITING_MEDIA

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        limit = context["widget"]["attrs"].get("maxlength")
        if limit:
            limit, length = int(limit), len(value or "")
            context["widget"]["count"] = {
                "text": characters_left(length, limit, self.warn_at),
                "near": limit - length <= self.warn_at,
                "limit": limit,
                "warn_at": self.warn_at,
                # The wording writing.js uses, in the page's language.
                "total": _("%(count)d / %(limit)d"),
                "one_left": ngettext(
                    "%(left)d character left", "%(left)d characters left", 1
                ),
                "many_left": ngettext(
                    "%(left)d character left", "%(left)d characters left", 2
                ),
            }
        return context


class PublicationTimeInput(forms.DateTimeInput):
    """The browser's own date and time picker (`datetime-local`), in the
    newsroom's time zone, to the minute."""

    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(
            {
                "step": 60,
                "class": "desk-publication-time",
                "data-publication-time": "",
                "data-time-zone": settings.TIME_ZONE,
                **(attrs or {}),
            },
            format="%Y-%m-%dT%H:%M",
        )


class PublicationTimeField(forms.DateTimeField):
    """A publication time picked to the minute: a stored time with seconds
    (one published "now") is unchanged when the form shows the same minute."""

    widget = PublicationTimeInput

    def __init__(self, **kwargs):
        # Its own words, not the model field's: they name the picker.
        kwargs["help_text"] = _(
            "Pick the date and time, in the newsroom's time (%(zone)s). "
            "Leave it empty to publish now; a time in the future schedules "
            "it: the button then says “Schedule for …” and it appears on "
            "its own at that time."
        ) % {"zone": settings.TIME_ZONE}
        super().__init__(**kwargs)

    def has_changed(self, initial, data):
        if isinstance(initial, str) or initial is None:
            return super().has_changed(initial, data)
        try:
            value = self.to_python(data)
        except forms.ValidationError:
            return True
        return value != _to_minute(initial)


def _to_minute(moment):
    return moment.replace(second=0, microsecond=0) if moment else moment


class WritingForm(forms.ModelForm):
    """The writing form's cleaning: straight quotes and dashes typed in the
    headline and standfirst are saved as typographic ones (the setting
    `NEWSROOM_SMART_QUOTES`), and a publication time shown to the minute
    keeps its stored seconds when it was not changed.

    Done here, not in the model's `clean()`: it is a help for what the desk
    types, not a rule of the data. Text that arrives otherwise (a revision
    restored, an import, a script) is kept exactly as it comes."""

    def clean_headline(self):
        return self._typographic("headline")

    def clean_standfirst(self):
        return self._typographic("standfirst")

    def _typographic(self, name):
        value = self.cleaned_data.get(name)
        if settings.NEWSROOM_SMART_QUOTES:
            return smart_quotes(value)
        return value

    def clean_published_at(self):
        value = self.cleaned_data.get("published_at")
        stored = self.instance.published_at
        if value is not None and stored is not None and value == _to_minute(stored):
            return stored
        return value
