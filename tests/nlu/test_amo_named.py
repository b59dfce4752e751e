"""A message that names the AMO is about the AMO (nlu/amo_named.py): a relative, a school or another trade told
around it does not make it out of scope. The CNSS or "الضمان" alone, and the AMO beside a word of another domain,
stay with the classifier."""

import pytest

from nlu.amo_named import rerank
from nlu.intent_classifier import TfidfIntentClassifier
from nlu.out_of_domain import OutOfDomain
from tests.nlu.classifier_training import intent
from tests.nlu.rankings import lemmas, ranking

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
