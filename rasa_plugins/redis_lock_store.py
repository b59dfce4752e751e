"""Rasa's Redis lock store, made safe for several Rasa servers (the scaled layout's endpoints.scaled.yml).

Rasa 3.6's RedisLockStore reads a conversation's ticket lock, changes it in Python and writes it back,
with nothing to stop another server doing the same in between: two servers taking a ticket for one
sender at once lose one of them, and a server finishing its ticket can delete the lock another server
is waiting on, which fails that message with "Could not acquire lock" (seen in tests/scaled with two
servers and four messages of one sender in flight). Here every read-modify-write of a lock runs under
a short Redis mutex of its own, so the tickets are issued and returned one at a time across servers.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

# Holding the mutex takes two Redis round trips; these bound a crashed holder and a stuck waiter.
MUTEX_SECONDS = 5.0
WAIT_SECONDS = 5.0
# Rasa calls the lock store from its event loop without awaiting: poll often, for a short time.
POLL_SECONDS = 0.002


class AtomicRedisLockStore(RedisLockStore):
    """RedisLockStore whose ticket changes are atomic across Rasa servers (``lock_store: type:`` this)."""

    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url or "localhost", **endpoint_config.kwargs, **kwargs}
        super().__init__(**kwargs)

    @contextmanager
    def _mutex(self, conversation_id: str) -> Iterator[None]:
        mutex = self.red.lock(
            f"{self.key_prefix}{conversation_id}:mutex",
            timeout=MUTEX_SECONDS,
            sleep=POLL_SECONDS,
            blocking_timeout=WAIT_SECONDS,
        )
        if not mutex.acquire():
            raise LockError(f"Could not change the lock of conversation '{conversation_id}' in time.")
        try:
            yield
        finally:
            mutex.release()

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        with self._mutex(conversation_id):
            return super().issue_ticket(conversation_id, lock_lifetime)

    def update_lock(self, conversation_id: str) -> None:
        with self._mutex(conversation_id):
            super().update_lock(conversation_id)

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        with self._mutex(conversation_id):
            super().finish_serving(conversation_id, ticket_number)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        # Finishing and deleting in one step: no ticket can be issued between "no one waits" and the delete.
        with self._mutex(conversation_id):
            lock = self.get_lock(conversation_id)
            if lock is None:
                return
            lock.remove_ticket_for(ticket_number)
            if lock.is_someone_waiting():
                self.save_lock(lock)
            else:
                self.delete_lock(conversation_id)
