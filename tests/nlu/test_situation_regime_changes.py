"""A regime left for another: the stop is of what stands right after it ("سديت الصارل ورجعت أوطو أونتروبرونور": the
SARL closed, the auto-entrepreneur is now), and a change said done after a regime left names the present ("J'ai arrêté
l'auto-entrepreneur, je suis passée en SARL", "j'ai quitté la CPU quand j'ai créé ma SARL": accounts, not no tax). Registered since a year is no practice ("inscrit rna
depuis 2023, maalem"). Other spoken forms: "كأوطو أونتروبرونور", "ما مصرحش بحتى حاجة", "للدولة", "محل كبر"."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("العام اللي فات سديت الصارل ورجعت أوطو أونتروبرونور. واش خاصني نعاود نتسجل فلامو؟", "auto_entrepreneur"),
        ("J'ai arrêté l'auto-entrepreneur l'an dernier, je suis passée en SARL avec ma sœur. Et ma retraite ?", "accounts"),
        ("J'ai arrêté l'auto-entrepreneur l'an dernier. Combien pour l'AMO ?", "none"),
        # A company founded after the regime left.
        ("j'ai quitté le forfait quand on a créé notre SARL avec mon frère, et la retraite ?", "accounts"),
        ("سديت الأوطو أونتروبرونور وأسست صارل مع خويا، شحال لامو؟", "accounts"),
        # Something else founded: the regime left is all.
        ("j'ai quitté la CPU et j'ai créé une page facebook pour vendre, combien l'amo ?", "none"),
        ("سديت الأوطو أونتروبرونور العام اللي فات، شحال نخلص فلامو؟", "none"),
        ("واش لامو كتغطي الولادة؟ أنا كنديكلاري كأوطو أونتروبرونور", "auto_entrepreneur"),
        ("واش كاين التقاعد للحرفيين؟ أنا مثلا ما مصرحش بحتى حاجة", "none"),
        ("انا غير فالدار كنخيط الجلالب ما كنخلص حتى حاجه للدوله، شحال نخلص فالامو؟", "none"),
        # The regime left named twice ("the forfait of the CPU"): both names are of the past.
        ("كنت كنخلص الفورفي ديال المساهمة الموحدة، وهاد العام وليت ماسك الحسابات عند كونطابل. شحال لامو؟", "accounts"),
        ("كنخلص الفورفي ديال المساهمة الموحدة، شحال لامو؟", "cpu"),
        # The French imperfect of paying or declaring tells a regime of the past.
        ("Avant je payais un forfait, mais depuis juin 2026 j'ai un comptable. Pour l'AMO je fais comment ?", "accounts"),
        ("je payais la cpu jusqu'en 2024, combien l'amo ?", None),
    ],
)
def test_the_present_regime(reader: SituationReader, text: str, tax) -> None:
    assert read(reader, text).get("tax_situation") == tax


def test_registered_since_a_year_is_no_practice(reader: SituationReader) -> None:
    text = "j'ai pas recu ma carte pro, inscrit rna depuis 2023, maalem menuisier a Meknes"
    assert read(reader, text).get("category") == "maalem"


def test_a_bigger_place_is_growing(reader: SituationReader) -> None:
    text = "أنا صايغ فتطوان، الطاليي ضيق بزاف وبغيت نكري محل كبر. شنو التمويلات اللي كاينين؟"
    assert read(reader, text).get("business_stage") == "grow"


def test_a_diploma_i_have_not_said_after_it(reader: SituationReader) -> None:
    text = "أنا أوطو أونتروبرونور فالصياغة، عندي 5 سنين ديال الخدمة ولكن الديبلوم ما عنديهش. واش نقدر ندخل للرنا؟"
    assert read(reader, text).get("category") == "practice"
