"""Joining a training without a diploma is training, not the register (nlu/joining_training.py)."""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from nlu.joining_training import rerank
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas, ranking


@pytest.mark.parametrize(
    "text",
    [
        "j'ai jamais eu de diplome, je peux m'inscrire a un stage de broderie ?",
        "sans le bac, on peut suivre une formation en sellerie ?",
        "ليس معي أي دبلوم، هل أستطيع الالتحاق بدورة في صناعة الفخار؟",
        "la formation en ebenisterie est ouverte a ceux qui n'ont pas de diplome ?",
        # Asking for one: a want, or "is there".
        "حنا تعاونية ديال الزرابي، بغينا تكوين فالتسويق",
        "عندي 10 سنين فالحدادة، واش كاين شي تكوين فاللحام؟",
        "je suis en coopérative, je cherche une formation en gestion",
        # A need for one, or which ones there are.
        "Membre d'une coopérative de poterie à Berkane, nos adhérentes ont besoin d'une formation sur les émaux.",
        "Quelles formations proposez-vous aux artisans du cuir à Nador ? Je travaille depuis 2016 sans diplôme.",
        # Being trained, as a verb.
        "حنا جمعية ديال الطرز، واش البنات ديالنا يقدرو يتكونو فشي مركز؟",
        "ma3ndich diplome, bghit ntkwen f nnjara",
        # Darija's joining.
        "بديت نخدم الجلد عام 2025 وماعنديش ديبلوم، واش نقدر ندخل شي تكوين قصير؟",
        "bla diplome, wach n9der ndkhol chi formation f lkhyata?",
    ],
)
def test_joining_a_training_puts_training_first(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("rna_eligibility", "training", "rna_apply"))
    assert [r["name"] for r in ranked] == ["training", "rna_eligibility", "rna_apply"]


@pytest.mark.parametrize(
    "text",
    [
        # The register is what one joins; the diploma came from a training.
        "j'ai fait une formation en zellige, je peux m'inscrire au registre ?",
        "حصلت على دبلوم من مركز التكوين المهني، هل يمكنني التسجيل؟",
        "mon diplome de formation professionnelle suffit pour l'inscription ?",
        "واش نقدر ندخل للسجل بالتكوين ديالي؟",
    ],
)
def test_registering_after_a_training_stays_with_the_classifier(text: str) -> None:
    assert rerank(lemmas(text), ranking("rna_eligibility", "training")) == ranking("rna_eligibility", "training")


def test_other_intents_first_are_left_to_the_classifier() -> None:
    text = "je veux m'inscrire a une formation, c'est combien ?"
    assert rerank(lemmas(text), ranking("amo_cost", "training")) == ranking("amo_cost", "training")


# The classifier with the rule, on sentences no training or held-out file holds.
@pytest.mark.parametrize(
    "text",
    [
        "j'ai aucun papier de diplome, est-ce que je peux m'inscrire a une formation de tannerie ?",
        "لا أحمل أي شهادة، فهل يمكنني الالتحاق بتكوين في الحدادة؟",
    ],
)
def test_the_classifier_sends_joining_a_training_to_training(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "training"


@pytest.mark.parametrize(
    "text",
    [
        "les inscriptions a l'ecole de formation en tapisserie commencent quand ?",
        "candidature au centre de formation en bijouterie, jusqu'a quand ?",
        "التسجيل في معهد التكوين في الفخار متى يفتح؟",
    ],
)
def test_enrolling_at_a_place_of_training_is_training(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("rna_eligibility", "training", "rna_apply"))
    assert [r["name"] for r in ranked] == ["training", "rna_eligibility", "rna_apply"]


@pytest.mark.parametrize(
    "text",
    [
        "j'ai eu mon diplome au centre de formation l'an dernier, je suis eligible ?",
        "inscription au registre, j'ai fait le centre de formation en poterie",
    ],
)
def test_a_diploma_from_a_place_of_training_stays_with_the_classifier(text: str) -> None:
    ranked = ranking("rna_eligibility", "training")
    assert rerank(lemmas(text), ranked) == ranked


@pytest.mark.parametrize(
    "text",
    [
        # Getting a diploma for the years worked.
        "خدام فالنجارة هادي 15 عام، كيفاش نخرج ديبلوم بالتجربة ديالي؟",
        "ana 7dad hadi 20 3am, wach n9der nakhod diplome b lkhebra dyali?",
        "هل يمكنني أن أحصل على دبلوم في الخياطة بفضل سنوات عملي؟",
        "12 ans de poterie, est-ce qu'on peut me donner un diplôme pour ça ?",
        # For a relative.
        "بابا كيصاوب البلغة هادي 30 عام، واش يقدر يجيب ديبلوم؟",
        # The validation of experience named, or a diploma by experience.
        "سمعت على المصادقة على المكتسبات، واش كتنفع واحد بحالي خدام فالزليج؟",
        "la validation des acquis c'est pour moi ? je suis potier depuis 20 ans",
        "khti katrez 15 3am, wach kayn chi diplome b tajriba l bhalha?",
    ],
)
def test_getting_a_diploma_for_the_years_worked_is_training(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("rna_eligibility", "training", "rna_apply"))
    assert [r["name"] for r in ranked] == ["training", "rna_eligibility", "rna_apply"]


@pytest.mark.parametrize(
    "text",
    [
        # The diploma required by the register, never got, or a certificate of work.
        "هل يشترط الحصول على دبلوم؟ فأنا أعمل في الزليج منذ ثماني سنوات",
        "لم أحصل على أي دبلوم وأمارس الدباغة منذ ست سنوات، فهل أستطيع التسجيل؟",
        "wach khassni nakhod diplome bach ntsjel?",
        "فين نجيب شهادة مزاولة النشاط اللي كيطلبو؟",
        # The register asked with the experience said.
        "عندي ديبلوم و تجربة كبيرة فالنحاس، واش نتسجل فالسجل؟",
    ],
)
def test_a_diploma_required_or_never_got_stays_with_the_classifier(text: str) -> None:
    start = ranking("rna_eligibility", "training", "rna_documents")
    assert rerank(lemmas(text), start) == start


@pytest.mark.parametrize(
    "text",
    [
        "Quelles formations proposez-vous aux artisans ?",
        "شنو التكوينات اللي كتقدمو للحرفيين؟",
        "wach 3ndkom chi formations f nnjara?",
    ],
)
def test_trainings_asked_of_the_assistant_are_training(text: str) -> None:
    assert rerank(lemmas(text), ranking("ask_help", "training", "marketing"))[0]["name"] == "training"


def test_what_the_assistant_offers_without_trainings_stays_the_menu() -> None:
    three = ranking("ask_help", "training", "marketing")
    assert rerank(lemmas("qu'est-ce que vous proposez ?"), three) == three


@pytest.mark.parametrize(
    "text",
    [
        # A need of the group's, in MSA's accusative.
        "نحن تعاونية للنسيج بخنيفرة ونحتاج تكوينا في التسويق",
        "حنا تعاونية ديال الفخار ومحتاجين تكوين فالتلوين",
        # Learning, asked for where or wished.
        "3ndi 3am ghir f nnjara w ma3ndi diplome, fin nmchi bach nt3llm mzyan?",
        "ما عنديش ديبلوم وبغيت نتعلم الصياغة مزيان، فين؟",
    ],
)
def test_a_training_needed_or_learning_asked_is_training(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("rna_eligibility", "training", "rna_apply"))
    assert [r["name"] for r in ranked] == ["training", "rna_eligibility", "rna_apply"]


@pytest.mark.parametrize(
    "text",
    [
        # The register named as what comes after the training.
        "عندي عام فالنجارة، هل هناك تكوين قصير يقويني قبل التسجيل في السجل؟",
        # Which training, in Darija.
        "كنصلح الشوفوات من 2023 بلا شهادة، شنو التكوين لي خاصني ندوز؟",
    ],
)
def test_a_training_before_registering_or_which_one_is_training(text: str) -> None:
    ranked = rerank(lemmas(text), ranking("rna_eligibility", "training", "rna_apply"))
    assert ranked[0]["name"] == "training"


def test_registering_in_the_register_after_a_training_stays_with_the_classifier() -> None:
    text = "درت تكوين فالنجارة، واش نقدر نتسجل فالسجل؟"
    assert rerank(lemmas(text), ranking("rna_eligibility", "training")) == ranking("rna_eligibility", "training")


@pytest.mark.parametrize(
    "text",
    [
        "بدأت في الفخار منذ سنة ونصف، ليس لدي دبلوم، وأبحث عن تكوين مهني في سلا.",
        "ma 3ndi diplome w kanqelleb 3la formation f nnjara",
    ],
)
def test_looking_for_a_training_is_training(text: str) -> None:
    assert rerank(lemmas(text), ranking("rna_eligibility", "training", "rna_apply"))[0]["name"] == "training"
