"""A story, then the papers asked for at the end, is the documents (nlu/papers_question.py)."""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from nlu.papers_question import rerank
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import ranking


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("خدام فالجبص هادي عشر سنين ودابا بغيت نتسجل فالسجل، الأوراق اللازمة؟", "rna_eligibility"),
        ("ana m3allema f tarz w bghit nsjel bnati m3aya, chno lwra9?", "rna_apply"),
        ("j'ai un atelier de poterie depuis 2010 et je veux m'inscrire, quels papiers ?", "rna_eligibility"),
        ("الوالد كان خراز ودابا انا خديت الحانوت، شنو خاصني نجيب؟", "rna_register_how"),
        ("khdam f nne9ch 3la lkhchab 12 3am bla ma ntsjel, daba bghit, ach khassni nwjed", "rna_apply"),
        ("ana khrraz, 18 3am f l7anout, chno lkwaghed li khasni bach ndkhl ka m3allem?", "rna_eligibility"),
        ("خدام فالفضة عشرين عام بلا ما نتسجل ودابا بغيت نتسجل شنو الأوراق", "rna_apply"),
        # What another must bring, or what to gather.
        ("الواليدة معلمة فالزربية وعندها الشهادة، شنو خاصها تجيب باش تتسجل", "rna_eligibility"),
        ("خويا نجار هادي 15 عام، شنو خاصو يجيب؟", "rna_eligibility"),
        # A diploma or a course told pulls towards training; the French and MSA what to bring, and the pieces.
        ("حصلت على دبلوم في النجارة من مركز التكوين، ما هي الوثائق المطلوبة؟", "training"),
        ("je suis maâlem potier à Safi depuis 30 ans : que faut-il apporter ?", "rna_eligibility"),
        ("on est douze tisseuses sans diplôme, quelles pièces faut-il rassembler ?", "rna_eligibility"),
        ("liste des pieces pour s'inscrire au registre", "rna_register_how"),
    ],
)
def test_papers_asked_at_the_end_of_a_story_are_the_documents(text: str, first: str) -> None:
    ranked = rerank(text, ranking(first, "rna_documents", "training"))
    assert [r["name"] for r in ranked] == ["rna_documents", first, "training"]
    assert ranked[0]["confidence"] == 0.6


@pytest.mark.parametrize(
    "text",
    [
        "wach n9der ntsjel bla lwra9?",
        "ماعنديش الأوراق ديال الديبلوم، واش نقدر نتسجل؟",
        "الأوراق ديالي واجدين، بغيت نتسجل دابا",
        "je peux m'inscrire sans papiers ?",
        "شنو خاصني باش نتسجل؟",
        "3ndi lwra9 kamlin, bghit ntsjel daba",
        # Papers said missing, and "واش" (whether) is no "what": getting a certificate asks about training.
        "je travaille la poterie depuis 7 ans chez un patron, g pa de papier de formation",
        "خدام هادي عمر بلا دبلوم، واش نقدر نجيب شهادة على الخبرة ديالي",
    ],
)
def test_papers_missing_or_not_asked_at_the_end_stay_with_the_classifier(text: str) -> None:
    assert rerank(text, ranking("rna_eligibility", "rna_documents")) == ranking(
        "rna_eligibility", "rna_documents"
    )


def test_papers_behind_two_story_intents_go_first() -> None:
    text = "nnjara hadi 20 3am w bghit ntsjel daba, chno lwra9?"
    ranked = rerank(text, ranking("rna_eligibility", "rna_apply", "rna_documents"))
    assert [r["name"] for r in ranked] == ["rna_documents", "rna_eligibility", "rna_apply"]
    assert [r["confidence"] for r in ranked] == [r["confidence"] for r in ranking("a", "b", "c")]


def test_papers_behind_another_topic_stay_with_the_classifier() -> None:
    text = "nnjara hadi 20 3am w bghit ntsjel daba, chno lwra9?"
    assert rerank(text, ranking("rna_eligibility", "amo_enroll", "rna_documents")) == ranking(
        "rna_eligibility", "amo_enroll", "rna_documents"
    )


def test_other_pairs_are_left_to_the_classifier() -> None:
    text = "3ndi lcarte dyal sane3, chno lwra9?"
    assert rerank(text, ranking("artisan_card", "rna_documents")) == ranking("artisan_card", "rna_documents")
    assert rerank(text, ranking("rna_documents", "rna_apply")) == ranking("rna_documents", "rna_apply")


# The classifier with the rule, on stories no training or held-out file holds.
@pytest.mark.parametrize(
    "text",
    [
        "انا عندي 62 عام، خدام فالنقش على الجبص من 1985، ما عمرني تسجلت فشي حاجة، وقالو ليا الصانع اللي عندو التجربة"
        " يقدر يتسجل، الأوراق؟",
        "ana sane3 f zrabi 3ndi 25 3am d tajriba w ma3ndich diplome w bghit ntsjel f sijil, chno lwra9?",
        "mrati khdama f tarz mn 15 3am w bghat tsjel f rna bach tstafd mn amo, ach khasha tjib?",
        "الحمد لله خدام فالزليج من 20 عام، ودابا قررت ندخل للسجل الوطني بحال صحابي، الكواغط؟",
    ],
)
def test_the_classifier_reads_the_question_at_the_end(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "rna_documents"


@pytest.mark.parametrize(
    "text",
    [
        "الكواغط ديال التسجيل عافاك. أنا خراز فتارودانت، بلا ديبلوم، 20 عام فالحرفة",
        "les documents pour le registre svp, je suis potière à Safi depuis 9 ans",
        "lwra9 dyal tasjil 3afak, ana njjar f fes mn 2010",
        # The singular said for all of them.
        "اش خاص من كاغط باش تتسجل وحدة بحالي خدامة فالطرز فالدار وما كتخلصش الضريبة عندي عامين فقط",
    ],
)
def test_the_papers_named_first_with_a_story_that_asks_nothing_are_the_documents(text: str) -> None:
    ranked = rerank(text, ranking("rna_eligibility", "rna_documents", "rna_apply"))
    assert ranked[0]["name"] == "rna_documents"


@pytest.mark.parametrize(
    "text",
    [
        "الوراق ديالي كاملين، واش نقدر نتسجل؟",
        "les papiers je les ai tous, est-ce que je peux m'inscrire ?",
        "بلا وراق، أنا نجار 10 سنين",
    ],
)
def test_papers_named_first_then_another_question_or_missing_are_left_alone(text: str) -> None:
    three = ranking("rna_eligibility", "rna_documents", "rna_apply")
    assert rerank(text, three) == three


@pytest.mark.parametrize(
    "text",
    [
        "واش خاصني الشهادة ديال العمل باش نتسجل؟ أنا نجار هادي 7 سنين",
        "قالو ليا خاصك لاطيسطاسيون، واش صحيح؟ كنطرز فالدار",
        "est-ce qu'il faut l'attestation de travail pour le registre ? je suis potier sans diplome",
        "khassni la carte nationale w chno akhor bach ntsjel?",
        # Said required after it; or which of two papers to hand in.
        "attestation d'exercice c'est obligatoire ? je fais de la poterie depuis 2019 sans diplome",
        "l'attestation de travail est obligatoire pour le registre ?",
        "Je suis tapissier avec un diplôme de l'OFPPT. Je donne le diplôme ou une attestation de travail ?",
        # Where to get it.
        "L'attestation d'exercice, je la demande où ? Je suis potier depuis 2012, sans diplôme.",
        "شهادة المزاولة من أين أحصل عليها؟ أنا نجار منذ سبع سنوات",
    ],
)
def test_a_paper_that_is_no_diploma_said_needed_is_the_documents(text: str) -> None:
    ranked = rerank(text, ranking("rna_eligibility", "rna_documents", "training"))
    assert [r["name"] for r in ranked][:2] == ["rna_documents", "rna_eligibility"]


@pytest.mark.parametrize(
    "text",
    [
        # A diploma needed is who may register; a paper said missing asks whether one may go without it.
        "واش خاصني ديبلوم باش نتسجل؟ أنا نجار هادي 7 سنين",
        "il faut sans attestation ? je peux quand meme ?",
        "si j'ai pas d'attestation d'exercice est ce que j'ai le droit quand meme",
        # A diploma said required is who may register.
        "le diplôme est obligatoire ? je fais de la poterie depuis 2019",
    ],
)
def test_a_diploma_needed_or_a_paper_missing_stays_with_the_classifier(text: str) -> None:
    start = ranking("rna_eligibility", "rna_documents", "training")
    assert rerank(text, start) == start


@pytest.mark.parametrize(
    "text",
    [
        # Whether a copy or the identity card is enough, or another paper besides those named.
        "عندي دبلوم فالحلاقة من مركز التكوين، واش تكفي نسخة منو مع البطاقة الوطنية؟",
        "j'ai un diplôme de couture, est-ce que la copie suffit avec la CIN ?",
        "عندي ديبلوم فالنجارة، واش نصور غير الديبلوم ولا كاين شي ورقة اخرى",
    ],
)
def test_a_copy_enough_or_another_paper_is_the_documents(text: str) -> None:
    assert rerank(text, ranking("rna_eligibility", "rna_documents"))[0]["name"] == "rna_documents"


def test_a_diploma_said_enough_stays_eligibility() -> None:
    text = "عندي ديبلوم فالنجارة، واش الديبلوم كافي باش نتسجل؟"
    assert rerank(text, ranking("rna_eligibility", "rna_documents")) == ranking("rna_eligibility", "rna_documents")


@pytest.mark.parametrize(
    "text",
    [
        "diplome bijouterie + cin ca suffit ? je suis au forfait (cpu)",
        "chno homa lwra9 li khasni? ana njjar f Fes mn 2015",
    ],
)
def test_papers_asked_before_a_closing_statement_are_the_documents(text: str) -> None:
    assert rerank(text, ranking("rna_eligibility", "rna_documents"))[0]["name"] == "rna_documents"
