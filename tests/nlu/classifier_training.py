"""The intent classifier alone, trained on the project's examples of some varieties, for tests of intent families.

Training only the classifier (not the whole model) takes a minute or two on two cores: a family is checked on
sentences that no training or held-out file holds, in the varieties that teach it.
"""

from collections.abc import Collection
from pathlib import Path
from typing import Any

from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu.intent_classifier import TfidfIntentClassifier
from nlu.tokenizer import NormalisingTokenizer

ROOT = Path(__file__).resolve().parents[2]
TOKENIZER = NormalisingTokenizer(NormalisingTokenizer.get_default_config())


def trained_classifier(varieties: Collection[str], directory: Path) -> TfidfIntentClassifier:
    """The classifier trained on the intent examples of these varieties (data/nlu), stored in ``directory``."""
    data = TrainingData(
        [m for m in load_data(str(ROOT / "data" / "nlu")).intent_examples if variety(m) in varieties]
    )
    TOKENIZER.process_training_data(data)
    storage = LocalModelStorage(directory)
    resource = Resource("intent_classifier")
    context = ExecutionContext(graph_schema=None, model_id="families")
    TfidfIntentClassifier.create({}, storage, resource, context).train(data)
    return TfidfIntentClassifier.load({}, storage, resource, context)


def variety(message: Message) -> str | None:
    """The variety an example's intent block declares."""
    return (message.get("metadata") or {}).get("intent", {}).get("variety")


def intent(classifier: TfidfIntentClassifier, text: str) -> str:
    """The intent the classifier gives a text."""
    return top_intent(classifier, text)["name"]


def top_intent(classifier: TfidfIntentClassifier, text: str) -> dict[str, Any]:
    """The intent the classifier gives a text, with its confidence."""
    message = Message(data={"text": text})
    TOKENIZER.process([message])
    classifier.process([message])
    return message.get("intent")
