from pathlib import Path

import pytest
from rasa.shared.nlu.training_data.loading import load_data

from evaluation.overlap import TrainingIndex
from evaluation.situations import SITUATION_ENTITIES, Pair, answered_alike, f1, load_pairs, value_counts

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "tests" / "nlu" / "situations"
VARIETIES = ("ar", "ary", "ary_Latn", "fr")

PAIR = Pair("ma3ndich diplome, 5 snin", "ary_Latn", '/rna_eligibility{"category": "practice"}', {"category": "practice"})


def entity(name: str, value: str) -> dict:
    return {"entity": name, "value": value, "start": 0, "end": 1}


def test_a_payload_gives_its_intent_and_entities() -> None:
    assert PAIR.intent == "rna_eligibility"
    assert PAIR.payload_entities == {"category": "practice"}
    assert Pair("x", "fr", "/amo_cost").payload_entities == {}


@pytest.mark.parametrize(
    ("intent", "entities", "alike"),
    [
        ("rna_eligibility", [entity("category", "practice")], True),
        ("rna_eligibility", [entity("craft", "WOOD"), entity("category", "practice")], True),
        ("rna_eligibility", [entity("category", "diploma")], False),  # answered for someone else
        ("rna_eligibility", [], False),  # asked again
        ("training", [entity("category", "practice")], False),
        ("rna_eligibility", [entity("category", "diploma"), entity("category", "practice")], False),
    ],
)
def test_answered_alike(intent: str, entities: list, alike: bool) -> None:
    assert answered_alike(PAIR, intent, entities) is alike


def test_value_f1_scores_canonical_values_not_spans() -> None:
    gold = {"craft": "WOOD", "city": "Fès"}
    predicted = [entity("craft", "WOOD"), entity("city", "Fes"), entity("category", "none")]
    counts = {name: value_counts(gold, predicted, name) for name in SITUATION_ENTITIES}
    assert counts["craft"] == (1, 1, 1)
    assert counts["city"] == (0, 1, 1)
    assert counts["category"] == (0, 1, 0)
    assert f1([counts["craft"], counts["city"]]) == pytest.approx(0.5)
    assert f1([value_counts({}, [], "craft")]) is None


@pytest.mark.parametrize("name", ["dev", "test"])
def test_the_situation_sets_have_30_pairs_per_variety_and_are_not_trained_on(name: str) -> None:
    pairs = load_pairs(SETS / name)
    assert {v: sum(p.variety == v for p in pairs) >= 30 for v in VARIETIES} == dict.fromkeys(VARIETIES, True)
    training = TrainingIndex(m.get("text") for m in load_data(str(ROOT / "data" / "nlu")).intent_examples)
    assert [p.text for p in pairs if training.repeats(p.text)] == []
    for pair in pairs:
        assert set(pair.entities) <= set(SITUATION_ENTITIES), pair.text
        assert all(pair.entities.get(k) == v for k, v in pair.payload_entities.items()), pair.text


def test_the_test_situations_do_not_repeat_dev_ones() -> None:
    dev = TrainingIndex(p.text for p in load_pairs(SETS / "dev"))
    assert [p.text for p in load_pairs(SETS / "test") if dev.repeats(p.text)] == []
