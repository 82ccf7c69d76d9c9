"""The form renderer: the project's templates, with Django's plain <input>
widgets written directly.

A desk form renders hundreds of inputs (a gallery of thirty photos has a
hidden id, position and gallery field, a caption box, a photo chooser and a
delete box a row), and each through the template engine costs two to four
template renders. For the templates Django ships for plain inputs, text
areas and selects, this renderer writes the same markup in Python; any
template the project overrides, and every other widget, still renders
through its template.
"""

from functools import cache
from pathlib import Path

import django
from django.forms.renderers import TemplatesSetting
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe

INPUTS = (
    "input",
    "hidden",
    "text",
    "checkbox",
    "number",
    "email",
    "url",
    "password",
    "date",
    "datetime",
    "time",
    "search",
    "tel",
    "color",
)


def _shown(value):
    """`{{ value|stringformat:'s' }}` under autoescaping: the text, escaped
    unless it was safe already (the filter keeps safeness)."""
    text = str(value)
    return text if isinstance(value, SafeData) else conditional_escape(text)


def _attrs(attrs):
    """What django/forms/widgets/attrs.html renders."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        parts.append(f" {conditional_escape(name)}")
        if value is not True:
            parts.append(f'="{_shown(value)}"')
    return "".join(parts)


def input_html(widget):
    """What django/forms/widgets/input.html renders."""
    value = "" if widget["value"] is None else f' value="{_shown(widget["value"])}"'
    return (
        f'<input type="{conditional_escape(widget["type"])}" '
        f'name="{conditional_escape(widget["name"])}"{value}{_attrs(widget["attrs"])}>'
    )


def textarea_html(widget):
    """What django/forms/widgets/textarea.html renders."""
    value = conditional_escape(widget["value"]) if widget["value"] else ""
    return (
        f'<textarea name="{conditional_escape(widget["name"])}"'
        f"{_attrs(widget['attrs'])}>\n{value}</textarea>"
    )


def select_html(widget):
    """What django/forms/widgets/select.html renders, or None when an
    option has a template of its own."""
    parts = [
        f'<select name="{conditional_escape(widget["name"])}"{_attrs(widget["attrs"])}>'
    ]
    for group_name, group_choices, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{conditional_escape(group_name)}">')
        for option in group_choices:
            if option["template_name"] != OPTION:
                return None
            parts.append(
                f'\n  <option value="{_shown(option["value"])}"'
                f"{_attrs(option['attrs'])}>{conditional_escape(option['label'])}"
                "</option>\n"
            )
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


WIDGETS = "django/forms/widgets/"
OPTION = f"{WIDGETS}select_option.html"
WRITERS = {
    **{f"{WIDGETS}{name}.html": input_html for name in INPUTS},
    f"{WIDGETS}textarea.html": textarea_html,
    f"{WIDGETS}select.html": select_html,
}
INCLUDED = (f"{WIDGETS}input.html", f"{WIDGETS}attrs.html", OPTION)
DJANGO_ROOT = Path(django.__file__).resolve().parent


class FormRenderer(TemplatesSetting):
    def render(self, template_name, context, request=None):
        writer = WRITERS.get(template_name)
        if writer is not None and self._django_owns(template_name):
            html = writer(context["widget"])
            if html is not None:
                return mark_safe(html)  # every piece escaped by the writer
        return super().render(template_name, context, request)

    @cache  # noqa: B019 (one renderer a process, a handful of names)
    def _django_owns(self, template_name):
        """Whether the templates found for `template_name` and the input and
        attributes templates it includes are Django's own, not overrides."""
        for name in (template_name, *INCLUDED):
            origin = Path(self.get_template(name).origin.name).resolve()
            if DJANGO_ROOT not in origin.parents:
                return False
        return True
