"""The situation reader's readings of every dev message, to check that a refactoring changes none.

`python -m evaluation.reader_readings dump OUT.json` writes what nlu.situation reads in each dev message (situation
pairs and held-out intents); `python -m evaluation.reader_readings compare BEFORE.json AFTER.json` prints the
messages read differently. Dump once on the code before the change, once after. Dev only: the test sets stay unread.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEV = (ROOT / "tests" / "nlu" / "situations" / "dev", ROOT / "tests" / "nlu" / "heldout" / "dev")
# Rasa's entity markup: [text](entity) or [text]{"entity": ...}; only the text is the message.
_MARKUP = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")
# A fixed day, so that start years give the same years on both sides.
TODAY = dt.date(2026, 12, 1)


def dev_messages() -> list[str]:
    """Every dev message: the situation pairs' texts, then the held-out examples without their markup."""
    pairs, held_out = DEV
    texts = [item["text"] for path in sorted(pairs.glob("*.yml")) for item in yaml.safe_load(path.read_text("utf-8"))["pairs"]]
    for path in sorted(held_out.glob("*.yml")):
        for block in yaml.safe_load(path.read_text("utf-8"))["nlu"]:
            lines = str(block.get("examples", "")).splitlines()
            texts += [_MARKUP.sub(r"\1", line.strip()[2:]) for line in lines if line.strip().startswith("- ")]
    return texts


def readings(texts: list[str]) -> dict[str, list[list[str]]]:
    """What the reader finds in each message, as sorted (entity, value) pairs."""
    from nlu.lexicon import message_words
    from nlu.situation import SituationReader, load_cues

    reader = SituationReader(load_cues())
    return {t: sorted([f.entity, f.value] for f in reader.read(t, message_words(t), TODAY)) for t in texts}


def differences(before: dict[str, list], after: dict[str, list]) -> list[str]:
    """The messages read differently, with both readings."""
    return [f"{before[t]} -> {after.get(t)} | {t}" for t in before if before[t] != after.get(t)]


def dump_or_compare(description: str, produce: Callable[[list[str]], dict], changed: str) -> int:
    """The command line shared by the dev-message dumps: dump what ``produce`` gives each dev message, or compare
    two dumps and print the messages for which it differs (``changed`` names them in the closing count)."""
    parser = argparse.ArgumentParser(description=description)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("dump").add_argument("out", type=Path)
    compare = commands.add_parser("compare")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        args.out.write_text(json.dumps(produce(dev_messages()), ensure_ascii=False), encoding="utf-8")
        return 0
    lines = differences(*(json.loads(p.read_text("utf-8")) for p in (args.before, args.after)))
    print("\n".join(lines + [f"{len(lines)} {changed}"]))
    return 0


def main() -> int:
    """Dump or compare."""
    return dump_or_compare(__doc__, readings, "messages read differently")


if __name__ == "__main__":
    sys.exit(main())
