"""The admin explains itself: every help text reads whole on the form.

Help texts are shown as HTML, so an example written as "/teams/<slug>/"
lost its middle ("/teams//.") and told the desk nothing."""

import re

import pytest
from django.contrib import admin
from django.utils.html import strip_tags

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_every_help_text_survives_its_trip_through_html():
    for model in admin.site._registry:
        for field in model._meta.get_fields():
            text = str(getattr(field, "help_text", "") or "")
            assert strip_tags(text) == text or "<a " in text, (model, field.name)


@pytest.mark.parametrize(
    ("url", "example"),
    [
        ("/admin/newsroom/author/add/", "/author/maya-okafor/"),
        ("/admin/newsroom/section/add/", "/section/football/"),
        ("/admin/tags/team/add/", "/teams/harbourside-athletic/"),
        ("/admin/tags/player/add/", "/players/emeka-duru/"),
        ("/admin/galleries/photographer/add/", "/photographers/antonio-calanni/"),
    ],
)
def test_address_examples_read_whole_on_the_form(client, url, example):
    client.force_login(UserFactory(username="chief", is_staff=True, is_superuser=True))
    html = client.get(url).content.decode()
    assert example in html
    assert not re.search(r"/[a-z]+//\.", strip_tags(html))
