"""The registration flows through the real servers and a real registry database."""

import datetime as dt
import uuid

import pytest
from sqlalchemy import create_engine, text

from registry import queries
from registry.db import Registry
from registry.personal_data import unseal
from tests.e2e.conftest import Assistant


def new_sender() -> str:
    return f"reg-{uuid.uuid4().hex[:8]}"


def said(replies: list[dict]) -> list[str]:
    return [r["custom"]["response"] for r in replies if "custom" in r]


def stored_requests(assistant: Assistant, sender: str) -> list[dict]:
    engine = create_engine(assistant.database_url, future=True)
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT reference, full_name, cin, phone, trade_code, city_name, category FROM registration_requests "
                "WHERE conversation_id = :sender"
            ),
            {"sender": sender},
        )
        return [dict(row._mapping) for row in rows]


LOOKUP = '/rna_status{"lookup": "help_request"}'


def look_up(assistant: Assistant, sender: str, reference: str, cin: str) -> list[dict]:
    """Ask where a file stands, press the button that looks up a help request, give the pair."""
    explained = assistant.send(sender, "/rna_status")
    assert said(explained) == ["utter_status_explain"], "an RNA file is explained before any question"
    assert explained[0]["buttons"][0]["payload"] == LOOKUP
    assert said(assistant.send(sender, LOOKUP)) == ["utter_ask_status_reference"]
    assert said(assistant.send(sender, reference)) == ["utter_ask_status_cin"]
    return assistant.send(sender, cin)


REQUEST = {
    "ary": [
        "bghit ntsjel daba",
        "فاطمة الزهراء العلوي",
        "AB١٢٣٤٥٦",
        "06 12 34 56 78",
        "zlij",
        "/affirm",
        "فاس",
        '/rna_apply{"category": "diploma"}',
        "/affirm",
    ],
    "fr": [
        "je veux m'inscrire maintenant",
        "Fatima Zahra Alaoui",
        "ab 123456",
        "+212 6 12 34 56 78",
        "poterie",
        "/affirm",
        "Marrakech",
        '/rna_apply{"category": "practice"}',
        "/affirm",
    ],
    "ar": [
        "أريد أن أسجل طلبي الآن",
        "فاطمة الزهراء العلوي",
        "AB123456",
        "0612345678",
        "النجارة",
        "/affirm",
        "الدار البيضاء",
        '/rna_apply{"category": "maalem"}',
        "/affirm",
    ],
}


@pytest.mark.parametrize("language", REQUEST)
def test_a_request_is_recorded_after_consent_and_its_status_can_be_asked(
    assistant: Assistant, language: str
) -> None:
    sender = new_sender()
    replies = [assistant.send(sender, message) for message in REQUEST[language]]
    assert said(replies[0])[:2] == ["utter_request_intro", "utter_ask_request_full_name"]
    assert said(replies[4]) == ["utter_ask_request_trade_ok"]
    assert said(replies[-1])[0] == "utter_request_done"
    assert {r["custom"]["language"] for r in replies[-1] if "custom" in r} == {language}
    (stored,) = stored_requests(assistant, sender)
    # Encrypted at rest (registry/personal_data.py), under the key the servers share with this test.
    assert unseal(stored["cin"]) == "AB123456" and unseal(stored["phone"]) == "0612345678"
    reference = stored["reference"]
    assert reference in replies[-1][0]["text"]
    # The reply offers to follow the request for help right away.
    assert LOOKUP in [b["payload"] for b in replies[-1][0]["buttons"]]

    assert said(look_up(assistant, sender, reference.lower(), "AB 123456")) == ["utter_status_received"]


def test_a_wrong_pair_reveals_nothing_and_repeated_misses_are_slowed(assistant: Assistant) -> None:
    sender = new_sender()
    for _ in range(3):
        assert said(look_up(assistant, sender, "H-7K2P9Q", "ZZ999999")) == ["utter_status_not_found"]
    assert said(look_up(assistant, sender, "H-7K2P9Q", "ZZ999999")) == ["utter_status_slow_down"]


@pytest.mark.parametrize(
    "question",
    ["كيفاش نعرف واش الملف ديالي تقبل فالسجل الوطني؟", "ma demande a été acceptée ?", "/rna_status"],
)
def test_asking_where_a_file_stands_explains_what_is_followed_here_first(
    assistant: Assistant, question: str
) -> None:
    sender = new_sender()
    replies = assistant.send(sender, question)
    assert said(replies) == ["utter_status_explain"]
    assert "rna.gov.ma" in replies[0]["text"]
    # Nothing is asked until the user says they have a request made here.
    assert said(assistant.send(sender, "/ask_help")) == ["utter_menu"]


def test_a_reference_given_with_the_question_is_looked_up_at_once(assistant: Assistant) -> None:
    # A reference of its own: the one above is paused for everyone after its misses (guessing is slowed per reference).
    sender = new_sender()
    assert said(assistant.send(sender, "où en est ma demande H-4M8R2T ?")) == ["utter_ask_status_cin"]
    assert said(assistant.send(sender, "YY888888")) == ["utter_status_not_found"]



def test_a_reference_with_a_letter_three_times_is_found_through_the_whole_pipeline(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    # About 3 issued references in 1,000 hold a letter three times in a row: neither the NLU's text
    # normaliser (which shortens stretched words) nor the form may read "H-KKK234" as "H-K234".
    monkeypatch.setattr(queries, "new_reference", lambda: "H-KKK234")
    registry = Registry.from_url(assistant.database_url)
    try:
        with registry.session() as session:
            queries.create_request(
                session,
                full_name="Fatima Zahra Bennani",
                cin="CD654321",
                phone="0612345678",
                trade_code=None,
                trade_text="zlij",
                city_name="Fès",
                category="practice",
                conversation_id=new_sender(),
                consent_at=dt.datetime(2026, 11, 29, tzinfo=dt.timezone.utc),
            )
    finally:
        registry.dispose()
    # Typed as an answer to the form, in lower case, spaced, without its dash.
    found = look_up(assistant, new_sender(), "h kkk 234", "CD654321")
    assert said(found) == ["utter_status_received"] and "H-KKK234" in found[0]["text"]
    # Given with the question: read by the NLU's reference entity.
    sender = new_sender()
    assert said(assistant.send(sender, "où en est ma demande H-KKK234 ?")) == ["utter_ask_status_cin"]
    assert said(assistant.send(sender, "CD654321")) == ["utter_status_received"]


@pytest.mark.parametrize(
    ("greeting", "title"),
    [
        ("Bonjour", "Demander de l'aide pour m'inscrire"),
        ("مرحبا، كيف حالك؟", "طلب المساعدة في التسجيل"),
        ("salam", "نطلب المساعدة فالتسجيل"),
    ],
)
def test_the_button_that_starts_a_request_says_it_asks_for_help(
    assistant: Assistant, greeting: str, title: str
) -> None:
    sender = new_sender()
    assistant.send(sender, greeting)
    buttons = assistant.send(sender, "/rna_register_how")[0]["buttons"]
    assert buttons[0] == {"title": title, "payload": "/rna_apply"}


@pytest.mark.parametrize(
    ("answer", "explanation"),
    [
        ("x" * 1000, "utter_invalid_full_name"),
        ("😀😀😀", "utter_invalid_full_name"),
        ("<script>alert(1)</script>", "utter_invalid_full_name"),
        ("Robert'); DROP TABLE registration_requests;--", "utter_invalid_full_name"),
    ],
)
def test_a_bad_name_is_explained_and_asked_again(assistant: Assistant, answer: str, explanation: str) -> None:
    sender = new_sender()
    assistant.send(sender, "/rna_apply")
    assert said(assistant.send(sender, answer)) == [explanation, "utter_ask_request_full_name"]
    assert stored_requests(assistant, sender) == []


def test_two_bad_answers_offer_a_person_or_a_way_out(assistant: Assistant) -> None:
    sender = new_sender()
    for message in ("/rna_apply", "Fatima Zahra", "AB123456"):
        assistant.send(sender, message)
    assert said(assistant.send(sender, "06 12 AB 56 78")) == [
        "utter_invalid_phone",
        "utter_ask_request_phone",
    ]
    assert said(assistant.send(sender, "mon numero")) == [
        "utter_invalid_phone",
        "utter_form_help_offer",
        "utter_ask_request_phone",
    ]


def test_an_unknown_city_is_asked_again(assistant: Assistant) -> None:
    sender = new_sender()
    for message in ("/rna_apply", "Fatima Zahra", "AB123456", "0612345678", "zellige", "/affirm"):
        assistant.send(sender, message)
    assert said(assistant.send(sender, "Atlantis")) == ["utter_invalid_city", "utter_ask_request_city"]


@pytest.mark.parametrize("stop", ["stop", "annuler", "بركا"])
def test_stop_leaves_the_form_and_keeps_nothing(assistant: Assistant, stop: str) -> None:
    sender = new_sender()
    for message in ("/rna_apply", "Fatima Zahra", "AB123456"):
        assistant.send(sender, message)
    assert said(assistant.send(sender, stop)) == ["utter_form_stopped"]
    assert stored_requests(assistant, sender) == []
    assert said(assistant.send(sender, "salam"))[0] == "utter_greet"


def test_without_consent_nothing_is_stored(assistant: Assistant) -> None:
    sender = new_sender()
    for message in REQUEST["fr"][:-1]:
        assistant.send(sender, message)
    assert said(assistant.send(sender, "/deny"))[0] == "utter_request_not_saved"
    assert stored_requests(assistant, sender) == []


@pytest.mark.parametrize(
    ("messages", "response"),
    [
        (['/rna_eligibility{"category": "maalem"}'], "utter_eligibility_maalem"),
        (["/rna_eligibility"], "utter_ask_category_eligibility"),
        (['/rna_documents{"category": "cooperative"}'], "utter_documents_group"),
        (['/rna_eligibility{"category": "none"}'], "utter_eligibility_none"),
        (["wach zlij dakhel f la liste?"], "utter_craft_listed"),
        (["/find_office", "fes"], "utter_office_assumed_seat"),
        (["/find_office", "tanger"], "utter_office_unknown_contact"),
    ],
)
def test_registration_questions(assistant: Assistant, messages: list[str], response: str) -> None:
    sender = new_sender()
    replies = [assistant.send(sender, m) for m in messages]
    assert said(replies[-1])[0] == response


def test_a_shared_location_finds_the_chamber(assistant: Assistant) -> None:
    replies = assistant.send(
        new_sender(), "/find_office", {"location": {"latitude": 34.03, "longitude": -5.0}}
    )
    assert said(replies) == ["utter_office_assumed_seat"]
    assert "Fès" in replies[0]["text"] or "فاس" in replies[0]["text"]


def test_a_form_resumes_where_it_was_after_a_restart(assistant: Assistant) -> None:
    sender = new_sender()
    for message in ("/rna_apply", "Fatima Zahra", "AB123456"):
        assistant.send(sender, message)
    assistant.restart()
    assert said(assistant.send(sender, "0612345678")) == ["utter_ask_request_trade"]
