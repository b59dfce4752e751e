import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from registry import content, help_desk
from registry.content import CHECKED_LINE, MAX_TEXT, load_content, validate_record
from registry.db import Registry
from registry.errors import InvalidValue
from registry.models import ContentVersion, HandoffRequest, UnansweredQuestion
from tests.registry.content_records import TOPIC, record, without

UTC = dt.timezone.utc
AT = dt.datetime(2026, 11, 29, 10, 30, tzinfo=UTC)


def count(session, model) -> int:
    return session.execute(select(func.count()).select_from(model)).scalar_one()


def versions(session, topic: str = TOPIC) -> list[tuple[int, str, str]]:
    return session.execute(
        select(ContentVersion.version, ContentVersion.status, ContentVersion.created_by)
        .where(ContentVersion.topic == topic)
        .order_by(ContentVersion.version)
    ).all()


# --- validation --------------------------------------------------------------------------


def test_a_valid_record_has_no_errors() -> None:
    assert validate_record(record()) == []
    assert validate_record(record(verified_on=dt.date(2024, 3, 1), status="draft")) == []
    # No placeholders, no values: both may be left out.
    plain = without(record(text={"ar": "نص", "ary": "نص", "fr": "Texte"}), "values")
    assert validate_record(plain) == []
    # Literal braces are doubled, as in Python's str.format.
    assert validate_record(record(text={"fr": "Vous payez {amount} DH {{par mois}} depuis {year}."})) == []


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (without(record(), "topic"), "topic", "is required"),
        (record(topic="AMO Cost"), "topic", "lower-case words joined by dots"),
        (record(topic="amo..cost"), "topic", "lower-case words joined by dots"),
        (record(topic="amo.cost2"), "topic", "lower-case words joined by dots"),
        (record(topic="a" * 101), "topic", "longer than 100"),
        (without(record(), "text.ary"), "text.ary", "missing or empty"),
        (record(text={"fr": "   "}), "text.fr", "missing or empty"),
        (record(text={"en": "You pay {amount} DH since {year}."}), "text.en", "is not one of ar, ary, fr"),
        (record(text="Vous payez"), "text", "must give a text for each of ar, ary, fr"),
        (without(record(), "source"), "source", "must give the official source users see for each of"),
        (record(source="CNSS — www.macnss.ma"), "source", "notes for editors go in reference"),
        (record(source={"fr": " "}), "source.fr", "is missing or empty"),
        (without(record(), "source.ary"), "source.ary", "is missing or empty"),
        (record(source={"en": "CNSS"}), "source.en", "is not one of ar, ary, fr"),
        (record(source={"fr": "CNSS\nwww.macnss.ma"}), "source.fr", "must be one line"),
        (record(source={"fr": "CNSS " * 50}), "source.fr", "longer than 200"),
        (without(record(), "reference"), "reference", "is required"),
        (record(reference=" "), "reference", "is required"),
        (record(reference="cnss.ma\x00"), "reference", "control character U+0000"),
        (without(record(), "verified_on"), "verified_on", "is required"),
        (record(verified_on="29/11/2026"), "verified_on", "not a date written YYYY-MM-DD"),
        (record(verified_on=dt.datetime(2026, 11, 29, 10, 0)), "verified_on", "not a date"),
        (record(status="live"), "status", "must be one of draft, in_review, published"),
        (without(record(), "status"), "status", "must be one of draft, in_review, published"),
        (record(text={"fr": "Vous payez {amount} DH."}), "text", "different placeholders"),
        (record(values={"amount": 135}), "values", "no value for {year}"),
        (record(values='{"amount": 135'), "values", "must map placeholder names to values"),
        (record(values={"amount": [135], "year": 2021}), "values.amount", "must be text or a number"),
        (record(values={"amount": True, "year": 2021}), "values.amount", "must be text or a number"),
        (record(values={"amount": 1, "year": 2, "a-b": 3}), "values", "is not a placeholder name"),
        (record(text={"ar": "تؤدي {amount}\x00 درهما منذ {year}."}), "text.ar", "control character U+0000"),
        (record(source={"fr": "cnss.ma\u2028FAQ"}), "source.fr", "control character U+2028"),
        (record(values={"amount": "135\x85", "year": 2021}), "values.amount", "control character U+0085"),
        (record(values={"amount": float("nan"), "year": 2021}), "values.amount", "must be text or a number"),
        (record(text={"ar": "تؤدي {amount درهما منذ {year}."}), "text.ar", "unbalanced braces"),
        (record(text={"ar": "تؤدي {} درهما منذ {year}"}), "text.ar", "must be a name"),
        (record(text={"ar": "تؤدي {amount.real} درهما منذ {year}"}), "text.ar", "must be a name"),
        (record(text={"fr": "Vous payez {amount:,} DH depuis {year}."}), "text.fr", "format or conversion"),
        (record(text={"fr": "Vous payez {amount!r} DH depuis {year}."}), "text.fr", "format or conversion"),
        (
            record(values={"amount": "x" * MAX_TEXT, "year": 2021}),
            "text.fr",
            f"characters with its values, its source and the line that dates it, more than one Telegram "
            f"message ({MAX_TEXT})",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 40 else "",
)
def test_each_kind_of_error_names_its_topic_and_field(data, field, words) -> None:
    errors = [str(e) for e in validate_record(data) if e.field == field]
    assert len(errors) == 1, validate_record(data)
    assert errors[0].startswith(f"{data.get('topic', '(no topic)')}: {field}: ")
    assert words in errors[0]


@pytest.mark.parametrize(
    "source",
    [
        "shared/DOMAIN.md §2 (dependants: medium confidence)",
        "DOMAIN.md",
        "data/content/amo.yml",
        "amo.yml",
        "contenu.yaml",
        "notes.txt",
        "tableau.csv",
        "§2",
        "CNSS (medium confidence)",
        "CNSS, unverified",
        "/home/editor/sources",
        "./sources",
        "C:\\sources\\cnss",
        "seed/places",
    ],
)
def test_a_user_facing_source_that_names_a_file_or_a_note_is_refused(source: str) -> None:
    for language in ("ar", "ary", "fr"):
        errors = list(map(str, validate_record(record(source={language: source}))))
        assert len(errors) == 1 and errors[0].startswith(f"{TOPIC}: source.{language}: "), errors
        assert "names a file, a section or an editor's note" in errors[0]


@pytest.mark.parametrize(
    "source",
    [
        "CNSS — www.macnss.ma",
        "rna.gov.ma",
        "https://www.rna.gov.ma/fr/faq",
        "Bulletin officiel",
        "décret 2.18.623 (Bulletin officiel)",
        "Maison de l'Artisan (accords de septembre 2020, presse)",
        "Crédit Agricole du Maroc, Al Barid Bank",
        "الصندوق الوطني للضمان الاجتماعي (CNSS) — www.macnss.ma؛ المرسوم 2.18.623 (الجريدة الرسمية)",
    ],
)
def test_an_official_source_is_accepted(source: str) -> None:
    assert validate_record(record(source={language: source for language in ("ar", "ary", "fr")})) == []


def test_the_length_limit_counts_the_text_with_its_values_source_and_dated_line() -> None:
    source = "CNSS — www.macnss.ma"
    filler = "x" * (MAX_TEXT - CHECKED_LINE - len(source) - len("Vous payez  DH depuis 2021."))
    texts = {
        language: f"Vous payez {{amount}} DH depuis {{year}}.{filler}" for language in ("ar", "ary", "fr")
    }
    sources = {language: source for language in ("ar", "ary", "fr")}
    fits = record(text=texts, source=sources, values={"amount": "", "year": 2021})
    assert validate_record(fits) == []
    assert validate_record(record(text=texts, source=sources, values={"amount": "1", "year": 2021})) != []
    # A longer source in one language leaves less room for that language's text only.
    longer = record(text=texts, source={"ar": source + "!"}, values={"amount": "", "year": 2021})
    assert [e.field for e in validate_record(longer)] == ["text.ar"]


def test_windows_line_ends_are_stored_as_plain_new_lines(empty_registry: Registry) -> None:
    with empty_registry.session() as session:
        load_content(
            session, [record(text={"fr": "Vous payez {amount} DH\r\ndepuis {year}.\r\n"})], created_by="seed"
        )
        assert content.latest(session, TOPIC).text_fr == "Vous payez {amount} DH\ndepuis {year}."


def test_an_empty_record_lists_every_missing_field() -> None:
    fields = {error.field for error in validate_record({})}
    assert fields == {"topic", "status", "source", "reference", "verified_on", "text"}


# --- loading -----------------------------------------------------------------------------


def test_loading_twice_adds_nothing_the_second_time(empty_registry: Registry) -> None:
    records = [record(), record("rna.what", values={}, text={"ar": "أ", "ary": "ب", "fr": "c"})]
    with empty_registry.session() as session:
        first = load_content(session, records, created_by="seed")
    assert first.added == [TOPIC, "rna.what"] and first.applied and first.ok
    with empty_registry.session() as session:
        second = load_content(session, records, created_by="seed")
        assert second.unchanged == [TOPIC, "rna.what"]
        assert second.added == second.changed == second.kept == [] and second.applied
        assert count(session, ContentVersion) == 2


def test_a_change_adds_a_version_and_keeps_the_old_one(empty_registry: Registry) -> None:
    with empty_registry.session() as session:
        load_content(session, [record()], created_by="seed")
    with empty_registry.session() as session:
        report = load_content(session, [record(values={"amount": 140, "year": 2025})], created_by="seed")
        assert report.changed == [TOPIC]
    with empty_registry.session() as session:
        assert versions(session) == [(1, "published", "seed"), (2, "published", "seed")]
        old, new = session.execute(select(ContentVersion).order_by(ContentVersion.version)).scalars()
        assert content.values_of(old) == {"amount": 135, "year": 2021}
        assert content.values_of(new) == {"amount": 140, "year": 2025}
        assert content.latest(session, TOPIC).version == 2
        assert new.verified_on == dt.date(2024, 3, 1) and new.created_at.tzinfo is not None


@pytest.mark.parametrize(
    "change",
    [
        {"status": "draft"},
        {"source": {"ar": "CNSS, 2025", "ary": "CNSS, 2025", "fr": "CNSS, 2025"}},
        {"reference": "cnss.ma, 2025"},
        {"verified_on": "2025-01-01"},
        {"values": {"amount": 135, "year": 2022}},
        {"values": {"amount": 135.0, "year": 2021}},  # renders as "135.0", not "135"
        {"text": {"ary": "كتخلص {amount} درهم كل شهر من {year}."}},
    ],
)
def test_any_difference_is_a_new_version(empty_registry: Registry, change) -> None:
    with empty_registry.session() as session:
        load_content(session, [record()], created_by="seed")
        assert load_content(session, [record(**change)], created_by="seed").changed == [TOPIC]
        assert [v for v, _, _ in versions(session)] == [1, 2]


def test_spaces_around_fields_are_not_a_difference(empty_registry: Registry) -> None:
    spaced = record(
        topic=f" {TOPIC} ",
        source={"fr": " CNSS — www.macnss.ma\n"},
        reference=" cnss.ma (TNS contribution base)\n",
        text={"fr": "\nVous payez {amount} DH par mois depuis {year}.\n"},
    )
    with empty_registry.session() as session:
        load_content(session, [record()], created_by="seed")
        assert load_content(session, [spaced], created_by="seed").unchanged == [TOPIC]


def test_published_is_the_newest_published_version_not_a_newer_draft(empty_registry: Registry) -> None:
    with empty_registry.session() as session:
        load_content(session, [record()], created_by="seed")
        load_content(session, [record(values={"amount": 140, "year": 2025})], created_by="seed")
        load_content(
            session, [record(status="draft", values={"amount": 150, "year": 2026})], created_by="seed"
        )
    with empty_registry.session() as session:
        assert content.published(session, TOPIC).version == 2
        assert content.latest(session, TOPIC).version == 3
        assert content.latest(session, TOPIC).status == "draft"
        assert content.published(session, "no.such_topic") is None
        assert content.latest(session, "no.such_topic") is None


def test_a_topic_with_only_drafts_has_nothing_published(empty_registry: Registry) -> None:
    with empty_registry.session() as session:
        load_content(session, [record(status="draft")], created_by="seed")
        assert content.published(session, TOPIC) is None
        assert content.latest(session, TOPIC) is not None


def test_an_editors_version_is_kept_by_the_seed_unless_forced(empty_registry: Registry) -> None:
    edited = record(text={"fr": "Vous payez {amount} dirhams chaque mois depuis {year}."})
    with empty_registry.session() as session:
        load_content(session, [record()], created_by="seed")
        load_content(session, [edited], created_by="Amina", force=True)
    with empty_registry.session() as session:
        report = load_content(session, [record()], created_by="seed")
        assert report.kept == [TOPIC] and report.changed == [] and report.applied
        assert versions(session) == [(1, "published", "seed"), (2, "published", "Amina")]
        # The same text as the editor's is no change, whoever loads it.
        assert load_content(session, [edited], created_by="seed").unchanged == [TOPIC]
        assert load_content(session, [record()], created_by="seed", force=True).changed == [TOPIC]
        assert versions(session)[-1] == (3, "published", "seed")


def test_one_invalid_record_writes_nothing(empty_registry: Registry) -> None:
    with empty_registry.session() as session:
        report = load_content(session, [record(), record("rna.what", status="live")], created_by="seed")
        assert not report.ok and not report.applied
        assert report.errors == ["rna.what: status: 'live' must be one of draft, in_review, published"]
        assert report.added == []
        assert count(session, ContentVersion) == 0


def test_a_topic_given_twice_is_an_error(empty_registry: Registry) -> None:
    with empty_registry.session() as session:
        report = load_content(session, [record(), record(reference="other")], created_by="seed")
        assert report.errors == [f"{TOPIC}: topic: is given more than once"]
        assert count(session, ContentVersion) == 0


@pytest.mark.parametrize("created_by", ["", " seed", "x" * 256])
def test_an_unusable_author_is_refused(empty_registry: Registry, created_by: str) -> None:
    with pytest.raises(InvalidValue), empty_registry.session() as session:
        load_content(session, [record()], created_by=created_by)


# --- unanswered questions and handoffs ---------------------------------------------------


def test_an_unanswered_question_is_kept_with_its_prediction(empty_registry: Registry) -> None:
    casablanca = dt.timezone(dt.timedelta(hours=1))
    with empty_registry.session() as session:
        help_desk.record_unanswered(
            session,
            conversation_id="conv-1",
            text="wach kayn chi da3m l nssa?",
            language="ary_Latn",
            predicted_intent="financing",
            confidence=0.42,
            at=dt.datetime(2026, 6, 1, 13, 0, tzinfo=casablanca),
        )
        help_desk.record_unanswered(
            session,
            conversation_id="conv-2",
            text="",
            language="",
            predicted_intent="",
            confidence=None,
            at=AT,
        )
    with empty_registry.session() as session:
        first, second = session.execute(select(UnansweredQuestion).order_by(UnansweredQuestion.id)).scalars()
    assert (first.conversation_id, first.language, first.predicted_intent, first.confidence) == (
        "conv-1",
        "ary_Latn",
        "financing",
        0.42,
    )
    assert first.asked_at == dt.datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    assert (second.predicted_intent, second.confidence, second.language) == (None, None, "")


def test_an_unanswered_question_needs_its_conversation(empty_registry: Registry) -> None:
    with pytest.raises(InvalidValue), empty_registry.session() as session:
        help_desk.record_unanswered(
            session,
            conversation_id=" ",
            text="?",
            language="fr",
            predicted_intent=None,
            confidence=None,
            at=AT,
        )


def test_a_handoff_keeps_the_last_messages_and_starts_open(empty_registry: Registry) -> None:
    messages = [
        {"sender": "user", "text": "بغيت نهضر مع شي واحد"},
        {"sender": "bot", "text": "واخا"},
    ]
    with empty_registry.session() as session:
        handoff = help_desk.create_handoff(
            session,
            conversation_id="conv-1",
            language="ary",
            reason="human_handoff",
            last_messages=messages,
            voice_file_id="AwACAgQAAxkBAAIB",
            at=AT,
        )
        assert handoff.id is not None
    with empty_registry.session() as session:
        stored = session.execute(select(HandoffRequest)).scalar_one()
    assert json.loads(stored.last_messages) == messages
    assert (stored.status, stored.reason, stored.voice_file_id) == (
        "open",
        "human_handoff",
        "AwACAgQAAxkBAAIB",
    )
    assert stored.created_at == AT


@pytest.mark.parametrize(
    ("reason", "messages"),
    [
        ("Human Handoff", []),
        ("", []),
        ("asked", [{"sender": "agent", "text": "hi"}]),
        ("asked", [{"sender": "user"}]),
        ("asked", [{"sender": "user", "text": "hi", "timestamp": 1}]),
        ("asked", ["hi"]),
    ],
)
def test_a_handoff_refuses_free_text_reasons_and_unknown_message_shapes(
    empty_registry: Registry, reason: str, messages: list
) -> None:
    with pytest.raises(InvalidValue), empty_registry.session() as session:
        help_desk.create_handoff(
            session, conversation_id="c", language="fr", reason=reason, last_messages=messages, at=AT
        )
    with empty_registry.session() as session:
        assert count(session, HandoffRequest) == 0
