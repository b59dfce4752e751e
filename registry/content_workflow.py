"""The editors' workflow for content: draft → in review → published, history, diffs and rollback.

Every change is a new version (see registry.content) except the moves of one version through
the review: submitting, approving and sending back change its status and its review columns.
A version is published only when an editor other than its author approved it, so nothing
reaches users unchecked by a second person. The caller's session commits.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from registry.content import (
    CONTENT_LANGUAGES,
    columns_of,
    latest,
    published,
    record_of,
    validate_record,
)
from registry.errors import RegistryError
from registry.models import ContentVersion
from registry.problems import Problem, problem
from registry.types import utc_now

MAX_NOTE = 2000


class RefusedChange(RegistryError):
    """A workflow step the rules do not allow; ``problems`` says why (str() of each: in English)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(map(str, problems)))
        self.problems = list(problems)


# --- drafts and the review ---------------------------------------------------------------


def save_draft(session: Session, record: Mapping[str, Any], editor: str) -> ContentVersion:
    """A new draft version of the record's topic by ``editor``; RefusedChange with the problems if invalid.

    The record is checked with the import's rules (registry.content.validate_record), whatever
    status it says: a draft that could not be published is refused now, not at the review.
    """
    record = {**record, "status": "draft"}
    problems = validate_record(record)
    if problems:
        raise RefusedChange(problems)
    columns = columns_of(record)
    newest = latest(session, columns["topic"])
    if newest is not None and _same_content(newest, columns):
        raise RefusedChange([problem("nothing_changed", None, columns["topic"], version=newest.version)])
    return _add(session, columns, newest, editor)


def create_topic(session: Session, record: Mapping[str, Any], editor: str) -> ContentVersion:
    """The first version (a draft) of a new topic; RefusedChange if the topic exists or the record is invalid."""
    topic = record.get("topic")
    if isinstance(topic, str) and latest(session, topic.strip()) is not None:
        raise RefusedChange([problem("already_exists", "topic", topic.strip())])
    return save_draft(session, record, editor)


def submit(session: Session, topic: str, version: int, editor: str) -> ContentVersion:
    """Put a draft up for review by another editor."""
    row = _version(session, topic, version)
    _expect(row, "draft")
    row.status = "in_review"
    row.reviewed_by = row.reviewed_at = None
    session.flush()
    return row


def approve(session: Session, topic: str, version: int, editor: str) -> ContentVersion:
    """Publish a version in review; its author may not approve it, and it must still be valid."""
    row = _version(session, topic, version)
    _expect(row, "in_review")
    if row.created_by == editor:
        raise RefusedChange([problem("author_cannot_approve", None, topic, version=version)])
    current = published(session, topic)
    if current is not None and current.version > row.version:
        # The assistant answers with the newest published version: this one would never be seen.
        raise RefusedChange([problem("newer_published", None, topic, version=current.version)])
    problems = validate_record({**record_of(row), "status": "published"})
    if problems:
        raise RefusedChange(problems)
    row.status = "published"
    row.reviewed_by = editor
    row.reviewed_at = utc_now()
    session.flush()
    return row


def send_back(session: Session, topic: str, version: int, editor: str, note: str) -> ContentVersion:
    """Return a version in review to its author as a draft, with the reviewer's note (required)."""
    row = _version(session, topic, version)
    _expect(row, "in_review")
    note = (note or "").strip()
    if not note:
        raise RefusedChange([problem("note_required", None, topic, version=version)])
    if len(note) > MAX_NOTE:
        raise RefusedChange([problem("note_too_long", None, topic, version=version, number=MAX_NOTE)])
    row.status = "draft"
    row.reviewed_by = editor
    row.reviewed_at = utc_now()
    row.review_note = note
    session.flush()
    return row


def rollback(session: Session, topic: str, version: int, editor: str) -> ContentVersion:
    """A new published version saying again what published version ``version`` said.

    No second review: only a version that was itself published (so approved by a second
    editor, or loaded by the ministry's import) can be restored, and a rollback is what an
    editor reaches for when a wrong fact is live — waiting for a colleague would keep it live.
    Its texts are checked again with today's rules all the same.
    """
    old = _version(session, topic, version)
    if old.status != "published":
        raise RefusedChange([problem("never_published", None, topic, version=version)])
    current = published(session, topic)
    record = {**record_of(old), "status": "published"}
    problems = validate_record(record)
    if problems:
        raise RefusedChange(problems)
    columns = columns_of(record)
    if current is not None and _same_content(current, columns):
        raise RefusedChange([problem("already_says_this", None, topic, version=current.version)])
    return _add(session, columns, latest(session, topic), editor)


def history(session: Session, topic: str) -> list[ContentVersion]:
    """Every version of ``topic``, newest first."""
    return list(
        session.scalars(
            select(ContentVersion)
            .where(ContentVersion.topic == topic)
            .order_by(ContentVersion.version.desc())
        )
    )


def version_of(session: Session, topic: str, version: int) -> ContentVersion | None:
    """Version ``version`` of ``topic``, or None."""
    return session.scalar(
        select(ContentVersion).where(ContentVersion.topic == topic, ContentVersion.version == version)
    )


def _version(session: Session, topic: str, version: int) -> ContentVersion:
    row = version_of(session, topic, version)
    if row is None:
        raise RefusedChange([problem("no_such_version", None, topic, version=version)])
    return row


def _expect(row: ContentVersion, status: str) -> None:
    if row.status != status:
        raise RefusedChange(
            [problem("wrong_status", None, row.topic, version=row.version, status=row.status, expected=status)]
        )


def _same_content(version: ContentVersion, columns: Mapping[str, Any]) -> bool:
    """Whether ``version`` says what ``columns`` say (status aside)."""
    stored = columns_of(record_of(version))
    return {k: v for k, v in stored.items() if k != "status"} == {
        k: v for k, v in columns.items() if k != "status"
    }


def _add(
    session: Session, columns: Mapping[str, Any], newest: ContentVersion | None, editor: str
) -> ContentVersion:
    row = ContentVersion(
        **columns,
        version=(newest.version + 1) if newest else 1,
        created_at=utc_now(),
        created_by=editor,
    )
    session.add(row)
    session.flush()
    return row


# --- topics at a glance --------------------------------------------------------------------


@dataclass(frozen=True)
class TopicState:
    """What the content list shows of a topic: its newest version, the published one, staleness."""

    newest: ContentVersion
    published: ContentVersion | None
    stale: bool

    @property
    def topic(self) -> str:
        return self.newest.topic

    @property
    def verified_on(self) -> dt.date:
        """The date users are shown (the published version's), else the newest draft's."""
        return (self.published or self.newest).verified_on


def stale_before(today: dt.date, months: int) -> dt.date:
    """The first day that is not stale: ``today`` ``months`` calendar months back (clamped to the month's end)."""
    total = today.year * 12 + today.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    return dt.date(year, month, min(today.day, calendar.monthrange(year, month)[1]))


def topics(session: Session, today: dt.date, stale_months: int) -> list[TopicState]:
    """Every topic by name, with its newest and newest published versions and whether it is stale."""
    limit = stale_before(today, stale_months)
    newest: dict[str, ContentVersion] = {}
    shown: dict[str, ContentVersion] = {}
    for row in session.scalars(select(ContentVersion).order_by(ContentVersion.topic, ContentVersion.version)):
        newest[row.topic] = row
        if row.status == "published":
            shown[row.topic] = row
    states = []
    for topic, row in newest.items():
        verified = (shown.get(topic) or row).verified_on
        states.append(TopicState(row, shown.get(topic), verified < limit))
    return states


# --- differences -------------------------------------------------------------------------

# Words and the spaces between them, so that a change shows as the words it touched.
_TOKENS = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True)
class Chunk:
    """A piece of a diff: ``kind`` is "equal", "insert" or "delete"; ``text`` is shown as text, escaped."""

    kind: str
    text: str


@dataclass
class VersionDiff:
    """What changed from one version to another: texts and sources word by word, other fields whole."""

    texts: dict[str, list[Chunk]] = field(default_factory=dict)
    sources: dict[str, list[Chunk]] = field(default_factory=dict)
    # field name → (old, new), only for the fields that changed
    fields: dict[str, tuple[str, str]] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.fields) or any(
            chunk.kind != "equal"
            for chunks in (*self.texts.values(), *self.sources.values())
            for chunk in chunks
        )


def diff_text(old: str, new: str) -> list[Chunk]:
    """``old`` to ``new`` word by word, as chunks to show (equal, deleted, inserted)."""
    a, b = _TOKENS.findall(old or ""), _TOKENS.findall(new or "")
    chunks: list[Chunk] = []
    for operation, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if operation == "equal":
            chunks.append(Chunk("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            chunks.append(Chunk("delete", "".join(a[i1:i2])))
        if j2 > j1:
            chunks.append(Chunk("insert", "".join(b[j1:j2])))
    return chunks


def diff_versions(old: ContentVersion, new: ContentVersion) -> VersionDiff:
    """The per-language differences of two versions of a topic."""
    result = VersionDiff()
    for language in CONTENT_LANGUAGES:
        result.texts[language] = diff_text(getattr(old, f"text_{language}"), getattr(new, f"text_{language}"))
        result.sources[language] = diff_text(
            getattr(old, f"source_{language}"), getattr(new, f"source_{language}")
        )
    before, after = record_of(old), record_of(new)
    for name in ("values", "reference", "verified_on"):
        if before[name] != after[name]:
            result.fields[name] = (_shown(before[name]), _shown(after[name]))
    return result


def _shown(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return ", ".join(f"{name}={value[name]}" for name in sorted(value)) or "—"
    return str(value)
