"""The help desk's inbox and a transcript on a busy conversation store: p50/p95 per page.

    python -m bench.staff_inbox [--conversations 10000] [--events 500000] [--requests 50] [--keep DIR]

Seeds a throw-away registry and a Rasa SQLite conversation store (``events`` rows written directly,
as Rasa's SQLTrackerStore writes them, interleaved in time as many chats at once would be), times
the indexer's first catch-up, then signs in with Flask's test client and times, ``--requests``
times each after one warm-up: the inbox's first page, a filtered page, a deep page, a text search,
and a transcript (the page when it exists, else the tracker read it is built on). Target: p95 ≤ 300 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

SEED = 11
DAYS = 30
TARGET_MS = 300.0
PASSWORD = "a bench password, long enough"
# A word a few conversations use, for the text search.
RARE_WORD = "zellige"
PHRASES = {
    "ary": [
        "salam",
        "bghit nsjjel f sijil",
        "chno khassni mn wra9",
        "fin kayn lbureau",
        "chhal kayn f AMO",
        "chokran",
    ],
    "fr": [
        "bonjour",
        "je veux m'inscrire",
        "quels documents",
        "où est le bureau",
        "combien coûte l'AMO",
        "merci",
    ],
    "ar": ["السلام عليكم", "أريد التسجيل في السجل", "ما هي الوثائق", "أين المكتب", "كم تكلف التغطية", "شكرا"],
}
INTENTS = [
    "greet",
    "rna_apply",
    "rna_documents",
    "find_office",
    "amo_cost",
    "thank",
    "rna_status",
    "training",
]


class Seeder:
    """Rasa's JSON of the events of one conversation, ``count`` of them, one turn at a time."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def conversation(self, sender: str, count: int, start: float) -> list[tuple[float, str, str, Any]]:
        rng = self.rng
        language = rng.choice(("ary", "ary", "fr", "ar"))
        variety = {"ary": rng.choice(("ary", "ary_Latn")), "fr": "fr", "ar": "ar"}[language]
        clock = [start]

        def at() -> float:
            clock[0] += rng.uniform(0.5, 40.0)
            return clock[0]

        out: list[tuple[float, str, str, Any]] = [
            (at(), "action", "action_session_start", {"event": "action", "name": "action_session_start"}),
            (at(), "session_started", None, {"event": "session_started"}),
            (at(), "action", "action_listen", {"event": "action", "name": "action_listen"}),
            (at(), "slot", "language", {"event": "slot", "name": "language", "value": language}),
        ]
        turn = 0
        while len(out) < count:
            out.extend(self._turn(language, variety, turn, at))
            turn += 1
        return [(stamp, kind, name, {**data, "timestamp": stamp}) for stamp, kind, name, data in out[:count]]

    def _turn(self, language: str, variety: str, turn: int, at: Callable[[], float]) -> list[tuple]:
        rng = self.rng
        roll = rng.random()
        text = f"{rng.choice(PHRASES[language])} {turn}"
        if rng.random() < 0.002:
            text += f" {RARE_WORD}"
        intent, confidence, metadata = rng.choice(INTENTS), rng.uniform(0.3, 1.0), {"channel": "telegram"}
        reply = [(at(), "action", "action_answer_topic", {"event": "action", "name": "action_answer_topic"})]
        if roll < 0.03:
            intent = "human_handoff"
            if rng.random() < 0.3:
                metadata["voice_file_id"] = f"voice-{rng.randrange(10**9)}"
            reply = [(at(), "action", "action_handoff", {"event": "action", "name": "action_handoff"})]
        elif roll < 0.10:
            intent, confidence = "nlu_fallback", rng.uniform(0.05, 0.3)
            reply = [(at(), "action", "action_fallback", {"event": "action", "name": "action_fallback"})]
        elif roll < 0.13:
            intent = "stop"
            reply = [
                (at(), "action", "rna_request_form", {"event": "action", "name": "rna_request_form"}),
                (
                    at(),
                    "active_loop",
                    "rna_request_form",
                    {"event": "active_loop", "name": "rna_request_form"},
                ),
                (at(), "action", "action_stop_form", {"event": "action", "name": "action_stop_form"}),
                (at(), "active_loop", None, {"event": "active_loop", "name": None}),
            ]
        elif roll < 0.14:
            reply = [(at(), "pause", None, {"event": "pause"})]
        user = {
            "event": "user",
            "text": text,
            "parse_data": {
                "text": text,
                "intent": {"name": intent, "confidence": confidence},
                "intent_ranking": [{"name": intent, "confidence": confidence}],
                "entities": [],
                "variety": variety,
            },
            "input_channel": "telegram",
            "metadata": metadata,
        }
        bot = {"event": "bot", "text": f"جواب {turn}", "data": {"buttons": []}, "metadata": {}}
        return [
            (at(), "user", None, user),
            *reply,
            (at(), "bot", None, bot),
            (at(), "action", "action_listen", {"event": "action", "name": "action_listen"}),
        ]


def seed_tracker(url: str, conversations: int, events_total: int) -> list[str]:
    """Write the events in time order, in one transaction; the senders."""
    from sqlalchemy import create_engine

    from staff.tracker import events, metadata

    rng = random.Random(SEED)
    seeder = Seeder(rng)
    now = time.time()
    per = events_total // conversations
    senders = [str(100_000_000 + number) for number in range(conversations)]
    rows = []
    for number, sender in enumerate(senders):
        count = per + (1 if number < events_total - per * conversations else 0)
        start = now - rng.uniform(0, DAYS * 86400) - count * 40
        for stamp, kind, name, data in seeder.conversation(sender, count, start):
            intent = (data.get("parse_data") or {}).get("intent", {}).get("name")
            rows.append((stamp, sender, kind, intent, name, data))
    rows.sort(key=lambda row: row[0])
    engine = create_engine(url, future=True)
    metadata.create_all(engine)
    with engine.begin() as connection:
        for chunk in _chunks(rows, 20_000):
            connection.execute(
                events.insert(),
                [
                    {
                        "sender_id": sender,
                        "type_name": kind,
                        "timestamp": stamp,
                        "intent_name": intent,
                        "action_name": name,
                        "data": json.dumps(data),
                    }
                    for stamp, sender, kind, intent, name, data in chunk
                ],
            )
    engine.dispose()
    return senders


def _chunks(rows: list, size: int) -> Iterator[list]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def percentiles(seconds: list[float]) -> tuple[float, float]:
    """p50 and p95 in milliseconds."""
    cuts = statistics.quantiles(seconds, n=20, method="inclusive")
    return statistics.median(seconds) * 1000, cuts[18] * 1000


def timed(call: Callable[[], object], rounds: int) -> list[float]:
    call()  # warm-up: templates compiled, caches filled
    seconds = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        seconds.append(time.perf_counter() - started)
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--conversations", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=500_000)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument(
        "--keep", type=Path, help="seed in this folder and keep it (default: a temporary one)"
    )
    args = parser.parse_args(argv)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        return run(args.keep, args)
    with tempfile.TemporaryDirectory(prefix="hirfa-bench-") as folder:
        return run(Path(folder), args)


def run(folder: Path, args: argparse.Namespace) -> int:
    import logging

    from hirfa.settings import Settings
    from registry.migrate import upgrade
    from registry.types import utc_now
    from staff import accounts, summaries
    from staff.app import create_app
    from staff.services import Services

    logging.getLogger("staff").setLevel(logging.ERROR)
    settings = Settings.from_env(
        {
            "HIRFA_DATABASE_URL": f"sqlite:///{folder / 'hirfa.db'}",
            "HIRFA_TRACKER_DB": str(folder / "tracker.db"),
            "HIRFA_SECRET_KEY": "bench-secret",
            # Nothing listens there: the pages measured must not need Rasa or Telegram.
            "HIRFA_RASA_URL": "http://127.0.0.1:9",
            "HIRFA_RASA_TOKEN": "bench-token",
        }
    )
    started = time.perf_counter()
    upgrade(settings.database_url)
    services = Services.from_settings(settings)
    with services.registry.session() as session:
        accounts.add_member(session, "admin@example.org", PASSWORD, "admin", "fr", at=utc_now())
    senders = seed_tracker(settings.tracker_store_url, args.conversations, args.events)
    print(
        f"seeded {args.conversations:,} conversations, {args.events:,} events in {time.perf_counter() - started:.1f} s"
    )

    started = time.perf_counter()
    indexed = summaries.catch_up_all(services.registry, services.tracker, summaries.BATCH)
    seconds = time.perf_counter() - started
    print(f"first catch-up: {indexed:,} events in {seconds:.1f} s ({indexed / seconds:,.0f} events/s)")

    app = create_app(settings, services, TESTING=True)
    client = app.test_client()
    login = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', login)
    response = client.post(
        "/login",
        data={
            "email": "admin@example.org",
            "password": PASSWORD,
            "csrf_token": token.group(1) if token else "",
        },
    )
    if response.status_code != 302:
        print(f"could not sign in ({response.status_code})", file=sys.stderr)
        return 1

    def page(path: str) -> Callable[[], object]:
        def get() -> object:
            response = client.get(path)
            if response.status_code != 200:
                raise RuntimeError(f"{path}: {response.status_code}")
            return response

        return get

    sender = senders[len(senders) // 2]
    measures = [
        ("inbox, first page", page("/conversations")),
        ("inbox, filtered", page("/conversations?language=ary&flag=fallback&below=0.5")),
        ("inbox, page 100", page("/conversations?page=100")),
        ("inbox, text search", page(f"/conversations?q={RARE_WORD}")),
    ]
    if "transcript.conversation" in app.view_functions:
        measures.append(("transcript page", page(f"/conversations/{sender}")))
    else:
        measures.append(("transcript read (no page yet)", lambda: services.tracker.conversation(sender)))
    worst = 0.0
    print(f"{'':32} {'p50 ms':>8} {'p95 ms':>8}   ({args.requests} requests each)")
    for name, call in measures:
        p50, p95 = percentiles(timed(call, args.requests))
        worst = max(worst, p95)
        print(f"{name:32} {p50:8.1f} {p95:8.1f}")
    print(f"target p95 ≤ {TARGET_MS:.0f} ms: {'met' if worst <= TARGET_MS else 'NOT met'}")
    services.registry.dispose()
    services.tracker.dispose()
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
