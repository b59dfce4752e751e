"""The action server (`hirfa actions`): rasa-sdk's app, on loopback by default, refusing calls without Rasa's token.

Rasa sends the ``token`` of its ``action_endpoint`` (endpoints.yml) as a ``?token=`` query parameter with every
action call (rasa.utils.endpoints.EndpointConfig). When HIRFA_ACTIONS_TOKEN is set, every route but
``/health`` answers 403 unless the call carries it; binding anywhere but a loopback address without one is
refused at start, as a crafted tracker posted to /webhook could otherwise run any action for anyone.
"""

from __future__ import annotations

import ipaddress
import logging
import os

from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from hirfa.action_threads import threaded_executor
from hirfa.startup_heap import freeze_startup_heap
from hirfa.tokens import same_secret

DEFAULT_PORT = 5055
DEFAULT_INTERFACE = "127.0.0.1"
TOKEN_PARAMETER = "token"  # EndpointConfig's default token_name
OPEN_PATHS = frozenset({"/health"})  # what a supervisor or a load balancer probes, carrying no data

logger = logging.getLogger(__name__)


class ActionServerError(RuntimeError):
    """The action server cannot start as configured."""


def is_loopback(interface: str) -> bool:
    """True for 127.0.0.0/8, ::1 and ``localhost``."""
    if interface == "localhost":
        return True
    try:
        return ipaddress.ip_address(interface).is_loopback
    except ValueError:
        return False


def supplied_token(request: Request) -> str:
    """The token a call carries: Rasa's ``?token=``, or an ``Authorization: Bearer`` header."""
    token = request.args.get(TOKEN_PARAMETER)
    if token:
        return token
    scheme, _, credentials = (request.headers.get("Authorization") or "").partition(" ")
    return credentials.strip() if scheme.lower() == "bearer" else ""


def require_token(app: Sanic, token: str) -> None:
    """Answer 403 to every call but the health probe that does not carry ``token``."""

    @app.middleware("request")
    async def check_token(request: Request) -> HTTPResponse | None:
        if request.path in OPEN_PATHS:
            return None
        if same_secret(supplied_token(request), token):
            return None
        logger.warning("refused a call to %s without the action server's token", request.path)
        return response.json({"error": "forbidden: this action server only answers Rasa"}, status=403)


def create_app(token: str, actions_package: str = "actions") -> Sanic:
    """rasa-sdk's action server app, guarded by ``token`` when it is not empty."""
    from rasa_sdk.endpoint import create_app as create_sdk_app

    # No CORS origins: only Rasa calls this server, never a browser. Actions run off the loop (action_threads).
    with threaded_executor():
        app = create_sdk_app(actions_package, cors_origins="")
    if token:
        require_token(app, token)
    return app


def serve(port: int, interface: str, token: str, actions_package: str = "actions") -> int:
    """Run the action server in the foreground until SIGINT or SIGTERM; the exit code."""
    if not token and not is_loopback(interface):
        raise ActionServerError(
            f"the action server would listen on {interface} without a token: set HIRFA_ACTIONS_TOKEN "
            "(and the same value for Rasa, endpoints.yml), or listen on 127.0.0.1"
        )
    from rasa_sdk import utils
    from rasa_sdk.plugin import plugin_manager

    utils.configure_colored_logging(os.environ.get("LOG_LEVEL", "INFO"))
    utils.update_sanic_log_level()
    app = create_app(token, actions_package)
    app.register_listener(freeze_startup_heap, "after_server_start")  # the actions and catalogs, loaded
    plugin_manager().hook.attach_sanic_app_extensions(app=app)
    logger.info(
        "Action endpoint is up and running on http://%s:%s (%s)",
        interface,
        port,
        "calls must carry Rasa's token" if token else "no token: loopback only",
    )
    app.run(interface, port, workers=utils.number_of_sanic_workers(), access_log=False)
    return 0
