"""A regime said of someone else, in French, where the relative's words run longer than their usual reach or the
regime belongs to what the relative owns (nlu/situation_relatives.py asks these):

- "la voisine d'en face est à la CPU", "ma voisine dit qu'elle est à la CPU": being in a regime ("est à", "est au",
  "était sous") inside a relative's words carries them on to the regime, however far it stands;
- "mon ami m'a dit qu'il est auto-entrepreneur": a pronoun after "que" reports what the relative is;
- "la société de mon frère est au RNS", "l'atelier de mon oncle est à la CPU": the thing a relative owns is in the
  regime, and so is not the writer's.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlu.lexicon import Word

_BEING = frozenset({"est", "etait", "sont", "etaient"})
_PAYING = frozenset({"paie", "paye", "payait", "paient", "declare", "cotise", "verse", "tient"})
_IN_A_REGIME = frozenset({"a", "au", "aux", "en", "sous"})
# "est à la CPU", "est au régime de la contribution…": the regime stands at most this many words after "est".
REGIME_AFTER_BEING = 5
# "dit qu'elle", "m'a dit qu'il", "pense que lui": "que" reports what follows of the one who said it.
_THAT = frozenset({"qu", "que"})
_REPORTED_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "lui"})


def in_a_regime_at(words: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` begins being in a regime: "est à", "est au", "était sous"."""
    return words[i].form in _BEING and i + 1 < len(words) and words[i + 1].form in _IN_A_REGIME


def regime_reach(words: Sequence[Word], i: int) -> int:
    """The last word a relative's words reach when being in a regime begins at ``i`` (else ``i`` - 1)."""
    return i + REGIME_AFTER_BEING if in_a_regime_at(words, i) else i - 1


def reported_pronoun(words: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` is a third person's pronoun right after "que", followed by a verb ("qu'elle est", "qu'il
    paie"): what it says is the one reported."""
    return (
        i > 0
        and words[i].form in _REPORTED_PRONOUNS
        and words[i - 1].form in _THAT
        and i + 1 < len(words)
        and words[i + 1].form in _BEING | _PAYING
    )


def owned_in_a_regime(words: Sequence[Word], last: int) -> bool:
    """Whether what a relative owns is in a regime or pays it, right after the relative ending at word ``last``: "la
    société de mon frère est au RNS", "l'atelier de mon oncle paie la CPU"."""
    after = last + 1
    return after < len(words) and (in_a_regime_at(words, after) or words[after].form in _PAYING)
