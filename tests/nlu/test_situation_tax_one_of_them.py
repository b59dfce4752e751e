"""After a regime's holders named in general, the writer's "I am one of them" holds that regime; after those who pay
no tax, no tax."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("les auto-entrepreneurs paient combien pour la cnss ? j'en fais partie", "auto_entrepreneur"),
        ("ceux de la CPU ont droit à l'AMO ? moi j'en fais partie", "cpu"),
        ("كم يدفع المقاولون الذاتيون للتغطية الصحية؟ وأنا منهم", "auto_entrepreneur"),
        ("نحن مقاولون ذاتيون، كم ندفع للتأمين الإجباري عن المرض؟", "auto_entrepreneur"),
        # Those who pay no tax, named in general, then "I am one of them".
        ("واش التقاعد كاين للصناع اللي ما كيخلصوش الضريبة؟ حتى أنا منهم", "none"),
        ("الحرفيين اللي ما عندهمش باطانت شحال كيخلصو فالتغطية؟ أنا واحد منهم", "none"),
        # "c'est moi": the one asked about in general is the writer.
        ("carte d'artisan pour une auto-entrepreneuse qui coud des caftans, c possible ? c'est moi", "auto_entrepreneur"),
        ("les auto-entrepreneurs ont droit à la retraite ? c'est moi", "auto_entrepreneur"),
        # "I am in this regime".
        ("بخصوص المعاش، واش هو إجباري ولا اختياري بالنسبة للمقاول الذاتي؟ حيت أنا مسجل فهاد النظام", "auto_entrepreneur"),
        ("la CPU donne droit à la retraite ? je suis dans ce régime", "cpu"),
    ],
)
def test_the_writer_among_the_holders_holds_the_regime(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text",
    [
        # Holders in general, the writer not counted in.
        "les auto-entrepreneurs paient combien pour la cnss ?",
        "كم يدفع المقاولون الذاتيون للتغطية الصحية؟",
        # Someone else is one of them.
        "ceux de la CPU ont droit à l'AMO ? mon voisin en fait partie",
        "واش التقاعد كاين للصناع اللي ما كيخلصوش الضريبة؟ جاري منهم",
        # Two regimes asked about: "them" is unclear.
        "les AE et ceux de la CPU paient pareil ? j'en fais partie",
    ],
)
def test_holders_in_general_are_not_the_writer(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None
