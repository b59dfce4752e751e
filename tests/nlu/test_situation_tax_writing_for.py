"""A writer who speaks of themself only to say whom they write for ("je suis la fille de…", "j'écris pour mon oncle",
"أكتب نيابة عن والدي") asks about the relative's regime; a word of their own situation beside it asks their own."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("Je suis la petite-fille de Hajja Rkia, brodeuse à Salé. Elle paie la CPU tous les ans, et l'amo ça fait combien ?", "cpu"),
        ("je vous écris pour mon oncle : il est auto-entrepreneur en mécanique, il doit verser combien à la cnss ?", "auto_entrepreneur"),
        ("أنا ابن الحاج أحمد، والدي يؤدي المساهمة المهنية الموحدة كل سنة، كم عليه أن يدفع للتأمين الصحي؟", "cpu"),
        # The writer's own situation beside the introduction: their own is asked.
        ("je suis la fille de Hajja Rkia, elle paie la CPU, moi je suis auto-entrepreneuse : combien je paie ?", "auto_entrepreneur"),
    ],
)
def test_the_relative_written_for_is_asked_about(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
