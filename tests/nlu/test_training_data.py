"""The training data and the held-out set honour the contract in shared/INTENTS.md."""

from collections import Counter
from pathlib import Path

import pytest
from rasa.shared.nlu.training_data.loading import load_data

from evaluation.overlap import TrainingIndex, fold
from evaluation.situations import load_pairs

ROOT = Path(__file__).resolve().parents[2]
INTENTS = """greet goodbye thank affirm deny bot_challenge ask_help choose_language human_handoff out_of_scope
rna_register_how rna_eligibility rna_documents rna_apply rna_status artisan_card craft_lookup amo_info amo_cost
amo_enroll pension_info financing training marketing find_office forget_me stop""".split()
VARIETIES = ("ar", "ary", "ary_Latn", "fr")
HELD_OUT = ROOT / "tests" / "nlu" / "heldout"
SITUATIONS = ROOT / "tests" / "nlu" / "situations"
SPLITS = ("dev", "test")


def examples(path: Path) -> list:
    return load_data(str(path)).intent_examples


def variety(message) -> str:
    return message.get("metadata", {}).get("intent", {}).get("variety")


@pytest.fixture(scope="module")
def training() -> list:
    return examples(ROOT / "data" / "nlu")


@pytest.fixture(scope="module")
def held_out() -> dict[str, list]:
    """The held-out messages of each split: dev for tuning, test for the figures reported."""
    return {split: examples(HELD_OUT / split) for split in SPLITS}


@pytest.fixture(scope="module")
def training_index(training: list) -> TrainingIndex:
    return TrainingIndex(m.get("text") for m in training)


def file_variety(stem: str) -> str:
    """The variety a training or held-out file is named for: its stem, or its stem less a topic ("fr_tax" is
    French)."""
    return stem if stem in ("ar", "ary", "ary_Latn", "fr", "mixed") else stem.rsplit("_", 1)[0]


def test_every_example_is_tagged_with_the_variety_of_its_file(training: list) -> None:
    for path in (ROOT / "data" / "nlu").glob("*/*.yml"):
        if path.parent.name != "lexicons":
            assert {variety(m) for m in examples(path)} == {file_variety(path.stem)}, path


@pytest.mark.parametrize(("stem", "expected"), [("fr", "fr"), ("ary_Latn", "ary_Latn"), ("fr_tax", "fr"), ("ar_more", "ar")])
def test_a_topic_after_the_variety_leaves_the_variety(stem: str, expected: str) -> None:
    assert file_variety(stem) == expected


def test_every_intent_has_25_examples_per_variety(training: list) -> None:
    counts = Counter((m.get("intent"), variety(m)) for m in training)
    thin = {(i, v): counts[(i, v)] for i in INTENTS for v in VARIETIES if counts[(i, v)] < 25}
    assert thin == {}


def test_every_intent_has_mixed_examples(training: list) -> None:
    assert {m.get("intent") for m in training if variety(m) == "mixed"} == set(INTENTS)


def test_the_held_out_splits_are_the_only_held_out_folders() -> None:
    assert sorted(p.name for p in HELD_OUT.iterdir() if p.is_dir()) == sorted(SPLITS)


@pytest.mark.parametrize("split", SPLITS)
def test_every_held_out_example_is_tagged_with_the_variety_of_its_file(split: str) -> None:
    for path in (HELD_OUT / split).glob("*.yml"):
        # A batch may have a file of its own, named like training files ("ar_fresh35" is Arabic).
        assert {variety(m) for m in examples(path)} == {file_variety(path.stem)}, path


@pytest.mark.parametrize("split", SPLITS)
def test_each_held_out_split_covers_every_intent_and_variety(held_out: dict[str, list], split: str) -> None:
    counts = Counter((m.get("intent"), variety(m)) for m in held_out[split])
    thin = {(i, v): counts[(i, v)] for i in INTENTS for v in VARIETIES if counts[(i, v)] < 8}
    assert thin == {}, f"{split}: fewer than 8 messages"
    assert {m.get("intent") for m in held_out[split] if variety(m) == "mixed"} == set(INTENTS), split


@pytest.mark.parametrize("split", SPLITS)
def test_no_held_out_message_repeats_a_training_message(
    held_out: dict[str, list], training_index: TrainingIndex, split: str
) -> None:
    """Not equal once case, punctuation and spacing are folded, nor a near-duplicate (Jaccard >= 0.8)."""
    repeated = [m.get("text") for m in held_out[split] if training_index.repeats(m.get("text"))]
    assert repeated == [], f"{split} messages that repeat training: {repeated}"


@pytest.mark.parametrize("split", SPLITS)
def test_no_situation_message_repeats_a_training_message(training_index: TrainingIndex, split: str) -> None:
    """The situation pairs are held out too: folded the same way, no near-duplicate either."""
    pairs = load_pairs(SITUATIONS / split)
    assert len(pairs) >= 120, "at least 30 pairs per variety"
    repeated = [pair.text for pair in pairs if training_index.repeats(pair.text)]
    assert repeated == [], f"{split} situation messages that repeat training: {repeated}"


def test_no_situation_test_message_repeats_a_dev_one() -> None:
    dev = TrainingIndex(pair.text for pair in load_pairs(SITUATIONS / "dev"))
    repeated = [pair.text for pair in load_pairs(SITUATIONS / "test") if dev.repeats(pair.text)]
    assert repeated == [], f"situation test messages that repeat dev: {repeated}"


def test_no_test_message_repeats_a_dev_message(held_out: dict[str, list]) -> None:
    dev = TrainingIndex(m.get("text") for m in held_out["dev"])
    repeated = [m.get("text") for m in held_out["test"] if dev.repeats(m.get("text"))]
    assert repeated == [], f"test messages that repeat dev: {repeated}"


@pytest.mark.parametrize("split", SPLITS)
def test_no_held_out_split_holds_a_message_twice(held_out: dict[str, list], split: str) -> None:
    counts = Counter(fold(m.get("text")) for m in held_out[split])
    assert [text for text, n in counts.items() if n > 1] == [], split


@pytest.mark.parametrize("split", SPLITS)
def test_each_split_has_12_arabizi_out_of_scope_messages(held_out: dict[str, list], split: str) -> None:
    arabizi_oos = [
        m for m in held_out[split] if m.get("intent") == "out_of_scope" and variety(m) == "ary_Latn"
    ]
    assert len(arabizi_oos) >= 12
