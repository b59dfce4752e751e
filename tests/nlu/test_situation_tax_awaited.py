"""A regime applied for and still awaited is not held (nlu/situation_pending.py): the paper awaited may stand between
the wait and the regime, or the wait may follow the regime in its sentence. A regime the writer says they are stays
held whatever else they wait for."""

import pytest

from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je suis en attente de la carte d'auto-entrepreneur, l'amo je paie combien ?",
        "J'attends encore le récépissé de mon inscription au régime de l'auto-entrepreneur, la retraite j'y ai droit ?",
        "Auto-entrepreneur : dossier en cours chez Barid. Comment je m'inscris à la CNSS ?",
        "le statut AE je l'ai demandé le mois dernier, pas de réponse. combien coûte l'amo ?",
        "Dossier de CPU déposé à la perception il y a un mois. La retraite, comment ça marche ?",
        "La contribution professionnelle unique, je l'ai sollicitée en juin. Combien pour l'AMO ?",
    ],
)
def test_a_regime_awaited_is_not_held(reader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ma demande pour la contribution professionnelle unique est toujours à l'étude, et je ne paie rien pour "
        "l'instant. L'AMO c'est combien ?",
        "J'attends toujours l'attestation de l'auto-entrepreneur, en attendant je ne déclare rien. Combien l'AMO ?",
    ],
)
def test_a_regime_awaited_with_nothing_paid_meanwhile_is_none(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("Je suis à la CPU, j'attends la carte CNSS. Combien je paie pour l'AMO ?", "cpu"),
        ("Je suis auto-entrepreneur, ma demande de crédit est en cours. Il y a d'autres financements ?", "auto_entrepreneur"),
        ("À la CPU depuis 8 ans, mon dossier de prêt est déposé. Combien pour l'AMO ?", "cpu"),
        ("Au réel avec comptable, j'attends la réponse de la CNSS pour ma femme. Combien je paie ?", "accounts"),
    ],
)
def test_a_regime_held_while_something_else_is_awaited(reader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime
