"""Fairs, salons and exhibitions: where artisans show and sell their work, in each script (normalised).

Two readings share them: a place to sell named is a question about selling (nlu.selling_named), and a city said right
after one is where the fair is held, not where the writer works (nlu.lexicon_extractor).
"""

from __future__ import annotations

from hirfa.text import normalise

FAIRS = frozenset(
    normalise(w)
    for w in (
        "معرض", "المعرض", "معارض", "المعارض", "ملتقى", "الملتقى", "مهرجان", "المهرجان", "موسم", "الموسم", "صالون",
        "الصالون", "فوار", "لافوار", "الفوار", "ma3rid", "lma3rid", "m3rad", "lm3rad", "m3red", "salon", "salons",
        "foire", "foires", "exposition", "expositions", "expo", "festival", "moussem", "lmoussem",
    )
)
