"""A writer who says they ask for the relative ("je demande pour lui", "je pose la question pour ma mère", "c'est pour
elle que je demande") speaks of themself only to say whom the question is for: the relative's regime is the one
asked about, wherever the phrase stands. A word of the writer's own situation beside it asks their own."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("ma tante est auto-entrepreneuse, elle paie combien pour l'amo ? je demande pour elle", "auto_entrepreneur"),
        ("Mes parents sont au forfait tous les deux, ils ont droit à la retraite ? Je pose la question pour eux.", "cpu"),
        ("mon oncle tient une comptabilité avec un comptable, combien il paiera d'AMO ? c'est pour lui que je demande", "accounts"),
        ("Je me renseigne pour ma mère : elle est à la CPU, comment elle s'inscrit à l'AMO ?", "cpu"),
        ("Je demande pour mon grand-père, il est au réel depuis longtemps, est-ce qu'il a droit à une pension ?", "accounts"),
        ("أسأل نيابة عن أخي، هو في نظام المساهمة المهنية الموحدة، كم يدفع للتأمين الصحي؟", "cpu"),
    ],
)
def test_the_relative_asked_for_is_asked_about(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # The writer asks for themself, or says their own regime beside the relative's.
        ("mon frère est à la CPU, mais je demande pour moi : combien je paie pour l'amo ?", None),
        ("ma mère est au forfait, je demande pour elle et pour moi, moi je suis auto-entrepreneur", "auto_entrepreneur"),
    ],
)
def test_the_writers_own_question_beside_it(reader: SituationReader, text: str, tax: str | None) -> None:
    assert read(reader, text).get("tax_situation") == tax
