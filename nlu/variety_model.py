"""A learned second opinion on the variety, for messages whose words give no telling clue.

MSA and Darija share most of their words, and the marker lists of nlu.variety only know
the commonest ones: "كم سأدفع شهريا للتأمين الإجباري؟" has none. Character n-grams learned
from the training messages (each file says its variety) catch the endings and prefixes
that mark MSA (سأ…، ـًا، ـون) or Darija (كن…، ـش), one model per script.
"""

from __future__ import annotations

from collections.abc import Sequence

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline

from hirfa.text import normalise

# The varieties each script can be written in; a model learns to tell them apart.
SCRIPTS = {"arabic": ("ar", "ary"), "latin": ("ary_Latn", "fr")}


def _pipeline() -> Pipeline:
    return make_pipeline(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True, max_features=40000),
        LogisticRegression(C=5.0, max_iter=2000, class_weight="balanced", random_state=42),
    )


class VarietyModel:
    """Per script, a classifier of the variety from normalised character n-grams."""

    def __init__(self) -> None:
        self._models: dict[str, Pipeline] = {}

    def fit(self, texts: Sequence[str], varieties: Sequence[str]) -> VarietyModel:
        """Learns from messages labelled with their variety; other labels (mixed) are left out."""
        for script, labels in SCRIPTS.items():
            rows = [(normalise(t), v) for t, v in zip(texts, varieties, strict=True) if v in labels]
            if len({v for _, v in rows}) == len(labels):
                model = _pipeline()
                model.fit([t for t, _ in rows], [v for _, v in rows])
                self._models[script] = model
        return self

    def predict(self, text: str, script: str) -> tuple[str | None, float]:
        """The likelier variety of ``text`` in ``script`` and its probability; (None, 0.0) without a model."""
        model = self._models.get(script)
        if model is None:
            return None, 0.0
        probabilities = model.predict_proba([normalise(text)])[0]
        best = probabilities.argmax()
        return str(model.classes_[best]), float(probabilities[best])
