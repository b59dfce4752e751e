"""The editors' workflow: drafts checked like the import, review by another editor, rollback, history, diffs."""

from __future__ import annotations

import datetime as dt

import pytest

from hirfa.settings import Settings, SettingsError
from registry import content
from registry import content_workflow as workflow
from registry.content import CHECKED_LINE, MAX_TEXT
from registry.content_workflow import Chunk, RefusedChange
from registry.db import Registry
from tests.registry.content_records import TOPIC, record, without

AUTHOR, REVIEWER = "author@example.org", "reviewer@example.org"


def published_text(registry: Registry, language: str = "fr") -> str | None:
    with registry.session() as session:
        row = content.published(session, TOPIC)
        return getattr(row, f"text_{language}") if row else None


def draft(registry: Registry, editor: str = AUTHOR, **changes) -> int:
    with registry.session() as session:
        return workflow.save_draft(session, record(**changes), editor).version


def published_version(registry: Registry, **changes) -> int:
    """A version written by AUTHOR, approved by REVIEWER."""
    version = draft(registry, **changes)
    with registry.session() as session:
        workflow.submit(session, TOPIC, version, AUTHOR)
        workflow.approve(session, TOPIC, version, REVIEWER)
    return version


# --- drafts ----------------------------------------------------------------------------------


def test_a_draft_is_a_new_version_by_its_editor(empty_registry: Registry) -> None:
    assert draft(empty_registry) == 1
    assert draft(empty_registry, text={"fr": "Vous payez {amount} DH chaque mois depuis {year}."}) == 2
    with empty_registry.session() as session:
        rows = workflow.history(session, TOPIC)
        assert [(r.version, r.status, r.created_by) for r in rows] == [
            (2, "draft", AUTHOR),
            (1, "draft", AUTHOR),
        ]
        # A draft is not what users get.
        assert content.published(session, TOPIC) is None


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"text": {"ary": ""}}, "text.ary: is missing or empty"),
        ({"source": {"fr": ""}}, "source.fr: is missing or empty"),
        ({"verified_on": ""}, "verified_on: is required"),
        ({"verified_on": "01/03/2024"}, "is not a date written YYYY-MM-DD"),
        ({"text": {"fr": "Vous payez {amount} DH."}}, "the languages use different placeholders"),
        ({"text": {"fr": "x" * MAX_TEXT}}, "more than one Telegram message"),
        ({"source": {"ar": "shared/DOMAIN.md §2"}}, "names a file"),
    ],
)
def test_an_invalid_draft_is_refused_with_its_problems(empty_registry: Registry, changes, expected) -> None:
    with pytest.raises(RefusedChange) as refused:
        draft(empty_registry, **changes)
    assert any(expected in str(problem) for problem in refused.value.problems), refused.value.problems
    with empty_registry.session() as session:
        assert workflow.history(session, TOPIC) == []


def test_a_draft_without_a_reference_is_refused(empty_registry: Registry) -> None:
    with empty_registry.session() as session, pytest.raises(RefusedChange, match="reference"):
        workflow.save_draft(session, without(record(), "reference"), AUTHOR)


def test_a_draft_that_changes_nothing_is_refused(empty_registry: Registry) -> None:
    draft(empty_registry)
    with pytest.raises(RefusedChange, match="nothing changed"):
        draft(empty_registry)


def test_a_new_topic_must_be_new(empty_registry: Registry) -> None:
    draft(empty_registry)
    with empty_registry.session() as session, pytest.raises(RefusedChange, match="already exists"):
        workflow.create_topic(session, record(text={"fr": "Autre {amount} {year}"}), AUTHOR)


def test_the_message_length_rule_is_the_imports() -> None:
    text = "Vous payez {amount} DH."
    assert (
        content.message_length(text, {"amount": 135}, "CNSS") == len("Vous payez 135 DH.") + CHECKED_LINE + 4
    )
    with pytest.raises(KeyError):
        content.message_length(text, {}, "CNSS")


# --- the review -------------------------------------------------------------------------------


def test_publishing_needs_a_second_editor(empty_registry: Registry) -> None:
    version = draft(empty_registry)
    with empty_registry.session() as session, pytest.raises(RefusedChange, match="not draft|is draft"):
        workflow.approve(session, TOPIC, version, REVIEWER)
    with empty_registry.session() as session:
        workflow.submit(session, TOPIC, version, AUTHOR)
    with empty_registry.session() as session, pytest.raises(RefusedChange, match="another editor"):
        workflow.approve(session, TOPIC, version, AUTHOR)
    assert published_text(empty_registry) is None
    with empty_registry.session() as session:
        row = workflow.approve(session, TOPIC, version, REVIEWER)
        assert (row.status, row.reviewed_by) == ("published", REVIEWER)
        assert row.reviewed_at is not None
    assert published_text(empty_registry) == "Vous payez {amount} DH par mois depuis {year}."


def test_a_published_change_is_what_the_registry_answers(empty_registry: Registry) -> None:
    published_version(empty_registry)
    published_version(empty_registry, text={"fr": "Depuis {year}, vous payez {amount} DH par mois."})
    assert published_text(empty_registry) == "Depuis {year}, vous payez {amount} DH par mois."
    # A newer draft does not change what users get.
    draft(empty_registry, text={"fr": "Brouillon {amount} {year}"})
    assert published_text(empty_registry) == "Depuis {year}, vous payez {amount} DH par mois."


def test_sending_back_needs_a_note_and_returns_a_draft(empty_registry: Registry) -> None:
    version = draft(empty_registry)
    with empty_registry.session() as session:
        workflow.submit(session, TOPIC, version, AUTHOR)
    with empty_registry.session() as session, pytest.raises(RefusedChange, match="note is required"):
        workflow.send_back(session, TOPIC, version, REVIEWER, "   ")
    with empty_registry.session() as session:
        row = workflow.send_back(session, TOPIC, version, REVIEWER, "Le montant a changé en 2025.")
        assert (row.status, row.reviewed_by, row.review_note) == (
            "draft",
            REVIEWER,
            "Le montant a changé en 2025.",
        )
    with empty_registry.session() as session, pytest.raises(RefusedChange, match="not in_review"):
        workflow.approve(session, TOPIC, version, REVIEWER)
    assert published_text(empty_registry) is None


def test_an_older_version_cannot_be_published_over_a_newer_one(empty_registry: Registry) -> None:
    old = draft(empty_registry)
    with empty_registry.session() as session:
        workflow.submit(session, TOPIC, old, AUTHOR)
    published_version(empty_registry, text={"fr": "Vous payez {amount} DH/mois depuis {year}."})
    with empty_registry.session() as session, pytest.raises(RefusedChange, match="already published"):
        workflow.approve(session, TOPIC, old, REVIEWER)


# --- rollback and history --------------------------------------------------------------------


def test_rollback_is_a_new_published_version(empty_registry: Registry) -> None:
    first = published_version(empty_registry)
    published_version(empty_registry, text={"fr": "Texte faux {amount} {year}."})
    with empty_registry.session() as session:
        row = workflow.rollback(session, TOPIC, first, AUTHOR)
        assert (row.version, row.status, row.created_by) == (3, "published", AUTHOR)
    assert published_text(empty_registry) == "Vous payez {amount} DH par mois depuis {year}."
    with empty_registry.session() as session:
        assert [r.version for r in workflow.history(session, TOPIC)] == [3, 2, 1]
        # What users get already says this: nothing to restore.
        with pytest.raises(RefusedChange, match="already says this"):
            workflow.rollback(session, TOPIC, first, AUTHOR)


def test_a_never_published_version_cannot_be_rolled_back_to(empty_registry: Registry) -> None:
    published_version(empty_registry)
    unreviewed = draft(empty_registry, text={"fr": "Jamais relu {amount} {year}."})
    with empty_registry.session() as session, pytest.raises(RefusedChange, match="never published"):
        workflow.rollback(session, TOPIC, unreviewed, AUTHOR)
    assert published_text(empty_registry) == "Vous payez {amount} DH par mois depuis {year}."


def test_the_diff_is_per_language_and_word_by_word(empty_registry: Registry) -> None:
    draft(empty_registry)
    draft(
        empty_registry,
        text={"fr": "Vous payez {amount} DH chaque mois depuis {year}."},
        verified_on="2025-01-02",
    )
    with empty_registry.session() as session:
        old, new = workflow.version_of(session, TOPIC, 1), workflow.version_of(session, TOPIC, 2)
        changes = workflow.diff_versions(old, new)
    assert changes.changed
    assert [c for c in changes.texts["fr"] if c.kind != "equal"] == [
        Chunk("delete", "par"),
        Chunk("insert", "chaque"),
    ]
    assert "".join(c.text for c in changes.texts["fr"] if c.kind != "insert") == old.text_fr
    assert "".join(c.text for c in changes.texts["fr"] if c.kind != "delete") == new.text_fr
    assert all(c.kind == "equal" for c in changes.texts["ar"])
    assert changes.fields == {"verified_on": ("2024-03-01", "2025-01-02")}
    assert not workflow.diff_versions(old, old).changed


def test_markup_in_a_text_stays_text_in_the_diff() -> None:
    chunks = workflow.diff_text("a <b>", "a <script>x</script>")
    assert Chunk("insert", "<script>x</script>") in chunks


# --- staleness -----------------------------------------------------------------------------


def test_stale_before_counts_calendar_months() -> None:
    assert workflow.stale_before(dt.date(2026, 5, 15), 12) == dt.date(2025, 5, 15)
    assert workflow.stale_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert workflow.stale_before(dt.date(2026, 1, 10), 3) == dt.date(2025, 10, 10)


def test_a_topic_is_stale_by_its_published_date(empty_registry: Registry) -> None:
    published_version(empty_registry, verified_on="2024-03-01")
    # A fresher draft does not make what users read any fresher.
    draft(empty_registry, verified_on="2026-05-01")
    with empty_registry.session() as session:
        draft_topic = record("amo.what", verified_on="2026-05-01")
        workflow.save_draft(session, draft_topic, AUTHOR)
        states = {s.topic: s for s in workflow.topics(session, dt.date(2026, 5, 15), 12)}
    assert states[TOPIC].stale and states[TOPIC].verified_on == dt.date(2024, 3, 1)
    assert states[TOPIC].newest.version == 2 and states[TOPIC].published.version == 1
    assert not states["amo.what"].stale and states["amo.what"].published is None
    with empty_registry.session() as session:
        assert not {s.topic: s for s in workflow.topics(session, dt.date(2026, 5, 15), 36)}[TOPIC].stale


def test_stale_months_comes_from_the_settings() -> None:
    assert Settings.from_env({}).stale_months == 12
    assert Settings.from_env({"HIRFA_STALE_MONTHS": "6"}).stale_months == 6
    for wrong in ("six", "0"):
        with pytest.raises(SettingsError, match="HIRFA_STALE_MONTHS"):
            Settings.from_env({"HIRFA_STALE_MONTHS": wrong})
