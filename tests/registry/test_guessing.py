"""Guessing a status pair: misses counted per sender, reference and CIN, as keyed hashes kept across forget_me."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from registry import lookup_guard, queries
from registry.db import Registry
from registry.models import LookupMiss

UTC = dt.timezone.utc
START = dt.datetime(2026, 12, 10, 8, 0, tzinfo=UTC)
SECRET = "test-hash-key"
REAL_CINS = [f"K{400000 + i}" for i in range(5)]
# Where each real CIN sits in the guesser's list of candidates: reached after 500 guesses.
REAL_AT = 100


def make_requests(registry: Registry) -> list[str]:
    references = []
    with registry.session() as session:
        for i, cin in enumerate(REAL_CINS):
            request = queries.create_request(
                session,
                full_name=f"Artisan {i}",
                cin=cin,
                phone="0612345678",
                trade_code="ZELLIGE",
                trade_text=None,
                city_name="Fès",
                category="practice",
                conversation_id=f"owner-{i}",
                consent_at=START,
            )
            references.append(request.reference)
    return references


def guesses(references: list[str]) -> list[tuple[str, str, str, dt.datetime]]:
    """1,000 guesses from 50 senders over two hours: each known reference with 200 CINs, the right one among them."""
    made = []
    for number in range(1000):
        target, attempt = number % 5, number // 5
        cin = REAL_CINS[target] if attempt == REAL_AT else f"K{500000 + attempt * 7 + target}"
        made.append(
            (f"guesser-{number % 50}", references[target], cin, START + dt.timedelta(seconds=7.2 * number))
        )
    return made


def test_1000_guesses_from_50_senders_find_nothing(registry: Registry) -> None:
    references = make_requests(registry)
    attack = guesses(references)
    with registry.session() as session:
        # The guesses would find every request if nothing slowed them: the test can fail.
        assert sum(queries.find_request(session, ref, cin) is not None for _, ref, cin, _ in attack) == 5
    found, checked = 0, 0
    for sender, reference, cin, at in attack:
        with registry.session() as session:
            outcome = lookup_guard.look_up(session, SECRET, sender, reference, cin, at)
            found += outcome.request is not None
            checked += not outcome.paused
    assert found == 0
    # Each reference was checked 3 times, then after pauses of 15, 30 and 60 minutes: 6 times in two hours.
    assert checked == 5 * 6


def test_the_sender_reference_and_cin_are_each_counted(registry: Registry) -> None:
    (reference, *_) = make_requests(registry)
    at = START
    with registry.session() as session:
        for cin in ("Z1", "Z2", "Z3"):
            assert lookup_guard.look_up(session, SECRET, "s-1", reference, cin, at).request is None
        # A new account cannot go on with that reference, ...
        assert lookup_guard.look_up(session, SECRET, "s-2", reference, "Z4", at).paused
        # ... nor the first sender with another reference, nor anyone with a CIN tried three times.
        assert lookup_guard.look_up(session, SECRET, "s-1", "H-2345AB", "Z9", at).paused
        for sender in ("s-3", "s-4", "s-5"):
            lookup_guard.look_up(session, SECRET, sender, f"H-{sender[-1]}{sender[-1]}23CD", "ZZ99", at)
        assert lookup_guard.look_up(session, SECRET, "s-6", "H-7777EF", "ZZ99", at).paused
        # The owner with their own pair, from their own account, after the pause: found.
        later = at + lookup_guard.FIRST_PAUSE
        assert lookup_guard.look_up(session, SECRET, "owner-0", reference, REAL_CINS[0], later).request


def test_pauses_double_with_every_miss_up_to_a_day() -> None:
    pauses = [lookup_guard.pause(n) for n in range(1, 11)]
    assert pauses[:2] == [dt.timedelta(0)] * 2
    assert pauses[2:6] == [dt.timedelta(minutes=m) for m in (15, 30, 60, 120)]
    assert lookup_guard.pause(50) == lookup_guard.LONGEST_PAUSE == dt.timedelta(hours=24)


def test_misses_are_keyed_hashes_that_outlive_forget_me(registry: Registry) -> None:
    (reference, *_) = make_requests(registry)
    with registry.session() as session:
        for cin in ("Z1", "Z2", "Z3"):
            lookup_guard.look_up(session, SECRET, "tg-123456", reference, cin, START)
        keys = session.scalars(select(LookupMiss.key)).all()
        assert len(keys) == 9 and all(len(key) == 64 for key in keys)
        assert not any(value in key for key in keys for value in ("123456", reference, "Z1"))
        assert set(lookup_guard.miss_keys("another key", "tg-123456", reference, "Z1")).isdisjoint(keys)
        queries.delete_conversation_data(session, "tg-123456")
    with registry.session() as session:
        assert lookup_guard.look_up(session, SECRET, "tg-123456", "H-2345AB", "Z8", START).paused
