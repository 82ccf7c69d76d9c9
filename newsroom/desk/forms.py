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
    version, knowingly.
    """

    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.conflict = None
        if self.instance.pk is not None:
            self.fields["seen_version"].initial = self.instance.edit_version

    def clean(self):
        cleaned = super().clean()
        seen = cleaned.get("seen_version")
        if self.instance.pk is None or seen is None:
            return cleaned
        if seen == self.instance.edit_version:
            return cleaned
        self.conflict = self._conflict_report()
        # The next save has seen what changed: let it through.
        data = self.data.copy()
        data[self.add_prefix("seen_version")] = self.instance.edit_version
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
