import pytest

from hirfa.word_forms import Level
from registry.spelling import Candidate, best_owners, candidates, spelling_key, word_forms


@pytest.mark.parametrize(
    "text, key",
    [
        ("Chauffe-eau", "chauffe eau"),
        ("  chauffe   eau ", "chauffe eau"),
        ("Mécanicien AUTO", "mecanicien auto"),
        ("الدار البيضاء", "الدار البيضا"),
        ("dinanderie d'art", "dinanderie d art"),
        ("Fès!", "fes"),
        ("...", ""),
    ],
)
def test_spelling_key_folds_case_accents_hamza_and_separators(text: str, key: str) -> None:
    assert spelling_key(text) == key


def test_candidates_strip_glued_arabic_and_latin_prefixes() -> None:
    keys = {c.key for c in candidates("فالزليج")}
    assert {"فالزليج", "الزليج", "زليج"} <= keys
    assert {c.key for c in candidates("fzlij")} == {"fzlij", "zlij"}
    assert {c.key for c in candidates("zzlij")} == {"zzlij", "zlij"}  # the assimilated article
    assert {c.key for c in candidates("dossier")} == {"dossier"}  # no "d" + "ossier"


def test_a_prefix_never_leaves_less_than_two_letters() -> None:
    assert {c.key for c in candidates("بل")} == {"بل"}
    assert {c.key for c in candidates("وسلا")} == {"وسلا", "سلا"}


def test_longer_spellings_claim_their_words() -> None:
    found = candidates("tailleur de pierre")
    owners = {"tailleur": "SEWING", "tailleur de pierre": "STONE"}
    assert best_owners(found, owners) == ["STONE"]


def test_owners_come_once_each_best_first() -> None:
    found = [Candidate("a", 0, 1), Candidate("b c", 1, 3), Candidate("a", 3, 4)]
    assert best_owners(found, {"a": "A", "b c": "B"}) == ["B", "A"]


OWNERS = {"njar": "WOOD", "menuisier": "WOOD", "fes": "Fès", "tapis": "RUGS", "chaoun": "Chefchaouen"}


@pytest.mark.parametrize(
    "text, key, level",
    [
        ("njar", "njar", Level.EXACT),
        ("bfes", "fes", Level.STEM),
        ("njara", "njar", Level.LOOSE),
        ("menuisiere", "menuisier", Level.LOOSE),
        ("menuisiier", "menuisier", Level.LOOSE),  # a doubled letter is folded, not an edit
        ("menuisler", "menuisier", Level.FUZZY),
    ],
)
def test_single_words_also_stand_for_loose_and_one_letter_off_spellings(
    text: str, key: str, level: Level
) -> None:
    found = [c for c in candidates(text, forms=word_forms(OWNERS)) if c.key in OWNERS]
    assert (found[0].key, found[0].level) == (key, level)


@pytest.mark.parametrize("text", ["tapissier", "chkoun", "fessi", "nja", "dossier"])
def test_no_guess_for_other_words(text: str) -> None:
    assert [c.key for c in candidates(text, forms=word_forms(OWNERS)) if c.key in OWNERS] == []


def test_an_exact_match_beats_a_guess_on_the_same_word() -> None:
    owners = {"njara": "OTHER", "njar": "WOOD"}
    assert best_owners(candidates("njara", forms=word_forms(owners)), owners) == ["OTHER"]


def test_longer_spellings_come_before_guesses() -> None:
    owners = {"tailleur de pierre": "STONE", "tailleur": "SEWING", "menuisier": "WOOD"}
    found = candidates("menuisiere et tailleur de pierre", forms=word_forms(owners))
    assert best_owners(found, owners) == ["STONE", "WOOD"]
