"""A form field answered by nothing ("Diplôme ? zéro.", "Diplome : rien", "الشهادة: صفر") denies the field, as "non" does
(nlu/situation_cues.yml, answer_no)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "Diplôme ? zéro. Années de métier ? 6. Je peux m'inscrire ?",
        "Diplome : rien. Experience : 8 ans de couture",
        "الشهادة: صفر. الخبرة: سبع سنوات في الحدادة",
    ],
)
def test_a_field_answered_by_nothing_is_denied(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize(
    "text",
    [
        # The Arabizi "la" answering a field ends its clause.
        "diplome ? la. khdam f nnjara 6 snin",
        "diplome: la, walakin 7 snin f lkhyata",
        # In Darija, before another word too.
        "diplome? la 3emmri. walakin kankhdem f zzlij hadi 9 snin",
    ],
)
def test_a_field_answered_la_is_denied(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "practice"


@pytest.mark.parametrize(
    ("text", "category", "tax"),
    [
        # In French, before another word, "la" is the article: nothing is answered.
        ("comment on s'inscrit quand on a une SARL ? la nôtre fait des meubles", "enterprise", "accounts"),
        ("j'ai mon diplôme : la copie est prête, je m'inscris où ?", "diploma", None),
    ],
)
def test_the_french_article_la_after_a_field_answers_nothing(
    reader: SituationReader, text: str, category: str, tax: str | None
) -> None:
    found = read(reader, text)
    assert (found.get("category"), found.get("tax_situation")) == (category, tax)
