import shutil

import pytest
from django.core.management import CommandError, call_command

from galleries.models import Photo
from tests.factories import UserFactory
from tests.galleries.images import FIXTURES

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
