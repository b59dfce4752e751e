"""The lease that lets exactly one scheduler send, however many run (the scaled layout runs several).

One row per lease name in ``outreach_leases``: who holds it and until when. Taking or renewing it is
one conditional statement — ``UPDATE … SET holder = me, expires_at = later WHERE name = … AND
(holder = me OR expires_at < now)`` — and, when no row exists yet, an ``INSERT`` that the primary key
lets only one scheduler win. Both are atomic on SQLite (one writer at a time) and on PostgreSQL (a
concurrent UPDATE waits for the row and re-checks the condition on its new version), so at any
moment at most one holder's lease is unexpired.

The expiry uses the machine's clock, never a job's clock (``--now``): a tick run for a moment a
week ahead must not take the lease from a running scheduler for a week. A scheduler that stops
cleanly gives the lease up, so another takes over at its next tick rather than after the expiry.

A lease cannot stop a holder that froze past its expiry (a paused VM) from finishing a send it
had started while a successor began: the jobs therefore also claim each row they send with a
conditional update, so that no message is sent twice even then.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from registry.db import Registry
from registry.models import OutreachLease

SCHEDULER_LEASE = "scheduler"
DEFAULT_TTL = timedelta(seconds=30)


def new_holder_id() -> str:
    """A holder id that names the process for people reading the table, and is unique."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _system_now() -> datetime:
    return datetime.now(timezone.utc)


class Lease:
    """Taking, renewing and giving up one named lease for one holder."""

    def __init__(
        self,
        registry: Registry,
        holder: str | None = None,
        name: str = SCHEDULER_LEASE,
        ttl: timedelta = DEFAULT_TTL,
        now: Callable[[], datetime] = _system_now,
    ) -> None:
        self.registry = registry
        self.holder = holder or new_holder_id()
        self.name = name
        self.ttl = ttl
        self._now = now

    def acquire(self) -> bool:
        """Take the lease, or renew it when held already; True when this holder has it until now + ttl."""
        now = self._now()
        with self.registry.session() as session:
            taken = session.execute(
                sa.update(OutreachLease)
                .where(
                    OutreachLease.name == self.name,
                    sa.or_(OutreachLease.holder == self.holder, OutreachLease.expires_at < now),
                )
                .values(holder=self.holder, expires_at=now + self.ttl)
                .execution_options(synchronize_session=False)
            ).rowcount
        if taken == 1:
            return True
        try:
            with self.registry.session() as session:
                session.add(OutreachLease(name=self.name, holder=self.holder, expires_at=now + self.ttl))
        except IntegrityError:
            return False  # the row exists: another holder has the lease (or just inserted it)
        return True

    def release(self) -> None:
        """Give the lease up, if this holder has it."""
        with self.registry.session() as session:
            session.execute(
                sa.update(OutreachLease)
                .where(OutreachLease.name == self.name, OutreachLease.holder == self.holder)
                .values(expires_at=self._now() - timedelta(seconds=1))
                .execution_options(synchronize_session=False)
            )

    def holder_now(self) -> str | None:
        """Who holds the lease now (an unexpired row), or None."""
        with self.registry.session() as session:
            row = session.get(OutreachLease, self.name)
            if row is None or row.expires_at <= self._now():
                return None
            return row.holder
