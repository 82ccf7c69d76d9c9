"""Photo credits: read the many spellings wire services use, write the house one.

Wire files spell the same credit a dozen ways ("AP Photo/Antonio Calanni",
"Antonio Calanni/AP", "(AP Photo/Antonio Calanni, File)", "ANTONIO CALANNI" in
one field and "AP" in another). `parse_credit` and `combine_credit` reduce them
to a photographer and an agency; `format_credit` writes them back in house style.

Pure standard library, so the parser can be used (and fuzzed) without a database.

How ambiguous spellings are read:

- Agencies are recognised by name or alias in any case and accent; a known agency
  is returned under its canonical name. When several are named ("AFP/Getty
  Images") the first one wins: it is the one that made the picture.
- "X via Y": X is where the picture comes from, Y only distributes it. X is the
  agency ("Michael Regan/UEFA via Getty Images" -> UEFA), unless X is shaped
  like a person's name and no other name is given, in which case X is the
  photographer and Y the agency ("Stu Forster via Getty Images").
  "Getty Images for Laureus" is Getty Images.
- "{agency} Photo/{name}" marks the agency even when it is unknown
  ("Sportimage Photo/Jane Doe").
- Between two unknown parts, the agency is the one that names an organisation
  ("... Images", "... Media", "... FC"), else a short all-caps word beside a
  person's name ("INPHO/Billy Stickland"), else a single word beside a person's
  name ("Jane Doe/Sportimage"), else the last part (Getty's "Name/Agency").
- A lone unknown part is the photographer ("John Smith"), unless it names an
  organisation or is a short all-caps word ("UEFA"), which is an agency.
- "File", "Pool", "Handout", "Staff", "STR"/"Stringer" name no one and are dropped.
- A hyphen between letters belongs to a name ("Jean-Paul", "Alexander-Arnold");
  it only separates when one side is a known agency ("Antonio Calanni-AP").
- Names in capitals from wire systems are shown in natural case
  ("O'NEILL" -> "O'Neill", "MCDONALD" -> "McDonald", "JAN VAN DIJK" ->
  "Jan van Dijk"); "Mac" is left alone ("MACHADO" would suffer). Names already in
  mixed case are kept as written.
"""

import re
import string
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from newsroom.text import normalize_key

__all__ = [
    "DEFAULT_CREDIT_STYLE",
    "KNOWN_AGENCIES",
    "ParsedCredit",
    "combine_credit",
    "format_credit",
    "normalize_key",
    "parse_credit",
]

DEFAULT_CREDIT_STYLE = "{agency} Photo/{photographer}"

# Canonical agency name -> aliases (any case matches). Seed data, also used by a
# data migration.
KNOWN_AGENCIES: dict[str, list[str]] = {
    "AP": ["Associated Press", "AP Photo", "AP Images"],
    "Reuters": ["Thomson Reuters"],
    "AFP": ["Agence France-Presse", "Agence France Presse"],
    "Getty Images": ["Getty"],
    "PA": ["PA Wire", "PA Images", "PA Media", "Press Association"],
    "EPA": ["EPA-EFE", "EPA EFE"],
    "Action Images": ["Action Images via Reuters"],
    "Shutterstock": ["Rex", "Rex Features", "REX/Shutterstock"],
    "Offside": ["Offside Sports Photography"],
    "Sportsfile": [],
}


@dataclass(frozen=True)
class ParsedCredit:
    photographer: str  # natural case, "" when none
    agency: str  # canonical name when known, else as written; "" when none


# Letters that carry no accent to strip but that editors type without one.
# --- Agencies -------------------------------------------------------------


def _agency_key(text: str) -> str:
    """A looser key for agency names: "A.P.", "EPA-EFE" and "The AP" match."""
    key = normalize_key(text.replace(".", "").replace("-", " "))
    return key.removeprefix("the ")


def _agency_table(agencies: Mapping[str, Iterable[str]] | None) -> dict[str, str]:
    """Key -> canonical name. Given agencies extend KNOWN_AGENCIES and win ties."""
    if agencies is None:
        return _DEFAULT_TABLE
    table = dict(_DEFAULT_TABLE)
    table.update(_build_table(agencies))
    return table


def _build_table(agencies: Mapping[str, Iterable[str]]) -> dict[str, str]:
    table: dict[str, str] = {}
    try:
        entries = list(agencies.items())
    except (AttributeError, TypeError):
        return table
    for canonical, aliases in entries:
        if not isinstance(canonical, str) or not canonical.strip():
            continue
        canonical = " ".join(canonical.split())
        if isinstance(aliases, str):
            # A comma- or newline-separated string, as a form might hand it over.
            aliases = re.split(r"[,\n]", aliases)
        elif not isinstance(aliases, Iterable):
            aliases = ()
        # The canonical name goes last so that it beats another agency's alias.
        for name in [*aliases, canonical]:
            if isinstance(name, str) and (key := _agency_key(name)):
                table[key] = canonical
    return table


_DEFAULT_TABLE = _build_table(KNOWN_AGENCIES)

_PHOTO_WORD_RE = re.compile(r"^(?:photos?|fotos?)\s+|\s+(?:photos?|fotos?)$")


def _known_agency(text: str, table: Mapping[str, str]) -> str:
    """The canonical name `text` spells, "AP Photos" and "Photo AP" included."""
    key = _agency_key(text)
    if key in table:
        return table[key]
    return table.get(_PHOTO_WORD_RE.sub("", key), "")


# --- Cleaning the line ----------------------------------------------------

_DROP_CATEGORIES = {"Cf", "Cs", "Co", "Cn"}

_COPYRIGHT_RE = re.compile(
    r"^(?:©|ⓒ|\(c\)|copyright\b)\s*(?:(?:©|\(c\))\s*)?"
    r"(?:\d{4}(?:\s*[-–]\s*\d{4})?(?!\d))?\s*[:;,.]?\s*",
    re.IGNORECASE,
)
_LABEL_RE = re.compile(
    r"^(?:photo(?:graph)?s?|fotos?|pictures?|pics?|images?|credits?)"
    r"\s*(?:[:;]|[-–—]\s|by\b)\s*"
    r"|^by\s+",
    re.IGNORECASE,
)
_WRAPPERS = {"(": ")", "[": "]", "{": "}", "«": "»", "“": "”", '"': '"', "'": "'"}

_HYPHENS = str.maketrans(dict.fromkeys("‐‑‒−﹣－", "-"))
_LOOSE_HYPHEN_RE = re.compile(r"\s+-+\s*|\s*-+\s+|-{2,}")
_SEPARATOR_RE = re.compile(r"[/\\|;:,()\[\]{}<>–—―•／]")
_YEAR_RE = re.compile(r"(?<!\S)\d{4}(?!\S)")
_EDGE_CHARS = " -'\"“”‘’«»„‚*_~=+#"

_FILLER = {
    "file",
    "file photo",
    "photo",
    "photos",
    "foto",
    "pool",
    "pool photo",
    "handout",
    "handout photo",
    "staff",
    "str",
    "stringer",
    "all rights reserved",
    "inc",
    "ltd",
    "llc",
    "plc",
}


def _scrub(text: str) -> str:
    """One line of visible characters: controls become spaces, invisibles go."""
    chars = []
    for c in text:
        category = unicodedata.category(c)
        if category == "Cc":
            chars.append(" ")
        elif category not in _DROP_CATEGORIES:
            chars.append(c)
    return " ".join(unicodedata.normalize("NFC", "".join(chars)).split())


def _is_wrapped(text: str) -> bool:
    """Whether the first character opens a bracket the last one closes."""
    if len(text) < 2 or _WRAPPERS.get(text[0]) != text[-1]:
        return False
    opener, closer = text[0], text[-1]
    if opener == closer:
        return True
    depth = 0
    for i, c in enumerate(text):
        if c == opener:
            depth += 1
        elif c == closer:
            depth -= 1
            if depth == 0:
                return i == len(text) - 1
    return False


def _unwrap(text: str) -> str:
    """Strip brackets around the whole line and "©"/"Photo:"-style labels."""
    for _ in range(12):
        before = text
        text = text.strip()
        if _is_wrapped(text):
            text = text[1:-1]
        text = _COPYRIGHT_RE.sub("", text, count=1)
        text = _LABEL_RE.sub("", text, count=1)
        if text == before:
            break
    return text.strip()


def _clean_segment(text: str) -> str:
    text = " ".join(_YEAR_RE.sub(" ", text).split()).strip(_EDGE_CHARS).lstrip(".")
    if text.endswith("."):
        # Keep the point of an initial or "Jr.", drop a full stop.
        last = text.rsplit(" ", 1)[-1].replace(".", "")
        if len(last) > 2:
            text = text.rstrip(".").strip(_EDGE_CHARS)
    return text


def _segments(text: str) -> list[str]:
    text = _LOOSE_HYPHEN_RE.sub("/", text.translate(_HYPHENS))
    segments = []
    for part in _SEPARATOR_RE.split(text):
        part = _clean_segment(part)
        if any(c.isalpha() for c in part) and normalize_key(part) not in _FILLER:
            segments.append(part)
    return segments


# --- Telling names from agencies ------------------------------------------

_ORG_WORDS = {
    "afc",
    "agence",
    "agencia",
    "agency",
    "archive",
    "archives",
    "association",
    "cf",
    "club",
    "collection",
    "fc",
    "federation",
    "fotos",
    "group",
    "images",
    "inc",
    "league",
    "library",
    "limited",
    "ltd",
    "media",
    "network",
    "news",
    "newspapers",
    "photo",
    "photography",
    "photos",
    "pics",
    "pictures",
    "press",
    "sport",
    "sports",
    "studio",
    "studios",
    "syndication",
    "united",
    "wire",
}
_NAME_MARKS = set("-'’.")


def _has_org_word(text: str) -> bool:
    return any(w in _ORG_WORDS for w in normalize_key(text.replace("-", " ")).split())


def _is_person_shaped(text: str) -> bool:
    """Two to five words of letters, like "Antonio Calanni" or "Jan van Dijk"."""
    words = text.split()
    if not 2 <= len(words) <= 5 or _has_org_word(text):
        return False
    return all(
        any(c.isalpha() for c in word)
        and all(
            c.isalpha() or c in _NAME_MARKS or unicodedata.combining(c) for c in word
        )
        for word in words
    )


def _is_caps_token(text: str) -> bool:
    """A short all-caps word such as "INPHO", "UEFA" or "ANP"."""
    letters = [c for c in text if c.isalpha()]
    return (
        " " not in text
        and text.isupper()
        and 2 <= len(letters) <= 6
        and all(c.isalpha() or c in "&." for c in text)
    )


# --- Natural case ---------------------------------------------------------

_PARTICLES = {"van", "von", "der", "den", "ter", "ten", "de", "da", "das", "dos", "du"}
_NUMERALS = {"ii", "iii", "iv"}
_APOSTROPHES = "'’"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _natural_part(part: str) -> str:
    for mark in _APOSTROPHES:
        head, sep, tail = part.partition(mark)
        if sep:
            # O'Neill, D'Angelo; but not the "s" of a possessive.
            tail = _capitalise(tail) if len(head) == 1 else tail
            return _capitalise(head) + sep + tail
    if part.startswith("mc") and len(part) > 2 and part[2].isalpha():
        return "Mc" + _capitalise(part[2:])
    return _capitalise(part)


def _natural_word(word: str) -> str:
    if word in _NUMERALS:
        return word.upper()
    return "".join(_natural_part(p) for p in re.split(r"([-.])", word))


def _natural_case(text: str) -> str:
    """ "ANTONIO CALANNI" -> "Antonio Calanni"; text not in capitals is kept."""
    if not text.isupper():
        return text
    # Lower-casing "İ" leaves a combining dot over the "i".
    words = text.lower().replace("i\u0307", "i").split()
    return " ".join(
        word if 0 < i < len(words) - 1 and word in _PARTICLES else _natural_word(word)
        for i, word in enumerate(words)
    )


def _agency_as_written(text: str) -> str:
    """Unknown agencies keep their spelling; long ones in capitals are softened."""
    if text.isupper() and not _is_caps_token(text):
        return _natural_case(text)
    return text


# --- Parsing --------------------------------------------------------------

_VIA_RE = re.compile(r"\s+via\s+|^via\s+", re.IGNORECASE)
_FOR_RE = re.compile(r"^(.+?)\s+for\s+\S", re.IGNORECASE)
_MARKED_RE = re.compile(r"^(.+?)\s+(?:photos?|fotos?)$", re.IGNORECASE)
_MAX_HYPHEN_TRIES = 8


@dataclass
class _Part:
    text: str
    kind: str  # "known", "marked", "via" or "plain"
    canonical: str = ""
    distributor: str = ""


def _split_agency_hyphen(text: str, table: Mapping[str, str]) -> list[str]:
    """ "Antonio Calanni-AP" -> ["Antonio Calanni", "AP"]; names stay whole."""
    positions = [i for i, c in enumerate(text) if c == "-"]
    if len(positions) > _MAX_HYPHEN_TRIES:
        return [text]
    for i in positions:
        left, right = text[:i].strip(), text[i + 1 :].strip()
        if (
            left
            and right
            and (_known_agency(right, table) or _known_agency(left, table))
        ):
            return [left, right]
    return [text]


def _classify(segment: str, table: Mapping[str, str]) -> list[_Part]:
    if canonical := _known_agency(segment, table):
        return [_Part(segment, "known", canonical)]
    if not _VIA_RE.search(segment):
        return _classify_plain(segment, table)
    # "A via B": A made the picture, B distributes it; a third "via C" adds nothing.
    pieces = [_clean_segment(piece) for piece in _VIA_RE.split(segment)]
    pieces = [p for p in pieces if p and normalize_key(p) not in _FILLER]
    if len(pieces) < 2:
        return [part for p in pieces for part in _classify_plain(p, table)]
    provider, distributor = pieces[:2]
    if canonical := _known_agency(provider, table):
        return [_Part(provider, "known", canonical)]
    return [_Part(provider, "via", _known_agency(distributor, table), distributor)]


def _classify_plain(segment: str, table: Mapping[str, str]) -> list[_Part]:
    if canonical := _known_agency(segment, table):
        return [_Part(segment, "known", canonical)]
    if (match := _FOR_RE.match(segment)) and (
        canonical := _known_agency(match[1], table)
    ):
        return [_Part(match[1], "known", canonical)]
    if match := _MARKED_RE.match(segment):
        return [_Part(match[1], "marked")]
    if "-" in segment:
        pieces = _split_agency_hyphen(segment, table)
        if len(pieces) == 2:
            return [p for piece in pieces for p in _classify_plain(piece, table)]
    return [_Part(segment, "plain")]


def _pick_agency(plain: list[str]) -> int:
    """Which of several unknown parts is the agency (see the module docstring)."""
    for i, text in enumerate(plain):
        if _has_org_word(text):
            return i
    people = [_is_person_shaped(p) for p in plain]
    named = sum(people)
    for test in (_is_caps_token, lambda text: " " not in text):
        for i, text in enumerate(plain):
            # Only beside someone else's name.
            if test(text) and named - people[i] > 0:
                return i
    return len(plain) - 1


def _resolve(parts: list[_Part], lone: str) -> tuple[str, str]:
    agency = next((p.canonical for p in parts if p.kind == "known"), "")
    if not agency:
        marked = next((p.text for p in parts if p.kind == "marked"), "")
        agency = _agency_as_written(marked)
    plain = [p.text for p in parts if p.kind == "plain"]
    others_named = any(_is_person_shaped(p) for p in plain)
    via_photographers = []
    for part in (p for p in parts if p.kind == "via"):
        if _is_person_shaped(part.text) and not others_named:
            via_photographers.append(part.text)
            if not agency:
                agency = part.canonical or _agency_as_written(part.distributor)
        elif not agency:
            agency = _agency_as_written(part.text)

    if not agency and plain and not via_photographers:
        if len(plain) > 1:
            agency = _agency_as_written(plain.pop(_pick_agency(plain)))
        elif lone == "agency" or (
            lone == "credit" and (_has_org_word(plain[0]) or _is_caps_token(plain[0]))
        ):
            agency = _agency_as_written(plain.pop())

    candidates = (
        via_photographers or [p for p in plain if _is_person_shaped(p)] or plain
    )
    photographer = _natural_case(candidates[0]) if candidates else ""
    return photographer, agency


def _parse(text: object, table: Mapping[str, str], lone: str) -> ParsedCredit:
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = _unwrap(_scrub(text))
    if not text:
        return ParsedCredit("", "")
    if canonical := _known_agency(text, table):
        return ParsedCredit("", canonical)
    parts = [part for seg in _segments(text) for part in _classify(seg, table)]
    photographer, agency = _resolve(parts, lone)
    return ParsedCredit(photographer, agency)


def parse_credit(
    text: str, *, agencies: Mapping[str, Iterable[str]] | None = None
) -> ParsedCredit:
    """The photographer and agency a credit line names.

    `agencies` maps canonical names to aliases, e.g. the agencies in the
    database; they extend KNOWN_AGENCIES and win where the two disagree.
    Never raises: anything unreadable gives empty fields.
    """
    return _parse(text, _agency_table(agencies), lone="credit")


def combine_credit(
    *,
    byline: str = "",
    credit: str = "",
    source: str = "",
    agencies: Mapping[str, Iterable[str]] | None = None,
) -> ParsedCredit:
    """One credit from the separate IPTC fields of a wire file.

    The credit field (2:110) wins; it may hold the agency alone ("AP") or a
    whole credit line. The by-line (2:80) fills a missing photographer, then a
    missing agency; the source (2:115) fills a missing agency last. A lone
    unknown word is a photographer in the by-line and an agency elsewhere.
    """
    table = _agency_table(agencies)
    from_credit = _parse(credit, table, lone="agency")
    from_byline = _parse(byline, table, lone="photographer")
    from_source = _parse(source, table, lone="agency")
    fields = (from_credit, from_byline, from_source)
    return ParsedCredit(
        photographer=next((f.photographer for f in fields if f.photographer), ""),
        agency=next((f.agency for f in fields if f.agency), ""),
    )


# --- Formatting -----------------------------------------------------------

_STYLE_FIELDS = {"photographer", "agency"}


def _style_is_usable(style: str) -> bool:
    """Only {photographer} and {agency}, with no attribute or index lookups."""
    try:
        fields = [field for _, field, _, _ in string.Formatter().parse(style)]
    except ValueError:
        return False
    return all(field is None or field in _STYLE_FIELDS for field in fields)


def format_credit(
    *,
    photographer: str,
    agency: str,
    style: str = DEFAULT_CREDIT_STYLE,
    fallback: str = "",
) -> str:
    """The credit in house style.

    Both known: `style` filled in ("AP Photo/Antonio Calanni"); a style naming
    other fields falls back to DEFAULT_CREDIT_STYLE. Only one known: that one
    alone. Neither: `fallback`, the credit line as received.
    """
    photographer = " ".join((photographer or "").split())
    agency = " ".join((agency or "").split())
    if photographer and agency:
        if not isinstance(style, str) or not _style_is_usable(style):
            style = DEFAULT_CREDIT_STYLE
        try:
            return style.format(photographer=photographer, agency=agency)
        except (ValueError, KeyError, IndexError):
            return DEFAULT_CREDIT_STYLE.format(photographer=photographer, agency=agency)
    return photographer or agency or (fallback or "").strip()
