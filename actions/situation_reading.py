"""What the latest message says about the user's situation (tax situation, stage, category), read once for every
action: found by the NLU (a button, a clear sentence) or read in the text whatever its intent, with the situation
reader of the NLU (nlu/situation.py). The forms and the one-question forms share this one reading."""

from __future__ import annotations

import datetime as dt
import functools

from rasa_sdk import Tracker

from nlu.lexicon import message_words
from nlu.situation import SituationReader, load_cues

SITUATION_ENTITIES = frozenset({"category", "tax_situation", "business_stage"})


@functools.lru_cache(maxsize=1)
def situation_reader() -> SituationReader:
    """The NLU's reader of what people say about themselves, built once, on first need."""
    return SituationReader(load_cues())


def stated(tracker: Tracker, entity: str, today: dt.date | None = None) -> str | None:
    """The value of ``entity`` (tax_situation, business_stage) the latest message states: found by the NLU (a
    button, a clear sentence), or read in the text whatever its intent (the NLU reads it only for some)."""
    found = next(tracker.get_latest_entity_values(entity), None)
    if found is not None:
        return str(found)
    message = tracker.latest_message or {}
    text = str(message.get("text") or "")
    if text.startswith("/"):
        return None  # a button's payload says what it says
    # Words another extractor claimed are no cue ("douar" may be a place name, a CIN holds digits).
    taken = [
        (int(e["start"]), int(e["end"]))
        for e in message.get("entities") or []
        if e.get("entity") not in SITUATION_ENTITIES and "start" in e and "end" in e
    ]
    words = [w for w in message_words(text) if w.form]
    read = situation_reader().read(text, words, today or dt.date.today(), taken, message.get("variety"))
    return next((f.value for f in read if f.entity == entity), None)
