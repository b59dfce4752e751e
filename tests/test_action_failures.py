"""An action the action server could not run (5xx) fails the turn; one it refused (4xx) keeps Rasa's handling."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.core.policies.policy import PolicyPrediction
from rasa.core.processor import MessageProcessor
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecutionRejected
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from rasa_plugins.action_failures import ActionServerFailed, fail_turns_on_action_server_errors

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain"))


@pytest.fixture
async def action_server() -> AsyncIterator[str]:
    """An action server whose registry is down (500) for action_down, that rejects action_refused (400)."""

    async def webhook(request: web.Request) -> web.Response:
        name = (await request.json())["next_action"]
        if name == "action_refused":
            return web.json_response({"error": "not now", "action_name": name}, status=400)
        return web.json_response({"error": "(psycopg2.OperationalError) server closed the connection"}, status=500)

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    server = TestServer(app)
    await server.start_server()
    yield str(server.make_url("/webhook"))
    await server.close()


async def run(domain: Domain, url: str, name: str) -> tuple[bool, DialogueStateTracker]:
    fail_turns_on_action_server_errors()
    endpoint = EndpointConfig(url)
    processor = MessageProcessor.__new__(MessageProcessor)  # only what running one action needs
    processor.domain, processor.action_endpoint = domain, endpoint
    tracker = DialogueStateTracker("sender", domain.slots)
    predict_again = await processor._run_action(
        RemoteAction(name, endpoint),
        tracker,
        CollectingOutputChannel(),
        TemplatedNaturalLanguageGenerator(domain.responses),
        PolicyPrediction([], "test"),
    )
    return predict_again, tracker


async def test_an_action_the_server_could_not_run_fails_the_turn(domain: Domain, action_server: str) -> None:
    with pytest.raises(ActionServerFailed, match="action_down"):
        await run(domain, action_server, "action_down")


async def test_an_action_the_server_refused_is_handled_as_rasa_does(domain: Domain, action_server: str) -> None:
    _, tracker = await run(domain, action_server, "action_refused")
    assert isinstance(tracker.events[-1], ActionExecutionRejected), "rejected, and the turn goes on"
