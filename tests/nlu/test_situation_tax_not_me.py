"""After a relative's regime, the writer's own "not me" closing its clause ("وأنا لا", "ana la", "أما أنا والو",
"moi non plus") says the writer holds no regime: the tax situation is none, not the relative's regime."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "خويا عندو أوطو أونطروبرونور وأنا لا، بشحال لامو عليا؟",
        "بابا فالمساهمة المهنية الموحدة أما أنا والو، كيفاش نتسجل فلامو؟",
        "أختي مقاولة ذاتية أما أنا فلا، كم علي أن أدفع للتغطية الصحية؟",
        "zawji f cpu w ana la, chhal l amo dyali?",
        "khti 3ndha l'auto entrepreneur, ana walo. bch7al amo?",
        "mon mari n'est pas à la CPU, moi non plus. combien l'amo ?",
        "ma sœur est au forfait, et moi pas. combien pour l'amo ?",
    ],
)
def test_not_me_after_a_relatives_regime_is_none(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        # The "no" negates what follows it, not the writer: the negation rules read it (paying no tax is none).
        ("خويا أوطو أونطروبرونور وأنا لا كنخلص حتى ضريبة، شحال لامو؟", "none"),
        # The writer's own regime after a relative's is held.
        ("khoya f cpu w ana auto entrepreneur, ch7al amo?", "auto_entrepreneur"),
        # Only the relative's regime, asked about for them: theirs.
        ("mon père est à la CPU, il paie combien pour l'amo ?", "cpu"),
    ],
)
def test_other_readings_after_a_relatives_regime_stay(reader: SituationReader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        # "Me too" or "I do" after a relative's regime, held or denied: the writer holds that regime.
        ("mon frère est au forfait, moi aussi. combien l'amo pour moi ?", "cpu"),
        ("mon mari n'est pas auto-entrepreneur, moi si, je paie combien ?", "auto_entrepreneur"),
        ("khti 3ndha l'auto entrepreneur w ana b7alha, ch7al amo?", "auto_entrepreneur"),
        ("مراتي عندها الجزافي وأنا تاني، شحال لامو؟", "cpu"),
        ("أخي يمسك المحاسبة وأنا كذلك، كم أدفع للتأمين الصحي؟", "accounts"),
    ],
)
def test_me_too_after_a_relatives_regime_is_that_regime(reader: SituationReader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime


@pytest.mark.parametrize(
    "text",
    [
        "زوجي مقاول ذاتي وأنا لا شيء، شحال نخلص؟",
        "khouya f cpu w ana la 7aja, ch7al amo?",
        "ختي عندها الكونطابل وأنا لا حاجة",
    ],
)
def test_not_me_closed_by_nothing(reader: SituationReader, text: str) -> None:
    # "nothing" ("شيء", "حاجة") may close the writer's "not me" as "walo" does.
    assert read(reader, text).get("tax_situation") == "none"
