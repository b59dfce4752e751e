"""Reminders along the path, end to end: the real bot, Rasa and actions, and `hirfa scheduler --once --now`.

A user asks for a reminder under an answer; the scheduler, run in its own process at moments the test
chooses (no sleeping), delivers exactly one message to the fake Telegram in the user's language with the
next step's buttons — not in the quiet hours, not twice in a week — and /reminders and "stop reminders"
cancel them.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from registry.models import Reminder
from tests.e2e.conftest import BIN, ROOT, Assistant
from tests.e2e.test_telegram import Bot, language_of, new_chat, payloads, running_bot
from tests.fake_telegram import BOT_TOKEN, Call

MOROCCO = ZoneInfo("Africa/Casablanca")
SCHEDULER_SECONDS = 60


@pytest.fixture(scope="module")
def bot(assistant: Assistant, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bot]:
    with running_bot(assistant, tmp_path_factory.mktemp("reminders") / "bot.log") as bot:
        yield bot


def press(bot: Bot, message: Call, payload: str, language_code: str) -> list[Call]:
    """Press the button with ``payload`` under ``message``; the bot's replies."""
    assert payload in payloads([message]), (payload, payloads([message]))
    return bot.send(bot.telegram.callback_query(message, payload, language_code), message.chat_id)


def with_button(replies: list[Call], prefix: str) -> Call:
    """The reply carrying a button whose payload starts with ``prefix``."""
    return next(r for r in replies if any(p.startswith(prefix) for p in payloads([r])))


def schedule_tick(assistant: Assistant, bot: Bot, at: datetime) -> list[Call]:
    """Run `hirfa scheduler --once --now AT` in its own process; the messages it sent."""
    since = bot.telegram.mark()
    env = {**assistant.env, "TELEGRAM_BOT_TOKEN": BOT_TOKEN, "TELEGRAM_API_BASE_URL": bot.telegram.base_url}
    done = subprocess.run(
        [str(BIN / "hirfa"), "scheduler", "--once", "--now", at.isoformat()],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=SCHEDULER_SECONDS,
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-3000:]
    return bot.telegram.calls("sendMessage", since=since)


def reminders_of(assistant: Assistant, chat: int) -> list[tuple[str, str, str, datetime]]:
    engine = sa.create_engine(assistant.database_url, future=True)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                sa.select(Reminder.step, Reminder.status, Reminder.language, Reminder.due_at)
                .where(Reminder.sender_id == str(chat))
                .order_by(Reminder.id)
            ).all()
    finally:
        engine.dispose()
    return [tuple(row) for row in rows]


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=MOROCCO)


def ask_reminder(bot: Bot, answer: list[Call], step: str, language_code: str) -> list[Call]:
    """Under ``answer``: "remind me about the next step", then "in a week"; the confirmation."""
    offer = with_button(answer, "/remind_me")
    assert [p for p in payloads([offer]) if p.startswith("/remind_me")] == [f'/remind_me{{"step": "{step}"}}']
    when = with_button(press(bot, offer, f'/remind_me{{"step": "{step}"}}', language_code), "/remind_me")
    return press(bot, when, f'/remind_me{{"step": "{step}", "when": "week"}}', language_code)


def test_a_reminder_comes_once_in_the_users_language_never_at_night_and_a_second_waits_a_week(
    bot: Bot, assistant: Assistant
) -> None:
    chat = new_chat()
    answer = bot.say(chat, "comment m'inscrire au registre national de l'artisanat ?", "fr")
    confirmed = ask_reminder(bot, answer, "card", "fr")
    assert language_of(" ".join(r.text for r in confirmed)) == "fr"
    [(step, status, language, due)] = reminders_of(assistant, chat)
    assert (step, status, language) == ("card", "pending", "fr")
    day = due.replace(tzinfo=timezone.utc).astimezone(MOROCCO).date() + timedelta(days=1)

    # Due, but 22:00 in Casablanca: nothing goes, the reminder waits for 08:00.
    assert [c for c in schedule_tick(assistant, bot, at(day, 22)) if c.chat_id == chat] == []
    assert reminders_of(assistant, chat)[0][1:3] == ("pending", "fr")

    # The next morning at 10:00: exactly one message, in French, with the next step's buttons.
    sent = [c for c in schedule_tick(assistant, bot, at(day + timedelta(days=1), 10)) if c.chat_id == chat]
    assert len(sent) == 1 and sent[0].ok, sent
    assert language_of(sent[0].text) == "fr" and "carte professionnelle" in sent[0].text
    assert payloads(sent) == ["/artisan_card", "/find_office", "/stop_reminders"]
    assert [b["text"] for b in sent[0].buttons] == [
        "La carte d'artisan",
        "Bureau le plus proche",
        "Arrêter les rappels",
    ]
    assert [
        c for c in schedule_tick(assistant, bot, at(day + timedelta(days=1), 11)) if c.chat_id == chat
    ] == []

    # Its button leads on to the step's answer, which offers the following step: asked for now, it is
    # due within the week of the one just sent, so it waits until a week after it.
    card = press(bot, sent[0], "/artisan_card", "fr")
    ask_reminder(bot, card, "amo", "fr")
    assert [
        c for c in schedule_tick(assistant, bot, at(day + timedelta(days=2), 10)) if c.chat_id == chat
    ] == []
    later = [c for c in schedule_tick(assistant, bot, at(day + timedelta(days=8), 10)) if c.chat_id == chat]
    assert len(later) == 1 and "AMO" in later[0].text
    assert payloads(later) == ["/amo_enroll", "/amo_cost", "/stop_reminders"]
    assert [row[:2] for row in reminders_of(assistant, chat)] == [("card", "sent"), ("amo", "sent")]

    # "Stop reminders" under it: a reminder asked for since is cancelled, nothing more comes.
    grow = press(bot, later[0], "/amo_enroll", "fr")
    ask_reminder(bot, grow, "grow", "fr")
    stopped = press(bot, later[0], "/stop_reminders", "fr")
    assert language_of(" ".join(r.text for r in stopped)) == "fr"
    assert [
        c for c in schedule_tick(assistant, bot, at(day + timedelta(days=40), 10)) if c.chat_id == chat
    ] == []
    assert [row[:2] for row in reminders_of(assistant, chat)][-1] == ("grow", "cancelled")


def test_slash_reminders_lists_them_in_darija_and_cancels_one_then_all(
    bot: Bot, assistant: Assistant
) -> None:
    chat = new_chat()
    empty = bot.say(chat, "/reminders", "ar")
    assert payloads(empty) == ["/ask_help"]
    ask_reminder(bot, bot.say(chat, "كيفاش نتسجل فالسجل ديال الصناعة التقليدية؟", "ar"), "card", "ar")
    ask_reminder(bot, bot.say(chat, "/amo_enroll", "ar"), "grow", "ar")
    listed = bot.say(chat, "/reminders", "ar")
    cancels = [p for p in payloads(listed) if p.startswith('/stop_reminders{"reminder"')]
    assert len(cancels) == 2 and "/stop_reminders" in payloads(listed)
    assert all(language_of(r.text) != "fr" for r in listed)
    # Each reminder names its date as Babel writes it in Arabic (the month in Arabic letters).
    first_due = reminders_of(assistant, chat)[0][3].replace(tzinfo=timezone.utc).astimezone(MOROCCO)
    assert str(first_due.year) in listed[0].text

    item = with_button(listed, cancels[0])
    cancelled = press(bot, item, cancels[0], "ar")
    assert "/list_reminders" in payloads(cancelled)
    assert [row[1] for row in reminders_of(assistant, chat)] == ["cancelled", "pending"]
    relisted = bot.say(chat, "/reminders", "ar")
    assert len([p for p in payloads(relisted) if p.startswith('/stop_reminders{"reminder"')]) == 1

    stop_all = next(r for r in relisted if "/stop_reminders" in payloads([r]))
    press(bot, stop_all, "/stop_reminders", "ar")
    assert [row[1] for row in reminders_of(assistant, chat)] == ["cancelled", "cancelled"]
    assert payloads(bot.say(chat, "/reminders", "ar")) == ["/ask_help"]


def test_no_reminder_is_offered_where_it_could_not_be_delivered(assistant: Assistant) -> None:
    replies = assistant.send(
        "cli-reminders", "comment m'inscrire au registre national de l'artisanat ?", {"channel": "cli"}
    )
    assert replies and not [
        b for r in replies for b in r.get("buttons") or [] if b["payload"].startswith("/remind_me")
    ]
    typed = assistant.send("cli-reminders", '/remind_me{"step": "card", "when": "week"}', {"channel": "cli"})
    assert [r["custom"]["response"] for r in typed if "custom" in r] == ["utter_reminders_telegram_only"]
