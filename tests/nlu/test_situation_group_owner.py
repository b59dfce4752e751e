"""A cooperative or a company that is his, hers or theirs is not the writer's: working in a boss's or a relative's
company is no enterprise of one's own, the writer's years and papers decide (nlu.situation_category)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("je travaille dans son entreprise depuis 2 ans, pas de diplome", "none"),
        ("je bosse dans sa petite société de zellige depuis 6 ans", "practice"),
        ("khdam f charika dyalha hadi 3amayn bla diplome", "none"),
        ("kankhdem f charika sghira dyalo dyal nnjara hadi 5 snin", "practice"),
        ("خدام فالشركة ديالو هادي عامين وما عنديش ديبلوم", "none"),
        ("أعمل في شركته منذ سنتين ولا أملك دبلوم", "none"),
        ("أشتغل في مقاولتهم للحدادة منذ سبع سنوات", "practice"),
    ],
)
def test_a_group_of_someone_else_leaves_the_writers_own_situation(
    reader: SituationReader, text: str, category: str
) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # The writer's own group, and a group asked about for the person who owns it.
        ("j'ai ma société de menuiserie depuis 2019", "enterprise"),
        ("أعمل في شركتي منذ سنتين", "enterprise"),
        ("3ndi charika dyali f zlij", "enterprise"),
        ("ma mère a sa coopérative de tapis, elle peut s'inscrire ?", "cooperative"),
    ],
)
def test_ones_own_group_or_the_group_of_the_person_written_for_is_kept(
    reader: SituationReader, text: str, category: str
) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("je bosse dans l'atelier... non, la societe de poterie de mon cousin depuis 7 ans", "practice"),
        ("je suis employe dans l'entreprise de menuiserie de mon pere depuis 2 ans, sans diplome", "none"),
        ("kankhdem f charika dyal zlij dyal khali hadi 6 snin", "practice"),
        ("كنخدم فالشركة ديال الباطرون ديالي هادي 10 سنين", "practice"),
        ("kankhdem f charika dyal lpatron dyali hadi 3amayn, ma3ndich diplome", "none"),
    ],
)
def test_a_group_owned_by_a_relative_or_boss_named_after_its_trade(
    reader: SituationReader, text: str, category: str
) -> None:
    assert read(reader, text).get("category") == category
