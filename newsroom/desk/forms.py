"""The stale-form check every content type's change form uses."""

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

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
