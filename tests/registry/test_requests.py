import datetime as dt
import re

import pytest
from sqlalchemy import func, select

from registry import help_desk, identifiers, queries
from registry.db import Registry
from registry.errors import InvalidValue, ReferenceExhausted, UnknownCity, UnknownTrade
from registry.models import (
    HandoffRequest,
    LookupMiss,
    RegistrationRequest,
    RequestStatusChange,
    UnansweredQuestion,
)

UTC = dt.timezone.utc
CONSENT = dt.datetime(2026, 11, 29, 10, 30, tzinfo=UTC)


def new_request(session, **overrides) -> RegistrationRequest:
    values = dict(
        full_name="Fatima Zahra Bennani",
        cin="AB 123456",
        phone="0612345678",
        trade_code="ZELLIGE",
        trade_text="zlij",
        city_name="Fès",
        category="practice",
        conversation_id="conv-1",
        consent_at=CONSENT,
    )
    values.update(overrides)
    return queries.create_request(session, **values)


def count(session, model) -> int:
    return session.execute(select(func.count()).select_from(model)).scalar_one()


def test_a_request_is_routed_to_the_chamber_of_its_citys_region(registry: Registry) -> None:
    with registry.session() as session:
        request = new_request(session, city_name="Meknès")
        assert request.region_code == "FM"
        assert request.office.kind == "chamber" and request.office.region_code == "FM"
        assert request.status == "received"
        assert request.cin == "AB123456"
        assert request.consent_at == CONSENT
        assert request.created_at == request.updated_at and request.created_at.tzinfo is not None
        assert [(c.status, c.note) for c in request.history] == [("received", None)]


def test_a_request_survives_the_session_and_reads_back_the_same(registry: Registry) -> None:
    with registry.session() as session:
        reference = new_request(session).reference
    with registry.session() as session:
        request = queries.find_request(session, reference, "AB123456")
        assert request.full_name == "Fatima Zahra Bennani" and request.trade.code == "ZELLIGE"
        assert request.consent_at == CONSENT  # aware, in UTC, as given
        assert len(request.history) == 1


def test_a_request_without_a_listed_trade_keeps_what_the_person_wrote(registry: Registry) -> None:
    with registry.session() as session:
        request = new_request(session, trade_code=None, trade_text="صناعة الآلات الموسيقية")
        assert request.trade is None and request.trade_text == "صناعة الآلات الموسيقية"


def test_a_naive_consent_time_is_taken_as_utc(registry: Registry) -> None:
    with registry.session() as session:
        request = new_request(session, consent_at=dt.datetime(2026, 11, 29, 10, 30))
        assert request.consent_at == CONSENT


def test_reference_format(registry: Registry) -> None:
    with registry.session() as session:
        references = {new_request(session, conversation_id=f"c{i}").reference for i in range(30)}
    assert len(references) == 30
    for reference in references:
        assert re.fullmatch(r"H-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}", reference), reference
        assert identifiers.REFERENCE_PATTERN.fullmatch(reference)


def test_a_colliding_reference_is_drawn_again(registry: Registry, monkeypatch) -> None:
    draws = iter(["H-AAAAAA", "H-AAAAAA", "H-BBBBBB"])
    monkeypatch.setattr(queries, "new_reference", lambda: next(draws))
    with registry.session() as session:
        assert new_request(session).reference == "H-AAAAAA"
        assert new_request(session).reference == "H-BBBBBB"


def test_references_running_out_is_an_error_not_a_loop(registry: Registry, monkeypatch) -> None:
    monkeypatch.setattr(queries, "new_reference", lambda: "H-AAAAAA")
    with registry.session() as session:
        new_request(session)
        with pytest.raises(ReferenceExhausted):
            new_request(session)


@pytest.mark.parametrize(
    "overrides, error",
    [
        ({"city_name": "Paris"}, UnknownCity),
        ({"city_name": "fes"}, UnknownCity),  # the canonical name, not a spelling
        ({"trade_code": "ASTRONAUT"}, UnknownTrade),
        ({"full_name": "  "}, InvalidValue),
        ({"cin": ""}, InvalidValue),
        ({"phone": ""}, InvalidValue),
        ({"conversation_id": ""}, InvalidValue),
        ({"category": "Je suis artisan"}, InvalidValue),
    ],
)
def test_a_request_that_cannot_be_routed_is_refused(registry: Registry, overrides, error) -> None:
    with pytest.raises(error), registry.session() as session:
        new_request(session, **overrides)
    with registry.session() as session:
        assert count(session, RegistrationRequest) == 0


@pytest.mark.parametrize(
    "typed_reference, typed_cin",
    [
        ("{ref}", "AB123456"),
        ("{ref_lower}", "ab123456"),
        (" {ref} ", "AB 123 456"),
        ("{ref_no_dash}", "ab123456"),
        ("{ref_spaced}", "AB123456"),
        ("\u2068{ref_indic}\u2069", "AB123456"),
    ],
)
def test_find_request_with_the_right_pair_however_it_is_typed(
    registry: Registry, typed_reference: str, typed_cin: str
) -> None:
    with registry.session() as session:
        reference = new_request(session).reference
    typed = typed_reference.format(
        ref=reference,
        ref_lower=reference.lower(),
        ref_no_dash=reference.replace("-", "").lower(),
        ref_spaced=" ".join(reference),
        ref_indic=reference.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")),
    )
    with registry.session() as session:
        found = queries.find_request(session, typed, typed_cin)
        assert found is not None and found.reference == reference


def test_a_reference_with_a_letter_three_times_is_found(registry: Registry, monkeypatch) -> None:
    monkeypatch.setattr(queries, "new_reference", lambda: "H-KKK234")
    with registry.session() as session:
        new_request(session)
    with registry.session() as session:
        for typed in ["H-KKK234", "hkkk234", "h-kkk ٢٣٤"]:
            found = queries.find_request(session, typed, "AB123456")
            assert found is not None and found.reference == "H-KKK234", typed


def test_a_wrong_pair_finds_nothing(registry: Registry) -> None:
    with registry.session() as session:
        mine = new_request(session, cin="AB123456", conversation_id="a")
        theirs = new_request(session, cin="CD654321", conversation_id="b")
        mine_ref, theirs_ref = mine.reference, theirs.reference
    with registry.session() as session:
        for reference, cin in [
            (mine_ref, "CD654321"),  # someone else's CIN
            (theirs_ref, "AB123456"),  # someone else's reference
            (mine_ref, "AB12345"),
            ("H-ZZZZZZ", "AB123456"),
            (mine_ref, ""),
            ("", "AB123456"),
            ("", ""),
        ]:
            assert queries.find_request(session, reference, cin) is None, (reference, cin)


def test_set_status_appends_history_and_updates_the_request(registry: Registry) -> None:
    with registry.session() as session:
        request = new_request(session)
        created = request.updated_at
        queries.set_status(session, request, "contacted", note="sent to the chamber")
        queries.set_status(session, request, "closed")
        reference = request.reference
    with registry.session() as session:
        request = queries.find_request(session, reference, "AB123456")
        assert request.status == "closed" and request.updated_at >= created
        assert [(c.status, c.note) for c in request.history] == [
            ("received", None),
            ("contacted", "sent to the chamber"),
            ("closed", None),
        ]


def test_set_status_refuses_an_unknown_status(registry: Registry) -> None:
    with registry.session() as session:
        request = new_request(session)
        with pytest.raises(InvalidValue):
            queries.set_status(session, request, "lost")
        assert request.status == "received" and len(request.history) == 1


def test_lookup_failures_are_counted_per_conversation_and_window(registry: Registry) -> None:
    now = dt.datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    with registry.session() as session:
        for minutes_ago in (1, 5, 20, 90):
            queries.record_lookup_failure(session, "conv-1", now - dt.timedelta(minutes=minutes_ago))
        queries.record_lookup_failure(session, "conv-2", now)
    with registry.session() as session:
        assert queries.recent_lookup_failures(session, "conv-1", now - dt.timedelta(minutes=30)) == 3
        assert queries.recent_lookup_failures(session, "conv-1", now - dt.timedelta(hours=2)) == 4
        assert queries.recent_lookup_failures(session, "conv-1", now) == 0
        assert queries.recent_lookup_failures(session, "conv-2", now - dt.timedelta(minutes=30)) == 1
        assert queries.recent_lookup_failures(session, "conv-3", now - dt.timedelta(days=1)) == 0


def test_lookup_failure_windows_compare_moments_not_clock_readings(registry: Registry) -> None:
    casablanca_summer = dt.timezone(dt.timedelta(hours=1))
    with registry.session() as session:
        queries.record_lookup_failure(session, "c", dt.datetime(2026, 6, 1, 13, 0, tzinfo=casablanca_summer))
    with registry.session() as session:
        # 13:00+01:00 is 12:00 UTC
        assert queries.recent_lookup_failures(session, "c", dt.datetime(2026, 6, 1, 11, 59, tzinfo=UTC)) == 1
        assert queries.recent_lookup_failures(session, "c", dt.datetime(2026, 6, 1, 12, 1, tzinfo=UTC)) == 0


def test_delete_conversation_data_erases_only_that_conversation(registry: Registry) -> None:
    with registry.session() as session:
        first = new_request(session, conversation_id="forget-me")
        queries.set_status(session, first, "contacted")
        new_request(session, conversation_id="forget-me", cin="XY1")
        kept = new_request(session, conversation_id="keep-me").reference
        queries.record_lookup_failure(session, "forget-me", CONSENT)
        queries.record_lookup_failure(session, "keep-me", CONSENT)
        for conversation in ("forget-me", "forget-me", "forget-me", "keep-me"):
            help_desk.record_unanswered(
                session,
                conversation_id=conversation,
                text="chhal dyal lflous?",
                language="ary",
                predicted_intent="amo_cost",
                confidence=0.31,
                at=CONSENT,
            )
        for conversation in ("forget-me", "keep-me"):
            help_desk.create_handoff(
                session,
                conversation_id=conversation,
                language="fr",
                reason="human_handoff",
                last_messages=[{"sender": "user", "text": "je veux parler à quelqu'un"}],
                at=CONSENT,
            )
    with registry.session() as session:
        deleted = queries.delete_conversation_data(session, "forget-me")
    assert deleted == queries.DeletedData(requests=2, handoffs=1, questions=3) and deleted.total == 6
    with registry.session() as session:
        assert count(session, RegistrationRequest) == 1
        assert count(session, RequestStatusChange) == 1  # the kept request's 'received'
        # Lookup misses are keyed hashes that name no one: a guesser must not reset them by asking to be forgotten.
        assert sorted(session.execute(select(LookupMiss.key)).scalars()) == ["forget-me", "keep-me"]
        assert session.execute(select(UnansweredQuestion.conversation_id)).scalars().all() == ["keep-me"]
        assert session.execute(select(HandoffRequest.conversation_id)).scalars().all() == ["keep-me"]
        assert queries.find_request(session, kept, "AB123456") is not None
        assert queries.delete_conversation_data(session, "forget-me") == queries.DeletedData()
        assert queries.delete_conversation_data(session, "never-seen").total == 0


def test_deleting_within_the_session_that_loaded_the_request(registry: Registry) -> None:
    with registry.session() as session:
        request = new_request(session, conversation_id="gone")
        reference = request.reference
        assert queries.delete_conversation_data(session, "gone").requests == 1
        assert queries.find_request(session, reference, "AB123456") is None
    with registry.session() as session:
        assert count(session, RegistrationRequest) == 0 and count(session, RequestStatusChange) == 0


def test_the_session_rolls_back_when_the_block_raises(registry: Registry) -> None:
    with pytest.raises(RuntimeError), registry.session() as session:
        new_request(session)
        raise RuntimeError("the action failed after creating the request")
    with registry.session() as session:
        assert count(session, RegistrationRequest) == 0
