"""Connecting to the registry database: one engine per process, one session per unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker


def _enforce_sqlite_foreign_keys(dbapi_connection: Any, connection_record: Any) -> None:
    # SQLite ignores foreign keys unless each connection asks; without this a request
    # could point at a trade or office that does not exist.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class Registry:
    """The registry database. Build it at start-up with ``from_url``; nothing connects before."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # Objects stay readable after commit, so an action can use what a query returned
        # once the session's block has ended (loaded attributes only).
        self._sessions = sessionmaker(bind=engine, future=True, expire_on_commit=False)

    @classmethod
    def from_url(cls, url: str, **engine_options: Any) -> Registry:
        """A registry on ``url`` (an SQLAlchemy URL such as ``sqlite:///var/hirfa.db``)."""
        if not url.startswith("sqlite"):
            # After a database restart every pooled connection is dead: test each before use, or the first
            # call of each process fails (the fault bench's PostgreSQL restart).
            engine_options.setdefault("pool_pre_ping", True)
        engine = create_engine(url, future=True, **engine_options)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _enforce_sqlite_foreign_keys)
        return cls(engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block succeeds and rolls back when it raises."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        """Close every pooled connection (at shut-down, or in tests)."""
        self.engine.dispose()
