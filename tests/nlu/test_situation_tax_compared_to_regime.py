"""A regime compared to another named just after the comparison ("la CPU c'est mieux que l'auto-entrepreneur ?",
"cpu a7sen mn auto") is asked about, as that other is; the writer's own "je suis", "ana" before it holds it."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "on m'a dit que le forfait est moins cher que l'auto-entrepreneur pour l'amo, vrai ?",
        "jari gal lia cpu khir mn auto entrepreneur, wach bssa7?",
        "الناس كيقولو المقاول الذاتي أحسن من الضريبة الموحدة، واش صحيح؟",
        "يقال إن المقاول الذاتي أرخص من المساهمة المهنية الموحدة في التأمين، هل هذا صحيح؟",
    ],
)
def test_a_regime_compared_to_another_is_not_held(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("je suis au forfait, moins cher que l'auto-entrepreneur non ? combien l'amo", "cpu"),
        ("rani f auto entrepreneur, a7sen mn cpu?", "auto_entrepreneur"),
    ],
)
def test_the_writers_regime_compared_is_held(reader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
