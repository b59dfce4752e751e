import pytest
from hypothesis import given
from hypothesis import strategies as st

from hirfa.text import (
    arabic_stems,
    arabizi_skeleton,
    cross_script_key,
    has_content,
    normalise,
    strip_ignorable,
)


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("slaaaam", "slam"),
        ("السلاااام", "السلام"),
        ("أريد إنشاء حسابٍ", "اريد انشا حساب"),
        ("مــرحبا", "مرحبا"),
        ("الصناعة التقليدية", "الصناعه التقليديه"),
        ("مستشفى", "مستشفي"),
        ("ڭالسة", "كالسه"),
        ("ڤيديو", "فيديو"),
        ("٠٦١٢٣٤٥٦٧٨", "0612345678"),
        ("۰۶۱۲", "0612"),
        ("Français été Œuvre", "francais ete oeuvre"),
        ("س\u200bلام", "سلام"),
        ("\u202bكيفاش\u202c", "كيفاش"),
        ("1000 DH", "1000 dh"),
        ("ﻻ", "لا"),
    ],
)
def test_folds_the_spellings_people_use(typed: str, folded: str) -> None:
    assert normalise(typed) == folded


def test_doubled_letters_are_kept_only_runs_of_three_shrink() -> None:
    assert normalise("allah") == "allah"
    assert normalise("coooool") == "col"


@given(st.text())
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@given(st.text(alphabet=st.sampled_from(list("abc سلام ٣7\u200b\u202e😀"))))
def test_strip_ignorable_keeps_every_visible_character(text: str) -> None:
    assert strip_ignorable(text) == text.replace("\u200b", "").replace("\u202e", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", False),
        ("   ", False),
        ("😀👍", False),
        ("\u200b\u200f", False),
        ("?!", False),
        ("ok", True),
        ("٣", True),
    ],
)
def test_has_content(text: str, expected: bool) -> None:
    assert has_content(text) is expected


@pytest.mark.parametrize(
    ("words", "skeleton"),
    [
        (["kifach", "kifash", "kifax", "kifch"], "kfch"),
        (["bghit", "bghyt"], "b4t"),
        (["khassni", "5assni"], "5ssn"),
        (["9ahwa", "qahwa"], "9hw"),
    ],
)
def test_arabizi_spellings_share_a_skeleton(words: list[str], skeleton: str) -> None:
    assert {arabizi_skeleton(w) for w in words} == {skeleton}


def test_only_latin_words_have_a_skeleton() -> None:
    assert arabizi_skeleton("كيفاش") is None


@pytest.mark.parametrize(
    ("word", "stems"),
    [
        ("فالزليج", ["فالزليج", "زليج", "الزليج"]),
        ("بالدارجه", ["بالدارجه", "دارجه", "الدارجه"]),
        ("zlij", ["zlij"]),
        ("بل", ["بل"]),
    ],
)
def test_arabic_stems_strip_one_glued_prefix(word: str, stems: list[str]) -> None:
    assert arabic_stems(word) == stems


@pytest.mark.parametrize(
    "words",
    [
        ["كيفاش", "kifach", "kifash", "kifch", "kifech"],
        ["نتسجل", "ntsjel", "ntsajal", "ntsjjel"],
        ["الخدمة", "الخدمه", "lkhedma", "lkhdma"],
        ["نجار", "njjar", "njar", "nejjar"],
        ["شحال", "ch7al", "chhal", "sh7al"],
        ["واه", "wah", "waah"],
        ["الكارط", "lakart", "lkart"],
        ["عندي", "3ndi", "3andi"],
    ],
)
def test_darija_in_either_script_shares_a_key(words: list[str]) -> None:
    assert len({cross_script_key(normalise(w)) for w in words}) == 1


@pytest.mark.parametrize(
    ("one", "other"), [("نجار", "خراز"), ("kifach", "fin"), ("البطاقة", "الضريبة"), ("3ndi", "andi")]
)
def test_different_words_keep_different_keys(one: str, other: str) -> None:
    assert cross_script_key(normalise(one)) != cross_script_key(normalise(other))


@pytest.mark.parametrize("word", ["2015", "", "日本", "-"])
def test_numbers_and_other_scripts_have_no_key(word: str) -> None:
    assert cross_script_key(word) is None
