import functools
import io

import pytest
from PIL import Image, ImageCms

from galleries.renditions import (
    EXIF_ARTIST,
    EXIF_COPYRIGHT,
    FORMATS,
    RENDITION_METADATA,
    SPECS,
    crop_box,
    extra_metadata,
    prepare,
    render,
    rendered_size,
)
from galleries.services import photo_ingest
from tests.galleries.images import (
    FIXTURES,
    MAKER_NOTE,
    SCRIPT_COMMENT,
    fixture_upload,
    image_bytes,
    jpeg_bytes,
    mpo_bytes,
    telling_jpeg_bytes,
    upload,
)

GPS_IFD = 0x8825
EXIF_IFD = 0x8769
BODY_SERIAL_NUMBER = 0xA431


def opened(content):
    return Image.open(io.BytesIO(content))


class TestCropBox:
    def test_wide_picture_cropped_to_a_square_around_the_centre(self):
        assert crop_box((1600, 1000), (1, 1)) == (300, 0, 1300, 1000)

    def test_focal_point_moves_the_crop(self):
        assert crop_box((1600, 1000), (1, 1), (0.25, 0.5)) == (0, 0, 1000, 1000)
        assert crop_box((1600, 1000), (1, 1), (0.8, 0.5)) == (600, 0, 1600, 1000)

    def test_tall_picture_cropped_to_16_by_9(self):
        left, top, right, bottom = crop_box((900, 1600), (16, 9), (0.5, 0.1))
        assert (left, right) == (0, 900)
        assert top == 0
        assert round((right - left) / (bottom - top), 2) == round(16 / 9, 2)

    def test_focal_point_outside_the_picture_is_clamped(self):
        assert crop_box((1600, 1000), (1, 1), (7, -3)) == (600, 0, 1600, 1000)


class TestRender:
    @pytest.mark.parametrize(
        ("fmt", "pil"), [("webp", "WEBP"), ("jpeg", "JPEG"), ("avif", "AVIF")]
    )
    def test_formats(self, fmt, pil):
        image = prepare(opened(image_bytes((1600, 1000))))
        rendered = render(image, SPECS["w640"], fmt)
        assert opened(rendered.content).format == pil
        assert (rendered.width, rendered.height) == (640, 400)

    def test_never_upscales(self):
        image = prepare(opened(image_bytes((500, 300))))
        rendered = render(image, SPECS["w1920"], "webp")
        assert (rendered.width, rendered.height) == (500, 300)

    def test_fixed_shapes_are_cropped(self):
        image = prepare(opened(image_bytes((1600, 1000))))
        lead = render(image, SPECS["16x9-1200"], "jpeg")
        assert (lead.width, lead.height) == (1200, 675)

    def test_transparent_png_gets_a_white_background_as_jpeg(self):
        image = prepare(opened(image_bytes((400, 300), "PNG", "RGBA")))
        rendered = render(image, SPECS["w320"], "jpeg")
        assert opened(rendered.content).mode == "RGB"

    def test_exif_orientation_is_applied(self):
        """The fixture is stored 64x32 with orientation 6: upright it is 32x64."""
        image = prepare(Image.open(FIXTURES / "exif_gps_orientation.jpg"))
        assert image.size == (32, 64)
        # The red half (left when stored) is on top once upright.
        red, _, blue = image.getpixel((16, 5))
        assert red > 150 and blue < 100


@pytest.mark.django_db
def test_gps_and_serial_gone_credit_and_copyright_kept():
    """On the same file: the original has GPS, no rendition does."""
    original = Image.open(FIXTURES / "exif_gps_orientation.jpg").getexif()
    assert original.get_ifd(GPS_IFD)
    assert BODY_SERIAL_NUMBER in original.get_ifd(EXIF_IFD)

    photo = photo_ingest(
        file=fixture_upload("exif_gps_orientation.jpg"),
        values={"credit_line": "AP Photo/Antonio Calanni"},
    )
    photo.refresh_from_db()
    assert photo.renditions.count() >= 4
    for rendition in photo.renditions.all():
        with rendition.file.open("rb") as handle:
            exif = Image.open(io.BytesIO(handle.read())).getexif()
        assert not exif.get_ifd(GPS_IFD)
        assert BODY_SERIAL_NUMBER not in exif.get_ifd(EXIF_IFD)
        assert exif[EXIF_ARTIST] == photo.credit
        assert exif[EXIF_COPYRIGHT] == photo.copyright
        assert photo.copyright


def assert_carries_only_credit_and_copyright(content):
    """Read back with Pillow: no COM segment, XMP, IPTC, GPS, maker note or
    camera EXIF; at most the credit and copyright tags."""
    assert SCRIPT_COMMENT not in content
    assert extra_metadata(content) == []
    with Image.open(io.BytesIO(content)) as image:
        assert "comment" not in image.info
        exif = image.getexif()
        assert not exif.get_ifd(GPS_IFD)
        assert MAKER_NOTE not in exif.get_ifd(EXIF_IFD)
        assert set(exif) <= {EXIF_ARTIST, EXIF_COPYRIGHT}


@functools.cache
def _prepared(size):
    return prepare(opened(jpeg_bytes(size)))


class TestOddShapes:
    @pytest.mark.parametrize("fmt", sorted(FORMATS))
    @pytest.mark.parametrize("spec", ["w320", "w1920", "16x9-1200", "1x1-400"])
    @pytest.mark.parametrize("size", [(30000, 10), (10, 30000), (1300, 22000)])
    def test_every_rendition_of_an_extreme_shape_encodes_and_decodes(
        self, size, spec, fmt
    ):
        """Draft mode asks for a pixel at least, and no side goes over what
        the format holds: WebP 16383, AVIF 32768 (what libavif decodes)."""
        image = _prepared(size)
        rendered = render(image, SPECS[spec], fmt)
        with opened(rendered.content) as back:
            back.load()
            assert back.size == (rendered.width, rendered.height)
        assert max(rendered.width, rendered.height) <= FORMATS[fmt].max_side
        assert rendered.width <= SPECS[spec].width

    def test_a_strip_too_tall_for_webp_is_scaled_to_fit(self):
        image = prepare(opened(jpeg_bytes((1300, 22000))))
        webp = render(image, SPECS["w1280"], "webp")
        jpeg = render(image, SPECS["w1280"], "jpeg")
        assert (webp.width, webp.height) == (968, 16383)
        assert (jpeg.width, jpeg.height) == (1280, 21662)

    def test_rendered_size_keeps_the_shape_within_the_format(self):
        assert rendered_size((10, 30000), SPECS["w320"], FORMATS["webp"]) == (
            5,
            16383,
        )
        assert rendered_size((30000, 10), SPECS["w1920"], FORMATS["webp"]) == (
            1920,
            1,
        )

    def test_a_phone_mpo_is_prepared_as_its_first_picture(self):
        image = prepare(opened(mpo_bytes((4000, 3000))))
        assert image.size == (2000, 1500)  # in draft mode, as a JPEG
        red, _, blue = image.getpixel((10, 10))
        assert red > 150 and blue < 100


class TestOnlyWhatWeSay:
    @pytest.mark.parametrize("fmt", sorted(FORMATS))
    def test_nothing_of_the_original_but_pixels_and_profile(self, fmt):
        original = opened(telling_jpeg_bytes())
        assert original.info["comment"] == SCRIPT_COMMENT
        assert original.info["xmp"] and original.info["photoshop"]
        rendered = render(
            prepare(original), SPECS["w640"], fmt, credit="AP", copyright="Copyright AP"
        )
        assert_carries_only_credit_and_copyright(rendered.content)
        exif = opened(rendered.content).getexif()
        assert (exif[EXIF_ARTIST], exif[EXIF_COPYRIGHT]) == ("AP", "Copyright AP")

    def test_an_uncropped_unscaled_rendition_is_clean_too(self):
        """The prepared image itself is encoded when no crop or resize is
        needed; it still carries the original's info."""
        rendered = render(
            prepare(opened(telling_jpeg_bytes((300, 200)))), SPECS["w640"], "jpeg"
        )
        assert (rendered.width, rendered.height) == (300, 200)
        assert_carries_only_credit_and_copyright(rendered.content)

    def test_the_colour_profile_is_kept(self):
        profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
        original = opened(jpeg_bytes((800, 600), icc_profile=profile))
        rendered = render(prepare(original), SPECS["w320"], "webp")
        assert opened(rendered.content).info["icc_profile"] == profile

    def test_metadata_outside_the_list_is_refused(self):
        image = prepare(opened(jpeg_bytes((800, 600))))
        with pytest.raises(TypeError, match="carry no gps"):
            render(image, SPECS["w320"], "jpeg", gps="51N")
        assert set(RENDITION_METADATA) == {"credit", "copyright"}

    def test_extra_metadata_names_what_an_old_rendition_carries(self):
        extra = extra_metadata(telling_jpeg_bytes())
        assert {"comment", "xmp", "photoshop"} <= set(extra)
        assert "EXIF 0x8825" in extra  # the GPS IFD

    @pytest.mark.django_db
    def test_ingested_renditions_drop_comment_gps_and_maker_note(self):
        photo = photo_ingest(file=upload("telling.jpg", telling_jpeg_bytes()))
        assert photo.renditions.count() == 4
        for rendition in photo.renditions.all():
            with rendition.file.open("rb") as handle:
                assert_carries_only_credit_and_copyright(handle.read())


def test_a_panorama_s_crops_keep_their_full_size():
    """Draft mode decodes a wide JPEG tall enough for the 16:9 crop."""
    image = prepare(opened(jpeg_bytes((12000, 2000))))
    assert image.height >= 675
    lead = render(image, SPECS["16x9-1200"], "jpeg")
    assert (lead.width, lead.height) == (1200, 675)
    assert image.width < 12000  # still decoded at a fraction


def test_a_credit_beyond_ascii_reads_back_whole():
    """Agencies and photographers are named in every script: the rendition's
    EXIF says "© Ana Müller/Łódź Foto", not "? Ana M?ller/?ód? Foto"."""
    from galleries.renditions import render

    rendered = render(
        _prepared((800, 500)),
        SPECS["w320"],
        "jpeg",
        credit="Ana Müller/Łódź Foto",
        copyright="© 2026 Łódź Foto",
    )
    with Image.open(io.BytesIO(rendered.content)) as image:
        exif = image.getexif()
        # Pillow hands an EXIF text back as Latin-1; the bytes are UTF-8.
        artist = exif[EXIF_ARTIST].encode("latin-1").decode()
        rights = exif[EXIF_COPYRIGHT].encode("latin-1").decode()
    assert artist == "Ana Müller/Łódź Foto"
    assert rights == "© 2026 Łódź Foto"
