import os
import shutil

import pytest
from django.core.management import CommandError, call_command

from galleries.models import Photo
from tests.factories import UserFactory
from tests.galleries.images import (
    FIXTURES,
    ODD_REFUSED,
    image_bytes,
    odd_uploads,
    with_long_iptc_caption,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def wire_folder(tmp_path):
    for name in ["iptc_only.jpg", "xmp_only.jpg", "split_credit.jpg", "none.jpg"]:
        shutil.copy(FIXTURES / name, tmp_path / name)
    return tmp_path


def test_imports_a_folder_with_a_line_per_file(wire_folder, capsys):
    UserFactory(username="desk")
    call_command("import_photos", str(wire_folder), user="desk")

    out = capsys.readouterr().out
    assert Photo.objects.count() == 4
    assert out.count("/4 ") == 4
    assert "[####################] 4/4" in out
    assert out.count("AP Photo/Antonio Calanni") == 3
    assert "4 photos added." in out
    assert all(p.uploaded_by.username == "desk" for p in Photo.objects.all())


def test_refused_files_are_reported_and_the_rest_kept(wire_folder, capsys):
    (wire_folder / "zz-evil.jpg").write_text("<script>alert(1)</script>")
    with pytest.raises(CommandError, match="4 photos added; 1 refused"):
        call_command("import_photos", str(wire_folder))
    assert Photo.objects.count() == 4
    assert "zz-evil.jpg: refused: This is not a JPEG" in capsys.readouterr().out


def test_dry_run_stores_nothing(wire_folder, capsys):
    call_command("import_photos", str(wire_folder / "iptc_only.jpg"), dry_run=True)
    assert not Photo.objects.exists()
    out = capsys.readouterr().out
    assert "would add “UEFA Europa League: Harbourside vs Kingsbridge”" in out


def test_missing_paths_and_unknown_users_are_clear_errors(wire_folder):
    with pytest.raises(CommandError, match="No such file or folder"):
        call_command("import_photos", str(wire_folder / "missing.jpg"))
    with pytest.raises(CommandError, match="No user called"):
        call_command("import_photos", str(wire_folder), user="nobody")


def test_adds_to_a_gallery_in_file_name_order(wire_folder, capsys):
    from tests.factories import GalleryFactory

    gallery = GalleryFactory(slug="derby-in-pics", photos=1)
    call_command("import_photos", str(wire_folder), gallery="derby-in-pics")

    items = list(gallery.items.select_related("photo").order_by("position"))
    assert len(items) == 5
    assert [item.photo.caption[:12] for item in items[1:]] == [
        "Harbourside'",  # iptc_only.jpg
        "",  # none.jpg
        "",  # split_credit.jpg
        "Emeka Duru h",  # xmp_only.jpg
    ]
    assert "now has 5 photos" in capsys.readouterr().out


def test_creates_the_gallery_when_asked(wire_folder, capsys):
    from galleries.models import Gallery

    call_command(
        "import_photos",
        str(wire_folder),
        gallery="new-in-pics",
        create="In pics: the Quayside",
        order="taken",
    )
    gallery = Gallery.objects.get(slug="new-in-pics")
    assert gallery.headline == "In pics: the Quayside"
    assert gallery.status == "draft"
    assert gallery.items.count() == 4
    assert gallery.cover == gallery.items.order_by("position").first().photo
    assert "Created draft gallery" in capsys.readouterr().out


def test_unknown_gallery_without_create_is_a_clear_error(wire_folder):
    with pytest.raises(CommandError, match="Add --create TITLE"):
        call_command("import_photos", str(wire_folder), gallery="nope")
    assert not Photo.objects.exists()


def _open_in(folder):
    """How many files under `folder` this process has open (Linux)."""
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        count += target.startswith(str(folder))
    return count


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
@pytest.mark.parametrize("gallery", [None, "derby-in-pics"])
def test_files_are_opened_one_at_a_time(tmp_path, monkeypatch, capsys, gallery):
    """A 300-file folder hit the open-file limit when every file was opened
    before the first was read."""
    from galleries import services
    from tests.factories import GalleryFactory

    if gallery:
        GalleryFactory(slug=gallery)
    content = image_bytes((64, 48))
    for index in range(40):
        (tmp_path / f"{index:03d}.jpg").write_bytes(content)
    open_counts = []
    real_inspect = services.photo_inspect

    def counting_inspect(*, file):
        open_counts.append(_open_in(tmp_path))
        return real_inspect(file=file)

    monkeypatch.setattr(services, "photo_inspect", counting_inspect)
    call_command("import_photos", str(tmp_path), gallery=gallery)

    assert Photo.objects.count() == 40
    assert open_counts == [1] * 40
    assert _open_in(tmp_path) == 0


def test_a_folder_of_odd_files_imports_the_good_and_names_the_rest(tmp_path, capsys):
    odd = odd_uploads()
    for name, content in odd.items():
        (tmp_path / name).write_bytes(content)
    refused = len(ODD_REFUSED)
    with pytest.raises(CommandError, match=f"{len(odd) - refused} photos added; "):
        call_command("import_photos", str(tmp_path))
    out = capsys.readouterr().out
    assert Photo.objects.count() == len(odd) - refused
    for name, message in ODD_REFUSED.items():
        assert f"{name}: refused: {message}" in out
    assert out.count(f"/{len(odd)} ") == len(odd)


def test_a_long_iptc_caption_is_cut_and_the_rest_kept(tmp_path, capsys):
    path = tmp_path / "long.jpg"
    path.write_bytes(image_bytes((400, 300)))
    with_long_iptc_caption(path)
    call_command("import_photos", str(path))
    photo = Photo.objects.get()
    assert photo.credit_line == "Emeka Duru/AP"
    assert photo.caption.startswith("A long caption.")
    assert "only the first 10,000 were kept" in capsys.readouterr().out
