"""A message that names the AMO is about the AMO (nlu/amo_named.py): a relative, a school or another trade told
around it does not make it out of scope. The CNSS or "الضمان" alone, and the AMO beside a word of another domain,
stay with the classifier. An AMO topic first in a message that names the AMO is understood, however thinly the
classifier spread its confidence."""

import pytest

from nlu.amo_named import UNDERSTOOD, rerank, understood
from nlu.intent_classifier import TfidfIntentClassifier
from nlu.out_of_domain import OutOfDomain
from tests.nlu.classifier_training import intent, top_intent
from tests.nlu.rankings import lemmas, ranking, scored

OUT_OF_DOMAIN = OutOfDomain()


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("ولدي عندو 20 عام وكيقرا فالليسي، كيفاش نصرح بيه فلامو؟ أنا خراز", "amo_enroll"),
        ("بغيت ندخل الواليدة معايا فالأمو، هي كبيرة وما كتخدمش", "amo_enroll"),
        ("ma fille est à la fac, je peux la déclarer à l'AMO ? je suis potier", "amo_enroll"),
        ("wlidi f lycée, chhal nkhelles f lamo 3lih?", "amo_cost"),
        ("بنتي فالجامعة وراجلي مريض، لامو كتغطي الدوا ديالو؟", "amo_info"),
    ],
)
def test_the_amo_named_is_not_out_of_scope(text: str, first: str) -> None:
    ranked = rerank(lemmas(text), ranking("out_of_scope", "rna_documents", "amo_info"), OUT_OF_DOMAIN)
    assert ranked[0]["name"] == first
    assert ranked[0]["confidence"] == 0.6
    assert "out_of_scope" in [r["name"] for r in ranked[1:]]


@pytest.mark.parametrize(
    "text",
    [
        "كيف أصرح بالخادمة التي تعمل عندي في الضمان الاجتماعي؟",
        "mon frère est salarié, comment vérifier ses déclarations CNSS ?",
        "واش التأمين ديال الطوموبيل كيغطي الحوادث؟",
        "بقرتي مريضة، واش لامو كتخلص البيطري؟",
        "ma vache est malade, l'amo rembourse le vétérinaire ?",
    ],
)
def test_out_of_scope_without_the_amo_or_beside_another_domain_stays(text: str) -> None:
    three = ranking("out_of_scope", "amo_enroll", "amo_info")
    assert rerank(lemmas(text), three, OUT_OF_DOMAIN) == three


def test_another_topic_first_is_left_alone() -> None:
    three = ranking("rna_documents", "out_of_scope", "amo_enroll")
    assert rerank(lemmas("بنتي فالجامعة، شنو الوراق ديال لامو؟"), three, OUT_OF_DOMAIN) == three


@pytest.mark.parametrize(
    "text",
    [
        "بنتي عندها 22 عام وكتقرا فالجامعة، كيفاش نزيدها معايا فلامو؟ أنا نجار",
        "بنتي كتقرا فالجامعة فالرباط وعندها 24 عام، كيفاش نزيدها معايا فلامو؟ أنا خياطة فسلا",
    ],
)
def test_the_classifier_reads_the_amo_named(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "amo_enroll"


@pytest.mark.parametrize(
    "text",
    [
        "jsuis AE je fais du cuivre a fes, cb lamo par mois",
        "أنا نجار فتطوان وخويا قالي خاصك تتسجل فلامو، منين نبدا؟",
        "الجار ديالي كبير وما كيعرفش يكتب، هو مقاول ذاتي، شحال خاصو يخلص فالأمو؟",
    ],
)
def test_an_amo_topic_in_a_message_naming_the_amo_is_understood(text: str) -> None:
    thin = scored(("amo_cost", 0.19), ("amo_enroll", 0.18), ("financing", 0.15))
    assert understood(lemmas(text), thin) == [{"name": "amo_cost", "confidence": UNDERSTOOD}, *thin[1:]]


@pytest.mark.parametrize(
    ("text", "thin"),
    [
        # The CNSS's "الضمان" is not the AMO's own name.
        ("شحال خاصني نخلص فالضمان؟ أنا نجار", scored(("amo_cost", 0.19), ("amo_enroll", 0.1))),
        # Another topic first.
        ("jsuis AE, cb lamo ?", scored(("financing", 0.19), ("amo_cost", 0.1))),
        # Already read surely.
        ("jsuis AE, cb lamo ?", scored(("amo_cost", 0.7), ("amo_enroll", 0.1))),
    ],
)
def test_the_amo_unnamed_another_topic_or_a_sure_reading_keeps_its_confidence(
    text: str, thin: list[dict]
) -> None:
    assert understood(lemmas(text), thin) == thin


@pytest.mark.parametrize(
    "text",
    [
        "jsui AE jfai d nnhas a fes, cmb lamo",
        "السلام، أنا حداد فتازة وخويا الصغير قالي خاصني نتسجل فلامو حتى أنا. كيفاش نبدا؟",
    ],
)
def test_the_classifier_understands_an_amo_question_told_with_a_story(
    classifier: TfidfIntentClassifier, text: str
) -> None:
    assert top_intent(classifier, text)["confidence"] >= UNDERSTOOD
