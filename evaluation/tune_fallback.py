"""`make tune`: choose the FallbackClassifier threshold by cross-validation on the training data.

The held-out set stays untouched for `make eval`. Each fold trains the intent classifier
on the rest; every example's best confidence then tells what a threshold would reject.
"""

from __future__ import annotations

import sys

import numpy as np
from sklearn.model_selection import StratifiedKFold

from evaluation.metrics import OUT_OF_SCOPE

THRESHOLDS = [round(t, 2) for t in np.arange(0.05, 0.55, 0.05)]
OOS_RECALL_TARGET, FALSE_REJECTION_LIMIT = 0.90, 0.05


def cross_validated(folds: int = 5) -> tuple[list[str], list[str], np.ndarray]:
    """Gold intents, predicted intents and confidences of every training example, out of fold."""
    from rasa.shared.nlu.training_data.loading import load_data

    from nlu.intent_classifier import TfidfIntentClassifier, _Model, documents
    from nlu.tokenizer import NormalisingTokenizer

    data = load_data("data/nlu")
    NormalisingTokenizer(NormalisingTokenizer.get_default_config()).process_training_data(data)
    docs = [documents(m) for m in data.intent_examples]
    gold = np.array([m.get("intent") for m in data.intent_examples])
    predicted, confidence = np.empty(len(gold), dtype=object), np.zeros(len(gold))
    config = TfidfIntentClassifier.get_default_config()
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=42).split(docs, gold):
        model = _Model(config)
        model.fit([docs[i] for i in train], list(gold[train]))
        probabilities, _ = model.probabilities([docs[i] for i in test])
        predicted[test] = model.classifier.classes_[probabilities.argmax(1)]
        confidence[test] = probabilities.max(1)
    return list(gold), list(predicted), confidence


def main() -> int:
    """Print, per threshold, what would be rejected; recommend one."""
    gold, predicted, confidence = cross_validated()
    oos = np.array([g == OUT_OF_SCOPE for g in gold])
    print(f"{'threshold':>9}  {'OOS recall':>10}  {'false rej.':>10}  {'accuracy':>8}")
    best = None
    for threshold in THRESHOLDS:
        decided = np.where(confidence < threshold, OUT_OF_SCOPE, np.array(predicted, dtype=object))
        recall = float(np.mean(decided[oos] == OUT_OF_SCOPE))
        false_rejection = float(np.mean(decided[~oos] == OUT_OF_SCOPE))
        accuracy = float(np.mean(decided == np.array(gold, dtype=object)))
        print(f"{threshold:>9.2f}  {recall:>10.3f}  {false_rejection:>10.3f}  {accuracy:>8.3f}")
        # Reject as much as possible while wrongly rejecting at most the limit of in-scope messages.
        if false_rejection <= FALSE_REJECTION_LIMIT:
            best = (threshold, recall)
    if best is None:
        print(f"no threshold keeps false rejection under {FALSE_REJECTION_LIMIT:.0%}")
    else:
        met = "meets" if best[1] >= OOS_RECALL_TARGET else "misses"
        print(
            f"recommended threshold: {best[0]} (OOS recall {best[1]:.3f} {met} the {OOS_RECALL_TARGET} target)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
