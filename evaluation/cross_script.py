"""How far Darija learnt in one script carries to the other: `python -m evaluation.cross_script`.

Darija is written in Arabic letters and in Arabizi, and no training set holds every spelling
of every word in both. This check trains the intent classifier alone with the training
examples of one script left out, and scores that script's dev messages: the closer to the
full model's figure, the better the classifier reads a spelling it never saw. Dev only: the
check is used to choose features (see nlu/intent_classifier.py).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.metrics import f1_score

from evaluation.run import ROOT, held_out, variety_of
from nlu.intent_classifier import TfidfIntentClassifier
from nlu.tokenizer import NormalisingTokenizer

DARIJA = ("ary", "ary_Latn")


def training_examples() -> list[tuple[Message, str]]:
    """Every training example with an intent, and its variety (the file's name unless its metadata says)."""
    examples = []
    for path in sorted((ROOT / "data" / "nlu").rglob("*.yml")):
        for message in load_data(str(path)).intent_examples:
            examples.append((message, variety_of(message, path)))
    return examples


def _tokenizer() -> NormalisingTokenizer:
    return NormalisingTokenizer(NormalisingTokenizer.get_default_config())


def trained(examples: list[Message]) -> TfidfIntentClassifier:
    """The intent classifier fitted on ``examples``, as a model would load it."""
    data = TrainingData(examples)
    _tokenizer().process_training_data(data)
    with tempfile.TemporaryDirectory() as folder:
        storage, resource = LocalModelStorage(Path(folder)), Resource("intent_classifier")
        context = ExecutionContext(graph_schema=None, model_id="cross-script")
        TfidfIntentClassifier.create({}, storage, resource, context).train(data)
        return TfidfIntentClassifier.load({}, storage, resource, context)


def macro_f1(classifier: TfidfIntentClassifier, dev: list[tuple[str, str]]) -> float:
    """The classifier's intent macro-F1 on (text, intent) pairs."""
    messages = [Message(data={"text": text}) for text, _ in dev]
    _tokenizer().process(messages)
    classifier.process(messages)
    gold = [intent for _, intent in dev]
    predicted = [m.get("intent")["name"] for m in messages]
    return float(f1_score(gold, predicted, average="macro", labels=sorted(set(gold))))


def main() -> int:
    """Print, for each Darija script, macro-F1 with and without that script's training examples."""
    argparse.ArgumentParser(description=__doc__).parse_args()
    examples = training_examples()
    rows = held_out("dev")
    full = trained([m for m, _ in examples])
    print(f"{'variety':<10}{'dev n':>6}  {'all training':>12}  {'without its script':>18}")
    for variety in DARIJA:
        dev = [(text, intent) for text, v, intent, _ in rows if v == variety]
        blind = trained([m for m, v in examples if v != variety])
        print(f"{variety:<10}{len(dev):>6}  {macro_f1(full, dev):>12.3f}  {macro_f1(blind, dev):>18.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
