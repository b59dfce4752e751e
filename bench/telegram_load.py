"""Load on the real bot process: many chats write at a target rate through a fake Telegram Bot API.

    python -m bench.telegram_load --chats 60 --messages 10 --rate 30 [--start-assistant]
    python -m bench.telegram_load --start-assistant --chats 200 --rate 30 --duration 300   # soak
    python -m bench.telegram_load --scaled --chats 200 --rate 30 --duration 60

Run it from the repository root. It needs Rasa and the action server: either already running at
HIRFA_RASA_URL (`make run` in another terminal; the default is http://localhost:5005), or started
here on free loopback ports with a throw-away database when --start-assistant is given (as the
end-to-end tests do). It starts the fake Bot API server (tests/fake_telegram) and `hirfa telegram`
polling it, learns each script's replies from one calibration chat per language, then pushes
``chats x messages`` text messages round-robin at ``--rate`` per second (or, with ``--duration``,
as many as that rate gives in that many seconds) and prints:

- reply latency p50/p95/p99, from the push of a message to the first sendMessage answering it;
- messages per second answered; lost, duplicated, unexpected and out-of-order replies;
- CPU seconds during the load and peak RSS (VmHWM) of every process, each summed over its tree.

``--scaled`` runs the scaled layout instead (scripts/scaled on free loopback ports, data in a
temporary directory): PostgreSQL, Redis, nginx, 2 Rasa servers, 2 action servers and 2 bots in
webhook mode behind nginx, which the fake Bot API server feeds through its webhook delivery.

A reply is attributed by its text: the script's messages in a language each get different
replies, so the first pushed message still waiting for a text is the one it answers. Everything
is bounded (counts, rate, a deadline) and stays on loopback addresses.
"""

from __future__ import annotations

import argparse
import contextlib
import ipaddress
import math
import os
import random
import secrets
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
SCALED = ROOT / "scripts" / "scaled"
# The calibration chats write this many messages in a row: the flood limit's burst (bot/flood.py), so
# that they are never slowed down; later messages of a chat get the replies of the same script step.
CALIBRATION_STEPS = 12
MAX_MESSAGES = 100
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
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


def process_tree(pid: int) -> list[int]:
    """``pid`` and its live descendants (through /proc/<pid>/task/*/children)."""
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        if current in found:
            continue
        found.append(current)
        with contextlib.suppress(OSError):
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(child) for child in (task / "children").read_text().split())
    return found


def peak_rss_mib(pid: int | None, tree: bool = True) -> float | None:
    """VmHWM of ``pid`` and its descendants, in MiB (None when the process is gone or unknown)."""
    if pid is None:
        return None
    total = 0
    for current in process_tree(pid) if tree else [pid]:
        try:
            status = Path(f"/proc/{current}/status").read_text()
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")), 0)
    return total / 1024 if total else None


def cpu_seconds(pid: int | None, tree: bool = True) -> float | None:
    """User plus system CPU seconds of ``pid`` and its descendants, including their reaped children."""
    if pid is None:
        return None
    ticks, found = 0, False
    for current in process_tree(pid) if tree else [pid]:
        try:
            stat = Path(f"/proc/{current}/stat").read_text()
        except OSError:
            continue
        # After the command name (which may hold spaces): utime, stime, cutime, cstime are fields 14-17.
        fields = stat.rsplit(")", 1)[1].split()
        ticks += sum(int(value) for value in fields[11:15])
        found = True
    return ticks / CLOCK_TICKS if found else None


def machine_cpu_seconds() -> float:
    """CPU seconds the whole machine spent busy (all cores, /proc/stat), to tell what others used."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(value) for value in fields[:8])
    return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS


def pid_file(path: Path) -> int | None:
    """The pid in the first line of a daemon's pid file (nginx, Redis, PostgreSQL's postmaster.pid)."""
    with contextlib.suppress(OSError, ValueError, IndexError):
        return int(path.read_text().split()[0])
    return None


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


@dataclass
class Stack:
    """What the load runs against: Rasa's address, the bots' environment, the processes to watch."""

    rasa_url: str
    env: dict[str, str]
    pids: dict[str, int | None]  # name -> root pid of each process tree to watch (CPU, peak RSS)
    bot_ports: list[int] = field(default_factory=list)  # webhook mode behind nginx when not empty
    bot_front: str = ""  # nginx's address for the bots' webhooks


@contextlib.contextmanager
def assistant_for(start: bool) -> Iterator[Stack]:
    """Rasa and the action server (the embedded layout): started here, or found running."""
    if start:
        from tests.e2e.conftest import running_assistant

        with tempfile.TemporaryDirectory(prefix="hirfa-bench-") as workdir:
            print("starting Rasa and the action server (about a minute)…", flush=True)
            with running_assistant(Path(workdir)) as assistant:
                pids = {name: process.pid for name, process in assistant.processes.items()}
                yield Stack(assistant.rasa_url, assistant.env, dict(pids))
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
    yield Stack(rasa_url, dict(os.environ), pids)


@contextlib.contextmanager
def scaled_stack(workdir: Path) -> Iterator[Stack]:
    """The scaled layout by scripts/scaled on free loopback ports (as tests/scaled does), bots not yet."""
    from tests.e2e.conftest import free_port, stop, wait_until_up

    if not all(
        Path(path).exists()
        for path in ("/usr/lib/postgresql/15/bin/pg_ctl", "/usr/bin/redis-server", "/usr/sbin/nginx")
    ):
        raise SystemExit("PostgreSQL 15, Redis or nginx missing: run `make scaled-engines`")
    rasa_ports, actions_ports = [free_port(), free_port()], [free_port(), free_port()]
    bot_ports = [free_port(), free_port()]
    env = {
        **os.environ,
        "RASA_TELEMETRY_ENABLED": "false",
        "HIRFA_SCALED_DIR": str(workdir / "var"),
        "HIRFA_PG_PORT": str(free_port()),
        "HIRFA_REDIS_PORT": str(free_port()),
        "HIRFA_RASA_PORT": str(free_port()),
        "HIRFA_ACTIONS_PORT": str(free_port()),
        "HIRFA_BOT_PORT": str(free_port()),
        "HIRFA_RASA_PORTS": " ".join(map(str, rasa_ports)),
        "HIRFA_ACTIONS_PORTS": " ".join(map(str, actions_ports)),
        "HIRFA_BOT_PORTS": " ".join(map(str, bot_ports)),
        "HIRFA_RASA_TOKEN": secrets.token_urlsafe(16),
        "HIRFA_OFFICE_HOURS": "mon-sun 00:00-24:00",
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    env.setdefault("HIRFA_CHANNEL_TOKEN", secrets.token_urlsafe(16))  # Rasa's REST channel and the bots share it
    # The scaled scripts derive these from the ports above.
    for name in ("HIRFA_DATABASE_URL", "HIRFA_RASA_URL", "HIRFA_ACTIONS_URL", "HIRFA_TRACKER_URL", "HIRFA_REDIS_URL"):
        env.pop(name, None)
    var = workdir / "var"
    processes: dict[str, subprocess.Popen] = {}
    try:
        for name, *args in (("postgres", "start"), ("redis", "start"), ("migrate",), ("nginx", "start")):
            subprocess.run(
                [str(SCALED / name), *args], env=env, check=True, capture_output=True, timeout=600
            )
        for kind in ("actions", "rasa"):
            for index in (1, 2):
                log = workdir / f"{kind}{index}.log"
                processes[f"{kind}{index}"] = subprocess.Popen(
                    [str(SCALED / "serve"), kind, str(index)], env=env, stdout=log.open("w"),
                    stderr=subprocess.STDOUT,
                )
        for name, process in processes.items():
            port = (actions_ports if name.startswith("actions") else rasa_ports)[int(name[-1]) - 1]
            path = "health" if name.startswith("actions") else ""
            wait_until_up(f"http://127.0.0.1:{port}/{path}", process, workdir / f"{name}.log")
        front = f"http://127.0.0.1:{env['HIRFA_RASA_PORT']}"
        pids: dict[str, int | None] = {name: process.pid for name, process in processes.items()}
        pids["nginx"] = pid_file(var / "nginx" / "nginx.pid")
        pids["postgres"] = pid_file(var / "postgres" / "postmaster.pid")
        pids["redis"] = pid_file(var / "redis" / "redis.pid")
        env["HIRFA_RASA_URL"] = front
        yield Stack(front, env, pids, bot_ports, f"http://127.0.0.1:{env['HIRFA_BOT_PORT']}")
    finally:
        stop(list(processes.values()))
        subprocess.run([str(SCALED / "stop")], env=env, capture_output=True, timeout=120)


@contextlib.contextmanager
def running_bots(telegram: FakeTelegram, stack: Stack, logdir: Path) -> Iterator[dict[str, subprocess.Popen]]:
    """`hirfa telegram` polling the fake server, or the scaled layout's bots in webhook mode behind nginx
    (scripts/scaled/serve bot N); stopped with SIGTERM at the end."""
    env = {
        **stack.env,
        "TELEGRAM_BOT_TOKEN": telegram.token,
        "TELEGRAM_API_BASE_URL": telegram.base_url,
        "TELEGRAM_WEBHOOK_URL": stack.bot_front,
        "HIRFA_RASA_URL": stack.rasa_url,
    }
    if stack.bot_ports:
        env["TELEGRAM_WEBHOOK_SECRET"] = secrets.token_urlsafe(16)
        commands = {
            f"bot{index}": [str(SCALED / "serve"), "bot", str(index)] for index in range(1, len(stack.bot_ports) + 1)
        }
    else:
        commands = {"bot": [str(BIN / "hirfa"), "telegram"]}
    processes = {
        name: subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=(logdir / f"{name}.log").open("w"), stderr=subprocess.STDOUT
        )
        for name, command in commands.items()
    }
    try:
        if stack.bot_ports:
            deadline = time.monotonic() + START_SECONDS
            for port in stack.bot_ports:
                while True:
                    with contextlib.suppress(httpx.HTTPError, ValueError):
                        if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).json().get("running"):
                            break
                    if time.monotonic() > deadline or any(p.poll() is not None for p in processes.values()):
                        raise SystemExit(f"a bot did not come up: see {logdir}")
                    time.sleep(0.2)
        else:
            telegram.wait_for("getUpdates", lambda call: call.ok, timeout=START_SECONDS)
        yield processes
    finally:
        started = time.monotonic()
        for process in processes.values():
            process.send_signal(signal.SIGTERM)
        for name, process in processes.items():
            try:
                process.wait(timeout=STOP_SECONDS)
                print(f"{name} stopped in {time.monotonic() - started:.1f} s (exit code {process.returncode})")
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=STOP_SECONDS)
                print(f"{name} did not stop within {STOP_SECONDS} s of SIGTERM: killed")


def calibrate(telegram: FakeTelegram, messages: int, first_chat: int) -> dict[str, list[list[str]]]:
    """The texts the bot sends for each step of each language's script, from one chat per language.

    At most CALIBRATION_STEPS messages each: a message further on gets the replies of the same step of
    the script (the assistant answers a question the same way the second time round).
    """
    expected: dict[str, list[list[str]]] = {}

    def run(language: str, chat_id: int) -> None:
        steps = []
        for index in range(min(messages, CALIBRATION_STEPS)):
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
        rounds = len(SCRIPTS[language])
        if any(steps[index] != steps[index - rounds] for index in range(rounds, len(steps))):
            print(f"warning: {language} replies differ the second time round; attribution may be approximate")
    return expected


def replies_for(steps: list[list[str]], index: int) -> list[str]:
    """The calibrated replies to a chat's ``index``-th message (the same script step once past them)."""
    return steps[index] if index < len(steps) else steps[index % len(SCRIPTS["fr"])]


def push_load(
    telegram: FakeTelegram,
    chats: list[tuple[int, str]],
    total: int,
    rate: float,
    expected: dict[str, list[list[str]]],
) -> list[Sent]:
    """Push ``total`` messages, every chat's k-th one round after round, at ``rate`` messages per second."""
    sent: list[Sent] = []
    started = time.monotonic()
    for number in range(total):
        chat_id, language = chats[number % len(chats)]
        index = number // len(chats)
        delay = started + number / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        text = SCRIPTS[language][index % len(SCRIPTS[language])]
        update = telegram.text_message(chat_id, text, PHONE_LANGUAGE[language])
        pushed_at = time.monotonic()
        telegram.push(update)
        sent.append(Sent(chat_id, index, pushed_at, Counter(replies_for(expected[language], index))))
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


@dataclass
class Usage:
    """CPU seconds over the load (from the first push to the end of the drain) and peak RSS, by process."""

    seconds: float
    cpu: dict[str, float | None]
    rss: dict[str, float | None]


def cpu_snapshot(pids: dict[str, int | None]) -> dict[str, float | None]:
    # The bench holds the fake Bot API server; its children (Rasa, the bot...) are counted on their own.
    return {
        **{name: cpu_seconds(pid, tree=name != "bench") for name, pid in pids.items()},
        "machine": machine_cpu_seconds(),
    }


def usage(pids: dict[str, int | None], before: dict[str, float | None], seconds: float) -> Usage:
    after = cpu_snapshot(pids)
    cpu = {
        name: None if after[name] is None or before.get(name) is None else after[name] - before[name]
        for name in pids
    }
    rss = {name: peak_rss_mib(pid, tree=name != "bench") for name, pid in pids.items()}
    machine = after["machine"] - (before["machine"] or 0.0)
    # Processes not started here (other users of the machine); /proc/stat and the pids are read a moment
    # apart, so a quiet machine can come out a hair below zero.
    cpu["others"] = max(0.0, machine - sum(value or 0.0 for value in cpu.values()))
    return Usage(seconds, cpu, rss)


def print_usage(used: Usage) -> None:
    print(f"CPU during the load ({used.seconds:.0f} s; 2 cores = 200%) and peak RSS, by process:")
    total = 0.0
    for name in used.cpu:
        cpu, rss = used.cpu[name], used.rss.get(name)
        total += cpu or 0.0
        share = f"{cpu:7.1f} s {100 * cpu / max(used.seconds, 1e-9):5.0f}%" if cpu is not None else "    n/a"
        print(f"  {name:<10} CPU {share}   peak RSS {f'{rss:.0f} MiB' if rss else '-'}")
    print(f"  {'machine':<10} CPU {total:7.1f} s {100 * total / max(used.seconds, 1e-9):5.0f}%")


def report(result: Tally, pushed_seconds: float, used: Usage, logs: list[Path]) -> None:
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
        # A queue that never drains shows as a p95 growing minute after minute; a passing stall does not.
        by_minute: dict[int, list[float]] = {}
        for m in answered:
            by_minute.setdefault(int((m.pushed_at - sent[0].pushed_at) // 60), []).append(
                (m.first_reply_at - m.pushed_at) * 1000
            )
        print(
            "p95 by minute pushed, ms: "
            + "  ".join(f"{quantile(values, 0.95):.0f}" for _, values in sorted(by_minute.items()))
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
    print_usage(used)
    for log in logs:
        output = log.read_text()
        print(f"{log.stem} log: {output.count('Traceback')} tracebacks, {output.count(' ERROR ')} ERROR lines ({log})")


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
        "--duration", type=float, help="soak: push at --rate for this many seconds, across --chats (--messages unused)"
    )
    parser.add_argument(
        "--drain", type=float, default=120.0, help="seconds to wait for replies after the last push"
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--start-assistant", action="store_true", help="start Rasa and the action server here")
    where.add_argument(
        "--scaled", action="store_true",
        help="start the scaled layout here (scripts/scaled: PostgreSQL, Redis, nginx, 2 Rasa, 2 actions, 2 webhook bots)",
    )
    args = parser.parse_args(argv)
    if not (1 <= args.chats <= 1000 and 1 <= args.messages <= 30 and 0.1 <= args.rate <= 500):
        parser.error("--chats 1-1000, --messages 1-30, --rate 0.1-500")
    if args.duration is not None:
        if not 1 <= args.duration <= MAX_PUSH_SECONDS:
            parser.error(f"--duration 1-{MAX_PUSH_SECONDS}")
        total = max(1, round(args.duration * args.rate))
        args.messages = math.ceil(total / args.chats)
        if args.messages > MAX_MESSAGES:
            parser.error(f"more than {MAX_MESSAGES} messages a chat: give more --chats")
    else:
        total = args.chats * args.messages
    if total / args.rate > MAX_PUSH_SECONDS or not 0 < args.drain <= MAX_PUSH_SECONDS:
        parser.error(f"the pushes and the drain must each fit in {MAX_PUSH_SECONDS} s")
    per_minute = args.rate / args.chats * 60
    if per_minute > 12 and total > args.chats * 12:
        print(f"warning: {per_minute:.0f} messages a minute per chat: the bot's flood limit (12) will slow them")

    with contextlib.ExitStack() as resources:
        workdir = Path(resources.enter_context(tempfile.TemporaryDirectory(prefix="hirfa-bench-")))
        if args.scaled:
            print("starting the scaled layout (PostgreSQL, Redis, nginx, 2 Rasa, 2 actions; about a minute)…", flush=True)
            stack = resources.enter_context(scaled_stack(workdir))
        else:
            stack = resources.enter_context(assistant_for(args.start_assistant))
        # Delivers webhook updates as Telegram does (per chat, chats in parallel): the bots acknowledge an
        # update once answered, so one-at-a-time delivery for all chats would cap the rate at 1/latency.
        telegram = resources.enter_context(FakeTelegram(webhook_per_chat=True))
        logdir = Path(tempfile.mkdtemp(prefix="hirfa-bench-bot-"))
        first_chat = random.randrange(10**9, 2 * 10**9)
        with running_bots(telegram, stack, logdir) as bots:
            pids = {**{name: bot.pid for name, bot in bots.items()}, **stack.pids, "bench": os.getpid()}
            print(
                f"{args.chats} chats, {total} messages at {args.rate:g}/s; "
                + ", ".join(f"{name} pid {pid}" for name, pid in pids.items())
                + f"; fake Bot API {telegram.url}, Rasa {stack.rasa_url}"
            )
            started = time.monotonic()
            expected = calibrate(telegram, args.messages, first_chat)
            print(f"calibrated {len(LANGUAGES)} chats in {time.monotonic() - started:.1f} s (warms Rasa up)")
            chats = [(first_chat + 10 + n, LANGUAGES[n % len(LANGUAGES)]) for n in range(args.chats)]
            since = telegram.mark()
            before, started = cpu_snapshot(pids), time.monotonic()
            sent = push_load(telegram, chats, total, args.rate, expected)
            pushed_seconds = sent[-1].pushed_at - sent[0].pushed_at
            result = wait_until_answered(telegram, sent, since, time.monotonic() + args.drain)
            used = usage(pids, before, time.monotonic() - started)
        report(result, pushed_seconds, used, sorted(logdir.glob("*.log")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
