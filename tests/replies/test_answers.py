"""What the answers say (issue 10): one dated and sourced message per content answer, buttons named
for what they do, the status flow that explains first, and the wording fixes in every catalog."""

import datetime as dt
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from hirfa.languages import REPLY_LANGUAGES
from registry.content import CHECKED_LINE, MAX_TEXT, read_records
from replies.bidi import FSI, PDI
from replies.catalogs import LOCALES_DIR
from replies.messages import CONTENT_NEXT, INTENT_TITLES, RESPONSES, START_REQUEST
from replies.nlg import CatalogNLG

ROOT = Path(__file__).resolve().parents[2]
SEED = read_records(ROOT / "data" / "content")
# Every day of a year: the longest month names and days in each language.
DAYS = [dt.date(2026, 1, 1) + dt.timedelta(days=n) for n in range(365)]


@pytest.fixture(scope="module")
def nlg() -> CatalogNLG:
    return CatalogNLG()


def plain(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "")


def catalog(language: str) -> dict[str, str]:
    with (LOCALES_DIR / language / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        return {m.id: m.string for m in read_po(handle, locale=language) if m.id}


# --- one message per content answer ------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "date", "source"),
    [
        ("fr", "29 novembre 2026", "CNSS — www.macnss.ma"),
        ("ar", "29 نونبر 2026", "الصندوق الوطني للضمان الاجتماعي (CNSS) — www.macnss.ma"),
        ("ary", "29 نونبر 2026", "الضمان الاجتماعي (CNSS) — www.macnss.ma"),
    ],
)
def test_a_content_answer_is_one_message_with_its_date_and_official_source(
    nlg: CatalogNLG, language: str, date: str, source: str
) -> None:
    message = nlg.render(
        "utter_content",
        language,
        {
            "content": "AMO {amount}",
            "amount": 135,
            "verified_date": "2026-11-29",
            "source": source,
            "more": ["amo.family"],
        },
    )
    text = plain(message["text"])
    body, line = text.split("\n\n")
    assert body == "AMO 135"
    assert date in line and line.endswith(source)
    # What the date means is said with it.
    assert {"fr": "vérifiées le", "ar": "تم التحقق منها", "ary": "تشافت"}[language] in line
    # The buttons are on this message: the related topic, then the next steps.
    assert len(message["buttons"]) == 1 + len(CONTENT_NEXT)


@pytest.mark.parametrize("response", ["utter_content", "utter_content_unsourced"])
def test_content_answers_carry_buttons_so_no_channel_cuts_them_at_the_blank_line(response: str) -> None:
    # Rasa's REST channel splits a text without buttons at "\n\n" into several messages.
    assert RESPONSES[response].buttons



@pytest.mark.parametrize("language", REPLY_LANGUAGES)
def test_no_reply_without_buttons_holds_a_blank_line_a_channel_would_cut_it_at(language: str) -> None:
    translated = catalog(language)
    cut = [
        name
        for name, reply in RESPONSES.items()
        if not reply.buttons and not reply.choices_from and "\n\n" in translated.get(reply.text, reply.text)
    ]
    assert cut == []


def test_a_version_without_a_user_facing_source_is_dated_only(nlg: CatalogNLG) -> None:
    text = nlg.render("utter_content_unsourced", "fr", {"content": "Texte", "verified_date": "2026-11-29"})[
        "text"
    ]
    assert text == "Texte\n\nInformations vérifiées le 29 novembre 2026 ; elles ont pu changer depuis."


@pytest.mark.parametrize("language", REPLY_LANGUAGES)
@pytest.mark.parametrize("response", ["utter_content", "utter_content_unsourced"])
def test_the_dated_line_fits_the_room_content_validation_leaves_for_it(
    nlg: CatalogNLG, language: str, response: str
) -> None:
    longest = max(
        len(
            nlg.render(response, language, {"content": "", "source": "", "verified_date": day.isoformat()})[
                "text"
            ]
        )
        for day in DAYS
    )
    assert longest <= CHECKED_LINE


@pytest.mark.parametrize("language", REPLY_LANGUAGES)
def test_every_seed_answer_fits_one_telegram_message(nlg: CatalogNLG, language: str) -> None:
    for record in SEED:
        message = nlg.render(
            "utter_content",
            language,
            {
                **record["values"],
                "content": record["text"][language],
                "source": record["source"][language],
                "verified_date": "2026-09-30",
            },
        )
        assert len(message["text"]) <= MAX_TEXT, record["topic"]
        assert record["source"][language] in plain(message["text"])


# --- buttons named for what they do ------------------------------------------------------

ASK_FOR_HELP = {
    "ar": "طلب المساعدة في التسجيل",
    "ary": "نطلب المساعدة فالتسجيل",
    "fr": "Demander de l'aide pour m'inscrire",
}


@pytest.mark.parametrize("language", REPLY_LANGUAGES)
def test_every_button_that_starts_a_help_request_says_so(nlg: CatalogNLG, language: str) -> None:
    assert INTENT_TITLES["rna_apply"] == START_REQUEST.title == "Ask for help to register"
    starting = []
    for name, reply in RESPONSES.items():
        values = {"suggestions": ["rna_apply"]} if reply.choices_from == "suggestions" else {}
        for button in nlg.render(name, language, values)["buttons"]:
            if button["payload"] == "/rna_apply":
                starting.append(button["title"])
    assert starting and set(starting) == {ASK_FOR_HELP[language]}
    old = {
        "M'inscrire maintenant",
        "Commencer ma demande",
        "نتسجل دابا",
        "التسجيل الآن",
        "ابدأ طلبي",
        "نبدا الطلب ديالي",
    }
    titles = {b["title"] for name in RESPONSES for b in nlg.render(name, language, {})["buttons"]}
    assert not titles & old


@pytest.mark.parametrize(
    ("language", "words", "not_words"),
    [
        (
            "fr",
            ["Votre demande d'aide", "Ce n'est pas votre inscription au RNA"],
            ["Votre demande est enregistrée"],
        ),
        ("ar", ["طلب المساعدة", "هذا ليس تسجيلك"], ["تم تسجيل طلبك"]),
        ("ary", ["طلب المساعدة", "ماشي التسجيل ديالك"], ["الطلب ديالك تسجل"]),
    ],
)
def test_a_recorded_request_cannot_read_as_a_registration(
    nlg: CatalogNLG, language: str, words: list[str], not_words: list[str]
) -> None:
    text = plain(nlg.render("utter_request_done", language, {"reference": "H-7K2P9Q", "office": "X"})["text"])
    assert all(w in text for w in words) and not any(w in text for w in not_words)


# --- the status of a file: explained first -----------------------------------------------


@pytest.mark.parametrize("language", REPLY_LANGUAGES)
def test_the_status_explanation_points_rna_files_elsewhere_then_offers_the_lookup(
    nlg: CatalogNLG, language: str
) -> None:
    message = nlg.render("utter_status_explain", language, {})
    assert "rna.gov.ma" in plain(message["text"]) and "H-7K2P9Q" in plain(message["text"])
    lookup = message["buttons"][0]
    assert lookup["payload"] == '/rna_status{"lookup": "help_request"}'
    assert len(lookup["payload"].encode()) <= 64  # Telegram's callback data
    # The request-done reply offers the same lookup, not the explanation.
    done = nlg.render("utter_request_done", language, {"reference": "H-7K2P9Q", "office": "X"})
    assert lookup in done["buttons"]


# --- claims and wording ------------------------------------------------------------------


@pytest.mark.parametrize("language", REPLY_LANGUAGES)
def test_the_office_answer_says_usually_where_the_seat_is_not_confirmed(
    nlg: CatalogNLG, language: str
) -> None:
    values = {"city": "Meknès", "office": "Chambre", "office_city": "Fès"}
    assumed = plain(nlg.render("utter_office_assumed_seat", language, values)["text"])
    usually = {"fr": "en général à Fès", "ar": "عادة في Fès", "ary": "غالبا كاينة ف Fès"}[language]
    assert usually in assumed
    confirmed = plain(nlg.render("utter_office_unknown_contact", language, values)["text"])
    assert usually not in confirmed


def test_the_format_messages_say_what_is_accepted_here_with_an_example() -> None:
    cin, phone = RESPONSES["utter_invalid_cin"].text, RESPONSES["utter_invalid_phone"].text
    assert "Here I accept" in cin and "for example AB123456" in cin and "starts with" not in cin
    assert "Here I accept" in phone and "for example 0612345678" in phone and "has 10 digits" not in phone


def test_the_eligibility_answer_names_the_cases_and_never_says_you_cannot() -> None:
    text = RESPONSES["utter_eligibility_none"].text
    assert "cannot register" not in text
    assert "The law names who may register" in text and "chamber of crafts confirms" in text


def test_the_privacy_notice_names_law_09_08_as_domain_md_does() -> None:
    assert "law 09-08 on the protection of individuals with regard to the processing of personal data" in (
        RESPONSES["utter_ask_request_consent"].text
    )


def test_darija_spells_if_one_way() -> None:
    ary = catalog("ary")
    strings = [s for s in ary.values() if s] + [r["text"]["ary"] for r in SEED]
    assert not [s for s in strings if re.search(r"(^|\s)إلى\s", s)]
    assert any("إلا " in s for s in strings)


def test_wording_fixes_in_the_catalogs() -> None:
    ar, ary, fr = catalog("ar"), catalog("ary"), catalog("fr")
    listed = next(i for i in ar if i.startswith("Yes: {trade} is in my list"))
    assert "حرفة {trade} موجودة" in ar[listed] and "حرفة {trade} كاينة" in ary[listed]
    fast = next(i for i in ar if i.startswith("You are sending messages very quickly"))
    assert "سأجيب عنها" in ar[fast]
    office = "In which city are you? I will tell you which chamber of crafts serves it."
    assert "تتبع لها مدينتك" in ar[office] and "تابعة ليها المدينة ديالك" in ary[office]
    assert fr["Here is what I can help you with. Choose a topic:"].startswith(
        "Voici en quoi je peux vous aider"
    )
    assert not [s for s in fr.values() if "ce pour quoi" in s]


def test_tamwilcom_is_written_in_latin_letters() -> None:
    (programmes,) = [r for r in SEED if r["topic"] == "financing.programmes"]
    for language in REPLY_LANGUAGES:
        assert "Tamwilcom" in programmes["text"][language]
    assert not [r for r in SEED for t in r["text"].values() if "تمويلكم" in t]


# --- the claims of the issue's first table, in every catalog and content text -------------


def translations(msgid: str) -> dict[str, str]:
    """The translation of ``msgid`` in every reply language (empty if a catalog lacks it)."""
    return {language: catalog(language).get(msgid, "") for language in REPLY_LANGUAGES}


@pytest.mark.parametrize("response", ["utter_ask_request_consent", "utter_ask_request_consent_for_person"])
def test_every_catalog_names_law_09_08_by_its_title(response: str) -> None:
    titles = {
        "fr": "loi 09-08 relative à la protection des personnes physiques à l'égard du traitement des données "
        "à caractère personnel",
        "ar": "القانون 09-08 المتعلق بحماية الأشخاص الذاتيين تجاه معالجة المعطيات ذات الطابع الشخصي",
        "ary": "القانون 09-08 المتعلق بحماية الأشخاص الذاتيين تجاه معالجة المعطيات ذات الطابع الشخصي",
    }
    for language, text in translations(RESPONSES[response].text).items():
        assert titles[language] in text, language


@pytest.mark.parametrize(
    ("response", "example"), [("utter_invalid_cin", "AB123456"), ("utter_invalid_phone", "0612345678")]
)
def test_every_catalog_gives_the_format_accepted_here_not_a_rule_of_the_state(response: str, example: str) -> None:
    accepted_here = {"fr": "J'accepte ici", "ar": "أقبل هنا", "ary": "هنا كنقبل"}
    rules = ["commence par", "comporte", "يبدأ ب", "يتكون من", "كيبدا ب", "فيه 10"]
    for language, text in translations(RESPONSES[response].text).items():
        assert accepted_here[language] in text and example in text, language
        assert not [rule for rule in rules if rule in text], (language, text)


def test_every_catalog_names_who_may_register_and_never_says_who_may_not() -> None:
    cannot = ["ne pouvez pas", "pas encore", "لا يمكنك", "لن تستطيع", "ما تقدرش", "ما يمكنش"]
    confirms = {"fr": "votre chambre d'artisanat vous confirme", "ar": "تؤكد لك غرفة", "ary": "هي لي كتأكد ليك"}
    for language, text in translations(RESPONSES["utter_eligibility_none"].text).items():
        assert confirms[language] in text and "3" in text and "10" in text, language
        assert not [word for word in cannot if word in text], (language, text)


def record_text(topic: str) -> dict[str, str]:
    (record,) = [r for r in SEED if r["topic"] == topic]
    return record["text"]


def sentences(text: str) -> list[str]:
    # Decree numbers ("2.18.623") hold dots too: a sentence ends at a dot followed by a space.
    return [s for s in re.split(r"(?<=[.؟?!])\s+", text) if s]


@pytest.mark.parametrize("topic", ["amo.cost.no_tax", "amo.cost.taxed"])
def test_the_amo_rate_comes_from_its_decree_and_2021_is_the_year_of_the_135_dh_amount(topic: str) -> None:
    for language, text in record_text(topic).items():
        (rate,) = [s for s in sentences(text) if "{rate}" in s]
        assert "2.18.623" in rate and "{year}" not in rate and "2021" not in rate, (language, rate)
        assert not [s for s in sentences(text) if "{amount}" in s and "{rate}" in s], language


@pytest.mark.parametrize("topic", ["financing.start", "financing.programmes"])
def test_forsa_is_open_from_18_and_registration_is_not_said_to_come_first(topic: str) -> None:
    eighteen = {"fr": "18 ans", "ar": "18 سنة فما فوق", "ary": "18 عام ولا كثر"}
    first = {"fr": "d'abord", "ar": "أولا", "ary": "اللول"}
    for language, text in record_text(topic).items():
        assert eighteen[language] in text, language
        assert first[language] not in text, (language, text)


# --- the official source under an answer, in the reply language ---------------------------

# English words an editor's note would bring into a French source line (none of them French).
ENGLISH = frozenset(
    "the and of in for with see press law decree agreement agreements ministry "
    "confidence medium high low unverified dependants jan feb mar apr jun jul aug oct nov dec".split()
)
ACRONYM = re.compile(r"[(«]?[A-Z]{2,6}[)»]?[،؛,.:]?")


@pytest.mark.parametrize("record", SEED, ids=[r["topic"] for r in SEED])
def test_every_source_line_is_written_in_its_language(record: dict) -> None:
    for language, source in record["source"].items():
        words = source.split()
        if language == "fr":
            english = [w for w in words if w.strip("()[],;:.«»").lower() in ENGLISH]
            assert not english, (language, source)
        else:
            # In Arabic a Latin word is an acronym (CNSS) or a web address, nothing else.
            latin = [w for w in words if re.search("[A-Za-z]", w)]
            assert all(ACRONYM.fullmatch(w) or "." in w for w in latin), (language, source)
