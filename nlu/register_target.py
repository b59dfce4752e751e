"""Which register one joins: the CNSS (AMO enrolment) or the national register of crafts (RNA).

"pour m'inscrire à la cnss en tant qu'artisan il faut faire quoi" asks how to join the CNSS: "inscrire", "artisan" and
"il faut faire quoi" weigh towards rna_register_how, and the one word that names the CNSS is outweighed. The other way
round, the CNSS's own words ("immatriculation", "affiliation") said of the register ("affiliation au registre des
artisans, quelles étapes ?") weigh towards amo_enroll. The register named settles it, but only between the two that the
classifier itself ranked first: amo_enroll and a question or request about the RNA (how, who may, apply now). A message
that names both (the register opens the AMO) is left to the classifier.

Latin-script words only: French and Arabizi write "cnss", "amo" and "registre" alike; the Arabic-script words are many
and are left to the classifier.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise
from nlu.register_wish import swapped

AMO_ENROLL = "amo_enroll"
REGISTER_INTENTS = frozenset({"rna_register_how", "rna_apply", "rna_eligibility"})
# One word that names the CNSS or its health insurance (normalised lemmas): "la cnss", "l'amo", "lcnss".
CNSS_WORDS = frozenset(normalise(w) for w in ("cnss", "lcnss", "cnops", "amo", "lamo", "tns"))
# Two words that name it together: "caisse nationale de sécurité sociale", "assurance maladie", "couverture médicale".
CNSS_PHRASES = tuple(
    tuple(normalise(w) for w in phrase.split())
    for phrase in (
        "securite sociale", "assurance maladie", "assurance maladi", "couverture medicale", "couverture sanitaire",
        "couverture maladie",
    )
)
# The national register of crafts: "registre", "rna", "rna.gov.ma", Arabizi "sijil".
REGISTER_WORDS = frozenset(
    normalise(w) for w in ("registre", "registres", "lregistre", "rna", "lrna", "register", "sijil", "ssijil", "sjil")
)


def names_the_cnss(lemmas: Sequence[str]) -> bool:
    """Whether the message names the CNSS or its health insurance."""
    if any(lemma in CNSS_WORDS for lemma in lemmas):
        return True
    pairs = set(zip(lemmas, lemmas[1:], strict=False))
    return any(phrase in pairs for phrase in CNSS_PHRASES)


def names_the_register(lemmas: Sequence[str]) -> bool:
    """Whether the message names the national register of crafts."""
    return any(lemma in REGISTER_WORDS for lemma in lemmas)


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with amo_enroll first when only the CNSS is named, and the RNA intent first when only the register
    is named, when the two are the classifier's first two."""
    if len(ranking) < 2:
        return ranking
    top, runner_up = ranking[0]["name"], ranking[1]["name"]
    cnss, register = names_the_cnss(lemmas), names_the_register(lemmas)
    if top in REGISTER_INTENTS and runner_up == AMO_ENROLL and cnss and not register:
        return swapped(ranking)
    if top == AMO_ENROLL and runner_up in REGISTER_INTENTS and register and not cnss:
        return swapped(ranking)
    return ranking
