"""Actions run in worker threads (hirfa/action_threads.py): one blocked on the database leaves the action
server's loop free for the other conversations."""

from __future__ import annotations

import asyncio
import threading

import rasa_sdk.endpoint as endpoint
from rasa_sdk import Action
from rasa_sdk.executor import ActionExecutor, CollectingDispatcher

from hirfa.action_threads import ThreadedActionExecutor, threaded_executor

ACTION_CALL = {
    "next_action": "action_blocking",
    "sender_id": "77",
    "tracker": {"sender_id": "77", "slots": {}, "latest_message": {}, "events": [], "paused": False},
    "domain": {},
    "version": "3.6.2",
}


class Blocking(Action):
    """Waits, synchronously, for something only the server's loop can give: as a slow database call would."""

    released = threading.Event()
    threads: list[str] = []

    def name(self) -> str:
        return "action_blocking"

    async def run(self, dispatcher: CollectingDispatcher, tracker, domain) -> list:
        Blocking.threads.append(threading.current_thread().name)
        freed = Blocking.released.wait(timeout=10)
        dispatcher.utter_message(text="freed by the loop" if freed else "the loop was held")
        return []


async def test_an_action_that_blocks_leaves_the_loop_free_and_still_answers() -> None:
    executor = ThreadedActionExecutor()
    executor.register_action(Blocking)
    call = asyncio.create_task(executor.run(ACTION_CALL))
    await asyncio.sleep(0)  # the action starts: on the loop, it would hold this test until its time-out
    Blocking.released.set()
    answer = await call
    assert [r["text"] for r in answer["responses"]] == ["freed by the loop"]
    assert Blocking.threads and Blocking.threads[-1].startswith("action"), Blocking.threads


def test_rasa_sdks_app_is_built_with_the_threaded_executor_and_the_name_is_put_back() -> None:
    with threaded_executor():
        assert endpoint.ActionExecutor is ThreadedActionExecutor
    assert endpoint.ActionExecutor is ActionExecutor
