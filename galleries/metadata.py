"""Read a photo's caption, credit and other metadata with Pillow.

(IPTC IIM datasets are read here from the segments Pillow collects, since
Pillow's own IIM reader cannot read extended datasets or a block split over
several APP13 segments; see `_iptc_datasets`.)

Pure image work: no database, no storage. Agencies write the same facts in up
to three places (IPTC IIM, XMP, EXIF); `read_metadata` takes each field from the
first place that has it and keeps everything it read in `raw`, so an editor can
see what the file really said. A damaged metadata block costs only the fields
it holds: it is logged at debug level and never stops an upload. An
oversized text (a 100 KB caption) is cut to `MAX_TEXT_CHARACTERS` with a
warning in `warnings`, and the rest of its block is kept.
"""

import logging
import math
import re
import string
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from numbers import Rational

from django.utils.translation import gettext as _
from PIL import Image, JpegImagePlugin
from PIL.ExifTags import GPSTAGS, IFD, TAGS

from newsroom.text import xml_safe

logger = logging.getLogger(__name__)

IPTC = "IPTC"
XMP = "XMP"
EXIF = "EXIF"


@dataclass
class PhotoMetadata:
    title: str = ""
    caption: str = ""
    byline: str = ""
    credit: str = ""
    source: str = ""
    copyright: str = ""
    date_taken: datetime | None = None
    keywords: list[str] = field(default_factory=list)
    alt_text: str = ""
    special_instructions: str = ""
    width: int = 0
    height: int = 0
    orientation: int = 1
    raw: dict = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    #: What was changed on reading, for the desk: "the caption was cut ...".
    warnings: list[str] = field(default_factory=list)


#: Longest text kept from a file's field. The IIM gives a caption 2,000
#: bytes and wire captions stay well under that; anything this long is a
#: mistake (a pasted story, a runaway script) that would bloat every page
#: and feed showing the photo.
MAX_TEXT_CHARACTERS = 10_000


DC = "http://purl.org/dc/elements/1.1/"
PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/"
XMP_BASIC = "http://ns.adobe.com/xap/1.0/"
IPTC_CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XML = "http://www.w3.org/XML/1998/namespace"

# Prefixes for the keys of raw["xmp"]; other namespaces keep "{uri}name".
XMP_PREFIXES = {
    DC: "dc",
    PHOTOSHOP: "photoshop",
    XMP_BASIC: "xmp",
    IPTC_CORE: "Iptc4xmpCore",
    "http://iptc.org/std/Iptc4xmpExt/2008-02-29/": "Iptc4xmpExt",
    "http://ns.adobe.com/xap/1.0/rights/": "xmpRights",
    "http://ns.adobe.com/xap/1.0/mm/": "xmpMM",
    "http://ns.adobe.com/tiff/1.0/": "tiff",
    "http://ns.adobe.com/exif/1.0/": "exif",
    "http://ns.adobe.com/exif/1.0/aux/": "aux",
    "http://ns.photomechanic.com/": "photomechanic",
}

# Text fields: IPTC datasets, then XMP properties; the first one found wins.
TEXT_FIELDS = {
    "title": ([(2, 105), (2, 5)], [(PHOTOSHOP, "Headline"), (DC, "title")]),
    "caption": ([(2, 120)], [(DC, "description")]),
    "byline": ([(2, 80)], [(DC, "creator")]),
    "credit": ([(2, 110)], [(PHOTOSHOP, "Credit")]),
    "source": ([(2, 115)], [(PHOTOSHOP, "Source")]),
    "copyright": ([(2, 116)], [(DC, "rights")]),
    "alt_text": ([], [(IPTC_CORE, "AltTextAccessibility")]),
    "special_instructions": ([(2, 40)], [(PHOTOSHOP, "Instructions")]),
}
# A photo can have several photographers; other fields take the first value.
JOINED_FIELDS = {"byline"}

IPTC_CODED_CHARACTER_SET = (1, 90)
# ISO 2022 escapes for UTF-8: ESC % G, and the "level 1/2/3" forms.
IPTC_UTF8_ESCAPES = {b"\x1b%G", b"\x1b%/G", b"\x1b%/H", b"\x1b%/I"}
# Record versions, file formats and preview data are numbers, not text.
IPTC_BINARY_DATASETS = {(1, 0), (1, 20), (1, 22), (2, 0), (2, 200), (2, 201), (2, 202)}
# Datasets the IIM lets repeat are lists in raw even when the file has one.
IPTC_REPEATABLE_DATASETS = {
    (2, 4),
    (2, 12),
    (2, 20),
    (2, 25),
    (2, 26),
    (2, 27),
    (2, 80),
    (2, 85),
    (2, 118),
    (2, 122),
}

EXIF_ORIENTATION = 0x0112
EXIF_DATE_TIME_ORIGINAL = 0x9003
EXIF_OFFSET_TIME_ORIGINAL = 0x9011
EXIF_USER_COMMENT = 0x9286
# Kept out of raw: offsets of other IFDs, and the maker note, a manufacturer's
# private blob that is large and undocumented.
EXIF_SKIPPED = {IFD.Exif, IFD.GPSInfo, IFD.Interop, IFD.MakerNote}

PADDING = string.whitespace + "\x00"


EXIF_TEXT_FALLBACKS = {"caption": 0x010E, "byline": 0x013B, "copyright": 0x8298}


def read_metadata(image: Image.Image) -> PhotoMetadata:
    """Read the title, caption, credit and the rest from a just-opened image.

    Never raises because of the metadata: unreadable blocks give empty fields.
    A PNG is loaded, since its XMP or EXIF may follow the pixels.
    """
    _load_trailing_chunks(image)
    iptc = _read_iptc(image)
    xmp = _read_xmp(image)
    ifd0, exif_ifd, gps = _read_exif(image)

    meta = PhotoMetadata()
    iptc = _cut_iptc(iptc, meta.warnings)
    for name, (datasets, properties) in TEXT_FIELDS.items():
        joined = name in JOINED_FIELDS
        for source, values in [
            *((IPTC, iptc.get(dataset, [])) for dataset in datasets),
            *((XMP, _xmp_strings(_xmp_get(xmp, *prop))) for prop in properties),
        ]:
            if values:
                setattr(meta, name, ", ".join(values) if joined else values[0])
                meta.sources[name] = source
                break

    # Cameras and some desks write only EXIF: the last place to look.
    for name, tag in EXIF_TEXT_FALLBACKS.items():
        value = ifd0.get(tag)
        if not getattr(meta, name) and isinstance(value, str) and value.strip("\0 "):
            setattr(meta, name, value.strip("\0 "))
            meta.sources[name] = EXIF

    if keywords := iptc.get((2, 25)):
        meta.keywords, meta.sources["keywords"] = list(keywords), IPTC
    elif keywords := _xmp_strings(_xmp_get(xmp, DC, "subject")):
        meta.keywords, meta.sources["keywords"] = keywords, XMP

    for source, date_taken in [
        (IPTC, _iptc_datetime(iptc)),
        (EXIF, _exif_datetime(exif_ifd)),
        (XMP, _xmp_datetime(xmp, PHOTOSHOP, "DateCreated")),
        (XMP, _xmp_datetime(xmp, XMP_BASIC, "CreateDate")),
    ]:
        if date_taken is not None:
            meta.date_taken, meta.sources["date_taken"] = date_taken, source
            break

    orientation = ifd0.get(EXIF_ORIENTATION)
    if isinstance(orientation, int) and 1 <= orientation <= 8:
        meta.orientation, meta.sources["orientation"] = orientation, EXIF
    meta.width, meta.height = image.size
    if meta.orientation >= 5:  # 5-8 turn the picture a quarter
        meta.width, meta.height = meta.height, meta.width

    # Nothing XML forbids gets in from a file (a \x0b in a wire caption
    # would break every feed showing it).
    for name in TEXT_FIELDS:
        value = xml_safe(getattr(meta, name))
        if len(value) > MAX_TEXT_CHARACTERS:  # from XMP or EXIF
            value = _cut(value, _("The %(field)s") % {"field": name}, meta.warnings)
        setattr(meta, name, value)
    meta.keywords = [xml_safe(word) for word in meta.keywords]

    meta.raw = {
        "iptc": _iptc_raw(iptc),
        "xmp": _xmp_raw(xmp),
        "exif": _exif_raw(ifd0, exif_ifd, gps),
    }
    return meta


def _load_trailing_chunks(image):
    # A PNG may put its XMP or EXIF after the pixels; Pillow only sees those
    # chunks once the image is loaded.
    if image.format != "PNG":
        return
    try:
        image.load()
    except Exception:
        logger.debug("Could not load PNG to read trailing chunks", exc_info=True)


# IPTC IIM


def _read_iptc(image):
    """Return {(record, dataset): [text, ...]} with every value decoded."""
    try:
        info = _iptc_datasets(_iptc_resource(image))
    except Exception:
        # A broken structure leaves no way to tell where the next field
        # starts: the whole block is given up, as Pillow does.
        logger.debug("Unreadable IPTC block", exc_info=True)
        return {}
    if not info:
        return {}
    values = {
        key: [v or b"" for v in (value if isinstance(value, list) else [value])]
        for key, value in info.items()
    }
    charset = values.get(IPTC_CODED_CHARACTER_SET, [b""])[0]
    utf8 = charset.strip(b"\x00 ") in IPTC_UTF8_ESCAPES
    decoded = {}
    for key, items in values.items():
        if key in IPTC_BINARY_DATASETS or key == IPTC_CODED_CHARACTER_SET:
            decoded[key] = [item.hex() for item in items]
        else:
            texts = [_decode_iptc(item, utf8=utf8) for item in items]
            decoded[key] = [text for text in texts if text]
    return decoded


PHOTOSHOP_SIGNATURE = b"Photoshop 3.0\x00"
PHOTOSHOP_IPTC_RESOURCE = 0x0404


def _iptc_resource(image):
    """The IPTC IIM bytes of a JPEG's Photoshop resource block, or b"".

    Pillow's JPEG reader parses each APP13 segment on its own, but a segment
    holds at most 64 KB and a longer block (a 100 KB caption) continues in
    the next ones, as Photoshop and exiftool write it: the segments Pillow
    keeps in `applist` are joined before the resources are read.
    """
    if not isinstance(image, JpegImagePlugin.JpegImageFile):
        return b""
    block = b"".join(
        data[len(PHOTOSHOP_SIGNATURE) :]
        for marker, data in getattr(image, "applist", [])
        if marker == "APP13" and data.startswith(PHOTOSHOP_SIGNATURE)
    )
    offset = 0
    while block[offset : offset + 4] == b"8BIM":
        code = int.from_bytes(block[offset + 4 : offset + 6], "big")
        offset += 6
        offset += 1 + block[offset]  # a Pascal-string name, usually empty
        offset += offset & 1  # padded to an even length
        size = int.from_bytes(block[offset : offset + 4], "big")
        offset += 4
        if offset + size > len(block):
            raise ValueError(f"Photoshop resource {code:#06x} is cut short.")
        if code == PHOTOSHOP_IPTC_RESOURCE:
            return block[offset : offset + size]
        offset += size + (size & 1)
    return b""


def _iptc_datasets(data):
    """{(record, dataset): bytes or [bytes, ...]} from IIM bytes.

    Pillow's IIM reader takes the first length byte of an extended dataset
    (one over 32767 bytes, the length's top bit set) for the length itself,
    so it cannot read one; this reads them and stops, as Pillow does, at
    the image data (record 8) or at zero padding. Raises ValueError on a
    broken structure."""
    info = {}
    offset = 0
    while offset < len(data) and data[offset : offset + 5].strip(b"\x00"):
        if data[offset] != 0x1C or offset + 5 > len(data):
            raise ValueError(f"No IPTC dataset marker at byte {offset}.")
        tag = (data[offset + 1], data[offset + 2])
        length = int.from_bytes(data[offset + 3 : offset + 5], "big")
        offset += 5
        if tag[0] == 8:
            break
        if length & 0x8000:  # extended: the next (length & 0x7FFF) bytes hold it
            count = length & 0x7FFF
            if not 1 <= count <= 4:
                raise ValueError(f"IPTC {tag} has a {count}-byte length.")
            length = int.from_bytes(data[offset : offset + count], "big")
            offset += count
        if offset + length > len(data):
            raise ValueError(f"IPTC {tag} is cut short.")
        value = data[offset : offset + length] or None
        offset += length
        if tag in info:
            if not isinstance(info[tag], list):
                info[tag] = [info[tag]]
            info[tag].append(value)
        else:
            info[tag] = value
    return info


#: What the desk calls the IPTC text fields, for warnings.
IPTC_FIELD_NAMES = {
    dataset: name for name, (datasets, _) in TEXT_FIELDS.items() for dataset in datasets
}


def _cut_iptc(iptc, warnings):
    """Every IPTC text cut to `MAX_TEXT_CHARACTERS`, each cut told once."""
    cut = {}
    for key, texts in iptc.items():
        if key in IPTC_BINARY_DATASETS:  # hex in raw, never shown as text
            cut[key] = texts
            continue
        label = _("The IPTC %(field)s (%(record)s:%(dataset)02d)") % {
            "field": IPTC_FIELD_NAMES.get(key, _("field")).replace("_", " "),
            "record": key[0],
            "dataset": key[1],
        }
        cut[key] = [
            _cut(text, label, warnings) if len(text) > MAX_TEXT_CHARACTERS else text
            for text in texts
        ]
    return cut


def _cut(text, label, warnings):
    message = _(
        "%(label)s was %(length)s characters long; only the first %(limit)s were kept."
    ) % {
        "label": label,
        "length": f"{len(text):,}",
        "limit": f"{MAX_TEXT_CHARACTERS:,}",
    }
    logger.warning(message)
    warnings.append(message)
    return text[: MAX_TEXT_CHARACTERS - 1].rstrip() + "…"


def _decode_iptc(value, *, utf8):
    if utf8:
        text = value.decode("utf-8", errors="replace")
    else:
        # Without 1:90 the charset is a guess: valid UTF-8 almost never
        # happens by accident, anything else is most likely Windows Latin-1.
        for encoding in ("utf-8", "cp1252", "latin-1"):
            try:
                text = value.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    return text.strip(PADDING)


def _iptc_datetime(iptc):
    dates = iptc.get((2, 55))
    if not dates:
        return None
    date = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})", dates[0])
    if not date:
        return None
    times = iptc.get((2, 60))
    time = times and re.fullmatch(
        r"(\d{2}):?(\d{2}):?(\d{2})(?:([+-]\d{2}):?(\d{2}))?", times[0]
    )
    if not time:
        return _make_datetime(*date.groups())
    hour, minute, second, offset_hours, offset_minutes = time.groups()
    offset = f"{offset_hours}:{offset_minutes}" if offset_hours else None
    return _make_datetime(*date.groups(), hour, minute, second, offset)


def _iptc_raw(iptc):
    raw = {}
    for (record, dataset), items in sorted(iptc.items()):
        single = len(items) == 1 and (record, dataset) not in IPTC_REPEATABLE_DATASETS
        raw[f"{record}:{dataset:02d}"] = items[0] if single else items
    return raw


# XMP


def _read_xmp(image):
    """Return the XMP properties as {"{namespace}name": value}."""
    if not image.info.get("xmp"):
        return {}
    try:
        try:
            tree = image.getxmp(strip_namespaces=False)
        except TypeError:  # Pillow < 13 always strips namespaces
            tree = image.getxmp()
        properties = {}
        for description in _xmp_descriptions(tree):
            for key, value in description.items():
                if _namespace(key) != RDF and _local(key) != "about":
                    properties.setdefault(key, value)
        return properties
    except Exception:
        logger.debug("Unreadable XMP packet", exc_info=True)
        return {}


def _xmp_descriptions(node):
    """Yield each rdf:Description; a file may split properties over several."""
    if isinstance(node, list):
        for item in node:
            yield from _xmp_descriptions(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            name = _local(key)
            if name == "Description":
                items = value if isinstance(value, list) else [value]
                yield from (item for item in items if isinstance(item, dict))
            elif name in ("xmpmeta", "xapmeta", "RDF"):
                yield from _xmp_descriptions(value)


def _namespace(key):
    return key[1:].partition("}")[0] if key.startswith("{") else ""


def _local(key):
    return key.rpartition("}")[2]


def _xmp_get(node, namespace, name):
    """Read a child from getxmp() output, with or without namespaces in keys."""
    if not isinstance(node, dict):
        return None
    value = node.get(f"{{{namespace}}}{name}")
    return node.get(name) if value is None else value


def _xmp_strings(value):
    """Flatten any shape getxmp() returns for a property into its texts.

    A plain string, {"text": ...} when the element has attributes, an rdf:Alt
    (one text, x-default first), an rdf:Seq or rdf:Bag (every item), or a list
    when the property was repeated.
    """
    if value is None:
        return []
    if isinstance(value, str):
        text = value.strip(PADDING)
        return [text] if text else []
    if isinstance(value, list):
        return [text for item in value for text in _xmp_strings(item)]
    if not isinstance(value, dict):
        return []
    if (alt := _xmp_get(value, RDF, "Alt")) is not None:
        languages = _xmp_languages(alt)
        best = languages.get("x-default") or next(iter(languages.values()), "")
        return [best] if best else []
    for container in ("Seq", "Bag"):
        if (items := _xmp_get(value, RDF, container)) is not None:
            return _xmp_strings(_xmp_get(items, RDF, "li"))
    if "text" in value:
        return _xmp_strings(value["text"])
    return []


def _xmp_languages(alt):
    """Map each language of an rdf:Alt to its text, in file order."""
    items = _xmp_get(alt, RDF, "li")
    languages = {}
    for item in items if isinstance(items, list) else [items]:
        if isinstance(item, dict):
            language = _xmp_get(item, XML, "lang")
            texts = _xmp_strings(item.get("text"))
        else:
            language, texts = None, _xmp_strings(item)
        if texts:
            languages.setdefault(str(language or "x-default"), texts[0])
    return languages


def _xmp_datetime(xmp, namespace, name):
    values = _xmp_strings(_xmp_get(xmp, namespace, name))
    if not values:
        return None
    match = re.fullmatch(
        r"(\d{4})-(\d{2})-(\d{2})"
        r"(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?",
        values[0],
    )
    if not match:
        return None
    year, month, day, hour, minute, second, offset = match.groups()
    if hour is None:
        return _make_datetime(year, month, day)
    return _make_datetime(year, month, day, hour, minute, second or "0", offset)


def _xmp_raw(xmp):
    return {_prefixed(key): _xmp_plain(value) for key, value in xmp.items()}


def _prefixed(key):
    namespace = _namespace(key)
    if not namespace:
        return key
    if namespace in XMP_PREFIXES:
        return f"{XMP_PREFIXES[namespace]}:{_local(key)}"
    return key


def _xmp_plain(value):
    """Simplify a getxmp() value for raw: Alt -> {lang: text}, Seq/Bag -> list."""
    if value is None:
        return ""
    if isinstance(value, str):
        return _json_text(value)
    if isinstance(value, list):
        return [_xmp_plain(item) for item in value]
    if not isinstance(value, dict):
        return _json_safe(value)
    if (alt := _xmp_get(value, RDF, "Alt")) is not None:
        return _xmp_languages(alt)
    for container in ("Seq", "Bag"):
        if (items := _xmp_get(value, RDF, container)) is not None:
            items = _xmp_get(items, RDF, "li")
            items = items if isinstance(items, list) else [items]
            return [_xmp_plain(item) for item in items if item is not None]
    if set(value) <= {"text", f"{{{XML}}}lang", "lang"} and "text" in value:
        return _xmp_plain(value["text"])
    return {_prefixed(key): _xmp_plain(item) for key, item in value.items()}


# EXIF


def _read_exif(image):
    """Return (IFD0, Exif sub-IFD, GPS IFD) as {tag number: value} dicts."""
    try:
        exif = image.getexif()
    except Exception:
        logger.debug("Unreadable EXIF block", exc_info=True)
        return {}, {}, {}
    ifds = [dict(exif)]
    for pointer in (IFD.Exif, IFD.GPSInfo):
        try:
            ifds.append(dict(exif.get_ifd(pointer)))
        except Exception:
            logger.debug("Unreadable EXIF IFD %#x", pointer, exc_info=True)
            ifds.append({})
    return tuple(ifds)


def _exif_datetime(exif_ifd):
    value = _json_safe(exif_ifd.get(EXIF_DATE_TIME_ORIGINAL))
    if not isinstance(value, str):
        return None
    match = re.fullmatch(
        r"(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})", value.strip()
    )
    if not match:
        return None
    offset = _json_safe(exif_ifd.get(EXIF_OFFSET_TIME_ORIGINAL))
    if not (isinstance(offset, str) and re.fullmatch(r"[+-]\d{2}:\d{2}", offset)):
        offset = None
    return _make_datetime(*match.groups(), offset)


def _exif_raw(ifd0, exif_ifd, gps):
    raw = {}
    for tag, value in [*ifd0.items(), *exif_ifd.items()]:
        if tag in EXIF_SKIPPED:
            continue
        name = TAGS.get(tag, f"0x{tag:04X}")
        if tag == EXIF_USER_COMMENT and isinstance(value, bytes):
            raw[name] = _exif_user_comment(value)
        else:
            raw[name] = _json_safe(value)
    if gps:
        raw["GPSInfo"] = {
            GPSTAGS.get(tag, f"0x{tag:04X}"): _json_safe(value)
            for tag, value in gps.items()
        }
    return raw


def _exif_user_comment(value):
    # Eight bytes name the character code; ASCII or undefined is plain text.
    code, text = value[:8], value[8:]
    if code.startswith(b"ASCII") or not code.strip(b"\x00 "):
        return _json_safe(text.rstrip(b"\x00 ") or b"")
    return value.hex()


# Shared helpers


def _make_datetime(year, month, day, hour=0, minute=0, second=0, offset=None):
    """Build a datetime from text parts; aware when an offset is given."""
    try:
        tzinfo = None
        if offset == "Z":
            tzinfo = UTC
        elif offset:
            sign = -1 if offset[0] == "-" else 1
            hours, minutes = offset[1:3], offset[-2:]
            tzinfo = timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))
        return datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute),
            int(second),
            tzinfo=tzinfo,
        )
    except ValueError:  # month 13, "0000:00:00 00:00:00", offsets over a day
        return None


def _json_text(text):
    # PostgreSQL's jsonb cannot store NUL, and padding is not content.
    return text.strip(PADDING).replace("\x00", "")


def _json_safe(value):
    """Turn an EXIF value into str, int, float, None, list or dict."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, str):
        return _json_text(value)
    if isinstance(value, bytes):
        try:
            text = value.decode("utf-8").strip("\x00")
        except UnicodeDecodeError:
            return value.hex()
        if text and all(char.isprintable() or char in "\t\r\n" for char in text):
            return _json_text(text)
        return value.hex()
    if isinstance(value, Rational | float):
        number = float(value)  # Pillow's IFDRational is nan when divided by 0
        return number if math.isfinite(number) else None
    if isinstance(value, list | tuple):
        return [_json_safe(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _json_safe(item) for key, item in value.items()}
    return _json_text(str(value))
