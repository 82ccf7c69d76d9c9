"""POST data for an admin change form, built from the form the admin rendered.

Tests then change only what the journalist would change, as in a browser.
"""

from django.db.models import Model
from django.forms import MultiWidget
from django.forms.widgets import DateTimeBaseInput


def change_form_data(response):
    data = {}
    _add_form(data, response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        for form in formset.forms:
            _add_form(data, form)
    return data


def _add_form(data, form):
    for name, field in form.fields.items():
        key = form.add_prefix(name)
        value = form[name].value()
        if isinstance(field.widget, MultiWidget):
            if isinstance(value, (list, tuple)):  # a bound form sent back
                parts = list(value)
            else:
                parts = field.widget.decompress(value) if value else []
            for index, _widget in enumerate(field.widget.widgets):
                part = parts[index] if index < len(parts) else None
                data[f"{key}_{index}"] = _plain(part)
        elif isinstance(field.widget, DateTimeBaseInput) and value:
            # As the widget shows it (a picker to the minute sends minutes).
            data[key] = field.widget.format_value(value)
        elif isinstance(value, (list, tuple)):
            data[key] = [_plain(item) for item in value]
        elif value is None and getattr(field.widget, "allow_multiple_selected", False):
            continue  # an empty multiple select sends nothing
        elif value is True:
            data[key] = "on"
        elif value is not False:
            data[key] = _plain(value)


def _plain(value):
    if value is None:
        return ""
    if isinstance(value, Model):
        return value.pk
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def add_inline_row(data, prefix, **fields):
    """Add one row to an inline formset in POST data, as “Add another” does."""
    total = int(data.get(f"{prefix}-TOTAL_FORMS") or 0)
    for name, value in fields.items():
        data[f"{prefix}-{total}-{name}"] = value
    data[f"{prefix}-TOTAL_FORMS"] = str(total + 1)
    return data
