"""Write an IPTC IIM block into a JPEG, the way wire services deliver captions.

Pillow reads IPTC but cannot write it; the demo desk and the tests make wire-
style photos with this, so neither needs exiftool. The block is the standard
Photoshop APP13 segment holding IIM datasets, declared as UTF-8.
"""

import struct

CODED_CHARACTER_SET_UTF8 = (1, 90, b"\x1b%G")

#: Field name -> IIM dataset in record 2, as in `galleries.metadata`.
DATASETS = {
    "object_name": 5,
    "special_instructions": 40,
    "keywords": 25,
    "date_created": 55,
    "time_created": 60,
    "byline": 80,
    "headline": 105,
    "credit": 110,
    "source": 115,
    "copyright": 116,
    "caption": 120,
}


def iptc_segment(**fields):
    """An APP13 segment for the given fields; `keywords` may be a list."""
    datasets = [CODED_CHARACTER_SET_UTF8]
    for name, value in fields.items():
        values = value if isinstance(value, (list, tuple)) else [value]
        for item in values:
            if item:
                datasets.append((2, DATASETS[name], str(item).encode("utf-8")))
    iim = b"".join(
        b"\x1c" + bytes([record, number]) + struct.pack(">H", len(data)) + data
        for record, number, data in datasets
    )
    # Photoshop image resource 0x0404 (IPTC), empty name padded to even length.
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00"
    resource += struct.pack(">I", len(iim)) + iim + (b"\x00" if len(iim) % 2 else b"")
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def with_iptc(jpeg, **fields):
    """The JPEG bytes with an IPTC block inserted after its first segments."""
    if jpeg[:2] != b"\xff\xd8":
        raise ValueError("Not a JPEG.")
    position = 2
    # Keep APP0 (JFIF) and APP1 (EXIF/XMP) first, as cameras and agencies do.
    while jpeg[position : position + 2] in (b"\xff\xe0", b"\xff\xe1"):
        (length,) = struct.unpack(">H", jpeg[position + 2 : position + 4])
        position += 2 + length
    return jpeg[:position] + iptc_segment(**fields) + jpeg[position:]
