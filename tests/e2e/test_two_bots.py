"""Two real bot processes (`hirfa telegram`, webhook mode) behind a stand-in load balancer, sharing one Redis.

The fake Telegram delivers one chat's updates to the two instances in turn, as a round-robin balancer
would, one at a time and waiting for each answer as Telegram does. Whichever instance gets a message,
Rasa must see the chat's messages once each, in the order sent, and the replies must come in that order.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.bot.test_shared_state import redis_server
from tests.e2e.conftest import BIN, ROOT, Assistant, free_port
from tests.e2e.test_telegram import new_chat
from tests.fake_telegram import BOT_TOKEN, FakeTelegram

START_SECONDS = 60
STOP_SECONDS = 15
ANSWER_SECONDS = 120
SECRET = "two-bots-secret"


@dataclass
class Pair:
    telegram: FakeTelegram
    urls: list[str]
    processes: list[subprocess.Popen]
    logs: list[Path]
    tracker_db: Path


def start_pair(assistant: Assistant, redis_url: str, workdir: Path) -> Pair:
    telegram = FakeTelegram(BOT_TOKEN).start()
    ports = [free_port(), free_port()]
    urls = [f"http://127.0.0.1:{port}" for port in ports]
    telegram.balance(urls)
    processes, logs = [], []
    for number, port in enumerate(ports, start=1):
        env = {
            **assistant.env,
            "TELEGRAM_BOT_TOKEN": BOT_TOKEN,
            "TELEGRAM_API_BASE_URL": telegram.base_url,
            # The balancer's address, which both instances register; the fake delivers past it.
            "TELEGRAM_WEBHOOK_URL": f"http://127.0.0.1:{free_port()}",
            "TELEGRAM_WEBHOOK_SECRET": SECRET,
            "TELEGRAM_WEBHOOK_PORT": str(port),
            "TELEGRAM_WEBHOOK_LISTEN": "127.0.0.1",
            "HIRFA_RASA_URL": assistant.rasa_url,
            "HIRFA_REDIS_URL": redis_url,
        }
        logs.append(workdir / f"bot{number}.log")
        processes.append(
            subprocess.Popen(
                [str(BIN / "hirfa"), "telegram"],
                cwd=ROOT,
                env=env,
                stdout=logs[-1].open("w"),
                stderr=subprocess.STDOUT,
            )
        )
    pair = Pair(telegram, urls, processes, logs, assistant.tracker_db)
    deadline = time.monotonic() + START_SECONDS
    for url, process, log in zip(urls, processes, logs, strict=True):
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=2).json().get("running"):
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                stop_pair(pair)
                raise RuntimeError(f"a bot instance did not come up:\n{log.read_text()[-3000:]}")
            time.sleep(0.2)
    return pair


def stop_pair(pair: Pair) -> list[tuple[int | None, str]]:
    for process in pair.processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    results = []
    for process, log in zip(pair.processes, pair.logs, strict=True):
        try:
            process.wait(timeout=STOP_SECONDS)
            code = process.returncode
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=STOP_SECONDS)
            code = None
        results.append((code, log.read_text()))
    pair.telegram.stop()
    return results


@pytest.fixture(scope="module")
def pair(assistant: Assistant, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    with redis_server() as redis_url:
        pair = start_pair(assistant, redis_url, tmp_path_factory.mktemp("two-bots"))
        try:
            yield pair
        finally:
            results = stop_pair(pair)
    for code, output in results:
        assert code == 0 and "Traceback" not in output and " ERROR " not in output, output[-3000:]
        assert "out of turn" not in output, "no holder of a chat's turn was taken for dead"
    refused = [(c.method, c.error) for c in pair.telegram.calls() if not c.ok and not c.abandoned]
    assert refused == [], "every Bot API call the bots made is one Telegram accepts"


def conversation(tracker_db: Path, chat: int) -> tuple[list[str], list[str]]:
    """What Rasa stored for the chat: the user's texts and the bot's texts, each in order."""
    with sqlite3.connect(tracker_db) as connection:
        rows = connection.execute(
            "SELECT type_name, data FROM events WHERE sender_id = ? AND type_name IN ('user', 'bot') ORDER BY id",
            (str(chat),),
        ).fetchall()
    said = [(kind, json.loads(data).get("text")) for kind, data in rows]
    return [text for kind, text in said if kind == "user"], [text for kind, text in said if kind == "bot" and text]


def answered(pair: Pair, chat: int, since: int, sent: int) -> tuple[list[str], list[str], list[str]]:
    """Once Rasa has all ``sent`` messages and the bots delivered every reply: user texts, bot texts, replies."""
    deadline = time.monotonic() + ANSWER_SECONDS
    while True:
        users, bots = conversation(pair.tracker_db, chat)
        replies = [c.text for c in pair.telegram.replies(chat, since) if c.method == "sendMessage"]
        done = len(users) >= sent and len([r for r in replies if "vite" not in r]) >= len(bots)
        if done or time.monotonic() > deadline:
            time.sleep(1.0)  # anything still to come (a second answer to a duplicate) would show now
            users, bots = conversation(pair.tracker_db, chat)
            replies = [c.text for c in pair.telegram.replies(chat, since) if c.method == "sendMessage"]
            return users, bots, replies
        time.sleep(0.2)


def test_one_chats_messages_are_answered_in_order_whichever_instance_gets_them(pair: Pair) -> None:
    chat = new_chat()
    texts = [
        "Bonjour",
        "comment m'inscrire au registre national de l'artisanat ?",
        "c'est quoi l'AMO ?",
        "où est la chambre d'artisanat de Fès ?",
        "merci",
        "au revoir",
    ]
    since, first = pair.telegram.mark(), len(pair.telegram.delivered_to())
    ids = [pair.telegram.push(pair.telegram.text_message(chat, text, "fr")) for text in texts]
    users, bots, replies = answered(pair, chat, since, len(texts))
    delivered = dict(pair.telegram.delivered_to()[first:])
    assert {delivered[i] for i in ids} == {url + "/telegram" for url in pair.urls}, "both instances got some"
    assert users == texts, "Rasa got each message once, in the order sent"
    assert bots and replies == bots, "the replies came in the order Rasa gave them, each once"


def test_an_update_delivered_to_both_instances_is_answered_once(pair: Pair) -> None:
    chat = new_chat()
    since, first = pair.telegram.mark(), len(pair.telegram.delivered_to())
    update_id = pair.telegram.push(pair.telegram.text_message(chat, "Bonjour", "fr"))
    pair.telegram.repeat(update_id)  # Telegram did not get the first answer: it sends the update again
    pair.telegram.push(pair.telegram.text_message(chat, "merci", "fr"))
    users, bots, replies = answered(pair, chat, since, 2)
    deliveries = [url for uid, url in pair.telegram.delivered_to()[first:] if uid == update_id]
    assert len(set(deliveries)) == 2, "the update reached both instances"
    assert users == ["Bonjour", "merci"] and replies == bots


def test_a_fast_sender_is_limited_across_instances(pair: Pair) -> None:
    chat = new_chat()
    texts = [f"bonjour {number}" for number in range(14)]  # the limit is 12 a minute per user
    since = pair.telegram.mark()
    for text in texts:
        pair.telegram.push(pair.telegram.text_message(chat, text, "fr"))
    users, bots, replies = answered(pair, chat, since, len(texts))
    notices = [r for r in replies if "vite" in r]
    assert len(notices) == 1, "told once, though each instance saw only 7 messages"
    assert users == texts and [r for r in replies if "vite" not in r] == bots


def test_an_update_whose_bot_was_killed_mid_answer_is_answered_once_by_the_other(
    assistant: Assistant, tmp_path: Path
) -> None:
    """Bot 1 gets the update, Rasa answers, and bot 1 is killed (kill -9) while Telegram refuses the answer
    (502, sent again a little later): it never acknowledged the update, so Telegram delivers it again, to bot 2,
    which gets Rasa's first answer (the turn is not run twice) and sends it — once."""
    with redis_server() as redis_url:
        pair = start_pair(assistant, redis_url, tmp_path)
        try:
            telegram, chat = pair.telegram, new_chat()
            telegram.balance(pair.urls[:1])  # the first delivery reaches bot 1
            since = telegram.mark()
            telegram.fail("sendMessage", 502, seconds=120)
            update_id = telegram.push(telegram.text_message(chat, "Bonjour", "fr"))
            telegram.wait_for("sendMessage", lambda c: c.chat_id == chat and not c.ok, timeout=ANSWER_SECONDS, since=since)
            pair.processes[0].send_signal(signal.SIGKILL)
            assert pair.processes[0].wait(timeout=STOP_SECONDS) == -signal.SIGKILL
            telegram.balance(pair.urls[1:])  # Telegram's next try reaches the instance still alive
            telegram.clear_faults()

            deadline = time.monotonic() + ANSWER_SECONDS
            while True:
                users, bots = conversation(pair.tracker_db, chat)
                sent = [c.text for c in telegram.replies(chat, since) if c.ok]
                if (bots and len(sent) >= len(bots)) or time.monotonic() > deadline:
                    break
                time.sleep(0.2)
            time.sleep(1.0)  # a second copy would show by now
            users, bots = conversation(pair.tracker_db, chat)
            sent = [c.text for c in telegram.replies(chat, since) if c.ok]
            assert users == ["Bonjour"], "Rasa ran the update once"
            assert bots and sent == bots, "the answer reached the user once"
            redelivered = [url for uid, url in telegram.delivered_to() if uid == update_id]
            assert redelivered == [pair.urls[1] + "/telegram"], "acknowledged only by the instance that answered"
        finally:
            results = stop_pair(pair)
    code, output = results[1]
    assert code == 0 and "Traceback" not in output and " ERROR " not in output, output[-3000:]
