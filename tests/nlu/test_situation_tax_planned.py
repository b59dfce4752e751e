"""A regime intended, planned or named in general is not the writer's: "je vais m'inscrire comme auto-entrepreneur",
"ghadi ndir l'auto", "est-ce qu'un auto-entrepreneur doit…", "واش المقاول الذاتي يقدر…" (nlu.situation_tax)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        # Intended or planned, in every variety.
        "je vais m'inscrire comme auto-entrepreneur le mois prochain, l'amo sera de combien ?",
        "j'envisage de passer au statut auto-entrepreneur, combien je cotiserai ?",
        "je compte devenir auto entrepreneur, l'amo combien ?",
        "ghadi nt9ayed f l'auto-entrepreneur mn b3d, ch7al amo?",
        "nawi ndir cpu had l3am, ch7al ghadi nkhelles f amo?",
        "bghit nt9ayed f l'auto, ch7al amo?",
        "غادي ندير المقاول الذاتي، شحال غادي نخلص فلامو؟",
        "سأصبح مقاولا ذاتيا الشهر المقبل، كم سأدفع للتغطية الصحية؟",
        "أخطط للتسجيل كمقاول ذاتي، ما مبلغ الاشتراك؟",
        # Named in general as the subject of a question.
        "est-ce qu'un auto-entrepreneur doit cotiser à l'amo ?",
        "un auto-entrepreneur peut-il avoir l'amo pour sa famille ?",
        "wach l'auto-entrepreneur khasso ykhelles amo?",
        "هل يجب على المقاول الذاتي أداء اشتراك التغطية؟",
        "واش المقاول الذاتي كيخلص كثر فلامو؟",
        # The subject of a verb in the third person, in a question.
        "l'auto-entrepreneur paie combien pour l'amo ?",
        "les auto-entrepreneurs cotisent combien par mois ?",
        "شحال كيخلص المقاول الذاتي فلامو؟",
        "ch7al kaykhelles l'auto-entrepreneur f amo?",
        # Offered as a choice, the flat-rate tax said with its tax word.
        "نختار الجزافية ولا المقاول الذاتي؟ شنو ارخص فلامو",
        "واش ندير المقاول الذاتي ولا الضريبة الجزافية؟",
    ],
)
def test_a_regime_planned_or_named_in_general_is_not_held(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        # Held, even near a future or an intention about something else.
        ("je suis inscrit comme auto-entrepreneur, combien l'amo ?", "auto_entrepreneur"),
        ("ana auto entrepreneur w ghadi nkhelles amo, ch7al?", "auto_entrepreneur"),
        ("ch7al ghadi nkhelles, ana f cpu", "cpu"),
        ("kandir l'auto-entrepreneur mn 2020, ch7al amo", "auto_entrepreneur"),
        ("un comptable tient mes comptes, combien pour l'amo ?", "accounts"),
        # Believed, not planned: "je pense que je suis au forfait".
        ("je pense que je suis au forfait, l'amo c'est combien ?", "cpu"),
        # A regime of one's own beside the same regime asked about in general.
        ("ana auto-entrepreneur, kaykhelles chi haja f amo?", "auto_entrepreneur"),
        ("la CPU je la paie chaque année, combien l'amo ?", "cpu"),
        ("أنا مقاول ذاتي وغادي نسجل ولادي فلامو", "auto_entrepreneur"),
    ],
)
def test_a_regime_held_near_a_future_is_still_held(reader: SituationReader, text: str, regime: str) -> None:
    assert read(reader, text).get("tax_situation") == regime


@pytest.mark.parametrize(
    "text",
    [
        "si je deviens auto-entrepreneur, l'amo me coûtera combien ?",
        "si je passe au forfait, je paierai quoi à la cnss ?",
        "إلا وليت مقاول ذاتي، شحال غادي نخلص فلامو؟",
        "الا دخلت فالمساهمة المهنية الموحدة واش نقدر ناخد قرض؟",
        "ila dert l'auto entrepreneur, ch7al amo?",
        "إذا أصبحت مقاولا ذاتيا، فكم سأدفع للتغطية الصحية؟",
    ],
)
def test_a_regime_under_a_condition_is_not_held(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)
