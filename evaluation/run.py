"""`make eval`: train Hirfa's pipeline and Rasa's default one on the same data, score both.

Two held-out sets: dev, to tune on and read mistakes from, and test, read only to report.
Each gives intent figures per variety and the situation table: how many messages that
state a situation are answered like the button stating it, and entity value F1.
"""

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
from typing import Any

from evaluation.metrics import Example, Figures, confusions, figures
from evaluation.situations import SITUATION_ENTITIES, Pair, answered_alike, f1, load_pairs, value_counts

ROOT = Path(__file__).resolve().parent.parent
HELD_OUT = ROOT / "tests" / "nlu" / "heldout"
SITUATIONS = ROOT / "tests" / "nlu" / "situations"
# Tune on dev; read test only to report (see the README).
SETS = ("dev", "test")
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


def variety_of(message: Any, path: Path) -> str:
    """An example's variety: its intent block's metadata, else its file's name (tests/nlu/heldout/dev/ary.yml)."""
    return (message.get("metadata") or {}).get("intent", {}).get("variety") or path.stem


def held_out(name: str = "dev") -> list[tuple[str, str, str, list]]:
    """(text, variety, intent, entities) of every example of one held-out set."""
    from rasa.shared.nlu.training_data.loading import load_data

    rows = []
    for path in sorted((HELD_OUT / name).glob("*.yml")):
        for message in load_data(str(path)).intent_examples:
            variety = variety_of(message, path)
            rows.append((message.get("text"), variety, message.get("intent"), message.get("entities") or []))
    return rows


async def parse_all(model: Path, texts: list[str]) -> tuple[list[dict], list[float]]:
    """Parse every text with the model; the parses and each parse's seconds."""
    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)
    agent = Agent.load(str(model))
    parses, seconds = [], []
    for text in texts:
        started = time.perf_counter()
        parses.append(await agent.parse_message(text))
        seconds.append(time.perf_counter() - started)
    return parses, seconds


def scored(rows: list, parses: list[dict]) -> list[Example]:
    """Held-out rows with what the model predicted."""
    return [
        Example(text, variety, intent, entities, parsed["intent"]["name"] or "nlu_fallback", parsed["entities"])
        for (text, variety, intent, entities), parsed in zip(rows, parses, strict=True)
    ]


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


def situation_table(results: dict[str, list[tuple[Pair, dict]]]) -> str:
    """Per pipeline and variety: pairs answered like their button, and entity value F1 per entity."""
    head = "".join(f"{e[:13]:>14}" for e in SITUATION_ENTITIES)
    lines = [f"{'pipeline':<13}{'variety':<10}{'pairs':>6}  {'alike':>6}{head}"]
    for pipeline, parsed in results.items():
        for variety in VARIETIES[:-1]:
            rows = [(p, r) for p, r in parsed if p.variety == variety]
            if not rows:
                continue
            alike = sum(answered_alike(p, r["intent"]["name"] or "nlu_fallback", r["entities"]) for p, r in rows)
            scores = "".join(
                f"{_pct(f1([value_counts(p.entities, r['entities'], e) for p, r in rows])):>14}"
                for e in SITUATION_ENTITIES
            )
            lines.append(f"{pipeline:<13}{variety:<10}{len(rows):>6}  {alike / len(rows):>6.3f}{scores}")
    return "\n".join(lines)


def misread(parsed: list[tuple[Pair, dict]], top: int = 12) -> list[str]:
    """Situation pairs not answered like their button, to read on dev."""
    lines = []
    for pair, result in parsed:
        if not answered_alike(pair, result["intent"]["name"] or "nlu_fallback", result["entities"]):
            values = {e["entity"]: e["value"] for e in result["entities"]}
            lines.append(f"  [{pair.variety}] {pair.text!r}: {result['intent']['name']} {values} ≠ {pair.payload}")
    return lines[:top]


def main() -> int:
    """Train, score and print."""
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("LOG_LEVEL_LIBRARIES", "ERROR")
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", choices=list(PIPELINES), help="score one pipeline")
    parser.add_argument("--candidate", type=Path, help="score this config instead, to compare pipelines")
    parser.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS), help="which sets to score")
    args = parser.parse_args()
    pipelines = {"candidate": args.candidate.resolve()} if args.candidate else PIPELINES
    out = ROOT / "var" / "eval"
    report = []
    intents: dict[str, dict[str, dict[str, Figures]]] = {name: {} for name in args.sets}
    situations: dict[str, dict[str, list]] = {name: {} for name in args.sets}
    for pipeline, config in pipelines.items():
        if args.only and pipeline != args.only:
            continue
        model, trained_in = train(pipeline, config, out)
        latencies: list[float] = []
        for name in args.sets:
            rows, pairs = held_out(name), load_pairs(SITUATIONS / name)
            parses, seconds = asyncio.run(parse_all(model, [r[0] for r in rows] + [p.text for p in pairs]))
            latencies += seconds
            examples = scored(rows, parses[: len(rows)])
            intents[name][pipeline] = {v: figures([e for e in examples if e.variety == v]) for v in VARIETIES}
            intents[name][pipeline]["all"] = figures(examples)
            situations[name][pipeline] = list(zip(pairs, parses[len(rows) :], strict=True))
            if pipeline != "rasa default" and name == "dev":
                report.append("hirfa's most frequent confusions on dev (gold → predicted: count):")
                for variety in VARIETIES:
                    mistakes = confusions([e for e in examples if e.variety == variety], top=6)
                    report.append(f"  {variety}: " + "; ".join(f"{g} → {p}: {n}" for g, p, n in mistakes))
                report.append("hirfa's situation pairs answered differently on dev:")
                report += misread(situations[name][pipeline])
        ordered = sorted(latencies)
        report.append(
            f"{pipeline}: trained in {trained_in:.0f} s (0 when unchanged); parse p50 "
            f"{statistics.median(ordered) * 1000:.1f} ms, p95 {ordered[int(len(ordered) * 0.95)] * 1000:.1f} ms"
        )
    for name in args.sets:
        print(f"\n== intents, held-out {name} set ({HELD_OUT.name}/{name}) ==")
        print(table(intents[name]))
        print(f"\n== situations, {name} set: pairs answered like their button; entity value F1 ==")
        print(situation_table(situations[name]))
    print()
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
