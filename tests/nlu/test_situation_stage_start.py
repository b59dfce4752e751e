"""Saying a start: equipment (machines, an oven, one's own shop) is bought or had to start as to grow, so it says
grow only when no other word says a stage; starting from nothing ("je pars de zéro", "le matériel de départ"), a
start misspelt ("pas encore démaré"), a start said recent ("عاد بديت", "شرعت مؤخرا") and French starting verbs in the
present with what they start ("je lance mon activité", "j'ouvre mon atelier") say start. Working on one's own account
for years is a running business, not a start."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je veux créer mon atelier de poterie et acheter un four, quel crédit ?",
        "je pars de zéro en maroquinerie, il me faut des machines, qui finance ?",
        "pour démarrer ma couture j'ai besoin de deux machines, un prêt possible ?",
        "il me faut un capital de départ pour ma menuiserie",
        "mon activité n'a pas encore demaré, je cherche un financement",
        "je veux ouvrir ma propre boutique de bijoux, quel financement ?",
        # Restarting a family workshop after years abroad.
        "de retour d'espagne, je veux redemarrer l'atelier de maroquinerie de la famille. le microcredit ca marche ?",
        # A start this year, or said recent, outranks the machine or equipment it needs.
        "عاد بديت هاد الشهر فالنجارة وخاصني نشري ماكينة",
        "3ad bdit had l3am w bghit nchri makina dyal lkhiyata",
        "شرعت حديثا في الطرز وأريد شراء آلة جديدة، هل من قرض؟",
        "بدأت مؤخرا في الحدادة وأحتاج معدات، فمن يمولني؟",
    ],
)
def test_equipment_bought_to_start_is_a_start(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "start"


@pytest.mark.parametrize(
    "text",
    [
        # Equipment alone, or beside a word of growth, still says grow.
        "j'ai un atelier de dinanderie, je voudrais acheter des machines, un prêt ?",
        "je veux créer un deuxième atelier et acheter des machines",
        "je voudrais agrandir mon atelier et acheter un four",
        "بغيت نشري ماكينة ديال الخياطة",
        # A machine for a workshop of ten years.
        "خدام هادي 10 سنين وبغيت نشري ماكينة جديدة",
    ],
)
def test_equipment_without_a_start_is_growth(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "grow"


@pytest.mark.parametrize(
    "text",
    [
        "je lance mon atelier de broderie en septembre, il y a des aides ?",
        "j'ouvre ma boutique de céramique bientôt, quel prêt ?",
        "je crée mon activité de ferronnerie, qui peut m'aider à financer ?",
        "je monte mon affaire de tapis, un crédit sans garantie ça existe ?",
    ],
)
def test_a_french_starting_verb_with_its_business_is_a_start(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "start"


@pytest.mark.parametrize("text", ["lance ma demande stp", "le bureau ouvre à quelle heure ?"])
def test_a_starting_verb_alone_says_no_stage(reader: SituationReader, text: str) -> None:
    assert "business_stage" not in read(reader, text)


@pytest.mark.parametrize("text", ["شرعت مؤخرا في الخياطة، هل من قرض؟", "أبحث عن دعم لانطلاق مشروعي في الحلي"])
def test_a_recent_or_sought_beginning_is_a_start(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "start"


@pytest.mark.parametrize(
    "text",
    [
        "je travaille à mon compte depuis 5 ans, je veux un crédit",
        "a mon compte depuis 2019 dans la poterie, y a un pret ?",
        "j'ai mon propre atelier depuis dix ans, quel financement ?",
    ],
)
def test_own_account_for_years_is_no_start(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") != "start"


@pytest.mark.parametrize(
    "text",
    [
        "je veux me mettre à mon compte, il y a un crédit ?",
        "je voudrais travailler à mon compte, quel financement ?",
    ],
)
def test_own_account_without_years_still_starts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "start"
