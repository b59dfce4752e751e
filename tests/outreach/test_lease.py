"""The lease: one scheduler holds it at a time; two schedulers on one database, only one sends."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from pathlib import Path

from outreach.clock import FixedClock
from outreach.lease import Lease
from outreach.scheduler import Scheduler
from outreach.tick import Tick
from registry.db import Registry

T0 = datetime(2026, 12, 8, 9, 0, tzinfo=timezone.utc)


def test_one_holder_at_a_time_until_it_gives_up_or_its_lease_expires(registry: Registry) -> None:
    clock = FixedClock(T0)
    first = Lease(registry, "a", ttl=timedelta(seconds=30), now=clock.now)
    second = Lease(registry, "b", ttl=timedelta(seconds=30), now=clock.now)
    assert first.acquire()
    assert not second.acquire()
    clock.advance(timedelta(seconds=20))
    assert first.acquire()  # renewed: now until T0 + 50 s
    clock.advance(timedelta(seconds=20))
    assert not second.acquire()
    assert second.holder_now() == "a"
    clock.advance(timedelta(seconds=11))  # a stopped renewing: expired
    assert second.holder_now() is None
    assert second.acquire()
    assert not first.acquire()
    second.release()
    assert first.acquire()


class CountingSender:
    """A stand-in for the Bot API client: counts what would be sent."""

    def __init__(self) -> None:
        self.started = 0

    async def start(self) -> None:
        self.started += 1

    async def close(self) -> None:
        pass


async def test_of_two_schedulers_on_one_database_only_one_runs_the_jobs(
    tmp_path: Path, registry: Registry
) -> None:
    # Each scheduler with its own engine, as two processes would have.
    other = Registry.from_url(str(registry.engine.url))
    runs: list[str] = []

    def job_for(name: str):
        async def job(tick: Tick) -> None:
            runs.append(name)

        return job

    schedulers = [
        Scheduler(
            store, CountingSender(), {}, clock=FixedClock(T0), jobs=[job_for(name)], lease=Lease(store, name)
        )
        for name, store in (("a", registry), ("b", other))
    ]
    try:
        for _ in range(3):
            held = await asyncio.gather(*(s.tick() for s in schedulers))
            assert sorted(held) == [False, True]
        assert len(set(runs)) == 1 and len(runs) == 3
        # The holder stops cleanly (run's finally gives the lease up): the other takes over at its next tick.
        holder = next(s for s in schedulers if s.lease.holder == runs[0])
        follower = next(s for s in schedulers if s is not holder)
        holder.stop.set()
        await holder.run()
        assert await follower.tick()
        assert runs[-1] == follower.lease.holder
    finally:
        other.dispose()


async def test_a_failing_job_does_not_stop_the_next_one(registry: Registry) -> None:
    ran: list[str] = []

    async def broken(tick: Tick) -> None:
        raise RuntimeError("boom")

    async def fine(tick: Tick) -> None:
        ran.append(tick.now.isoformat())

    scheduler = Scheduler(registry, CountingSender(), {}, clock=FixedClock(T0), jobs=[broken, fine])
    assert await scheduler.tick()
    assert ran == [T0.isoformat()]


async def test_without_a_token_it_sends_nothing_and_says_so_once(registry: Registry, caplog) -> None:
    ran: list[int] = []

    async def job(tick: Tick) -> None:
        ran.append(1)

    scheduler = Scheduler(registry, None, {}, jobs=[job])
    assert await scheduler.run(once=True) == 0
    assert ran == []
    assert [r.message for r in caplog.records].count(
        "TELEGRAM_BOT_TOKEN is not set: reminders and announcements are not sent"
    ) == 1


async def test_a_stopped_scheduler_stops_its_job_between_sends(registry: Registry) -> None:
    sent: list[int] = []
    scheduler: Scheduler

    async def long_job(tick: Tick) -> None:
        for n in range(10):
            if not tick.keep_going():
                return
            sent.append(n)
            if n == 2:
                scheduler.stop.set()  # SIGTERM arrives while the job runs

    scheduler = Scheduler(registry, CountingSender(), {}, clock=FixedClock(T0), jobs=[long_job])
    await scheduler.run()
    assert sent == [0, 1, 2]
