"""A tie said to the reader ("merci mon fils", "يا بنتي", "khouya 3afak") or naming where ("chez ma tante",
"t3allemt 3nd khali") is no person the message is for; a tie asked for still is."""

import pytest

from nlu.on_behalf import OnBehalfReader
from tests.nlu.test_on_behalf import read


@pytest.mark.parametrize(
    "text",
    [
        # A form of address: after a calling particle, a thanks or a greeting, or opening the message before a please.
        "شكرا جزيلا يا بنتي، فهمت دابا",
        "الله يحفظك يا أختي على هاد المعلومات",
        "baraka llah fik a khti, wde7 daba",
        "ya khouya fin kayna l'adresse dyal lghorfa f tanja?",
        "khouya 3afak chhal kayakhdo f lwra9?",
        "merci mon fils, c'est très clair",
        "bonsoir ma soeur,",
        "ma fille, que Dieu vous garde, où se trouve la chambre ?",
        # A place: where the writer learnt or works, not whom the message is for.
        "moi j'ai appris le métier chez ma tante à Safi",
        "j'ai fait 4 ans chez mon oncle bijoutier, ça compte ?",
        "t3allemt sn3a 3nd khalti f mkns",
        "khdemt 3nd khouya f lmenuiserie 6 snin",
        "تعلمت الخياطة عند خالتي منذ الصغر",
    ],
)
def test_a_tie_said_to_the_reader_or_naming_a_place_is_no_one_registered(on_behalf_reader: OnBehalfReader, text: str) -> None:
    assert read(on_behalf_reader, text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A greeting, then the person the message is for.
        ("merci, ma mère voudrait s'inscrire aussi", "parent"),
        ("salam khouya, bghit nsjel khti", "sibling"),
        ("يا أخي، أريد تسجيل ابني في السجل", "child"),
        # "3nd" opening the clause is "has": the relative is asked about.
        ("3nd bnti diplome f lkhiyata, wach t9der ttsjel?", "child"),
        ("je veux inscrire ma fille qui brode chez elle", "child"),
    ],
)
def test_a_tie_asked_for_is_still_read(on_behalf_reader: OnBehalfReader, text: str, value: str) -> None:
    assert read(on_behalf_reader, text) == value


# After a greeting, a tie then the writer's own "I" or question is said to the reader ("salam khti bghit n3ref…"); a
# tie then what that person does or wants is still the person the message is for ("salam khti bghat ttsjel").
@pytest.mark.parametrize(
    "text",
    [
        "salam khti bghit n3ref l amo",
        "slm khoya kifach nakhod la carte",
        "salam alikom khti bghit n3ref kifach nakhod lcarte",
        "السلام عليكم خويا عندي سؤال على التغطية الصحية",
        "السلام عليكم أختي أريد أن أعرف ثمن التأمين",
        "bonjour ma soeur je voudrais savoir les papiers",
        "salam khouya kanswel 3la l'amo",
    ],
)
def test_a_tie_after_a_greeting_then_the_writers_i_is_an_address(on_behalf_reader: OnBehalfReader, text: str) -> None:
    assert read(on_behalf_reader, text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("salam khti bghat ttsjel f sijil", "sibling"),
        ("السلام عليكم أختي تريد التسجيل في السجل", "sibling"),
        ("bonjour, ma soeur voudrait s'inscrire", "sibling"),
        ("salam, bghit nsjel khti", "sibling"),
    ],
)
def test_a_tie_after_a_greeting_then_what_they_do_is_still_read(
    on_behalf_reader: OnBehalfReader, text: str, value: str
) -> None:
    assert read(on_behalf_reader, text) == value
