"""Situations said in words the readers did not know, from round 47's blind dev batches (nlu.situation_cues.yml and the
readers): a declaration glued to "and" after what one lacks, a cooperative member's own "I pay", the real-profit regime
in Darija, the Post's bank, Arabizi's "chhada" and "dip", a company in Spanish, a diploma one studies to get; the
auto-entrepreneur "set up" ("dayr l'auto"), "c mon statut", a regime left "then" for another, a past told by "كان", a
yearly fixed tax, a regime one "will become", paying "ta 7aja"; a diploma asked of its holders in general or as a
requirement ("يلزمها"), one to come out of a training with, a technician's "brevet" or "título"; since the King's
accession; a second shop or branch."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # "Without a diploma" negates the diploma, not the declaration glued to "and" after it.
        ("كنسج الحايك من 2022 بلا ديبلوم فآسفي وكنصرح اوطو انتروبرونور شنو لوراق", "auto_entrepreneur"),
        # A member of a cooperative who pays herself: the regime is hers, not the cooperative's.
        ("انا فالتعاونية ديال الدوم فبنسليمان وكنخلص الفورفي على الحانوت ديالي بوحدي", "cpu"),
        ("عندي جوج وليدات 3 و 8 سنين وانا مصرحة بالربح الحقيقي عند الضرائب", "accounts"),
        ("كنخدم الحلوة وكنخلص 1 فالمية فباريد بنك كل 3 شهور، واش نقدر نبدا نخلص للتقاعد", "auto_entrepreneur"),
    ],
)
def test_the_writers_regime(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("tsjil f rna kaydar mn tel wla lazem nmchi bnfsi l chambre? rani dayr l'auto", "auto_entrepreneur"),
        ("combien paye un auto entrepreneur pr l amo? c mon statut, je repare les chauffe eau a gaz", "auto_entrepreneur"),
        ("كانت أختي تؤدي الجزافي ثم صارت مقاولة ذاتية هذه السنة، كيف تحصل على علامة الجودة؟", "auto_entrepreneur"),
        ("كان خالي يؤدي الضريبة الجزافية إلى غاية 2020، ثم أغلق محله وصار يشتغل من منزله دون أي ضريبة.", "none"),
        ("هو صانع نحاس بفاس يؤدي ضريبة سنوية ثابتة، هل يمكنه المشاركة في المعرض؟", "cpu"),
        ("حرفي لا يؤدي الضريبة، لكنه سيتحول قريبا إلى المقاول الذاتي: هل يختلف الاشتراك؟", "none"),
        ("kanfker ndir auto entrepreneur l3am jay walakin daba ma kankhlles ta 7aja l dowla. l'amo daba chhal", "none"),
    ],
)
def test_the_regime_held_now(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("rna wach ghir l nas dyal diplome? ana khdam f zellige hadi 4 snin w ma kankhlles walo", "practice"),
        ("والدتي تنسج الزرابي منذ ثماني سنوات، ولا ندري هل يلزمها دبلوم للتسجيل.", "practice"),
        ("دباغ ففاس سبع سنين، الفورفي كنخلصو. بغيت شي تكوين نخرج منو بشهادة", "practice"),
        ("J'ai un brevet de technicien en ferronnerie d'art, la copie suffit ou il faut l'original ?", "diploma"),
        ("Je suis rentree d'Espagne avec un titulo de tecnico en joyeria, je veux m'inscrire", "diploma"),
        ("كننقش فتازة من العام اللي جلس فيه سيدنا محمد السادس على العرش، ما عندي حتى ديبلوم", "practice"),
    ],
)
def test_the_kind_held_now(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


def test_the_cooperatives_own_regime_stays_the_cooperatives(reader: SituationReader) -> None:
    assert "tax_situation" not in read(reader, "التعاونية ديالنا كتخلص الفورفي، واش نقدر نتسجل؟")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("bdit ntrz ghir 3amayn hadi w ma3ndi 7ta chhada, wach ndkhl f sijil?", "none"),
        ("slm, kankhdem nnjara mn 2024, ma3ndi dip, kankhlles forfait sghir", "none"),
        ("papeles para el registro: ana f tetouan 3ndi sociedad sghira dyal lbalgha", "enterprise"),
        # The diploma one would study for is wished, not held.
        ("ana khddama f ttarz mn 2025, ma3ndi chhada, fin n9der nqra bach nakhd diplome?", "none"),
    ],
)
def test_the_writers_category(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    "text",
    ["شركتنا لصناعة الحلي بمراكش تمسك محاسبة، ونريد تمويلا لفتح فرع ثان.", "bghit n7el 7anout khra, kayn chi credit?"],
)
def test_a_second_shop_is_growth(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "grow"


def test_was_after_if_is_a_condition_no_past(reader: SituationReader) -> None:
    # "كان" says a past ("كان خالي يؤدي الجزافية… ثم"), but not after "if".
    assert read(reader, "شنو خاصني نجيب للتسجيل إلا كانت عندي SARL فالميكانيك؟").get("category") == "enterprise"
