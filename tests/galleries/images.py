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
