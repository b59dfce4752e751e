"""Showing the assistant's replies in a terminal, buttons as numbered choices."""

from __future__ import annotations

from typing import Any

from replies.bidi import FSI, PDI


def _plain(text: str) -> str:
    # Terminals show isolate marks as boxes; they only matter to bidi-aware clients.
    return text.replace(FSI, "").replace(PDI, "")


def render(replies: list[dict[str, Any]]) -> tuple[str, list[dict[str, str]]]:
    """The printable text of ``replies`` and the buttons in the order they are numbered."""
    lines: list[str] = []
    buttons: list[dict[str, str]] = []
    for reply in replies:
        if reply.get("text"):
            lines.append(_plain(reply["text"]))
        if reply.get("image"):
            lines.append(f"[image] {reply['image']}")
        venue = (reply.get("custom") or {}).get("venue")
        if isinstance(venue, dict) and {"latitude", "longitude", "title", "address"} <= venue.keys():
            lines.append(
                f"📍 {_plain(venue['title'])} — {_plain(venue['address'])} "
                f"({venue['latitude']}, {venue['longitude']})"
            )
        for button in reply.get("buttons") or []:
            buttons.append(button)
            lines.append(f"  [{len(buttons)}] {_plain(button.get('title', ''))}")
    return "\n".join(lines), buttons


def resolve_choice(line: str, buttons: list[dict[str, str]]) -> str:
    """The message to send for what was typed: a button's payload for its number, else the text."""
    stripped = line.strip()
    if stripped.isdigit() and 1 <= int(stripped) <= len(buttons):
        return buttons[int(stripped) - 1]["payload"]
    return line
