"""A cooperative or a company wished or being set up, then asked whether it may register, is asked for its kind (as
"si une coopérative peut solliciter son inscription" is); asked how to set it up, and nothing more, it is not held."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("bghina nasssso t3awniya dyal l7rir m3a jiran, wach tsjlha f rna?", "cooperative"),
        ("بغينا نأسسو تعاونية ديال الفخار، واش تقدر تتسجل؟", "cooperative"),
        ("نريد إنشاء تعاونية للنسيج، هل يمكن تسجيلها؟", "cooperative"),
        ("nous voulons créer une coopérative de broderie, comment l'inscrire au registre ?", "cooperative"),
        ("on monte une coopérative de vannerie, elle peut s'inscrire ?", "cooperative"),
        ("bghit ndir charika f nnjara, wach t9der ttsjel?", "enterprise"),
    ],
)
def test_a_group_set_up_then_asked_to_register(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    "text",
    [
        "comment créer une coopérative de couture ?",
        "comment monter une coopérative ?",
        "je veux monter une société de dinanderie",
        # Registering the writer, not the group.
        "bghit ndir t3awniya, walakin wach n9der ntsjel ana bou7di?",
    ],
)
def test_a_group_only_wished_is_not_held(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)
