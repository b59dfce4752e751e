"""A tax situation said by what one pays or by the regime's Arabizi name, and two regimes offered as a choice."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        # A sum paid to the tax office every year is the flat-rate CPU.
        "kankhless chi 600 dh kol 3am l ddariba, ch7al ghadi nkhelles f cnss?",
        "kan3ti l dara2ib chi flous sghira kol sna, amo bch7al?",
        "كنخلص للضرائب واحد 1200 درهم كل عام، والتغطية شحال؟",
        "كندفع شي دراهم للضريبة كل سنة وصافي",
        "je règle un montant fixe à la perception tous les ans, l'amo me coûtera combien ?",
        "chaque année je verse une somme fixe au percepteur, la cotisation c'est combien ?",
        # The CPU by its Arabizi name, the "lump-sum tax".
        "ana m9iyed f ljizafi, ch7al amo?",
        "kankhelles ddariba jozafiya, wach amo ghalya?",
    ],
)
def test_a_yearly_sum_to_the_tax_office_or_the_lump_sum_tax_is_the_cpu(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "cpu"


@pytest.mark.parametrize(
    "text",
    [
        # The patente is paid yearly under every regime: it names none.
        "kankhelles lpatenta kol 3am 500 dh",
        # A yearly payment with no tax word is no regime.
        "kankhelles lkra dyal l7anout kol 3am 3000 dh",
    ],
)
def test_a_yearly_payment_without_a_tax_word_names_no_regime(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "wach n9iyed rasi auto entrepreneur wla cpu?",
        "ndir lmoqawil dati ola ljizafi? chkoun fihom rkhis",
        "نختار الجزافي ولا المقاول الذاتي؟ شنو حسن ليا",
        "هل الأفضل المساهمة المهنية الموحدة أم المقاول الذاتي؟",
        "vaut mieux la CPU ou auto-entrepreneur pour l'amo ?",
    ],
)
def test_two_regimes_offered_as_a_choice_are_asked_about(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


def test_a_regime_held_then_another_denied_is_still_held(reader: SituationReader) -> None:
    assert read(reader, "ana f cpu, machi auto-entrepreneur").get("tax_situation") == "cpu"


@pytest.mark.parametrize(
    "text",
    [
        "كنعطي 1500 درهم فالعام للضريبة، شحال الأمو؟",
        "كنخلص للضرائب شي 900 درهم فالسنة",
        "kankhelles 1200 dh fl3am l dariba, amo ch7al?",
        "je paie 2000 dh d'impôt à l'année, combien l'amo ?",
    ],
)
def test_a_sum_paid_in_the_year_to_the_tax_office_is_the_cpu(reader: SituationReader, text: str) -> None:
    # "فالعام", "fl3am", "à l'année" say "every year" as "كل عام" does.
    assert read(reader, text).get("tax_situation") == "cpu"


@pytest.mark.parametrize(
    "text",
    [
        "bdit f l3am li fat, ma3ndich diplome",
        "بديت فالعام اللي فات وماعنديش الديبلوم",
        "ليس لدي دبلوم، بدأت في العام الماضي فقط",
    ],
)
def test_last_year_is_still_a_span_not_a_yearly_payment(reader: SituationReader, text: str) -> None:
    # The yearly words must not swallow "l3am li fat", "العام الماضي": the span of one year still says no category.
    assert read(reader, text).get("category") == "none"


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # "In the year", a year unit right after "f"/"في", is "per year".
        ("kankhelles l dariba 500 dh f l3am, amo ch7al?", "cpu"),
        ("كنعطي للضرائب 600 درهم في السنة، شحال الأمو؟", "cpu"),
        # The Arabizi "I pay" with the hamza written 2, beside a rate of the turnover.
        ("kan2addi 1% mn lchiffre d'affaire, ch7al cnss?", "auto_entrepreneur"),
        ("n2adi 0,5% 3la lmabi3at kol trimestre, amo ch7al?", "auto_entrepreneur"),
    ],
)
def test_sums_in_the_year_and_rates_paid(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize("text", ["kankhless dariba 400 dh, bdit f l3am li fat", "دفعت 700 درهم في السنة الماضية للضرائب"])
def test_last_year_is_no_rate(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


@pytest.mark.parametrize(
    "text",
    [
        # The tax paid on one's profits is the accounts regime's (the CPU and the AE pay on the turnover).
        "kankhelles ddariba 3la rbe7 dyali kol 3am, ch7al amo?",
        "je paye l'impot sur mon benefice, combien la cnss",
        "أؤدي الضريبة على أرباحي، كم اشتراك التأمين؟",
    ],
)
def test_tax_paid_on_the_profits_is_accounts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "accounts"


@pytest.mark.parametrize(
    "text",
    [
        "est-ce qu'on doit payer un impôt sur les bénéfices quand on est artisan ?",
        "wach khass nkhelles dariba 3la rba7?",
        "ما كنخلصش الضريبة على الربح حيت ما كاينش الربح",
    ],
)
def test_tax_on_profits_asked_or_denied_is_not_accounts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") != "accounts"
