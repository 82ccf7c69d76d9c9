"""Responsive pictures from prefetched renditions: no query, no storage call."""

from django import template

from ..renditions import RESPONSIVE_WIDTHS, SPECS

register = template.Library()

#: Modern formats first; the browser takes the first it understands.
SOURCE_FORMATS = [("avif", "image/avif"), ("webp", "image/webp")]


@register.inclusion_tag("includes/picture.html")
def picture(photo, shape="", sizes="100vw", loading="lazy", css_class="", alt=None):
    """A <picture> for `photo`: AVIF and WebP sources, a JPEG <img> fallback.

    `shape` is a fixed crop such as "16x9-1200"; empty keeps the photo's own
    shape at every responsive width up to the original's.
    """
    if shape:
        spec = SPECS[shape]
        ratio_w, ratio_h = spec.ratio
        width = min(spec.width, photo.width or spec.width)
        height = round(width * ratio_h / ratio_w)
        names = [(shape, width)]
    else:
        widths = [w for w in RESPONSIVE_WIDTHS if w <= (photo.width or w)]
        if not widths:
            widths = [RESPONSIVE_WIDTHS[0]]
        names = [(f"w{w}", min(w, photo.width or w)) for w in widths]
        width = photo.width or widths[-1]
        height = photo.height or round(width * 2 / 3)

    def srcset(fmt):
        return ", ".join(f"{photo.rendition_url(name, fmt)} {w}w" for name, w in names)

    fallback = min(names, key=lambda item: abs(item[1] - 960))[0]
    return {
        "photo": photo,
        "sources": [
            {"type": mime, "srcset": srcset(fmt)} for fmt, mime in SOURCE_FORMATS
        ],
        "src": photo.rendition_url(fallback, "jpeg"),
        "srcset": srcset("jpeg"),
        "sizes": sizes,
        "width": width,
        "height": height,
        "loading": loading,
        "css_class": css_class,
        "alt": photo.alt_text if alt is None else alt,
    }
