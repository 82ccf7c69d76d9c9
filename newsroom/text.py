"""Text helpers shared by every app: the key names are matched by."""

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
