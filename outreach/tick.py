"""What one scheduler tick hands each outreach job (its own module: the jobs and the scheduler both use it)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from outreach.sender import Sender
from registry.db import Registry


@dataclass
class Tick:
    """What a job gets for one tick."""

    now: datetime  # aware UTC: the scheduler's clock at the start of the tick
    registry: Registry
    sender: Sender
    catalogs: dict[str, Any]  # reply language → babel Translations (replies.catalogs.load_catalogs)
    keep_going: Callable[[], bool] = field(default=lambda: True)


Job = Callable[[Tick], Awaitable[None]]
