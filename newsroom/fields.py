"""Model and form fields shared by every app."""

from django import forms
from django.db import models


class StringListFormField(forms.CharField):
    """A list of strings (spellings, aliases, keywords), typed one per line."""

    def __init__(self, *, encoder=None, decoder=None, **kwargs):
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 3}))
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, (list, tuple)):
            return "\n".join(value)
        return value

    def to_python(self, value):
        if isinstance(value, (list, tuple)):
            return [str(item).strip() for item in value if str(item).strip()]
        lines = (line.strip() for line in (value or "").splitlines())
        return list(dict.fromkeys(line for line in lines if line))

    def has_changed(self, initial, data):
        return self.to_python(initial) != self.to_python(data)


class StringListField(models.JSONField):
    """A list of strings, edited in forms as one per line."""

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": StringListFormField, **kwargs})
