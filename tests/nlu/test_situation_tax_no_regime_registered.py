"""Not registered in any regime ("غير مسجل في أي نظام ضريبي", "je ne suis inscrite à aucun régime") is no tax."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "أنا غير مسجلة في أي نظام ضريبي، كم سأدفع للتغطية الصحية؟",
        "لست خاضعا لأي نظام، فكم اشتراك التأمين الإجباري عن المرض؟",
        "je ne suis inscrite à aucun régime, je couds à la maison, l'amo c'est combien ?",
    ],
)
def test_no_regime_registered_is_none(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"
