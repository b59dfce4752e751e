"""The embedded layout's SQLite files, shared by Rasa's server and the other processes: pooled, in WAL mode."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.pool import QueuePool


def pooled_engine(url: str | sa.engine.URL) -> sa.engine.Engine:
    """An engine that keeps its SQLite connections open, each in write-ahead mode.

    SQLAlchemy 1.4 opens a new connection for every session on a SQLite file (NullPool), and each new
    connection set its pragmas again: a tenth of Rasa's CPU at 30 messages a second (py-spy), for the
    tracker store's two sessions and the handled-update check per message. Rasa's server uses a connection
    from one thread at a time, so they can be shared across its threads.
    """
    engine = sa.create_engine(url, poolclass=QueuePool, connect_args={"check_same_thread": False})
    sa.event.listen(engine, "connect", write_ahead)
    return engine


def write_ahead(connection: Any, _: Any) -> None:
    """Write-ahead mode, synced at checkpoints rather than at each commit.

    In the default rollback-journal mode each commit waits for several fsyncs, and a reader waits out each
    writer's, with the busy handler's coarse sleeps — on Rasa's event loop, so every other conversation
    waits too (a sixth of the server's time at 15 messages a second; 10-20 ms more per message at 30). In
    WAL mode readers never wait for the writer, and with synchronous=NORMAL a commit is a write to the log:
    a power cut (not a crash) may lose the last commits, never the file. The mode stays with the file, for
    every process using it. The scaled layout's PostgreSQL is unchanged.
    """
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
