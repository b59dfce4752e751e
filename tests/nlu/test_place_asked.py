"""A place asked about that is not the chamber (nlu/place_asked.py): "le centre de formation le plus proche de Taza"
and "horaires de la prière à Agadir" read find_office; so did "sans aller à la chambre" and "je dois aller à la
chambre ou je peux le faire sur le site", which ask how to register. The office itself stays find_office.
"""

import pytest

from nlu.place_asked import from_afar, rerank
from tests.nlu.rankings import lemmas, scored


def _office_first(*others: str) -> list[dict]:
    return scored(("find_office", 0.6), *((name, 0.1) for name in others))


@pytest.mark.parametrize(
    "text",
    [
        "une ecole de zellige pres de chez moi a Tetouan ?",
        "l'institut de formation en tapisserie le plus proche de Safi",
        "فين كاين شي معهد ديال التكوين فالنجارة قريب من مكناس",
    ],
)
def test_a_school_near_by_is_training(text: str) -> None:
    ranking = _office_first("out_of_scope", "training")
    assert rerank(lemmas(text), ranking)[0]["name"] == "training"


@pytest.mark.parametrize(
    "text",
    [
        "a quelle heure ouvre la gare de Kenitra ?",
        "la mosquee la plus proche de la medina de Fes",
        "adresse de l'hopital provincial de Nador",
        "فين كاينة المحطة ديال الترين فوجدة",
    ],
)
def test_a_place_of_another_errand_is_out_of_scope(text: str) -> None:
    ranking = _office_first("training", "out_of_scope")
    assert rerank(lemmas(text), ranking)[0]["name"] == "out_of_scope"


@pytest.mark.parametrize(
    "text",
    [
        "est-ce que je peux tout faire en ligne sans me deplacer a Oujda ?",
        "on peut s'enregistrer par internet ou il faut venir au bureau ?",
        "واش نقدر نسجل عن بعد ولا خاصني نمشي للغرفة؟",
        "sans passer par la direction provinciale, c'est faisable ?",
    ],
)
def test_doing_it_from_afar_is_the_procedure(text: str) -> None:
    assert from_afar(lemmas(text))
    ranking = _office_first("amo_enroll", "rna_register_how")
    assert rerank(lemmas(text), ranking)[0]["name"] == "rna_register_how"


def test_joining_the_cnss_from_afar_is_amo_enroll() -> None:
    text = "je peux payer la cotisation cnss en ligne ou je dois aller a l'agence ?"
    ranking = _office_first("rna_register_how", "amo_enroll")
    assert rerank(lemmas(text), ranking)[0]["name"] == "amo_enroll"


@pytest.mark.parametrize(
    "text",
    [
        "ou se trouve la chambre d'artisanat pres de la gare de Fes ?",
        "la direction de l'artisanat a cote de la banque populaire a Taza",
        "a quelle distance est la chambre de Rabat depuis Sale ?",
        "horaires de la chambre d'artisanat de Meknes",
        "l'adresse de la delegation, je passe apres la priere",
    ],
)
def test_an_office_sought_stays_find_office(text: str) -> None:
    ranking = _office_first("training", "out_of_scope", "rna_register_how")
    assert rerank(lemmas(text), ranking)[0]["name"] == "find_office"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("أعمل في صناعة الحلي منذ 2012، أين يمكنني أن أجد مكتب التسجيل في تزنيت؟", "rna_eligibility"),
        ("لدي دبلوم في الخياطة، أين يوجد مكتب التسجيل؟", "rna_eligibility"),
        ("khdam f zlij hadi 10 snin, fin kayn lbureau dyal tasjil f fes?", "rna_eligibility"),
        ("je veux m'inscrire, où est la chambre d'artisanat de Safi ?", "rna_apply"),
        ("عندي ديبلوم فالنجارة، فين كاينة المندوبية باش نتسجل؟", "rna_register_how"),
    ],
)
def test_an_office_sought_after_a_story_is_find_office(text: str, first: str) -> None:
    ranking = scored((first, 0.3), ("find_office", 0.28), ("training", 0.1))
    assert rerank(lemmas(text), ranking)[0]["name"] == "find_office"


@pytest.mark.parametrize(
    "text",
    [
        # Done from afar, or no office sought: where to register is how to register.
        "أين أسجل، في المكتب أو عبر الإنترنت؟",
        "je peux m'inscrire à la chambre ou au bureau de la délégation ?",
        "فين نقدر نتسجل؟ عندي 10 سنين فالخرازة",
    ],
)
def test_no_office_sought_stays(text: str) -> None:
    ranking = scored(("rna_register_how", 0.3), ("find_office", 0.28), ("training", 0.1))
    assert rerank(lemmas(text), ranking) == ranking
