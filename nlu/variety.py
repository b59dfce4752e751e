"""Which variety a message is written in: MSA, Darija (Arabic or Latin script) or French.

Generic language detectors put MSA and Darija both under "ar" and take Arabizi for
Finnish or Malay, so the variety is read here from the script, the Arabizi digits and
the function words that each variety uses and the others do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hirfa.text import arabic_stems, normalise
from nlu.darija_verbs import glued_negation, negated_verb, present_verb
from nlu.variety_model import VarietyModel

AR, ARY, ARY_LATN, FR = "ar", "ary", "ary_Latn", "fr"

# Word lists hold normalised forms (see hirfa.text): no hamza, ة written ه, ى written ي.
_DARIJA_ARABIC = frozenset(
    """
    واش كيفاش كيفش كيداير كيدايره لاباس بغيت بغينا نبغي كنبغي تبغي ديال ديالي ديالك ديالنا ديالهم
    شنو اشنو شني اش فين علاش دابا مزيان مزيانه بزاف عافاك عفاك سلام واخا صافي هادشي هاد هادي هادو
    كاين كاينه كاينين ماشي غادي غا راه راني راك خاصني خصني خاصك شحال بشحال ديما بلا كيفما حيت
    نتسجل نسجل تسجلت نقدر نعرف بغيتي عطيني قولي فهمتيني مافهمتش باغي باغيه معايا ليا ليك
    بالدارجه الدارجه دارجه هضر هدر تهضر تكلم كنهضر شكون فوقاش امتا منين
    """.split()
)
_MSA = frozenset(
    """
    كيف يمكنني يمكن يمكنك هل ماذا لماذا اريد اود اين الذي التي الذين هذا هذه ذلك تلك مرحبا اهلا حالك
    فضلك ليس لدي لديك لديكم عندما ينبغي يجب بخصوص حول الى سوف استطيع احتاج الحصول كيفيه ما هي ماهي
    اود ارغب اعرف اعلم نعم اليس انا انت هو هي نحن شخص الفصحي العربيه بالعربيه بالفصحي اخبرني
    """.split()
)
_DARIJA_LATIN = frozenset(
    """
    salam slm slam wach wash kifach kifash kifch kidayr kidayra labas bghit bghyt bgit bghina nbghi
    kanbghi dyal dial dyali diali chno achno chnou ach 3lach alach daba mzyan mzian bzaf 3afak afak
    wakha safi hadchi hadi hado kayn kayna kaynin machi ghadi gha rah rani rak khassni khasni khesni
    ch7al chhal bch7al bach wla ila ana nta nti howa hiya 3la m3a m3aya lli ntsjel nsjel tsjel
    darija chokran choukran chokrane baraka lah inchallah hamdullah lhamdullah sbah lkhir tbarkallah
    3andi 3ndi 3ndk ndir tdir dir kifax fin hna tma hta mn bla 3lik 3likom
    walo walou mazal mazel ghir bzzaf chwiya ykhlik ykhalik khoya khti
    """.split()
)
_FRENCH = frozenset(
    """
    je j tu il elle nous vous ils elles le les un une des du de d et est sont pour avec dans sur par
    comment quoi quel quelle quels quelles bonjour bonsoir salut merci oui non pas ne mon ma mes ton
    votre vos svp stp bjr slt cc inscrire inscription registre artisan artisanat carte combien ou
    parle parlez moi aide francais arabe veux voudrais peux puis faut besoin c qu que qui au aux
    suis etes avez ai as bien tres plus comme cette ce ces mais donc alors aussi quand pourquoi
    """.split()
)
# French nouns that Darija speakers use as their own ("la carte d'artisan", "l'inscription f registre"), with
# the articles that come with them: French only in a message with no Darija word.
_FRENCH_BORROWED = frozenset("carte artisan artisanat inscription registre le la les un une des du de d".split())
# Latin digits that stand for Arabic letters inside Arabizi words (3=ع, 7=ح, 9=ق, 2=ء, 5=خ).
# A CIN (AB123456) or a reference mixes letters and digits too, but with long digit runs.
_ARABIZI_DIGIT_WORD = re.compile(r"^(?=(?:.*[a-z]){2})(?=.*[23579])(?!.*\d{3})[a-z0-9]+$")
# Darija verbs and negation, by their shape rather than a list (nlu.darija_verbs): the present prefixes kan-/kat-/kay- ("kankhlles",
# "katkhdem", "kaydir") and the ma…ch circumfix, glued ("ma3ndich", "mabditch") or with "ma"
# apart ("ma bditch"). French has no such words, and its "ma" (my) is then the Darija negation, not a French clue.
# Only the full "ma" is a clue here: a word that merely starts with m and ends in ch is too often a name (مراكش,
# "mrrakch") in a message that may be MSA or French, where no lexicon has claimed it first as in the reader.
_DARIJA_NEGATION = "ma"
_ARABIC_NEGATION = "ما"
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
_LATIN_LETTER = re.compile(r"[a-zA-Z\u00C0-\u024F]")
_WORD = re.compile(r"[^\W_]+")
# A marker word stripped of a glued prefix must keep 3 letters to count (فالسجل → سجل).
_MIN_MARKER_STEM = 3
# The learned model speaks only for messages of a few words, and only when it is sure.
_MIN_WORDS_FOR_MODEL = 2
_MODEL_CONFIDENCE = 0.8


@dataclass(frozen=True)
class VarietyGuess:
    """A variety and how many independent clues point to it over the runner-up."""

    variety: str | None
    strength: int


def _count(words: list[str], lexicon: frozenset[str], arabic: bool) -> int:
    if arabic:
        return sum(1 for w in words if lexicon.intersection(arabic_stems(w, _MIN_MARKER_STEM)))
    return sum(1 for w in words if w in lexicon)


def identify(text: str, model: VarietyModel | None = None) -> VarietyGuess:
    """Guess the variety of ``text``; ``variety`` is None when nothing tells.

    When the marker words tie, ``model`` (learned from the training messages) may give one
    clue for a message of two words or more, if it is confident.
    """
    arabic_letters = len(_ARABIC_LETTER.findall(text))
    latin_letters = len(_LATIN_LETTER.findall(text))
    if not arabic_letters and not latin_letters:
        return VarietyGuess(None, 0)
    words = _WORD.findall(normalise(text))
    script = "arabic" if arabic_letters >= latin_letters else "latin"
    if script == "arabic":
        darija = _count(words, _DARIJA_ARABIC, arabic=True)
        # Darija present-tense verbs start with كن/كت/كي (كنخدم، كتخلص).
        darija += sum(1 for w in words if present_verb(w) and w not in _MSA)
        # The ma…ch circumfix: "ماعنديش", "ما حليتش".
        negations = {
            i for i, (w, nxt) in enumerate(zip(words, words[1:], strict=False)) if w == _ARABIC_NEGATION and _negated(nxt)
        }
        darija += len(negations) + sum(1 for w in words if glued_negation(w, short_ma=False))
        msa = _count([w for i, w in enumerate(words) if i not in negations], _MSA, arabic=True)
        if msa > darija:
            return VarietyGuess(AR, msa - darija)
        if darija > msa:
            return VarietyGuess(ARY, darija - msa)
        # Arabic script with no telling word is most often Darija in Morocco, but
        # that alone is not evidence enough to switch a conversation's language.
        return _learned(text, words, script, model) or VarietyGuess(ARY, 0)
    negations = _darija_verbss(words)
    arabizi = _count(words, _DARIJA_LATIN, arabic=False) + len(negations)
    arabizi += sum(1 for w in words if w not in _DARIJA_LATIN and _darija_shape(w))
    french = _count([w for i, w in enumerate(words) if i not in negations], _FRENCH - _FRENCH_BORROWED, arabic=False)
    if not arabizi:
        french += _count(words, _FRENCH & _FRENCH_BORROWED, arabic=False)
    french += len(re.findall(r"[éèêàâçùûôîœ]", text.lower()))
    if arabizi > french:
        return VarietyGuess(ARY_LATN, arabizi - french)
    if french > arabizi:
        return VarietyGuess(FR, french - arabizi)
    return _learned(text, words, script, model) or VarietyGuess(None, 0)


def _darija_shape(word: str) -> bool:
    """A Latin-script word shaped like Darija: an Arabizi digit inside, a present prefix or the glued ma…ch."""
    if word in _FRENCH:
        return False
    return glued_negation(word, short_ma=False) or present_verb(word) or bool(_ARABIZI_DIGIT_WORD.match(word))


def _darija_verbss(words: list[str]) -> set[int]:
    """Where "ma" negates a Darija verb after it ("ma kankhlles", "ma bditch"): those are no French "my"."""
    return {
        i
        for i, (word, following) in enumerate(zip(words, words[1:], strict=False))
        if word == _DARIJA_NEGATION
        and following not in _FRENCH
        and (present_verb(following) or _negated(following))
    }


def _negated(word: str) -> bool:
    """A verb with Darija's negated ending, its "ma" written apart before it: "bditch" in "ma bditch"."""
    return negated_verb(word, short_ma=False) is not None


def _learned(text: str, words: list[str], script: str, model: VarietyModel | None) -> VarietyGuess | None:
    if model is None or sum(len(w) >= 2 for w in words) < _MIN_WORDS_FOR_MODEL:
        return None
    variety, probability = model.predict(text, script)
    return VarietyGuess(variety, 1) if variety and probability >= _MODEL_CONFIDENCE else None
