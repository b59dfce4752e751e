"""`make eval`: train Hirfa's pipeline and Rasa's default one on the same data, score both on the held-out set."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from evaluation.metrics import Example, Figures, confusions, figures

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = ROOT / "tests" / "nlu" / "heldout"
VARIETIES = ("ar", "ary", "ary_Latn", "fr", "mixed")
PIPELINES = {"hirfa": ROOT / "config.yml", "rasa default": ROOT / "evaluation" / "rasa_init_config.yml"}


def train(name: str, config: Path, out: Path) -> tuple[Path, float]:
    """Train an NLU model (Rasa skips it when config and data are unchanged); the model and the seconds it took."""
    model = out / f"{name.replace(' ', '_')}.tar.gz"
    started = time.monotonic()
    command = [
        str(Path(sys.executable).parent / "rasa"),
        "train",
        "nlu",
        "--config",
        str(config),
        "--nlu",
        "data/nlu",
        "--out",
        str(out),
        "--fixed-model-name",
        model.name.removesuffix(".tar.gz"),
        "--quiet",
    ]
    subprocess.run(command, cwd=ROOT, check=True, env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"})
    return model, time.monotonic() - started


def held_out() -> list[tuple[str, str, str, list]]:
    """(text, variety, intent, entities) of every held-out example."""
    from rasa.shared.nlu.training_data.loading import load_data

    rows = []
    for path in sorted(HELD_OUT.rglob("*.yml")):
        for message in load_data(str(path)).intent_examples:
            variety = message.get("metadata", {}).get("intent", {}).get("variety") or path.stem
            rows.append((message.get("text"), variety, message.get("intent"), message.get("entities") or []))
    return rows


async def predict(model: Path, rows: list) -> tuple[list[Example], list[float]]:
    """Parse every held-out text with the model; the scored examples and each parse's seconds."""
    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)
    agent = Agent.load(str(model))
    examples, seconds = [], []
    for text, variety, intent, entities in rows:
        started = time.perf_counter()
        parsed = await agent.parse_message(text)
        seconds.append(time.perf_counter() - started)
        examples.append(
            Example(
                text,
                variety,
                intent,
                entities,
                parsed["intent"]["name"] or "nlu_fallback",
                parsed["entities"],
            )
        )
    return examples, seconds


def _pct(value: float | None) -> str:
    return "   -" if value is None else f"{value:.3f}"


def table(results: dict[str, dict[str, Figures]]) -> str:
    """One line per pipeline and variety."""
    lines = [
        f"{'pipeline':<13}{'variety':<10}{'n':>5}  {'accuracy':>8}  {'macro-F1':>8}  {'OOS recall':>10}  "
        f"{'false rej.':>10}  {'entity F1':>9}"
    ]
    for pipeline, by_variety in results.items():
        for variety, f in by_variety.items():
            lines.append(
                f"{pipeline:<13}{variety:<10}{f.count:>5}  {_pct(f.accuracy):>8}  {_pct(f.macro_f1):>8}  "
                f"{_pct(f.oos_recall):>10}  {_pct(f.false_rejection):>10}  {_pct(f.entity_f1):>9}"
            )
    return "\n".join(lines)


def main() -> int:
    """Train, score and print."""
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("LOG_LEVEL_LIBRARIES", "ERROR")
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", choices=list(PIPELINES), help="score one pipeline")
    parser.add_argument("--candidate", type=Path, help="score this config instead, to compare pipelines")
    args = parser.parse_args()
    pipelines = {"candidate": args.candidate.resolve()} if args.candidate else PIPELINES
    out = ROOT / "var" / "eval"
    rows = held_out()
    results: dict[str, dict[str, Figures]] = {}
    report = []
    for name, config in pipelines.items():
        if args.only and name != args.only:
            continue
        model, trained_in = train(name, config, out)
        examples, seconds = asyncio.run(predict(model, rows))
        results[name] = {v: figures([e for e in examples if e.variety == v]) for v in VARIETIES}
        results[name]["all"] = figures(examples)
        ordered = sorted(seconds)
        report.append(
            f"{name}: trained in {trained_in:.0f} s (0 when unchanged); parse p50 "
            f"{statistics.median(ordered) * 1000:.1f} ms, p95 {ordered[int(len(ordered) * 0.95)] * 1000:.1f} ms"
        )
        if name != "rasa default":
            report.append("hirfa's most frequent confusions (gold → predicted: count):")
            for variety in VARIETIES:
                mistakes = confusions([e for e in examples if e.variety == variety], top=6)
                report.append(f"  {variety}: " + "; ".join(f"{g} → {p}: {n}" for g, p, n in mistakes))
    print(table(results))
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
