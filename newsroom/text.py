"""Text helpers shared by every app: the key names are matched by."""

import re
import unicodedata

_FOLD = str.maketrans(
    {
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "ħ": "h",
        "ı": "i",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
    }
)


def normalize_key(text: str) -> str:
    """The form names are matched in: case, accents and spacing ignored.

    "Konaté", "KONATE" and " konate " share a key; so do "Ødegaard" and
    "Odegaard".
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.translate(_FOLD).split())


def is_number(text) -> bool:
    """ASCII digits only: what a page number or an id in an address may be.
    (`str.isdigit()` also says yes to "²" and "①", which `int()` refuses.)"""
    return isinstance(text, str) and text.isascii() and text.isdigit()


# What XML 1.0 forbids: C0 controls but tab, newline and carriage return,
# lone surrogates, and U+FFFE/U+FFFF. One of them in a headline or a
# caption would make every feed and sitemap that shows it unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text):
    """`text` without the characters XML 1.0 forbids: what every text field
    holds once saved (`clean_text_fields`) and every value read from a
    photo's IPTC, XMP or EXIF."""
    if not isinstance(text, str):
        return text
    return _NOT_XML.sub("", text)


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def has_control_characters(text) -> bool:
    """Whether `text` holds a control character other than tab, newline and
    carriage return: what no address or query value of ours carries."""
    return isinstance(text, str) and _CONTROL.search(text) is not None


def clean_text_fields(sender, instance, **kwargs):
    """A `pre_save` receiver: every text field of the row is `xml_safe`."""
    for field in sender._meta.concrete_fields:
        if field.get_internal_type() in ("CharField", "TextField", "SlugField"):
            value = getattr(instance, field.attname)
            if isinstance(value, str) and _NOT_XML.search(value):
                setattr(instance, field.attname, xml_safe(value))


# Typographic quotes and dashes for what the desk types on a plain keyboard.
# A quote opens after the start, a space, an opening bracket or quote, or a
# dash, and closes anywhere else; an apostrophe is a closing single quote.
_OPENS_AFTER = r"(^|(?<=[\s(\[{“‘\"'—–/-]))"
_DASHES = [
    (re.compile(r"-{2,3}"), "—"),
    (re.compile(r"(?<=[ \t\u00a0])-(?=[ \t\u00a0])"), "–"),
]
_QUOTES = [
    # '90s, '08: a year that has lost its century.
    (re.compile(_OPENS_AFTER + r"'(?=\d\d(?:s\b|\b))"), "’"),
    (re.compile(_OPENS_AFTER + r"'(?=\S)"), "‘"),
    (re.compile("'"), "’"),
    (re.compile(_OPENS_AFTER + r'"(?=\S)'), "“"),
    (re.compile('"'), "”"),
]


def smart_quotes(text):
    """Plain text with typographic quotes, apostrophes and dashes for the
    straight ones typed: "Salah's goal" -> “Salah’s goal”, O'Brien ->
    O’Brien, '90s -> ’90s, " - " -> " – ", "--" -> "—". Already curly
    text is left as it is, and so is a hyphen inside a word or a score
    ("2-1"). For plain text only (a headline, a standfirst): it does not
    know HTML, and would curl the quotes of a tag's attributes."""
    if not isinstance(text, str):
        return text
    for pattern, replacement in (*_DASHES, *_QUOTES):
        text = pattern.sub(replacement, text)
    return text
