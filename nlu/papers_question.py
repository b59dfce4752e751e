"""A story, then the papers asked for at the end: the documents, not eligibility nor the request.

"انا خدام فالدباغة هادي 30 عام … وعاد دابا قررت نتسجل، شنو الأوراق؟", "… bghit ndkhl l sijil, ach mn kwaghet?": the
story's years, trade and wish to register outweigh the two words of the question, and eligibility or the request
comes first with the documents second, or third behind another of them; a diploma or a course told ("حصلت على دبلوم
… من مركز التكوين، ما هي الوثائق اللازمة؟") pulls towards training the same way. The question a message ends with
is what it asks: when its last clause (after the last comma or full stop; the last words when there is none, as in
dictation) names the papers, or asks what to bring ("que faut-il apporter ?", "quelles pièces"), with no "without" or
"not" in it ("wach n9der ntsjel bla lwra9?", "g pa de papier de formation" ask eligibility), the documents go first. So they do
when the message opens by naming them and the story after asks nothing ("الوثائق ديال التسجيل عافاك. انا كننقش الحجر
فالخميسات، ماعنديش ديبلوم…").
"""

from __future__ import annotations

import re
from typing import Any

from hirfa.question_words import QUESTION_WORDS, WHAT_WORDS, WHERE_WORDS
from hirfa.text import normalise, says_any
from hirfa.words import word_spans
from nlu.on_behalf import NAME_OF
from nlu.register_wish import NEED_WORDS, promoted
from nlu.situation_clauses import SENTENCE_END

DOCUMENTS = "rna_documents"
# What a story's weight pulls a papers question towards.
STORY_INTENTS = frozenset({"rna_eligibility", "rna_apply", "rna_register_how", "training"})
# The story can split its pull between two of them ("… bghit ntsjel f sijil, chno lwra9?": eligibility, then the
# request, then the documents).
STORY_DEPTH = 3
# What ends a clause; the question mark too, since "الأوراق؟ بغيت نعرف" may follow a clause with the question.
CLAUSE_END = re.compile(r"[,،.;؛!?؟\n]+")
ASKED = re.compile(r"[?؟]")
# The papers said to be the writer's ("الأوراق ديالي واجدين، بغيت نتسجل دابا", "3ndi lwra9 kamlin"): told, not asked.
MINE = frozenset(normalise(w) for w in ("ديالي", "dyali", "diali", "عندي", "3ndi", "لدي", "mes", "mon", "ai"))
# What asks, in a clause after the papers: not "ما", which negates too ("ما عنديش"), nor "ou", the French "or".
LATER_ASKING = QUESTION_WORDS - {normalise("ما"), "ou"}
# A last clause longer than this is read by its last words only ("… بغيت نتسجل شنو الأوراق" spoken in one breath).
LONG_CLAUSE = 8
LAST_WORDS = 4
# The papers (normalised; Arabic words also with a glued article).
PAPERS = frozenset(
    normalise(w)
    for w in (
        "أوراق", "الأوراق", "وراق", "الوراق", "كواغط", "الكواغط", "كواغد", "الكواغد", "وثائق", "الوثائق", "مستندات",
        "المستندات", "lwra9", "wra9", "lawra9", "lwraq", "lkwaghet", "kwaghet", "lkwaghed", "kwaghed", "lkwaghd",
        "kwaghd", "lwata2i9", "wata2i9", "documents", "papiers", "papier", "papiés", "docs", "pièces", "pieces",
        # The singular, said for all of them ("اش خاص من كاغط باش نتسجل؟").
        "كاغط", "الكاغط", "كاغيط", "الكاغيط", "lkaghet", "kaghet", "lkaghed", "kaghed",
    )
)
# "ولا كاين شي ورقة اخرى": another paper besides those named; the singular alone is also a certificate ("ورقة المعلم")
# or a paper one lacks ("ما عندي حتى ورقة").
A_PAPER = frozenset(normalise(w) for w in ("ورقة", "ورقه", "wr9a", "wer9a", "wara9a", "papier", "document", "pièce", "piece"))
ANOTHER = frozenset(normalise(w) for w in ("اخرى", "أخرى", "خرى", "okhra", "khra", "autre"))
# "هل تكفي نسخة منه مع البطاقة الوطنية؟", "la copie suffit ?": whether a copy or the identity card is enough asks which
# papers; a diploma alone said enough ("واش الديبلوم كافي؟") asks whether one qualifies.
ENOUGH = frozenset(
    normalise(w)
    for w in ("تكفي", "يكفي", "كافية", "كافي", "كافيين", "kafya", "kafia", "kafi", "kafiya", "suffit", "suffisant", "suffisante", "suffisent")
)
COPIES = frozenset(
    normalise(w) for w in ("نسخة", "نسخه", "النسخة", "كوبي", "لاكوبي", "copie", "copies", "photocopie", "الفوطوكوبي", "فوطوكوبي")
)
# "What must I bring / prepare": a verb of bringing counts only next to a "what".
WHAT = WHAT_WORDS | frozenset(normalise(w) for w in ("اش", "أش", "آش", "ach", "ash", "que", "quoi", "ماذا", "ما"))
BRING = frozenset(
    normalise(w)
    for w in (
        "نجيب", "نوجد", "نحضر", "njib", "nwjed", "nwajed", "n7ader", "n7dder", "nhezz", "نهز",
        # Asked for another ("شنو خاصها تجيب"), or gathered ("شنو نجمع").
        "تجيب", "يجيب", "تحضر", "يحضر", "نجمع", "تجمع", "tjib", "yjib", "njme3",
        "apporter", "fournir", "rassembler", "ramener", "préparer", "أحضر", "أقدم", "أجلب",
    )
)
# "Without" and "have not": the papers named as missing ask whether one may register without them.
WITHOUT = frozenset(
    normalise(w)
    for w in (
        "بلا", "بدون", "دون", "bla", "sans", "ماعنديش", "ماعندي", "ma3ndich", "ma3ndi", "makaynch", "عنديش", "3ndich",
        # "g pa de papier de formation", "je n'ai aucun papier".
        "pas", "pa", "aucun", "aucune",
    )
)

# A paper that is no diploma, said needed ("واش خاصني لاطيسطاسيون ديال الخدمة باش نتسجل", "il faut fournir
# l'attestation de la CPU ?", "خاصك شهادة المزاولة"): which papers, not whether one qualifies. A diploma needed stays
# eligibility's question (DOMAIN.md §1 names it among who may register). The paper stands at most NEED_REACH words
# after the need, with no "without" between.
NEED = NEED_WORDS | frozenset(normalise(w) for w in ("demande", "demandent"))
NEED_REACH = 4
PAPERS_OF_PROOF = frozenset(
    normalise(w)
    for w in (
        "attestation", "attestations", "لاطيسطاسيون", "لاطيستاسيون", "لاتيستاسيون", "لاطستاسيون", "latestation", "cin",
    )
)
# Said required, after the paper ("l'attestation est obligatoire ?", "لاطيسطاسيون واجبة؟").
REQUIRED = frozenset(
    normalise(w)
    for w in ("obligatoire", "obligatoires", "exigée", "exigee", "exigé", "exige", "nécessaire", "necessaire", "واجبة", "ضرورية", "لازمة", "darouria", "daroriya")
)
# "attestation d'exercice c'est obligatoire": at most this many words from the paper to "required".
REQUIRED_REACH = 6
# Where, asked of a paper ("من أين أحصل عليها", "fin nkhrejha"); the French "où" only with its accent ("ou" is "or").
WHERE = WHERE_WORDS - {"ou"}
_OU_ACCENTED = re.compile(r"(?:^|\W)où(?:\W|$)", re.IGNORECASE)
# Handing a paper in ("Je donne le diplôme ou une attestation de pratique ?", "نقدم الديبلوم ولا الشهادة؟").
HAND_IN = frozenset(
    normalise(w) for w in ("donne", "donner", "fournis", "dépose", "depose", "déposer", "deposer", "نعطي", "نقدم", "نديبوزي", "n3ti", "ndeposi")
)
OR = frozenset(normalise(w) for w in ("ou", "wla", "ola", "ولا", "أم", "ام", "أو", "او"))
# Two words that name one paper: a certificate of work or experience, the national identity card.
PAPER_NAMES = frozenset(
    (normalise(first), normalise(second))
    for firsts, seconds in (
        (("شهادة", "الشهادة", "chahada", "chahadat"), ("المزاولة", "مزاولة", "العمل", "الخدمة", "الخبرة", "lkhedma")),
        (("البطاقة", "الكارط", "لاكارط", "الكارطة", "carte", "lakarte"), ("الوطنية", "ناسيونال", "nationale", "national")),
    )
    for first in firsts
    for second in seconds
)


def _words(text: str) -> list[str]:
    """The normalised words of ``text``."""
    return [normalise(text[start:end]) for start, end in word_spans(text)]


def asks_for_a_paper_needed(text: str) -> bool:
    """Whether the message asks if a paper that is no diploma is needed (an attestation, the CIN, a certificate of
    work), naming it a few words after a word of need, or before one ("attestation d'exercice c'est obligatoire ?"),
    with no "without" between."""
    words = _words(text)
    for i, word in enumerate(words):
        if not says_any([word], NEED | REQUIRED):
            continue
        if says_any([word], REQUIRED) and _paper_before(words, i):
            return True
        for j in range(i + 1, min(len(words), i + 1 + NEED_REACH)):
            if says_any([words[j]], WITHOUT):
                break
            if says_any([words[j]], PAPERS_OF_PROOF) or _names_a_paper(words, j):
                return True
    return False


def asks_which_paper(text: str) -> bool:
    """Whether the last clause asks which of two papers to hand in ("Je donne le diplôme ou une attestation ?")."""
    last = _whole_last_clause(text)
    return says_any(last, BRING | HAND_IN) and says_any(last, PAPERS_OF_PROOF) and says_any(last, OR)


def asks_where_to_get_a_paper(text: str) -> bool:
    """Whether a sentence names a paper that is no diploma and asks where ("L'attestation d'exercice, je la demande
    où ?", "شهادة المزاولة من أين أحصل عليها")."""
    for sentence in SENTENCE_END.split(text):
        words = _words(sentence)
        paper = says_any(words, PAPERS_OF_PROOF) or any(_names_a_paper(words, j) for j in range(len(words)))
        if paper and (says_any(words, WHERE) or _OU_ACCENTED.search(sentence)):
            return True
    return False


def _paper_before(words: list[str], i: int) -> bool:
    """Whether a paper that is no diploma stands a few words before ``words[i]``, no "without" between."""
    before = words[max(0, i - REQUIRED_REACH) : i]
    return not says_any(before, WITHOUT) and says_any(before, PAPERS_OF_PROOF)


def _names_a_paper(words: list[str], j: int) -> bool:
    """Whether two words from ``j`` name one paper, "of" between them or not ("شهادة المزاولة", "الشهادة ديال العمل")."""
    second = j + 2 if j + 2 < len(words) and words[j + 1] in NAME_OF else j + 1
    return second < len(words) and (words[j], words[second]) in PAPER_NAMES


def _whole_last_clause(text: str) -> list[str]:
    """The normalised words of the message's last clause."""
    clauses = [c for c in CLAUSE_END.split(text) if c.strip()]
    return _words(clauses[-1]) if clauses else []


def last_clause(text: str) -> list[str]:
    """The normalised words of the message's last clause (its last words when the clause is long)."""
    words = _whole_last_clause(text)
    return words[-LAST_WORDS:] if len(words) > LONG_CLAUSE else words


def asks_for_papers_at_the_end(text: str) -> bool:
    """Whether the message's last clause asks for the papers (or what to bring), with no "without" in it; or the last
    clause asked, when a statement follows the last question mark ("diplome bijouterie + cin ca suffit ? je suis au
    forfait (cpu)")."""
    asked = max(text.rfind("?"), text.rfind("؟"))
    told_after = asked > 0 and text[asked + 1 :].strip() and text[:asked].strip()
    return _asks_for_papers(last_clause(text)) or bool(told_after) and _asks_for_papers(last_clause(text[:asked]))


def _asks_for_papers(last: list[str]) -> bool:
    """Whether a clause's words ask for the papers (or what to bring), with no "without" in them."""
    if says_any(last, WITHOUT):
        return False
    # A word of what exactly as it is: "اش" read inside "واش" (whether) would make "واش نقدر نجيب شهادة" (whether I can
    # get a certificate) ask what to bring.
    copy_enough = says_any(last, ENOUGH) and (
        says_any(last, COPIES | PAPERS_OF_PROOF) or any(_names_a_paper(last, j) for j in range(len(last)))
    )
    another = any(word in A_PAPER and j + 1 < len(last) and last[j + 1] in ANOTHER for j, word in enumerate(last))
    return (
        says_any(last, PAPERS)
        or copy_enough
        or another
        or (any(word in WHAT for word in last) and says_any(last, BRING))
    )


def asks_for_papers_first(text: str) -> bool:
    """Whether the message opens by naming the papers (among its first words, not said missing nor the writer's) and
    no clause after the first asks anything ("الوثائق ديال التسجيل عافاك. انا كننقش الحجر…", "les papiers pour
    l'inscription stp, je suis forgeron a Settat")."""
    clauses = [c for c in re.split(r"(?<=[,،.;؛!?؟\n])", text) if c.strip()]
    if not clauses:
        return False
    opening = _words(clauses[0])[:LAST_WORDS]
    if not says_any(opening, PAPERS) or says_any(opening, WITHOUT | MINE):
        return False
    later = [word for clause in clauses[1:] for word in _words(clause)]
    return not ASKED.search("".join(clauses[1:])) and not says_any(later, LATER_ASKING)


def rerank(text: str, ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with the documents first when only a story's pull ranks above them and the end asks for papers, or
    the message opens with them and asks nothing after."""
    names = [r["name"] for r in ranking[:STORY_DEPTH]]
    if DOCUMENTS not in names[1:]:
        return ranking
    index = names.index(DOCUMENTS)
    if all(name in STORY_INTENTS for name in names[:index]) and (
        asks_for_papers_at_the_end(text)
        or asks_for_papers_first(text)
        or asks_for_a_paper_needed(text)
        or asks_which_paper(text)
        or asks_where_to_get_a_paper(text)
    ):
        return promoted(ranking, index)
    return ranking
