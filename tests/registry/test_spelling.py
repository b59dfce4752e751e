import pytest

from registry.spelling import Candidate, best_owners, candidates, spelling_key


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


def test_candidates_strip_glued_arabic_prefixes_but_not_latin_ones() -> None:
    keys = {c.key for c in candidates("فالزليج")}
    assert {"فالزليج", "الزليج", "زليج"} <= keys
    assert {c.key for c in candidates("fzlij")} == {"fzlij"}


def test_a_prefix_never_leaves_less_than_two_letters() -> None:
    assert {c.key for c in candidates("بل")} == {"بل"}
    assert {c.key for c in candidates("وسلا")} == {"وسلا", "سلا"}


def test_longer_spellings_claim_their_words() -> None:
    found = candidates("tailleur de pierre")
    owners = {"tailleur": "SEWING", "tailleur de pierre": "STONE"}
    assert best_owners(found, owners) == ["STONE"]


def test_owners_come_once_each_best_first() -> None:
    found = [Candidate("a", 0, 1, False), Candidate("b c", 1, 3, False), Candidate("a", 3, 4, False)]
    assert best_owners(found, {"a": "A", "b c": "B"}) == ["B", "A"]
