"""The conversation index (flags, languages, incremental catch-up) and the inbox page on top of it."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from hirfa.settings import Settings
from registry import help_desk
from registry.models import ConversationSummary, IndexMark
from staff import cli, summaries
from staff.services import Services
from tests.staff.conftest import sign_in
from tests.staff.conversations import action, bot, slot, user, write_conversation

ROOT = Path(__file__).resolve().parents[2]
UTC = dt.timezone.utc


def tracker_db(settings: Settings) -> Path:
    return Path(settings.tracker_db)


def summary(services: Services, sender_id: str) -> ConversationSummary:
    with services.registry.session() as session:
        row = session.get(ConversationSummary, sender_id)
        assert row is not None, f"no summary for {sender_id}"
        return row


def mark(services: Services) -> int:
    with services.registry.session() as session:
        row = session.get(IndexMark, summaries.MARK)
        return row.last_id if row else 0


def stored_ids(services: Services) -> list[int]:
    return [event.id for event in services.tracker.after(0, 100_000)]


def loop(name: str | None) -> dict:
    return {"event": "active_loop", "name": name}


HANDOFF = [
    user("bghit nhder m3a chi wahed", "human_handoff", 0.95, voice_file_id="AwACAgQ"),
    action("action_handoff"),
    bot("Un agent va vous répondre."),
]
FALLBACK = [
    slot("language", "fr"),
    user("xyzzy plugh", "nlu_fallback", 0.21, variety="fr"),
    action("action_fallback"),
    bot("Je n'ai pas compris."),
]
# The input guard found the message empty: answered kindly, nothing noted as unanswered.
GUARDED = [
    {
        **user("", "nlu_fallback", 0.0),
        "parse_data": {
            "intent": {"name": "nlu_fallback", "confidence": 0.0},
            "entities": [],
            "text": "",
            "input_problem": "empty",
        },
    },
    action("action_fallback"),
    bot("Votre message est vide."),
]
STOPPED_FORM = [
    user("bghit ntsjjel", "rna_apply", 0.9),
    action("rna_request_form"),
    loop("rna_request_form"),
    slot("requested_slot", "request_full_name"),
    user("safi", "stop", 0.88),
    action("action_stop_form"),
    bot("Wqefna."),
    loop(None),
    slot("requested_slot", None),
    action("action_listen"),
]
FINISHED_FORM = [
    user("fin kayn lbureau", "find_office", 0.93),
    action("office_form"),
    loop("office_form"),
    slot("requested_slot", "office_city"),
    user("Fes", "inform", 0.97),
    action("office_form"),
    slot("office_city", "Fes"),
    loop(None),
    slot("requested_slot", None),
    action("action_find_office"),
    bot("Lbureau f Fes."),
]


def test_the_index_reads_languages_intents_and_flags(services: Services, settings: Settings) -> None:
    write_conversation(tracker_db(settings), "handoff", [slot("language", "ary"), *HANDOFF])
    write_conversation(tracker_db(settings), "fallback", FALLBACK)
    write_conversation(tracker_db(settings), "guarded", GUARDED)
    write_conversation(tracker_db(settings), "stopped", STOPPED_FORM)
    write_conversation(tracker_db(settings), "finished", FINISHED_FORM)
    write_conversation(tracker_db(settings), "paused", [user("salam", "greet"), {"event": "pause"}])

    assert summaries.catch_up(services.registry, services.tracker) == len(stored_ids(services))

    handoff = summary(services, "handoff")
    assert (handoff.reply_language, handoff.variety, handoff.channel) == ("ary", "ary", "telegram")
    assert handoff.top_intent == "human_handoff" and handoff.lowest_confidence == pytest.approx(0.95)
    assert handoff.asked_person and handoff.voice_note and not handoff.fallback
    assert handoff.last_message == "Un agent va vous répondre."
    assert handoff.user_messages == 1 and handoff.search_text == "bghit nhder m3a chi wahed"

    fallback = summary(services, "fallback")
    assert (fallback.reply_language, fallback.variety) == ("fr", "fr")
    assert fallback.fallback and fallback.unanswered and not fallback.asked_person
    assert fallback.lowest_confidence == pytest.approx(0.21)

    guarded = summary(services, "guarded")
    assert guarded.fallback and not guarded.unanswered

    stopped, finished = summary(services, "stopped"), summary(services, "finished")
    assert stopped.form_abandoned and not finished.form_abandoned
    assert stopped.top_intent == "stop" and stopped.lowest_confidence == pytest.approx(0.88)
    assert finished.user_messages == 2 and finished.search_text == "fin kayn lbureau fes"

    assert summary(services, "paused").paused
    assert not any(
        getattr(finished, flag) for flag in ("asked_person", "fallback", "unanswered", "voice_note", "paused")
    )


def test_times_come_from_the_events(services: Services, settings: Settings) -> None:
    start = dt.datetime(2024, 5, 2, 9, 0, tzinfo=UTC).timestamp()
    write_conversation(
        tracker_db(settings), "dated", [user("salam", "greet"), bot("Ahlan"), bot("Kif n3awnek?")], start
    )
    summaries.catch_up(services.registry, services.tracker)
    row = summary(services, "dated")
    assert row.started_at == dt.datetime(2024, 5, 2, 9, 0, tzinfo=UTC)
    assert row.last_at == dt.datetime(2024, 5, 2, 9, 0, 2, tzinfo=UTC)


def test_a_second_catch_up_reads_only_the_new_events(services: Services, settings: Settings) -> None:
    write_conversation(tracker_db(settings), "growing", [user("salam", "greet", 0.8), bot("Ahlan")])
    first = summaries.catch_up(services.registry, services.tracker)
    assert first == len(stored_ids(services)) and mark(services) == max(stored_ids(services))
    assert summaries.catch_up(services.registry, services.tracker) == 0

    before = set(stored_ids(services))
    write_conversation(
        tracker_db(settings), "growing", [user("chno khassni", "rna_documents", 0.6), bot("Lwra9")]
    )
    added = set(stored_ids(services)) - before
    assert summaries.catch_up(services.registry, services.tracker) == len(added)
    assert mark(services) == max(added)
    row = summary(services, "growing")
    # Counted once each: the first catch-up's events were not read again.
    assert row.user_messages == 2
    assert row.search_text == "salam chno khassni"
    assert row.top_intent == "rna_documents" and row.lowest_confidence == pytest.approx(0.6)


def test_the_limit_bounds_each_catch_up_and_context_is_read_across_batches(
    services: Services, settings: Settings
) -> None:
    write_conversation(tracker_db(settings), "stopped", STOPPED_FORM)
    write_conversation(tracker_db(settings), "finished", FINISHED_FORM)
    write_conversation(tracker_db(settings), "fallback", FALLBACK)
    total = len(stored_ids(services))
    calls = 0
    # One event a transaction: every event that depends on an earlier one finds it in an earlier batch.
    while summaries.catch_up(services.registry, services.tracker, limit=1):
        calls += 1
    assert calls == total
    assert summary(services, "stopped").form_abandoned
    assert not summary(services, "finished").form_abandoned
    assert summary(services, "fallback").unanswered


def test_a_catch_up_that_lost_the_race_writes_nothing(services: Services, settings: Settings) -> None:
    write_conversation(tracker_db(settings), "raced", [user("salam", "greet")])
    with services.registry.session() as session:
        session.add(IndexMark(name=summaries.MARK, last_id=0))

    real_after = services.tracker.after

    def after_someone_else_moved_the_mark(last_id: int, limit: int):
        batch = real_after(last_id, limit)
        with services.registry.session() as session:
            session.get(IndexMark, summaries.MARK).last_id = batch[-1].id
        return batch

    services.tracker.after = after_someone_else_moved_the_mark  # type: ignore[method-assign]
    try:
        assert summaries.catch_up(services.registry, services.tracker) == 0
    finally:
        del services.tracker.after
    with services.registry.session() as session:
        assert session.get(ConversationSummary, "raced") is None


def test_a_deleted_conversation_stays_deleted_without_its_texts(
    services: Services, settings: Settings
) -> None:
    write_conversation(tracker_db(settings), "gone", [user("smiti Fatima", "inform"), bot("Chokran")])
    summaries.catch_up(services.registry, services.tracker)
    with services.registry.session() as session:
        help_desk.mark_deleted(session, "gone")
    # Events stored before the history was purged, read after the deletion.
    write_conversation(
        tracker_db(settings),
        "gone",
        [
            user("msa7 kolchi", "forget_me"),
            action("forget_form"),
            loop("forget_form"),
            user("ah", "affirm"),
            slot("forget_confirm", True),
            action("forget_form"),
            loop(None),
            action("action_forget_me"),
            bot("Tmse7 kolchi."),
            slot("forget_confirm", None),
        ],
    )
    summaries.catch_up(services.registry, services.tracker)
    row = summary(services, "gone")
    assert row.deleted
    assert "fatima" not in row.search_text and "msa7" not in row.search_text
    assert row.last_message == "Tmse7 kolchi."
    assert not row.form_abandoned


def test_a_confirmed_deletion_marks_a_conversation_the_index_had_not_seen(
    services: Services, settings: Settings
) -> None:
    write_conversation(
        tracker_db(settings),
        "unseen",
        [
            user("rqmi 0612345678", "inform"),
            user("ah", "affirm"),
            slot("forget_confirm", True),
            action("action_forget_me"),
        ],
    )
    summaries.catch_up(services.registry, services.tracker)
    row = summary(services, "unseen")
    assert row.deleted and row.search_text == "" and "0612345678" not in row.last_message


def test_a_cancelled_deletion_keeps_the_conversation(services: Services, settings: Settings) -> None:
    write_conversation(
        tracker_db(settings),
        "kept",
        [
            user("msa7", "forget_me"),
            user("la", "deny"),
            slot("forget_confirm", False),
            action("action_forget_me"),
        ],
    )
    summaries.catch_up(services.registry, services.tracker)
    row = summary(services, "kept")
    assert not row.deleted and row.search_text == "msa7 la"


def test_a_form_closed_by_a_rule_is_abandoned_even_when_it_began_long_before(
    services: Services, settings: Settings
) -> None:
    chatter = [user(f"klma {n}", "inform") for n in range(30)]
    write_conversation(
        tracker_db(settings), "long", [action("rna_request_form"), loop("rna_request_form"), *chatter]
    )
    summaries.catch_up(services.registry, services.tracker)
    assert not summary(services, "long").form_abandoned
    write_conversation(tracker_db(settings), "long", [action("action_deactivate_loop"), loop(None)])
    summaries.catch_up(services.registry, services.tracker)
    assert summary(services, "long").form_abandoned


def test_the_index_command_catches_up(
    services: Services, settings: Settings, capsys: pytest.CaptureFixture
) -> None:
    write_conversation(tracker_db(settings), "cli", [user("salam", "greet"), bot("Ahlan")])
    count = len(stored_ids(services))
    args = argparse.Namespace(staff_command="index", follow=False, batch=1)
    assert cli.run_staff(settings, args) == 0
    assert f"{count} events indexed" in capsys.readouterr().out
    assert summary(services, "cli").user_messages == 1


# The inbox page.


def add_summary(services: Services, sender_id: str, minutes_ago: int = 0, **values: object) -> None:
    now = dt.datetime.now(UTC).replace(microsecond=0)
    last = values.pop("last_at", now - dt.timedelta(minutes=minutes_ago))
    row = summaries._new_row(sender_id)
    row.started_at = values.pop("started_at", last)
    row.last_at = last
    for key, value in values.items():
        setattr(row, key, value)
    with services.registry.session() as session:
        session.add(row)


def senders(page: str) -> list[str]:
    return re.findall(r'<tr data-sender="([^"]+)"', page)


def test_the_inbox_needs_the_right_role(client: FlaskClient) -> None:
    response = client.get("/conversations")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    sign_in(client, "editor")
    assert client.get("/conversations").status_code == 403


@pytest.mark.parametrize("role", ["agent", "reviewer", "admin"])
def test_the_help_desk_roles_see_the_inbox(client: FlaskClient, role: str) -> None:
    sign_in(client, role)
    assert client.get("/conversations").status_code == 200


def test_the_inbox_shows_new_conversations_newest_first_and_links_them(
    client: FlaskClient, services: Services, settings: Settings
) -> None:
    write_conversation(tracker_db(settings), "older 1", [user("salam", "greet")], start=1_700_000_000)
    write_conversation(
        tracker_db(settings), "newer/2", [slot("language", "ar"), *HANDOFF], start=1_700_000_100
    )
    sign_in(client, "agent")
    # No indexer ran: the page caught up by itself.
    page = client.get("/conversations").get_data(as_text=True)
    assert senders(page) == ["newer/2", "older 1"]
    assert 'href="/conversations/newer%2F2"' in page or 'href="/conversations/newer/2"' in page
    row = page.split('data-sender="newer/2"')[1].split("</tr>")[0]
    assert "Un agent va vous répondre." in row and "human_handoff" in row and "asked for a person" in row
    assert "voice note" in row and 'dir="auto"' in row


def test_a_script_written_by_a_user_is_shown_as_text(
    client: FlaskClient, services: Services, settings: Settings
) -> None:
    write_conversation(tracker_db(settings), "x", [user("<script>alert('x')</script>", "greet")])
    sign_in(client, "agent")
    page = client.get("/conversations").get_data(as_text=True)
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(" in page


def test_the_inbox_filters(client: FlaskClient, services: Services) -> None:
    add_summary(
        services,
        "darija",
        1,
        reply_language="ary",
        top_intent="rna_apply",
        lowest_confidence=0.9,
        search_text="bghit ntsjjel f sijil",
    )
    add_summary(
        services,
        "french",
        2,
        reply_language="fr",
        top_intent="amo_info",
        lowest_confidence=0.35,
        fallback=True,
        search_text="c'est quoi l'amo",
    )
    add_summary(
        services,
        "arabic",
        3,
        reply_language="ar",
        top_intent="rna_apply",
        lowest_confidence=0.5,
        asked_person=True,
        search_text="أريد التسجيل 100%",
    )
    add_summary(
        services,
        "old",
        reply_language="fr",
        top_intent="greet",
        lowest_confidence=0.99,
        started_at=dt.datetime(2024, 1, 10, 12, tzinfo=UTC),
        last_at=dt.datetime(2024, 1, 12, 12, tzinfo=UTC),
    )
    sign_in(client, "reviewer")

    def shown(query: str) -> list[str]:
        response = client.get(f"/conversations?{query}")
        assert response.status_code == 200, response.get_data(as_text=True)
        return senders(response.get_data(as_text=True))

    assert shown("") == ["darija", "french", "arabic", "old"]
    assert shown("language=fr") == ["french", "old"]
    assert shown("intent=rna_apply") == ["darija", "arabic"]
    assert shown("below=0.6") == ["french", "arabic"]
    assert shown("below=0,4") == ["french"]
    assert shown("flag=asked_person") == ["arabic"]
    assert shown("flag=fallback&language=fr") == ["french"]
    assert shown("from=2024-01-11&to=2024-01-11") == ["old"]
    assert shown("to=2024-01-09") == []
    assert shown("q=AMO") == ["french"]
    assert shown("q=التسجيل") == ["arabic"]
    # The text is searched for as it is written, not as a pattern.
    assert shown("q=100%25") == ["arabic"]
    assert shown("q=_") == []
    page = client.get("/conversations").get_data(as_text=True)
    # The selects offer what the summaries hold.
    assert '<option value="amo_info"' in page and '<option value="ary"' in page


@pytest.mark.parametrize(
    "query, message",
    [
        ("below=abc", "between 0 and 1"),
        ("below=7", "between 0 and 1"),
        ("from=2024-13-45", "is not a date"),
        ("from=2024-03-02&to=2024-03-01", "start date is after the end date"),
        ("flag=nonsense", "flag does not exist"),
        ("page=-3", "no such page"),
    ],
)
def test_an_invalid_filter_is_explained(
    client: FlaskClient, services: Services, query: str, message: str
) -> None:
    add_summary(services, "someone", reply_language="fr")
    sign_in(client, "agent")
    response = client.get(f"/conversations?{query}")
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert message in page
    # The other filters still apply: the list is shown.
    assert senders(page) == ["someone"]


def test_the_inbox_is_paged_by_fifty(client: FlaskClient, services: Services) -> None:
    now = dt.datetime.now(UTC).replace(microsecond=0)
    with services.registry.session() as session:
        for number in range(60):
            row = summaries._new_row(f"s{number:02d}")
            row.started_at = row.last_at = now - dt.timedelta(minutes=number)
            row.reply_language = "ary" if number % 2 else "fr"
            session.add(row)
    sign_in(client, "agent")
    first = client.get("/conversations").get_data(as_text=True)
    assert senders(first) == [f"s{n:02d}" for n in range(50)]
    assert "60 conversations" in first
    assert "page=2" in first
    second = client.get("/conversations?page=2").get_data(as_text=True)
    assert senders(second) == [f"s{n:02d}" for n in range(50, 60)]
    # The pager keeps the filters.
    filtered = client.get("/conversations?language=fr&page=1").get_data(as_text=True)
    assert len(senders(filtered)) == 30
    assert client.get("/conversations?page=9").status_code == 200


def test_the_inbox_never_reads_the_events_table(client: FlaskClient, services: Services) -> None:
    add_summary(services, "only-summary", reply_language="fr")
    sign_in(client, "agent")
    statements: list[str] = []
    from sqlalchemy import event

    def note(conn, cursor, statement, *args) -> None:
        statements.append(statement)

    event.listen(services.tracker.engine, "before_cursor_execute", note)
    try:
        assert senders(client.get("/conversations").get_data(as_text=True)) == ["only-summary"]
    finally:
        event.remove(services.tracker.engine, "before_cursor_execute", note)
    # Only the bounded catch-up touches the events, by id after the mark.
    assert statements and all("events.id >" in statement for statement in statements), statements


def test_deleted_and_taken_conversations_show_their_badges(client: FlaskClient, services: Services) -> None:
    add_summary(services, "deleted", 1, deleted=True)
    add_summary(services, "taken", 2, paused=True)
    sign_in(client, "agent")
    page = client.get("/conversations").get_data(as_text=True)
    assert "deleted by the user" in page.split('data-sender="deleted"')[1].split("</tr>")[0]
    assert "answered by a person now" in page.split('data-sender="taken"')[1].split("</tr>")[0]
    assert senders(client.get("/conversations?flag=deleted").get_data(as_text=True)) == ["deleted"]
    with services.registry.session() as session:
        assert [
            r.sender_id
            for r in session.scalars(select(ConversationSummary).where(ConversationSummary.paused))
        ] == ["taken"]
