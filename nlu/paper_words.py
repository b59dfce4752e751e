"""Words that name papers, shared by the intent rules (nlu/register_wish.py, nlu/joining_training.py) and the
situation reader (nlu/situation_category.py); it imports nothing of either, so both may read it."""

from __future__ import annotations

from hirfa.text import normalise

# A certificate, which may be a diploma's or another paper's ("شهادة المزاولة", "certificat de maître artisan").
ARABIC_AND_ARABIZI_CERTIFICATES = frozenset(normalise(w) for w in ("شهادة", "شهاده", "chahada", "chhada", "chahda"))
CERTIFICATE_WORDS = ARABIC_AND_ARABIZI_CERTIFICATES | {normalise("certificat")}
