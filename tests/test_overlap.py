"""evaluation.overlap: what counts as a held-out message the model has already seen."""

import pytest

from evaluation.overlap import NEAR_DUPLICATE_JACCARD, TrainingIndex, fold, jaccard, word_set


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Comment m'inscrire ?", "comment m inscrire"),
        ("  CNSS??  ", "cnss"),
        ("Était-ce  déjà   payé…", "etait ce deja paye"),
        ("slaaaam khoya!!", "slam khoya"),
        ("كيفاش نتسجل؟", "كيفاش نتسجل"),
        ("أَهْلاً وسهلاً", "اهلا وسهلا"),
        ("l'AMO_ch7al", "l amo ch7al"),
    ],
)
def test_fold_drops_case_punctuation_spacing_and_accents(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_word_set_holds_each_folded_word_once() -> None:
    assert word_set("Salam, salam SALAM khoya") == frozenset({"salam", "khoya"})


def test_jaccard() -> None:
    assert jaccard(frozenset("ab"), frozenset("ab")) == 1.0
    assert jaccard(frozenset("abc"), frozenset("bcd")) == 0.5
    assert jaccard(frozenset("ab"), frozenset("cd")) == 0.0
    assert jaccard(frozenset(), frozenset()) == 1.0
    assert jaccard(frozenset("a"), frozenset()) == 0.0


@pytest.fixture
def index() -> TrainingIndex:
    return TrainingIndex(
        ["Kifach ntsjel f sijil dyal sina3a ta9lidiya?", "ch7al nkhlas f AMO", "merci beaucoup"]
    )


def test_a_message_differing_only_by_case_punctuation_or_spacing_is_exact(index: TrainingIndex) -> None:
    assert index.exact("kifach   ntsjel f SIJIL dyal sina3a ta9lidiya")
    assert index.exact("Merci, beaucoup !!!")
    assert index.exact("Ch7al  nkhlas f AMO ?")
    assert not index.exact("ch7al nkhlas f AMO daba")


def test_a_reordered_message_is_not_exact_but_repeats(index: TrainingIndex) -> None:
    reordered = "dyal sina3a ta9lidiya f sijil kifach ntsjel"
    assert not index.exact(reordered)
    assert index.nearest(reordered) == 1.0
    assert index.repeats(reordered)


def test_one_word_changed_in_a_six_word_message_is_below_the_threshold() -> None:
    index = TrainingIndex(["bghit nakhod credit bach nchri makina"])
    changed = "bghit nakhod credit bach nchri lkhchab"  # 5 shared words of 7 distinct
    assert not index.exact(changed)
    assert index.nearest(changed) == pytest.approx(5 / 7)
    assert index.nearest(changed) < NEAR_DUPLICATE_JACCARD
    assert not index.repeats(changed)


def test_one_word_added_to_a_long_message_is_a_near_duplicate() -> None:
    index = TrainingIndex(["wach n9der ntsjel f sijil w ana ma3ndich diplome"])
    longer = "wach n9der ntsjel f sijil w ana ma3ndich diplome daba"  # 9 shared words of 10
    assert not index.exact(longer)
    assert index.nearest(longer) == pytest.approx(9 / 10)
    assert index.repeats(longer)


def test_the_threshold_itself_counts_as_a_repeat() -> None:
    index = TrainingIndex(["a b c d"])
    assert index.nearest("a b c d e") == pytest.approx(0.8)
    assert index.repeats("a b c d e")
    assert not index.repeats("a b c d e f")


def test_an_unrelated_message_shares_nothing(index: TrainingIndex) -> None:
    assert index.nearest("chno ljaw ghda") == 0.0
    assert not index.repeats("chno ljaw ghda")


def test_an_empty_index_repeats_nothing() -> None:
    empty = TrainingIndex([])
    assert empty.nearest("salam") == 0.0
    assert not empty.repeats("salam")
