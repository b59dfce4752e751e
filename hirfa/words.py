"""Where the words of a message are: one cut for the NLU's tokenizer and for the actions that read text
themselves (without importing Rasa's NLU, which would load TensorFlow into the action server)."""

from __future__ import annotations

import re
from collections.abc import Iterator

# A word: letters and digits, with the marks and invisible characters that may sit inside
# a word (harakat, tatweel, zero-width joiners) kept so that offsets stay exact.
_INSIDE_WORD = r"\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD"
WORD = re.compile(rf"[^\W_][^\W_{_INSIDE_WORD}]*(?:[{_INSIDE_WORD}]+[^\W_]+)*[{_INSIDE_WORD}]*")
# Arabic letters and digits typed without a space ("منذ2018", "عندي5سنين") are two words; Arabizi keeps its
# digits (ch7al), which are letters there.
_ARABIC_LETTER = "\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF"
_DIGIT = "0-9\u0660-\u0669\u06F0-\u06F9"
_LETTERS_DIGITS = re.compile(rf"(?<=[{_ARABIC_LETTER}])(?=[{_DIGIT}])|(?<=[{_DIGIT}])(?=[{_ARABIC_LETTER}])")


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) offsets of the words of ``text``."""
    for match in WORD.finditer(text):
        start = match.start()
        for cut in _LETTERS_DIGITS.finditer(match.group()):
            yield start, match.start() + cut.start()
            start = match.start() + cut.start()
        yield start, match.end()
