"""The admin explains itself: every help text reads whole on the form.

Help texts are shown as HTML, so an example written as "/teams/<slug>/"
lost its middle ("/teams//.") and told the desk nothing."""

import re

import pytest
from django.contrib import admin
from django.test import RequestFactory
from django.urls import reverse
from django.utils.html import strip_tags

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


# An address with a segment missing, "/author//" or "/teams//.": what an
# example written as "/teams/<slug>/" reads as once the tag is gone. The
# "//" of a scheme ("https://") is not one.
EMPTY_SEGMENT = re.compile(r"(?<![:/])//")

HELP = re.compile(r'<div class="help[^"]*"[^>]*>(.*?)</div>', re.DOTALL)


def test_an_example_written_with_a_placeholder_is_caught():
    assert EMPTY_SEGMENT.search(strip_tags("As in /teams/<slug>/."))
    assert EMPTY_SEGMENT.search("/author//")
    assert not EMPTY_SEGMENT.search("As in /author/ana-ruiz/, or https://example.com/")


def test_every_help_text_survives_its_trip_through_html():
    for model in admin.site._registry:
        for field in model._meta.get_fields():
            text = str(getattr(field, "help_text", "") or "")
            assert strip_tags(text) == text or "<a " in text, (model, field.name)


def test_no_help_text_or_field_name_has_an_address_missing_its_name():
    for model in admin.site._registry:
        for field in model._meta.get_fields():
            for text in (
                getattr(field, "help_text", ""),
                getattr(field, "verbose_name", ""),
            ):
                shown = strip_tags(str(text or ""))
                assert not EMPTY_SEGMENT.search(shown), (model, field.name, shown)


def test_no_add_form_of_the_desk_shows_an_address_missing_its_name(client):
    """The forms' own help texts too, not only the models'."""
    client.force_login(UserFactory(username="chief", is_staff=True, is_superuser=True))
    shown_texts = []
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        if not model_admin.has_add_permission(_request_as_superuser()):
            continue
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_add")
        response = client.get(url, follow=True)  # a photo is added by upload
        assert response.status_code == 200, url
        html = response.content.decode()
        for help_text in HELP.findall(html):
            shown = strip_tags(help_text).strip()
            assert not EMPTY_SEGMENT.search(shown), (url, shown)
            shown_texts.append(shown)
    assert "Used in the author's address, as in /author/maya-okafor/." in shown_texts


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
    assert not EMPTY_SEGMENT.search(strip_tags(html))


def _request_as_superuser():
    request = RequestFactory().get("/admin/")
    request.user = UserFactory.build(is_staff=True, is_superuser=True)
    return request
