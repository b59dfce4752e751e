import shutil

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from registry.migrate import downgrade, upgrade
from registry.models import Base

TABLES = {
    "regions",
    "cities",
    "city_spellings",
    "offices",
    "trades",
    "trade_spellings",
    "registration_requests",
    "request_status_changes",
    "status_lookup_failures",
}
CONTENT_TABLES = {"content_versions", "unanswered_questions", "handoff_requests"}
HELP_DESK_TABLES = {
    "staff_members",
    "login_failures",
    "audit_log",
    "conversation_summaries",
    "index_marks",
    "corrections",
}
EDITOR_TABLES = {"training_examples"}
PRIVACY_TABLES = {"deletion_jobs", "lookup_misses"}
REMINDER_TABLES = {"reminders", "outreach_leases"}
ANNOUNCEMENT_TABLES = {"news_subscriptions", "announcements", "announcement_deliveries"}
EXACTLY_ONCE_TABLES = {"handled_updates", "button_payloads", "bot_inbox"}
PERSONAL_DATA_TABLES = {"pending_answer_keys"}
# 0006 replaced the lookup failures counted per sender in clear by keyed hashes (lookup_misses).
ALL_TABLES = (
    (TABLES - {"status_lookup_failures"}) | CONTENT_TABLES | HELP_DESK_TABLES | EDITOR_TABLES | PRIVACY_TABLES
    | REMINDER_TABLES | ANNOUNCEMENT_TABLES | EXACTLY_ONCE_TABLES | PERSONAL_DATA_TABLES
)


def tables(url: str) -> set[str]:
    engine = create_engine(url, future=True)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def test_upgrade_creates_the_database_and_downgrade_empties_it(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'nested' / 'hirfa.db'}"
    upgrade(url)
    assert (tmp_path / "nested" / "hirfa.db").exists()
    upgrade(url)  # running it again is harmless
    downgrade(url)
    assert tables(url) == set()


def test_round_trip_creates_every_table_and_can_be_repeated(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'hirfa.db'}"
    for _ in range(2):
        upgrade(url)
        assert tables(url) == ALL_TABLES
        downgrade(url)
        assert tables(url) == set()


def test_0002_adds_the_content_tables_and_its_downgrade_drops_only_them(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'hirfa.db'}"
    upgrade(url, "0001")
    assert tables(url) == TABLES
    upgrade(url, "0002")
    assert tables(url) == TABLES | CONTENT_TABLES
    downgrade(url, "0001")
    assert tables(url) == TABLES
    upgrade(url)
    assert tables(url) == ALL_TABLES


def test_0004_adds_the_help_desk_and_its_downgrade_keeps_handoffs(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'hirfa.db'}"
    upgrade(url, "0003")
    engine = create_engine(url, future=True)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO handoff_requests (conversation_id, language, reason, last_messages, status, created_at)"
                " VALUES ('42', 'ary', 'asked', '[]', 'open', '2026-12-01 10:00:00')"
            )
        )
    upgrade(url)
    assert tables(url) == ALL_TABLES
    with engine.begin() as connection:
        connection.execute(text("UPDATE handoff_requests SET status = 'taken'"))
    downgrade(url, "0003")
    assert tables(url) == TABLES | CONTENT_TABLES
    with engine.connect() as connection:
        assert connection.execute(text("SELECT conversation_id FROM handoff_requests")).scalars().all() == ["42"]
    engine.dispose()


def test_0002_keeps_the_rows_of_0001_both_ways(tmp_path, seeded_template) -> None:
    path = tmp_path / "hirfa.db"
    shutil.copyfile(seeded_template, path)
    url = f"sqlite:///{path}"
    downgrade(url, "0001")
    upgrade(url)
    engine = create_engine(url, future=True)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM regions")).scalar_one() == 12
        assert connection.execute(text("SELECT count(*) FROM content_versions")).scalar_one() == 0
    engine.dispose()


def test_the_migration_matches_the_models(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'hirfa.db'}"
    upgrade(url)
    engine = create_engine(url, future=True)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_the_indexes_that_lookups_rely_on_exist(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'hirfa.db'}"
    upgrade(url)
    engine = create_engine(url, future=True)
    inspector = inspect(engine)
    assert {"ix_registration_requests_conversation_id"} <= {
        i["name"] for i in inspector.get_indexes("registration_requests")
    }
    assert {"ix_lookup_misses_key", "ix_lookup_misses_failed_at"} <= {
        i["name"] for i in inspector.get_indexes("lookup_misses")
    }
    assert "ix_deletion_jobs_run_after" in {i["name"] for i in inspector.get_indexes("deletion_jobs")}
    for table, index in [
        ("content_versions", "ix_content_versions_topic"),
        ("unanswered_questions", "ix_unanswered_questions_conversation_id"),
        ("handoff_requests", "ix_handoff_requests_conversation_id"),
    ]:
        assert index in {i["name"] for i in inspector.get_indexes(table)}
    assert {"uq_content_versions_topic_version"} <= {
        u["name"] for u in inspector.get_unique_constraints("content_versions")
    }
    engine.dispose()


def content_columns(url: str) -> set[str]:
    engine = create_engine(url, future=True)
    try:
        return {c["name"] for c in inspect(engine).get_columns("content_versions")}
    finally:
        engine.dispose()


def test_0003_keeps_the_old_source_as_the_editors_reference_both_ways(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'hirfa.db'}"
    upgrade(url, "0002")
    engine = create_engine(url, future=True)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO content_versions (topic, version, status, text_ar, text_ary, text_fr, source, "
                "verified_on, created_at, created_by) VALUES ('amo.what', 1, 'published', 'أ', 'ب', 'c', "
                "'shared/DOMAIN.md §2 (medium confidence)', '2026-11-29', '2026-11-29 10:00:00', 'seed')"
            )
        )
    upgrade(url, "0003")
    assert {"reference", "source_ar", "source_ary", "source_fr"} <= content_columns(url)
    assert "source" not in content_columns(url)
    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT reference, source_ar, source_ary, source_fr, text_fr FROM content_versions")
        ).one()
    # The internal note is kept for editors; no user-facing source is invented for the old version.
    assert tuple(row) == ("shared/DOMAIN.md §2 (medium confidence)", "", "", "", "c")
    downgrade(url, "0002")
    assert "reference" not in content_columns(url) and "source_fr" not in content_columns(url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT source FROM content_versions")).scalar_one() == (
            "shared/DOMAIN.md §2 (medium confidence)"
        )
    engine.dispose()


def test_0008_adds_the_announcement_tables_and_its_downgrade_drops_only_them(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'hirfa.db'}"
    upgrade(url, "0008")
    assert ANNOUNCEMENT_TABLES <= tables(url)
    downgrade(url, "0007")
    assert not ANNOUNCEMENT_TABLES & tables(url)
    upgrade(url)
    assert ANNOUNCEMENT_TABLES <= tables(url)


def test_0007_adds_the_reminder_tables_and_its_downgrade_drops_only_them(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'hirfa.db'}"
    upgrade(url, "0006")
    before = tables(url)
    upgrade(url, "0007")
    assert tables(url) == before | REMINDER_TABLES
    downgrade(url, "0006")
    assert tables(url) == before


def test_0009_adds_who_helped_and_the_adviser_role_both_ways(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'hirfa.db'}"
    upgrade(url, "0009")
    engine = create_engine(url, future=True)
    columns = {c["name"] for c in inspect(engine).get_columns("registration_requests")}
    assert {"helper_relationship", "person_consent_at", "filed_by_staff_id"} <= columns
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO staff_members (email, password_hash, role, language, active, created_at)"
                " VALUES ('adviser@example.org', 'x', 'adviser', 'fr', 1, '2026-12-01 10:00:00')"
            )
        )
    downgrade(url, "0008")
    columns = {c["name"] for c in inspect(engine).get_columns("registration_requests")}
    assert not {"helper_relationship", "person_consent_at", "filed_by_staff_id"} & columns
    with engine.connect() as connection:
        # The old roles have no adviser: the account keeps handling requests as an agent.
        assert connection.execute(text("SELECT role FROM staff_members")).scalar_one() == "agent"
    engine.dispose()
    upgrade(url)
