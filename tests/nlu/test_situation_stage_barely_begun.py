"""A business said to begin "à peine" ("je commence à peine", "je débute à peine") is starting: the phrase is read as
a span of no time, and its own verb of beginning says the start (nlu/situation.py _recent_start). Beginning to do
something else ("je commence à peine à gagner un peu") says no start."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je commence à peine, un prêt c'est possible ?",
        "Je débute à peine dans la poterie, il existe des financements ?",
        "on commence à peine avec ma sœur, un crédit Intelaka ?",
        "bonjour je commence a peine mon activité de tissage, quelles aides ?",
        "Je démarre à peine (deux mois), le prêt Forsa est possible ?",
    ],
)
def test_barely_begun_is_a_start(reader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "start"


def test_beginning_to_do_something_else_is_no_start(reader) -> None:
    text = "ça fait 10 ans que je travaille, je commence à peine à gagner un peu, un prêt pour agrandir ?"
    assert read(reader, text).get("business_stage") == "grow"


@pytest.mark.parametrize(
    "text",
    [
        "أنا في بداية مشواري المهني في صناعة الفخار، من يمول المشاريع الصغيرة؟",
        "في بداية طريقي مع النقش على الخشب، أبحث عن قرض",
        "nous sommes en début de parcours dans la vannerie, quelle aide pour le matériel ?",
    ],
)
def test_the_start_of_a_career_is_a_start(reader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "start"
