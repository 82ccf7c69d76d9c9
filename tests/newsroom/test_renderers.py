"""The form renderer writes Django's plain inputs itself: the markup must be
exactly what the templates render, escaping included."""

import pytest
from django import forms
from django.forms.renderers import TemplatesSetting
from django.utils.safestring import mark_safe

from newsroom.renderers import FormRenderer

WIDGETS = [
    forms.HiddenInput(),
    forms.TextInput(attrs={"class": "vTextField", "maxlength": 200, "required": True}),
    forms.CheckboxInput(),
    forms.NumberInput(attrs={"min": 0, "disabled": False}),
    forms.EmailInput(),
    forms.DateInput(),
    forms.PasswordInput(render_value=True),
]
VALUES = [
    None,
    "",
    'Duru\'s "late" <winner> & more',
    42,
    True,
    mark_safe("<b>already safe</b>"),
]


@pytest.mark.parametrize("widget", WIDGETS, ids=lambda w: type(w).__name__)
@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_plain_inputs_render_as_the_templates_do(widget, value):
    attrs = {"id": "id_x", "data-label": 'a "quoted" <label>'}
    fast = widget.render("x", value, attrs=attrs, renderer=FormRenderer())
    slow = widget.render("x", value, attrs=attrs, renderer=TemplatesSetting())
    assert fast == slow


def test_other_widgets_still_render_through_their_templates():
    widget = forms.Select(choices=[("1", "Harbourside")])
    assert 'option value="1"' in widget.render("team", "1", renderer=FormRenderer())


CHOICES = [
    ("", "---------"),
    ("1", "Harbourside & Co <FC>"),
    ("Teams", [("2", "Kingsbridge"), ("3", mark_safe("<i>Safe</i>"))]),
]


@pytest.mark.parametrize(
    "widget",
    [
        forms.Textarea(attrs={"rows": 2, "cols": 40}),
        forms.Select(choices=CHOICES),
        forms.SelectMultiple(choices=CHOICES),
        forms.NullBooleanSelect(),
    ],
    ids=lambda w: type(w).__name__,
)
@pytest.mark.parametrize("value", [None, "", "1", ["2", "3"], 'a <b> & "c"'], ids=repr)
def test_text_areas_and_selects_render_as_the_templates_do(widget, value):
    if not isinstance(widget, forms.SelectMultiple) and isinstance(value, list):
        value = value[0]
    attrs = {"id": "id_x", "data-x": "<y>"}
    fast = widget.render("x", value, attrs=attrs, renderer=FormRenderer())
    slow = widget.render("x", value, attrs=attrs, renderer=TemplatesSetting())
    assert fast == slow
