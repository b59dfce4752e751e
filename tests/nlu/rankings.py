"""What the intent rerank rules read, built by hand: a message's lemmas and the classifier's ranking."""

from hirfa.text import normalise
from hirfa.words import word_spans


def lemmas(text: str) -> list[str]:
    """The message's words, normalised as the intent classifier hands them to its rerank rules."""
    return [normalise(text[start:end]) for start, end in word_spans(text)]


def ranking(*names: str, confidences: tuple[float, ...] = (0.6, 0.3, 0.1)) -> list[dict]:
    """A ranking of these intents, first to last, with falling confidences."""
    return [{"name": name, "confidence": c} for name, c in zip(names, confidences, strict=False)]


def scored(*pairs: tuple[str, float]) -> list[dict]:
    """A ranking of (intent, confidence) pairs as given."""
    return [{"name": name, "confidence": confidence} for name, confidence in pairs]
