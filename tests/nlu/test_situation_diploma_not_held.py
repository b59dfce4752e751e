"""A diploma failed, still being prepared or sought by experience is none held: the years decide
(nlu.situation_category)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("j'ai echoue au diplome de ferronnerie mais je forge depuis 2016", "practice"),
        ("recalee au diplome de broderie l'an passe, je brode quand meme depuis 7 ans", "practice"),
        ("رسبت في دبلوم النجارة، وأشتغل في الورشة منذ خمس سنوات", "practice"),
        ("s9att f diplome dyal lkhyata, walakin kankhyet hadi 6 snin", "practice"),
        # Sought by experience (the validation of acquired experience).
        ("خالتي كتطرز هادي 20 عام، واش تقدر تجيب ديبلوم من التجربة ديالها؟", "practice"),
        ("kan9e7 f lkhchab mn 2012, kifach ndir diplome b tajriba?", "practice"),
        ("je tisse depuis 15 ans, je peux avoir un diplôme par l'expérience ?", "practice"),
        # Nothing else said: no kind.
        ("je prepare un diplome de maroquinerie pour l'annee prochaine, je peux deja m'inscrire ?", None),
        ("أستعد لامتحان دبلوم الخزف، هل يمكنني التسجيل الآن؟", None),
    ],
)
def test_a_failed_prepared_or_sought_diploma_is_none_held(reader: SituationReader, text: str, category: str | None) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    "text",
    [
        "j'ai mon diplome de couture, je prepare mon dossier pour le registre",
        "حصلت على دبلوم في الزليج، هل أحضر نسخة منه؟",
        "j'ai eu le diplome de menuiserie apres avoir rate le bac",
        # The experience told beside a diploma held, not as where the diploma comes from.
        "عندي ديبلوم فالنجارة وعشر سنين ديال التجربة، واش نتسجل؟",
    ],
)
def test_a_held_diploma_stays_held(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "diploma"
