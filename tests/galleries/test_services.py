import io
import re
from datetime import datetime, timedelta, timezone

import pytest
from django.core.files import File
from django.core.files.storage import storages
from PIL import Image

from galleries import services
from galleries.models import Agency, Photo, Photographer, Rendition
from galleries.renditions import FORMATS, page_renditions
from galleries.services import (
    INGEST_RENDITIONS,
    PhotoRefused,
    photo_ingest,
    photo_renditions_make,
    photo_save,
    photos_ingest,
    rendition_get_or_create,
)
from tests.factories import UserFactory, make_photo
from tests.galleries.images import (
    FIXTURES,
    ODD_REFUSED,
    fixture_upload,
    image_bytes,
    jpeg_bytes,
    mpo_bytes,
    odd_uploads,
    stored_files,
    telling_jpeg_bytes,
    upload,
)

pytestmark = pytest.mark.django_db

ISSUE_CAPTION = (
    "Harbourside's Emeka Duru celebrates after scoring his side's second goal "
    "during the Europa League match at the Quayside, Thursday, March 12, 2026."
)


def nothing_stored():
    return (
        stored_files(storages["originals"]) == []
        and stored_files(storages["renditions"]) == []
    )


class TestIngest:
    def test_wire_photo_is_read_stored_and_rendered(self):
        editor = UserFactory()
        photo = photo_ingest(file=fixture_upload("iptc_only.jpg"), uploaded_by=editor)

        assert photo.caption == ISSUE_CAPTION
        assert photo.title == "UEFA Europa League: Harbourside vs Kingsbridge"
        assert photo.photographer.name == "Antonio Calanni"
        assert photo.agency.name == "AP"
        assert photo.credit == "AP Photo/Antonio Calanni"
        assert photo.usage_terms == "NO SALES"
        assert photo.keywords == ["Soccer", "Emeka Duru", "Harbourside"]
        assert photo.date_taken == datetime(
            2026, 3, 12, 21, 14, 5, tzinfo=timezone(timedelta(hours=1))
        )
        assert photo.copyright.startswith("Copyright 2026 The Associated Press")
        assert photo.metadata_sources["caption"] == "IPTC"
        assert photo.uploaded_by == editor
        assert (photo.width, photo.height) == (64, 48)
        assert len(photo.checksum) == 64

    def test_original_gets_an_unguessable_private_name(self):
        photo = photo_ingest(file=upload("Duru-goal-celebration.jpg", image_bytes()))
        assert photo.image.storage is storages["originals"]
        assert re.fullmatch(
            r"originals/[0-9a-f]{2}/[0-9a-f]{32}\.jpg", photo.image.name
        )
        assert "Duru" not in photo.image.name

    def test_ingest_makes_the_first_renditions(self):
        photo = make_photo(size=(1600, 1000))
        made = {(r.spec, r.format): r for r in photo.renditions.all()}
        assert set(made) == set(INGEST_RENDITIONS)
        assert (made["w640", "webp"].width, made["w640", "webp"].height) == (640, 400)
        assert (made["1x1-400", "webp"].width, made["1x1-400", "webp"].height) == (
            400,
            400,
        )
        with made["w640", "jpeg"].file.open("rb") as handle:
            assert Image.open(handle).format == "JPEG"
        for rendition in made.values():
            assert rendition.file.storage is not storages["originals"]
            assert rendition.size == rendition.file.size

    @pytest.mark.parametrize(
        "fixture", ["iptc_only.jpg", "xmp_only.jpg", "split_credit.jpg"]
    )
    def test_every_spelling_names_the_same_photographer_and_agency(self, fixture):
        photo_ingest(file=fixture_upload("iptc_only.jpg"))
        photo = photo_ingest(file=fixture_upload(fixture))
        assert photo.credit == "AP Photo/Antonio Calanni"
        assert Photographer.objects.filter(name="Antonio Calanni").count() == 1
        assert Photographer.objects.count() == 1
        assert photo.agency == Agency.objects.get(name="AP")

    def test_what_the_journalist_typed_wins_over_the_file(self):
        photo = photo_ingest(
            file=fixture_upload("iptc_only.jpg"),
            values={"caption": "Our own caption.", "alt_text": "A striker celebrates"},
        )
        assert photo.caption == "Our own caption."
        assert photo.alt_text == "A striker celebrates"
        assert "caption" not in photo.metadata_sources
        assert photo.title == "UEFA Europa League: Harbourside vs Kingsbridge"

    def test_a_file_without_metadata_is_fine(self):
        photo = photo_ingest(file=fixture_upload("none.jpg"))
        assert (photo.caption, photo.photographer, photo.agency) == ("", None, None)
        assert photo.credit == ""

    @pytest.mark.parametrize(
        ("name", "fmt", "mode"),
        [("pitch.png", "PNG", "RGBA"), ("pitch.webp", "WEBP", "RGB")],
    )
    def test_png_and_webp_are_accepted(self, name, fmt, mode):
        photo = photo_ingest(file=upload(name, image_bytes((800, 600), fmt, mode)))
        assert photo.image.name.endswith(name.rsplit(".", 1)[1])
        assert photo.renditions.count() == len(INGEST_RENDITIONS)

    def test_format_is_read_from_content_not_the_name(self):
        photo = photo_ingest(file=upload("really-a-png.jpg", image_bytes(fmt="PNG")))
        assert photo.image.name.endswith(".png")


class TestRefusals:
    @pytest.mark.parametrize(
        ("name", "content", "message"),
        [
            ("empty.jpg", b"", "empty"),
            (
                "notes.jpg",
                b"Team sheet: Duru, Lunde, Ibarra",
                "not a JPEG, PNG or WebP",
            ),
            (
                "logo.svg",
                b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
                "not a JPEG, PNG or WebP",
            ),
            ("page.jpg", b"<!doctype html><html><body>hi</body></html>", "not a JPEG"),
            ("anim.gif", image_bytes((40, 40), "GIF"), "GIF images are not accepted"),
            (
                "scan.tiff",
                image_bytes((40, 40), "TIFF"),
                "TIFF images are not accepted",
            ),
            (
                "cut-off.jpg",
                image_bytes((1200, 800), quality=95)[:3000],
                "damaged or incomplete",
            ),
        ],
    )
    def test_refused_files_leave_nothing_behind(self, name, content, message):
        with pytest.raises(PhotoRefused) as refused:
            photo_ingest(file=upload(name, content))
        assert message in refused.value.message
        assert refused.value.name == name
        assert not Photo.objects.exists()
        assert not Rendition.objects.exists()
        assert nothing_stored()

    def test_files_over_the_size_limit_are_refused(self, settings):
        settings.NEWSROOM_PHOTO_MAX_BYTES = 10_000
        content = image_bytes((1200, 800), quality=95)
        with pytest.raises(PhotoRefused, match="the limit is"):
            photo_ingest(file=upload("huge.jpg", content))
        assert nothing_stored()

    def test_pixel_limit_is_checked_before_decoding(self, settings, monkeypatch):
        settings.NEWSROOM_PHOTO_MAX_PIXELS = 1_000_000
        decoded = []
        monkeypatch.setattr(
            services, "prepare", lambda image: decoded.append(image) or image
        )
        with pytest.raises(PhotoRefused, match="2000×1000 pixels"):
            photo_ingest(file=upload("wide.jpg", image_bytes((2000, 1000))))
        assert decoded == []
        assert nothing_stored()

    def test_a_failure_half_way_removes_what_was_stored(self, monkeypatch):
        calls = []
        real_render = services.render

        def render_then_fail(*args, **kwargs):
            calls.append(1)
            if len(calls) == 3:
                raise RuntimeError("disk full")
            return real_render(*args, **kwargs)

        monkeypatch.setattr(services, "render", render_then_fail)
        with pytest.raises(RuntimeError):
            make_photo()
        assert not Photo.objects.exists()
        assert nothing_stored()

    def test_a_batch_keeps_the_good_files(self):
        report = photos_ingest(
            files=[
                fixture_upload("iptc_only.jpg"),
                upload("bad.jpg", b"not a picture"),
                fixture_upload("xmp_only.jpg"),
            ]
        )
        assert len(report.photos) == 2
        assert [refused.name for refused in report.refused] == ["bad.jpg"]
        assert Photo.objects.count() == 2


class TestRenditions:
    def test_a_rendition_is_made_once(self):
        photo = make_photo()
        first = rendition_get_or_create(photo=photo, spec="w1280", fmt="avif")
        again = rendition_get_or_create(photo=photo, spec="w1280", fmt="avif")
        assert first.pk == again.pk
        assert (first.width, first.height) == (1280, 800)
        assert photo.renditions.filter(spec="w1280", format="avif").count() == 1

    def test_a_lost_race_keeps_one_row_and_no_stray_file(self):
        photo = make_photo()
        winner = rendition_get_or_create(photo=photo, spec="w960", fmt="webp")
        image = Image.open(io.BytesIO(image_bytes()))
        loser = services._render_and_store(photo, "w960", "webp", image)
        assert loser.pk == winner.pk
        rendition_files = [
            name
            for name in stored_files(storages["renditions"])
            if name.startswith("renditions/")
        ]
        assert len(rendition_files) == photo.renditions.count()

    def test_moving_the_focal_point_remakes_the_crops(
        self, django_capture_on_commit_callbacks
    ):
        photo = make_photo()
        old = {r.file.name for r in photo.renditions.all()}
        photo.focal_x = 0.9
        with django_capture_on_commit_callbacks(execute=True):
            photo_save(photo=photo, changed_fields=["focal_x"])
        new = {r.file.name for r in photo.renditions.all()}
        assert old.isdisjoint(new)
        assert len(new) == len(INGEST_RENDITIONS)
        assert not any(storages["renditions"].exists(name) for name in old)

    def test_editing_a_caption_keeps_the_renditions(self):
        photo = make_photo()
        old = set(photo.renditions.values_list("pk", flat=True))
        photo.caption = "A better caption."
        photo_save(photo=photo, changed_fields=["caption"])
        assert set(photo.renditions.values_list("pk", flat=True)) == old


def test_fixture_folder_is_committed():
    assert (FIXTURES / "iptc_only.jpg").exists()


def renders_every_page_rendition(photo):
    """Every (spec, format) a page of the photo may offer is made, and each
    stored file opens and decodes as what its row says (the 1300x22000
    scroll's w1280 WebP is 968x16383, its JPEG 1280x21662)."""
    photo_renditions_make(photo=photo)
    for spec, fmt in page_renditions(photo.width):
        rendition = Rendition.objects.get(photo=photo, spec=spec, format=fmt)
        with rendition.file.open("rb") as handle, Image.open(handle) as image:
            image.load()
            assert image.format == FORMATS[fmt].pil_format
            assert image.size == (rendition.width, rendition.height)
            assert max(image.size) <= FORMATS[fmt].max_side
    return True


class TestOddFiles:
    """Every odd file is either ingested with working renditions or refused
    on its own with a message."""

    @pytest.mark.parametrize(
        ("name", "size"),
        [
            ("panorama.jpg", (30000, 10)),
            ("strip.jpg", (10, 30000)),
            ("scroll.jpg", (1300, 22000)),
        ],
    )
    def test_extreme_shapes_are_ingested_and_every_format_renders(self, name, size):
        photo = photo_ingest(file=upload(name, jpeg_bytes(size)))
        assert (photo.width, photo.height) == size
        assert renders_every_page_rendition(photo)
        assert photo_renditions_make(photo=photo) == 0  # all there, none failed

    def test_a_phone_mpo_is_ingested_as_the_jpeg_it_is(self):
        photo = photo_ingest(file=upload("IMG_0001.JPG", mpo_bytes((1600, 1200))))
        assert (photo.width, photo.height) == (1600, 1200)
        assert photo.image.name.endswith(".jpg")
        with photo.image.open("rb") as handle:
            assert Image.open(handle).format == "MPO"  # kept exactly as sent
        assert renders_every_page_rendition(photo)

    def test_the_telling_jpeg_is_ingested_and_its_original_kept_whole(self):
        content = telling_jpeg_bytes()
        photo = photo_ingest(file=upload("telling.jpg", content))
        with photo.image.open("rb") as handle:
            assert handle.read() == content
        assert photo.caption == "Caption in IPTC."
        assert renders_every_page_rendition(photo)

    def test_a_batch_of_odd_files_keeps_each_good_one(self):
        files = [upload(name, content) for name, content in odd_uploads().items()]
        report = photos_ingest(files=files)
        results = {result.name: result for result in report.results}
        assert list(results) == list(odd_uploads())
        for name, result in results.items():
            if name in ODD_REFUSED:
                assert result.photo is None
                assert ODD_REFUSED[name] in result.refused.message
            else:
                assert result.refused is None, result.refused
        assert Photo.objects.count() == len(odd_uploads()) - len(ODD_REFUSED)

    def test_a_crash_on_one_file_is_reported_and_the_batch_goes_on(
        self, monkeypatch, caplog
    ):
        real_render = services.render

        def crash_on_the_square(image, spec, *args, **kwargs):
            if spec.name == "1x1-400" and image.size == (800, 500):
                raise ZeroDivisionError("integer division or modulo by zero")
            return real_render(image, spec, *args, **kwargs)

        monkeypatch.setattr(services, "render", crash_on_the_square)
        report = photos_ingest(
            files=[
                upload("a.jpg", image_bytes((600, 400))),
                upload("b.jpg", image_bytes((800, 500))),
                upload("c.jpg", image_bytes((700, 400))),
            ]
        )
        assert [r.name for r in report.results] == ["a.jpg", "b.jpg", "c.jpg"]
        assert [r.photo is not None for r in report.results] == [True, False, True]
        assert "Something went wrong while reading this file" in (
            report.results[1].refused.message
        )
        assert "Ingesting b.jpg failed." in caplog.text
        assert Photo.objects.count() == 2
        kept = {name for photo in report.photos for name in _files_of(photo)}
        assert (
            set(stored_files(storages["originals"]))
            | set(stored_files(storages["renditions"]))
            == kept
        )  # nothing of b.jpg

    def test_closed_files_are_opened_one_at_a_time(self, tmp_path):
        paths = []
        for index in range(3):
            path = tmp_path / f"{index}.jpg"
            path.write_bytes(image_bytes((300, 200)))
            paths.append(path)
        files = [File(None, name=str(path)) for path in paths]
        seen = []
        report = photos_ingest(
            files=files,
            on_progress=lambda index, result: seen.append(
                [file.closed for file in files]
            ),
        )
        assert len(report.photos) == 3
        assert seen == [[True, True, True]] * 3  # each closed after its turn


def _files_of(photo):
    return [photo.image.name, *(r.file.name for r in photo.renditions.all())]


class TestDecompressionBombGuard:
    def test_pillow_s_warning_zone_is_left_to_our_own_limit(self, monkeypatch):
        """Between Pillow's MAX_IMAGE_PIXELS and twice it, Pillow only warns
        (a RuntimeWarning, an error in these tests): the photo is taken."""
        monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100_000)
        photo = photo_ingest(file=upload("big.jpg", image_bytes((400, 300))))
        assert (photo.width, photo.height) == (400, 300)

    def test_over_pillow_s_guard_is_refused_before_decoding(self, monkeypatch):
        monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100_000)
        with pytest.raises(PhotoRefused, match="too many pixels"):
            photo_ingest(file=upload("bomb.jpg", image_bytes((500, 450))))
        assert nothing_stored()


def test_rows_written_in_bulk_name_their_gallery_to_the_page_cache(
    monkeypatch, django_capture_on_commit_callbacks
):
    """Uploading in the order taken and renumbering rows are bulk updates,
    which send no signal: each names the gallery's keys (its pages and the
    lists showing it), never a bare change that drops every kept part."""
    from newsroom import pagecache
    from tests.factories import GalleryFactory

    bumps = []
    monkeypatch.setattr(pagecache, "_bump", lambda keys: bumps.append(keys))
    gallery = GalleryFactory(photos=2)
    bumps.clear()
    files = [upload(f"late-{n}.jpg", image_bytes((300, 200))) for n in range(2)]
    with django_capture_on_commit_callbacks(execute=True):
        services.gallery_add_photos(
            gallery=gallery, files=files, order=services.GalleryOrder.TIME_TAKEN
        )
    assert bumps and None not in bumps
    assert any(f"galleries.gallery-{gallery.pk}" in keys for keys in bumps)

    gallery.items.filter(position=1).update(position=7)
    bumps.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.gallery_rows_save(gallery=gallery)
    assert list(gallery.items.values_list("position", flat=True)) == [1, 2, 3, 4]
    assert bumps and None not in bumps
