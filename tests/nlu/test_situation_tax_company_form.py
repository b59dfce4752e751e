"""A SARL keeps accounts by law: the writer's own SARL, where no regime is named, says accounts, whatever the writer
asks. A relative's, a denied one or one planned says nothing of the tax."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    "text",
    [
        "je suis gérant d'une SARL de poterie, l'amo me coûte combien ?",
        "j'ai une sarl de menuiserie, je cotise combien à la cnss ?",
        "notre SARL fabrique des babouches, combien je paie pour l'assurance maladie ?",
        # Whatever the topic (round 33: with a registering question, the regime was dropped).
        "j'ai une SARL de zellige, quels papiers pour le registre ?",
        "ma sarl de ferronnerie marche bien, je veux un pret pour agrandir l atelier",
        "عندي شركة SARL ديالي فالنجارة، واش الشركة تقدر تتسجل فالسجل الوطني؟",
        "3ndi sarl dyal lmikanik f agadir, wach t9der tdkhol l rna?",
        # The form's full name, in Arabic and in French.
        "السلام عندي شركة ديالي فالزليج شركة ذات المسؤولية المحدودة فمكناس شحال الاشتراك ديال لامو",
        "j'ai une société à responsabilité limitée de poterie, combien pour l'amo ?",
    ],
)
def test_the_writers_own_sarl_keeps_accounts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "accounts"


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        # A regime named wins; a relative's SARL, a denied one or one planned is not the writer's.
        ("j'ai une sarl mais je suis au forfait, combien l'amo ?", "cpu"),
        ("mon oncle a une SARL, moi je ne paie aucun impôt, combien l'amo ?", "none"),
        ("je n'ai pas de SARL, combien pour l'amo ?", None),
        ("je veux créer une SARL, quels papiers ?", None),
    ],
)
def test_a_sarl_that_is_not_the_writers_says_no_accounts(
    reader: SituationReader, text: str, regime: str | None
) -> None:
    assert read(reader, text).get("tax_situation") == regime


@pytest.mark.parametrize(
    "text",
    [
        "عندي سارل ديال الزليج فمكناس، شنو الوراق ديال السجل؟",
        "انا مسير واحد السارل صغيرة ديال الحدادة، شحال ديال لامو؟",
        # Written for a relative who owns it: theirs is the one asked about.
        "خويا عندو سارل ديال النحاس فمراكش، واش تقدر تتسجل فالسجل؟",
        # Or with the French r written غ.
        "عندي ساغل صغيرة ديال النجارة فمكناس، الشركة ديالي شحال غتخلص فالتأمين ديال الصحة؟",
        "عندي شركة ساغل ديال الزليج فخريبكة، كيفاش نسجل راسي فالتغطية الصحية؟",
    ],
)
def test_a_sarl_spelt_with_sin_keeps_accounts(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "accounts"


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        # Registering the company the writer calls theirs: the wish is to register it, the SARL exists.
        ("Je veux inscrire ma SARL de marbrerie tout de suite, vous pouvez lancer la demande ?", "accounts"),
        ("je voudrais enregistrer notre sarl au registre, comment faire ?", "accounts"),
        ("بغيت نسجل الصارل ديالي فالسجل ديال الصناعة التقليدية", "accounts"),
        # Founding one, even called theirs, plans it.
        ("je veux créer ma SARL l'an prochain, quelles aides ?", None),
        ("بغيت نحل صارل ديالي، شنو خاصني؟", None),
    ],
)
def test_a_sarl_the_writer_registers_as_theirs_keeps_accounts(
    reader: SituationReader, text: str, regime: str | None
) -> None:
    assert read(reader, text).get("tax_situation") == regime
