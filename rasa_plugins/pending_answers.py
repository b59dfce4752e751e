"""Answers to a form's personal fields (name, CIN, phone), never stored in clear before the user agrees.

Rasa stores every event of a conversation: the messages that answered the request form's name,
CIN and phone questions, and the slots filled from them. Before they are stored (by the tracker
store, rasa_plugins/windowed_tracker_store.py):

- such a message keeps its intent, but its text, parse text and entity values become ``PLACEHOLDER``
  (nothing ever needs them again: the slots carry the answers);
- those slots' values are encrypted (Fernet) under a key of the conversation's own, kept in the
  registry (``pending_answer_keys``) for at most an hour; the store decrypts them when it loads the
  conversation, so the form and its actions see the answers across turns.

When the form ends (the request recorded, consent refused, the form left), a new session starts or
the user restarts, the key is deleted: every answer it encrypted is unreadable from then on. Answers
stored in the same save as the form's end are encrypted under a key that is never stored at all.

A message is a personal answer when a form is active and the slot it answers is one of
``PERSONAL_SLOTS``, or when the language understanding found a CIN or phone number in it.
"""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from cryptography.fernet import Fernet, InvalidToken

from registry import pending_keys
from registry.db import Registry
from registry.types import utc_now

logger = logging.getLogger(__name__)

# The request form's name, CIN and phone, and the status form's CIN (actions/form_support.py FORM_SLOTS).
PERSONAL_SLOTS = frozenset({"request_full_name", "request_cin", "request_phone", "status_cin"})
PERSONAL_ENTITIES = frozenset({"cin", "phone"})
# What a personal answer's text reads as in the store, the help desk's transcript and its inbox.
PLACEHOLDER = "•••"
# A slot value stored encrypted: this prefix, then a Fernet token of the value's JSON.
SEALED = "sealed:"
REQUESTED_SLOT = "requested_slot"
# Stored when a form's run is rejected: the message answered nothing the form asked.
REJECTED = "action_execution_rejected"
# Events after which no form is open any more (Rasa resets the tracker at both).
_RESETS = frozenset({"restart", "session_started"})


def personal_messages(events: Sequence[Mapping[str, Any]]) -> list[bool]:
    """For each event (Rasa's JSON of it), whether it is a user message that gives personal data.

    A message the form rejected (a question asked instead of an answer, actions/form_support.py) answered no
    personal question: it is kept as written, unless it holds a CIN or phone number."""
    loop: str | None = None
    requested: Any = None
    rejected = _rejected_messages(events)
    found = []
    for index, event in enumerate(events):
        kind = event.get("event")
        personal = False
        if kind == "user":
            entities = (event.get("parse_data") or {}).get("entities") or []
            personal = bool(loop and requested in PERSONAL_SLOTS and index not in rejected) or any(
                isinstance(entity, Mapping) and entity.get("entity") in PERSONAL_ENTITIES for entity in entities
            )
        elif kind == "active_loop":
            loop = event.get("name")
        elif kind == "slot" and event.get("name") == REQUESTED_SLOT:
            requested = event.get("value")
        elif kind in _RESETS:
            loop, requested = None, None
        found.append(personal)
    return found


def _rejected_messages(events: Sequence[Mapping[str, Any]]) -> set[int]:
    """The positions of the user messages after which, before the next one, a form rejected its run."""
    rejected: set[int] = set()
    latest: int | None = None
    for index, event in enumerate(events):
        kind = event.get("event")
        if kind == "user":
            latest = index
        elif kind == REJECTED and latest is not None:
            rejected.add(latest)
    return rejected


def ends_form(event: Mapping[str, Any]) -> bool:
    """Whether ``event`` closes whatever form was open."""
    kind = event.get("event")
    return kind in _RESETS or (kind == "active_loop" and not event.get("name"))


def form_open_after(events: Sequence[Mapping[str, Any]]) -> bool:
    """Whether a form is active after ``events``."""
    loop = None
    for event in events:
        if event.get("event") == "active_loop":
            loop = event.get("name")
        elif event.get("event") in _RESETS:
            loop = None
    return bool(loop)


def redacted_message(data: Mapping[str, Any]) -> dict[str, Any]:
    """A user event's JSON with its text, parse text and entity values replaced by ``PLACEHOLDER``."""
    redacted = copy.deepcopy(dict(data))
    redacted["text"] = PLACEHOLDER
    parse = redacted.get("parse_data")
    if isinstance(parse, dict):
        if "text" in parse:
            parse["text"] = PLACEHOLDER
        for entity in parse.get("entities") or []:
            if isinstance(entity, dict):
                entity["value"] = PLACEHOLDER
                if "text" in entity:
                    entity["text"] = PLACEHOLDER
    return redacted


def is_personal_slot(data: Mapping[str, Any]) -> bool:
    """Whether ``data`` sets a personal slot to something (a value to encrypt)."""
    return data.get("event") == "slot" and data.get("name") in PERSONAL_SLOTS and data.get("value") is not None


def is_sealed(value: Any) -> bool:
    """Whether a stored slot value is an encrypted one."""
    return isinstance(value, str) and value.startswith(SEALED)


def seal_value(cipher: Fernet, value: Any) -> str:
    """``value`` as stored: encrypted, with its type kept."""
    return SEALED + cipher.encrypt(json.dumps(value).encode()).decode("ascii")


def open_value(cipher: Fernet | None, value: str) -> Any:
    """The value ``seal_value`` stored, or None when its key is gone (the answer is then asked again)."""
    if cipher is None:
        return None
    try:
        return json.loads(cipher.decrypt(value[len(SEALED) :].encode("ascii")))
    except (InvalidToken, ValueError):
        return None


class PendingAnswers:
    """Encrypting pending answers before Rasa's store writes them, and decrypting them when it reads them."""

    def __init__(self, registry: Callable[[], Registry], clock: Callable[[], datetime] = utc_now) -> None:
        # Called on first need: a conversation without personal answers never opens the registry.
        self._registry = registry
        self._clock = clock

    def seal(
        self,
        sender_id: str,
        events: Sequence[Mapping[str, Any]],
        new: list[dict[str, Any]],
        before: list[dict[str, Any]] | None = None,
    ) -> None:
        """Make ``new`` (the JSON of ``events``' last ones) and ``before`` (the state they start from) safe to store.

        ``events`` are the whole tracker's, in order, so that each message is read in its context
        (which form asked what). Both lists are changed in place.
        """
        count = len(events) - len(new)
        personal = personal_messages(events)
        ends = [index for index in range(count, len(events)) if ends_form(events[index])]
        last_end = ends[-1] if ends else None
        open_at_end = form_open_after(events)

        def keeps(index: int) -> bool:
            # Only what belongs to the form still open once these events are stored is ever read again.
            return open_at_end and (last_end is None or index > last_end)

        to_seal: list[tuple[list[dict[str, Any]], int, bool]] = []  # (list, position, under the stored key)
        for position, data in enumerate(new):
            index = count + position
            if data.get("event") == "user" and personal[index]:
                new[position] = redacted_message(data)
            elif is_personal_slot(data):
                to_seal.append((new, position, keeps(index)))
        if before:
            last_user = next((i for i in range(count - 1, -1, -1) if events[i].get("event") == "user"), None)
            for position, data in enumerate(before):
                if data.get("event") == "user" and last_user is not None and personal[last_user]:
                    before[position] = redacted_message(data)
                elif is_personal_slot(data):
                    to_seal.append((before, position, keeps(count - 1)))
        keep_key = any(kept for _, _, kept in to_seal)
        # A key exists only if personal answers were stored while the form was open: they are still in view
        # (the window's state keeps slots set), and a conversation without any never opens the registry.
        had_answers = any(personal) or any(is_personal_slot(event) for event in events)
        stored = self._stored_key(sender_id, shred=last_end is not None and had_answers, make=keep_key)
        # The answers of a form that has ended: under a key that is never stored, as if it had been deleted.
        throwaway = Fernet(Fernet.generate_key())
        for target, position, kept in to_seal:
            data = dict(target[position])
            data["value"] = seal_value(stored if kept and stored else throwaway, data["value"])
            target[position] = data

    def _stored_key(self, sender_id: str, shred: bool, make: bool) -> Fernet | None:
        """Delete the conversation's key (``shred``), then get or make one (``make``), in one transaction."""
        if not (shred or make):
            return None
        with self._registry().session() as session:
            if shred:
                pending_keys.delete_key(session, sender_id)
            if make:
                return Fernet(pending_keys.make_key(session, sender_id, self._clock()).encode("ascii"))
        return None

    def open(self, sender_id: str, events: list[dict[str, Any]]) -> None:
        """Decrypt, in place, the slot values of ``events`` that ``seal`` encrypted (None where the key is gone)."""
        sealed = [event for event in events if event.get("event") == "slot" and is_sealed(event.get("value"))]
        if not sealed:
            return
        with self._registry().session() as session:
            key = pending_keys.current_key(session, sender_id, self._clock())
        cipher = Fernet(key.encode("ascii")) if key else None
        for event in sealed:
            event["value"] = open_value(cipher, event["value"])

    def shred(self, sender_id: str) -> None:
        """Delete the conversation's key now (every pending answer it encrypted becomes unreadable)."""
        with self._registry().session() as session:
            pending_keys.delete_key(session, sender_id)
