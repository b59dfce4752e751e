"""Faults under load: is every message answered exactly once when a process dies or Telegram misbehaves?

    python -m bench.faults [--chats 20] [--faults rasa,actions,bot,telegram-429,telegram-5xx] [--verbose]
    python -m bench.faults --scaled            # the same, plus a PostgreSQL restart

Run it from the repository root after `make setup`. It starts the assistant the way the README says to run
it for real — the Procfile's processes under supervisord (`hirfa supervise`: Rasa, the action server, the
Telegram bot, the deletion worker), on free loopback ports with throw-away stores — and the fake Telegram
Bot API server (tests/fake_telegram) in this process, which the real bot polls.

For each fault in turn, ``--chats`` new private chats (fr, ary, ar) go through a conversation at a human
pace — a greeting, a question, then the registration form up to the city, stopped, and thanks — each
message sent after the previous one was answered. When 40% of the messages have been answered (many chats
are then inside the form) the fault happens:

- ``rasa``, ``actions``, ``bot``: ``kill -9`` of that process; supervisord starts it again;
- ``telegram-429``: sendMessage answers 429 with ``retry_after`` for ``--window`` seconds;
- ``telegram-5xx``: sendMessage and getUpdates answer 502 for ``--window`` seconds;
- ``postgres`` (``--scaled`` only): PostgreSQL stopped (fast shutdown) and started again 3 s later.

``--scaled`` runs the scaled layout instead (scripts/scaled: PostgreSQL, Redis, nginx; Procfile.scaled's 2 Rasa
servers, 2 action servers and 2 webhook bots under supervisord); the first of each pair is the one killed. The
fake Telegram then delivers webhook updates as Telegram does: one at a time per chat, chats in parallel, and
again (to whichever bot nginx picks) when a POST failed or got no answer within 60 s.

A chat that got no message at all in answer to one of its messages waits only 20 s for its later ones (Rasa's
circuit breaker can leave a conversation unanswered for good). A user told that the answer was lost or that the assistant is unavailable writes the message again (at
most twice), as a person would. Each message's answer is known from a calibration run without faults
(one chat per language); a message is then

- *once*: its answer came exactly once (however late);
- *dup*: its answer came two or more times;
- *lost, told*: the bot said it could not answer (the user had to write again), and *lost, silent*: nothing
  came within ``--step-timeout``;
- *wrong*: something else came (the conversation went another way, e.g. after a message handled twice).

``Rasa ran`` compares the user messages in Rasa's tracker store with the messages the bot received
(resends included): ``+n`` handled more than once, ``-n`` never reached Rasa. ``back`` is how long the
killed process took to serve again; ``recovery`` is when the last answer slower than 5 s came, from the
fault. Everything stays on loopback; every wait is bounded.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.e2e.supervised import SupervisedStack
    from tests.fake_telegram import Call, FakeTelegram

FAULTS = ("rasa", "actions", "bot", "telegram-429", "telegram-5xx", "postgres")
PROCESS_OF = {"rasa": "rasa", "actions": "actions", "bot": "telegram"}
PROGRAMS = ["rasa", "actions", "telegram", "forget"]
# --scaled: the first of each pair is killed; the other goes on.
SCALED_PROCESS_OF = {"rasa": "rasa1", "actions": "actions1", "bot": "bot1"}
SCALED_PROGRAMS = ["rasa1", "rasa2", "actions1", "actions2", "bot1", "bot2", "forget"]
POSTGRES_DOWN_SECONDS = 3.0
PRESS = ("press", "/affirm")  # press this button of the last message that had buttons (yes, it is my trade)
STEP_TIMEOUT = 130.0  # longer than the bot waits for a slow answer (HIRFA_ANSWER_TIMEOUT, 120 s)
# Once a chat got no answer at all to a message, its later messages wait this long only: a conversation
# Rasa no longer answers would otherwise hold the run for STEP_TIMEOUT per message.
SILENT_CHAT_TIMEOUT = 20.0
QUIET_SECONDS = 1.0  # after an answer, for the rest of its messages
PAUSE_SECONDS = 0.5  # a person reads before writing again
STAGGER_SECONDS = 1.0  # between the chats' first messages, so that the fault finds them at every step
FAULT_AT = 0.4  # share of the messages answered when the fault happens
MAX_RESENDS = 2
LATE_SECONDS = 5.0
OTHER_QUIET_SECONDS = 5.0  # an answer other than the expected one, then nothing for this long: move on
RETRY_AFTER = 3
# The bot's own notes, not an answer from the assistant (replies/messages.py CHANNEL_REPLIES).
APOLOGIES = ("answer_lost", "assistant_unavailable")
PHONE_LANGUAGE = {"ary": "ar", "fr": "fr", "ar": "ar"}
SCRIPTS: dict[str, list[Any]] = {
    "fr": [
        "Bonjour",
        "c'est quoi l'AMO ?",
        "je veux m'inscrire maintenant",
        "Fatima Zahra Alaoui",
        "ab 123456",
        "+212 6 12 34 56 78",
        "poterie",
        PRESS,
        "Marrakech",
        "stop",
        "merci",
    ],
    "ary": [
        "سلام",
        "شنو هي AMO؟",
        "bghit ntsjel daba",
        "فاطمة الزهراء العلوي",
        "AB١٢٣٤٥٦",
        "06 12 34 56 78",
        "zlij",
        PRESS,
        "فاس",
        "بركا",
        "شكرا",
    ],
    "ar": [
        "مرحبا، كيف حالك؟",
        "ما هو التأمين الإجباري عن المرض؟",
        "أريد أن أسجل طلبي الآن",
        "فاطمة الزهراء العلوي",
        "AB123456",
        "0612345678",
        "النجارة",
        PRESS,
        "الدار البيضاء",
        "stop",
        "شكرا جزيلا",
    ],
}
LANGUAGES = tuple(SCRIPTS)


def channel_notes() -> dict[str, str]:
    """The text of every note the bot says on its own (in every language) -> its name."""
    from replies.catalogs import load_catalogs
    from replies.messages import CHANNEL_REPLIES
    from replies.render import render

    catalogs = load_catalogs()
    notes = {}
    quiet = logging.getLogger("replies.render")
    level, quiet.level = quiet.level, logging.ERROR  # a note with placeholders is not one of the relay's
    try:
        for name, reply in CHANNEL_REPLIES.items():
            for language, catalog in catalogs.items():
                with contextlib.suppress(Exception):
                    notes[render(reply, name, language, catalog, {})["text"]] = name
    finally:
        quiet.level = level
    return notes


@dataclass
class Step:
    """One message of a chat's conversation: when it was pushed (and pushed again), what came back."""

    index: int
    pushes: list[float] = field(default_factory=list)
    answered_at: float | None = None
    skipped: bool = False  # a button to press that never came
    outcome: str = ""
    got_nothing: bool = False  # not a single message came while its answer was awaited
    latency: float | None = None


@dataclass
class ChatRun:
    chat_id: int
    language: str
    steps: list[Step]


class Conversations:
    """The chats of one fault's run, each driven by its own thread through its script."""

    def __init__(
        self,
        telegram: FakeTelegram,
        expected: dict[str, list[str]],
        notes: dict[str, str],
        chats: int,
        step_timeout: float,
    ) -> None:
        self.telegram = telegram
        self.expected = expected
        self.notes = notes
        self.apologies = {text for text, name in notes.items() if name in APOLOGIES}
        base = random.randrange(10**9, 2 * 10**9)
        self.runs = [
            ChatRun(base + n, LANGUAGES[n % len(LANGUAGES)], [Step(i) for i in range(len(SCRIPTS[LANGUAGES[0]]))])
            for n in range(chats)
        ]
        self.step_timeout = step_timeout
        self.answered = 0
        self.details: list[str] = []  # what happened to each message not answered once (--verbose)
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []

    @property
    def total(self) -> int:
        return sum(len(run.steps) for run in self.runs)

    def start(self) -> None:
        for number, run in enumerate(self.runs):
            thread = threading.Thread(target=self._drive, args=(run, number * STAGGER_SECONDS), daemon=True)
            thread.start()
            self._threads.append(thread)

    def join(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        return not any(thread.is_alive() for thread in self._threads)

    def _push(self, run: ChatRun, step: Step, since: int) -> bool:
        """Push the step's message (text, or a button press); False when there is no button to press."""
        message = SCRIPTS[run.language][step.index]
        language_code = PHONE_LANGUAGE[run.language]
        if message == PRESS:
            with_buttons = [
                call
                for call in self.telegram.calls("sendMessage", since=since)
                if call.ok and call.chat_id == run.chat_id and call.buttons
            ]
            # Pressed again after an apology: on the question's message, not on the apology's menu.
            with_buttons = [c for c in with_buttons if button_data(c) == PRESS[1]] or with_buttons
            if not with_buttons:
                return False
            update = self.telegram.callback_query(with_buttons[-1], button_data(with_buttons[-1]), language_code)
        else:
            update = self.telegram.text_message(run.chat_id, message, language_code)
        step.pushes.append(time.monotonic())
        self.telegram.push(update)
        return True

    def _next_reply(self, chat_id: int, key: str, since: int, deadline: float) -> Call | None:
        """The step's answer or an apology; else another answer once the bot fell quiet after it
        (OTHER_QUIET_SECONDS); None at the deadline."""
        while True:
            try:
                return self.telegram.wait_for(
                    "sendMessage",
                    lambda c: c.ok and c.chat_id == chat_id and (c.text == key or c.text in self.apologies),
                    timeout=min(1.0, max(0.05, deadline - time.monotonic())),
                    since=since,
                )
            except TimeoutError:
                pass
            others = [
                c
                for c in self.telegram.calls("sendMessage", since=since)
                if c.ok and c.chat_id == chat_id and c.text not in self.notes
            ]
            if others and time.monotonic() - others[-1].at >= OTHER_QUIET_SECONDS:
                return others[0]
            if time.monotonic() >= deadline:
                return None

    def _drive(self, run: ChatRun, delay: float) -> None:
        time.sleep(delay)
        previous = self.telegram.mark()
        for step in run.steps:
            key = self.expected[run.language][step.index]
            mark = self.telegram.mark()
            if not self._push(run, step, previous):
                step.skipped = True
                continue
            previous = mark
            silent = any(earlier.got_nothing for earlier in run.steps[: step.index])
            deadline = time.monotonic() + (min(self.step_timeout, SILENT_CHAT_TIMEOUT) if silent else self.step_timeout)
            while time.monotonic() < deadline:
                call = self._next_reply(run.chat_id, key, mark, deadline)
                if call is None:
                    step.got_nothing = True
                    break
                if call.text == key:
                    step.answered_at = call.at
                    break
                if call.text not in self.apologies or len(step.pushes) > MAX_RESENDS:
                    break  # another answer (the conversation went elsewhere), or told too often
                # Told to write again: a person does, after reading it.
                time.sleep(PAUSE_SECONDS)
                mark = self.telegram.mark()
                self._push(run, step, previous)
            time.sleep(QUIET_SECONDS)
            with self._lock:
                self.answered += 1
            time.sleep(PAUSE_SECONDS)

    def classify(self, notes: dict[str, str], end: float) -> tuple[Counter[str], Counter[str], list[float]]:
        """Each step's outcome; the notes the bot sent by name; the latencies of the answered steps."""
        outcomes: Counter[str] = Counter()
        noted: Counter[str] = Counter()
        latencies = []
        for run in self.runs:
            replies = [c for c in self.telegram.calls("sendMessage") if c.ok and c.chat_id == run.chat_id]
            pushed = [step for step in run.steps if step.pushes]
            # A step's window runs from its first push to the next step's; the last one's to ``end``.
            window_ends = {id(step): after.pushes[0] for step, after in zip(pushed, pushed[1:], strict=False)}
            for step in run.steps:
                if step.skipped or not step.pushes:
                    step.outcome = "skipped"
                    outcomes["skipped"] += 1
                    self.details.append(f"    {run.language} chat {run.chat_id} step {step.index}: no button to press")
                    continue
                key = self.expected[run.language][step.index]
                start = step.pushes[0]
                window = [c for c in replies if start <= c.at < window_ends.get(id(step), end)]
                keys = sum(c.text == key for c in window)
                told = sum(c.text in self.apologies for c in window)
                for call in window:
                    if call.text in notes:
                        noted[notes[call.text]] += 1
                others = [c for c in window if c.text != key and c.text not in notes]
                if keys >= 2:
                    step.outcome = "dup"
                elif told:
                    step.outcome = "lost, told"
                elif keys == 1:
                    step.outcome = "once"
                elif others:
                    step.outcome = "wrong"
                else:
                    step.outcome = "lost, silent"
                outcomes[step.outcome] += 1
                if step.outcome != "once":
                    self.details.append(
                        f"    {run.language} chat {run.chat_id} step {step.index} "
                        f"{str(SCRIPTS[run.language][step.index])!r}: {step.outcome}, "
                        f"{len(step.pushes)} push(es); expected {key[:40]!r}; got "
                        + (" | ".join(repr(c.text[:40]) for c in window) or "nothing")
                    )
                if step.answered_at is not None:
                    step.latency = step.answered_at - start
                    latencies.append(step.latency)
        return outcomes, noted, latencies


def button_data(message: Call) -> str:
    """The callback data of PRESS's button (right-to-left keyboards put it last), else of the first button."""
    datas = [button.get("callback_data", "") for button in message.buttons]
    return PRESS[1] if PRESS[1] in datas else datas[0]


def calibrate(telegram: FakeTelegram, notes: dict[str, str]) -> dict[str, list[str]]:
    """Each script step's answer (its first message that is not a note of the bot's), from one chat each."""
    expected: dict[str, list[str]] = {}
    for language, script in SCRIPTS.items():
        chat_id = random.randrange(3 * 10**9, 4 * 10**9)
        keys, previous = [], telegram.mark()
        for message in script:
            since = telegram.mark()
            if message == PRESS:
                with_buttons = [
                    c for c in telegram.calls("sendMessage", since=previous) if c.ok and c.chat_id == chat_id and c.buttons
                ]
                if not with_buttons:
                    raise SystemExit(f"calibration ({language}): no button to press before step {len(keys)}")
                update = telegram.callback_query(
                    with_buttons[-1], button_data(with_buttons[-1]), PHONE_LANGUAGE[language]
                )
            else:
                update = telegram.text_message(chat_id, message, PHONE_LANGUAGE[language])
            telegram.push(update)
            replies = telegram.wait_for_replies(chat_id, since, quiet=1.5, timeout=120)
            answers = [c.text for c in replies if c.ok and c.method == "sendMessage" and c.text not in notes]
            if not answers:
                raise SystemExit(f"calibration ({language}): no answer to {message!r}")
            keys.append(answers[0])
            previous = since
        if len(set(keys)) < len(keys):
            repeated = [k[:40] for k, n in Counter(keys).items() if n > 1]
            print(f"warning: {language}: the same answer for two steps ({repeated}); a repeat may count as dup")
        expected[language] = keys
    return expected


def rasa_user_messages(tracker_url: str, senders: list[int]) -> dict[int, int]:
    """User messages Rasa stored for each sender (the tracker store's ``events`` table)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(tracker_url, future=True)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT sender_id, count(*) FROM events WHERE type_name = 'user' GROUP BY sender_id")
            ).all()
    finally:
        engine.dispose()
    counts = {str(sender): count for sender, count in rows}
    return {sender: counts.get(str(sender), 0) for sender in senders}


@dataclass
class FaultResult:
    name: str
    sent: int
    outcomes: Counter[str]
    noted: Counter[str]
    latencies: list[float]
    rasa_extra: int
    rasa_missing: int
    back: float | None
    recovery: float


def inject(
    fault: str, stack: SupervisedStack, telegram: FakeTelegram, window: float, scaled: bool
) -> Callable[[], float | None]:
    """Cause ``fault`` now; a function that waits until the service is back and returns how long it took."""
    started = time.monotonic()
    if fault in PROCESS_OF:
        name = (SCALED_PROCESS_OF if scaled else PROCESS_OF)[fault]
        mark = telegram.mark()
        killed = stack.kill(name)

        def back() -> float | None:
            stack.supervisor.wait_new_pid(name, killed, 300)
            if name in stack.health:
                stack.wait_serving(name, 300)
            else:  # the polling bot serves again when it polls again
                telegram.wait_for("getUpdates", lambda c: c.ok and not c.abandoned, timeout=300, since=mark)
            return time.monotonic() - started

        return back
    if fault == "postgres":
        postgres = [str(Path(__file__).resolve().parents[1] / "scripts" / "scaled" / "postgres")]
        subprocess.run([*postgres, "stop"], env=stack.env, check=True, capture_output=True, timeout=120)

        def restarted() -> float | None:
            time.sleep(POSTGRES_DOWN_SECONDS)
            subprocess.run([*postgres, "start"], env=stack.env, check=True, capture_output=True, timeout=120)
            return time.monotonic() - started

        return restarted
    if fault == "telegram-429":
        telegram.fail("sendMessage", 429, seconds=window, retry_after=RETRY_AFTER)
    else:
        telegram.fail("sendMessage", 502, seconds=window)
        telegram.fail("getUpdates", 502, seconds=window)
    return lambda: window


def run_fault(
    fault: str,
    stack: SupervisedStack,
    telegram: FakeTelegram,
    expected: dict[str, list[str]],
    notes: dict[str, str],
    args: argparse.Namespace,
) -> FaultResult:
    conversations = Conversations(telegram, expected, notes, args.chats, args.step_timeout)
    conversations.start()
    while conversations.answered < FAULT_AT * conversations.total:
        time.sleep(0.05)
    fault_at = time.monotonic()
    print(f"  {fault}: at {conversations.answered}/{conversations.total} messages answered", flush=True)
    back = inject(fault, stack, telegram, args.window, args.scaled)()
    if back is not None:
        print(f"  {fault}: serving again after {back:.1f} s", flush=True)
    limit = args.chats * STAGGER_SECONDS + len(SCRIPTS["fr"]) * (args.step_timeout + 10) * (MAX_RESENDS + 1)
    if not conversations.join(limit):
        print(f"  {fault}: some chats were still going after {limit:.0f} s")
    time.sleep(QUIET_SECONDS * 3)  # late duplicates of the last answers
    telegram.clear_faults()
    outcomes, noted, latencies = conversations.classify(notes, time.monotonic())
    if args.verbose:
        print("\n".join(conversations.details))
    late = [
        step.answered_at
        for run in conversations.runs
        for step in run.steps
        if step.latency is not None and step.latency > LATE_SECONDS and step.answered_at >= fault_at
    ]
    pushes = {run.chat_id: sum(len(step.pushes) for step in run.steps) for run in conversations.runs}
    stored = rasa_user_messages(stack.tracker_url, list(pushes))
    return FaultResult(
        fault,
        sum(1 for run in conversations.runs for step in run.steps if not step.skipped),
        outcomes,
        noted,
        latencies,
        sum(max(0, stored[c] - pushes[c]) for c in pushes),
        sum(max(0, pushes[c] - stored[c]) for c in pushes),
        back,
        max(late) - fault_at if late else 0.0,
    )


def print_table(results: list[FaultResult]) -> None:
    columns = ("once", "dup", "lost, told", "lost, silent", "wrong", "skipped")
    header = (
        f"{'fault':<14}{'sent':>6}" + "".join(f"{c:>14}" for c in columns)
        + f"{'Rasa ran':>11}{'p50 s':>8}{'max s':>8}{'back s':>8}{'recovery s':>12}"
    )
    print(header)
    for r in results:
        p50 = statistics.median(r.latencies) if r.latencies else float("nan")
        longest = max(r.latencies) if r.latencies else float("nan")
        back = f"{r.back:.1f}" if r.back is not None else "-"
        print(
            f"{r.name:<14}{r.sent:>6}" + "".join(f"{r.outcomes.get(c, 0):>14}" for c in columns)
            + f"{f'+{r.rasa_extra}/-{r.rasa_missing}':>11}{p50:>8.1f}{longest:>8.1f}{back:>8}{r.recovery:>12.1f}"
        )
    for r in results:
        if r.noted:
            print(f"  {r.name}: the bot's own notes: " + ", ".join(f"{n} x{k}" for n, k in r.noted.most_common()))


def main(argv: list[str] | None = None) -> int:
    """Run the faults and print the table."""
    from tests.e2e.supervised import supervised_assistant, supervised_scaled
    from tests.fake_telegram import FakeTelegram

    parser = argparse.ArgumentParser(prog="python -m bench.faults", description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=20, help="chats per fault (1-100)")
    parser.add_argument("--faults", help=f"comma-separated, of {', '.join(FAULTS)} (default: all that apply)")
    parser.add_argument("--window", type=float, default=10.0, help="seconds Telegram misbehaves (1-120)")
    parser.add_argument("--step-timeout", type=float, default=STEP_TIMEOUT, help="seconds to wait for one answer")
    parser.add_argument("--keep", action="store_true", help="keep the work directory (logs, stores)")
    parser.add_argument(
        "--scaled",
        action="store_true",
        help="the scaled layout (PostgreSQL, Redis, nginx, 2 Rasa, 2 actions, 2 webhook bots); adds the postgres fault",
    )
    parser.add_argument("--verbose", action="store_true", help="print the calibration and every message not answered once")
    args = parser.parse_args(argv)
    if args.faults is None:
        args.faults = ",".join(f for f in FAULTS if args.scaled or f != "postgres")
    faults = [f.strip() for f in args.faults.split(",") if f.strip()]
    if any(f not in FAULTS for f in faults) or not faults:
        parser.error(f"--faults: choose among {', '.join(FAULTS)}")
    if "postgres" in faults and not args.scaled:
        parser.error("the postgres fault needs --scaled (the embedded layout uses SQLite files)")
    if not (1 <= args.chats <= 100 and 1 <= args.window <= 120 and 5 <= args.step_timeout <= 600):
        parser.error("--chats 1-100, --window 1-120, --step-timeout 5-600")

    workdir = Path(tempfile.mkdtemp(prefix="hirfa-faults-"))
    notes = channel_notes()
    results: list[FaultResult] = []
    with FakeTelegram(webhook_per_chat=True) as telegram:  # delivers as Telegram does: per chat, in parallel
        extra = {
            "TELEGRAM_BOT_TOKEN": telegram.token,
            "TELEGRAM_API_BASE_URL": telegram.base_url,
            "TELEGRAM_WEBHOOK_URL": "",
        }
        programs = SCALED_PROGRAMS if args.scaled else PROGRAMS
        print(f"starting {', '.join(programs)} under supervisord (logs in {workdir / 'log'})…", flush=True)
        layout = supervised_scaled if args.scaled else supervised_assistant
        with layout(workdir, programs, extra) as stack:
            if args.scaled:  # both webhook bots have told Telegram where to deliver
                deadline = time.monotonic() + 120
                while sum(c.ok for c in telegram.calls("setWebhook")) < 2 and time.monotonic() < deadline:
                    time.sleep(0.2)
            else:
                telegram.wait_for("getUpdates", lambda c: c.ok, timeout=120)
            started = time.monotonic()
            expected = calibrate(telegram, notes)
            print(f"calibrated {len(expected)} scripts in {time.monotonic() - started:.1f} s", flush=True)
            if args.verbose:
                for language, keys in expected.items():
                    print(f"  {language}: " + " | ".join(repr(key[:30]) for key in keys))
            for fault in faults:
                print(f"{fault}: {args.chats} chats of {len(SCRIPTS['fr'])} messages…", flush=True)
                results.append(run_fault(fault, stack, telegram, expected, notes, args))
                print_table(results[-1:])
            pids = {name: stack.supervisor.info(name) for name in programs}
        logs = sorted((workdir / "log").glob("*.log"))
    print()
    print(f"{args.chats} chats per fault; window {args.window:g} s for Telegram's faults (429 retry_after {RETRY_AFTER} s)")
    print_table(results)
    print("supervisord: " + ", ".join(f"{name} {info['statename']}" for name, info in pids.items()))
    for log in logs:
        text = log.read_text(errors="replace")
        print(f"{log.name}: {text.count('Traceback')} tracebacks, {text.count(' ERROR ')} ERROR lines")
    if args.keep:
        print(f"kept {workdir}")
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


def _stop_on_sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # unwinds the context managers: supervisord and its processes are stopped


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
    sys.exit(130)
