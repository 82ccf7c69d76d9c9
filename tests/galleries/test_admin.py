import pytest
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.urls import reverse

from galleries.metadata import MAX_TEXT_CHARACTERS
from galleries.models import Photo
from tests.factories import UserFactory, make_photo
from tests.galleries.images import (
    ODD_REFUSED,
    fixture_upload,
    image_bytes,
    odd_uploads,
    upload,
    with_long_iptc_caption,
)
from tests.galleries.test_renditions import assert_carries_only_credit_and_copyright

pytestmark = pytest.mark.django_db

UPLOAD_URL = reverse("admin:galleries_photo_upload")


@pytest.fixture
def photo_editor(client):
    user = UserFactory(username="photo-editor", is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(content_type__app_label="galleries")
    )
    client.force_login(user)
    return user


def test_desk_uploads_many_photos_at_once(client, photo_editor):
    response = client.post(
        UPLOAD_URL,
        {
            "files": [
                fixture_upload("iptc_only.jpg"),
                fixture_upload("xmp_only.jpg"),
                upload("team-sheet.jpg", b"<html>not a photo</html>"),
            ]
        },
    )

    assert response.status_code == 302
    photos = Photo.objects.order_by("pk")
    assert photos.count() == 2
    assert all(photo.uploaded_by == photo_editor for photo in photos)
    assert response["Location"].endswith(
        "?id__in=" + ",".join(str(p.pk) for p in photos)
    )
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert "2 photos added to the library." in messages
    assert any(m.startswith("team-sheet.jpg was not added: ") for m in messages)

    changelist = client.get(response["Location"])
    html = changelist.content.decode()
    assert changelist.status_code == 200
    assert "AP Photo/Antonio Calanni" in html
    assert '<img src="' in html  # thumbnails


def test_upload_page_explains_the_limits(client, photo_editor, settings):
    response = client.get(UPLOAD_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "multiple" in html
    assert f"up to {settings.NEWSROOM_UPLOAD_MAX_FILES} files at once" in html


def test_too_many_files_is_a_form_error(client, photo_editor, settings):
    settings.NEWSROOM_UPLOAD_MAX_FILES = 2
    response = client.post(
        UPLOAD_URL, {"files": [fixture_upload("none.jpg") for _ in range(3)]}
    )
    assert response.status_code == 200
    assert "upload at most 2 at a time" in response.content.decode()
    assert not Photo.objects.exists()


def test_no_file_chosen_is_a_form_error(client, photo_editor):
    response = client.post(UPLOAD_URL, {})
    assert response.status_code == 200
    assert response.context["form"].errors["files"]


def test_adding_a_photo_means_uploading(client, photo_editor):
    response = client.get(reverse("admin:galleries_photo_add"))
    assert response.status_code == 302
    assert response["Location"] == UPLOAD_URL


def test_upload_needs_the_add_permission(client):
    user = UserFactory(username="viewer", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename="view_photo"))
    client.force_login(user)
    assert client.get(UPLOAD_URL).status_code == 403
    response = client.post(UPLOAD_URL, {"files": [fixture_upload("none.jpg")]})
    assert response.status_code == 403
    assert not Photo.objects.exists()


def test_change_form_says_which_values_came_from_the_file(client, photo_editor):
    photo = Photo.objects.get(pk=_ingest("iptc_only.jpg").pk)
    response = client.get(reverse("admin:galleries_photo_change", args=[photo.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Read from the file (IPTC)." in html
    assert "Emeka Duru" in html  # the metadata block


def test_moving_the_focal_point_in_the_admin_remakes_crops(client, photo_editor):
    photo = make_photo()
    old = set(photo.renditions.values_list("file", flat=True))
    url = reverse("admin:galleries_photo_change", args=[photo.pk])
    form = client.get(url).context["adminform"].form
    data = {
        name: ("" if value is None else value)
        for name, value in form.initial.items()
        if name in form.fields
    }
    data["seen_version"] = form["seen_version"].value()
    data.update({"focal_x": "0.2", "focal_y": "0.5", "keywords": "Soccer\nDuru"})
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    photo.refresh_from_db()
    assert photo.focal_x == 0.2
    assert photo.keywords == ["Soccer", "Duru"]
    assert old.isdisjoint(set(photo.renditions.values_list("file", flat=True)))


def _ingest(name):
    from galleries.services import photo_ingest

    return photo_ingest(file=fixture_upload(name))


def test_other_spellings_are_typed_one_per_line(client, photo_editor):
    from galleries.models import Agency

    response = client.post(
        reverse("admin:galleries_agency_add"),
        {"name": "Sportimage", "slug": "sportimage", "aliases": "Sport Image\n\nSIPA "},
    )
    assert response.status_code == 302
    agency = Agency.objects.get(name="Sportimage")
    assert agency.aliases == ["Sport Image", "SIPA"]
    assert Agency.objects.matching("sport image").get() == agency
    change = client.get(reverse("admin:galleries_agency_change", args=[agency.pk]))
    assert "Sport Image\nSIPA</textarea>" in change.content.decode()


def test_a_batch_of_odd_files_lists_what_became_of_each(client, photo_editor):
    """Extreme shapes, a phone's MPO, a zero-byte file, a cut-off JPEG and
    one full of comments: each is taken or refused alone, and the desk is
    told which, file by file, in the order they were sent."""
    odd = odd_uploads()
    response = client.post(
        UPLOAD_URL, {"files": [upload(name, content) for name, content in odd.items()]}
    )

    assert response.status_code == 302
    added = len(odd) - len(ODD_REFUSED)
    assert Photo.objects.count() == added
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert messages[0] == f"{added} photos added to the library."
    assert len(messages) == 1 + len(odd)
    for name, line in zip(odd, messages[1:], strict=True):
        if name in ODD_REFUSED:
            assert line.startswith(f"{name} was not added: {ODD_REFUSED[name]}")
        else:
            assert line == f"{name} was added."
    changelist = client.get(response["Location"])
    assert changelist.status_code == 200
    assert len(changelist.context["cl"].result_list) == added
    telling = Photo.objects.get(caption="Caption in IPTC.")
    for rendition in telling.renditions.all():
        with rendition.file.open("rb") as handle:
            assert_carries_only_credit_and_copyright(handle.read())


def test_a_zero_byte_file_is_refused_alone(client, photo_editor):
    response = client.post(
        UPLOAD_URL,
        {"files": [upload("empty.jpg", b""), fixture_upload("iptc_only.jpg")]},
    )
    assert response.status_code == 302
    assert Photo.objects.count() == 1
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert "empty.jpg was not added: The file is empty." in messages
    assert "iptc_only.jpg was added." in messages


def test_only_refused_files_say_so(client, photo_editor):
    response = client.post(UPLOAD_URL, {"files": [upload("empty.jpg", b"")]})
    assert response.status_code == 302
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert messages == [
        "No photo was added.",
        "empty.jpg was not added: The file is empty.",
    ]


def test_a_crash_on_one_file_is_a_line_not_a_500(client, photo_editor, monkeypatch):
    from galleries import services

    real_inspect = services.photo_inspect

    def crash_on_b(*, file):
        if file.name == "b.jpg":
            raise ZeroDivisionError("integer division or modulo by zero")
        return real_inspect(file=file)

    monkeypatch.setattr(services, "photo_inspect", crash_on_b)
    files = [upload(f"{name}.jpg", image_bytes((400, 300))) for name in "abc"]
    response = client.post(UPLOAD_URL, {"files": files})
    assert response.status_code == 302
    assert Photo.objects.count() == 2
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert messages[2].startswith("b.jpg was not added: Something went wrong")
    assert messages[3] == "c.jpg was added."


def test_a_cut_caption_is_a_warning_on_its_file(client, photo_editor, tmp_path):
    path = tmp_path / "long.jpg"
    path.write_bytes(image_bytes((400, 300)))
    content = with_long_iptc_caption(path)
    response = client.post(UPLOAD_URL, {"files": [upload("long.jpg", content)]})
    assert response.status_code == 302
    photo = Photo.objects.get()
    assert len(photo.caption) == MAX_TEXT_CHARACTERS
    assert photo.credit_line == "Emeka Duru/AP"
    warnings = [
        str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"
    ]
    assert warnings == [
        "long.jpg was added. The IPTC caption (2:120) was 100,000 characters "
        "long; only the first 10,000 were kept."
    ]
