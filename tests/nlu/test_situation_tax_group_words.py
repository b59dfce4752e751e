"""A cooperative's books stay the cooperative's when its own words stand between it and the regime ("notre coopérative
de tapis à Taznakht tient une comptabilité avec un comptable", "la coopérative des brodeuses de notre douar a un
comptable"): the member holds no regime by them (nlu.situation_tax.the_groups). Writers who say they are the
cooperative ("on est une coopérative … avec un comptable"), or name their own regime, hold it."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Notre coopérative de tissage à Tinghir tient une comptabilité avec un comptable, elle peut s'inscrire au RNA ?",
        "notre coopérative de poterie de Safi tient une comptabilité, on peut s'inscrire ?",
        "la coopérative des brodeuses de notre douar a un comptable, combien l'amo pour nous ?",
    ],
)
def test_a_cooperatives_books_are_not_the_members(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("on est une coopérative de femmes avec un comptable qui fait le bilan, l'amo des membres coûte combien ?", "accounts"),
        ("notre coopérative a un comptable mais moi je suis à la CPU, combien l'amo ?", "cpu"),
    ],
)
def test_the_writers_own_books_are_kept(reader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
