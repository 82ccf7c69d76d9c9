"""Responsive pictures from prefetched renditions: no query, no storage call.

A picture offers only renditions that exist (the ones made at upload, then
those made when something showing the photo was published), each at its
address (`Rendition.url`): the same on every render, so a CDN keeps it, and
no reader's request ever makes one. On a shared preview the addresses carry
the link's token, so draft photos show there and nowhere else.
"""

from django import template

from ..access import preview_token
from ..renditions import SPECS, responsive_widths

register = template.Library()

#: Modern formats first; the browser takes the first it understands.
SOURCE_FORMATS = [("avif", "image/avif"), ("webp", "image/webp")]


@register.inclusion_tag("includes/picture.html", takes_context=True)
def picture(
    context, photo, shape="", sizes="100vw", loading="lazy", css_class="", alt=None
):
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
        widths = responsive_widths(photo.width)
        names = [(f"w{w}", min(w, photo.width or w)) for w in widths]
        width = photo.width or widths[-1]
        height = photo.height or round(width * 2 / 3)

    link = context.get("preview_link")
    token = f"&t={preview_token(photo.pk, link)}" if link is not None else ""

    def made(fmt):
        """[(url, width)] of the stored renditions among `names`."""
        found = []
        for name, w in names:
            rendition = photo.rendition(name, fmt)
            if rendition is not None:
                found.append((rendition.url + token, w))
        return found

    def srcset(found):
        return ", ".join(f"{url} {w}w" for url, w in found)

    sources = []
    for fmt, mime in SOURCE_FORMATS:
        found = made(fmt)
        if found:
            sources.append({"type": mime, "srcset": srcset(found)})
    jpegs = made("jpeg")
    if not jpegs and not sources:
        # Nothing of this shape made yet: the upload's own-shape renditions.
        jpegs = made_any(photo, "jpeg", token) or made_any(photo, "webp", token)
    fallback = min(jpegs, key=lambda item: abs(item[1] - 960))[0] if jpegs else ""
    if not fallback and sources:
        fallback = sources[-1]["srcset"].split(" ")[0]
    return {
        "photo": photo,
        "sources": sources,
        "src": fallback,
        "srcset": srcset(jpegs),
        "sizes": sizes,
        "width": width,
        "height": height,
        "loading": loading,
        "css_class": css_class,
        "alt": photo.alt_text if alt is None else alt,
    }


def made_any(photo, fmt, token=""):
    """[(url, width)] of every stored responsive rendition in `fmt`."""
    return [
        (r.url + token, r.width)
        for r in photo.renditions.all()
        if r.format == fmt and r.spec.startswith("w")
    ]
