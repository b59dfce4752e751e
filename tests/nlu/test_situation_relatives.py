"""What a message says of a relative (nlu.situation_relatives): a relative's diploma, kind, years, regime or trade
are theirs, not the writer's, when the writer speaks of themself and states their own or writes for themself
("mon fils a un diplôme, moi je fais de la poterie depuis 8 ans", "mon père était maalem, moi je commence, je peux
m'inscrire ?"). A message written for the relative, stating nothing of the writer's, asks about the relative, whose
situation stays. Having nothing, said after a relative's diploma ("moi j'ai rien", "moi non"), is having none."""

import pytest

from nlu.lexicon import Lexicon, message_words
from nlu.situation import SituationReader
from nlu.situation_extractor import writers_own
from tests.nlu.test_situation import read


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # MSA
        ("ابنتي تحمل دبلوما في الخياطة، وأنا أشتغل في الدباغة منذ تسع سنوات، فهل يمكنني التسجيل؟", "practice"),
        ("أخي معلم في النحاس منذ ثلاثين سنة، أما أنا فلي عامان فقط في الحرفة وبدون شهادة", "none"),
        ("زوجتي خريجة مركز التكوين وأنا أعمل نجارا منذ 2014", "practice"),
        # Darija
        ("ولدي عندو ديبلوم فالحدادة، وأنا خدام فالزليج هادي سبع سنين", "practice"),
        ("الواليد معلم فالدباغة، أنا ما عنديش ديبلوم وخدام غير عامين", "none"),
        # Arabizi
        ("khouya 3ndo diplome f nnjara, ana kankhdem f zlij hadi 7 snin", "practice"),
        ("bnti 3ndha diplome, w ana khddama f trz mn 2016", "practice"),
        # French
        ("mon fils a un diplôme de l'OFPPT, moi je fais de la poterie depuis 8 ans", "practice"),
        ("mon mari est maître artisan, moi je brode depuis 5 ans sans diplôme", "practice"),
    ],
)
def test_the_writers_own_kind_wins_over_a_relatives(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text)["category"] == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # About the relative alone: their situation is the one asked about.
        ("ma mère fait des tapis depuis 1998, elle a le droit de s'inscrire ?", "practice"),
        ("ولدي عندو ديبلوم فالنجارة، واش يقدر يتسجل؟", "diploma"),
        # "With my uncle": the uncle is no subject, the years are the writer's.
        ("kankhdem m3a khali f nnjara mn 2010, wach n9der ntsjel?", "practice"),
        ("je travaille le bois avec mon oncle depuis 2012, je peux m'inscrire ?", "practice"),
    ],
)
def test_a_relative_alone_or_as_a_companion_keeps_the_reading(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text)["category"] == category


@pytest.mark.parametrize(
    "text",
    [
        # A companion with a relative clause of their own is its subject: the kind is theirs.
        "je travaille avec mon oncle qui est maalem, je peux m'inscrire ?",
        "ana kankhdem m3a khouya li 3ndo diplome, wach n9der ntsjel ?",
        "أنا أعمل مع أخي الذي لديه دبلوم، هل يمكنني التسجيل؟",
        "أنا خدام مع خويا اللي عندو ديبلوم، واش نقدر نتسجل؟",
    ],
)
def test_a_companions_relative_clause_is_said_of_them(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "خويا عندو البيلان والكونطابل، أما أنا ما كنخلص حتى ريال للضرايب، لامو شحال؟",
        "khti dakhla f lforfait, ana la, ma3ndi hta statut",
        "زوجتي تؤدي المساهمة المهنية الموحدة، أما أنا فلا أدفع أي ضريبة",
        # Behind "he is the one who".
        "أخي هو من يؤدي المساهمة المهنية الموحدة، أما أنا فلا أؤدي أي ضريبة",
    ],
)
def test_a_relatives_regime_is_not_the_writers(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("tax_situation") == "none"


@pytest.mark.parametrize(
    ("text", "tax"),
    [
        # The writer's own regime is not said: the assistant asks rather than answer for the relative's.
        ("mon mari est au forfait, combien je paie pour l'AMO ?", None),
        ("khouya auto-entrepreneur, ch7al ghadi nkhelles?", None),
        ("زوجي يؤدي المساهمة المهنية الموحدة، كم سأدفع للتأمين؟", None),
        # The relative is who the question is about: their regime counts.
        ("بابا كيخلص الفورفي، شحال غادي يخلص فلامو؟", "cpu"),
        ("mama 3ndha l'auto entrepreneur, ch7al amo dyalha?", "auto_entrepreneur"),
        # Written for the relative, the writer saying only so.
        ("كنكتب على خويا حيت ما كيعرفش يكتب. هو حداد وعندو محاسب كيمسك ليه الحسابات. شحال غادي يطلع عليه التأمين؟", "accounts"),
    ],
)
def test_a_relatives_regime_counts_only_when_the_question_is_about_them(
    reader: SituationReader, text: str, tax: str | None
) -> None:
    assert read(reader, text).get("tax_situation") == tax


def _trades(reader: SituationReader, lexicon: Lexicon, text: str) -> list[str]:
    words = message_words(text)
    entities = [
        {"entity": m.entity, "value": m.value, "start": m.start, "end": m.end} for m in lexicon.find(words)
    ]
    taken = [(e["start"], e["end"]) for e in entities]
    return [e["value"] for e in writers_own(entities, reader.relatives_said(text, words, taken), words)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ابني نجار، أما أنا فأعمل في الخياطة منذ عشر سنوات", "SEWING_EMBROIDERY"),
        ("خويا حداد وأنا كنخدم الفخار هادي خمس سنين", "POTTERY"),
        ("khti khayyata, ana kankhdem f zlij hadi 4 snin", "ZELLIGE"),
        ("mon frère est menuisier, moi je suis potier depuis 2015", "POTTERY"),
    ],
)
def test_a_relatives_trade_gives_way_to_the_writers(
    reader: SituationReader, trades: Lexicon, text: str, code: str  # noqa: F811
) -> None:
    assert _trades(reader, trades, text) == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ma mère est potière, est-ce qu'elle peut s'inscrire ?", "POTTERY"),
        ("الوالد نجار من زمان، شنو الوراق اللي خاصو؟", "WOOD"),
        # The writer speaks, but names no trade of their own: the father's is the one asked about.
        ("mon père est bijoutier depuis 30 ans, c'est moi qui écris pour lui, il peut s'inscrire ?", "JEWELLERY"),
    ],
)
def test_a_relatives_trade_stays_when_the_message_is_about_them(
    reader: SituationReader, trades: Lexicon, text: str, code: str  # noqa: F811
) -> None:
    assert _trades(reader, trades, text) == [code]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("ma fille a un diplôme de coiffure mais moi je n'en ai pas, je tisse depuis 2 ans, je peux m'inscrire ?", "none"),
        ("mon frère est diplômé en menuiserie, moi j'ai rien, je travaille le bois depuis six mois, et moi je peux m'inscrire ?", "none"),
        ("mon mari a un diplôme de l'OFPPT, moi je brode depuis 12 ans, je peux m'inscrire ?", "practice"),
        ("mon père était maître artisan, moi j'ai un diplôme de couture, c'est bon pour m'inscrire ?", "diploma"),
        ("ma mère est maalema en tapis, moi je suis diplômée en poterie", "diploma"),
    ],
)
def test_a_relatives_kind_is_not_the_writers(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    "text",
    [
        # The writer's own regime beside a relative's kind: the message is about the writer.
        "ma fille est maalema en broderie, moi je suis au forfait, combien l'amo ?",
        "mon père est maître artisan, moi je suis auto-entrepreneur, je cotise combien ?",
    ],
)
def test_a_relatives_kind_beside_the_writers_regime_is_not_the_writers(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        "mon grand père était maalem dans le cuir, moi je commence tout juste, je peux m'inscrire ?",
        "mon oncle a une coopérative de vannerie et moi je l'aide un peu, je peux m'inscrire au registre ?",
    ],
)
def test_only_a_relatives_kind_said_leaves_the_writers_open(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # For the relative, their kind is the one asked about.
        ("mon fils a un diplôme de menuiserie, est-ce qu'il peut s'inscrire ?", "diploma"),
        ("ma mère est maalema en broderie depuis 30 ans, quels papiers pour elle ?", "maalem"),
        # The writer and a relative together: theirs is the writer's too.
        ("mon frère et moi avons une coopérative de poterie, on peut s'inscrire ?", "cooperative"),
    ],
)
def test_a_relatives_kind_asked_about_or_shared_is_kept(reader: SituationReader, text: str, category: str) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # The relative named right after the kind owns it: the writer only works there.
        ("je bosse dans la société de mon père depuis 7 ans, je peux m'inscrire ?", "practice"),
        ("je travaille à la coopérative de ma tante depuis un an, sans diplôme, je peux m'inscrire ?", "none"),
    ],
)
def test_a_kind_owned_by_a_relative_named_after_it_is_not_the_writers(
    reader: SituationReader, text: str, category: str
) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    "text",
    [
        # Written for themself ("can I register?"), stating nothing of their own: a relative's years are theirs too,
        # as their kind is, and the writer's category is asked.
        "mon grand-père était maalem depuis 40 ans, moi je commence tout juste, je peux m'inscrire ?",
        "أبي يشتغل في النجارة منذ 25 سنة، وأنا مبتدئ، هل يمكنني التسجيل؟",
        "الوالدة كتطرز هادي 30 عام، أنا باقي مبتدئة، واش نقدر نتسجل؟",
        "khouya kaykhdem f nnjara hadi 15 l3am, ana ba9i jdid, wach n9der ntsjel ?",
        "bba khddam f dbagha mn 1985, ana ba9i mabdit, wach n9der ntsjel ?",
    ],
)
def test_a_relatives_years_give_way_when_the_writer_writes_for_themself(reader: SituationReader, text: str) -> None:
    assert "category" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        # A relative's diploma, then "not me" and the writer's own short practice: no diploma, too few years.
        "ma soeur a un diplome mais moi non, je fais de la couture depuis 2 ans",
        "mon frère a un diplôme de menuiserie, moi non, je travaille le bois depuis un an, je peux m'inscrire ?",
        # Written as an SMS: "jen ai pas", "jai commence".
        "mon pote s'est inscrit avec son diplome, moi jen ai pas et jai commence l'annee derniere. c quoi les papiers?",
    ],
)
def test_not_having_what_a_relative_has_is_having_no_diploma(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") == "none"


@pytest.mark.parametrize(
    "text",
    [
        # A company a relative owns keeps accounts, not the writer who works there.
        "je travaille dans la SARL de mon père, combien je paie pour l'amo ?",
        "je bosse pour la SARL de mon oncle, l'amo me coute combien ?",
    ],
)
def test_a_company_owned_by_a_relative_says_no_regime_of_the_writers(reader: SituationReader, text: str) -> None:
    assert "tax_situation" not in read(reader, text)


@pytest.mark.parametrize(
    "text",
    [
        # Every trade named is a relative's, and the writer asks for themself: none is the writer's.
        "mon frère est menuisier et ma soeur est couturière, moi je débute, je peux m'inscrire ?",
        "khouya najjar w khti khayyata, ana ba9i mabdit, wach n9der ntsjel ?",
        "أخي نجار وأختي خياطة، وأنا مبتدئ، هل يمكنني التسجيل؟",
        "خويا نجار وختي خياطة، أنا عاد بديت، واش نقدر نتسجل؟",
    ],
)
def test_relatives_trades_give_way_when_the_writer_writes_for_themself(
    reader: SituationReader, trades: Lexicon, text: str  # noqa: F811
) -> None:
    assert _trades(reader, trades, text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Working in a relative's company or cooperative: the group is theirs; the writer's own years decide.
        ("je bosse dans la société de mon cousin, je peux m'inscrire ?", None),
        ("kankhdem f charika dyal 3mmi, wach n9der ntsjel?", None),
        ("أعمل في مقاولة عمي", None),
        ("أشتغل في مقاولة خالي منذ ست سنوات", "practice"),
        ("كنخدم فالتعاونية ديال عمي هادي 4 سنين", "practice"),
        ("je fabrique des babouches dans l'entreprise de mon beau frere depuis 2015", "practice"),
        # One's own company stays one's own.
        ("أملك مقاولة صغيرة للنجارة", "enterprise"),
        ("3ndi charika dyali f l7dada", "enterprise"),
    ],
)
def test_working_in_a_relatives_group_is_not_owning_it(reader: SituationReader, text: str, category: str | None) -> None:
    assert read(reader, text).get("category") == category


@pytest.mark.parametrize(
    "text",
    [
        # A relative's diploma, then the writer's own work told by a first-person verb: the diploma is not theirs.
        "ختي عندها ديبلوم ديال الخياطة وأنا لا، كنعاونها فالدار، واش نقدر نتسجل؟",
        "khouya 3ndo diplome, kankhdem ghir f dar",
        "أخي لديه دبلوم وأعمل في البيت",
    ],
)
def test_a_relatives_diploma_gives_way_to_the_writers_own_work(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") != "diploma"


@pytest.mark.parametrize(
    "text",
    [
        # A pronoun set off by commas right after the relative takes them up again: what follows is still theirs.
        "mon père, lui, était maalem. moi je peux m'inscrire ?",
        "khouya, huwa, 3ndo diplome, ana la, wach n9der ntsjel?",
        "الواليد، هو، كان معلم، أنا باقي كنتعلم، واش نقدر نتسجل؟",
        "ma tante, elle, est maalema en broderie, et moi je voudrais savoir si je peux m'inscrire",
    ],
)
def test_a_relatives_kind_after_a_resumptive_pronoun_is_theirs(reader: SituationReader, text: str) -> None:
    assert read(reader, text).get("category") not in ("maalem", "diploma")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Correction : c'est pas moi qui ai la société, c'est mon associé. Moi je suis simple bijoutier depuis 5 ans.",
            {"category": "practice"},
        ),
        ("ماشي انا اللي عندي الشركة، خويا. انا خدام فالنجارة هادي 6 سنين", {"category": "practice"}),
        ("ماشي انا اللي كنخلص الضريبة الموحدة، راه خويا", {}),
    ],
)
def test_not_me_who_has_it_denies_the_writers_holding(reader: SituationReader, text: str, expected: dict) -> None:
    assert read(reader, text) == expected


def test_a_relative_after_a_stop_owns_nothing_before_it(reader: SituationReader) -> None:
    # The construct state ("تعاونية أمي") does not reach across a stop: the regime before it is the writer's.
    text = "أنا خزافة، خدامة أوطو أنتروبرونور. ولدي عندو إعاقة وعمرو تلاتين عام. واش يبقى مغطي معايا فلامو؟"
    assert read(reader, text).get("tax_situation") == "auto_entrepreneur"
