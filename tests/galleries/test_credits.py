import random
import time

import pytest

from galleries.credits import (
    DEFAULT_CREDIT_STYLE,
    KNOWN_AGENCIES,
    ParsedCredit,
    combine_credit,
    format_credit,
    normalize_key,
    parse_credit,
)

CALANNI_AP = ("Antonio Calanni", "AP")

# The five spellings of one picture's credit from the issue.
CALANNI_SPELLINGS = [
    "AP Photo/Antonio Calanni",
    "Photo: AP/Antonio Calanni",
    "Photo; AP/Antonio Calanni",
    "Antonio Calanni/AP",
    "(AP Photo/Antonio Calanni, File)",
]

SPELLINGS = [
    # Separators, with or without spaces, either order.
    ("AP Photo / Antonio Calanni", CALANNI_AP),
    ("Antonio Calanni - AP", CALANNI_AP),
    ("Antonio Calanni -AP", CALANNI_AP),
    ("AP — Antonio Calanni", CALANNI_AP),
    ("AP—Antonio Calanni", CALANNI_AP),
    ("AP – Antonio Calanni", CALANNI_AP),
    ("AP: Antonio Calanni", CALANNI_AP),
    ("AP; Antonio Calanni", CALANNI_AP),
    ("Antonio Calanni-AP", CALANNI_AP),
    ("Antonio Calanni (AP)", CALANNI_AP),
    ("Antonio Calanni, AP", CALANNI_AP),
    # Aliases in any case; "Photo" after the agency is not part of a name.
    ("Associated Press/Antonio Calanni", CALANNI_AP),
    ("ap photo/antonio calanni", ("antonio calanni", "AP")),
    ("AP Photos/Antonio Calanni", CALANNI_AP),
    ("REUTERS/Dylan Martinez", ("Dylan Martinez", "Reuters")),
    ("Thomson Reuters / Dylan Martinez", ("Dylan Martinez", "Reuters")),
    ("Agence France-Presse/Franck Fife", ("Franck Fife", "AFP")),
    ("Mike Egerton/PA Wire/PA Images", ("Mike Egerton", "PA")),
    ("EPA-EFE/Andy Rain", ("Andy Rain", "EPA")),
    ("Andy Rain/EPA EFE", ("Andy Rain", "EPA")),
    ("Rex Features/John Smith", ("John Smith", "Shutterstock")),
    ("John Smith/REX/Shutterstock", ("John Smith", "Shutterstock")),
    ("Offside Sports Photography/Mark Leech", ("Mark Leech", "Offside")),
    # Labels, brackets, copyright and file marks around the line.
    ("Photo by Ryan Pierse/Getty Images", ("Ryan Pierse", "Getty Images")),
    ("Photo: Getty Images/Ryan Pierse", ("Ryan Pierse", "Getty Images")),
    ("Photograph: Antonio Calanni/AP", CALANNI_AP),
    ("Credit: AP Photo/Antonio Calanni", CALANNI_AP),
    ("[AP Photo/Antonio Calanni]", CALANNI_AP),
    ("(Photo: AP/Antonio Calanni)", CALANNI_AP),
    ("© Antonio Calanni/AP", CALANNI_AP),
    ("(c) AP Photo/Antonio Calanni", CALANNI_AP),
    ("Copyright 2024 AP Photo/Antonio Calanni", CALANNI_AP),
    ("AP Photo/Antonio Calanni, File", CALANNI_AP),
    ("AP Photo/Antonio Calanni.", CALANNI_AP),
    # "via" and "for": who made the picture, not who distributes it.
    ("Michael Regan/UEFA via Getty Images", ("Michael Regan", "UEFA")),
    ("Stu Forster via Getty Images", ("Stu Forster", "Getty Images")),
    ("Action Images via Reuters/Lee Smith", ("Lee Smith", "Action Images")),
    ("John Berry/AFP via Getty Images", ("John Berry", "AFP")),
    (
        "Photo by Ryan Pierse - UEFA/UEFA via Getty Images",
        ("Ryan Pierse", "UEFA"),
    ),
    ("Clive Rose - The FA/The FA via Getty Images", ("Clive Rose", "The FA")),
    ("Michael Steele/Getty Images for Laureus", ("Michael Steele", "Getty Images")),
    # Only one of the two.
    ("AP Photo", ("", "AP")),
    ("Reuters", ("", "Reuters")),
    ("Sportsfile", ("", "Sportsfile")),
    ("SPORTSFILE", ("", "Sportsfile")),
    ("© 2024 Getty Images", ("", "Getty Images")),
    ("John Smith", ("John Smith", "")),
    ("STR/AFP", ("", "AFP")),
    # Unknown agencies.
    ("Sportimage Photo/Jane Doe", ("Jane Doe", "Sportimage")),
    ("Jane Doe/Sportimage", ("Jane Doe", "Sportimage")),
    ("INPHO/Billy Stickland", ("Billy Stickland", "INPHO")),
    ("Billy Stickland/INPHO", ("Billy Stickland", "INPHO")),
    ("Jan van Dijk/ANP", ("Jan van Dijk", "ANP")),
    ("Ömer Çelik/Anadolu Agency", ("Ömer Çelik", "Anadolu Agency")),
    ("UEFA", ("", "UEFA")),
    ("Jane Doe/ACTION PLUS SPORTS", ("Jane Doe", "Action Plus Sports")),
    # Hyphenated names stay whole.
    ("Jean-Paul Lemaire/AFP", ("Jean-Paul Lemaire", "AFP")),
    ("Jean-Paul Lemaire - AFP", ("Jean-Paul Lemaire", "AFP")),
    ("Reuters/Jane Alexander-Arnold", ("Jane Alexander-Arnold", "Reuters")),
    ("Jane Alexander-Arnold", ("Jane Alexander-Arnold", "")),
    # Accented names, and capitals from wire systems in natural case.
    ("José Breton/Pics Action", ("José Breton", "Pics Action")),
    ("AFP/José Breton", ("José Breton", "AFP")),
    ("JOSÉ BRETON/AFP", ("José Breton", "AFP")),
    ("ÖMER ÇELİK/AFP", ("Ömer Çelik", "AFP")),
    ("ANTONIO CALANNI/AP", CALANNI_AP),
    ("AP PHOTO/ANTONIO CALANNI", CALANNI_AP),
    ("PAUL MCDONALD/PA", ("Paul McDonald", "PA")),
    ("DAVID O'NEILL/REUTERS", ("David O'Neill", "Reuters")),
    ("JEAN-PAUL LEMAIRE/AFP", ("Jean-Paul Lemaire", "AFP")),
    ("J.P. SMITH/AP", ("J.P. Smith", "AP")),
    ("JAN VAN DIJK/AP", ("Jan van Dijk", "AP")),
    ("Jan Van Dijk/AP", ("Jan Van Dijk", "AP")),
    # Nothing to read.
    ("", ("", "")),
    ("   ", ("", "")),
    ("Photo:", ("", "")),
]


@pytest.mark.parametrize("text", CALANNI_SPELLINGS)
def test_every_spelling_from_the_issue_gives_antonio_calanni_of_ap(text):
    assert parse_credit(text) == ParsedCredit("Antonio Calanni", "AP")


@pytest.mark.parametrize(("text", "expected"), SPELLINGS)
def test_parse_credit_finds_photographer_and_agency(text, expected):
    parsed = parse_credit(text)

    assert (parsed.photographer, parsed.agency) == expected


def test_parse_credit_reads_extra_agencies_from_the_database():
    agencies = {"Sportimage": ["SPI", "Sportimage Ltd"]}

    assert parse_credit("SPI/Jane Doe", agencies=agencies).agency == "Sportimage"
    assert parse_credit("Sportimage", agencies=agencies) == ParsedCredit(
        "", "Sportimage"
    )
    assert parse_credit("Sportimage") == ParsedCredit("Sportimage", "")


def test_extra_agencies_keep_the_known_ones():
    parsed = parse_credit("AP Photo/Antonio Calanni", agencies={"Sportimage": []})

    assert parsed == ParsedCredit("Antonio Calanni", "AP")


def test_extra_agencies_win_over_the_seed_names():
    agencies = {"Associated Press": ["AP", "AP Photo"]}

    parsed = parse_credit("AP Photo/Antonio Calanni", agencies=agencies)

    assert parsed.agency == "Associated Press"


def test_parse_credit_accepts_aliases_given_as_one_string():
    parsed = parse_credit("SPI/Jane Doe", agencies={"Sportimage": "SPI, Sport Image"})

    assert parsed.agency == "Sportimage"


def test_known_agencies_are_keyed_by_canonical_name_with_a_list_of_aliases():
    assert "AP" in KNOWN_AGENCIES
    assert "Associated Press" in KNOWN_AGENCIES["AP"]
    assert all(isinstance(aliases, list) for aliases in KNOWN_AGENCIES.values())


class TestCombineCredit:
    def test_byline_and_agency_in_separate_fields_read_like_one_line(self):
        combined = combine_credit(byline="Antonio Calanni", credit="AP")

        assert combined == parse_credit("AP Photo/Antonio Calanni")

    def test_byline_in_capitals_is_shown_in_natural_case(self):
        combined = combine_credit(byline="ANTONIO CALANNI", credit="AP Photo")

        assert combined == ParsedCredit("Antonio Calanni", "AP")

    def test_full_credit_line_in_the_credit_field_is_parsed(self):
        combined = combine_credit(credit="AP Photo/Antonio Calanni")

        assert combined == ParsedCredit("Antonio Calanni", "AP")

    def test_source_fills_a_missing_agency(self):
        combined = combine_credit(byline="Antonio Calanni", source="Associated Press")

        assert combined == ParsedCredit("Antonio Calanni", "AP")

    def test_byline_with_its_own_agency(self):
        combined = combine_credit(byline="Antonio Calanni/AP")

        assert combined == ParsedCredit("Antonio Calanni", "AP")

    def test_credit_field_wins_over_source(self):
        combined = combine_credit(
            byline="Ryan Pierse", credit="Getty Images", source="UEFA"
        )

        assert combined == ParsedCredit("Ryan Pierse", "Getty Images")

    def test_byline_fills_the_photographer_a_credit_line_lacks(self):
        combined = combine_credit(byline="Antonio Calanni", credit="(AP Photo, File)")

        assert combined == ParsedCredit("Antonio Calanni", "AP")

    def test_unknown_word_in_the_credit_field_is_the_agency(self):
        combined = combine_credit(byline="Jane Doe", credit="Sportimage")

        assert combined == ParsedCredit("Jane Doe", "Sportimage")

    def test_unknown_word_in_the_byline_is_the_photographer(self):
        combined = combine_credit(byline="SMITH", credit="AP")

        assert combined == ParsedCredit("Smith", "AP")

    def test_extra_agencies_apply_to_every_field(self):
        combined = combine_credit(
            byline="Jane Doe", source="SPI", agencies={"Sportimage": ["SPI"]}
        )

        assert combined == ParsedCredit("Jane Doe", "Sportimage")

    def test_empty_fields_give_an_empty_credit(self):
        assert combine_credit() == ParsedCredit("", "")


class TestFormatCredit:
    def test_house_style_names_agency_then_photographer(self):
        credit = format_credit(photographer="Antonio Calanni", agency="AP")

        assert credit == "AP Photo/Antonio Calanni"

    def test_default_style_is_the_house_style(self):
        assert DEFAULT_CREDIT_STYLE == "{agency} Photo/{photographer}"

    def test_custom_style(self):
        credit = format_credit(
            photographer="Antonio Calanni",
            agency="AP",
            style="Photo: {photographer}/{agency}",
        )

        assert credit == "Photo: Antonio Calanni/AP"

    def test_agency_alone_when_there_is_no_photographer(self):
        assert format_credit(photographer="", agency="AP") == "AP"

    def test_photographer_alone_when_there_is_no_agency(self):
        assert format_credit(photographer="John Smith", agency="") == "John Smith"

    def test_neither_falls_back_to_the_credit_as_received(self):
        credit = format_credit(photographer="", agency="", fallback="Handout")

        assert credit == "Handout"

    def test_neither_and_no_fallback_is_empty(self):
        assert format_credit(photographer=" ", agency="") == ""

    @pytest.mark.parametrize(
        "style", ["{agency.__class__}", "{0}", "{photographer[0]}", "{nope}", "{"]
    )
    def test_style_with_other_fields_falls_back_to_the_house_style(self, style):
        credit = format_credit(photographer="Antonio Calanni", agency="AP", style=style)

        assert credit == "AP Photo/Antonio Calanni"

    def test_parse_then_format_gives_the_house_style(self):
        parsed = parse_credit("(Antonio Calanni/AP, File)")

        assert format_credit(**vars(parsed)) == "AP Photo/Antonio Calanni"


class TestNormalizeKey:
    def test_case_and_accents_are_ignored(self):
        assert normalize_key("Konaté") == normalize_key("KONATE") == "konate"

    def test_whitespace_is_collapsed(self):
        assert normalize_key("  Antonio \t Calanni\u00a0") == "antonio calanni"

    def test_letters_without_a_separable_accent_are_folded(self):
        assert normalize_key("Ødegaard") == normalize_key("Odegaard")

    def test_dotted_capital_i_matches_plain_i(self):
        assert normalize_key("ÇELİK") == normalize_key("Çelik") == "celik"

    def test_composed_and_decomposed_accents_match(self):
        assert normalize_key("Jose\u0301") == normalize_key("José")


JUNK = [
    "////",
    "—",
    "()",
    ")(",
    "(((",
    "a/" * 5000,
    "-" * 5000,
    "a-" * 5000,
    "(" * 3000 + ")" * 3000,
    " via " * 5000,
    "Photo: " * 5000,
    "AP-" * 5000,
    "© © © (c)",
    "\x00\x01\x1b[31m",
    "\u200b\u200d\ufeff",
    "\ud800\udfff",
    "\u0301\u0308",
    "🙂/📷",
    "ǅ/ǈ/ǋ",
    "İİİ/ﬁ",
    "ŉ'NEILL/AP",
    "{agency}/{photographer}",
    "%s/%d",
    "..../....",
    "1234/5678",
    "via",
    "via/via",
    "for for for",
    "Getty Images for",
    "- AP -",
    "A/B/C/D/E/F/G",
    "\n\n\t",
]


@pytest.mark.parametrize("text", JUNK)
def test_junk_never_raises(text):
    started = time.perf_counter()

    parsed = parse_credit(text)
    combined = combine_credit(byline=text, credit=text, source=text)

    assert isinstance(parsed.photographer, str)
    assert isinstance(parsed.agency, str)
    assert isinstance(combined, ParsedCredit)
    assert isinstance(normalize_key(text), str)
    assert time.perf_counter() - started < 2


@pytest.mark.parametrize("value", [None, 42, b"AP"])
def test_non_string_input_does_not_raise(value):
    assert isinstance(parse_credit(value), ParsedCredit)
    assert isinstance(normalize_key(value), str)


@pytest.mark.parametrize(
    "agencies", [{}, {"": [""]}, {"X": None}, {"Y": [None, 3]}, {None: ["Z"]}]
)
def test_odd_agency_tables_do_not_raise(agencies):
    parsed = parse_credit("AP Photo/Antonio Calanni", agencies=agencies)

    assert parsed == ParsedCredit("Antonio Calanni", "AP")


def test_random_strings_never_raise():
    pieces = [*"aZ Éıøß/\\;:,-–—()[]{}.'’\"©«»|\u0301\u200b\x00\n\t"]
    pieces += ["via", "for", "AP", "Photo", "(c)", "File", "\ud800", "Getty", "O'"]
    rnd = random.Random(2026)

    for _ in range(2000):
        text = "".join(rnd.choices(pieces, k=rnd.randint(0, 30)))
        parsed = parse_credit(text)
        combine_credit(byline=text, credit=text[::-1], source=text)
        format_credit(**vars(parsed), style=text, fallback=text)
