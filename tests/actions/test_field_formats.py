import pytest

from actions.field_formats import clean_cin, clean_mobile, clean_name, mask


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Fatima Zahra El Idrissi", "Fatima Zahra El Idrissi"),
        ("  فاطمة   الزهراء ", "فاطمة الزهراء"),
        ("Aït-Ben Haddou", "Aït-Ben Haddou"),
        ("M'hamed", "M'hamed"),
        ("x" * 1000, None),
        ("😀😀", None),
        ("<script>alert(1)</script>", None),
        ("Robert'); DROP TABLE requests;--", None),
        ("Ahmed 123", None),
        ("", None),
        ("a", None),
        ("\u200b\u200f", None),
    ],
)
def test_names(typed: str, name: str | None) -> None:
    assert clean_name(typed) == name


@pytest.mark.parametrize(
    ("typed", "cin"),
    [
        ("AB123456", "AB123456"),
        ("be 98765", "BE98765"),
        ("K-456789", "K456789"),
        ("AB١٢٣٤٥٦", "AB123456"),
        ("123456", None),
        ("ABC12345", None),
        ("AB12", None),
        ("wach hadi", None),
    ],
)
def test_cin(typed: str, cin: str | None) -> None:
    assert clean_cin(typed) == cin


@pytest.mark.parametrize(
    ("typed", "mobile"),
    [
        ("0612345678", "0612345678"),
        ("+212 6 12 34 56 78", "0612345678"),
        ("00212712345678", "0712345678"),
        ("07.12.34.56.78", "0712345678"),
        ("٠٦١٢٣٤٥٦٧٨", "0612345678"),
        ("06123456", None),
        ("06 12 AB 56 78", None),
        ("0512345678", None),
        ("hello", None),
    ],
)
def test_mobile(typed: str, mobile: str | None) -> None:
    assert clean_mobile(typed) == mobile


def test_mask_keeps_only_the_end() -> None:
    assert mask("0612345678") == "••••••••78"
    assert mask("AB123456", visible=3) == "•••••456"
