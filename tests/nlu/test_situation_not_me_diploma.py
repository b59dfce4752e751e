"""After a relative's diploma, the writer's own "not me" closing its clause ("خويا عندو الديبلوم، انا لا", "ختي عندها
ديبلوم وأنا لا", "khouya 3ndo diplome, ana la") says the writer holds none: with a short practice, none of the cases
(shared/DOMAIN.md §1); with three years or more, the years still decide."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "ختي عندها ديبلوم فالخياطة وأنا لا، خدامة معاها غير عامين، واش نقدر نتسجل؟",
        "بنتي خدات الديبلوم ديال التكوين المهني، انا لا، وخدامة فالجلد عام واحد",
        "khouya 3ndo diplome f nnjara, ana la, kan3awno 3amayn hadi, wach n9der ntsjel?",
        "راجلي عندو الديبلوم ديال الزليج، اما انا لا، بديت معاه هادي عام ونص",
    ],
)
def test_not_me_after_a_relatives_diploma_with_short_practice_is_none(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "none"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Three years or more: the years decide.
        ("ختي عندها ديبلوم فالطرز وأنا لا، ولكن كنطرز هادي ست سنين", "practice"),
        # The "لا" negates the verb after it: read by the negation rules, not as "not me".
        ("خويا عندو ديبلوم، وأنا عندي حتى أنا الديبلوم فالنجارة", "diploma"),
    ],
)
def test_the_years_or_the_writers_own_diploma_still_decide(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category
