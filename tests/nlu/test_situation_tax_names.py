"""A regime said by its everyday names in every spelling (Arabizi "autoantrobrenor", "sipiyu", "m9awla dattiya";
French "imposé forfaitairement"), by where one declares (at the post office: the auto-entrepreneur's way) or by who
keeps the books (a fiduciary, an accountant, a trust company, a yearly balance sheet: accounts)."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # Arabic has no p: Arabizi writes b.
        ("ana autoantrobrenor, amo ch7al?", "auto_entrepreneur"),
        ("3ndi lcarta dyal auto, ch7al amo?", "auto_entrepreneur"),
        ("ana dakhel f l'auto", "auto_entrepreneur"),
        ("ana m9awla dattiya, amo ch7al?", "auto_entrepreneur"),
        ("3ndi statut d'auto", "auto_entrepreneur"),
        ("ana dakhla f sipiyu", "cpu"),
        ("kankhelles lmousa7ama l mihaniya", "cpu"),
        ("ana m9iyda f lmousahama lmihniya", "cpu"),
        ("je suis imposé forfaitairement, combien l'amo ?", "cpu"),
        ("mkhlles walo l dariba", "none"),
        ("ma3mrni khllest dariba", "none"),
    ],
)
def test_a_regime_said_by_its_everyday_name(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # Declaring at the post office is the auto-entrepreneur's way; paying AMO there names no regime.
        ("kandeclari f barid kol mra", "auto_entrepreneur"),
        ("كنصرح فالبريد بالشي اللي بعت", "auto_entrepreneur"),
        ("واش نخلص لامو فالبريد؟", None),
        # Declaring one's profits is keeping accounts; profits alone say nothing.
        ("عندي شركة صغيرة وكنصرح بالأرباح ديالها كل عام، شحال لامو؟", "accounts"),
        ("بغيت نزيد فالأرباح ديالي، شحال لامو؟", None),
        # A fiduciary, an accountant or a trust company keeping the books is keeping accounts.
        ("3ndi fidusyer kaydir lia kolchi", "accounts"),
        ("عندي فيديسيير فالمدينة", "accounts"),
        ("3ndi comptabl kaydir lia kolchi", "accounts"),
        ("مكتب ائتماني يعد حساباتي كل سنة، فكم أدفع للتغطية؟", "accounts"),
        ("الشركة الائتمانية هي التي تنجز حصيلتي، كم اشتراك AMO؟", "accounts"),
        # A credit card is no trust company.
        ("أدفع بالبطاقة الائتمانية، كم اشتراك AMO؟", None),
    ],
)
def test_a_regime_said_by_where_one_declares_or_who_keeps_the_books(
    reader: SituationReader, text: str, tax: str | None
) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # Morocco's "régime simplifié" is the simplified net result (RNS): the books are kept, on accounts.
        ("je suis au régime simplifié, combien l'amo ?", "accounts"),
        ("regime simplifie, je cotise combien a la cnss", "accounts"),
        ("ana f régime simplifié, ch7al amo?", "accounts"),
        ("أنا في النظام المبسط، كم أدفع للتأمين الصحي؟", "accounts"),
        # "micro-entreprise" is France's name for the auto-entrepreneur's status: a writer using it means that one.
        ("je suis en micro-entreprise, combien pour l'amo ?", "auto_entrepreneur"),
        ("j'ai une micro entreprise de couture, l'amo c'est combien ?", "auto_entrepreneur"),
        ("ana 3ndi micro-entreprise, ch7al amo?", "auto_entrepreneur"),
    ],
)
def test_the_simplified_regime_and_the_micro_enterprise_are_named(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text",
    [
        # The micro-entreprise (the auto-entrepreneur's, see above) written in Arabic letters.
        "أنا ميكرو أنتروبريز، شحال لامو؟",
        "عندي ميكرو انطروبريز ديال الخياطة، بشحال التغطية الصحية؟",
        "داير أوطو أونطروبريز، شحال خاصني نخلص فلامو",
    ],
)
def test_the_micro_enterprise_in_arabic_letters_is_the_auto_entrepreneurs(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "auto_entrepreneur"


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # "as" glued on in Arabic: "كمساهمة مهنية موحدة".
        ("كنخلص 900 درهم فالعام كمساهمة مهنية موحدة، شحال لامو؟", "cpu"),
        ("أؤدي مبلغا كمساهمة مهنية كل سنة، كم اشتراك التأمين؟", "cpu"),
        # Every three months, written with "ثلاث".
        ("كنديكلاري كل ثلاث شهور فالبريد، شحال لامو؟", "auto_entrepreneur"),
    ],
)
def test_more_arabic_spellings_of_a_regime(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax
