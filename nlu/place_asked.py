"""A place asked about that is not the chamber: the nearest office only when an office is what is sought.

The classifier reads "le plus proche", "horaires", "adresse", "où" and a city as find_office, whatever the place:
"le centre de formation le plus proche de Taza", "شي مدرسة ديال الصناعة التقليدية قريبة" ask for a training,
"horaires de la prière à Agadir", "horaires du train Casa Marrakech" ask for nothing of the artisans'. And a question
about doing the procedure *without* the office ("sans aller à la chambre", "je peux le faire sur le site ?") asks how
to register, not where the office is. When find_office leads and the message names no office (chamber,
directorate, delegation, branch), a school or training centre makes it training and a public place of another
errand (a station, a mosque, a bank, a hospital) makes it out of scope; with or without an office named, doing it
online or without going makes it the procedure (registration, or joining the CNSS when the message speaks of it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise, says_any
from nlu import joining_training, register_question
from nlu.register_wish import promoted

FIND_OFFICE = "find_office"
TRAINING, OUT_OF_SCOPE = "training", "out_of_scope"
REGISTER_HOW, AMO_ENROLL = "rna_register_how", "amo_enroll"
HANDOFF = "human_handoff"


def _words(*words: str) -> frozenset[str]:
    return frozenset(normalise(w) for w in words)


# The offices that register artisans: the chamber, the directorate or delegation of handicrafts, a branch.
# Not "office" alone: the OFPPT is the vocational-training office.
OFFICES = _words(
    "chambre", "chambres", "direction", "directions", "délégation", "delegation", "bureau", "bureaux", "antenne",
    "annexe", "guichet", "lbureau", "biro", "lbiro", "ghorfa", "lghorfa", "ghrfa", "lghrfa", "mandoubiya", "lmandoubiya", "modiriya",
    "lmodiriya", "غرفة", "الغرفة", "مديرية", "المديرية", "مندوبية", "المندوبية", "مكتب", "المكتب", "ملحقة",
    # Its seat, and "chambre" in Arabic letters ("أين مقرها؟", "الشمبر ديال الحرفيين").
    "مقر", "المقر", "مقرها", "مقره", "الشمبر", "شمبر", "لاشومبر", "لاشمبر",
)
# The address asked: where the office is ("l'adresse dyal chambre d'artisanat f tanja ?").
ADDRESS = _words("adresse", "adresses", "l'adresse", "ladresse", "عنوان", "العنوان", "l3onwan", "l3nwan", "3onwan")
# Where a trade is taught: a school, an institute, the OFPPT, or a training.
SCHOOLS = joining_training.SCHOOLS | _words("formation", "formations", "takwin", "ttakwin", "تكوين", "التكوين")
# Public places of other errands: a station, a train, a mosque or prayer, a bank branch, a hospital.
OTHER_PLACES = _words(
    "gare", "train", "trains", "tran", "ltran", "prière", "priere", "prières", "prieres", "mosquée", "mosquee",
    "salat", "jame3", "banque", "banques", "lbanka", "banka", "hôpital", "hopital", "clinique", "sbitar",
    "lmostachfa", "مسجد", "المسجد", "الصلاة", "صلاة", "المحطة", "محطة", "القطار", "الترين", "البنك", "بنك",
    "البانكة", "المستشفى", "مستشفى", "السبيطار", "سبيطار",
)
# How near or far a place is ("pas trop loin", "le plus proche", "قريب مني", "9rib liya").
NEARNESS = _words(
    "loin", "proche", "proches", "près", "pres", "قريب", "قريبة", "بعيد", "بعيدة", "الأقرب", "الاقرب", "9rib", "9riba", "b3id",
)
# Doing it from afar: online, on the site, on the internet, at a distance.
ONLINE = _words(
    "internet", "linternet", "lanternet", "online", "site", "lsite", "portail", "enligne",
    "انترنت", "الانترنت", "الأنترنيت", "الانترنيت", "أنترنيت", "انترنيت", "لانترنيت", "الموقع",
)
# "en ligne", "à distance", "عن بعد": pairs, since "ligne" is also a phone line, "distance" how far the office is and
# "بعد" also "after".
FROM_AFAR_PAIRS = frozenset(
    (normalise(a), normalise(b)) for a, b in (("en", "ligne"), ("à", "distance"), ("a", "distance"), ("عن", "بعد"))
)
# "sans aller", "sans me déplacer", "sans passer": going to the office left out.
WITHOUT = _words("sans")
GOING = _words("aller", "déplacer", "deplacer", "passer", "venir", "bouger", "déplacement", "deplacement")
# How far the verb may stand after "sans" ("sans me déplacer", "sans aller moi-même").
NEAR = 2
# "أعمل في الحلي منذ 2012، أين أجد مكتب التسجيل؟": years or a diploma said first, and the register words of the office's
# name, put registering first; an office sought a few words after a word of where (OFFICE_REACH) is the office's
# question when find_office was among the first OFFICE_RANKS.
REGISTERING = frozenset({"rna_eligibility", "rna_apply", "rna_register_how"})
# "où" folds to "ou" (or): it asks where only before a verb or a subject ("où est", "où se trouve", "où je dois").
FRENCH_WHERE, WHERE_FOLLOWERS = "ou", _words("est", "se", "sont", "trouver", "aller", "je", "puis", "peut", "on", "il", "ce")
WHERE_WORDS = register_question.WHERE_WORDS - {FRENCH_WHERE}
OFFICE_REACH, OFFICE_RANKS = 5, 3
# The CNSS's own procedure, when the message speaks of it.
CNSS_WORDS = _words("cnss", "amo", "macnss", "cotisation", "الضمان")


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with the place's own topic first when find_office leads but no office is sought, and find_office
    first when an office is sought after a story that put registering first."""
    names = [r["name"] for r in ranking]
    if names and names[0] in REGISTERING and FIND_OFFICE in names[:OFFICE_RANKS] and office_sought(lemmas):
        return promoted(ranking, names.index(FIND_OFFICE))
    # "y a un bureau pas trop loin de mon quartier ?": an office near the writer is a place, not a person to talk to.
    if names[:2] == [HANDOFF, FIND_OFFICE] and says_any(lemmas, OFFICES) and says_any(lemmas, NEARNESS):
        return promoted(ranking, 1)
    if not names or names[0] != FIND_OFFICE:
        return ranking
    if from_afar(lemmas):
        target = AMO_ENROLL if says_any(lemmas, CNSS_WORDS) else REGISTER_HOW
    elif says_any(lemmas, OFFICES):
        return ranking
    elif says_any(lemmas, SCHOOLS):
        target = TRAINING
    elif says_any(lemmas, OTHER_PLACES):
        target = OUT_OF_SCOPE
    else:
        return ranking
    return promoted(ranking, names.index(target)) if target in names else ranking


def office_sought(lemmas: Sequence[str]) -> bool:
    """Whether a word of where asks for an office a few words on ("أين يمكنني أن أجد مكتب التسجيل", "fin kayn lbureau",
    "où est la chambre"), and the procedure is not to be done from afar."""
    return not from_afar(lemmas) and any(
        _asks_where(lemmas, i) and says_any(lemmas[i + 1 : i + 1 + OFFICE_REACH], OFFICES) for i in range(len(lemmas))
    )


def _asks_where(lemmas: Sequence[str], i: int) -> bool:
    if says_any([lemmas[i]], ADDRESS):
        return True
    if lemmas[i] == FRENCH_WHERE:
        return i + 1 < len(lemmas) and lemmas[i + 1] in WHERE_FOLLOWERS
    return lemmas[i] in WHERE_WORDS


def from_afar(lemmas: Sequence[str]) -> bool:
    """Whether the message speaks of doing the procedure online or without going to the office."""
    if says_any(lemmas, ONLINE) or FROM_AFAR_PAIRS & set(zip(lemmas, lemmas[1:], strict=False)):
        return True
    return any(
        lemma in WITHOUT and any(after in GOING for after in lemmas[i + 1 : i + 1 + NEAR])
        for i, lemma in enumerate(lemmas)
    )
