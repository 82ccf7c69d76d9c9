"""`manage.py renditions_rebuild`: old renditions lose what the original
carried, in place, in batches, through the storage API, and a rerun is
a no-op."""

import io

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from PIL import Image

from galleries.models import Rendition
from galleries.renditions import extra_metadata
from tests.factories import make_photo
from tests.galleries.images import SCRIPT_COMMENT, telling_jpeg_bytes
from tests.galleries.test_renditions import assert_carries_only_credit_and_copyright

pytestmark = pytest.mark.django_db


def make_old(rendition):
    """Put back what renditions carried before they were cleaned: the
    original's COM segment, XMP, IPTC, GPS and maker note."""
    storage, name = rendition.file.storage, rendition.file.name
    storage.delete(name)
    image = Image.open(io.BytesIO(telling_jpeg_bytes((200, 100))))
    buffer = io.BytesIO()
    image.save(
        buffer,
        "JPEG",
        comment=image.info["comment"],
        exif=image.info["exif"],
        xmp=image.info["xmp"],
    )
    assert storage.save(name, ContentFile(buffer.getvalue())) == name


def content(rendition):
    """The stored bytes now (a fresh row: a FieldFile keeps its open file)."""
    with Rendition.objects.get(pk=rendition.pk).file.open("rb") as handle:
        return handle.read()


@pytest.fixture
def old_renditions():
    photos = [make_photo(name=f"{n}.jpg", size=(800, 500)) for n in range(3)]
    old = [photo.renditions.get(spec="w640", format="jpeg") for photo in photos]
    for rendition in old:
        make_old(rendition)
        assert SCRIPT_COMMENT in content(rendition)
    return photos, old


def test_old_renditions_are_rebuilt_in_place_and_clean_ones_left(
    old_renditions, capsys
):
    photos, old = old_renditions
    untouched = {
        r.pk: content(r) for r in Rendition.objects.exclude(pk__in=[r.pk for r in old])
    }

    call_command("renditions_rebuild", batch_size=2)

    for before in old:
        after = Rendition.objects.get(pk=before.pk)
        assert after.file.name == before.file.name  # the address stays
        rebuilt = content(after)
        assert_carries_only_credit_and_copyright(rebuilt)
        assert Image.open(io.BytesIO(rebuilt)).size == (640, 400)
        assert (after.width, after.height, after.size) == (640, 400, len(rebuilt))
    for pk, data in untouched.items():
        assert content(Rendition.objects.get(pk=pk)) == data
    out = capsys.readouterr().out
    assert out.count("… up to photo") == 2  # batches of 2 photos: 2 + 1
    assert f"3 renditions rebuilt, {len(untouched)} already clean." in out


def test_a_rerun_has_nothing_to_do(old_renditions, capsys):
    call_command("renditions_rebuild")
    call_command("renditions_rebuild")
    total = Rendition.objects.count()
    assert f"0 renditions rebuilt, {total} already clean." in capsys.readouterr().out


def test_dry_run_writes_nothing(old_renditions, capsys):
    _, old = old_renditions
    call_command("renditions_rebuild", dry_run=True)
    assert all(SCRIPT_COMMENT in content(r) for r in old)
    assert "3 renditions would be rebuilt" in capsys.readouterr().out


def test_after_resumes_past_a_photo(old_renditions):
    photos, old = old_renditions
    call_command("renditions_rebuild", after=photos[0].pk)
    assert SCRIPT_COMMENT in content(old[0])
    assert all(not extra_metadata(content(r)) for r in old[1:])


def test_an_unreadable_original_is_counted_and_the_rest_go_on(old_renditions, capsys):
    photos, old = old_renditions
    photos[1].image.storage.delete(photos[1].image.name)
    call_command("renditions_rebuild")
    assert not extra_metadata(content(old[0]))
    assert not extra_metadata(content(old[2]))
    assert "2 renditions rebuilt" in capsys.readouterr().out


def test_a_missing_rendition_file_is_made_again(old_renditions):
    _, old = old_renditions
    old[0].file.storage.delete(old[0].file.name)
    call_command("renditions_rebuild")
    assert not extra_metadata(content(Rendition.objects.get(pk=old[0].pk)))


def test_the_cdn_is_told_to_fetch_the_rebuilt_photos_again(
    old_renditions, settings, django_capture_on_commit_callbacks
):
    """Same addresses, new bytes: each batch purges its rebuilt photos' keys
    (and only theirs)."""
    from newsroom import purge
    from tests.newsroom.test_purge import Recorder

    settings.NEWSROOM_PURGE_BACKEND = "tests.newsroom.test_purge.Recorder"
    photos, _old = old_renditions
    clean = make_photo(name="clean.jpg")
    Recorder.purged = []
    purge.forget_pending()  # what the fixtures' saves changed

    with django_capture_on_commit_callbacks(execute=True):
        call_command("renditions_rebuild", batch_size=2)

    purged = set().union(*Recorder.purged)
    assert purged == {f"galleries.photo-{photo.pk}" for photo in photos}
    assert f"galleries.photo-{clean.pk}" not in purged
