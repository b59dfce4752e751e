"""Load on the real bot process: many chats write at a target rate through a fake Telegram Bot API.

    python -m bench.telegram_load --chats 60 --messages 10 --rate 30 [--start-assistant]

Run it from the repository root. It needs Rasa and the action server: either already running at
HIRFA_RASA_URL (`make run` in another terminal; the default is http://localhost:5005), or started
here on free loopback ports with a throw-away database when --start-assistant is given (as the
end-to-end tests do). It starts the fake Bot API server (tests/fake_telegram) and `hirfa telegram`
polling it, learns each script's replies from one calibration chat per language, then pushes
``chats x messages`` text messages round-robin at ``--rate`` per second and prints:

- reply latency p50/p95/p99, from the push of a message to the first sendMessage answering it;
- messages per second answered; lost, duplicated, unexpected and out-of-order replies;
- peak RSS (VmHWM, summed over each process tree) of the bot, Rasa and the action server.

A reply is attributed by its text: the script's messages in a language each get different
replies, so the first pushed message still waiting for a text is the one it answers. Everything
is bounded (counts, rate, a deadline) and stays on loopback addresses.
"""

from __future__ import annotations

import argparse
import contextlib
import ipaddress
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import httpx

if TYPE_CHECKING:
    from tests.fake_telegram import FakeTelegram

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
START_SECONDS = 60
STOP_SECONDS = 15
MAX_PUSH_SECONDS = 600
QUIET_SECONDS = 1.0
LANGUAGES = ("ary", "fr", "ar")
PHONE_LANGUAGE = {"ary": "ar", "fr": "fr", "ar": "ar"}
# Each message gets its own reply in its language (greeting, topics, thanks, menu, goodbye).
SCRIPTS = {
    "fr": (
        "Bonjour",
        "c'est quoi l'AMO ?",
        "merci",
        "comment m'inscrire au registre national de l'artisanat ?",
        "je cherche un financement pour mon atelier",
        "tu es un robot ?",
        "quelles formations existent pour les artisans ?",
        "comment vendre mes produits ?",
        "aide",
        "au revoir",
    ),
    "ary": (
        "سلام",
        "شنو هي AMO؟",
        "شكرا",
        "كيفاش نتسجل فالسجل ديال الصناعة التقليدية؟",
        "بغيت تمويل للحانوت ديالي",
        "واش نتا روبو؟",
        "كاين شي تكوين للصناع؟",
        "كيفاش نبيع السلعة ديالي؟",
        "عاوني",
        "بسلامة",
    ),
    "ar": (
        "مرحبا، كيف حالك؟",
        "ما هو التأمين الإجباري عن المرض؟",
        "شكرا جزيلا",
        "كيف أسجل في السجل الوطني للصناعة التقليدية؟",
        "أبحث عن تمويل لورشتي",
        "هل أنت روبوت؟",
        "ما هي التكوينات المتاحة للصناع؟",
        "كيف أبيع منتجاتي؟",
        "ساعدني",
        "مع السلامة",
    ),
}


@dataclass
class Sent:
    """One pushed message and the replies attributed to it."""

    chat_id: int
    index: int
    pushed_at: float
    expected: Counter[str]
    first_reply_at: float | None = None
    replies: int = 0


@dataclass
class Tally:
    """What came back, by kind."""

    sent: list[Sent]
    duplicated: int = 0
    unexpected: int = 0
    refused: Counter[str] = field(default_factory=Counter)
    methods: Counter[str] = field(default_factory=Counter)
    per_second: Counter[int] = field(default_factory=Counter)  # calls other than getUpdates, by second
    last_reply_at: float = 0.0


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def peak_rss_mib(pid: int | None) -> float | None:
    """VmHWM of ``pid`` and its descendants, in MiB (None when the process is gone or unknown)."""
    if pid is None:
        return None
    total, stack, seen = 0, [pid], set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            status = Path(f"/proc/{current}/status").read_text()
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")), 0)
        with contextlib.suppress(OSError):
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(child) for child in (task / "children").read_text().split())
    return total / 1024 if seen and total else None


def listening_pid(port: int) -> int | None:
    """The process listening on TCP ``port`` (found through /proc), or None."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError):
            for line in Path(table).read_text().splitlines()[1:]:
                columns = line.split()
                if columns[3] == "0A" and int(columns[1].rsplit(":", 1)[1], 16) == port:
                    inodes.add(f"socket:[{columns[9]}]")
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            for fd in (proc / "fd").iterdir():
                if os.readlink(fd) in inodes:
                    return int(proc.name)
    return None


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


@contextlib.contextmanager
def assistant_for(start: bool) -> Iterator[tuple[str, dict[str, str], dict[str, int | None]]]:
    """(Rasa URL, environment for the bot, pids of rasa and actions): started here, or found running."""
    if start:
        from tests.e2e.conftest import running_assistant

        with tempfile.TemporaryDirectory(prefix="hirfa-bench-") as workdir:
            print("starting Rasa and the action server (about a minute)…", flush=True)
            with running_assistant(Path(workdir)) as assistant:
                pids = {name: process.pid for name, process in assistant.processes.items()}
                yield assistant.rasa_url, assistant.env, pids
        return
    from hirfa.settings import Settings

    rasa_url = Settings.from_env().rasa_url
    if not is_loopback(rasa_url):
        raise SystemExit(f"HIRFA_RASA_URL={rasa_url}: this benchmark only talks to loopback addresses")
    try:
        httpx.get(rasa_url, timeout=5).raise_for_status()
    except httpx.HTTPError as error:
        raise SystemExit(
            f"no Rasa server at {rasa_url} ({error}): run `make run` in another terminal, or pass --start-assistant"
        ) from None
    actions_url = os.environ.get("HIRFA_ACTIONS_URL", "http://localhost:5055/webhook")
    pids = {
        "rasa": listening_pid(urlsplit(rasa_url).port or 80),
        "actions": listening_pid(urlsplit(actions_url).port or 80),
    }
    yield rasa_url, dict(os.environ), pids


@contextlib.contextmanager
def running_bot(
    telegram: FakeTelegram, rasa_url: str, env: dict[str, str], log: Path
) -> Iterator[subprocess.Popen]:
    """`hirfa telegram` polling the fake server; stopped with SIGTERM at the end."""
    env = {
        **env,
        "TELEGRAM_BOT_TOKEN": telegram.token,
        "TELEGRAM_API_BASE_URL": telegram.base_url,
        "TELEGRAM_WEBHOOK_URL": "",
        "HIRFA_RASA_URL": rasa_url,
    }
    process = subprocess.Popen(
        [str(BIN / "hirfa"), "telegram"], cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT
    )
    try:
        telegram.wait_for("getUpdates", lambda call: call.ok, timeout=START_SECONDS)
        yield process
    finally:
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=STOP_SECONDS)
            print(f"bot stopped in {time.monotonic() - started:.1f} s (exit code {process.returncode})")
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=STOP_SECONDS)
            print(f"bot did not stop within {STOP_SECONDS} s of SIGTERM: killed")


def calibrate(telegram: FakeTelegram, messages: int, first_chat: int) -> dict[str, list[list[str]]]:
    """The texts the bot sends for each step of each language's script, from one chat per language."""
    expected: dict[str, list[list[str]]] = {}

    def run(language: str, chat_id: int) -> None:
        steps = []
        for index in range(messages):
            text = SCRIPTS[language][index % len(SCRIPTS[language])]
            since = telegram.mark()
            telegram.push(telegram.text_message(chat_id, text, PHONE_LANGUAGE[language]))
            replies = telegram.wait_for_replies(chat_id, since, quiet=QUIET_SECONDS, timeout=120)
            steps.append([call.text for call in replies if call.method == "sendMessage"])
        expected[language] = steps

    threads = [
        threading.Thread(target=run, args=(language, first_chat + number), daemon=True)
        for number, language in enumerate(LANGUAGES)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(messages * 130)
    missing = [language for language in LANGUAGES if language not in expected]
    if missing:
        raise SystemExit(f"calibration got no replies for {', '.join(missing)}")
    for language, steps in expected.items():
        firsts = [step[0] if step else "" for step in steps[: len(SCRIPTS[language])]]
        if len(set(firsts)) < len(firsts) or "" in firsts:
            print(f"warning: {language} replies are not all different; attribution may be approximate")
    return expected


def push_load(
    telegram: FakeTelegram,
    chats: list[tuple[int, str]],
    messages: int,
    rate: float,
    expected: dict[str, list[list[str]]],
) -> list[Sent]:
    """Push every chat's k-th message, round after round, at ``rate`` messages per second."""
    sent: list[Sent] = []
    started = time.monotonic()
    for number in range(len(chats) * messages):
        chat_id, language = chats[number % len(chats)]
        index = number // len(chats)
        delay = started + number / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        text = SCRIPTS[language][index % len(SCRIPTS[language])]
        update = telegram.text_message(chat_id, text, PHONE_LANGUAGE[language])
        pushed_at = time.monotonic()
        telegram.push(update)
        sent.append(Sent(chat_id, index, pushed_at, Counter(expected[language][index])))
    return sent


def tally(telegram: FakeTelegram, sent: list[Sent], since: int) -> Tally:
    """Attribute every sendMessage since ``since`` to the earliest pushed message still expecting its text."""
    for message in sent:
        message.first_reply_at, message.replies = None, 0
    waiting = {id(message): Counter(message.expected) for message in sent}
    by_chat: dict[int, list[Sent]] = {}
    for message in sent:
        by_chat.setdefault(message.chat_id, []).append(message)
    result = Tally(sent)
    for call in telegram.calls(since=since):
        result.methods[call.method] += 1
        if call.method != "getUpdates":
            result.per_second[int(call.at)] += 1
        if not call.ok and not call.abandoned:
            result.refused[f"{call.method}: {call.error}"] += 1
            continue
        if call.method != "sendMessage" or call.chat_id not in by_chat:
            continue
        result.last_reply_at = max(result.last_reply_at, call.at)
        candidates = [m for m in by_chat[call.chat_id] if m.pushed_at <= call.at]
        owner = next((m for m in candidates if waiting[id(m)][call.text] > 0), None)
        if owner is None:
            if any(call.text in m.expected for m in candidates):
                result.duplicated += 1
            else:
                result.unexpected += 1
            continue
        waiting[id(owner)][call.text] -= 1
        owner.replies += 1
        if owner.first_reply_at is None:
            owner.first_reply_at = call.at
    return result


def out_of_order(sent: list[Sent]) -> int:
    """Messages first answered before an earlier message of the same chat was."""
    count = 0
    latest: dict[int, float] = {}
    for message in sorted(sent, key=lambda m: (m.chat_id, m.index)):
        if message.first_reply_at is None:
            continue
        if message.first_reply_at < latest.get(message.chat_id, 0.0):
            count += 1
        latest[message.chat_id] = max(latest.get(message.chat_id, 0.0), message.first_reply_at)
    return count


def wait_until_answered(telegram: FakeTelegram, sent: list[Sent], since: int, deadline: float) -> Tally:
    """Tally until every expected reply came and the bot fell quiet, or until ``deadline``."""
    while True:
        result = tally(telegram, sent, since)
        missing = sum(sum(m.expected.values()) - m.replies for m in sent)
        quiet = time.monotonic() - max(result.last_reply_at, sent[-1].pushed_at) >= QUIET_SECONDS
        if (missing <= 0 and quiet) or time.monotonic() >= deadline:
            return result
        time.sleep(0.5)


def report(result: Tally, pushed_seconds: float, rss: dict[str, float | None], log: Path) -> None:
    sent = result.sent
    answered = [m for m in sent if m.first_reply_at is not None]
    latencies = [(m.first_reply_at - m.pushed_at) * 1000 for m in answered]
    rate = (len(sent) - 1) / pushed_seconds if pushed_seconds else 0.0
    print(f"pushed {len(sent)} messages in {pushed_seconds:.1f} s ({rate:.1f}/s)")
    if latencies:
        print(
            f"reply latency ms: p50 {quantile(latencies, 0.5):.0f}  p95 {quantile(latencies, 0.95):.0f}  "
            f"p99 {quantile(latencies, 0.99):.0f}  max {max(latencies):.0f}"
        )
        span = max(m.first_reply_at for m in answered) - sent[0].pushed_at
        print(
            f"answered {len(answered)}/{len(sent)} messages: {len(answered) / max(span, 1e-9):.1f} messages/s"
        )
    missing = sum(sum(m.expected.values()) - m.replies for m in sent)
    print(
        f"lost: {len(sent) - len(answered)} messages without a reply, {missing} expected replies missing; "
        f"duplicated {result.duplicated}; unexpected {result.unexpected}; out of order {out_of_order(sent)}"
    )
    print("Bot API calls: " + ", ".join(f"{name} {count}" for name, count in result.methods.most_common()))
    if result.per_second:
        busy = [
            result.per_second.get(second, 0)
            for second in range(min(result.per_second), max(result.per_second) + 1)
        ]
        print(
            f"bot to Bot API (getUpdates aside): median {quantile(busy, 0.5)} calls/s while answering, "
            f"at most {max(busy)} in one second"
        )
    if result.refused:
        print("refused calls: " + "; ".join(f"{reason} x{count}" for reason, count in result.refused.items()))
    print(
        "peak RSS MiB: "
        + "  ".join(f"{name} {value:.0f}" if value else f"{name} n/a" for name, value in rss.items())
    )
    output = log.read_text()
    print(f"bot log: {output.count('Traceback')} tracebacks, {output.count(' ERROR ')} ERROR lines ({log})")


def main(argv: list[str] | None = None) -> int:
    """Run the load and print the figures."""
    from tests.fake_telegram import FakeTelegram

    parser = argparse.ArgumentParser(
        prog="python -m bench.telegram_load", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--chats", type=int, default=60, help="simulated private chats (1-1000)")
    parser.add_argument("--messages", type=int, default=10, help="messages per chat (1-30)")
    parser.add_argument(
        "--rate", type=float, default=30.0, help="messages pushed per second, all chats (0.1-500)"
    )
    parser.add_argument(
        "--drain", type=float, default=120.0, help="seconds to wait for replies after the last push"
    )
    parser.add_argument(
        "--start-assistant", action="store_true", help="start Rasa and the action server here"
    )
    args = parser.parse_args(argv)
    if not (1 <= args.chats <= 1000 and 1 <= args.messages <= 30 and 0.1 <= args.rate <= 500):
        parser.error("--chats 1-1000, --messages 1-30, --rate 0.1-500")
    if args.chats * args.messages / args.rate > MAX_PUSH_SECONDS or not 0 < args.drain <= MAX_PUSH_SECONDS:
        parser.error(f"the pushes and the drain must each fit in {MAX_PUSH_SECONDS} s")

    with assistant_for(args.start_assistant) as (rasa_url, env, pids), FakeTelegram() as telegram:
        log = Path(tempfile.mkdtemp(prefix="hirfa-bench-bot-")) / "bot.log"
        first_chat = random.randrange(10**9, 2 * 10**9)
        with running_bot(telegram, rasa_url, env, log) as bot:
            print(
                f"{args.chats} chats x {args.messages} messages at {args.rate:g}/s; bot pid {bot.pid}, "
                f"fake Bot API {telegram.url}, Rasa {rasa_url}"
            )
            started = time.monotonic()
            expected = calibrate(telegram, args.messages, first_chat)
            print(f"calibrated {len(LANGUAGES)} chats in {time.monotonic() - started:.1f} s (warms Rasa up)")
            chats = [(first_chat + 10 + n, LANGUAGES[n % len(LANGUAGES)]) for n in range(args.chats)]
            since = telegram.mark()
            sent = push_load(telegram, chats, args.messages, args.rate, expected)
            pushed_seconds = sent[-1].pushed_at - sent[0].pushed_at
            result = wait_until_answered(telegram, sent, since, time.monotonic() + args.drain)
            rss = {"bot": peak_rss_mib(bot.pid), "rasa": peak_rss_mib(pids["rasa"])}
            rss["actions"] = peak_rss_mib(pids["actions"])
        report(result, pushed_seconds, rss, log)
    return 0


if __name__ == "__main__":
    sys.exit(main())
