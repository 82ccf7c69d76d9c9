import pytest

from newsroom.text import is_number, normalize_key, xml_safe


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
