import pytest

from newsroom.text import is_number, normalize_key, smart_quotes, xml_safe


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Konaté", "KONATE"),
        ("  Mohamed   Salah ", "mohamed salah"),
        ("Ødegaard", "odegaard"),
        ("Łukasz", "lukasz"),
        ("ﬁnal", "final"),
    ],
)
def test_names_match_ignoring_case_accents_and_spacing(a, b):
    assert normalize_key(a) == normalize_key(b)


def test_different_names_stay_different():
    assert normalize_key("Gomez") != normalize_key("Gomes")


def test_non_text_is_an_empty_or_plain_key():
    assert normalize_key(None) == ""
    assert normalize_key(7) == "7"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("12", True), ("0", True), ("²", False), ("①", False), ("١٢", False), ("", False)],
)
def test_only_ascii_digits_are_a_number(text, expected):
    assert is_number(text) is expected


def test_xml_safe_keeps_tab_and_newlines_and_drops_what_xml_forbids():
    forbidden = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r")
    text = f"A\t{forbidden}B\n\ud800C\ufffe\uffff\r"
    assert xml_safe(text) == "A\tB\nC\r"
    assert xml_safe(None) is None


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ('"Salah\'s goal"', "“Salah’s goal”"),
        ("'x'", "‘x’"),
        ("Duru's 'wonder goal' sinks Rovers", "Duru’s ‘wonder goal’ sinks Rovers"),
        ("O'Brien and O'Neill start", "O’Brien and O’Neill start"),
        ("Don't write them off", "Don’t write them off"),
        ("The players' union", "The players’ union"),
        ("Back to the '90s", "Back to the ’90s"),
        ("'08 final rematch", "’08 final rematch"),
        ("Kane's 90's", "Kane’s 90’s"),
        ('"Yes," he said. "We believe."', "“Yes,” he said. “We believe.”"),
        ('("Never") in doubt', "(“Never”) in doubt"),
        ('"\'Tis the season"', "“‘Tis the season”"),
        ('Manager: "It was a penalty"', "Manager: “It was a penalty”"),
        ('"Go"—"stop"', "“Go”—“stop”"),
        ("Rovers - the comeback", "Rovers – the comeback"),
        ("Rovers -- the comeback", "Rovers — the comeback"),
        ("Rovers--the comeback", "Rovers—the comeback"),
        ("Rovers---the comeback", "Rovers—the comeback"),
        # A score, a hyphenated word and a list line keep their hyphens.
        ("Rovers win 2-1", "Rovers win 2-1"),
        ("A last-minute winner", "A last-minute winner"),
        ("- first\n- second", "- first\n- second"),
        # Already typographic: unchanged, and curling twice changes nothing.
        ("“Salah’s goal” – again", "“Salah’s goal” – again"),
        ("", ""),
        ("No quotes at all", "No quotes at all"),
    ],
)
def test_smart_quotes_curls_straight_quotes_and_dashes(typed, saved):
    assert smart_quotes(typed) == saved
    assert smart_quotes(saved) == saved


def test_smart_quotes_leaves_what_is_not_text_alone():
    assert smart_quotes(None) is None
