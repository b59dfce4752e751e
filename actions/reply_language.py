"""Which language to answer in, turn after turn.

An explicit choice sticks. Otherwise the variety of the user's messages decides: the first
message that clearly shows one is answered in it at once (until then the phone's language
or a weak guess stands in); after that, hysteresis: a switch needs enough evidence, gathered
over one message or consecutive ones, so that "ok", "merci" or an emoji does not flip a
Darija conversation to French.
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
    # Whether the user's own words have shown a variety yet (not only the phone or a weak guess).
    heard: bool = False


def next_state(
    state: LanguageState,
    *,
    chosen: str | None = None,
    variety: str | None = None,
    strength: int = 0,
    platform_code: str | None = None,
    greeting: bool = False,
) -> LanguageState:
    """The language state after one user message (``greeting``: it only greets)."""
    if chosen in REPLY_LANGUAGES:
        return LanguageState(language=chosen, pinned=True)
    if state.pinned:
        return state
    detected = LANGUAGE_OF_VARIETY.get(variety or "")
    clear = detected is not None and strength > 0
    if state.language is None or (clear and not state.heard):
        # "Bonjour" then a question in Arabic: a greeting, often said in the language of the office, stands in
        # like the phone's language; the first message that says something decides.
        return LanguageState(language=detected or platform_language(platform_code), heard=clear and not greeting)
    if detected is None or detected == state.language:
        return replace(state, candidate=None, evidence=0, heard=state.heard or clear)
    evidence = strength + (state.evidence if state.candidate == detected else 0)
    if evidence >= SWITCH_EVIDENCE:
        return LanguageState(language=detected, heard=True)
    return replace(state, candidate=detected, evidence=evidence)
