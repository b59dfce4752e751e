"""Telegram delivers an update twice, to a bot that restarted in between: Rasa runs the turn once.

The bot's own memory of seen updates does not survive a restart; Rasa's REST channel keeps the ids
it handled (rasa_plugins/handled_updates.py, in the registry database here) and answers a repeat from the
first delivery. The real bot process (webhook mode), the fake Telegram server and the real assistant.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import BIN, ROOT, Assistant, free_port
from tests.e2e.test_telegram import new_chat
from tests.fake_telegram import BOT_TOKEN, FakeTelegram

START_SECONDS = 60
STOP_SECONDS = 15
REPLY_SECONDS = 60
SECRET = "exactly-once-secret"


def start_bot(assistant: Assistant, telegram: FakeTelegram, log: Path) -> subprocess.Popen:
    """`hirfa telegram` in webhook mode on a port of its own, once it has registered its webhook."""
    port = free_port()
    since = telegram.mark()
    env = {
        **assistant.env,
        "TELEGRAM_BOT_TOKEN": BOT_TOKEN,
        "TELEGRAM_API_BASE_URL": telegram.base_url,
        "TELEGRAM_WEBHOOK_URL": f"http://127.0.0.1:{port}",
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "TELEGRAM_WEBHOOK_PORT": str(port),
        "TELEGRAM_WEBHOOK_LISTEN": "127.0.0.1",
        "HIRFA_RASA_URL": assistant.rasa_url,
    }
    process = subprocess.Popen(
        [str(BIN / "hirfa"), "telegram"], cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT
    )
    try:
        telegram.wait_for("setWebhook", lambda call: call.ok, since=since, timeout=START_SECONDS)
    except TimeoutError:
        stop_bot(process, log)
        raise RuntimeError(f"the bot did not set its webhook:\n{log.read_text()[-3000:]}") from None
    return process


def stop_bot(process: subprocess.Popen, log: Path) -> str:
    """SIGTERM, as a process manager stops it; the bot's output, checked for faults."""
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=STOP_SECONDS)
    output = log.read_text()
    assert process.returncode == 0 and "Traceback" not in output and " ERROR " not in output, output[-3000:]
    return output


def user_turns(tracker_db: Path, chat: int) -> list[tuple[str, int | None]]:
    """The user's messages Rasa stored for the chat, with the update id each came with."""
    with sqlite3.connect(tracker_db) as connection:
        rows = connection.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user' ORDER BY id", (str(chat),)
        ).fetchall()
    events = [json.loads(data) for (data,) in rows]
    return [(event.get("text"), (event.get("metadata") or {}).get("telegram_update_id")) for event in events]


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    fake = FakeTelegram(BOT_TOKEN).start()
    yield fake
    fake.stop()


def test_an_update_delivered_again_after_a_bot_restart_is_one_turn(
    assistant: Assistant, telegram: FakeTelegram, tmp_path: Path
) -> None:
    chat = new_chat()
    first_bot = start_bot(assistant, telegram, tmp_path / "bot1.log")
    try:
        since = telegram.mark()
        update_id = telegram.push(telegram.text_message(chat, "Bonjour", "fr"))
        first = [c.text for c in telegram.wait_for_replies(chat, since, timeout=REPLY_SECONDS)]
    finally:
        stop_bot(first_bot, tmp_path / "bot1.log")
    assert first, "the first delivery is answered"

    second_bot = start_bot(assistant, telegram, tmp_path / "bot2.log")
    try:
        # Telegram did not get the first bot's acknowledgement (it died): the update comes again.
        since = telegram.mark()
        telegram.repeat(update_id)
        again = [c.text for c in telegram.wait_for_replies(chat, since, timeout=REPLY_SECONDS)]
        since = telegram.mark()
        next_id = telegram.push(telegram.text_message(chat, "merci", "fr"))
        telegram.wait_for_replies(chat, since, timeout=REPLY_SECONDS)
    finally:
        output = stop_bot(second_bot, tmp_path / "bot2.log")
    assert again == first, "the repeat is answered with the first answer, not a second run of the conversation"
    assert user_turns(assistant.tracker_db, chat) == [("Bonjour", update_id), ("merci", next_id)]
    assert "Sending again" not in output, "the bot itself sent nothing twice"
    rasa_log = assistant.logs[1].read_text()
    assert f"Update {update_id} of sender {chat} came again" in rasa_log, "Rasa's channel dropped the repeat"
