"""Make the sized, cropped, metadata-safe copies of a photo that readers get.

Pure image work with Pillow: no database, no storage. Originals keep GPS
positions, camera serial numbers, maker notes and whatever comments the sender
wrote; a rendition carries only what `RENDITION_METADATA` names (the credit and
the copyright, so the picture stays attributed wherever it travels) and its
colour profile, which says how to show the pixels, not who or where.
"""

import io
from dataclasses import dataclass

from PIL import Image, ImageOps

# EXIF tags written into every rendition, and nothing else.
EXIF_ARTIST = 0x013B
EXIF_COPYRIGHT = 0x8298
EXIF_IMAGE_DESCRIPTION = 0x010E

#: The one list of what a rendition says about the picture: the photo's
#: field -> the EXIF tag it is written to. No comment (COM) segment, XMP,
#: IPTC, GPS, maker note or camera detail of the original gets through.
#: Usage terms, a web statement of rights and the digital source type join
#: here once photos have those fields (they need XMP, written in `_save`).
RENDITION_METADATA = {
    "credit": EXIF_ARTIST,
    "copyright": EXIF_COPYRIGHT,
}


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
    #: The longest side the format can hold; a rendition of a panorama or a
    #: long scroll is scaled down further to fit.
    max_side: int


FORMATS = {
    # libavif encodes up to 65536 px a side but decodes (in Pillow and in
    # browsers) only up to 32768.
    "avif": Format("avif", "AVIF", "avif", "image/avif", (("quality", 55),), 32768),
    "webp": Format("webp", "WEBP", "webp", "image/webp", (("quality", 80),), 16383),
    "jpeg": Format(
        "jpeg",
        "JPEG",
        "jpg",
        "image/jpeg",
        (("quality", 82), ("optimize", True), ("progressive", True)),
        65535,
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


#: The most rows a fixed-shape crop needs (16:9 at 1200 wide: 675).
CROP_HEIGHT = max(
    spec.width * spec.ratio[1] // spec.ratio[0] for spec in SPECS.values() if spec.ratio
)


@dataclass(frozen=True)
class Rendered:
    content: bytes
    width: int
    height: int
    format: Format


def prepare(image, *, max_width=RESPONSIVE_WIDTHS[-1]):
    """Decode once, upright and in RGB, no larger than the largest rendition.

    JPEG's draft mode decodes at 1/2, 1/4 or 1/8 scale straight from the file,
    far faster than decoding a 24-megapixel original in full. (A phone's
    MPO is a JPEG with more pictures after it: its first one is the photo.)
    """
    if image.format in ("JPEG", "MPO") and image.width > max_width:
        # Tall enough for the crops: a 12000x2000 panorama's 16:9 crop
        # needs 675 rows, not the 320 its w1920 would (and a 30000x10 one
        # asked for 0 and divided by zero).
        height = max(
            max_width * image.height // image.width, min(image.height, CROP_HEIGHT)
        )
        image.draft("RGB", (max_width, height))
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


def rendered_size(size, spec, fmt):
    """(width, height) of a rendition of a picture this size (after any crop):
    the spec's width at most, never upscaled, and no side over what the
    format can hold (a 10x30000 strip is 5x16383 in WebP)."""
    width, height = size
    if width > spec.width:
        width, height = spec.width, max(1, round(height * spec.width / width))
    longest = max(width, height)
    if longest > fmt.max_side:
        scale = fmt.max_side / longest
        width = min(fmt.max_side, max(1, int(width * scale)))
        height = min(fmt.max_side, max(1, int(height * scale)))
    return width, height


def render(image, spec, format_name, *, focal_point=(0.5, 0.5), **metadata):
    """One rendition of a prepared image, carrying only `RENDITION_METADATA`
    (pass them by name: `credit=..., copyright=...`)."""
    fmt = FORMATS[format_name]
    unknown = set(metadata) - set(RENDITION_METADATA)
    if unknown:
        raise TypeError(f"Renditions carry no {', '.join(sorted(unknown))}.")
    if spec.ratio:
        image = image.crop(crop_box(image.size, spec.ratio, focal_point))
    size = rendered_size(image.size, spec, fmt)
    if size != image.size:
        # reducing_gap: shrink by whole factors first, then resample the rest.
        image = image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    if fmt.pil_format == "JPEG" and image.mode != "RGB":
        image = _flatten(image)
    content = _save(image, fmt, metadata)
    return Rendered(content, image.width, image.height, fmt)


def rendition_exif(**metadata):
    """The EXIF block of a rendition: the `RENDITION_METADATA` tags that have
    a value, and nothing else."""
    exif = Image.Exif()
    for name, tag in RENDITION_METADATA.items():
        if metadata.get(name):
            # As UTF-8, which exiftool and browsers read: Pillow would write
            # a str as ASCII, and "© Harbourside Photo/Ana Müller" as "? …".
            exif[tag] = str(metadata[name]).encode()
    return exif


#: Image.info keys that would be metadata in an encoded rendition.
INFO_METADATA = ("comment", "xmp", "XML:com.adobe.xmp", "photoshop")


def extra_metadata(content):
    """What an encoded rendition carries beyond `RENDITION_METADATA` and its
    colour profile, by name ("comment", "xmp", "EXIF 0x8825" ...), or []."""
    with Image.open(io.BytesIO(content)) as image:
        extra = [key for key in INFO_METADATA if image.info.get(key)]
        allowed = set(RENDITION_METADATA.values())
        extra += [f"EXIF {tag:#06x}" for tag in image.getexif() if tag not in allowed]
    return extra


def _save(image, fmt, metadata):
    """Encode with nothing of the original's but the pixels and the colour
    profile: Pillow's encoders copy some of `image.info` on their own (the
    JPEG one writes `info["comment"]` as a COM segment, the AVIF one the
    profile), so the picture is encoded from a copy whose info holds only
    the profile, and every metadata option is given explicitly."""
    icc_profile = image.info.get("icc_profile")
    clean = image.copy()
    clean.info = {"icc_profile": icc_profile} if icc_profile else {}
    buffer = io.BytesIO()
    clean.save(
        buffer,
        fmt.pil_format,
        exif=rendition_exif(**metadata).tobytes(),
        icc_profile=icc_profile,
        xmp=b"",
        comment=b"",
        **dict(fmt.options),
    )
    return buffer.getvalue()


def _flatten(image):
    background = Image.new("RGB", image.size, (255, 255, 255))
    background.paste(image, mask=image.getchannel("A") if "A" in image.mode else None)
    return background
