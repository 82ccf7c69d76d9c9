"""Make the sized, cropped, metadata-safe copies of a photo that readers get.

Pure image work with Pillow: no database, no storage. Originals keep GPS
positions and camera serial numbers; a rendition carries only the credit and
copyright, so the picture stays attributed wherever it travels.
"""

import io
from dataclasses import dataclass

from PIL import Image, ImageOps

# EXIF tags written into every rendition, and nothing else.
EXIF_ARTIST = 0x013B
EXIF_COPYRIGHT = 0x8298
EXIF_IMAGE_DESCRIPTION = 0x010E


@dataclass(frozen=True)
class RenditionSpec:
    """A width and, for fixed shapes, an aspect ratio cropped around the focus."""

    name: str
    width: int
    ratio: tuple[int, int] | None = None


@dataclass(frozen=True)
class Format:
    name: str
    pil_format: str
    extension: str
    mime_type: str
    options: tuple[tuple[str, object], ...]


FORMATS = {
    "avif": Format("avif", "AVIF", "avif", "image/avif", (("quality", 55),)),
    "webp": Format("webp", "WEBP", "webp", "image/webp", (("quality", 80),)),
    "jpeg": Format(
        "jpeg",
        "JPEG",
        "jpg",
        "image/jpeg",
        (("quality", 82), ("optimize", True), ("progressive", True)),
    ),
}

#: Widths for responsive `srcset`s keep the photo's own shape.
RESPONSIVE_WIDTHS = (320, 640, 960, 1280, 1920)

SPECS = {
    spec.name: spec
    for spec in [
        *(RenditionSpec(f"w{width}", width) for width in RESPONSIVE_WIDTHS),
        RenditionSpec("16x9-1200", 1200, (16, 9)),  # lead photos, social cards
        RenditionSpec("4x3-800", 800, (4, 3)),  # thumbnails in lists
        RenditionSpec("1x1-400", 400, (1, 1)),  # small square thumbnails
    ]
}


#: The fixed crops pages show: lead photos and social cards, thumbnails in
#: lists and photo grids, the player and team portrait.
PAGE_SHAPES = ("16x9-1200", "4x3-800", "1x1-400")
#: Every picture offers these, the browser taking the first it understands.
PAGE_FORMATS = ("avif", "webp", "jpeg")


def responsive_widths(photo_width):
    """The responsive widths a picture of this width offers (never wider
    than the original, at least the smallest)."""
    widths = [w for w in RESPONSIVE_WIDTHS if w <= (photo_width or w)]
    return widths or [RESPONSIVE_WIDTHS[0]]


def page_renditions(photo_width):
    """[(spec, format)] every public picture of a photo may offer: made when
    something showing it is published, so no reader waits for one. The
    photo's own shape first (its item's page), then the crops."""
    names = [f"w{w}" for w in responsive_widths(photo_width)] + list(PAGE_SHAPES)
    return [(name, fmt) for name in names for fmt in PAGE_FORMATS]


@dataclass(frozen=True)
class Rendered:
    content: bytes
    width: int
    height: int
    format: Format


def prepare(image, *, max_width=RESPONSIVE_WIDTHS[-1]):
    """Decode once, upright and in RGB, no larger than the largest rendition.

    JPEG's draft mode decodes at 1/2, 1/4 or 1/8 scale straight from the file,
    far faster than decoding a 24-megapixel original in full.
    """
    if image.format == "JPEG" and image.width > max_width:
        image.draft("RGB", (max_width, max_width * image.height // image.width))
    image = ImageOps.exif_transpose(image)
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
    return image


def crop_box(size, ratio, focal_point=(0.5, 0.5)):
    """The largest box of the given ratio that keeps the focal point in view.

    The box is centred on the focal point where it fits and slides to the
    image's edge where it does not.
    """
    width, height = size
    ratio_w, ratio_h = ratio
    if width * ratio_h > height * ratio_w:
        box_w, box_h = round(height * ratio_w / ratio_h), height
    else:
        box_w, box_h = width, round(width * ratio_h / ratio_w)
    fx, fy = (min(max(value, 0.0), 1.0) for value in focal_point)
    left = min(max(round(fx * width - box_w / 2), 0), width - box_w)
    top = min(max(round(fy * height - box_h / 2), 0), height - box_h)
    return (left, top, left + box_w, top + box_h)


def render(
    image, spec, format_name, *, focal_point=(0.5, 0.5), credit="", copyright=""
):
    """One rendition of a prepared image, with only credit and copyright kept."""
    fmt = FORMATS[format_name]
    if spec.ratio:
        image = image.crop(crop_box(image.size, spec.ratio, focal_point))
    if image.width > spec.width:
        height = max(1, round(image.height * spec.width / image.width))
        # reducing_gap: shrink by whole factors first, then resample the rest.
        image = image.resize(
            (spec.width, height), Image.Resampling.LANCZOS, reducing_gap=3.0
        )
    if fmt.pil_format == "JPEG" and image.mode != "RGB":
        image = _flatten(image)

    exif = Image.Exif()
    if credit:
        exif[EXIF_ARTIST] = credit
    if copyright:
        exif[EXIF_COPYRIGHT] = copyright
    buffer = io.BytesIO()
    image.save(
        buffer,
        fmt.pil_format,
        exif=exif.tobytes(),
        icc_profile=image.info.get("icc_profile"),
        **dict(fmt.options),
    )
    return Rendered(buffer.getvalue(), image.width, image.height, fmt)


def _flatten(image):
    background = Image.new("RGB", image.size, (255, 255, 255))
    background.paste(image, mask=image.getchannel("A") if "A" in image.mode else None)
    return background
