"""The training data and the held-out set honour the contract in shared/INTENTS.md."""

from collections import Counter
from pathlib import Path

import pytest
from rasa.shared.nlu.training_data.loading import load_data

from hirfa.text import normalise

ROOT = Path(__file__).resolve().parents[2]
INTENTS = """greet goodbye thank affirm deny bot_challenge ask_help choose_language human_handoff out_of_scope
rna_register_how rna_eligibility rna_documents rna_apply rna_status artisan_card craft_lookup amo_info amo_cost
amo_enroll pension_info financing training marketing find_office forget_me stop""".split()
VARIETIES = ("ar", "ary", "ary_Latn", "fr")


def examples(path: Path) -> list:
    return load_data(str(path)).intent_examples


def variety(message) -> str:
    return message.get("metadata", {}).get("intent", {}).get("variety")


@pytest.fixture(scope="module")
def training() -> list:
    return examples(ROOT / "data" / "nlu")


@pytest.fixture(scope="module")
def held_out() -> list:
    return examples(ROOT / "tests" / "nlu" / "heldout")


def test_every_example_is_tagged_with_the_variety_of_its_file(training: list) -> None:
    for path in (ROOT / "data" / "nlu").glob("*/*.yml"):
        if path.parent.name != "lexicons":
            assert {variety(m) for m in examples(path)} == {path.stem}, path


def test_every_intent_has_25_examples_per_variety(training: list) -> None:
    counts = Counter((m.get("intent"), variety(m)) for m in training)
    thin = {(i, v): counts[(i, v)] for i in INTENTS for v in VARIETIES if counts[(i, v)] < 25}
    assert thin == {}


def test_every_intent_has_mixed_examples(training: list) -> None:
    assert {m.get("intent") for m in training if variety(m) == "mixed"} == set(INTENTS)


def test_the_held_out_set_covers_every_intent_and_variety(held_out: list) -> None:
    counts = Counter((m.get("intent"), variety(m)) for m in held_out)
    thin = {(i, v): counts[(i, v)] for i in INTENTS for v in VARIETIES if counts[(i, v)] < 8}
    assert thin == {}
    assert {m.get("intent") for m in held_out if variety(m) == "mixed"} == set(INTENTS)


def test_no_held_out_message_is_trained_on(training: list, held_out: list) -> None:
    seen = {" ".join(normalise(m.get("text")).split()) for m in training}
    leaked = [m.get("text") for m in held_out if " ".join(normalise(m.get("text")).split()) in seen]
    assert leaked == []
