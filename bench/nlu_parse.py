"""Parse latency of the trained NLU model, in process: p50, p95, p99 over the held-out messages."""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 3


async def measure(model: Path, texts: list[str]) -> list[float]:
    """Seconds per parse, every text parsed ROUNDS times after one warm-up pass."""
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    for text in texts[:50]:
        await agent.parse_message(text)
    seconds = []
    for _ in range(ROUNDS):
        for text in texts:
            started = time.perf_counter()
            await agent.parse_message(text)
            seconds.append(time.perf_counter() - started)
    return seconds


def main() -> int:
    """Print the latency figures of the newest model in models/."""
    import logging

    from rasa.utils.log_utils import configure_structlog

    from evaluation.run import held_out

    configure_structlog(logging.WARNING)
    models = sorted((ROOT / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        print("no model in models/: run `make train`")
        return 1
    texts = [text for text, *_ in held_out("dev")]
    seconds = sorted(asyncio.run(measure(models[-1], texts)))

    def quantile(q: float) -> float:
        return seconds[min(len(seconds) - 1, int(len(seconds) * q))] * 1000

    print(f"model {models[-1].name}: {len(seconds)} parses of the held-out dev messages")
    print(
        f"parse latency ms: p50 {statistics.median(seconds) * 1000:.2f}  p95 {quantile(0.95):.2f}  p99 {quantile(0.99):.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
