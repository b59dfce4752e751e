"""The words that make a message a question, in Darija (both scripts), Arabic and French, folded (hirfa.text).

Shared by the NLU (a wish to register asks nothing) and the forms (a question asked instead of an answer);
each adds the words its own reading needs.
"""

from __future__ import annotations

from hirfa.text import normalise

# "How", in French, by its spellings (SMS and by ear too: "cmt", "kom").
FRENCH_HOW = frozenset({"comment", "cmt", "coment", "commant", "kom", "koman", "komen", "komment"})
QUESTION_WORDS = FRENCH_HOW | frozenset(
    normalise(word)
    for word in """
    wach wash ach chno ch7al chhal kifach fin 3lach
    combien où pourquoi quel quelle quels quelles est-ce
    cb cmb pk pq pourkoi koi kel kelle kels kelles
    واش شنو شحال كيفاش فين علاش
    هل كم كيف أين لماذا ما
    """.split()
)
# "What", asked in Darija in both scripts: each reading adds its own ("ماذا", "ce que", "quoi").
WHAT_WORDS = frozenset(normalise(word) for word in "شنو اشنو أشنو شنوا chno achno chnou chnu".split())
# Where, in every script. "où" folds to "ou", which is also "or": each reading says whether it takes it.
WHERE_WORDS = frozenset(
    normalise(w) for w in ("où", "أين", "اين", "فين", "فاين", "fin", "fine", "fayn", "mnin", "منين")
)
