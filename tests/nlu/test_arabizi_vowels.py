"""Arabizi writes one short vowel as a or e: a trade or city spelt with the other one is still found."""

import pytest

from hirfa.word_forms import Level, WordForms

SPELLINGS = {"khchab": "WOOD", "l7jar": "STONE", "tisserand": "RUGS_WEAVING", "fkhar": "POTTERY"}


@pytest.fixture(scope="module")
def forms() -> WordForms:
    return WordForms(SPELLINGS)


@pytest.mark.parametrize(("word", "spelling"), [("khcheb", "khchab"), ("l7jer", "l7jar"), ("fkher", "fkhar")])
def test_a_and_e_are_one_short_vowel(forms: WordForms, word: str, spelling: str) -> None:
    assert (spelling, Level.LOOSE) in {(f.text, f.level) for f in forms.forms(word)}


def test_the_vowel_guess_can_be_excluded() -> None:
    forms = WordForms(SPELLINGS, excluded=[("loose", "f5ar")])
    assert "fkhar" not in {f.text for f in forms.forms("fkher")}


def test_a_word_with_other_consonants_finds_nothing(forms: WordForms) -> None:
    assert not [f for f in forms.forms("khobz") if f.level != Level.EXACT]
