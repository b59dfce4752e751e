"""Another person's regime, told before the writer speaks of themself, is not the writer's: called "his" or "hers"
("avec son statut ae", "الأوطو ديالو"), or told by a French verb in the third person right after the relative, however
long the clause ("Mon cousin a eu un prêt Intelaka en tant qu'auto-entrepreneur. Moi je suis dinandier…"), or after
"and" ("Ma sœur brode et paie la CPU"), or set off right after them ("Mon beau-frère, auto-entrepreneur, a…"); a friend
named "un ami à moi" or "mon pote" is another person; and the writer's "moi aussi" closing a clause of their own
question ("est-ce que je peux cotiser … moi aussi ?") claims no regime."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Mon cousin a eu un prêt Intelaka grâce à son statut d'auto-entrepreneur. Moi je suis ferronnier à Kénitra.",
        "ma soeur vend ses broderies sur instagram avec son statut ae. moi je veux exporter mes lanternes en cuivre",
        "mon frere a eu un credit de barid bank avec son cpu. moi je veux agrandir mon atelier de cuir",
        "Mon cousin a eu un prêt Intelaka en tant qu'auto-entrepreneur. Moi je suis dinandier, comment faire ?",
        "mon frere a eu un pret intelaka en tant qu'auto entrepreneur, moi je fais des bijoux, je peux avoir un credit?",
        "Bonjour, mon voisin vend ses tapis sur internet comme auto-entrepreneur. Moi je voudrais vendre mes bijoux.",
        "Ma sœur brode et paie la CPU ; moi je suis tailleur à Larache. Est-ce que l'AMO couvre le diabète ?",
        "Mon beau-frère, auto-entrepreneur, a obtenu un prêt d'honneur. Moi je n'ai pas encore d'atelier.",
        "un ami à moi est à la CPU. moi je fais du zellige depuis 4 ans, comment je m'inscris ?",
        "Mon pote est a la CPU et il a eu un credit. Moi j'ai 24 ans et un projet de bijouterie, je veux un financement",
        "ma femme est au cpu. moi je travaille le bois, est ce que je peux cotiser pour la retraite moi aussi ?",
    ],
)
def test_another_persons_regime_is_not_the_writers(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        # Asked for them, the writer saying nothing of themself: theirs is the one asked about.
        ("mon père paie sa CPU chaque année, combien va lui coûter l'AMO ?", "cpu"),
        ("mon père a eu sa patente en 1990 et il est à la CPU, combien il paie pour l'AMO ?", "cpu"),
        # The writer's own, called "mine".
        ("je paie ma CPU chaque année, l'AMO c'est combien ?", "cpu"),
        ("Mon cousin a eu un prêt grâce à son statut d'auto-entrepreneur. Moi je suis à la CPU, et moi ?", "cpu"),
        # "Me too" standing alone, or after an opener, holds the relative's regime.
        ("ma femme est AE et moi aussi, combien l'amo ?", "auto_entrepreneur"),
        ("khoya f cpu w ana tahowa", "cpu"),
        ("je brode et paie la CPU, combien l'amo ?", "cpu"),
    ],
)
def test_the_one_asked_about_or_the_writers_own_stays(reader: SituationReader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Monsieur, notre SARL de zellige à Casablanca dépose chaque année son bilan. Quel montant pour l'AMO ?",
        "Notre SARL de ferronnerie à Casablanca a son comptable et je voudrais savoir si je dois cotiser en plus.",
    ],
)
def test_a_companys_own_books_are_the_writers_accounts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "accounts"
