"""Renditions answer only while their photo is public: a photo in the
library or in drafts is not found, withdrawing what showed it ends its
addresses (and purges them from the CDN), the desk sees every photo, and a
shared preview's pictures work exactly as long as the link."""

import html
import re
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.test import Client

from galleries.access import preview_token
from galleries.models import Photo, Rendition
from newsroom import purge
from newsroom.desk.previews import preview_link_create
from newsroom.desk.services import item_transition
from newsroom.settings import base
from tests.factories import ArticleFactory, UserFactory, make_photo
from tests.newsroom.desk.test_workflow import ready_photo
from tests.newsroom.test_purge import Recorder

pytestmark = pytest.mark.django_db


@pytest.fixture
def recorder(settings):
    settings.NEWSROOM_PURGE_BACKEND = "tests.newsroom.test_purge.Recorder"
    Recorder.purged = []
    purge.forget_pending()
    return Recorder


def addresses(photo):
    return [r.url for r in Rendition.objects.filter(photo=photo)]


def fetch(client, url):
    response = client.get(url)
    if response.status_code == 200:
        assert b"".join(response.streaming_content)
    return response


def test_a_photo_only_in_the_library_or_a_draft_is_not_found():
    photo = make_photo(caption="A draft's picture.")
    ArticleFactory(draft=True, lead_photo=photo)
    urls = addresses(photo)
    assert urls  # made at upload
    for url in urls:
        assert Client().get(url).status_code == 404
    assert Client().get(photo.rendition_url("w640", "jpeg")).status_code == 404


def test_a_public_photo_is_served_to_everyone_and_named_for_the_cdn():
    photo = make_photo()
    ArticleFactory(lead_photo=photo)
    for url in addresses(photo):
        response = fetch(Client(), url)
        assert response.status_code == 200
        assert response["Cache-Control"].startswith("public, max-age=")
        assert f"galleries.photo-{photo.pk}" in response["Surrogate-Key"].split()
        assert not response.cookies


def test_withdrawing_the_story_ends_its_photos_addresses_and_purges_them(
    journalist, recorder, django_capture_on_commit_callbacks
):
    photo = ready_photo()
    article = ArticleFactory(draft=True, lead_photo=photo)
    with django_capture_on_commit_callbacks(execute=True):
        article, _warnings = item_transition(article, "publish", journalist)
    url = Photo.objects.with_renditions().get(pk=photo.pk).rendition_url("w640", "jpeg")
    assert fetch(Client(), url).status_code == 200
    Recorder.purged = []
    with django_capture_on_commit_callbacks(execute=True):
        item_transition(article, "withdraw", journalist)
    assert Client().get(url).status_code == 404
    assert any(f"galleries.photo-{photo.pk}" in keys for keys in Recorder.purged)


def test_the_desk_sees_every_photo_privately(client):
    editor = UserFactory(username="photodesk", is_staff=True, is_superuser=True)
    client.force_login(editor)
    photo = make_photo()
    for url in addresses(photo):
        response = fetch(client, url)
        assert response.status_code == 200
        assert response["Cache-Control"] == "private, no-store"
        assert "Surrogate-Key" not in response
    html = client.get("/admin/galleries/photo/").content.decode()
    assert photo.rendition("1x1-400", "webp").url in html


def test_an_account_without_the_library_is_a_reader(client):
    client.force_login(UserFactory(username="subscriber", is_staff=False))
    photo = make_photo()
    assert client.get(addresses(photo)[0]).status_code == 404


class TestSharedPreviewPictures:
    def test_they_work_as_long_as_the_link(self, journalist):
        photo = make_photo(caption="The new signing.")
        article = ArticleFactory(draft=True, lead_photo=photo, headline="Signing")
        link = preview_link_create(article, user=journalist)
        reader = Client()
        page = html.unescape(reader.get(link.get_absolute_url()).content.decode())
        token = preview_token(photo.pk, link)
        # The pictures' addresses, read from the page itself (the same on
        # every render: once, a timestamped token differed a second later).
        prefix = photo.rendition_url("w320", "jpeg").split(f"/{photo.pk}/")[0]
        offered = set(
            re.findall(rf"{re.escape(prefix)}/{photo.pk}/[^\s\"']+\?v=[^\s\"']+", page)
        )
        assert offered, page[page.find("<figure") : page.find("</figure>")]
        assert all(url.endswith(f"&t={token}") for url in offered), offered
        assert token == preview_token(photo.pk, link)
        for url in offered:
            response = fetch(reader, url)
            assert response.status_code == 200
            assert response["Cache-Control"] == "private, no-store"
        link.revoked_at = link.created_at
        link.save()
        assert reader.get(sorted(offered)[0]).status_code == 404

    def test_a_token_opens_only_its_own_photo(self, journalist):
        photo, other = make_photo(), make_photo()
        article = ArticleFactory(draft=True, lead_photo=photo)
        link = preview_link_create(article, user=journalist)
        token = preview_token(photo.pk, link)
        assert Client().get(addresses(other)[0] + f"&t={token}").status_code == 404
        forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
        assert Client().get(addresses(photo)[0] + f"&t={forged}").status_code == 404


def test_renditions_are_stored_where_no_address_reaches_them():
    location = Path(base.STORAGES["renditions"]["OPTIONS"]["location"])
    assert base.STORAGES["renditions"]["OPTIONS"]["base_url"] is None
    assert not location.resolve().is_relative_to(Path(base.MEDIA_ROOT).resolve())


def test_the_upgrade_moves_renditions_out_of_public_media():
    """Renditions made before 0017 sat in the public media."""
    from importlib import import_module

    from django.apps import apps

    migration = import_module(
        "galleries.migrations.0017_renditions_kept_out_of_public_media"
    )
    photo = make_photo()
    made = photo.renditions.first()
    with made.file.open("rb") as handle:
        content = handle.read()
    storages["renditions"].delete(made.file.name)
    storages["default"].save(made.file.name, ContentFile(content))

    migration.move_renditions_out_of_public_media(apps, None)

    assert not storages["default"].exists(made.file.name)
    with storages["renditions"].open(made.file.name, "rb") as handle:
        assert handle.read() == content
