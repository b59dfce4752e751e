"""Not knowing one's own tax status ("لا أعرف وضعيتي الضريبية", "je sais pas où j'en suis"): no regime held, and the
"لا" of the doubt denies nothing (no "none")."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "لا أعرف وضعيتي الضريبية بالضبط، كم أدفع للتغطية الصحية؟",
        "أخي في المساهمة المهنية الموحدة، أما أنا فلا أعلم نظامي الضريبي، كيف أسجل؟",
        "pour les impôts je sais pas trop où j'en suis, combien l'amo ?",
        "ma3reftch fin ana m3a dariba, ch7al amo?",
    ],
)
def test_not_knowing_ones_status_states_nothing(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)
