"""Check newly written evaluation messages before they join a set: `python -m evaluation.dedupe_new FILE...`.

A new dev or test message is useful only if the model has not seen it, nor anything nearly equal,
and if it does not repeat a message of another evaluation set. This compares the messages of the
given files against training and every held-out and situation file (dev and test), and prints only
the new messages that repeat something (never the message they repeat: test sets stay unread).

Pass `--after MARKER` to check, in a held-out file, only the messages written after the comment
line containing MARKER (e.g. "Fresh 4"); situation files are checked whole.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from evaluation.overlap import NEAR_DUPLICATE_JACCARD, fold, jaccard, word_set

ROOT = Path(__file__).resolve().parent.parent
TRAINING = ROOT / "data" / "nlu"
EVALUATION = (ROOT / "tests" / "nlu" / "heldout", ROOT / "tests" / "nlu" / "situations")
# Rasa's entity markup: [text](entity) or [text]{"entity": ...}; only the text is the message.
_MARKUP = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")


@dataclass(frozen=True)
class Message:
    """One message and where it is written (file and position), to tell it from its copies."""

    text: str
    path: Path
    position: int


def plain(example: str) -> str:
    """The text of a training example without its entity markup."""
    return _MARKUP.sub(r"\1", example).strip()


def _examples(block: str) -> list[str]:
    return [plain(line.strip()[2:]) for line in block.splitlines() if line.strip().startswith("- ")]


def read_messages(path: Path) -> list[Message]:
    """Every message of an NLU training/held-out file (intent examples only) or of a situation file."""
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if "pairs" in document:
        texts = [str(item["text"]) for item in document["pairs"]]
    else:
        texts = [t for item in document.get("nlu") or [] if "intent" in item for t in _examples(item["examples"])]
    return [Message(text, path.resolve(), i) for i, text in enumerate(texts)]


def messages_after(path: Path, marker: str) -> list[Message]:
    """The intent examples written after the comment line holding `marker` (counted like read_messages)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("#") and marker in line), None)
    if start is None:
        raise SystemExit(f"{path}: no comment line with {marker!r}")
    everything = read_messages(path)
    before = yaml.safe_load("\n".join(lines[:start])) or {}
    count_before = sum(len(_examples(item["examples"])) for item in before.get("nlu") or [] if "intent" in item)
    return everything[count_before:]


def corpus() -> list[Message]:
    """Training and every evaluation set, dev and test."""
    paths = sorted(TRAINING.rglob("*.yml")) + [p for d in EVALUATION for p in sorted(d.rglob("*.yml"))]
    return [m for p in paths for m in read_messages(p)]


def repeats(new: Iterable[Message], everything: list[Message]) -> list[tuple[Message, str]]:
    """The new messages equal (folded) or near-equal (Jaccard ≥ 0.8) to another message, with why."""
    by_word: dict[str, list[int]] = {}
    sets = [word_set(m.text) for m in everything]
    folded: dict[str, list[int]] = {}
    for i, (message, words) in enumerate(zip(everything, sets, strict=True)):
        folded.setdefault(fold(message.text), []).append(i)
        for word in words:
            by_word.setdefault(word, []).append(i)
    where = {(m.path, m.position): i for i, m in enumerate(everything)}
    found = []
    for message in new:
        itself = {where[(message.path, message.position)]} if (message.path, message.position) in where else set()
        if set(folded.get(fold(message.text), ())) - itself:
            found.append((message, "equal once folded"))
            continue
        words = word_set(message.text)
        candidates = {i for w in words for i in by_word.get(w, ())} - itself
        best = max((jaccard(words, sets[i]) for i in candidates), default=0.0)
        if best >= NEAR_DUPLICATE_JACCARD:
            found.append((message, f"near-duplicate (Jaccard {best:.2f})"))
    return found


def main(argv: list[str] | None = None) -> int:
    """Print the new messages that repeat another; exit 1 when there is one."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--after", help="in held-out files, check only messages after the comment with this text")
    args = parser.parse_args(argv)
    new = []
    for path in args.files:
        whole = args.after is None or "pairs" in (yaml.safe_load(path.read_text(encoding="utf-8")) or {})
        new += read_messages(path) if whole else messages_after(path, args.after)
    everything = corpus()
    found = repeats(new, everything)
    for message, why in found:
        print(f"{message.path.relative_to(ROOT)}: {message.text!r}: {why}")
    print(f"{len(new)} messages checked, {len(found)} repeat another message", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
