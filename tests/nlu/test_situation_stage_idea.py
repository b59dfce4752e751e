"""A business that is only an idea or not begun at all ("ghir lfikra", "مجرد فكرة", "juste une idée", "ma bdit walo"), or
opened next year ("سأفتح ورشتي"), is starting; a second shop ("2eme boutique", "boutique tanya", "محل آخر") is growth,
and a rural commune written without its vowels ("jma3a 9rawiya") is rural."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("3ndi ghir lfikra dyal atelier d nnjara, chno kayn mn credit?", "start"),
        ("المشروع مازال مجرد فكرة، هل يمولني برنامج فرصة؟", "start"),
        ("pour le moment c'est juste une idée de boutique de bijoux, quel prêt ?", "start"),
        ("mazal ma bdit walo, bghit ghir n3ref forsa", "start"),
        ("عندي فكرة ديال مشروع ديال الخياطة وبغيت قرض", "start"),
        ("سأفتح محلا للنحاس العام القادم، ما هو التمويل المناسب؟", "start"),
        ("je voudrais ouvrir une 2ème boutique de babouches, quel crédit ?", "grow"),
        ("bghit n7el boutique okhra f lmdina, kayn credit?", "grow"),
        ("بغيت نحل محل آخر للزرابي، شي تمويل؟", "grow"),
        ("7na f wa7d jma3a 9rawiya b3ida, kayn chi da3m?", "rural"),
    ],
)
def test_an_idea_a_second_shop_and_a_commune(reader: SituationReader, text: str, stage: str) -> None:
    assert read(reader, text).get("business_stage") == stage


@pytest.mark.parametrize("text", ["شحال خاصني نخلص فلامو؟ عندي فكرة على الموضوع", "j'ai une idée de la somme, merci"])
def test_an_idea_of_something_else_is_no_stage(reader: SituationReader, text: str) -> None:
    assert "business_stage" not in read(reader, text)
