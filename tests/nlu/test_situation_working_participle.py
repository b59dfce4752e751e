"""A participle of working at the head of a message, no subject before it ("مشتغلا في شركة عمي…", "salariée dans
l'entreprise de mon oncle…", "خدام فالشركة ديال خويا…"), is the writer speaking of themself: the relative's company
they work in is not their own enterprise, their years decide."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "مشتغلا في شركة عمي للزليج منذ 2017، هل يحق لي التسجيل؟",
        "عاملة في شركة زوجي للخياطة منذ خمس سنوات، هل يمكنني التسجيل؟",
        "السلام عليكم، موظفة في مقاولة خالي للجلد منذ 2015، هل يحق لي التسجيل؟",
        "salarié dans la société de mon beau-père depuis 2015, puis-je m'inscrire ?",
        "employé dans la société de mon beau-père depuis 2015",
        "ouvrière dans l'entreprise de broderie de ma tante depuis sept ans, ai-je droit au registre ?",
        "Bonjour, travaillant dans l'entreprise de mon oncle depuis six ans, suis-je éligible ?",
        "خدام فالشركة ديال خويا هادي 6 سنين، واش نقدر نتسجل؟",
    ],
)
def test_working_in_a_relatives_company_is_practice(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize(
    "text",
    [
        # The relative is named first: the participle is theirs, and so is their company.
        "ماما، عاملة في شركتها للخياطة منذ 2010، واش تقدر تتسجل؟",
        "Ma mère, salariée de sa propre entreprise de broderie depuis 2010, peut-elle s'inscrire ?",
    ],
)
def test_a_participle_after_a_relative_is_theirs(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "enterprise"


@pytest.mark.parametrize(
    "text",
    [
        "je veux recruter un employé et acheter une machine, quel prêt ?",
        "mon atelier marche bien, je voudrais embaucher un ouvrier de plus, y a-t-il un crédit ?",
    ],
)
def test_a_worker_hired_still_says_the_business_grows(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "grow"
