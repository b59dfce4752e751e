"""Registering one's own group, with the verb spelt as people type it ("bghit nsejjel charika dyali"): a wish to
register as what one is, not a wish to become it."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("bghit nsejjel charika dyali f rna", "enterprise"),
        ("bghit nsajjel ta3awniya dyalna", "cooperative"),
        ("bghina ntsejjlo cooperative dyalna", "cooperative"),
    ],
)
def test_wishing_to_register_ones_group_states_it(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category
