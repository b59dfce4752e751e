"""MSA: "بما أنك" (since you are) in words reported to the writer negates nothing: the regime after it is theirs; "لا
أؤدي شيئا" (I pay nothing), said with its object, is no tax, as "ma kankhelles walo" is."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("أخبرتني الموظفة أنه بما أنك مقاول ذاتي فالاشتراك مختلف، كم هو إذن؟", "auto_entrepreneur"),
        ("قيل لي بما أنكم في النظام الحقيقي فعليكم التصريح، كم اشتراكي في التأمين؟", "accounts"),
        ("أنا طرازة في البيت ولا أدفع شيئا للدولة، كم سأؤدي للتأمين الصحي؟", "none"),
        ("لم أؤد شيئا طوال حياتي، هل يمكنني الانخراط في التأمين الإجباري عن المرض؟", "none"),
    ],
)
def test_msa_reported_since_and_paying_nothing(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
