"""Words about others that are not the writer's: a clause about those who pay no tax ("اللي ما كيخلصوش الضريبة") says
nothing of the writer's own regime; and an inverted question opening the next sentence ("… il paie la CPU. Peut-il
s'inscrire ?") does not make the regime before it the thing asked about."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("صاحبي قال ليا اللي ما كيخلصوش الضريبة كيخلصو 135 درهم. أنا كنخلص لافورفي، واش حتى أنا؟", "cpu"),
        ("سمعت بلي اللي ما كيخلصوش الضريبة عندهم لامو بثمن قليل، شحال هادشي؟", None),
        ("أنا ما كنخلصش الضريبة، شحال لامو؟", "none"),
    ],
)
def test_a_clause_about_those_who_pay_no_tax_is_not_the_writers(reader: SituationReader, text: str, tax) -> None:
    assert read(reader, text).get("tax_situation") == tax


def test_an_inverted_question_in_the_next_sentence_leaves_the_regime_held(reader: SituationReader) -> None:
    text = "Mon père est potier depuis 20 ans à Safi, il paie la CPU. Peut-il s'inscrire au registre ?"
    assert read(reader, text).get("tax_situation") == "cpu"
    assert read(reader, "le statut auto-entrepreneur est-il compatible avec l'amo ?").get("tax_situation") is None


def test_i_am_the_one_who_pays_nothing_is_the_writers_none(reader: SituationReader) -> None:
    text = "جاتني ورقة من CNSS، وأنا اللي ما عمرني خلصت شي حاجة للضرايب. شحال خاصني نعطي؟"
    assert read(reader, text).get("tax_situation") == "none"


def test_the_writers_no_tax_after_their_turn_in_anothers_clause(reader: SituationReader) -> None:
    text = (
        "mon beau-frère m'a dit qu'il faut venir avec le bilan du comptable mais moi j'ai pas de comptable, "
        "je paie rien aux impôts"
    )
    assert read(reader, text).get("tax_situation") == "none"
