"""A relative named right after the writer's regime or kind, with a glued "and" or a French possessive, does not own
it: only Arabic's construct state ("تعاونية أمي", "شركة أخي") names an owner without "of"."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أنا مقاولة ذاتية وزوجي بدون عمل، شحال نخلص فلامو؟", {"tax_situation": "auto_entrepreneur"}),
        ("أنا فالمساهمة المهنية الموحدة وخويا لا", {"tax_situation": "cpu"}),
        ("jsuis AE mon frere aussi, combien pour l'amo ?", {"tax_situation": "auto_entrepreneur"}),
        ("je suis à la CPU ma femme non", {"tax_situation": "cpu"}),
        ("عندنا تعاونية وختي معايا فيها", {"category": "cooperative"}),
    ],
)
def test_the_writers_own_before_a_relative_after_and(reader: SituationReader, text: str, expected: dict) -> None:
    found = read(reader, text)
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # The construct state still names the owner: the writer's own years decide.
        ("أعمل في شركة أخي منذ 2015", "practice"),
        ("أعمل في شركة والدي منذ خمس سنوات", "practice"),
    ],
)
def test_a_group_owned_by_a_relative_is_still_theirs(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category
