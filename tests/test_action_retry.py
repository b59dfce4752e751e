"""Rasa's calls to a restarting action server: sent again while refused, never once they reached it."""

import asyncio
import socket

from aiohttp import web
from rasa.utils.endpoints import EndpointConfig

from rasa_plugins.action_retry import retry_refused_connections


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def action_server(port: int, webhook) -> web.AppRunner:
    """A stand-in action server on ``port`` whose /webhook is ``webhook``; cleanup() stops it."""
    app = web.Application()
    app.router.add_post("/webhook", webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner


async def test_a_call_refused_while_the_server_restarts_arrives_once_it_is_back() -> None:
    retry_refused_connections((0.2, 0.2, 0.2, 0.2, 0.2))
    port, calls = free_port(), []

    async def webhook(request: web.Request) -> web.Response:
        calls.append(await request.json())
        return web.json_response({"events": [], "responses": []})

    async def start_late() -> web.AppRunner:
        await asyncio.sleep(0.5)  # the first calls are refused: nothing listens yet
        return await action_server(port, webhook)

    server = asyncio.create_task(start_late())
    answer = await EndpointConfig(f"http://127.0.0.1:{port}/webhook").request(json={"next_action": "x"})
    await (await server).cleanup()
    assert answer == {"events": [], "responses": []} and calls == [{"next_action": "x"}]


async def test_a_call_that_reached_the_server_is_not_sent_again() -> None:
    retry_refused_connections((0.05, 0.05))
    port, calls = free_port(), []

    async def failing(request: web.Request) -> web.Response:
        calls.append(1)
        return web.Response(status=500)

    runner = await action_server(port, failing)
    try:
        try:
            await EndpointConfig(f"http://127.0.0.1:{port}/webhook").request(json={})
        except Exception:  # Rasa's ClientResponseError: the action failed, as before
            pass
    finally:
        await runner.cleanup()
    assert calls == [1]
