"""MSA "خاص ب" is "specific to", no need: "إشعار ضريبي خاص بالمساهمة المهنية الموحدة" names the writer's regime. Darija's
"خاص" before what is needed still asks about the regime."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("يصلني كل عام إشعار خاص بالمساهمة المهنية الموحدة، كم أدفع للتأمين الصحي؟", "cpu"),
        ("لدي رقم تعريف خاص بالمقاول الذاتي، كم اشتراكي في التغطية الصحية؟", "auto_entrepreneur"),
    ],
)
def test_specific_to_a_regime_names_it(reader: SituationReader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime


def test_a_regime_needed_is_still_asked_about(reader: SituationReader) -> None:
    assert "tax_situation" not in read(reader, "واش خاص المقاول الذاتي يخلص لامو بوحدو؟")
