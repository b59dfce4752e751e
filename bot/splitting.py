"""Cutting a long reply into Telegram-sized messages at sentence boundaries."""

from __future__ import annotations

import re

from telegram.constants import MessageLimit

_SENTENCE_END = re.compile(r"(?<=[.!?؟…:؛\n])\s+")


def split_message(text: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> list[str]:
    """Pieces of at most ``limit`` characters, cut after a sentence where possible, else at a space."""
    pieces: list[str] = []
    while len(text) > limit:
        window = text[: limit + 1]
        cuts = [m.end() for m in _SENTENCE_END.finditer(window) if m.end() <= limit]
        cut = cuts[-1] if cuts else (window.rfind(" ") + 1 or limit)
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        pieces.append(text)
    return pieces
