"""Looking for a craftsman to do a job for oneself: out of scope, not a wish to talk to the help desk.

"bghit chi khayta tkhayet lia qaftan, 3ndk chi numero?", "كنقلب على شي نجار يصاوب ليا الباب، تعرف شي حد؟": someone,
a number, "give me one" are the help desk's words, and the help desk can come first with out_of_scope second. A
customer asks for work done *for him*: a verb of making or fixing followed by "for me" ("يصاوب ليا", "ydir lia",
"tkhayet lia"). The help desk's examples ask someone to talk, answer or call ("يجاوبني", "yhder m3aya"), never to
make something. When the help desk and out_of_scope are the first two, such a request puts out_of_scope first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hirfa.text import normalise
from nlu.register_wish import swapped

HANDOFF, OUT_OF_SCOPE = "human_handoff", "out_of_scope"
# Making or fixing something, said of him or her (normalised lemmas).
WORK_VERBS = frozenset(
    normalise(w)
    for w in (
        "يصاوب", "تصاوب", "يصوب", "تصوب", "يدير", "تدير", "يصلح", "تصلح", "يخيط", "تخيط", "ينجر", "يبني", "يصبغ",
        "يركب", "تركب", "يفصل", "تفصل", "يطرز", "تطرز", "ينسج", "تنسج", "ysawb", "ysaweb", "ysawab", "tsawb",
        "tsaweb", "ydir", "tdir", "ysle7", "tsle7", "yslah", "ykhyet", "tkhyet", "ykhayet", "tkhayet", "ykhiyet",
        "tkhiyet", "ynjer", "ybni", "ysbgh", "yrkeb", "yrekkeb", "trkeb", "yfsel", "tfsel", "ytarez", "ttarez",
        "ynsej", "tnsej",
    )
)
# Not "لي", "li": also "who" ("chkoun ydir li bghit")
FOR_ME = frozenset(normalise(w) for w in ("ليا", "lia", "lya", "liya"))


def asks_work_done_for_oneself(lemmas: Sequence[str]) -> bool:
    """Whether a verb of making or fixing is followed by "for me" ("يصاوب ليا", "tkhyet lia")."""
    return any(verb in WORK_VERBS and after in FOR_ME for verb, after in zip(lemmas, lemmas[1:], strict=False))


def rerank(lemmas: Sequence[str], ranking: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ranking with out_of_scope first when it was runner-up to the help desk and work is asked for oneself."""
    if [r["name"] for r in ranking[:2]] == [HANDOFF, OUT_OF_SCOPE] and asks_work_done_for_oneself(lemmas):
        return swapped(ranking)
    return ranking
