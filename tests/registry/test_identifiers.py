"""The one reader of typed request references: every issued reference is found however it is typed."""

from unittest import mock

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from registry import identifiers
from registry.identifiers import REFERENCE_ALPHABET, REFERENCE_PATTERN, new_reference, normalise_reference

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
EXTENDED_ARABIC_INDIC = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
# What people paste along with a reference: zero-width characters and bidi marks.
INVISIBLE = list("\u200b\u200c\u200d\u200e\u200f\u2066\u2068\u2069\u061c\ufeff")
SPACES = [" ", "  ", "\u00a0", "\u202f", "\t", "\n"]


@st.composite
def references(draw: st.DrawFn) -> str:
    """A reference drawn by ``new_reference()`` itself, its randomness in hypothesis's hands."""
    randoms = draw(st.randoms(use_true_random=False))
    with mock.patch.object(identifiers.secrets, "choice", randoms.choice):
        return new_reference()


@st.composite
def typed(draw: st.DrawFn, reference: str) -> str:
    """``reference`` as someone may type it: any case, dash or not, spaces, Arabic-Indic digits."""
    chars = list(reference if draw(st.booleans()) else reference.replace("-", ""))
    chars = [c.lower() if draw(st.booleans()) else c for c in chars]
    digits = draw(st.sampled_from([None, ARABIC_INDIC, EXTENDED_ARABIC_INDIC]))
    if digits is not None:
        chars = [c.translate(digits) if draw(st.booleans()) else c for c in chars]
    inserts = st.lists(st.sampled_from(SPACES + INVISIBLE), max_size=2).map("".join)
    return draw(inserts) + "".join(c + draw(inserts) for c in chars)


def test_new_references_are_canonical() -> None:
    for _ in range(200):
        reference = new_reference()
        assert REFERENCE_PATTERN.fullmatch(reference)
        assert normalise_reference(reference) == reference


@given(st.data())
def test_every_issued_reference_is_found_however_it_is_typed(data: st.DataObject) -> None:
    reference = data.draw(references())
    assert normalise_reference(data.draw(typed(reference))) == reference


@given(st.sampled_from([str.lower, str.upper, str.swapcase]), st.booleans(), st.booleans())
def test_a_fresh_reference_is_found_in_any_case_with_or_without_dash(case, dash, digits) -> None:
    reference = new_reference()
    text = case(reference if dash else reference.replace("-", ""))
    if digits:
        text = text.translate(ARABIC_INDIC)
    assert normalise_reference(text) == reference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("H-KKK234", "H-KKK234"),  # three letters alike: a reference, not a stretched word
        ("h-kkk234", "H-KKK234"),
        ("H7K2P9Q", "H-7K2P9Q"),
        ("h 7k2 p9q", "H-7K2P9Q"),
        (" H - 7 K 2 P 9 Q ", "H-7K2P9Q"),
        ("H-٧K٢P٩Q", "H-7K2P9Q"),
        ("H-۷K۲P۹Q", "H-7K2P9Q"),
        ("\u2068H-7K2P9Q\u2069", "H-7K2P9Q"),
        ("\u200fH\u200b-7K2P9Q\u200e", "H-7K2P9Q"),
        ("H\u20117K2P9Q", "H-7K2P9Q"),  # a non-breaking hyphen from a keyboard
    ],
)
def test_typed_references(text: str, expected: str) -> None:
    assert normalise_reference(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "H-",
        "H-7K2P9",  # too short
        "H-7K2P9QQ",  # too long
        "H-7K2P9O",  # O is not in the alphabet
        "H-7K2P91",  # nor 1
        "H-7K2P9I",
        "H-7K2P9L",
        "H-7K2P90",
        "7K2P9Q",  # no H
        "X-7K2P9Q",
        "HH-7K2P9Q",
        "H--7K2P9Q",
        "H7K-2P9Q",  # the dash only goes after the H
        "H-7K2P9Q.",
        "ref H-7K2P9Q",
        "H-ＫＫＫ２３４",  # full-width letters and digits
        "H-\u017fSSSSS",  # long s upper-cases to S
        "H-\ufb00SSSS",  # the ff ligature upper-cases to FF
        "H-٧K٢P٩Qx",
        "AB123456",
        "0612345678",
    ],
)
def test_what_is_not_a_reference_gives_none(text: str) -> None:
    assert normalise_reference(text) is None


@given(st.text(max_size=12))
def test_any_text_is_a_reference_or_none(text: str) -> None:
    result = normalise_reference(text)
    assert result is None or REFERENCE_PATTERN.fullmatch(result)


@given(st.text(alphabet=REFERENCE_ALPHABET + "HOIL01-", min_size=1, max_size=10))
def test_only_h_and_six_alphabet_characters_are_a_reference(text: str) -> None:
    assume(text.count("-") <= 1)
    bare = text.replace("-", "", 1) if text.startswith("H-") else text
    is_reference = len(bare) == 7 and bare[0] == "H" and all(c in REFERENCE_ALPHABET for c in bare[1:])
    assert (normalise_reference(text) is not None) == is_reference
