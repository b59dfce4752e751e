"""Reviewers' corrections of what the assistant understood: what a correction may state, saving one,
and writing the waiting ones out as Rasa training data (`hirfa review export`), with the training
examples editors filed from unanswered questions.

The names and values come from the assistant itself (domain/ and the seed lists behind the lexicons),
so a correction can never teach an intent or a value the assistant does not know.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from evaluation.overlap import TrainingIndex, fold
from hirfa.yaml_files import read_yaml
from registry.models import Correction, TrainingExample

if TYPE_CHECKING:
    from staff.tracker import Event

ROOT = Path(__file__).resolve().parent.parent
TRAINING_DIR = ROOT / "data" / "nlu"
CORRECTIONS_DIR = TRAINING_DIR / "corrections"
# Never trained on: the held-out NLU splits and the situation sets (evaluation/).
HELD_OUT_DIRS = (ROOT / "tests" / "nlu" / "heldout", ROOT / "tests" / "nlu" / "situations")
# The varieties of the training files (data/nlu/<topic>/<variety>.yml).
VARIETIES = ("ar", "ary", "ary_Latn", "fr", "mixed")
UNKNOWN_VARIETY = "unknown"
# What people say about themselves (categorical slots filled from these entities), then the lexicons' entities.
SITUATION_ENTITIES = ("category", "tax_situation", "business_stage")
LOOKUP_SEEDS = {"craft": "trades.yml", "city": "places.yml", "language": "languages.yml"}
# The same patterns as data/nlu/regexes.yml: personal numbers are masked on screen and never exported.
PERSONAL_NUMBERS = (
    re.compile(r"\b[A-Za-z]{1,2}\s?\d{5,6}\b"),
    re.compile(r"(?<![\w+])(?:\+212|00212|0)\s?[5-7](?:[\s.-]?\d){8}\b"),
)
_ANNOTATION = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")


@dataclass(frozen=True)
class Vocabulary:
    """The assistant's intents and, for each entity a reviewer may state, its canonical values."""

    intents: tuple[str, ...]
    values: dict[str, tuple[str, ...]]
    names: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)

    def label(self, entity: str, value: str, lang: str) -> str:
        """How the interface shows a value: its name in ``lang`` when the seed gives one."""
        names = self.names.get(entity, {}).get(value) or {}
        name = names.get(lang) or names.get("fr")
        return f"{name} ({value})" if name and name != value else value


@functools.cache
def vocabulary(root: Path = ROOT) -> Vocabulary:
    """Read once per process, on first use: the domain's intents and the values of its entities."""
    intents: list[str] = []
    entities: set[str] = set()
    slot_values: dict[str, tuple[str, ...]] = {}
    for path in sorted((root / "domain").glob("*.yml")):
        document = read_yaml(path) or {}
        intents += [_name(item) for item in document.get("intents") or []]
        entities |= {_name(item) for item in document.get("entities") or []}
        for name, slot in (document.get("slots") or {}).items():
            if slot.get("type") == "categorical":
                slot_values[name] = tuple(str(v) for v in slot.get("values") or [])
    values = {name: slot_values[name] for name in SITUATION_ENTITIES if name in entities and name in slot_values}
    names: dict[str, dict[str, dict[str, str]]] = {}
    for entity, seed_name in LOOKUP_SEEDS.items():
        if entity in entities:
            values[entity], names[entity] = _seed_values(root / "data" / "seed" / seed_name)
    return Vocabulary(tuple(dict.fromkeys(intents)), values, names)


def _name(item: Any) -> str:
    # A domain list item is a name, or a one-key mapping from the name to its options.
    return str(next(iter(item))) if isinstance(item, dict) else str(item)


def _seed_values(path: Path) -> tuple[tuple[str, ...], dict[str, dict[str, str]]]:
    seed = read_yaml(path)
    if "trades" in seed:
        rows = [(t["code"], t.get("names") or {}) for t in seed["trades"]]
    elif "cities" in seed:
        rows = [(c["name"], c.get("names") or {}) for c in seed["cities"]]
    else:
        rows = [(value, {}) for value in seed["values"]]
    return tuple(str(v) for v, _ in rows), {str(v): {k: str(n) for k, n in names.items()} for v, names in rows}


def mask_personal(text: str) -> str:
    """``text`` with CIN and phone numbers masked as AB****56."""
    for pattern in PERSONAL_NUMBERS:
        text = pattern.sub(lambda m: _mask(m.group()), text)
    return text


def _mask(value: str) -> str:
    return value[:2] + "*" * max(len(value) - 4, 0) + value[-2:] if len(value) > 4 else "*" * len(value)


def holds_personal_number(text: str) -> bool:
    return any(pattern.search(text) for pattern in PERSONAL_NUMBERS)


@dataclass(frozen=True)
class Understood:
    """What the NLU made of one user message, as Rasa stored it."""

    text: str
    intent: str | None
    confidence: float | None
    entities: list[dict[str, Any]]
    variety: str

    @classmethod
    def of(cls, event: Event) -> Understood:
        parse = event.data.get("parse_data") or {}
        intent = parse.get("intent") or {}
        return cls(
            text=str(event.data.get("text") or parse.get("text") or ""),
            intent=intent.get("name"),
            confidence=intent.get("confidence"),
            entities=[e for e in parse.get("entities") or [] if isinstance(e, dict) and "entity" in e],
            variety=str(parse.get("variety") or UNKNOWN_VARIETY),
        )

    def values(self, vocabulary: Vocabulary) -> dict[str, str]:
        """The first value found for each entity a reviewer may state, when it is a known value."""
        found: dict[str, str] = {}
        for entity in self.entities:
            name, value = entity["entity"], str(entity.get("value"))
            if name in vocabulary.values and value in vocabulary.values[name]:
                found.setdefault(name, value)
        return found


class RefusedCorrection(ValueError):
    """A correction naming an intent, an entity, a value or a variety the assistant does not know."""

    def __init__(self, kind: str, name: str, value: str = "") -> None:
        super().__init__(f"unknown {kind}: {name}" + (f"={value}" if value else ""))
        self.kind, self.name, self.value = kind, name, value


def check(vocabulary: Vocabulary, intent: str, values: dict[str, str], variety: str) -> None:
    """Raise RefusedCorrection unless every name and value is one the assistant knows."""
    if intent not in vocabulary.intents:
        raise RefusedCorrection("intent", intent)
    for name, value in values.items():
        if name not in vocabulary.values:
            raise RefusedCorrection("entity", name)
        if value not in vocabulary.values[name]:
            raise RefusedCorrection("value", name, value)
    if variety not in (*VARIETIES, UNKNOWN_VARIETY):
        raise RefusedCorrection("variety", variety)


def entity_list(understood: Understood, values: dict[str, str]) -> list[dict[str, Any]]:
    """The stated values, in the vocabulary's order, each with the place of the predicted entity it names."""
    entities = []
    for name, value in values.items():
        entry: dict[str, Any] = {"entity": name, "value": value}
        same = [e for e in understood.entities if e["entity"] == name]
        # The span of the same value, else of the value this one corrects: the export places the annotation there.
        span = next((e for e in same if str(e.get("value")) == value), same[0] if same else None)
        if span is not None and isinstance(span.get("start"), int) and isinstance(span.get("end"), int):
            entry |= {"start": span["start"], "end": span["end"]}
        entities.append(entry)
    return entities


def save(
    session: Session,
    event: Event,
    intent: str,
    values: dict[str, str],
    variety: str,
    staff_id: int,
    at: datetime,
) -> tuple[Correction, bool]:
    """Save the correction of ``event``, replacing an earlier one; (the row, whether it replaced one).

    A replaced correction waits for the next export again, which puts the new version in place of the old.
    """
    check(vocabulary(), intent, values, variety)
    understood = Understood.of(event)
    row = session.scalars(select(Correction).where(Correction.event_id == event.id)).one_or_none()
    replaced = row is not None
    if row is None:
        row = Correction(event_id=event.id)
        session.add(row)
    row.conversation_id = event.sender_id
    row.text = understood.text
    row.variety = variety
    row.predicted_intent = understood.intent
    row.intent = intent
    row.entities = json.dumps(entity_list(understood, values), ensure_ascii=False)
    row.created_by = staff_id
    row.created_at = at
    row.exported_at = None
    session.flush()
    return row, replaced


def stated(row: Correction) -> list[dict[str, Any]]:
    """The entity values a correction states."""
    try:
        entities = json.loads(row.entities or "[]")
    except ValueError:
        return []
    return [e for e in entities if isinstance(e, dict) and "entity" in e and "value" in e]


# The export -----------------------------------------------------------------------------------------

SKIP_REASONS = {
    "in_training": "already in the training data",
    "in_training_other_intent": "already in the training data under another intent (fix that file by hand)",
    "held_out": "equal or near to a held-out or test message: never trained on",
    "duplicate": "another correction or example of the same message, newer, was exported",
    "personal_data": "holds a CIN or phone number",
    "unusable": "empty, or holds [ or ] that Rasa's format would read as an annotation",
}
WAITING_REASONS = {"unknown_variety": "variety unknown: choose it on the message's review page"}


@dataclass
class ExportReport:
    """What an export wrote (or would write), and what it left out and why."""

    added: dict[str, int] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    skipped: dict[str, list[str]] = field(default_factory=dict)
    waiting: dict[str, list[str]] = field(default_factory=dict)
    unannotated: list[str] = field(default_factory=list)
    exported: list[int] = field(default_factory=list)  # corrections' ids
    examples_exported: list[int] = field(default_factory=list)  # editors' training examples' ids


def export(
    session: Session,
    out_dir: Path = CORRECTIONS_DIR,
    at: datetime | None = None,
    *,
    dry_run: bool = False,
    training_dir: Path = TRAINING_DIR,
    held_out_dirs: Iterable[Path] = HELD_OUT_DIRS,
) -> ExportReport:
    """Write the waiting corrections and training examples into ``out_dir/<variety>.yml`` and mark them
    exported (not on a dry run); both pass the same guards, and the newer of two equal messages wins."""
    from rasa.shared.nlu.training_data.loading import load_data

    out_dir = out_dir.resolve()
    training = _training_data(training_dir.resolve(), out_dir)
    known = {fold(m.get("text")): m.get("intent") for m in training.intent_examples if m.get("text")}
    held_out = TrainingIndex(_held_out_texts(held_out_dirs))
    lexicon = _lexicon(training)
    synonyms = dict(training.entity_synonyms)
    files = {variety: _read_examples(out_dir / f"{variety}.yml") for variety in VARIETIES}
    for examples in files.values():
        for _, line in examples:
            synonyms |= _line_synonyms(line)

    report = ExportReport()
    touched: set[str] = set()
    seen: set[str] = set()
    waiting = _waiting(session)
    for row in waiting:
        if row.variety not in VARIETIES:
            report.waiting.setdefault("unknown_variety", []).append(row.text)
            continue
        folded = fold(row.text)
        reason = _skip_reason(row, folded, known, held_out, seen)
        _marked(report, row).append(row.id)
        if reason:
            report.skipped.setdefault(reason, []).append(row.text)
            continue
        seen.add(folded)
        for variety, examples in files.items():
            # An earlier export of the same message (a correction since replaced) gives way to this one.
            kept = [(i, line) for i, line in examples if fold(plain_text(line)) != folded]
            if len(kept) != len(examples):
                files[variety] = kept
                touched.add(variety)
        line, missing = annotate(row.text, stated(row) if isinstance(row, Correction) else [], lexicon, synonyms)
        line = _one_line(line)  # one example per line: a message's line breaks would end it early
        report.unannotated += [f"{row.text} ({e['entity']}={e['value']})" for e in missing]
        files[row.variety].append((row.intent, line))
        report.added[row.variety] = report.added.get(row.variety, 0) + 1
        touched.add(row.variety)

    if dry_run:
        return report
    for variety in sorted(touched):
        path = out_dir / f"{variety}.yml"
        if files[variety]:
            out_dir.mkdir(parents=True, exist_ok=True)
            path.write_text(render(variety, files[variety]), encoding="utf-8")
            # Rasa's own loader must read back what was written, or nothing is marked exported.
            load_data(str(path))
            report.files.append(path)
        elif path.exists():
            # A file without examples would fail the check that each file holds its variety's examples.
            path.unlink()
    for row in waiting:
        if row.id in _marked(report, row):
            row.exported_at = at
    session.flush()
    return report


def _waiting(session: Session) -> list[Correction | TrainingExample]:
    """Corrections and editors' examples not exported yet, newest first (the newest of equal messages wins)."""
    rows: list[Correction | TrainingExample] = [
        *session.scalars(select(Correction).where(Correction.exported_at.is_(None))),
        *session.scalars(select(TrainingExample).where(TrainingExample.exported_at.is_(None))),
    ]
    # Same moment: a correction (a reviewer read the whole message in context) before an example.
    return sorted(rows, key=lambda r: (r.created_at, isinstance(r, Correction), r.id), reverse=True)


def _marked(report: ExportReport, row: Correction | TrainingExample) -> list[int]:
    return report.exported if isinstance(row, Correction) else report.examples_exported


def _skip_reason(
    row: Correction | TrainingExample, folded: str, known: dict[str, str], held_out: TrainingIndex, seen: set[str]
) -> str | None:
    if not folded or "[" in row.text or "]" in row.text:
        return "unusable"
    if holds_personal_number(row.text):
        return "personal_data"
    if held_out.repeats(row.text):
        return "held_out"
    if folded in known:
        return "in_training" if known[folded] == row.intent else "in_training_other_intent"
    if folded in seen:
        return "duplicate"
    return None


def _training_data(training_dir: Path, out_dir: Path) -> Any:
    """Every training file except the export's own, which the export rewrites."""
    from rasa.shared.nlu.training_data.loading import load_data
    from rasa.shared.nlu.training_data.training_data import TrainingData

    paths = sorted(p for p in training_dir.rglob("*.yml") if not p.resolve().is_relative_to(out_dir))
    return TrainingData().merge(*(load_data(str(p)) for p in paths))


def _held_out_texts(directories: Iterable[Path]) -> list[str]:
    """The messages of the held-out splits (Rasa NLU files) and of the situation sets (pairs)."""
    texts: list[str] = []
    for directory in directories:
        for path in sorted(directory.rglob("*.yml")):
            document = read_yaml(path) or {}
            texts += [str(pair["text"]) for pair in document.get("pairs") or []]
            for item in document.get("nlu") or []:
                texts += [plain_text(line) for line in _lines(item.get("examples"))]
    return texts


def _lexicon(training: Any) -> Any:
    from nlu.lexicon import Lexicon
    from nlu.lexicon_extractor import lexicon_entries

    return Lexicon(lexicon_entries(training))


def _lines(examples: Any) -> list[str]:
    if not isinstance(examples, str):
        return []
    return [line.strip()[2:].strip() for line in examples.splitlines() if line.strip().startswith("- ")]


def _read_examples(path: Path) -> list[tuple[str, str]]:
    """(intent, annotated example) pairs of a corrections file, in order; empty when there is none."""
    if not path.exists():
        return []
    document = read_yaml(path) or {}
    return [(str(i["intent"]), line) for i in document.get("nlu") or [] if "intent" in i for line in _lines(i.get("examples"))]


def plain_text(line: str) -> str:
    """An example without its entity annotations, as Rasa reads it."""
    return _ANNOTATION.sub(lambda m: m.group(1), line)


def _line_synonyms(line: str) -> dict[str, str]:
    found = {}
    for match in re.finditer(r"\[([^\]]+)\]\{([^}]*)\}", line):
        try:
            found[match.group(1)] = str(json.loads("{" + match.group(2) + "}")["value"])
        except (ValueError, KeyError):
            continue
    return found


def _one_line(text: str) -> str:
    return " ".join(text.split())


def annotate(
    text: str, entities: list[dict[str, Any]], lexicon: Any, synonyms: dict[str, str]
) -> tuple[str, list[dict[str, Any]]]:
    """The example with each stated value annotated where the message says it; (line, values left out).

    ``[value](entity)`` where the words are the value itself, else ``[words]{"entity": …, "value": …}``;
    a value the message does not say in words (a situation read from cues), or whose words Rasa already
    maps to another value, is left out rather than taught wrongly.
    """
    from nlu.lexicon import message_words

    matches = lexicon.find(message_words(text))
    spans: list[tuple[int, int, dict[str, Any]]] = []
    missing = []
    for entity in entities:
        span = _span(text, entity, matches)
        if span is None or any(s < span[1] and span[0] < e for s, e, _ in spans):
            missing.append(entity)
            continue
        words, value = text[span[0] : span[1]], str(entity["value"])
        if words != value and synonyms.get(words, value) != value:
            missing.append(entity)
            continue
        if words != value:
            synonyms[words] = value
        spans.append((*span, entity))
    line = text
    for start, end, entity in sorted(spans, key=lambda s: s[0], reverse=True):
        words, value = line[start:end], str(entity["value"])
        if words == value:
            marked = f"[{words}]({entity['entity']})"
        else:
            marked = f"[{words}]" + json.dumps({"entity": entity["entity"], "value": value}, ensure_ascii=False)
        line = line[:start] + marked + line[end:]
    return line, missing


def _span(text: str, entity: dict[str, Any], matches: list[Any]) -> tuple[int, int] | None:
    """Where the message says the value: the value itself, a lexicon spelling of it, or the predicted place."""
    name, value = entity["entity"], str(entity["value"])
    literal = re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text, re.IGNORECASE) if value else None
    if literal:
        return literal.span()
    for match in matches:
        if match.entity == name and match.value == value:
            return match.start, match.end
    start, end = entity.get("start"), entity.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text) and text[start:end].strip():
        return start, end
    return None


def render(variety: str, examples: list[tuple[str, str]]) -> str:
    """A Rasa NLU file of ``examples`` grouped by intent, each group tagged with ``variety``."""
    by_intent: dict[str, list[str]] = {}
    for intent, line in examples:
        by_intent.setdefault(intent, []).append(line)
    blocks = [
        f"- intent: {intent}\n  metadata:\n    variety: {variety}\n  examples: |\n"
        + "".join(f"    - {line}\n" for line in lines)
        for intent, lines in sorted(by_intent.items())
    ]
    header = "# Reviewers' corrections, written by `hirfa review export`, which merges into this file.\n"
    return header + 'version: "3.1"\nnlu:\n' + "".join(blocks)
