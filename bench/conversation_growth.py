"""Does a message cost more late in a long conversation? One sender, many messages in a row.

    python -m bench.conversation_growth [--messages 240] [--bucket 40]

Run it from the repository root. It starts Rasa and the action server on free loopback ports with
a throw-away database (as the end-to-end tests do), then sends one sender ``--messages`` messages
through the REST channel, one after the other, cycling through a realistic mix (greetings, AMO
questions with a tax payload, an office question, thanks, the menu button), and prints:

- the median latency (request to complete reply) by position bucket, and the last/first ratio;
- with more messages than the mix's warm-up bucket, the same mix sent by a brand-new sender
  afterwards, so a long conversation can be compared with a new one on the same warm server.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import httpx

# Greetings, an AMO question with its tax situation as a button payload, an office question (a form
# that is answered at once), thanks, the menu button: a faithful user's everyday messages.
MIX = (
    "Bonjour",
    '/amo_cost{"tax_situation": "none"}',
    "c'est quoi l'AMO ?",
    "merci",
    "fin kayna l'ghorfa f tanger",
    "/ask_help",
    "سلام",
    '/amo_cost{"tax_situation": "cpu"}',
    "شكرا",
    "/greet",
)


def send(client: httpx.Client, url: str, sender: str, text: str) -> float:
    """Seconds from the request to the complete reply; fails loudly on an empty answer."""
    started = time.perf_counter()
    response = client.post(url, json={"sender": sender, "message": text}, timeout=60)
    elapsed = time.perf_counter() - started
    response.raise_for_status()
    if not response.json():
        raise SystemExit(f"no reply to {text!r} from {sender}")
    return elapsed


def conversation(client: httpx.Client, url: str, sender: str, count: int) -> list[float]:
    return [send(client, url, sender, MIX[i % len(MIX)]) for i in range(count)]


def buckets(latencies: list[float], size: int) -> list[tuple[int, int, float]]:
    """(first position, last position, median ms) of each run of ``size`` messages."""
    return [
        (start + 1, min(start + size, len(latencies)), statistics.median(latencies[start : start + size]) * 1000)
        for start in range(0, len(latencies), size)
    ]


def report(latencies: list[float], size: int, fresh: list[float] | None) -> None:
    rows = buckets(latencies, size)
    print(f"\n{'messages':>12}  {'median ms':>9}")
    for first, last, median in rows:
        print(f"{first:>5}–{last:<6}  {median:9.1f}")
    print(f"\nlast/first: ×{rows[-1][2] / rows[0][2]:.2f}")
    if fresh is not None:
        new = statistics.median(fresh) * 1000
        print(
            f"a new conversation, {len(fresh)} messages: median {new:.1f} ms; "
            f"messages {rows[-1][0]}–{rows[-1][1]} of the long one: {rows[-1][2]:.1f} ms (×{rows[-1][2] / new:.2f})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=240, help="messages in the long conversation")
    parser.add_argument("--bucket", type=int, default=40, help="messages per row of the table")
    args = parser.parse_args()
    if args.messages < args.bucket or args.bucket < 1:
        parser.error("--messages must be at least --bucket, and --bucket at least 1")

    from tests.e2e.conftest import running_assistant

    with tempfile.TemporaryDirectory(prefix="hirfa-growth-") as workdir:
        print("starting Rasa and the action server (about a minute)…", flush=True)
        with running_assistant(Path(workdir)) as assistant, httpx.Client(headers=assistant.channel_headers) as client:
            url = f"{assistant.rasa_url}/webhooks/rest/webhook"
            # Warm both servers up (first NLU parse, first action call) outside the figures.
            conversation(client, url, f"warmup-{uuid.uuid4().hex[:8]}", len(MIX))
            print(f"one sender, {args.messages} messages in a row…", flush=True)
            latencies = conversation(client, url, f"long-{uuid.uuid4().hex[:8]}", args.messages)
            fresh = None
            if args.messages > 2 * args.bucket:
                fresh = conversation(client, url, f"new-{uuid.uuid4().hex[:8]}", args.bucket)
    report(latencies, args.bucket, fresh)


if __name__ == "__main__":
    main()
