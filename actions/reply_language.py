"""Which language to answer in, turn after turn.

An explicit choice sticks. Otherwise the variety of the user's messages decides, with
hysteresis: a switch needs enough evidence, gathered over one message or consecutive
ones, so that "ok", "merci" or an emoji does not flip a Darija conversation to French.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from hirfa.languages import REPLY_LANGUAGES, platform_language

# Darija in Latin letters is answered in Darija (the catalogs write it in Arabic script).
LANGUAGE_OF_VARIETY = {"ar": "ar", "ary": "ary", "ary_Latn": "ary", "fr": "fr"}
SWITCH_EVIDENCE = 2


@dataclass(frozen=True)
class LanguageState:
    """The reply language and what is known towards changing it."""

    language: str | None = None
    pinned: bool = False
    candidate: str | None = None
    evidence: int = 0


def next_state(
    state: LanguageState,
    *,
    chosen: str | None = None,
    variety: str | None = None,
    strength: int = 0,
    platform_code: str | None = None,
) -> LanguageState:
    """The language state after one user message."""
    if chosen in REPLY_LANGUAGES:
        return LanguageState(language=chosen, pinned=True)
    if state.pinned:
        return state
    detected = LANGUAGE_OF_VARIETY.get(variety or "")
    if state.language is None:
        return LanguageState(language=detected or platform_language(platform_code))
    if detected is None or detected == state.language:
        return replace(state, candidate=None, evidence=0)
    evidence = strength + (state.evidence if state.candidate == detected else 0)
    if evidence >= SWITCH_EVIDENCE:
        return LanguageState(language=detected)
    return replace(state, candidate=detected, evidence=evidence)
