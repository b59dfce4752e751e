"""Darija's verbs by their shape, one definition (nlu.darija_verbs): the present's prefixes, and the ma…ch circumfix
for the situation reader's cues and verbs and for the variety's clues: glued ("ma3ndich", "ماعنديش"), after a glued
"and" ("وماعندوش"), with "ma" shortened to "m" in the reader only ("m3ndich", "مكنخلصش"), or with "ma" apart
("ma bditch", "ما ديتش")."""

import pytest

from nlu.darija_verbs import (
    ANY_PRESENT,
    FIRST_PERSON_PRESENT,
    glued_negation,
    negated_present,
    negated_verb,
    present_verb,
)
from nlu.lexicon import Lexicon, message_words
from nlu.situation import SituationReader, load_cues
from nlu.situation_cue_finder import CueFinder
from nlu.variety import ARY, identify
from tests.nlu.test_lexicon import seed_lexicon  # noqa: F401 (fixture)
from tests.nlu.test_situation import read
from tests.nlu.test_situation_language import _chosen


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("mabghitch", ("bghit", True)),
        ("makhdemtch", ("khdemt", True)),
        ("ماخلصتش", ("خلصت", True)),
        # "and" glued before the negation.
        ("وماخلصتش", ("خلصت", True)),
        ("ومكنخلصش", ("كنخلص", True)),
        # In Latin letters too: "wma3ndich diplome", "wmkankhllsch".
        ("wma3ndich", ("3ndi", True)),
        ("wmkankhllsch", ("kankhlls", True)),
        # "ma" shortened to "m".
        ("mkhlletch", ("khllet", True)),
        ("مسجلتش", ("سجلت", True)),
        # The ending alone: "ma" is written apart.
        ("khlletch", ("khllet", False)),
        # A verb of three letters keeps its ending ("ما ديتش", "ما شفتش").
        ("ديتش", ("ديت", False)),
        ("شفتش", ("شفت", False)),
        # No ending, or nothing inside it.
        ("mabghit", None),
        ("ch", None),
        ("مش", None),
    ],
)
def test_the_verb_inside_the_circumfix(form: str, expected: tuple[str, bool] | None) -> None:
    assert negated_verb(form) == expected


@pytest.mark.parametrize("form", ["match", "معاش", "mach", "sandwich"])
def test_words_that_only_look_like_the_circumfix_are_not_negations(form: str) -> None:
    assert not glued_negation(form)


@pytest.mark.parametrize(("form", "short"), [("mkhlletch", False), ("مسجلتش", False), ("makhlletch", True), ("وماسجلتش", True)])
def test_the_variety_reads_only_the_full_ma(form: str, short: bool) -> None:
    assert glued_negation(form, short_ma=False) is short


@pytest.fixture(scope="module")
def finder() -> CueFinder:
    return CueFinder(load_cues())


def _negations(finder: CueFinder, text: str) -> list[str]:
    words = message_words(text)
    return [words[c.first].form for c in finder.find(words, ()) if c.kind == "negation" and c.value == "circumfix"]


@pytest.mark.parametrize(
    ("text", "negations"),
    [
        ("عندي الدبلوم ومعنديش الباتانتا", ["ومعنديش"]),
        ("ana m3ndich lbatinda", ["m3ndich"]),
        # A football match is no negation.
        ("kanchouf lmatch w 3ndi diplome", []),
        ("tfrrjt f match w 3ndi diplome", []),
    ],
)
def test_the_cue_finder_reads_the_glued_circumfix(finder: CueFinder, text: str, negations: list[str]) -> None:
    assert _negations(finder, text) == negations


@pytest.mark.parametrize("text", ["وماعندوش الوراق", "ومابغاتش تتسجل", "وماكيخلصش الضريبة"])
def test_the_circumfix_after_a_glued_and_is_a_darija_clue(text: str) -> None:
    guess = identify(text)
    assert guess.variety == ARY and guess.strength >= 1


@pytest.mark.parametrize("text", ["أسكن في مراكش", "أعيش في مراكش وأعمل في النسيج"])
def test_a_name_that_looks_like_the_short_circumfix_is_no_darija_clue(text: str) -> None:
    assert identify(text).strength == identify(text.replace("مراكش", "فاس")).strength


@pytest.mark.parametrize(
    "text",
    ["كنخدم مع خويا وماحليتش المحل ديالي باقي، كاين شي دعم؟", "khddama f dar w mfta7tch l7anout, kayn chi da3m?"],
)
def test_a_start_denied_after_and_or_with_the_short_ma_is_a_start(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "start"


@pytest.mark.parametrize("text", ["كنخيط الجلابة ومكنقراش الفرنسية", "ana nejjar w mkanfhemch lfrancais"])
def test_a_language_denied_after_and_or_with_the_short_ma_is_no_choice(
    reader: SituationReader, seed_lexicon: Lexicon, text: str  # noqa: F811
) -> None:
    assert _chosen(reader, seed_lexicon, text) == []


@pytest.mark.parametrize("word", ["kankhdem", "katkhlles", "kaybi3", "كنخدم", "كتخلص"])
def test_a_present_verb_is_told_by_its_prefix_and_person(word: str) -> None:
    assert present_verb(word)


@pytest.mark.parametrize("word", ["kan", "kanz", "كنز", "katalogue1!", "كيفاش", "tankhdem"])
def test_other_words_are_no_present_verb(word: str) -> None:
    # Too short to hold a verb after the prefix, another script's letters, or a prefix only the reader takes after "ma".
    assert not present_verb(word)


def test_after_ma_the_reader_takes_the_bare_and_northern_prefixes() -> None:
    assert all(present_verb(w, ANY_PRESENT) for w in ("kakhlles", "tankhdem", "كيخلص", "كاخدم"))


def test_the_first_person_may_follow_a_glued_and() -> None:
    assert present_verb("wkankhdem", FIRST_PERSON_PRESENT, glued_and=True)
    assert present_verb("وكنصنع", FIRST_PERSON_PRESENT, glued_and=True)
    assert not present_verb("katkhdem", FIRST_PERSON_PRESENT, glued_and=True)
    assert not present_verb("وكنصنع", FIRST_PERSON_PRESENT)


@pytest.mark.parametrize(
    ("word", "negated"),
    [("makankhlles", True), ("ماكنخلص", True), ("وماكتخدم", True), ("makan", False), ("maison", False)],
)
def test_a_present_with_ma_glued_on_is_negated(word: str, negated: bool) -> None:
    assert negated_present(word) is negated
