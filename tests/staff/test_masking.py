"""CIN and phone numbers hidden in every text shown to staff, other numbers left alone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from staff.masking import mask_personal, mask_value


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("AB123456", "AB****56"),
        ("my cin is ab123456.", "my cin is ab****56."),
        ("CIN: AB 123456", "CIN: AB ****56"),
        ("A12345", "A***45"),
        ("0612345612", "06******12"),
        ("06 12 34 56 12", "06 ** ** ** 12"),
        ("06.12.34.56.12", "06.**.**.**.12"),
        ("+212612345612", "+2126******12"),
        ("+212 6 12 34 56 12", "+212 6 ** ** ** 12"),
        ("00212712345678", "002127******78"),
        ("0522123456", "05******56"),
        ("٠٦١٢٣٤٥٦١٢", "٠٦******١٢"),
        ("رقمي 0712345678 و البطاقة BE98765", "رقمي 07******78 و البطاقة BE***65"),
        ("numéro 0612345612, CIN AB123456", "numéro 06******12, CIN AB****56"),
    ],
)
def test_cin_and_phone_numbers_are_hidden_but_their_ends(text: str, shown: str) -> None:
    assert mask_personal(text) == shown


@pytest.mark.parametrize(
    "text",
    [
        "in 2024",
        "le 15000 dirhams",
        "H-7KQ2ZD",  # a request reference, which staff need to read
        "1234567890",  # not a Moroccan number
        "06123456123",  # one digit too many
        "135 DH par mois",
        "",
        "سلام عليكم",
    ],
)
def test_other_texts_are_left_alone(text: str) -> None:
    assert mask_personal(text) == text


def test_values_are_masked_inside_lists_and_mappings() -> None:
    value = {"cin": "AB123456", "phones": ["0612345612", 7], "ok": True}
    assert mask_value(value) == {"cin": "AB****56", "phones": ["06******12", 7], "ok": True}


digits = st.text(alphabet="0123456789", min_size=8, max_size=8)
separators = st.sampled_from(["", " "])
around = st.text(alphabet="abc ،.سلام\n", max_size=12)


@given(before=around, operator=st.sampled_from("567"), rest=digits, after=around)
def test_no_national_number_shows_more_than_its_first_two_and_last_two_digits(
    before: str, operator: str, rest: str, after: str
) -> None:
    number = "0" + operator + rest
    masked = mask_personal(f"{before} {number} {after}")
    assert number not in masked
    assert f" 0{operator}******{rest[-2:]} " in masked


@given(
    letters=st.text(alphabet="ABCDEFGHJKLMNPRSTUVWXYZ", min_size=1, max_size=2),
    number=st.integers(1000, 999999),
)
def test_no_cin_shows_more_than_its_letters_and_last_two_digits(letters: str, number: int) -> None:
    cin = f"{letters}{number}"
    masked = mask_personal(f"CIN {cin} merci")
    assert masked == f"CIN {letters}{'*' * (len(str(number)) - 2)}{str(number)[-2:]} merci"


@given(st.text(max_size=60))
def test_masking_keeps_the_length_and_everything_but_digits(text: str) -> None:
    masked = mask_personal(text)
    assert len(masked) == len(text)
    assert all(a == b or (b == "*" and a.isdigit()) for a, b in zip(text, masked, strict=True))
