"""The polling bot (`hirfa telegram` without a webhook, as `make run` runs it) killed with -9 while Rasa's answer
was on its way, after its polling had confirmed the update to Telegram: the restarted bot answers it from its
inbox (bot/inbox.py), once; a bot stopped normally confirms what it answered, so nothing comes twice.

Between the bot and Rasa a small proxy holds Rasa's answer back until the bot is dead: Rasa has run the turn,
the bot never got its answer."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from tests.e2e.conftest import BIN, ROOT, Assistant
from tests.e2e.test_exactly_once import user_turns
from tests.e2e.test_telegram import new_chat
from tests.fake_telegram import BOT_TOKEN, FakeTelegram

START_SECONDS = 60
REPLY_SECONDS = 60


class HoldingProxy:
    """Forwards the bot's messages to Rasa at once; holds Rasa's answers back while ``holding`` is set."""

    def __init__(self, rasa_url: str) -> None:
        self.holding = threading.Event()
        self.held = threading.Event()  # an answer is being held back
        self.forwarded = 0
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k: v for k, v in self.headers.items() if k.lower() in ("authorization", "content-type")}
                answer = httpx.post(f"{rasa_url}{self.path}", content=body, headers=headers, timeout=60)
                proxy.forwarded += 1
                if proxy.holding.is_set():
                    proxy.held.set()
                    while proxy.holding.is_set():
                        time.sleep(0.05)
                with contextlib.suppress(OSError):  # the bot may be dead by now
                    self.send_response(answer.status_code)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(answer.content)))
                    self.end_headers()
                    self.wfile.write(answer.content)

            def log_message(self, *_: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> HoldingProxy:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.holding.clear()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    fake = FakeTelegram(BOT_TOKEN).start()
    yield fake
    fake.stop()


def start_polling_bot(env: dict[str, str], telegram: FakeTelegram, log: Path) -> subprocess.Popen:
    since = telegram.mark()
    process = subprocess.Popen(
        [str(BIN / "hirfa"), "telegram"], cwd=ROOT, env=env, stdout=log.open("a"), stderr=subprocess.STDOUT
    )
    try:
        telegram.wait_for("getUpdates", lambda call: call.ok, since=since, timeout=START_SECONDS)
    except TimeoutError:
        process.kill()
        raise RuntimeError(f"the bot did not poll:\n{log.read_text()[-3000:]}") from None
    return process


def test_an_update_whose_bot_was_killed_mid_answer_is_answered_once_after_the_restart(
    assistant: Assistant, telegram: FakeTelegram, tmp_path: Path
) -> None:
    log = tmp_path / "bot.log"
    with HoldingProxy(assistant.rasa_url) as proxy:
        env = {
            **assistant.env,
            "TELEGRAM_BOT_TOKEN": BOT_TOKEN,
            "TELEGRAM_API_BASE_URL": telegram.base_url,
            "TELEGRAM_WEBHOOK_URL": "",
            "HIRFA_RASA_URL": proxy.url,
        }
        chat = new_chat()
        bot = start_polling_bot(env, telegram, log)
        try:
            proxy.holding.set()
            update_id = telegram.push(telegram.text_message(chat, "Bonjour", "fr"))
            assert proxy.held.wait(REPLY_SECONDS), "the message reached Rasa"
            since = telegram.mark()
            # The bot polls on after taking the update: Telegram takes it as delivered and never gives it again.
            telegram.wait_for("getUpdates", lambda call: call.ok, since=since, timeout=REPLY_SECONDS)
        finally:
            os.kill(bot.pid, signal.SIGKILL)
            bot.wait(timeout=30)
            proxy.holding.clear()
        # At most a note that the answer is on its way (when the poll above took long), never the answer.
        before = {c.text for c in telegram.replies(chat)}

        restarted = telegram.mark()
        bot = start_polling_bot(env, telegram, log)
        try:
            answer = [c.text for c in telegram.wait_for_replies(chat, restarted, timeout=REPLY_SECONDS)]
            since = telegram.mark()
            next_id = telegram.push(telegram.text_message(chat, "merci", "fr"))
            telegram.wait_for_replies(chat, since, timeout=REPLY_SECONDS)
        finally:
            bot.send_signal(signal.SIGTERM)
            bot.wait(timeout=30)
        assert bot.returncode == 0
        assert answer and all(answer), "the restarted bot answered, from its inbox, the update the killed one took"
        assert len(answer) == len(set(answer)) and not before & set(answer), f"answered once: {before}, {answer}"
        assert telegram.pending_updates() == 0, "the bot stopping confirmed what it answered"
        assert user_turns(assistant.tracker_db, chat) == [("Bonjour", update_id), ("merci", next_id)]
        assert f"Update {update_id} of sender {chat} came again" in assistant.logs[1].read_text()

        # Stopped normally, the bot confirmed what it answered: a new start gets nothing again.
        since = telegram.mark()
        bot = start_polling_bot(env, telegram, log)
        try:
            telegram.wait_for("getUpdates", lambda call: call.ok, since=telegram.mark(), timeout=START_SECONDS)
            assert telegram.pending_updates() == 0
            assert telegram.replies(chat, since) == []
        finally:
            bot.send_signal(signal.SIGTERM)
            bot.wait(timeout=30)
    output = log.read_text()
    assert "Traceback" not in output and " ERROR " not in output, output[-3000:]
