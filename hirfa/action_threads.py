"""Actions run in worker threads, off the action server's event loop.

The actions read and write the registry with synchronous SQLAlchemy inside ``async def run``; on the action
server's loop, each such call would hold every other conversation's action (and the health probe) until it
returns — a slow database would stall the whole server. rasa-sdk awaits each action on its one loop, so the
executor here hands every action to a worker thread, which runs it on that thread's own loop.

rasa-sdk's ``create_app`` builds its executor itself, from the name ``ActionExecutor`` in its module:
``threaded_executor`` swaps that name for the time of the call.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

from rasa_sdk.executor import ActionExecutor

# Actions of this many conversations run at once; the others wait for a thread (the loop stays free).
WORKERS = 16

_worker = threading.local()


def _run_here(run: Callable[..., Any], *arguments: Any) -> Any:
    """``run(*arguments)`` to its end in this worker thread, on the thread's own event loop."""
    result = run(*arguments)
    if not inspect.isawaitable(result):
        return result
    loop = getattr(_worker, "loop", None)
    if loop is None:
        loop = _worker.loop = asyncio.new_event_loop()
    return loop.run_until_complete(result)


class ThreadedActionExecutor(ActionExecutor):
    """rasa-sdk's executor, whose actions each run in a worker thread."""

    def __init__(self, workers: int = WORKERS) -> None:
        super().__init__()
        self._threads = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="action")

    def register_function(self, name: str, f: Callable[..., Any]) -> None:
        """Register ``f`` (an action's ``run``) to be run in a worker thread."""
        threads = self._threads

        @functools.wraps(f)
        async def in_a_thread(dispatcher: Any, tracker: Any, domain: Any) -> Any:
            return await asyncio.get_running_loop().run_in_executor(threads, _run_here, f, dispatcher, tracker, domain)

        super().register_function(name, in_a_thread)


@contextmanager
def threaded_executor() -> Iterator[None]:
    """While open, rasa-sdk's ``create_app`` builds a ThreadedActionExecutor."""
    import rasa_sdk.endpoint as endpoint

    original = endpoint.ActionExecutor
    endpoint.ActionExecutor = ThreadedActionExecutor
    try:
        yield
    finally:
        endpoint.ActionExecutor = original
