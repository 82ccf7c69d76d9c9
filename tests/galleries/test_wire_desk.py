"""The photo desk's acceptance: a folder of wire photos in every credit spelling."""

import io

import pytest
from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command
from django.urls import reverse
from PIL import Image

from galleries.models import Agency, Photo, Photographer
from newsroom.demo.iptc import with_iptc
from tests.factories import UserFactory
from tests.galleries.images import image_bytes, upload

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825

SPELLINGS = [
    {"credit": "AP Photo/Antonio Calanni"},
    {"credit": "Photo: AP/Antonio Calanni"},
    {"credit": "Photo; AP/Antonio Calanni"},
    {"credit": "Antonio Calanni/AP"},
    {"credit": "(AP Photo/Antonio Calanni, File)"},
    {"byline": "Antonio Calanni", "credit": "AP"},
    {"byline": "ANTONIO CALANNI", "credit": "AP Photo"},
    {"byline": "Antonio Calanni", "source": "Associated Press"},
]


def wire_photo(n, spelling):
    exif = Image.Exif()
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (45.0, 28.0, 41.0)})
    picture = image_bytes((2400, 1600), exif=exif.tobytes())
    caption = (
        f"Harbourside's Emeka Duru ({n}) celebrates after scoring during the "
        "Europa League match at the Quayside, Thursday, March 12, 2026."
    )
    return caption, with_iptc(picture, caption=caption, **spelling)


@pytest.fixture
def wire_folder(tmp_path):
    captions = {}
    for n, spelling in enumerate(SPELLINGS):
        caption, content = wire_photo(n, spelling)
        (tmp_path / f"wire-{n:02d}.jpg").write_bytes(content)
        captions[f"wire-{n:02d}.jpg"] = caption
    (tmp_path / "zz-hostile.jpg").write_bytes(b'<svg onload="alert(1)"></svg>')
    return tmp_path, captions


def assert_one_credit_and_clean_renditions(captions):
    photos = Photo.objects.with_renditions()
    assert sorted(p.caption for p in photos) == sorted(captions.values())
    assert Photographer.objects.count() == 1
    assert {p.photographer.name for p in photos} == {"Antonio Calanni"}
    assert {p.agency for p in photos} == {Agency.objects.get(name="AP")}
    assert {p.credit for p in photos} == {"AP Photo/Antonio Calanni"}
    for photo in photos:
        webps = [r for r in photo.renditions.all() if r.format == "webp"]
        assert webps and all(r.width <= 800 for r in webps)
        for rendition in webps:
            with rendition.file.open("rb") as handle:
                exif = Image.open(io.BytesIO(handle.read())).getexif()
            assert not exif.get_ifd(GPS_IFD)


def test_import_photos_reads_every_spelling_as_one_credit(wire_folder, capsys):
    folder, captions = wire_folder
    with pytest.raises(CommandError, match=f"{len(SPELLINGS)} photos added; 1 refused"):
        call_command("import_photos", str(folder))
    assert "zz-hostile.jpg: refused" in capsys.readouterr().out
    assert_one_credit_and_clean_renditions(captions)


def test_admin_upload_reads_every_spelling_as_one_credit(client, wire_folder):
    folder, captions = wire_folder
    user = UserFactory(username="photo-desk", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename="add_photo"))
    client.force_login(user)
    files = [upload(path.name, path.read_bytes()) for path in sorted(folder.iterdir())]

    response = client.post(reverse("admin:galleries_photo_upload"), {"files": files})

    assert response.status_code == 302
    assert_one_credit_and_clean_renditions(captions)
