"""Where a clause opens, for what a negation reaches: a "but" (or the French "and") opens a clause whose topic may be
put first and denied after it; a name shaped like Darija's ma…ch negation is no negation; the writer's "I" opening a
regime past a negation's own object starts a clause of its own; the house a relative owns is where the writer works."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        # The topic first after a "but" or "and", denied after it.
        ("kan9ad l3ar3ar mn 2015 walakin chahada ma3ndi, wach n9der ntsjel?", "category", "practice"),
        ("je travaille le cuir depuis 2016 mais le diplôme je ne l'ai pas", "category", "practice"),
        ("sculpteur depuis 8 mois, aucun diplome et coté impots rien du tout", "tax_situation", "none"),
        ("côté impôts rien, je brode depuis 3 ans", "tax_situation", "none"),
    ],
)
def test_a_topic_first_after_but_is_denied_after_it(reader: SituationReader, text: str, entity: str, value: str) -> None:
    assert read(reader, text).get(entity) == value


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Marrakech has the shape of "ma…ch": the years after it are still read, in the craft.
        ("yallah nbdaw tsjil ana dbbagh f Marrakech, 3ndi 20 3am f lhrfa bla diplome", "practice"),
        ("khdam f mrrakch, 3ndi 12 3am f l7rfa w ma3ndich diplome", "practice"),
    ],
)
def test_marrakech_is_no_negation(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


def test_years_owned_alone_are_still_an_age(reader: SituationReader) -> None:
    assert "category" not in read(reader, "3ndi 40 3am w bghit ntsjel")


@pytest.mark.parametrize(
    "text",
    [
        "عندي جوج سنين فالحدادة ما عنديش ديبلوم وانا اوطو انطربرونور واش نقدر ندخل",
        "ma3ndich diplome w ana auto entrepreneur, wach n9der ntsjel?",
    ],
)
def test_the_writers_i_past_a_negations_object_opens_a_clause(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "auto_entrepreneur"


def test_the_writers_i_right_after_a_negation_is_denied(reader: SituationReader) -> None:
    assert read(reader, "ماشي انا اوطو، واش نقدر نتسجل؟").get("tax_situation") != "auto_entrepreneur"


@pytest.mark.parametrize(
    "text",
    [
        "رجعت كندير الحدادة فدار الواليد فبني انصار وما كنخلص والو ديال الضرائب",
        "أعمل في الخياطة في بيت أبي ولا أدفع أي ضريبة",
    ],
)
def test_the_house_a_relative_owns_is_where_the_writer_works(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # French's "ne" with its second part still negates.
        ("je n'ai pas de diplome, je fais de la poterie depuis 2 ans", "none"),
        ("je n'ai aucun diplôme mais 5 ans de métier", "practice"),
    ],
)
def test_french_ne_with_its_second_part_negates(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        # Or with a negative subject before it.
        ("Nous sommes deux sœurs, potières depuis plus de dix ans, aucune n'a de diplôme. Pouvons-nous nous inscrire ?", "category", "practice"),
        ("Nous sommes une coopérative de vannerie, aucune de nous ne paie d'impôt. L'AMO coûte combien ?", "tax_situation", "none"),
    ],
)
def test_french_ne_after_a_negative_subject_negates(reader: SituationReader, text: str, entity: str, value: str) -> None:
    assert read(reader, text).get(entity) == value
