"""The regime as Darija speakers tell it: a tax, or a sum the writer pays, the same every year ("الضريبه الثابته كل عام",
"المكطوعه", "كنخلص واحد المبلغ قار كل عام") is the CPU; the tax written with ظ ("ظريبة");
the tax office named by a French loanword ("الطاكس", "ليمبو", "لاباطانط"); "never" glued ("معمرني") or without its "ما" ("عمرني خلصت"). A relative's
words go on through their verbs ("راجلي عندو محل… وكيخلص الضريبه بالمحاسب"), and their "pays no tax" is not the
writer's when the writer tells of their own tax; "انا وبنتي عندنا" is the writer's own "we"."""

import pytest

from nlu.situation import SituationReader
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("انا خياطة فالدار وكنخلص الضريبه الثابته كل عام، شحال لامو؟", "cpu"),
        ("كنخلص واحد الضريبة ثابتة كل عام، فين نخلص الامو؟", "cpu"),
        ("كنعطي للضرايب الضريبه المكطوعه كل عام، واش نقدر نتسجل؟", "cpu"),
        ("كنخلص للضرايب صومة وحدة ثابتة فالعام، واش عندي الحق فالتقاعد؟", "cpu"),
        # The lump sum, as a bare noun.
        ("انا نجار وكنخلص جزاف للضرائب كل عام، شحال لامو؟", "cpu"),
        # The flat-rate income is the AMO's base, no regime.
        ("شحال هو الدخل الجزافي ديال لامو؟", None),
        # A sum the writer pays, the same every year, with no tax named.
        ("كنخلص واحد الصومة قارة كل عام، والروتريت كيفاش؟", "cpu"),
        ("je paye un montant fixe chaque année, l'amo me coûtera combien ?", "cpu"),
        # "A certain sum" paid every year, or paid "in the year"; paid for a shop's patente; a single payment.
        ("مرتي كتخيط فالدار وانا كنخلص واحد المبلغ كل عام على الحانوت ديال النجارة، شحال نخلص فلامو؟", "cpu"),
        ("كنصلح الشوفوات فسيدي سليمان وكنخلص واحد المبلغ فالعام، شحال خاصني للتقاعد؟", "cpu"),
        ("عندي الباطانطا وكنخلص عليها كل عام واحد المبلغ، لامو شحال كتسوا فالشهر؟", "cpu"),
        ("ولدي عندو 24 ومازال كيقرا، واش باقي مغطي معايا؟ أنا ديما كنخلص واحد المبلغ محدد للضرايب فآخر العام", "cpu"),
        ("je fais un versement unique chaque annee, toujours la meme somme, combien pour la retraite ?", "cpu"),
        ("كيفاش ندخل لدار الصانع باش نعرض السلعة؟ أنا نجار وكنخلص ضريبة محددة مرة فالعام", "cpu"),
        # A small tax, paid once a year; not paid at all; a small company beside a yearly tax.
        ("واش لامو كتعوض فالكلينيك؟ أنا زلايجي فمراكش وكنخلص ضريبة صغيرة مرة وحدة فالعام", "cpu"),
        ("je paie un petit impôt chaque année, combien pour la retraite ?", "cpu"),
        ("ماكنخلص حتى ضريبة صغيرة فالعام، شحال لامو؟", "none"),
        # Paying every quarter in the phone application, as at the post office.
        ("انا خياطة فالصويرة وكنخلص من التطبيق كل تلت شهور، شحال لامو؟", "auto_entrepreneur"),
        ("عندي مقاولة صغيرة وكنخلص الضريبة كل عام، شحال لامو؟", None),
        # "The unified sum", the CPU's own name said of its sum.
        ("أنا نحاس فمكناس وكنخلص الضريبة بالمبلغ الموحد، كيفاش نصرح بمراتي فلامو؟", "cpu"),
        # The sum asked, or paid for the AMO by the month, or a regime left: no regime from it.
        ("واش خاصني نخلص واحد المبلغ كل عام؟", None),
        ("كنخلص واحد المبلغ فالشهر للامو، واش كيغطي الدوا؟", None),
        ("كنت كنخلص واحد المبلغ كل عام ودابا دخلت للمقاول الذاتي، شحال لامو؟", "auto_entrepreneur"),
        # The tax written with ظ.
        ("كنخدم النحاس وما كنخلص حتى ظريبة، شحال لامو؟", "none"),
        # Fixed, but nothing paid, the sum asked, needed or left: no regime.
        ("عندي خدمة ثابتة كل عام فالموسم، واش نقدر نتسجل؟", None),
        ("واش الضريبة ثابتة كل عام؟", None),
        ("واش خاصني نخلص مبلغ ثابت كل عام؟", None),
        ("كنت كنخلص مبلغ ثابت كل عام وحبست، شحال لامو؟", None),
    ],
)
def test_a_tax_the_same_every_year_is_the_cpu(reader: SituationReader, text: str, tax) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    "text",
    [
        "عندي طاليي صغير وما كنخلص حتى درهم لليمبو، ماعنديش حتى لاباطانط. شحال لامو؟",
        "أنا زلايجي فمكناس ومعمرني خلصت ليمبو",
        "عمري ما خلصت الإمبو. كيفاش نتسجل فلامو؟",
        "ما كنخلص والو للطاكس، شحال غادي نخلص فلامو؟",
        "كنخدم الفخار بلا باطنت، شحال لامو؟",
        "Pas de diplôme, je suis informelle. Je peux avoir l'AMO ?",
        # "Never" without its "ما".
        "انا خراز فتازة وعمرني خلصت شي باطانطا، شحال لامو؟",
        "ana 7addad w 3mrni khllst chi dariba, ch7al amo?",
        # "عمري" (also "my age") right before paying.
        "كنطرز فالدار وعمري خلصت شي ضريبة، شحال لامو؟",
        # Her or his "never", in a message for them.
        "جدتي كتنسج الحنابل فالدوار وماعمرها خلصات الضريبة، كيفاش نسجلوها فلامو؟",
        "الواليد ماعمرو خلص الضريبة، شحال غادي يخلص فلامو؟",
    ],
)
def test_no_tax_said_with_loanwords(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


def test_my_age_is_no_never(reader: SituationReader) -> None:
    assert read(reader, "عمري 40 عام وكنخلص الضريبة كل عام نفس الثمن").get("tax_situation") == "cpu"


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        ("راجلي عندو محل ديال الالمنيوم وكيخلص الضريبه بالمحاسب اما انا ما كنخلص والو، واش الامو كيغطي الدوا؟", "none"),
        ("صاحبتي كتخلص 135 درهم فالشهر حيت ما كتخلص حتى ضريبه وانا كنخلص للطاكس واحد المبلغ ثابت كل عام", "cpu"),
        # Written for the mother, the writer telling no tax of their own: hers is the one asked about.
        ("كيفاش نخلص الأمو ديال الوالدة من بعيد؟ هي طرازة فوجدة وما عندها حتى ضريبة، وأنا بغيت نخلص ليها", "none"),
        ("انا وبنتي عندنا صارل ديال الطرز والمحاسب كيدير لينا كلشي، واش الامو كيغطي العمليه؟", "accounts"),
    ],
)
def test_a_relatives_words_and_the_writers_own(reader: SituationReader, text: str, tax) -> None:
    assert read(reader, text).get("tax_situation") == tax


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # A negation does not reach past "and I pay" or the writer's "I".
        ("عندي 9 سنين فالزليج بلا ديبلوم وكنخلص الفورفي", "cpu"),
        ("راجلي ما كيبيع والو انا دايره الاوطو انتروبرونور وكنصاوب الحلي", "auto_entrepreneur"),
        ("صاحبي ما كيخلص والو للضرائب وأنا راني فالمساهمة المهنية الموحدة. شحال نخلص أنا فلامو", "cpu"),
        ("ما عنديش ديبلوم وما كنخلص حتى ضريبة", "none"),
        # Those who pay no tax, asked in one sentence, and the writer's own no-tax in the next.
        ("واش كاين التقاعد للحرفيين اللي ما كيخلصوش الضريبة؟ أنا مثلا ما مصرحش بحتى حاجة", "none"),
        # A relative's "pays nothing", in the third person, in a message written for her.
        ("الواليده كتنسج الزرابي فالدوار وما كتخلص والو، واش كاين شي دعم ليها هي؟", "none"),
        # "If I join": a plan; "I pay nothing now" is the regime.
        ("واش الثمن ديال لامو كيتبدل إلى دخلت لأوطو أونتروبرونور؟ دابا ما كنعطي والو للضرائب", "none"),
    ],
)
def test_what_a_negation_reaches(reader: SituationReader, text: str, tax) -> None:
    assert read(reader, text).get("tax_situation") == tax


def test_a_first_workshop_is_the_start(reader: SituationReader) -> None:
    assert read(reader, "بنتي باغيه تحل اول اتولي ديال الخياطه، واش كاين شي كريدي؟").get("business_stage") == "start"
    assert read(reader, "خويا بغا يحل أول كاراج ديال الميكانيك، كاين شي قرض؟").get("business_stage") == "start"


def test_a_tax_word_spelt_with_pe(reader: SituationReader) -> None:
    assert read(reader, "كنخلص للإمپو نفس المبلغ كل عام، شحال لامو؟").get("tax_situation") == "cpu"


@pytest.mark.parametrize(
    "text",
    [
        # A negation does not reach past "and I want".
        "كنطرز فالدار بلا باطنت وبغيت نكبر الخدمة، واش كاين شي قرض؟",
        "أنا أوطو أونطروبرونور وبغيت نشري ماشينات، كاين شي قرض؟",
        "je veux un atelier plus grand, quel crédit ?",
    ],
)
def test_growing_after_what_one_lacks(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("business_stage") == "grow"


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # Arabizi spellings of the tax word.
        ("ana njjar f fes w ma kankhlles hta draib, ch7al amo?", "none"),
        ("ma 3ndi 7ta dhariba, wach n9der ndkhol l amo?", "none"),
        # A sum fixed "in the year": a year unit after "f" is a yearly rhythm.
        ("kankhlles l dariba wa7ed lmablagh tabet f l3am, ch7al amo?", "cpu"),
        # The exemption in the feminine, said of the workshop.
        ("ورشتي معفاة من الضريبة، كم سأدفع للتأمين الإجباري عن المرض؟", "none"),
        # "Our company, limited liability": a SARL keeps accounts.
        ("شركتنا ذات مسؤولية محدودة في النجارة، كم ندفع للتغطية الصحية؟", "accounts"),
    ],
)
def test_more_spoken_tax(reader: SituationReader, text: str, tax: str) -> None:
    assert read(reader, text).get("tax_situation") == tax


def test_growing_said_of_the_cooperative(reader: SituationReader) -> None:
    assert read(reader, "cooperative dyalna bghat tkbbr lkhdma, kayn chi da3m?").get("business_stage") == "grow"


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # "Without" denies the noun right after it, not the stage a word further.
        ("هل هناك قروض بدون ضمانة لتوسيع المحل؟", "grow"),
        ("bghit credit bla fayda bach nkbbr l7anout", "grow"),
    ],
)
def test_without_a_noun_then_a_stage(reader: SituationReader, text: str, stage: str) -> None:
    assert read(reader, text).get("business_stage") == stage


def test_a_negated_wish_to_grow_is_no_stage(reader: SituationReader) -> None:
    assert "business_stage" not in read(reader, "ما بغيتش نكبر الخدمة، غير بغيت نعرف شحال الفايدة")
