"""Who a registration request is for, read in every variety (phrasings unlike the training lines)."""

import pytest

from nlu.lexicon import message_words
from nlu.on_behalf import OnBehalfReader, load_cues


@pytest.fixture(scope="module")
def reader() -> OnBehalfReader:
    return OnBehalfReader(load_cues())


def read(reader: OnBehalfReader, text: str, taken=()) -> str | None:
    found = reader.read(message_words(text), taken, text)
    return found.value if found else None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # MSA
        ("أريد أن أملأ طلب التسجيل نيابة عن والدتي المسنة", "parent"),
        ("هل أستطيع أن أسجل ابنتي فهي تطرز منذ سنوات؟", "child"),
        ("أساعد زوجي في التسجيل لأنه لا يقرأ", "spouse"),
        ("أنا مستشارة في غرفة الصناعة التقليدية بمكناس", "adviser"),
        ("أسجل إحدى عضوات التعاونية", "cooperative_member"),
        # "أمي" is also "illiterate": a verb of registering someone makes it the mother.
        ("أريد تسجيل أمي فهي تنسج الزرابي بخنيفرة", "parent"),
        ("أرغب في تسجيل أمي، تعمل في الفخار", "parent"),
        # Darija, Arabic script
        ("بغيت نعمر الطلب لختي حيت ماعندهاش التيليفون", "sibling"),
        ("كنعاون الواليد ديالي يتسجل فالسجل", "parent"),
        ("نسجل عمتي راها خياطة", "relative"),
        # The tie with the article and "my" after it ("الخالة ديالي", "الولد ديالي").
        ("بغيت نسجل الخالة ديالي راها كتنسج الزرابي", "relative"),
        ("كيفاش نسجل الولد ديالي فالسجل؟", "child"),
        ("بغيت نسجل جاري راه نجار", "other"),
        ("كنخدم فالغرفة وجاني واحد الصانع", "adviser"),
        # Darija, Latin script
        ("salam bghit n3awen mama tsjel f rna", "parent"),
        ("wach n9der nsjel bnti hna?", "child"),
        ("khoya ma kay3refch ykteb, ana li ghadi nsjlo", "sibling"),
        ("bghit nsjel bent 3mmi", "relative"),
        ("ana moustachar f lghorfa dyal fes", "adviser"),
        ("kansjel wa7da mn l3odwat", "cooperative_member"),
        # French
        ("bonjour je voudrais inscrire ma maman qui fait des tapis", "parent"),
        ("je fais la demande pour mon epouse", "spouse"),
        ("je suis conseillere a la chambre de Fes", "adviser"),
        ("je m'occupe de l'inscription de ma soeur", "sibling"),
        ("j'inscris une adherente de notre cooperative", "cooperative_member"),
        ("mon neveu est menuisier, je l'inscris", "relative"),
        # Someone whose tie is not said: only with "I register / I help".
        ("je voudrais inscrire un artisan de mon quartier", "someone"),
        ("bghit nsjel chi wa7da", "someone"),
        ("أساعد شخصا على التسجيل", "someone"),
    ],
)
def test_a_request_for_another_person_names_the_tie(reader: OnBehalfReader, text: str, value: str) -> None:
    assert read(reader, text) == value


@pytest.mark.parametrize(
    "text",
    [
        # The writer registers themself; a relative helps them or is mentioned in passing.
        "bghit ntsjel w bnti hiya li kat3awni",
        "ولدي يقدر يسجلني من التيليفون ديالو؟",
        "je veux m'inscrire, ma fille va m'aider",
        "أريد التسجيل، أخي يساعدني",
        "ana 3odwa f ta3awniya w bghit ntsjel",
        # No other person at all.
        "je suis un artisan, je veux m'inscrire",
        "bghit ntsjel daba",
        "كيفاش نتسجل فالسجل",
        # A word that is also a kinship word, without "I register / I help" ("أمي": unable to read).
        "أنا أمي ما كنعرفش نقرا",
        "khali had chi, bghit n3ref lwra9",
    ],
)
def test_the_writer_registering_themself_is_not_someone_else(reader: OnBehalfReader, text: str) -> None:
    assert read(reader, text) is None


def test_the_span_points_at_the_words_written(reader: OnBehalfReader) -> None:
    text = "bghit nsjel Khti f sijil"
    found = reader.read(message_words(text))
    assert found is not None and text[found.start : found.end] == "Khti"


def test_words_claimed_by_another_extractor_are_not_read(reader: OnBehalfReader) -> None:
    text = "bghit nsjel khti"
    start = text.index("khti")
    assert read(reader, text, taken=[(start, start + 4)]) is None


def test_an_unknown_relationship_in_the_cues_is_refused() -> None:
    cues = load_cues()
    cues["person"] = {**cues["person"], "cousin": ["cousin"]}
    with pytest.raises(ValueError, match="cousin"):
        OnBehalfReader(cues)


@pytest.mark.parametrize(
    ("text", "trades", "others"),
    [
        ("ma femme brode à la maison, moi je suis menuisier avec un diplôme", ("brode", "menuisier"), {0}),
        ("مراتي كتطرز وأنا عندي ديبلوم فالنجارة", ("كتطرز", "فالنجارة"), {0}),
        ("ana njjar w khti khiyata", ("njjar", "khiyata"), {1}),
        # Only one owner said: nothing is set apart.
        ("je suis menuisier et potier", ("menuisier", "potier"), set()),
        ("ma femme brode et tisse", ("brode", "tisse"), set()),
    ],
)
def test_a_relatives_trade_is_told_from_the_writers(reader: OnBehalfReader, text: str, trades, others) -> None:
    spans = [(text.index(t), text.index(t) + len(t)) for t in trades]
    assert reader.others_trades(message_words(text), spans) == others


def test_the_writers_master_asked_for_is_who_the_message_is_for(reader: OnBehalfReader) -> None:
    assert read(reader, "المعلم ديالي بغا يتسجل، شنو خاصو؟") == "other"


def test_a_relative_met_in_the_writers_story_is_not_who_registers(reader: OnBehalfReader) -> None:
    text = "mon oncle m'a pris dans son atelier, ça fait 14 ans. Est-ce que j'ai droit au registre ?"
    assert read(reader, text) is None


@pytest.mark.parametrize(
    "text",
    [
        # The writer tells their own work with a relative in it: the relative is met in passing, as owner or companion.
        "je bosse dans l'atelier de ma tante depuis trois ans, c'est bon pour le registre ?",
        "kankhdem m3a bba f lkhiyata mn 2018",
        "أشتغل في ورشة خالتي منذ سنوات",
        "كنصنع الزرابي مع مامتي هادي مدة",
        "je fabrique des babouches dans l'entreprise de mon beau frere",
        # A helping verb gives way to the writer's own registration: the help is at work.
        "كنعاون ختي فالمحل ديالها، واش نقدر نتسجل أنا؟",
        "khti 3ndha diplome w ana la, kan3awnha f dar, n9der ntsjel?",
        # The one the writer works or learns with or at, their master included.
        "كنت متعلم عند المعلم ديالي فالنجارة عام ونص ومن بعد خرجت، واش يقبلوني فالسجل؟",
        "فين كاينة غرفة الصناعة التقليدية فبني ملال؟ بغيت نمشي مع بابا",
        "On habite un petit village de montagne, je fais des tapis avec ma mère. Il y a des aides pour nous ?",
    ],
)
def test_a_relative_in_the_writers_own_story_is_not_who_the_message_is_for(reader: OnBehalfReader, text: str) -> None:
    assert read(reader, text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # The writer speaks of themself, but asks whether the relative may register, or what they need.
        ("ana khddam f dar, walakin mama katrez, wach t9der ttsjel?", "parent"),
        ("أنا أعمل في البيت، وأبي نجار منذ ثلاثين سنة، هل يمكنه التسجيل؟", "parent"),
        ("moi je suis au chomage, mon mari est forgeron depuis 20 ans, il peut s'inscrire ?", "spouse"),
        ("الواليدة كتخدم الطين وأنا قاري، شنو الوراق اللي خاصها؟", "parent"),
        ("jecris pour mon grand pere qui est sellier", "relative"),
    ],
)
def test_a_question_asked_for_the_relative_keeps_them(reader: OnBehalfReader, text: str, value: str) -> None:
    assert read(reader, text) == value
