"""Rasa's calls to the action server reuse their connection, and a restarted server is reached anew."""

import asyncio

from aiohttp import web
from rasa.utils.endpoints import EndpointConfig

from rasa_plugins.action_connections import keep_action_connections
from rasa_plugins.action_retry import retry_refused_connections
from tests.test_action_retry import action_server, free_port


async def serve(port: int, peers: list[int]) -> web.AppRunner:
    async def webhook(request: web.Request) -> web.Response:
        peers.append(request.transport.get_extra_info("peername")[1])  # the client's port: its connection
        return web.json_response({"events": [], "responses": []})

    return await action_server(port, webhook)


async def test_calls_share_one_connection_and_survive_a_restart_of_the_server() -> None:
    keep_action_connections()
    retry_refused_connections((0.2, 0.2, 0.2))
    port, peers = free_port(), []
    endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook", token="secret")
    runner = await serve(port, peers)
    try:
        for _ in range(5):
            assert await endpoint.request(json={"next_action": "x"}) == {"events": [], "responses": []}
    finally:
        await runner.cleanup()
    assert len(peers) == 5 and len(set(peers)) == 1  # one connection, from one client port

    await asyncio.sleep(0.1)  # the server's end of the kept connection has closed
    runner = await serve(port, peers)
    try:
        assert await endpoint.request(json={"next_action": "x"}) == {"events": [], "responses": []}
    finally:
        await runner.cleanup()
    assert len(peers) == 6 and peers[-1] != peers[0]
