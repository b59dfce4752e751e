import pytest

from hirfa.text import normalise
from hirfa.word_forms import Level, WordForms, latin_stems, loose_keys, one_edit_apart, spelling_keys

SPELLINGS = {
    normalise(s): owner
    for owner, spellings in {
        "WOOD": ["njar", "njjar", "نجار", "النجاره", "menuisier", "menuiserie"],
        "POTTERY": ["fekhar", "fkhar", "potier", "poterie"],
        "LEATHER": ["balgha", "الخرازه", "خراز"],
        "RUGS_WEAVING": ["tapis", "zerbiya"],
        "Chefchaouen": ["chaoun", "chefchaouen"],
        "Dakhla": ["ddakhla"],
        "Smara": ["smara"],
        "Fès": ["fes", "fass"],
        "Assa": ["assa"],
        "PLANT_FIBRES": ["osier"],
        "CAR_MECHANICS": ["mecanicien"],
        "DINANDERIE": ["cuivre"],
    }.items()
    for s in spellings
}
FORMS = WordForms(SPELLINGS)


def best(word: str, forms: WordForms = FORMS) -> tuple[str, Level] | None:
    """The first known spelling among the word's forms, and its level."""
    found = [f for f in forms.forms(normalise(word)) if f.text in SPELLINGS]
    return (SPELLINGS[found[0].text], found[0].level) if found else None


@pytest.mark.parametrize(
    ("word", "stems"),
    [
        ("lbalgha", ["balgha"]),
        ("bfes", ["fes"]),
        ("mnfes", ["fes"]),
        ("fl9nitra", ["l9nitra", "9nitra"]),
        ("nnjara", ["njara"]),  # the assimilated article
        ("zzlij", ["zlij"]),
        ("ddrraza", ["drraza"]),
        ("dossier", []),  # "d" + "ossier": a stem starts with a consonant
        ("blassa", ["lassa"]),  # not "bl" + "assa"
        ("bla", []),  # keeps at least three letters
        ("فالزليج", []),  # Arabic prefixes are arabic_stems' business
    ],
)
def test_latin_stems_drop_a_glued_article_or_preposition(word: str, stems: list[str]) -> None:
    assert latin_stems(word) == stems


@pytest.mark.parametrize(
    ("word", "spelling"),
    [
        ("njara", "njar"),  # Darija feminine
        ("njjarin", "njar"),  # plural, doubled letter
        ("fkhkhar", "fkhar"),  # doubled digraph
        ("menuisiere", "menuisier"),  # French feminine
        ("menuisiers", "menuiserie"),  # plural and workshop meet
        ("potiere", "poterie"),
        ("نجارين", "نجار"),  # Arabic plural
        ("خرازه", "خراز"),  # Arabic feminine (ة folded to ه)
    ],
)
def test_loose_keys_bring_inflected_forms_together(word: str, spelling: str) -> None:
    assert set(loose_keys(word)) & set(spelling_keys(spelling))


@pytest.mark.parametrize(
    ("word", "spelling"),
    [
        ("tapissier", "tapis"),  # an upholsterer is no carpet: French endings only meet their family
        ("dakhla", "ddakhla"),  # "she entered" is not the assimilated-article city
        ("smar", "smara"),  # only the message word loses its ending
        ("fessi", "fes"),  # too short a key
        ("الحل", "الحلي"),  # "the solution": two letters without the article
        ("monsieur", "menuisier"),
    ],
)
def test_loose_keys_keep_other_words_apart(word: str, spelling: str) -> None:
    assert not set(loose_keys(word)) & set(spelling_keys(spelling))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("menuisier", "menusier", True),  # missing
        ("menuisier", "menuisiier", True),  # doubled
        ("menuisier", "menuisaer", True),  # wrong
        ("menuisier", "menuisire", True),  # swapped
        ("menuisier", "menuisier", False),  # the same is no edit
        ("menuisier", "menusiir", False),  # two edits
        ("abcde", "bcdex", False),
    ],
)
def test_one_edit_apart(a: str, b: str, expected: bool) -> None:
    assert one_edit_apart(a, b) is expected
    assert one_edit_apart(b, a) is expected


@pytest.mark.parametrize(
    ("word", "found"),
    [
        ("fekhar", ("POTTERY", Level.EXACT)),
        ("lbalgha", ("LEATHER", Level.STEM)),
        ("bfes", ("Fès", Level.STEM)),
        ("nnjara", ("WOOD", Level.LOOSE)),
        ("lfekhara", ("POTTERY", Level.LOOSE)),
        ("النجارة", ("WOOD", Level.EXACT)),
        ("الخرازة", ("LEATHER", Level.EXACT)),
        ("menuisière", ("WOOD", Level.LOOSE)),
        ("mecanicein", ("CAR_MECHANICS", Level.FUZZY)),
        ("chefchaoun", ("Chefchaouen", Level.FUZZY)),
        # never
        ("dossier", None),
        ("blassa", None),
        ("suivre", None),  # one letter from "cuivre", but the first letter
        ("dakhla", None),  # one letter from "ddakhla", but that letter is the article
        ("smar", None),
        ("zerba", None),
        ("mansour", None),
        ("fatima", None),
    ],
)
def test_forms_find_the_known_spelling_a_word_stands_for(word: str, found: tuple | None) -> None:
    assert best(word) == found


def test_a_guess_shared_by_two_owners_is_no_guess() -> None:
    forms = WordForms({"njjar": "WOOD", "njar": "OTHER"})
    assert [f.text for f in forms.forms("njara") if f.level >= Level.LOOSE] == []


def test_excluded_guesses_are_not_made() -> None:
    forms = WordForms(SPELLINGS, excluded=[("fuzzy", "chaoun"), ("loose", "njar"), ("stem", "bfes")])
    assert best("chkoun") is not None and best("chkoun", forms) is None
    assert best("njara", forms) is None
    assert best("bfes", forms) is None and best("fes", forms) == ("Fès", Level.EXACT)


def test_short_words_are_never_guessed() -> None:
    forms = WordForms({"njar": "WOOD", "abcdef": "X"}, min_fuzzy=7)
    assert [f.level for f in forms.forms("nja")] == [Level.EXACT]
    assert [f.text for f in forms.forms("abcdeg") if f.level == Level.FUZZY] == []
