"""An Arabic relative who owns the workplace named right before them ("أشتغل في ورشة أبي", "محل خالي") is no subject:
what follows is the writer's; a tie that is also another word ("عمي" blind, "خالي" empty) opening the message in Arabic
script is the relative the sentence is about ("عمي نجار بدون شهادة، أما أنا…")."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("أشتغل في ورشة أبي للزليج منذ سبع سنوات دون دبلوم، هل يمكنني التسجيل؟", "practice"),
        ("أعمل في محل خالي للخياطة منذ 2015 بدون شهادة", "practice"),
        ("كنخدم فالحانوت ديال عمي هادي ست سنين بلا ديبلوم", "practice"),
        ("أساعد في دكان والدي للنحاس منذ ثماني سنوات ولا أملك دبلوما", "practice"),
    ],
)
def test_working_in_a_relatives_workplace_is_the_writers_practice(
    reader: SituationReader, text: str, category: str
) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("عمي نجار بدون شهادة، أما أنا فحاصل على دبلوم تقني في النجارة، هل يحق لي التسجيل؟", "diploma"),
        ("خالي حداد لا يملك أي دبلوم، وأنا لدي شهادة التأهيل المهني في الحدادة", "diploma"),
    ],
)
def test_a_weak_tie_opening_the_message_is_the_relative(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category
