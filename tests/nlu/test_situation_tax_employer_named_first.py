"""A regime said of the one the writer works for is the employer's (nlu/situation_employer.py): named first, then
given its regime in a relative clause ("une SARL qui est au réel"), by what it owns ("l'atelier appartient à une
dame auto-entrepreneuse") or as the place ("je bosse chez une auto-entrepreneuse"). The writer's own, said beside it,
is read as said; a worker who says a regime of their own keeps it."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Je bosse chez une auto-entrepreneuse depuis deux ans, est-ce que j'ai droit à la retraite ?",
        "Je travaille pour un artisan qui est au réel, combien je paierais pour l'AMO ?",
        "Je travaille comme employé chez un patron qui est au réel avec un comptable. Combien l'AMO ?",
        "Ouvrière dans un atelier qui appartient à un auto-entrepreneur. Qu'est-ce que l'AMO rembourse ?",
    ],
)
def test_the_employers_regime_is_not_the_writers(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "Je suis ouvrier chez un maître qui est à la CPU ; moi je ne paie aucun impôt. Combien pour l'AMO ?",
        "Je suis salariée d'une SARL qui tient une comptabilité, moi je n'ai aucun régime. Combien pour l'AMO ?",
        "L'atelier où je tisse appartient à une dame auto-entrepreneuse ; moi je suis employée, sans aucun statut. "
        "L'AMO c'est combien ?",
    ],
)
def test_the_writers_none_beside_the_employers_regime(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("Je suis employé mais je suis aussi auto-entrepreneur le week-end. Combien pour l'AMO ?", "auto_entrepreneur"),
        ("Ouvrier le jour, et moi qui suis à la CPU pour mon petit atelier, je paie combien pour l'AMO ?", "cpu"),
        ("J'ai deux ouvriers et je suis au réel avec un comptable. Combien pour l'AMO ?", "accounts"),
    ],
)
def test_a_workers_own_regime_is_held(reader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime
