"""The real bot process (`hirfa telegram`) between a fake Telegram Bot API server and the real assistant."""

from __future__ import annotations

import itertools
import random
import re
import signal
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from registry.content import read_records
from tests.e2e.conftest import BIN, ROOT, Assistant, free_port
from tests.fake_telegram import BOT_TOKEN, Call, FakeTelegram

START_SECONDS = 60
STOP_SECONDS = 15
REPLY_SECONDS = 60  # the first message of a conversation loads Rasa's caches

# Words only one of the two Arabic reply languages uses (function words and common verbs).
DARIJA_WORDS = frozenset(
    "ديال ديالك ديالي واش شنو كيفاش بغيتي نقدر تقدر هادشي فشي دابا غادي عافاك ليك ليا معاك فين بلا "
    "كنشرح كيعطيك ولا شي لي نهضر خاصني نتسجل تتسجل بجوج نقولك كنتي".split()
)
MSA_WORDS = frozenset(
    "هل ماذا يمكنني يمكنك تريد أن هذا اختر عفوا كيف التي الذي إلى لك أو عبر خلال أين في شيء أشرح يمنحك "
    "أخبرك تذهب".split()
)
FRENCH_WORDS = frozenset("je vous de la le les et pour une un votre est à avec des du au".split())
WORD = re.compile(r"\w+")

_chat_ids = itertools.count(random.randrange(10**8, 9 * 10**8))


def new_chat() -> int:
    return next(_chat_ids)


def language_of(text: str) -> str:
    """'fr', 'ary' or 'ar' from the script and the words of ``text``; '?' when they do not tell."""
    words = [w.lower() for w in WORD.findall(text)]
    latin = sum(ch.isalpha() and ch.isascii() for ch in text)
    arabic = sum("\u0600" <= ch <= "\u06ff" for ch in text)
    if latin > arabic:
        return "fr" if sum(w in FRENCH_WORDS for w in words) >= 2 else "?"
    darija = sum(w in DARIJA_WORDS or w.removeprefix("و") in DARIJA_WORDS for w in words)
    msa = sum(w in MSA_WORDS or w.removeprefix("و") in MSA_WORDS for w in words)
    if darija > msa:
        return "ary"
    return "ar" if msa > darija else "?"


def payloads(replies: list[Call]) -> list[str]:
    return [button.get("callback_data", "") for reply in replies for button in reply.buttons]


@dataclass
class Bot:
    """The running bot process and the fake Telegram it talks to."""

    telegram: FakeTelegram
    process: subprocess.Popen
    log: Path

    def say(self, chat_id: int, text: str, language_code: str | None = "ar") -> list[Call]:
        """Send a text message from ``chat_id`` and return the bot's replies to it."""
        return self.send(self.telegram.text_message(chat_id, text, language_code), chat_id)

    def send(self, update: dict, chat_id: int) -> list[Call]:
        since = self.telegram.mark()
        self.telegram.push(update)
        return self.telegram.wait_for_replies(chat_id, since, timeout=REPLY_SECONDS)

    def stop(self) -> tuple[int | None, str]:
        """SIGTERM, as a process manager stops it; the exit code (None: still running) and the output."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=STOP_SECONDS)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=STOP_SECONDS)
                return None, self.log.read_text()
        return self.process.returncode, self.log.read_text()


def start_bot(assistant: Assistant, log: Path, **extra_env: str) -> Bot:
    """The fake Telegram server, and `hirfa telegram` polling it (or taking its webhook)."""
    telegram = FakeTelegram(BOT_TOKEN).start()
    env = {
        **assistant.env,
        "TELEGRAM_BOT_TOKEN": BOT_TOKEN,
        "TELEGRAM_API_BASE_URL": telegram.base_url,
        "TELEGRAM_WEBHOOK_URL": "",
        "HIRFA_RASA_URL": assistant.rasa_url,
        **extra_env,
    }
    process = subprocess.Popen(
        [str(BIN / "hirfa"), "telegram"], cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT
    )
    bot = Bot(telegram, process, log)
    ready = "setWebhook" if extra_env.get("TELEGRAM_WEBHOOK_URL") else "getUpdates"
    try:
        telegram.wait_for(ready, lambda call: call.ok, timeout=START_SECONDS)
    except TimeoutError:
        bot.stop()
        telegram.stop()
        raise RuntimeError(
            f"the bot did not call {ready} in {START_SECONDS}s:\n{log.read_text()[-3000:]}"
        ) from None
    return bot


@contextmanager
def running_bot(assistant: Assistant, log: Path, **extra_env: str) -> Iterator[Bot]:
    """``start_bot`` for a block; after it, the bot stopped cleanly with no traceback or error in its log."""
    bot = start_bot(assistant, log, **extra_env)
    try:
        yield bot
    finally:
        code, output = bot.stop()
        bot.telegram.stop()
    assert code == 0 and "Traceback" not in output and " ERROR " not in output, output[-3000:]


@pytest.fixture(scope="module")
def bot(assistant: Assistant, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bot]:
    with running_bot(assistant, tmp_path_factory.mktemp("telegram") / "bot.log") as bot:
        yield bot
    refused = [(c.method, c.error) for c in bot.telegram.calls() if not c.ok and not c.abandoned]
    assert refused == [], "every Bot API call the bot made is one Telegram accepts"


CONVERSATIONS = {
    "ary": ("ar", ["سلام", "كيفاش نتسجل فالسجل ديال الصناعة التقليدية؟", "شكرا"]),
    "fr": ("fr", ["Bonjour", "comment m'inscrire au registre national de l'artisanat ?", "merci"]),
    "ar": ("ar", ["مرحبا، كيف حالك؟", "كيف أسجل في السجل الوطني للصناعة التقليدية؟", "شكرا جزيلا"]),
}


@pytest.mark.parametrize("language", list(CONVERSATIONS))
def test_a_short_conversation_is_answered_in_the_users_language(bot: Bot, language: str) -> None:
    phone, texts = CONVERSATIONS[language]
    chat = new_chat()
    for text in texts:
        replies = bot.say(chat, text, phone)
        assert [r.method for r in replies if r.method != "sendMessage"] == [], "text gets text replies"
        assert [r.error for r in replies if not r.ok] == []
        said = " ".join(r.text for r in replies)
        assert language_of(said) == language, (text, said)
        assert any(r.buttons for r in replies), f"the reply to {text!r} comes with an inline keyboard"


def test_a_button_press_is_answered_then_relayed(bot: Bot) -> None:
    chat = new_chat()
    greeting = bot.say(chat, "Bonjour", "fr")[-1]
    assert "/amo_info" in payloads([greeting])
    press = bot.telegram.callback_query(greeting, "/amo_info", "fr")
    since = bot.telegram.mark()
    bot.telegram.push(press)
    answer = bot.telegram.wait_for(
        "answerCallbackQuery",
        lambda c: c.params.get("callback_query_id") == press["callback_query"]["id"],
        since=since,
        timeout=REPLY_SECONDS,
    )
    assert answer.ok, answer.error
    replies = bot.telegram.wait_for_replies(chat, since, timeout=REPLY_SECONDS)
    assert answer.seq < replies[0].seq, "the press is answered before the assistant is asked"
    said = " ".join(r.text for r in replies)
    assert language_of(said) == "fr" and "AMO" in said, said
    assert any(r.buttons for r in replies)


# The official source of the answer to "/amo_info" (data/content/amo.yml, topic amo.what), per language.
AMO_WHAT = next(r for r in read_records(ROOT / "data" / "content") if r["topic"] == "amo.what")
CHECKED_ON = {"fr": "Informations vérifiées le", "ar": "معلومات تم التحقق منها بتاريخ"}


@pytest.mark.parametrize(("greeting", "language"), [("Bonjour", "fr"), ("مرحبا، كيف حالك؟", "ar")])
def test_a_content_answer_is_one_telegram_message_with_its_dated_source_and_buttons(
    bot: Bot, greeting: str, language: str
) -> None:
    # Two messages per answer (the text, then its source) would halve how many people Telegram's
    # ~30 messages a second can answer: the source line and the buttons ride on the answer itself.
    chat = new_chat()
    menu = bot.say(chat, greeting, language)[-1]
    since = bot.telegram.mark()
    bot.telegram.push(bot.telegram.callback_query(menu, "/amo_info", language))
    replies = bot.telegram.wait_for_replies(chat, since, timeout=REPLY_SECONDS)
    assert [r.method for r in replies] == ["sendMessage"], [r.text for r in replies]
    (answer,) = replies
    body, dated = answer.text.translate(dict.fromkeys(range(0x2066, 0x206A))).split("\n\n")
    assert "AMO" in body and "3939" in body
    assert dated.startswith(CHECKED_ON[language]) and dated.endswith(AMO_WHAT["source"][language]), dated
    assert "DOMAIN" not in answer.text and "confidence" not in answer.text
    assert {"/amo_info{\"topic\": \"amo.covers\"}", "/rna_apply"} <= set(payloads([answer]))


def test_the_bot_stops_within_15_seconds_on_sigterm(assistant: Assistant, tmp_path: Path) -> None:
    own = start_bot(assistant, tmp_path / "bot.log")
    try:
        chat = new_chat()
        assert own.say(chat, "Bonjour", "fr")
        code, output = own.stop()
    finally:
        own.stop()
        own.telegram.stop()
    assert code == 0, f"exit code {code} (None: still running after {STOP_SECONDS}s):\n{output[-3000:]}"
    assert "Traceback" not in output, output[-3000:]


@pytest.mark.parametrize(
    ("phone", "latitude", "longitude", "city"),
    [("fr", 34.03, -5.0, "Fès"), ("ar", 31.63, -8.0, "مراكش")],
)
def test_a_shared_location_names_the_chamber_of_crafts_city(
    bot: Bot, phone: str, latitude: float, longitude: float, city: str
) -> None:
    chat = new_chat()
    replies = bot.send(bot.telegram.location_message(chat, latitude, longitude, phone), chat)
    said = " ".join(r.text for r in replies)
    assert city in said, said
    assert language_of(said) == ("fr" if phone == "fr" else "ary"), said


def test_a_voice_note_gets_a_kind_reply_and_a_way_to_a_person(bot: Bot, assistant: Assistant) -> None:
    chat = new_chat()
    note = bot.telegram.voice_message(chat, duration=6, language_code="fr")
    replies = bot.send(note, chat)
    said = " ".join(r.text for r in replies)
    assert language_of(said) == "fr", said
    assert "/human_handoff" in payloads(replies), "a button to talk to a person"
    # Pressing it passes the recording on with the request for a person.
    press = bot.telegram.callback_query(replies[-1], "/human_handoff", "fr")
    bot.send(press, chat)
    database = assistant.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(database) as connection:
        kept = connection.execute(
            "SELECT voice_file_id FROM handoff_requests WHERE conversation_id = ?", (str(chat),)
        ).fetchall()
    assert kept == [(note["message"]["voice"]["file_id"],)]


def test_a_shared_contact_of_someone_else_is_refused(bot: Bot) -> None:
    chat = new_chat()
    update = bot.telegram.contact_message(chat, "+212612345678", "fr")
    update["message"]["contact"]["user_id"] = chat + 1
    replies = bot.send(update, chat)
    assert language_of(" ".join(r.text for r in replies)) == "fr"


@pytest.fixture(scope="module")
def webhook_bot(assistant: Assistant, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bot]:
    port = free_port()
    bot = start_bot(
        assistant,
        tmp_path_factory.mktemp("telegram-webhook") / "bot.log",
        TELEGRAM_WEBHOOK_URL=f"http://127.0.0.1:{port}",
        TELEGRAM_WEBHOOK_SECRET="e2e-secret",
        TELEGRAM_WEBHOOK_PORT=str(port),
        TELEGRAM_WEBHOOK_LISTEN="127.0.0.1",
    )
    try:
        yield bot
    finally:
        code, output = bot.stop()
        bot.telegram.stop()
    assert code == 0 and "Traceback" not in output and " ERROR " not in output, output[-3000:]
    refused = [(c.method, c.error) for c in bot.telegram.calls() if not c.ok and not c.abandoned]
    assert refused == [], "every Bot API call the bot made is one Telegram accepts"


def test_webhook_mode_gets_the_same_replies(webhook_bot: Bot) -> None:
    chat = new_chat()
    replies = webhook_bot.say(chat, "Bonjour", "fr")
    assert language_of(" ".join(r.text for r in replies)) == "fr" and any(r.buttons for r in replies)
    hook = webhook_bot.telegram.calls("setWebhook")[-1].params
    assert hook["url"].endswith("/telegram") and hook["secret_token"] == "e2e-secret"
    assert webhook_bot.telegram.calls("getUpdates") == [], "a webhook bot does not poll"


def test_webhook_mode_registers_the_commands_too(bot: Bot, webhook_bot: Bot) -> None:
    polling = {c.params.get("language_code") for c in bot.telegram.calls("setMyCommands") if c.ok}
    webhook = {c.params.get("language_code") for c in webhook_bot.telegram.calls("setMyCommands") if c.ok}
    assert polling == {None, "ar", "fr"}
    assert webhook == polling, "the command menu is set in webhook mode as in polling mode"
