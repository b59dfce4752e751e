"""A first wish taken back inside the message leaves the intent to the words after the correction
(nlu/wish_corrected.py)."""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from nlu.wish_corrected import corrected_from, rerank
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("بغيت قرض لا ماشي قرض بغيت تكوين فالميكانيك", "بغيت تكوين فالميكانيك"),
        ("combien coûte la carte, non pardon, je veux la liste des papiers", "veux la liste des papiers"),
        ("combien coûte la carte, non pardon, quels papiers faut-il pour le registre ?", "quels papiers faut-il pour le registre"),
        ("bghit l'karta la smhli bghit n3ref kifach ntsjel", "bghit n3ref kifach ntsjel"),
    ],
)
def test_the_words_after_the_correction_are_read(text: str, rest: str) -> None:
    words = lemmas(text)
    assert words[corrected_from(words) :] == lemmas(rest)


@pytest.mark.parametrize(
    "text",
    [
        # "No" alone negates; a correction opening the message or closing it takes nothing back that can be read.
        "بغيت نتسجل ولكن لا عندي ديبلوم لا والو",
        "لا لا بغيت نتسجل فالسجل",
        "je veux la carte, non pardon",
        # A detail corrected, the wish kept.
        "بغيت ندخل ولدي معايا فلامو، عندو 19 عام... لا سمح ليا 20 عام. شنو خاصني ندير",
        "شحال كيخلص الصانع فالتغطية الصحية؟ سمح ليا ماشي الراميد، قصدي لامو ديال الصناع التقليديين",
        "كيفاش ندخل لامو؟ تسجلت فالسي إن إس إس... لا سمح ليا، فالسجل الوطني، ودابا ماعرفتش شنو نكمل",
    ],
)
def test_without_a_first_wish_and_another_nothing_is_corrected(text: str) -> None:
    assert corrected_from(lemmas(text)) == 0


def test_a_rest_that_asks_nothing_leaves_the_whole_reading() -> None:
    whole = ranking("artisan_card", "training")
    assert rerank(whole, ranking("out_of_scope", "training")) == whole
    assert rerank(whole, ranking("training", "artisan_card")) == ranking("training", "artisan_card")


# The classifier with the rule, on sentences no training or held-out file holds.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بغيت الكارط المهنية لا ماشي هي بغيت نعرف كيفاش ندخلو فلامو انا والمرا ديالي", "amo_enroll"),
        ("بغيت كريدي لا ماشي كريدي بغيت تكوين فالخياطة انا خياطة فوجدة", "training"),
        ("combien coûte la carte pro, non pardon, quels papiers faut-il pour le registre ?", "rna_documents"),
    ],
)
def test_the_classifier_reads_the_corrected_wish(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        # Opening by taking back what the assistant understood: "no no, not X", then the wish asked.
        ("la la machi amo, ana kansewel 3la la retraite dyali", "kansewel 3la la retraite dyali"),
        ("لا لا ماشي لامو، بغيت نتسجل فالسجل الوطني", "بغيت نتسجل فالسجل الوطني"),
        ("la la machi l'amo, bghit nsjel f sijil", "bghit nsjel f sijil"),
    ],
)
def test_an_opening_not_this_one_reads_the_wish_after_it(text: str, rest: str) -> None:
    words = lemmas(text)
    assert words[corrected_from(words) :] == lemmas(rest)


def test_an_opening_no_problem_takes_nothing_back() -> None:
    assert corrected_from(lemmas("la machi mochkil, bghit ntsjel daba")) == 0
