"""The audit log: who revealed, took over, changed or exported what, and when."""

from __future__ import annotations

from sqlalchemy.orm import Session

from registry.models import AuditEntry
from registry.types import utc_now


def record(session: Session, staff_id: int | None, action: str, target: str, detail: str = "") -> None:
    """Write one entry; ``action`` is a code (``reveal_personal_data``), ``target`` what it touched."""
    session.add(AuditEntry(staff_id=staff_id, action=action, target=target[:255], detail=detail, at=utc_now()))
    session.flush()
