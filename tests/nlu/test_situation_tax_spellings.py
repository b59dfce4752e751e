"""More spellings of the regimes: "dariba mowa77ada", the CPU said "الموحدة" alone, "A.E" with its dots."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("ana kankhelles ddariba lmowa7ada, ch7al amo?", "cpu"),
        ("3ndi dariba mouwa7ada w khdam f nnjara, kifach ntsjel f amo?", "cpu"),
        ("أنا فالموحدة هادي خمس سنين، شحال كنخلص فالأمو؟", "cpu"),
        ("ana f lmowa77ada, bghit n3ref amo ch7al", "cpu"),
        ("A.E depuis 2021, combien pour l'assurance maladie ?", "auto_entrepreneur"),
        ("moi c'est l'A.E, je cotise combien ?", "auto_entrepreneur"),
    ],
)
def test_more_spellings_name_the_regime(reader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text",
    ["ana ma msajjel f walo, ch7al amo?", "ما مسجلة فوالو، شحال خاصني نخلص فالأمو؟"],
)
def test_registered_nowhere_is_no_tax(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("أنا مقاول داتي فالنجارة، شحال خاصني نخلص؟", "auto_entrepreneur"),
        ("كنخدم كمقاولة داتية من الدار، كيفاش نتسجل فالأمو؟", "auto_entrepreneur"),
        ("je suis autoentrepeneur en couture, combien l'amo ?", "auto_entrepreneur"),
        ("moi je suis à la C.P.U depuis 2019, combien je paie ?", "cpu"),
    ],
)
def test_common_misspellings_name_the_regime(reader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text", ["ddariba la, walo, ch7al amo?", "الضريبة لا، غير كنخدم فالدار، شحال الأمو؟"]
)
def test_tax_answered_no_is_none(reader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # The Darija article elided onto the loanword: "لوطو" (l'auto), glued to "ف" or not.
        ("أنا داخل فلوطو أونطروبرونور، شحال لامو؟", "auto_entrepreneur"),
        ("مسجلة فلوطو انطروبرونور من 2021، كيفاش نخلص الأمو؟", "auto_entrepreneur"),
        # The regime's noun in French, as it is spelt and misspelt.
        ("je suis dans l'auto-entrepreneuriat depuis deux ans, combien l'amo ?", "auto_entrepreneur"),
        ("ana f auto entreprenariat, ch7al cnss?", "auto_entrepreneur"),
        # CPU spelt letter by letter with "أو".
        ("أنا فالسي بي او، شحال كنخلص فالتغطية؟", "cpu"),
        ("راني فسي بي أو هادي 3 سنين، شحال الأمو؟", "cpu"),
    ],
)
def test_regime_names_in_more_spellings(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text",
    [
        # "لوطو" alone is the car.
        "شريت لوطو جديدة، شحال كنخلص فالأمو؟",
        # Compared with "more/less than", the CPU is asked about.
        "واش المقاول الذاتي كيخلص الأمو كثر من السي بي يو؟",
        "auto entrepreneur kaykhless 9el mn cpu f amo?",
    ],
)
def test_no_regime_in_look_alikes_and_comparisons(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") is None


@pytest.mark.parametrize(
    "text",
    [
        "jai lattestation dauto entrepreneur, cmb lamo",
        "ma carte dauto-entrepreneur est valide, combien l'amo",
    ],
)
def test_the_auto_entrepreneur_with_de_glued_on(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "auto_entrepreneur"


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # A preposition glued on the first word of a regime spelt another way than listed.
        ("انا مسجل فالاوطو انتروبرونور وبغيت نعرف شحال لامو", "auto_entrepreneur"),
        ("راني داخلة فالمقاول الداتي هادي عامين", "auto_entrepreneur"),
        ("انا بالاوطو انتروبرونور، شنو الوراق؟", "auto_entrepreneur"),
    ],
)
def test_a_glued_preposition_before_a_regime_spelt_otherwise(
    reader: SituationReader, text: str, tax: str
) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    ("text", "tax", "category"),
    [
        # A Darija negation right before its own object negates that object, not the regime before it.
        (
            "مسجلة فالاوطو انتروبرونور ماعنديش الشهادة ولكن خدامة فالخياطة هادي 7 سنين",
            "auto_entrepreneur",
            "practice",
        ),
        ("كنخلص السي بي يو ماعنديش ديبلوم وخدام فالجبس من 2015", "cpu", "practice"),
    ],
)
def test_a_negation_with_its_object_after_leaves_the_regime_before(
    reader: SituationReader, text: str, tax: str, category: str
) -> None:
    found = read(reader, text)
    assert (found.get("tax_situation"), found.get("category")) == (tax, category)


def test_a_negation_after_the_regime_alone_still_denies_it(reader: SituationReader) -> None:
    assert read(reader, "الاوطو انتروبرونور ماعنديش، شحال لامو؟").get("tax_situation") != "auto_entrepreneur"
