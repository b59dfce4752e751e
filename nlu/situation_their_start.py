"""A start said of the relative a message is written for is theirs.

"خويا بغا يحل كراج ديال الميكانيك وهو باقي ما عندو والو، واش كاين شي دعم ليه؟", "خويا بغا ياخد قرض انطلاقة باش يحل
أول كراج": opening, starting, said in the third person of a brother the writer asks for, is the brother's start, and
the financing answer for a start is the one the writer needs (a relative's situation, asked for them, is theirs:
nlu/situation_relatives.py). The same verbs said of anyone else ask nothing of a stage: "هل يفتح باب التمويل" (does it open the
door), "لحرفي يريد أن يبدأ" (for an artisan who would start), "ولد عمي خدا قرض باش يحل كراج، واش أنا نقدر" (the
cousin's garage, asked for the writer).
"""

from __future__ import annotations

from dataclasses import replace

from nlu.situation_clauses import Cue
from nlu.situation_relatives import Relatives

THEIR_START = "their_start"


def their_start(cues: list[Cue], relatives: Relatives) -> list[Cue]:
    """The cues with each third-person start said of a relative the message is for read as a start, and the others
    dropped."""
    return [
        replace(c, kind="stage", value="start") if c.kind == THEIR_START else c
        for c in cues
        if c.kind != THEIR_START or relatives.for_them and relatives.cue_of(c)
    ]
