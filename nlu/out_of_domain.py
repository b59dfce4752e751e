"""Out-of-scope messages that borrow the domain's words: "une chambre à louer à Tanger", "بقرتي مريضة، واش
التأمين كيغطي البيطري؟", "chno lwra9 dyal visa?".

The classifier weighs "chambre", a city, "التأمين" or "lwra9" towards the chamber, AMO or documents, and sees the
hotel, the cow or the visa as one word among many. A word that no in-scope question uses (nlu/out_of_domain.yml)
settles it, but only when the classifier itself found the message close to out_of_scope (its runner-up, with a
fair share of the top confidence): a trade spoken of with such a word ("zrabi l les hôtels") stays in scope.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from hirfa.text import arabic_stems, normalise, says_any
from nlu.register_wish import ahead

WORDS_FILE = Path(__file__).with_name("out_of_domain.yml")
OUT_OF_SCOPE = "out_of_scope"
# Laughing, in any script, once stretched letters are folded ("hhhhh" is "h", "ههههه" is "ه"); not "ah" nor
# "ha" alone, which say yes and "here is" in Darija.
LAUGHTER = re.compile(r"^(?:h|hh|(?:ha){2,}h?|(?:he){2,}h?|(?:hi){2,}h?|ه|هه|(?:ها){2,}|(?:هع)+|x+d|(?:lo)+l|mdr|ptdr|😂|🤣|😆|😅)+$")
# out_of_scope must reach this share of the top intent's confidence (measured on the dev set).
MIN_SHARE = 0.2
# Below this confidence the classifier has no real choice ("inscrit à l'ANAPEC, ils m'ont rien trouvé" spreads over
# eligibility, apply and status): an out-of-domain word then settles it even when out_of_scope is not runner-up.
UNSURE = 0.3


class OutOfDomain:
    """Finds the out-of-domain words of a message and re-ranks its intents."""

    def __init__(self, path: Path = WORDS_FILE) -> None:
        listed = yaml.safe_load(path.read_text(encoding="utf-8"))
        self._words = frozenset(normalise(str(w)) for w in listed["words"])
        self._phrases = [tuple(normalise(w) for w in str(p).replace("'", " ").split()) for p in listed["phrases"]]

    def says_out_of_domain(self, lemmas: Sequence[str]) -> bool:
        """Whether the message's normalised words hold an out-of-domain word or phrase."""
        if says_any(lemmas, self._words):
            return True
        for phrase in self._phrases:
            n = len(phrase)
            for i in range(len(lemmas) - n + 1):
                window = list(lemmas[i : i + n])
                if window[1:] == list(phrase[1:]) and phrase[0] in arabic_stems(window[0]):
                    return True
        return False

    def rerank(self, lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The ranking with out_of_scope first when an out-of-domain word stands and out_of_scope is runner-up.

        A message of laughter alone asks nothing: out of scope, whatever the ranking (the character n-grams of
        "h" read as a request reference, those of "ه" as a yes).
        """
        if lemmas and all(laughs(lemma) for lemma in lemmas):
            return _first(OUT_OF_SCOPE, ranking)
        if len(ranking) < 2 or ranking[0]["name"] == OUT_OF_SCOPE:
            return ranking
        if ranking[1]["name"] != OUT_OF_SCOPE:
            if ranking[0]["confidence"] < UNSURE and self.says_out_of_domain(lemmas):
                return ahead(OUT_OF_SCOPE, ranking)
            return ranking
        if ranking[1]["confidence"] < MIN_SHARE * ranking[0]["confidence"] or not self.says_out_of_domain(lemmas):
            return ranking
        top, runner_up = ranking[0], ranking[1]
        # The two swap confidences too, so that the fallback threshold reads the same numbers.
        return [
            {"name": OUT_OF_SCOPE, "confidence": top["confidence"]},
            {"name": top["name"], "confidence": runner_up["confidence"]},
            *ranking[2:],
        ]


def laughs(lemma: str) -> bool:
    """Whether a normalised word is laughter ("h", "hahah", "ه", "mdr", "lol")."""
    return bool(LAUGHTER.match(lemma))


def _first(name: str, ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with ``name`` first at full confidence, the others after it at none."""
    others = [r for r in ranking if r["name"] != name]
    return [{"name": name, "confidence": 1.0}, *({**r, "confidence": 0.0} for r in others)]
