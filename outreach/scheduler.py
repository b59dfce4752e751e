"""The scheduler (`hirfa scheduler`): every few seconds, if it holds the lease, it runs each outreach job.

A job is an async function of one ``Tick``: the moment (the scheduler's clock), the registry, the
sender, the compiled catalogs, and ``keep_going()``, which a long job calls between sends (it renews
the lease, and says False once the scheduler is stopping or lost the lease). Jobs are listed in
``JOBS``; a job's failure is logged and does not stop the others nor the next tick.

Without TELEGRAM_BOT_TOKEN nothing can be sent: the scheduler says so once and waits to be stopped
(honcho stops every process when one exits). SIGTERM and Ctrl-C stop it after the send in flight,
giving the lease up and closing the Bot API client.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import time
from datetime import timedelta
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from outreach import announcement_sending, reminders
from outreach.clock import Clock, SystemClock
from outreach.lease import DEFAULT_TTL, Lease
from outreach.sender import Sender
from outreach.tick import Job, Tick
from registry.db import Registry

logger = logging.getLogger(__name__)

TICK_SECONDS = 5.0


# The jobs run at each tick, in order.
JOBS: list[Job] = [reminders.send_due, announcement_sending.send_due]


class Scheduler:
    """Runs the jobs while holding the lease; ``run`` until ``stop`` is set (or one tick with ``once``)."""

    def __init__(
        self,
        registry: Registry,
        sender: Sender | None,
        catalogs: dict[str, Any],
        *,
        clock: Clock | None = None,
        jobs: list[Job] | None = None,
        lease: Lease | None = None,
        tick_seconds: float = TICK_SECONDS,
    ) -> None:
        self.registry = registry
        self.sender = sender
        self.catalogs = catalogs
        self.clock = clock or SystemClock()
        self.jobs = JOBS if jobs is None else jobs
        self.lease = lease or Lease(registry, ttl=DEFAULT_TTL)
        self.tick_seconds = tick_seconds
        self.stop = asyncio.Event()
        self._renewed_at = 0.0

    def _keep_going(self) -> bool:
        """False once stopping or when the lease is lost; renews the lease a third of its time after the last."""
        if self.stop.is_set():
            return False
        if time.monotonic() - self._renewed_at >= self.lease.ttl.total_seconds() / 3:
            if not self.lease.acquire():
                logger.warning("The scheduler lost its lease to another one: it stops sending")
                return False
            self._renewed_at = time.monotonic()
        return True

    async def tick(self) -> bool:
        """One tick: take (or renew) the lease, then run every job. True when this scheduler held the lease."""
        if self.sender is None:
            return False
        if not self.lease.acquire():
            return False
        self._renewed_at = time.monotonic()
        tick = Tick(self.clock.now(), self.registry, self.sender, self.catalogs, self._keep_going)
        for job in self.jobs:
            if not self._keep_going():
                break
            try:
                await job(tick)
            except Exception:  # noqa: BLE001 - one job's fault must not stop the others nor the scheduler
                logger.exception("Outreach job %s failed; it runs again at the next tick", _name(job))
        return True

    async def run(self, once: bool = False) -> int:
        """Tick until stopped (or once); the exit code."""
        if self.sender is None:
            logger.warning("TELEGRAM_BOT_TOKEN is not set: reminders and announcements are not sent")
            if not once:
                await self.stop.wait()
            return 0
        started = False
        try:
            while not self.stop.is_set():
                try:
                    if not started:
                        await self.sender.start()
                        started = True
                    held = await self.tick()
                    if once and not held:
                        logger.info(
                            "Another scheduler holds the lease (%s): nothing sent", self.lease.holder_now()
                        )
                except SQLAlchemyError as error:
                    logger.error("The registry database failed (%s); trying again at the next tick", error)
                    if once:
                        return 1
                except Exception as error:  # noqa: BLE001 - the Bot API client could not start: retried
                    if started:
                        raise
                    logger.error("Telegram could not be reached to start sending: %s", error)
                    if once:
                        return 1
                if once:
                    return 0
                try:
                    await asyncio.wait_for(self.stop.wait(), self.tick_seconds)
                except asyncio.TimeoutError:
                    pass
            return 0
        finally:
            try:
                self.lease.release()
            except SQLAlchemyError as error:
                logger.warning("The lease could not be given up (%s): it expires by itself", error)
            if started:
                await self.sender.close()


def _name(job: Job) -> str:
    return f"{getattr(job, '__module__', '')}.{getattr(job, '__qualname__', repr(job))}"


async def run_until_signalled(scheduler: Scheduler, once: bool) -> int:
    """Run ``scheduler``, stopping it cleanly on SIGTERM or SIGINT."""
    loop = asyncio.get_running_loop()
    signals = (signal.SIGINT, signal.SIGTERM)
    for sig in signals:
        loop.add_signal_handler(sig, scheduler.stop.set)
    try:
        return await scheduler.run(once=once)
    finally:
        for sig in signals:
            loop.remove_signal_handler(sig)


MIN_LEASE = timedelta(seconds=10)


def lease_ttl(tick_seconds: float) -> timedelta:
    """Six ticks (30 s at the default tick): never lost between two renewals, yet a successor takes over
    soon after a scheduler is killed (-9) without giving it up. At least 10 s, for a stalled database."""
    return max(MIN_LEASE, timedelta(seconds=tick_seconds * 6))
