"""Rasa's replies to one message, joined into as few Telegram messages as fit.

Telegram lets a bot send about 30 messages a second in all, so an answer sent as two messages (a form's
introduction, then its first question) halves how many people can be answered. Rasa's REST channel also
cuts a text at each blank line. Consecutive texts of one answer are joined again with a blank line when
they fit in one message; the buttons stay on the last one, under the whole answer.
"""

from __future__ import annotations

from typing import Any

from telegram.constants import MessageLimit

# What a text's companion (Rasa's separate "custom" element) may say for the text to be joined to the
# next: its language and direction. Anything else (a map pin to send after the text) keeps it apart.
_PLAIN_COMPANION = frozenset({"language", "rtl", "response"})
_SEPARATOR = "\n\n"


def merge_replies(replies: list[dict[str, Any]], limit: int = MessageLimit.MAX_TEXT_LENGTH) -> list[dict[str, Any]]:
    """``replies`` with each run of plain texts joined into the text that follows it, where it fits."""
    bubbles: list[list[dict[str, Any]]] = []  # a text and the elements that follow it (its companion)
    for reply in replies:
        if reply.get("text") or not bubbles:
            bubbles.append([reply])
        else:
            bubbles[-1].append(reply)
    merged: list[list[dict[str, Any]]] = []
    for bubble in bubbles:
        if merged and _joinable(merged[-1], bubble, limit):
            head = {**bubble[0], "text": merged[-1][0]["text"] + _SEPARATOR + bubble[0]["text"]}
            merged[-1] = [head, *bubble[1:]]
        else:
            merged.append(bubble)
    return [reply for bubble in merged for reply in bubble]


def _joinable(before: list[dict[str, Any]], after: list[dict[str, Any]], limit: int) -> bool:
    first, then = before[0], after[0]
    if not (first.get("text") and then.get("text")) or first.get("buttons") or first.get("image"):
        return False
    said_before, said_after = _companion(before), _companion(after)
    if said_before is None or not set(said_before) <= _PLAIN_COMPANION:
        return False
    languages = {said.get("language") for said in (said_before, said_after or {})} - {None}
    if len(languages) > 1:
        return False
    return len(first["text"]) + len(_SEPARATOR) + len(then["text"]) <= limit


def _companion(bubble: list[dict[str, Any]]) -> dict[str, Any] | None:
    """What the elements after a text add to it (None if one of them is more than a custom element)."""
    said: dict[str, Any] = dict(bubble[0].get("custom") or {})
    for element in bubble[1:]:
        extra = set(element) - {"recipient_id", "custom"}
        if extra:
            return None
        said.update(element.get("custom") or {})
    return said
