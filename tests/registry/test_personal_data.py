"""CIN and phone encrypted at rest, found by a keyed hash; the migration converts stored requests both ways."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import create_engine, text

from registry import pending_keys, personal_data, queries
from registry.db import Registry
from registry.migrate import downgrade, upgrade
from registry.personal_data import DataKeys, MissingKey, UnreadableValue

UTC = dt.timezone.utc
CONSENT = dt.datetime(2026, 11, 29, 10, 30, tzinfo=UTC)
CIN, PHONE = "AB123456", "0612345678"


@pytest.fixture
def test_keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[DataKeys]:
    """Keys of this test's own, in the environment and in use."""
    data_key, hash_key = Fernet.generate_key().decode(), "hash-key-of-this-test"
    monkeypatch.setenv("HIRFA_DATA_KEY", data_key)
    monkeypatch.setenv("HIRFA_HASH_KEY", hash_key)
    keys = DataKeys.from_values(data_key, hash_key)
    personal_data.use_keys(keys)
    yield keys
    personal_data.use_keys(None)


def make_request(registry: Registry, cin: str = "ab 123456") -> str:
    with registry.session() as session:
        return queries.create_request(
            session,
            full_name="Fatima Zahra Bennani",
            cin=cin,
            phone=PHONE,
            trade_code="ZELLIGE",
            trade_text="zlij",
            city_name="Fès",
            category="practice",
            conversation_id="conv-personal",
            consent_at=CONSENT,
        ).reference


def raw_row(url: str, reference: str) -> dict:
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as connection:
            row = connection.execute(
                text("SELECT * FROM registration_requests WHERE reference = :reference"), {"reference": reference}
            ).one()
            return dict(row._mapping)
    finally:
        engine.dispose()


def test_cin_and_phone_are_stored_encrypted_and_read_back_in_clear(
    registry: Registry, seeded_db: str, test_keys: DataKeys
) -> None:
    reference = make_request(registry)
    stored = raw_row(seeded_db, reference)
    assert CIN not in str(stored) and PHONE not in str(stored) and "123456" not in str(stored)
    assert test_keys.unseal(stored["cin"]) == CIN and test_keys.unseal(stored["phone"]) == PHONE
    assert stored["cin_hash"] == test_keys.cin_hash(CIN) and len(stored["cin_hash"]) == 64
    with registry.session() as session:
        request = queries.find_request(session, reference, "AB 123456")
        assert (request.cin, request.phone, request.full_name) == (CIN, PHONE, "Fatima Zahra Bennani")


def test_the_same_cin_is_never_stored_twice_the_same_way(registry: Registry, seeded_db: str, test_keys) -> None:
    first, second = make_request(registry), make_request(registry)
    one, two = raw_row(seeded_db, first), raw_row(seeded_db, second)
    assert one["cin"] != two["cin"] and one["phone"] != two["phone"]
    assert one["cin_hash"] == two["cin_hash"]  # what a lookup compares


@pytest.mark.parametrize("typed", ["AB123456", "ab 123456", " AB 12 34 56 "])
def test_a_lookup_by_reference_and_cin_finds_the_request_by_the_hash(registry: Registry, test_keys, typed) -> None:
    reference = make_request(registry)
    with registry.session() as session:
        assert queries.find_request(session, reference, typed).reference == reference
        assert queries.find_request(session, reference, "AB123457") is None


def test_the_hash_depends_on_the_key_and_differs_from_the_lookup_counters() -> None:
    from registry.lookup_guard import miss_keys

    one, other = DataKeys.from_values(Fernet.generate_key().decode(), "k1"), DataKeys.from_values(
        Fernet.generate_key().decode(), "k2"
    )
    assert one.cin_hash(CIN) != other.cin_hash(CIN)
    assert one.cin_hash(CIN) not in miss_keys("k1", "sender", "", CIN)


def test_a_value_encrypted_under_a_key_no_longer_listed_cannot_be_read(test_keys: DataKeys) -> None:
    token = test_keys.seal(CIN)
    stranger = DataKeys.from_values(Fernet.generate_key().decode(), "hash")
    with pytest.raises(UnreadableValue):
        stranger.unseal(token)


def test_a_new_key_listed_first_encrypts_and_the_old_one_still_decrypts() -> None:
    old_key, new_key = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    old_token = DataKeys.from_values(old_key, "h").seal(CIN)
    rotated = DataKeys.from_values(f"{new_key}, {old_key}", "h")
    assert rotated.unseal(old_token) == CIN
    assert DataKeys.from_values(new_key, "h").unseal(rotated.seal(PHONE)) == PHONE


@pytest.mark.parametrize(("data_key", "hash_key"), [("", "h"), ("  ", "h"), (Fernet.generate_key().decode(), "")])
def test_writing_a_request_without_its_keys_says_which_is_missing(data_key: str, hash_key: str) -> None:
    with pytest.raises(MissingKey, match="HIRFA_DATA_KEY" if not data_key.strip() else "HIRFA_HASH_KEY"):
        DataKeys.from_values(data_key, hash_key)


def test_a_malformed_data_key_is_refused_when_the_settings_are_read() -> None:
    from hirfa.settings import Settings, SettingsError

    with pytest.raises(SettingsError, match="HIRFA_DATA_KEY"):
        Settings.from_env({"HIRFA_DATA_KEY": "not-a-key"})
    key = Fernet.generate_key().decode()
    assert Settings.from_env({"HIRFA_DATA_KEY": f"{key},{Fernet.generate_key().decode()}"}).data_key.startswith(key)


def test_the_migration_encrypts_the_stored_requests_and_its_downgrade_decrypts_them(tmp_path, test_keys) -> None:
    url = f"sqlite:///{tmp_path / 'hirfa.db'}"
    upgrade(url, "0009")
    engine = create_engine(url, future=True)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO registration_requests (reference, full_name, cin, phone, city_name, region_code, "
                "category, consent_at, status, created_at, updated_at, conversation_id) VALUES ('H-7K2P9Q', "
                "'Fatima Zahra Bennani', 'AB123456', '0612345678', 'Fès', 'FM', 'practice', '2026-11-29 10:30:00', "
                "'received', '2026-11-29 10:30:00', '2026-11-29 10:30:00', 'conv-old')"
            )
        )
    upgrade(url)
    stored = raw_row(url, "H-7K2P9Q")
    assert CIN not in str(stored) and PHONE not in str(stored)
    assert stored["cin_hash"] == test_keys.cin_hash(CIN)
    registry = Registry.from_url(url)
    with registry.session() as session:
        found = queries.find_request(session, "h-7k2p9q", "ab123456")
        assert (found.cin, found.phone) == (CIN, PHONE)
    registry.dispose()
    downgrade(url, "0009")
    back = raw_row(url, "H-7K2P9Q")
    assert (back["cin"], back["phone"]) == (CIN, PHONE) and "cin_hash" not in back
    engine.dispose()


def test_the_migration_needs_no_key_when_there_is_nothing_to_convert(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("HIRFA_DATA_KEY", raising=False)
    url = f"sqlite:///{tmp_path / 'hirfa.db'}"
    upgrade(url)
    downgrade(url, "0009")


def test_the_migration_refuses_to_convert_rows_without_a_key(tmp_path, monkeypatch) -> None:
    url = f"sqlite:///{tmp_path / 'hirfa.db'}"
    upgrade(url, "0009")
    engine = create_engine(url, future=True)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO registration_requests (reference, full_name, cin, phone, city_name, region_code, "
                "category, consent_at, status, created_at, updated_at, conversation_id) VALUES ('H-7K2P9Q', 'F B', "
                "'AB123456', '0612345678', 'Fès', 'FM', 'practice', '2026-11-29', 'received', '2026-11-29', "
                "'2026-11-29', 'c')"
            )
        )
    engine.dispose()
    monkeypatch.delenv("HIRFA_DATA_KEY", raising=False)
    with pytest.raises(MissingKey, match="HIRFA_DATA_KEY"):
        upgrade(url)


# --- the keys of answers pending consent --------------------------------------------------


NOW = dt.datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


def test_a_pending_key_is_made_once_then_reused_until_it_expires(empty_registry: Registry) -> None:
    with empty_registry.session() as session:
        key = pending_keys.make_key(session, "chat-1", NOW)
        assert pending_keys.make_key(session, "chat-1", NOW + dt.timedelta(minutes=59)) == key
        assert pending_keys.current_key(session, "chat-1", NOW + dt.timedelta(minutes=59)) == key
        assert pending_keys.current_key(session, "chat-1", NOW + pending_keys.LIFETIME) is None
        # Looked at after its expiry, it is gone for good.
        assert pending_keys.current_key(session, "chat-1", NOW) is None
        assert pending_keys.current_key(session, "chat-2", NOW) is None
        Fernet(key.encode())  # a usable key
    with empty_registry.session() as session:
        renewed = pending_keys.make_key(session, "chat-1", NOW + dt.timedelta(hours=2))
        assert renewed != key and pending_keys.current_key(session, "chat-1", NOW + dt.timedelta(hours=2)) == renewed


def test_making_a_key_drops_every_expired_one_and_delete_forgets_it(empty_registry: Registry) -> None:
    with empty_registry.session() as session:
        pending_keys.make_key(session, "old", NOW)
        pending_keys.make_key(session, "kept", NOW + dt.timedelta(minutes=30))
        pending_keys.make_key(session, "new", NOW + dt.timedelta(minutes=61))
        assert pending_keys.current_key(session, "kept", NOW + dt.timedelta(minutes=61)) is not None
        assert pending_keys.delete_expired(session, NOW + dt.timedelta(minutes=61)) == 0  # "old" went already
        assert pending_keys.delete_key(session, "kept") == 1
        assert pending_keys.current_key(session, "kept", NOW + dt.timedelta(minutes=61)) is None


def test_forgetting_a_conversation_deletes_its_pending_key(empty_registry: Registry) -> None:
    with empty_registry.session() as session:
        pending_keys.make_key(session, "forgotten", NOW)
        queries.delete_conversation_data(session, "forgotten")
        assert pending_keys.current_key(session, "forgotten", NOW) is None
