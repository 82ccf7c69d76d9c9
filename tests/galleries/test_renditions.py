import io

import pytest
from PIL import Image

from galleries.renditions import (
    EXIF_ARTIST,
    EXIF_COPYRIGHT,
    SPECS,
    crop_box,
    prepare,
    render,
)
from galleries.services import photo_ingest
from tests.galleries.images import FIXTURES, fixture_upload, image_bytes

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
