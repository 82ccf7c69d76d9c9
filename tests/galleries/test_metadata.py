import io
import json
import logging
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image

from galleries.metadata import MAX_TEXT_CHARACTERS, PhotoMetadata, read_metadata
from tests.galleries.images import with_long_iptc_caption

FIXTURES = Path(__file__).parent / "fixtures"
PLUS_ONE = timezone(timedelta(hours=1))
ALL_FIXTURES = sorted(path.name for path in FIXTURES.iterdir() if path.suffix != ".md")


def read(name):
    with Image.open(FIXTURES / name) as image:
        return read_metadata(image)


def read_bytes(data):
    with Image.open(io.BytesIO(data)) as image:
        return read_metadata(image)


def jpeg_with_iptc(*datasets):
    """none.jpg with an APP13 segment holding the given IPTC datasets."""
    body = b"".join(
        b"\x1c" + bytes([record, number]) + len(value).to_bytes(2, "big") + value
        for (record, number), value in datasets
    )
    resource = b"8BIM\x04\x04\x00\x00" + len(body).to_bytes(4, "big") + body
    segment = b"Photoshop 3.0\x00" + resource + b"\x00" * (len(body) % 2)
    app13 = b"\xff\xed" + (len(segment) + 2).to_bytes(2, "big") + segment
    plain = (FIXTURES / "none.jpg").read_bytes()
    return plain[:2] + app13 + plain[2:]


def image_with_xmp(description_body, *, wrapper=True):
    packet = (
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        f" {description_body}</rdf:Description></rdf:RDF>"
    )
    if wrapper:
        packet = f'<x:xmpmeta xmlns:x="adobe:ns:meta/">{packet}</x:xmpmeta>'
    image = Image.new("RGB", (4, 3))
    image.info["xmp"] = packet.encode()
    return image


UTF8 = ((1, 90), b"\x1b%G")


# IPTC


def test_iptc_only_fills_every_field_from_iptc():
    meta = read("iptc_only.jpg")

    assert meta.title == "UEFA Europa League: Harbourside vs Kingsbridge"
    assert meta.caption == (
        "Harbourside's Emeka Duru celebrates after scoring his side's second goal "
        "during the Europa League match at the Quayside, Thursday, March 12, 2026."
    )
    assert meta.byline == "Antonio Calanni"
    assert meta.credit == "AP"
    assert meta.source == "AP"
    assert meta.copyright == (
        "Copyright 2026 The Associated Press. All rights reserved"
    )
    assert meta.keywords == ["Soccer", "Emeka Duru", "Harbourside"]
    assert meta.special_instructions == "NO SALES"
    assert meta.alt_text == ""
    assert (meta.width, meta.height, meta.orientation) == (64, 48, 1)
    assert meta.sources == {
        "title": "IPTC",
        "caption": "IPTC",
        "byline": "IPTC",
        "credit": "IPTC",
        "source": "IPTC",
        "copyright": "IPTC",
        "date_taken": "IPTC",
        "keywords": "IPTC",
        "special_instructions": "IPTC",
    }


def test_iptc_date_and_time_with_offset_give_an_aware_datetime():
    assert read("iptc_only.jpg").date_taken == datetime(
        2026, 3, 12, 21, 14, 5, tzinfo=PLUS_ONE
    )


def test_iptc_headline_wins_over_object_name_for_the_title():
    meta = read("iptc_only.jpg")

    assert meta.title == "UEFA Europa League: Harbourside vs Kingsbridge"
    assert meta.raw["iptc"]["2:05"] == "Europa League – Harbourside v Kingsbridge"


def test_iptc_declared_utf8_decodes_multibyte_characters():
    assert "–" in read("iptc_only.jpg").raw["iptc"]["2:05"]


def test_iptc_raw_keeps_every_dataset_under_record_colon_dataset_keys():
    raw = read("iptc_only.jpg").raw["iptc"]

    assert raw["2:120"].startswith("Harbourside's Emeka Duru celebrates")
    assert raw["2:25"] == ["Soccer", "Emeka Duru", "Harbourside"]
    assert raw["2:55"] == "20260312"
    assert raw["2:60"] == "211405+0100"
    assert raw["1:90"] == "1b2547"  # ESC % G, binary datasets are hex


def test_latin1_iptc_without_coded_character_set_is_decoded_as_latin1():
    data = (FIXTURES / "latin1.jpg").read_bytes()
    assert b"Jos\xe9 M\xfcller" in data  # the fixture really holds Latin-1 bytes
    assert "José Müller".encode() not in data

    meta = read("latin1.jpg")

    assert meta.caption == (
        "Kingsbridge's José Müller during training before the Fußball friendly."
    )
    assert meta.byline == "José Müller"
    assert meta.title == "José Müller trains"


def test_undeclared_iptc_that_is_valid_utf8_is_decoded_as_utf8():
    meta = read_bytes(jpeg_with_iptc(((2, 120), "Fußball in Köln".encode())))

    assert meta.caption == "Fußball in Köln"


def test_undeclared_iptc_with_windows_quotes_is_decoded_as_cp1252():
    meta = read_bytes(jpeg_with_iptc(((2, 120), b"Duru\x92s \x93header\x94")))

    assert meta.caption == "Duru’s “header”"


def test_declared_utf8_with_a_truncated_character_keeps_the_rest_of_the_text():
    meta = read_bytes(jpeg_with_iptc(UTF8, ((2, 5), "Müller –".encode()[:-1])))

    assert meta.title.startswith("Müller ")


def test_iptc_padding_is_stripped_but_the_caption_is_otherwise_kept_as_written():
    caption = b"  First line.\r\nSecond  line,\tas typed.\x00\x00 "

    meta = read_bytes(jpeg_with_iptc(UTF8, ((2, 120), caption)))

    assert meta.caption == "First line.\r\nSecond  line,\tas typed."


def test_repeated_iptc_bylines_are_joined():
    meta = read_bytes(
        jpeg_with_iptc(UTF8, ((2, 80), b"Antonio Calanni"), ((2, 80), b"Luca Bruno"))
    )

    assert meta.byline == "Antonio Calanni, Luca Bruno"
    assert meta.raw["iptc"]["2:80"] == ["Antonio Calanni", "Luca Bruno"]


def test_a_single_iptc_keyword_is_still_a_list():
    meta = read("both.jpg")

    assert meta.keywords == ["Keyword from IPTC"]
    assert meta.raw["iptc"]["2:25"] == ["Keyword from IPTC"]


def test_iptc_date_without_time_is_a_naive_midnight():
    meta = read_bytes(jpeg_with_iptc(((2, 55), b"20260312")))

    assert meta.date_taken == datetime(2026, 3, 12)


def test_iptc_time_without_offset_gives_a_naive_datetime():
    meta = read_bytes(jpeg_with_iptc(((2, 55), b"20260312"), ((2, 60), b"211405")))

    assert meta.date_taken == datetime(2026, 3, 12, 21, 14, 5)


def test_impossible_iptc_date_is_ignored():
    meta = read_bytes(jpeg_with_iptc(((2, 55), b"00000000")))

    assert meta.date_taken is None
    assert "date_taken" not in meta.sources


def test_split_byline_and_credit_are_kept_separately():
    meta = read("split_credit.jpg")

    assert meta.byline == "ANTONIO CALANNI"
    assert meta.credit == "AP Photo"
    assert meta.sources == {"byline": "IPTC", "credit": "IPTC"}


# XMP


def test_xmp_only_fills_every_field_from_xmp():
    meta = read("xmp_only.jpg")

    assert meta.title == "Harbourside vs Kingsbridge"
    assert meta.caption == (
        "Emeka Duru heads the ball during the Europa League match at the Quayside."
    )
    assert meta.byline == "Antonio Calanni"
    assert meta.credit == "Photo: AP/Antonio Calanni"
    assert meta.source == "AP"
    assert meta.copyright == (
        "Copyright 2026 The Associated Press. All rights reserved"
    )
    assert meta.date_taken == datetime(2026, 3, 12, 21, 14, 5, tzinfo=PLUS_ONE)
    assert meta.keywords == ["Soccer", "Emeka Duru", "Harbourside"]
    assert meta.alt_text == "A footballer in a red shirt leaps to head the ball"
    assert meta.special_instructions == "NO SALES"
    assert meta.sources == {
        "title": "XMP",
        "caption": "XMP",
        "byline": "XMP",
        "credit": "XMP",
        "source": "XMP",
        "copyright": "XMP",
        "date_taken": "XMP",
        "keywords": "XMP",
        "alt_text": "XMP",
        "special_instructions": "XMP",
    }


def test_xmp_language_alternatives_give_x_default_and_raw_keeps_them_all():
    meta = read("xmp_only.jpg")

    assert meta.caption.startswith("Emeka Duru heads the ball")
    assert meta.raw["xmp"]["dc:description"] == {
        "x-default": (
            "Emeka Duru heads the ball during the Europa League match at the Quayside."
        ),
        "it-IT": "Emeka Duru colpisce di testa durante la partita di Europa League.",
    }
    assert meta.raw["xmp"]["dc:subject"] == ["Soccer", "Emeka Duru", "Harbourside"]
    assert meta.raw["xmp"]["photoshop:Credit"] == "Photo: AP/Antonio Calanni"


def test_xmp_without_x_default_takes_the_first_language():
    image = image_with_xmp(
        "><dc:description><rdf:Alt>"
        '<rdf:li xml:lang="it">Didascalia</rdf:li>'
        '<rdf:li xml:lang="en">Caption</rdf:li>'
        "</rdf:Alt></dc:description>"
    )

    assert read_metadata(image).caption == "Didascalia"


def test_xmp_properties_written_as_attributes_are_read():
    image = image_with_xmp(
        'photoshop:Credit="AP" photoshop:DateCreated="2026-03-12">', wrapper=False
    )

    meta = read_metadata(image)

    assert meta.credit == "AP"
    assert meta.date_taken == datetime(2026, 3, 12)
    assert meta.sources == {"credit": "XMP", "date_taken": "XMP"}


def test_xmp_several_creators_are_joined_and_list_items_need_no_language():
    image = image_with_xmp(
        "><dc:creator><rdf:Seq><rdf:li>Antonio Calanni</rdf:li>"
        "<rdf:li>Luca Bruno</rdf:li></rdf:Seq></dc:creator>"
        "<dc:title><rdf:Alt><rdf:li>Title without language</rdf:li></rdf:Alt>"
        "</dc:title>"
    )

    meta = read_metadata(image)

    assert meta.byline == "Antonio Calanni, Luca Bruno"
    assert meta.title == "Title without language"


def test_xmp_create_date_is_used_when_photoshop_date_created_is_missing():
    image = image_with_xmp("><xmp:CreateDate>2026-03-12T21:14:05Z</xmp:CreateDate>")

    assert read_metadata(image).date_taken == datetime(
        2026, 3, 12, 21, 14, 5, tzinfo=UTC
    )


def test_xmp_is_read_from_pillow_versions_that_strip_namespaces(monkeypatch):
    """Pillow < 13 has no strip_namespaces argument and drops the namespaces."""
    with Image.open(FIXTURES / "xmp_only.jpg") as image:
        getxmp = image.getxmp
        monkeypatch.setattr(image, "getxmp", lambda: getxmp(strip_namespaces=True))
        meta = read_metadata(image)

    assert meta.caption.startswith("Emeka Duru heads the ball")
    assert meta.alt_text == "A footballer in a red shirt leaps to head the ball"
    assert meta.keywords == ["Soccer", "Emeka Duru", "Harbourside"]


# IPTC and XMP together


def test_iptc_wins_over_xmp_when_both_have_a_field():
    meta = read("both.jpg")

    assert meta.caption == "Caption from IPTC"
    assert meta.credit == "Credit from IPTC"
    assert meta.keywords == ["Keyword from IPTC"]
    # Even the IPTC object name beats the XMP headline and title.
    assert meta.title == "Object name from IPTC"
    assert meta.raw["xmp"]["dc:description"] == {"x-default": "Caption from XMP"}


def test_xmp_fills_the_fields_iptc_lacks():
    meta = read("both.jpg")

    assert meta.byline == "Byline from XMP"
    assert meta.alt_text == "Alt text from XMP"
    assert meta.date_taken == datetime(2026, 3, 12, 21, 14, 5, tzinfo=UTC)
    assert meta.sources == {
        "title": "IPTC",
        "caption": "IPTC",
        "credit": "IPTC",
        "keywords": "IPTC",
        "byline": "XMP",
        "alt_text": "XMP",
        "date_taken": "XMP",
    }


# EXIF


def test_exif_date_taken_uses_offset_time_original():
    meta = read("exif_gps_orientation.jpg")

    assert meta.date_taken == datetime(2026, 3, 12, 21, 14, 5, tzinfo=PLUS_ONE)
    assert meta.sources == {
        "date_taken": "EXIF",
        "orientation": "EXIF",
        "byline": "EXIF",
        "copyright": "EXIF",
    }


def test_width_and_height_are_as_displayed_after_exif_orientation():
    meta = read("exif_gps_orientation.jpg")

    assert meta.orientation == 6
    assert (meta.width, meta.height) == (32, 64)


def test_raw_exif_keeps_gps_serial_number_artist_and_copyright():
    exif = read("exif_gps_orientation.jpg").raw["exif"]

    assert exif["GPSInfo"]["GPSLatitudeRef"] == "N"
    assert exif["GPSInfo"]["GPSLatitude"] == pytest.approx([45, 28, 41.16])
    assert exif["GPSInfo"]["GPSLongitudeRef"] == "E"
    assert exif["GPSInfo"]["GPSLongitude"] == pytest.approx([9, 7, 26.4])
    assert exif["GPSInfo"]["GPSAltitude"] == pytest.approx(122)
    assert exif["BodySerialNumber"] == "083021001234"
    assert exif["DateTimeOriginal"] == "2026:03:12 21:14:05"
    assert exif["Artist"] == "Antonio Calanni"
    assert exif["Copyright"] == "Copyright 2026 The Associated Press"


def test_exif_artist_and_copyright_fill_byline_and_copyright_last():
    meta = read("exif_gps_orientation.jpg")

    assert meta.byline == "Antonio Calanni"
    assert meta.copyright == "Copyright 2026 The Associated Press"
    assert meta.sources["byline"] == meta.sources["copyright"] == "EXIF"


# Other formats, no metadata, everything JSON


def test_png_xmp_is_read():
    meta = read("xmp_caption.png")

    assert meta.caption == "Caption from PNG XMP"
    assert meta.title == "Harbourside training"
    assert meta.sources == {"caption": "XMP", "title": "XMP"}


def test_png_xmp_written_after_the_pixels_is_read():
    data = (FIXTURES / "xmp_caption.png").read_bytes()
    start = data.index(b"iTXt") - 4
    end = start + 12 + int.from_bytes(data[start : start + 4], "big")
    chunk, data = data[start:end], data[:start] + data[end:]
    iend = data.index(b"IEND") - 4
    assert data.index(b"IDAT") < iend

    meta = read_bytes(data[:iend] + chunk + data[iend:])

    assert meta.caption == "Caption from PNG XMP"


def test_webp_exif_and_xmp_are_read():
    meta = read("exif_xmp.webp")

    assert meta.title == "Title from WebP XMP"
    assert meta.date_taken == datetime(2026, 3, 11, 10, 30)  # no offset: naive
    assert meta.sources == {"title": "XMP", "date_taken": "EXIF"}


def test_file_without_metadata_gives_empty_fields():
    assert read("none.jpg") == PhotoMetadata(
        width=64, height=48, raw={"iptc": {}, "xmp": {}, "exif": {}}
    )


def test_image_not_read_from_a_file_gives_empty_fields():
    meta = read_metadata(Image.new("RGB", (30, 20)))

    assert meta == PhotoMetadata(
        width=30, height=20, raw={"iptc": {}, "xmp": {}, "exif": {}}
    )


@pytest.mark.parametrize("name", ALL_FIXTURES)
def test_raw_is_json_serialisable(name):
    raw = read(name).raw

    assert json.loads(json.dumps(raw, allow_nan=False)) == raw
    assert "\\u0000" not in json.dumps(raw)  # PostgreSQL jsonb refuses NUL


# Damaged metadata


def corrupt_iptc_marker(data):
    """The caption dataset no longer starts with the 0x1C tag marker."""
    at = data.index(b"\x1c\x02\x78")
    return data[:at] + b"\xff" + data[at + 1 :]


def corrupt_iptc_length(data):
    """The caption's length claims a 5-byte extended length (over Pillow's 4)."""
    at = data.index(b"\x1c\x02\x78") + 3
    return data[:at] + b"\x85" + data[at + 1 :]


def corrupt_resource_size(data):
    """The 8BIM IPTC resource claims to be 2 GB long."""
    at = data.index(b"8BIM\x04\x04") + 8
    return data[:at] + b"\x7f\xff\xff\xff" + data[at + 4 :]


def corrupt_resource_signature(data):
    """The APP13 segment no longer holds an 8BIM resource."""
    at = data.index(b"Photoshop 3.0\x00") + 14
    return data[:at] + b"XXXX" + data[at + 4 :]


@pytest.mark.parametrize(
    "corrupt",
    [
        corrupt_iptc_marker,
        corrupt_iptc_length,
        corrupt_resource_size,
        corrupt_resource_signature,
    ],
)
def test_corrupt_iptc_block_does_not_raise(corrupt):
    data = (FIXTURES / "iptc_only.jpg").read_bytes()

    meta = read_bytes(corrupt(data))

    assert (meta.width, meta.height) == (64, 48)
    json.dumps(meta.raw)


def test_unreadable_iptc_block_gives_empty_fields_and_logs_at_debug(caplog):
    data = corrupt_iptc_marker((FIXTURES / "iptc_only.jpg").read_bytes())

    with caplog.at_level(logging.DEBUG, logger="galleries.metadata"):
        meta = read_bytes(data)

    assert (meta.caption, meta.title, meta.keywords) == ("", "", [])
    assert meta.sources == {}
    assert meta.raw["iptc"] == {}
    ours = [r for r in caplog.records if r.name == "galleries.metadata"]
    assert [record.levelno for record in ours] == [logging.DEBUG]


def test_unreadable_iptc_block_falls_back_to_xmp():
    data = corrupt_iptc_marker((FIXTURES / "both.jpg").read_bytes())

    meta = read_bytes(data)

    assert meta.caption == "Caption from XMP"
    assert meta.title == "Headline from XMP"
    assert meta.sources["caption"] == "XMP"


def test_malformed_xmp_gives_empty_fields_without_raising():
    data = (FIXTURES / "xmp_only.jpg").read_bytes()
    data = data.replace(b"<x:xmpmeta", b"<x:xmpme<a", 1)

    meta = read_bytes(data)

    assert (meta.caption, meta.alt_text, meta.sources) == ("", "", {})
    assert meta.raw["xmp"] == {}


def test_corrupt_exif_gives_default_orientation_without_raising():
    data = (FIXTURES / "exif_gps_orientation.jpg").read_bytes()
    at = data.index(b"Exif\x00\x00") + 6
    data = data[:at] + b"XX" + data[at + 2 :]  # no longer a TIFF header

    meta = read_bytes(data)

    assert (meta.orientation, meta.width, meta.height) == (1, 64, 32)
    assert meta.date_taken is None


def test_corrupt_gps_offset_keeps_the_rest_of_the_exif():
    data = (FIXTURES / "exif_gps_orientation.jpg").read_bytes()
    at = data.index(b"\x88\x25\x00\x04\x00\x00\x00\x01") + 8
    data = data[:at] + b"\x00\x00\xff\xf0" + data[at + 4 :]

    with pytest.warns(UserWarning, match="Corrupt EXIF"):
        meta = read_bytes(data)

    assert meta.orientation == 6
    assert meta.date_taken == datetime(2026, 3, 12, 21, 14, 5, tzinfo=PLUS_ONE)
    assert "GPSInfo" not in meta.raw["exif"]


def test_characters_xml_forbids_never_come_in_from_a_file():
    meta = read_bytes(
        jpeg_with_iptc(
            UTF8,
            ((2, 120), b"Duru\x0b heads\x00 in\x1f."),
            ((2, 80), b"Lorenzo\x08 Abati"),
            ((2, 25), b"Soc\x0ccer"),
        )
    )
    assert meta.caption == "Duru heads in."
    assert meta.byline == "Lorenzo Abati"
    assert meta.keywords == ["Soccer"]


# Oversized fields


def extended_dataset(record, number, value):
    """An IIM dataset over 32767 bytes: the length's top bit says the next
    four bytes hold the real length."""
    return (
        b"\x1c"
        + bytes([record, number])
        + (0x8004).to_bytes(2, "big")
        + len(value).to_bytes(4, "big")
        + value
    )


def test_a_100_kb_iptc_caption_is_cut_and_the_rest_of_the_block_kept(tmp_path):
    """exiftool writes it as an extended dataset over two APP13 segments;
    Pillow alone gives up on the whole block, credit and by-line too."""
    path = tmp_path / "long.jpg"
    path.write_bytes((FIXTURES / "none.jpg").read_bytes())
    meta = read_bytes(with_long_iptc_caption(path))

    assert meta.byline == "Emeka Duru"
    assert meta.credit == "AP"
    assert len(meta.caption) == MAX_TEXT_CHARACTERS
    assert meta.caption.startswith("A long caption. A long caption.")
    assert meta.caption.endswith("…")
    assert len(meta.raw["iptc"]["2:120"]) == MAX_TEXT_CHARACTERS
    assert meta.warnings == [
        "The IPTC caption (2:120) was 100,000 characters long; only the first "
        "10,000 were kept."
    ]


def test_an_extended_iptc_dataset_in_one_segment_is_read():
    caption = ("Duru scores. " * 3000).encode()[:39_000]
    datasets = UTF8_DATASET + extended_dataset(2, 120, caption)
    datasets += b"\x1c\x02\x6e\x00\x02AP"
    meta = read_bytes(jpeg_with_iim(datasets))
    assert meta.credit == "AP"
    assert meta.caption.startswith("Duru scores.")
    assert len(meta.caption) == MAX_TEXT_CHARACTERS


def test_an_oversized_warning_is_logged(caplog):
    datasets = extended_dataset(2, 120, b"x" * 40_000)
    with caplog.at_level(logging.WARNING, logger="galleries.metadata"):
        read_bytes(jpeg_with_iim(datasets))
    assert "was 40,000 characters long" in caplog.text


def test_an_oversized_xmp_caption_is_cut_too():
    image = image_with_xmp(f'dc:description="{"x" * 20_000}">')
    meta = read_metadata(image)
    assert len(meta.caption) == MAX_TEXT_CHARACTERS
    assert meta.warnings == [
        "The caption was 20,000 characters long; only the first 10,000 were kept."
    ]


def test_an_extended_length_longer_than_the_block_gives_up_the_block():
    datasets = b"\x1c\x02\x6e\x00\x02AP" + extended_dataset(2, 120, b"x" * 100)
    meta = read_bytes(jpeg_with_iim(datasets[:-50]))
    assert (meta.credit, meta.caption) == ("", "")


UTF8_DATASET = b"\x1c\x01\x5a\x00\x03\x1b%G"


def jpeg_with_iim(body):
    """none.jpg with an APP13 segment holding raw IIM bytes."""
    resource = b"8BIM\x04\x04\x00\x00" + len(body).to_bytes(4, "big") + body
    segment = b"Photoshop 3.0\x00" + resource + b"\x00" * (len(body) % 2)
    app13 = b"\xff\xed" + (len(segment) + 2).to_bytes(2, "big") + segment
    plain = (FIXTURES / "none.jpg").read_bytes()
    return plain[:2] + app13 + plain[2:]
