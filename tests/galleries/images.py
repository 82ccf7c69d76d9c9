"""Images made in the tests themselves, plus the committed metadata fixtures."""

import io
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw

FIXTURES = Path(__file__).parent / "fixtures"


def image_bytes(size=(1600, 1000), fmt="JPEG", mode="RGB", **save_options):
    """A picture with a red left half and a blue right half, so crops show."""
    image = Image.new(
        mode, size, (200, 30, 40) if mode == "RGB" else (200, 30, 40, 255)
    )
    draw = ImageDraw.Draw(image)
    draw.rectangle((size[0] // 2, 0, size[0], size[1]), fill=(20, 60, 200))
    buffer = io.BytesIO()
    image.save(buffer, fmt, **save_options)
    return buffer.getvalue()


def upload(name, content, content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def fixture_upload(name):
    return upload(name, (FIXTURES / name).read_bytes())


def stored_files(storage, folder=""):
    """Every file name in a storage, recursively."""
    directories, files = storage.listdir(folder)
    names = [f"{folder}/{name}".lstrip("/") for name in files]
    for directory in directories:
        names.extend(stored_files(storage, f"{folder}/{directory}".lstrip("/")))
    return names


# Odd files: every shape and content the desk has been sent, made here.

SCRIPT_COMMENT = b"<script>alert('comment')</script>"
MAKER_NOTE = 0x927C
GPS_LATITUDE = 0x0002


def jpeg_bytes(size, **save_options):
    """A plain JPEG of any size, cheap even at 30000 px a side."""
    return image_bytes(size, "JPEG", **save_options)


def mpo_bytes(size=(1200, 800)):
    """A phone's JPEG with an MPF segment and a second picture after it."""
    first = Image.new("RGB", size, (200, 30, 40))
    second = Image.new("RGB", size, (20, 60, 200))
    buffer = io.BytesIO()
    first.save(buffer, "MPO", save_all=True, append_images=[second])
    return buffer.getvalue()


def truncated_jpeg_bytes():
    """A JPEG cut off half way, as a dropped upload leaves it."""
    whole = jpeg_bytes((800, 600), quality=95)
    return whole[: len(whole) // 2]


def telling_jpeg_bytes(size=(1200, 800)):
    """A JPEG carrying everything a rendition must not: a COM segment with
    HTML, GPS, a maker note, a camera serial, XMP and an IPTC block."""
    from newsroom.demo.iptc import with_iptc

    exif = Image.Exif()
    exif[0x010F] = "Camera maker"
    exif.get_ifd(0x8825)[GPS_LATITUDE] = (51.0, 30.0, 0.0)
    exif.get_ifd(0x8825)[0x0001] = "N"
    exif_ifd = exif.get_ifd(0x8769)
    exif_ifd[MAKER_NOTE] = b"Nikon\x00\x02\x10\x00\x00secret-maker-note"
    exif_ifd[0xA431] = "SERIAL-12345"
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf='
        b'"http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
        b'xmlns:dc="http://purl.org/dc/elements/1.1/" dc:format="image/jpeg"/>'
        b"</rdf:RDF></x:xmpmeta>"
    )
    content = jpeg_bytes(size, comment=SCRIPT_COMMENT, exif=exif, xmp=xmp)
    return with_iptc(content, caption="Caption in IPTC.", credit="AP")


def odd_uploads():
    """{name: content} of every odd file, for batch tests."""
    return {
        "01-panorama-30000x10.jpg": jpeg_bytes((30000, 10)),
        "02-strip-10x30000.jpg": jpeg_bytes((10, 30000)),
        "03-scroll-1300x22000.jpg": jpeg_bytes((1300, 22000)),
        "04-phone.jpg": mpo_bytes(),
        "05-empty.jpg": b"",
        "06-truncated.jpg": truncated_jpeg_bytes(),
        "07-telling.jpg": telling_jpeg_bytes(),
    }


#: Which odd files are refused, and the message each gets.
ODD_REFUSED = {
    "05-empty.jpg": "The file is empty.",
    "06-truncated.jpg": "The image is damaged or incomplete",
}


def with_long_iptc_caption(path, caption_length=100_000):
    """Write a `caption_length` caption, a by-line and a credit into the JPEG
    at `path` with exiftool, as a desk tool would (the block then spans two
    APP13 segments and the caption is an extended IIM dataset)."""
    import shutil
    import subprocess

    import pytest

    exiftool = shutil.which("exiftool")
    if exiftool is None:
        pytest.skip("exiftool is not installed")
    caption = path.with_suffix(".caption.txt")
    text = ("A long caption. " * (caption_length // 16 + 1))[: caption_length - 1]
    caption.write_text(text + ".")
    subprocess.run(  # noqa: S603 (a fixed tool on a file the test made)
        [
            exiftool,
            "-q",
            "-m",
            "-overwrite_original",
            f"-IPTC:Caption-Abstract<={caption}",
            "-IPTC:By-line=Emeka Duru",
            "-IPTC:Credit=AP",
            str(path),
        ],
        check=True,
    )
    caption.unlink()
    return path.read_bytes()
