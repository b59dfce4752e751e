"""The wish to register now, then a word about oneself: the request, not the question of who may register.

"bghit ntsjel, 3ndi 12 3am f zzlij" asks nothing: it wants the request form. The years or the missing diploma
that follow weigh towards rna_eligibility in the classifier, which learned them from questions ("wach n9der
ntsjel bla diplome?"). A message that opens with a wish to register (nlu/situation_cues.yml: wish, register)
and holds no question word goes to rna_apply when the classifier ranked it just behind rna_eligibility.

The other way round, "je suis menuisier à Oujda, je peux m'inscrire ?" asks whether one may: the trade and the
city weigh towards rna_apply, whose examples state them before the request ("je suis potier à Fès, inscrivez-moi").
A message asking whether one may register, with no wish and nothing about doing it now or here, goes to
rna_eligibility when the classifier ranked it just behind rna_apply.

Asking whether a diploma is required ("faut-il obligatoirement un diplôme pour s'inscrire ?", "le diplôme est exigé
pour le registre ?") asks who may register, not how: the register words weigh towards rna_register_how, and the two
come out nearly tied. A requirement word with a diploma word puts rna_eligibility first when it is runner-up to
rna_register_how.

Asking in a few words whether one may register without a diploma ("bla diplome n9der?", "بلا شهادة نقدر؟") asks who
may register: "diploma" weighs towards training, whose examples get one, and the few other words do not outweigh it.
A word of asking whether one may, with a diploma said missing or the register named, and no word of learning, puts
rna_eligibility first when it is runner-up to training ("wach n9der nt3llem bla diplome?" stays training, and so does
"je peux m'inscrire à une formation ?": a training word after the register word is what one registers for).

Asking whether one may register *here* ("je peux m'inscrire ici avec vous ?", "wach n9der ntsjel hna?", "هل يمكنني
التسجيل هنا؟") asks for the request, which the chat files: the words of asking whether one may weigh towards
rna_eligibility. A word of here or of the chat right after the register word (HERE_REACH words) puts rna_apply first
when it is runner-up to rna_eligibility. Not a word of now: after a story about oneself, "je peux m'inscrire
maintenant ?", "wach n9der ntsjel daba?", "هل يمكنني التسجيل الآن؟" ask whether one qualifies yet (dev situation
pairs of ar_fresh22 and ary_Latn_fresh).

A request for information ("Objet : demande de renseignements sur l'inscription", "demande d'informations concernant
le registre") asks how to register: "demande" and "inscription" together weigh towards rna_apply, whose examples file
an application ("ma demande d'inscription"). A "demande" followed by a word of information puts rna_register_how first
when it is runner-up to rna_apply.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from hirfa.question_words import FRENCH_HOW, QUESTION_WORDS, WHAT_WORDS, WHERE_WORDS
from hirfa.text import arabic_stems, normalise
from hirfa.words import word_spans
from nlu import on_behalf
from nlu.darija_verbs import PRESENT_AFTER_MA
from nlu.paper_words import ARABIC_AND_ARABIZI_CERTIFICATES
from nlu.situation import load_cues
from nlu.situation_clauses import SENTENCE_END
from nlu.situation_extractor import TOPIC_CONFIDENCE

APPLY, ELIGIBILITY, HOW, TRAINING, STATUS = "rna_apply", "rna_eligibility", "rna_register_how", "training", "rna_status"
DOCUMENTS = "rna_documents"
# A wish word stands at most this many words before the register word ("أرغب في التسجيل", "je veux faire mon
# inscription").
WISH_REACH = 3
ELIDED_ARTICLES = frozenset({"l", "d"})
# A wish to register puts rna_apply first from this rank at most.
WISH_RANKS = 3
# What one registers for stands this many words after the register word at most ("m'inscrire à une formation").
LEARNING_REACH = 3
# A message with a question word, or one that asks whether one may ("n9der", "possible", "droit"), asks whether
# one may register, or how (the classifier decides).
ASKING_WORDS = QUESTION_WORDS | frozenset(
    normalise(w)
    for w in (
        "est", "peux", "peut", "puis", "pourrais", "possible", "n9der", "n9dar", "nqder", "ymken", "ymkn", "imken",
        "نقدر", "يمكن", "يمكنني", "أستطيع", "استطيع", "يحق", "kifash", "achno", "اشنو", "quoi", "droit", "l7e9",
        "الحق", "chrout", "شروط", "conditions", "khass", "خاص", "faut", "منين", "mnin", "mnine",
    )
)

# Asking whether one may, a few words before the register word: "je peux m'inscrire", "puis-je m'inscrire",
# "c'est bon pour l'inscription", "wach n9der ntsjel", "هل يحق لي التسجيل".
MAY_WORDS = frozenset(
    normalise(w)
    for w in (
        "peux", "peut", "puis", "pourrais", "pourrait", "possible", "droit", "bon", "accepte", "acceptee", "admis",
        "admissible", "n9der", "n9dar", "nqder", "ymken", "ymkn", "نقدر", "يمكن", "يمكنني", "يحق", "أستطيع", "استطيع",
    )
)
# Doing it now or here is the request: "on peut faire l'inscription ici maintenant ?", "n9der ntsjel daba?".
NOW_WORDS = frozenset(
    normalise(w)
    for w in (
        "maintenant", "ici", "direct", "directement", "immédiatement", "daba", "db", "hna", "دابا", "هنا", "الآن",
        "الان", "توا",
    )
)
# Here, or with you in this chat, standing at most HERE_REACH words after the register word ("m'inscrire ici",
# "ntsjel hna m3akom", "التسجيل هنا", "نتسجل معاكم"); not "avec", which also brings a diploma ("m'inscrire avec mon
# diplôme").
HERE_WORDS = frozenset(
    normalise(w)
    for w in (
        "ici", "hna", "hnaya", "هنا", "هنايا", "m3ak", "m3akom", "m3akum", "معاك", "معاكم", "chat", "conversation",
        "المحادثة", "الشات", "شات", "tchat",
    )
)
HERE_REACH = 2

# Saying something is required, and the diploma it would be (normalised: no accents).
REQUIRED_WORDS = frozenset(
    normalise(w)
    for w in (
        "faut", "obligatoire", "obligatoirement", "obligé", "oblige", "obligée", "exigé", "exige", "exigée", "nécessaire",
        "necessaire", "indispensable", "doit", "dois", "besoin", "requis",
    )
)
# The same in Darija and Arabic, a pronoun glued on or not ("خاصني", "خاصها", "khassni", "يلزم").
NEED_WORDS = REQUIRED_WORDS | frozenset(
    normalise(w)
    for w in (
        "خاص", "خاصني", "خاصك", "خاصة", "خاصو", "خاصها", "خص", "خصني", "يجب", "يلزم", "لازم", "ضروري", "khass", "khassni",
        "khasni", "khassek", "khask", "lazem",
    )
)
DIPLOMA_WORDS = frozenset(normalise(w) for w in ("diplôme", "diplome", "diplômes", "diplomes", "diplom", "diplôm"))
# A diploma in any script, and saying one is without it (normalised; Arabic words also with a glued article).
ANY_DIPLOMA_WORDS = (
    DIPLOMA_WORDS
    | ARABIC_AND_ARABIZI_CERTIFICATES
    | frozenset(normalise(w) for w in ("ldiplome", "ديبلوم", "دبلوم", "ديبلوما", "دبلوما"))
)
WITHOUT_WORDS = frozenset(
    normalise(w)
    for w in (
        "sans", "pas", "aucun", "bla", "bila", "bidoun", "bdoun", "ma3ndich", "ma3andich", "m3ndich", "ma3ndiche",
        "بلا", "بدون", "دون", "ماعنديش", "عنديش", "معنديش", "عنديهش", "ماعنديهش",
    )
)
# Asking whether one (or a relative) may, beyond MAY_WORDS: "t9der", "y9der", "ممكن", "يقبلوني", "y9blouni".
MAY_ALSO_WORDS = MAY_WORDS | frozenset(
    normalise(w)
    for w in (
        "t9der", "tqder", "y9der", "yqder", "mumkin", "momkin", "mumkine", "تقدر", "يقدر", "ممكن", "يمكنه", "يمكنها",
        "y9blouni", "y9bloni", "يقبلوني", "يقبلونني", "accepter", "accepté", "acceptée", "passe",
    )
)
# Learning, in any script: a message that speaks of it asks about training.
LEARNING_VERBS = frozenset(
    normalise(w)
    for w in (
        "apprendre", "apprends", "former", "nt3lem", "nt3llem", "nt3alem", "t3lem", "t3llem", "نتعلم", "أتعلم", "اتعلم",
        "تعلم", "يتعلم", "نتكون", "أتكون", "اتكون", "ntkwen", "ntkowen", "n9ra", "nqra", "نقرا", "نقرى",
        # Getting the diploma itself is training too ("je peux avoir un diplôme sans formation ?").
        "avoir", "obtenir", "nakhod", "nakhd", "njib", "ناخد", "ناخذ", "نجيب", "نحصل", "أحصل", "احصل",
    )
)
# Let's, said to start the registration now ("يالاه نسجلو دروك", "yallah nbdaw tsjil daba", "ncommenciw l'inscription"):
# a wish to register, as "bghit" is.
LETS = frozenset(
    normalise(w)
    for w in (
        "yallah", "yalah", "yala", "يالاه", "يلاه", "يالله", "يلا", "allez", "allons", "nbdaw", "nbdao",
        "nebdaw", "نبداو", "نبدأو", "ncommenciw", "ncommensiw", "commençons", "commencons",
        # Start it, said to the assistant ("ابدا معايا التسجيل", "ابدؤوا طلب التسجيل لأختي").
        "ابدا", "ابدأ", "إبدا", "إبدأ", "ebda", "ibda", "ابدؤوا", "ابدأوا", "ابدءوا", "إبدؤوا",
        # Go on ("go pour l'inscription", "vasy ntsjel", "هيا نبدا التسجيل").
        "go", "vasy", "vazy", "هيا", "hya",
    )
)
# Another's wish to register, told by the one who fills the form in ("il veut s'inscrire au rna maintenant… je remplis
# pour lui", "ماما بغات تتسجل").
THEIR_WISH = frozenset(
    normalise(w) for w in ("veut", "veulent", "bgha", "bghat", "بغا", "بغات", "يريد", "تريد", "يرغب", "ترغب")
)
# Asking it in a letter: "Je soussigné…, demande à être inscrit au registre national", "sollicite mon inscription".
LETTER_WISH = frozenset({"demande", "sollicite", "solliciter"})
# Start it, in French, then what is started a few words after ("commence mon dossier stp", "commencer inscription rna",
# "ouvrez-moi une demande", "lancez mon dossier RNA"); "je m'inscris", told with no question, is the request too.
START_WORDS = frozenset(
    normalise(w)
    for w in (
        "commence", "commences", "commencez", "commencer", "ouvre", "ouvrez", "ouvrir", "lance", "lancez", "lancer",
        "démarre", "démarrez", "démarrer",
    )
)
# Handing the file in, wished ("je veux déposer mon dossier ce soir"): "je peux déposer le dossier avec mon passeport ?"
# asks what it takes, and "déposé" is a file handed in already.
HAND_IN = frozenset({normalise("déposer")})
HAND_IN_WISHED = frozenset(normalise(w) for w in ("veux", "voudrais", "souhaite", "aimerais", "vais"))
HAND_IN_REACH = 2
STARTED = frozenset({"dossier", "inscription", "demande", "enregistrement"})
# "بدا" and "bda" are also "he started": said to the assistant only with "with me" right after ("بدا معايا التسجيل",
# "abda m3aya ttsjil").
START = frozenset(normalise(w) for w in ("بدا", "bda", "beda", "abda"))
WITH_ME = frozenset(normalise(w) for w in ("معايا", "معي", "m3aya", "m3ya"))
# Register me, asked of the assistant: the request itself ("سجلني عافاك", "inscrivez au RNA"); "inscrivez-moi" is two
# words once the hyphen is gone (_REGISTER_IMPERATIVES).
REGISTER_ME = frozenset(
    normalise(w)
    for w in (
        "سجلني", "سجليني", "سجلوني", "قيدني", "sajjelni", "sjjelni", "sejjelni", "sjelni", "sajelni", "sajlni",
        "sjlni", "sejjlni", "inscrivez",
        # "Put me in the register" ("دخلني للسجل الله يخليك").
        "دخلني", "دخلوني", "dakhlni", "dkhlni", "dekhlni",
    )
)
# Entering oneself in it, the South's way ("ابغيت نقيد راسي فالسجل دابا"): registering for a wish, but no cue of the
# situation reader, where "راسي" after a verb of registering would say "as a person, not the group".
ENTER_ONESELF = frozenset(normalise(w) for w in ("نقيد", "نقيدو", "n9ayed", "n9ayyed", "n9eyed"))
# Another registering, after their wish ("جارتي… بغات تسجل دابا"): the bare present of "register", no cue of the
# situation reader, where it may also be "you register" something.
THEY_REGISTER = frozenset(normalise(w) for w in ("تسجل", "يسجل", "tsjel", "tsajjel", "ysjel", "ysajjel"))
# The register itself: "ydkhol l sijil", "يقبلوها فالسجل", "inscrit au registre".
REGISTER_NOUNS = frozenset(normalise(w) for w in ("sijil", "ssijil", "sjil", "registre", "rna", "lrna", "سجل", "السجل"))
# What one registers for when it follows the register word ("m'inscrire à une formation", "ntsjel f takwin"); with
# no register word, what one asks about ("sans diplôme je peux faire une formation ?").
LEARNING_NOUNS = frozenset(
    normalise(w)
    for w in ("formation", "stage", "apprentissage", "cours", "takwin", "tkwin", "تكوين", "التكوين", "دورة", "ecole")
)


# Words of information after "demande" (normalised): "demande d'informations", "demande de renseignements".
INFORMATION_WORDS = frozenset(
    normalise(w)
    for w in (
        "information", "informations", "info", "infos", "renseignement", "renseignements", "précision", "précisions",
        "explication", "explications", "éclaircissement", "éclaircissements",
    )
)
# "demande" stands at most this many words before the information word ("demande d' informations").
INFORMATION_REACH = 2


def asks_for_information(lemmas: Sequence[str]) -> bool:
    """Whether the message is a "demande" of information ("demande de renseignements", "demande d'infos")."""
    return any(
        lemma in INFORMATION_WORDS and "demande" in lemmas[max(0, i - INFORMATION_REACH) : i]
        for i, lemma in enumerate(lemmas)
    )


def asks_whether_a_diploma_is_required(text: str) -> bool:
    """Whether one sentence of the message says "required" and "diploma" ("c'est obligé le diplôme ?", "faut-il un
    diplôme"): in "il a pas de diplome. Comment il doit s'y prendre ?" what one must do is how."""
    for sentence in SENTENCE_END.split(text):
        words = [normalise(sentence[start:end]) for start, end in word_spans(sentence)]
        if any(w in REQUIRED_WORDS for w in words) and any(w in DIPLOMA_WORDS for w in words):
            return True
    return False


def asks_to_be_registered(lemmas: Sequence[str]) -> bool:
    """Whether the writer asks the assistant to register them: "سجلني", "tu peux m'inscrire ?", "vous pouvez m'inscrire
    au RNA ?" (you, a word of may, then "me" and the verb). Not "واش تقدر تسجلني؟": the chamber may be the one asked of
    ("واش الغرفة تقدر تسجلني بلا ديبلوم؟" asks whether one may)."""
    if any(stem in REGISTER_ME for lemma in lemmas for stem in arabic_stems(lemma)):
        return True
    # "inscris-moi", "inscris moi stp": the imperative and "me" are two words once the hyphen is gone; so are
    # Darija's "register for me" ("عافاك سجل ليا عمي", "sjel lia"), where the bare "سجل" alone is also "register".
    if any(
        verb in _REGISTER_IMPERATIVES and me == "moi" or verb in _DARIJA_REGISTER and (me in _FOR_ME or me in on_behalf.tie_words(_KIN_TIES))
        for verb, me in pairwise(lemmas)
    ):
        return True
    # "fais-moi l'inscription", "faites moi mon inscription stp": do it for me, the registering right after.
    if any(
        do in _DO_IT and me == "moi" and any(w.startswith(FRENCH_REGISTERING) for w in lemmas[i + 2 : i + 2 + DO_IT_REACH])
        for i, (do, me) in enumerate(pairwise(lemmas))
    ):
        return True
    return any(
        you in ("tu", "vous") and may in _YOU_MAY and me == "m" and verb.startswith(FRENCH_REGISTERING)
        for you, may, me, verb in zip(lemmas, lemmas[1:], lemmas[2:], lemmas[3:], strict=False)
    )


_REGISTER_IMPERATIVES = frozenset({"inscris", "inscri", "inscrivez", "enregistre", "enregistrez"})
_DARIJA_REGISTER = frozenset({"سجل", "sjel", "sjjel", "sajjel", "sejjel", "sajel"})
_FOR_ME = frozenset({"ليا", "لي", "lia", "liya", "lya"})
# "سجل أبي من فضلك": register my relative, the one the writer files for (nlu/on_behalf_cues.yml's ties).
_KIN_TIES = ("parent", "child", "sibling", "spouse")
_DO_IT = frozenset({"fais", "faites"})
# French registering, verb or noun, by its stem ("inscris", "s'inscrire", "inscription", "enregistrer").
FRENCH_REGISTERING = ("inscri", "enregistr", "minscri", "menregistr")
# The registering stands this many words after "fais-moi" at most (an article or "mon" between).
DO_IT_REACH = 2
# "you can", asked of the assistant ("tu peux", "vous pouvez", "vous pourriez").
_YOU_MAY = frozenset({"peux", "pouvez", "pourriez", "pourrais"})


# Not knowing, in Darija: a "whether" right after it tells a doubt, it asks nothing ("ما عرفتش واش عندي السي بي يو ولا
# لا، ولكن بغيت نسجل راسي دابا").
NOT_KNOWING = frozenset(
    normalise(w)
    for w in (
        "عرفتش", "ماعرفتش", "معرفتش", "عارفش", "ماعارفش", "عرفناش", "ma3reftch", "ma3rftch", "ma3raftch", "ma3rfch",
        "ma3arfch", "ma3erftch", "3reftch", "3rftch",
    )
)


def _asks_nothing(lemmas: Sequence[str], at: int) -> bool:
    """Whether a word that may ask asks nothing where it stands: "ما" (also "what") negating the verb after it, which
    ends in ش ("ما عنديش ديبلوم", "ma 3ndich") or is Darija's present ("ما كنخلص والو"); "est" with no "ce" after it ("il est ferronnier", not "est-ce"); a
    "whether" right after not knowing ("ما عرفتش واش", "ma3reftch wach")."""
    if at > 0 and lemmas[at - 1] in NOT_KNOWING:
        return True
    after = lemmas[at + 1] if at + 1 < len(lemmas) else ""
    if lemmas[at] in ("ما", "ma"):
        # Darija's present, which "what" never comes before: "ما كنخلص حتى درهم", "ma kankhlles walo".
        return after.endswith(("ش", "ch")) or after.startswith(PRESENT_AFTER_MA)
    return lemmas[at] == "est" and after != "ce"


class RegisterWish:
    """Finds a wish to register with no question, and re-ranks rna_apply over rna_eligibility."""

    def __init__(self, cues: dict | None = None) -> None:
        cues = cues if cues is not None else load_cues()
        self._wish = frozenset(normalise(str(w)) for w in cues["wish"] if " " not in str(w)) | LETS | THEIR_WISH | LETTER_WISH
        self._register = (
            frozenset(normalise(str(w)).replace("m'", "") for w in cues["register"]) | ENTER_ONESELF | THEY_REGISTER
        )
        # Registering, said of oneself or of another ("تتسجل", "tsjlha"), or the register named.
        group = frozenset(normalise(str(w)) for w in cues["group_registers"] if " " not in str(w))
        self._registering = self._register | group | REGISTER_NOUNS

    def wishes_to_register(self, lemmas: Sequence[str]) -> bool:
        """Whether the message says it wants to register, and asks no question."""
        if any(lemma in ASKING_WORDS and not _asks_nothing(lemmas, i) for i, lemma in enumerate(lemmas)):
            return False
        # "je m'inscris", "je m'enregistre", told with no question.
        if any(self._is(lemma, REGISTER_ME) for lemma in lemmas) or any(
            pair in pairwise(lemmas) for pair in (("m", "inscris"), ("m", "enregistre"))
        ):
            return True
        if asks_to_start(lemmas):
            return True
        # The French elided article is no word between the wish and the register ("allez on fait l'inscription").
        words = [lemma for lemma in lemmas if lemma not in ELIDED_ARTICLES]
        words = _start_with_me_read(words)
        for i, lemma in enumerate(words):
            if self._is(lemma, self._register) and any(
                self._is(w, self._wish) for w in words[max(0, i - WISH_REACH) : i]
            ):
                return True
        return False

    def asks_whether_one_may(self, lemmas: Sequence[str]) -> bool:
        """Whether the message asks whether one may register, with no wish, nothing about now or here, and no file
        to start ("On peut commencer mon inscription tout de suite ?" asks to start it)."""
        if any(self._is(lemma, self._wish) or lemma in NOW_WORDS for lemma in lemmas) or asks_to_start(lemmas):
            return False
        return any(
            self._is(lemma, self._register) and any(w in MAY_WORDS for w in lemmas[max(0, i - WISH_REACH) : i])
            for i, lemma in enumerate(lemmas)
        )

    def asks_to_register_here(self, lemmas: Sequence[str]) -> bool:
        """Whether the message asks whether one may register, with a word of here or of the chat right after the
        register word ("est-ce que je peux m'inscrire ici ?", "wach n9der ntsjel m3akom?")."""
        return any(
            self._is(lemma, self._register)
            and any(w in MAY_WORDS for w in lemmas[max(0, i - WISH_REACH) : i])
            and any(w in HERE_WORDS for w in lemmas[i + 1 : i + 1 + HERE_REACH])
            for i, lemma in enumerate(lemmas)
        )

    def asks_whether_one_may_without_learning(self, lemmas: Sequence[str]) -> bool:
        """Whether the message asks whether one may, with a diploma said missing or the register named, and speaks
        of no learning ("bla chahada n9der?", "ma fille sort de l'école de couture, elle peut s'inscrire ?")."""
        if not any(lemma in MAY_ALSO_WORDS for lemma in lemmas):
            return False
        if any(self._is(lemma, LEARNING_VERBS) for lemma in lemmas):
            return False
        registers = [i for i, lemma in enumerate(lemmas) if self._is(lemma, self._registering)]
        if registers:
            return not any(self._is(lemma, LEARNING_NOUNS) for lemma in lemmas[registers[0] :])
        return (
            any(self._is(lemma, WITHOUT_WORDS) for lemma in lemmas)
            and any(self._is(lemma, ANY_DIPLOMA_WORDS) for lemma in lemmas)
            and not any(self._is(lemma, LEARNING_NOUNS) for lemma in lemmas)
        )

    @staticmethod
    def _is(lemma: str, words: frozenset[str]) -> bool:
        # With a glued "and" or preposition too: "ونريد التسجيل", "وللتسجيل".
        return any(stem in words for stem in arabic_stems(lemma))

    def rerank(self, lemmas: Sequence[str], text: str, ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The ranking with rna_apply first when it was runner-up to rna_eligibility in a wish to register, and
        rna_eligibility first when it was runner-up to rna_apply in a question whether one may register, to
        rna_register_how in a question whether a diploma is required, or to training in a question whether one may
        that speaks of no learning; rna_register_how first when it was runner-up to
        rna_apply in a request for information; rna_apply first when it was runner-up to rna_eligibility in a question
        whether one may register here, or start one's file ("On peut commencer mon inscription tout de suite ?")."""
        first_two = [r["name"] for r in ranking[:2]]
        if first_two == [APPLY, ELIGIBILITY] and self.asks_whether_one_may(lemmas):
            return swapped(ranking)
        if first_two == [HOW, ELIGIBILITY] and asks_whether_a_diploma_is_required(text):
            return swapped(ranking)
        if first_two == [APPLY, HOW] and asks_for_information(lemmas):
            return swapped(ranking)
        if first_two == [TRAINING, ELIGIBILITY] and self.asks_whether_one_may_without_learning(lemmas):
            return swapped(ranking)
        if first_two == [ELIGIBILITY, APPLY] and (self.asks_to_register_here(lemmas) or asks_to_start(lemmas)):
            return swapped(ranking)
        # "safi, on commence l'inscription rna svp": starting it, asked of no one how, is the request.
        if first_two == [HOW, APPLY] and asks_to_start(lemmas) and not any(lemma in ASKING_WORDS for lemma in lemmas):
            return swapped(ranking)
        names = [r["name"] for r in ranking[:WISH_RANKS]]
        # Behind how to register, only with no question word ("« Inscrivez-vous au RNA », comment on fait" asks how).
        asked = any(lemma in ASKING_WORDS for lemma in lemmas)
        # "سجل ليا الشركة ديالي: SARL…": the papers its story weighs towards are not asked either.
        led = names and (names[0] == ELIGIBILITY or names[0] in (HOW, DOCUMENTS) and not asked)
        if led and APPLY in names and asks_to_be_registered(lemmas):
            return promoted(ranking, names.index(APPLY))
        # The request itself, started, filled or asked of the assistant, stands wherever the story pulled it.
        if names and names[0] in REQUEST_PULLED_FROM and asks_for_the_request(lemmas):
            return promoted(ranking, names.index(APPLY)) if APPLY in names else ahead(APPLY, ranking)
        return self._wish_ahead(lemmas, text, ranking)

    def _wish_ahead(self, lemmas: Sequence[str], text: str, ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """rna_apply first, from the top three, in a wish to register with no question, where the story around the wish
        (years, a maalem, a diploma) put rna_eligibility or training first ("اشتغلت مع معلم اثنتي عشرة سنة، والآن أريد
        أن أسجل نفسي"); not when what one registers for is a training ("bghit ntsjel f takwin")."""
        names = [r["name"] for r in ranking[:WISH_RANKS]]
        # "Lancez mon dossier RNA", "commence mon dossier": the file named pulls to its state; starting it is the request.
        # So are the papers one holds, told after "start it" ("ابدا ليا التسجيل… انا المكلفة بالوراق"); a letter asking
        # which papers to join to its "demande" asks the papers.
        started = asks_to_start(lemmas) or _told_to_start(lemmas)
        led = names[0] in (ELIGIBILITY, TRAINING) or names[0] in (STATUS, DOCUMENTS) and started
        if not led or APPLY not in names or "?" in text or "؟" in text:
            return ranking
        if not self.wishes_to_register(lemmas) or self._registers_for_learning(lemmas):
            return ranking
        return promoted(ranking, names.index(APPLY))

    def _registers_for_learning(self, lemmas: Sequence[str]) -> bool:
        return any(
            self._is(lemma, self._register)
            and any(self._is(w, LEARNING_NOUNS) for w in lemmas[i + 1 : i + 1 + LEARNING_REACH])
            for i, lemma in enumerate(lemmas)
        )


# What a story told around the request pulls it to: who may register (years, a diploma), the papers, the file's state,
# a greeting or no topic at all. Not how to register, a course or the AMO: "register me" there is theirs.
REQUEST_PULLED_FROM = frozenset({ELIGIBILITY, DOCUMENTS, STATUS, "greet", "out_of_scope", "deny", "nlu_fallback"})
# Starting it, said to the assistant, the request named right after ("لنبدأ التسجيل حالا", "أبدأ الطلب باسم ابني",
# "ncommenciw l'inscription", "start registration please"); not "yallah", "هيا", "allez" alone, which open anything.
START_IT = frozenset(
    normalise(w)
    for w in (
        "ابدا", "ابدأ", "إبدا", "إبدأ", "لنبدأ", "لنبدا", "أبدأ", "نبداو", "نبدأو", "ncommenciw", "ncommensiw",
        "commençons", "commencons", "start", "go",
    )
)
# Filling, opening or doing the form ("حل ليا الاستمارة نعمرها", "عمر ليا الاستمارة", "dir liya demande rna", "je peux
# remplir l'inscription pour lui").
FILL_IT = frozenset(
    normalise(w)
    for w in (
        "عمر", "نعمر", "نعمرها", "نعمرو", "عمرو", "حل", "حلي", "دير", "ديري", "ديرو", "3mer", "3emmer", "n3mer", "n3emmer",
        "dir", "diri", "diro", "dirou", "remplir", "remplis", "fill",
        # Handing it in ("بغيت نقدم الطلب ديالي", "أريد أن أودع طلبي").
        "نقدم", "نقدمو", "أقدم", "اقدم", "نودع", "أودع", "اودع",
    )
)
REQUEST_NOUNS = STARTED | frozenset(
    normalise(w)
    for w in (
        "registration", "الطلب", "طلب", "التسجيل", "تسجيل", "الاستمارة", "استمارة", "tsjil", "ttsjil", "tasjil", "lforma",
        "formulaire", "rna", "دومند", "الدومند",
        # The form in Arabic letters ("ابدا معايا الفورمولير").
        "الفورمولير", "فورمولير", "لافورمولير", "الفورميلير", "فورميلير",
    )
)
# English inside any variety: "I want to apply now" ("registration" alone is also the file's: "any news on my
# registration file ?").
APPLYING = frozenset({"apply"})
# How, what or where asked beside the request asks something else of it ("où" folds to "ou", also "or").
_NOT_THE_REQUEST = (
    frozenset(normalise(w) for w in ("كيف", "كيفاش", "كيفية", "kifach", "kifash", "how", "quoi", "koi"))
    | FRENCH_HOW
    | WHAT_WORDS
    | WHERE_WORDS - {"ou"}
)
REQUEST_REACH = 3


def asks_for_the_request(lemmas: Sequence[str]) -> bool:
    """Whether the writer asks the assistant to register them, to start or fill the request, or to apply, and no
    word of how is said ("kifach n3mer lforma?" asks how), nor any other question ("go pour l'inscription, c'est quoi
    les papiers ?" asks the papers)."""
    if any(
        any(stem in _NOT_THE_REQUEST for stem in arabic_stems(lemma)) and not _asks_nothing(lemmas, i)
        for i, lemma in enumerate(lemmas)
    ):
        return False
    words = _start_with_me_read(lemmas)
    started = any(
        (word in START_IT or word in FILL_IT) and any(w in REQUEST_NOUNS for w in words[i + 1 : i + 1 + REQUEST_REACH])
        for i, word in enumerate(words)
    )
    return started or asks_to_start(lemmas) or asks_to_be_registered(lemmas) or any(lemma in APPLYING for lemma in lemmas)


def request_understood(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with its first intent's confidence raised to TOPIC_CONFIDENCE, once every rule has read the message,
    when the request leads and is asked of the assistant, however thinly a long story spread the classifier ("sjjel lia
    charika dyali, SARL f larache, 3ndi gestor w kolchi mrtteb")."""
    if not ranking or ranking[0]["name"] != APPLY or ranking[0]["confidence"] >= TOPIC_CONFIDENCE:
        return ranking
    return raised(ranking, TOPIC_CONFIDENCE) if asks_for_the_request(lemmas) else ranking


def asks_to_start(lemmas: Sequence[str]) -> bool:
    """Whether the writer tells the assistant to start a file ("commence mon dossier stp", "lancez mon dossier RNA"),
    or wishes to hand it in ("je veux déposer mon dossier ce soir")."""
    return any(
        (
            lemma in START_WORDS
            or lemma in HAND_IN and any(w in HAND_IN_WISHED for w in lemmas[max(0, i - HAND_IN_REACH) : i])
        )
        and any(w in STARTED for w in lemmas[i + 1 : i + 1 + DO_IT_REACH + 1])
        for i, lemma in enumerate(lemmas)
    )


def _start_with_me_read(words: Sequence[str]) -> list[str]:
    """``words`` with "start" said to the assistant, "with me" right after ("بدا معايا", "abda m3aya"), read as "ابدا"."""
    return ["ابدا" if w in START and i + 1 < len(words) and words[i + 1] in WITH_ME else w for i, w in enumerate(words)]


def _told_to_start(lemmas: Sequence[str]) -> bool:
    """Whether the assistant is told to start ("ابدا ليا التسجيل", "abda m3aya", "yallah")."""
    return any(lemma in LETS for lemma in _start_with_me_read(lemmas))


def promoted(ranking: list[dict[str, Any]], index: int) -> list[dict[str, Any]]:
    """The intent at `index` moved first; each rank keeps its confidence (the fallback reads the same numbers)."""
    names = [r["name"] for r in ranking]
    names.insert(0, names.pop(index))
    return [{"name": name, "confidence": r["confidence"]} for name, r in zip(names, ranking, strict=True)]


def ahead(name: str, ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with ``name`` first at the top confidence (the fallback reads the same number), whether or not it
    was in the ranking; the others keep theirs."""
    top = ranking[0]["confidence"]
    return [{"name": name, "confidence": top}, *(r for r in ranking if r["name"] != name)]


def raised(ranking: list[dict[str, Any]], confidence: float) -> list[dict[str, Any]]:
    """The ranking with its first intent's confidence raised to ``confidence`` (kept when already higher)."""
    if not ranking or ranking[0]["confidence"] >= confidence:
        return ranking
    return [{**ranking[0], "confidence": confidence}, *ranking[1:]]


def swapped(ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first two intents swapped, each keeping its rank's confidence."""
    return promoted(ranking, 1)
