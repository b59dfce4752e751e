"""A list of what one lacks, then a request ("ما عندي لا محاسب لا باطانطا لا والو، بغيت قرض") asks the request: the
words from the wanting on are read alone when the whole reads `deny`. A refusal with no topic after it, or a wanting
negated, stays a refusal."""

import pytest

from nlu.intent_classifier import TfidfIntentClassifier
from nlu.refusal_opening import request_after_refusal, request_start
from tests.nlu.classifier_training import intent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ما عندي لا كونطابل لا باطانطا لا حتى حاجة، بغيت نعرف شحال نخلص فلامو", "amo_cost"),
        ("لا أتوفر لا على محاسب ولا على سجل تجاري، أريد قرضا صغيرا لورشتي", "financing"),
        ("non non, pas de comptable, pas de patente, rien du tout, je veux juste un petit credit", "financing"),
        ("la la, ma 3ndi la diplome la walo, bghit n3ref kifach ntsjel", "rna_register_how"),
    ],
)
def test_a_request_after_what_one_lacks_is_asked(classifier: TfidfIntentClassifier, text: str, expected: str) -> None:
    assert intent(classifier, text) == expected


@pytest.mark.parametrize(
    "text",
    ["لا، ما بغيت حتى شي حاجة", "non merci je veux pas", "la la ma bghit walo a khti", "non, je veux modifier la ville"],
)
def test_a_refusal_stays_a_refusal(classifier: TfidfIntentClassifier, text: str) -> None:
    assert intent(classifier, text) == "deny"


@pytest.mark.parametrize(
    ("lemmas", "start"),
    [
        (["la", "3ndi", "walo", "bghit", "credit"], 3),
        (["non", "je", "veux", "pas"], 0),
        (["ما", "بغيت", "والو"], 0),
        (["bghit", "credit"], 0),
    ],
)
def test_the_request_starts_at_a_wanting_not_negated(lemmas: list[str], start: int) -> None:
    assert request_start(lemmas) == start


def test_a_request_read_alone_with_no_topic_keeps_the_refusal() -> None:
    whole = [{"name": "deny", "confidence": 0.8}, {"name": "financing", "confidence": 0.1}]
    assert request_after_refusal(whole, [{"name": "thank", "confidence": 0.9}]) == whole
    assert request_after_refusal(whole, [{"name": "out_of_scope", "confidence": 0.7}]) == whole
    assert request_after_refusal(whole, [{"name": "financing", "confidence": 0.3}]) == whole
    assert request_after_refusal(whole, [{"name": "financing", "confidence": 0.7}])[0]["name"] == "financing"
