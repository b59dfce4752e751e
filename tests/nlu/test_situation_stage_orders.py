"""A running business said by its orders and its machines, in MSA and Darija: orders that grew ("الطلبات كثرت",
"lkomandat kthrou", "beaucoup de commandes"), a workshop one owns ("أملك ورشة", "لدي محل"), one more machine ("آلة
ثانية", "machina jdida"), more hands ("أوظف"), a workshop made bigger ("أكبر ورشتي") say it grows."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "عندي ورشة ديال الحدادة وبغيت نشري آلة ثانية حيت الكوموندات كثرو",
        "أملك ورشة خياطة وأريد شراء آلة تطريز جديدة لأن الطلبيات تزايدت",
        "lkomandat kthrou 3liya o bghit credit bach nchri makina okhra",
        "kthrou 3liya lkomandat, bghit nchri machina jdida, credit?",
        "j'ai beaucoup de commandes et pas assez de machines, un prêt ?",
        "لدي محل للنحاس منذ سنوات وأبحث عن قرض لتجديد المعدات",
        "أريد أن أكبر ورشتي وأوظف حرفيين آخرين",
    ],
)
def test_orders_and_owned_workshops_are_growth(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "grow"


@pytest.mark.parametrize("text", ["هل أنت آلة؟", "ما هي الوثائق التي يجب أن أحضرها؟", "السلام عليكم أ لالة"])
def test_a_machine_word_alone_is_no_stage(reader: SituationReader, text: str) -> None:
    assert "business_stage" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "bghit nchri machinat jdad l l'atelier, chno kayn mn credit?",
        "3ndi 7anout w bghit nzid lmchinat, forsa kat3ti?",
        "kanbghi nkhdem m3aya jouj d lkhdama f l'atelier, wach kayn tamwil?",
    ],
)
def test_machines_and_hands_in_arabizi_are_growth(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "grow"
