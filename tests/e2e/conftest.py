"""A real Rasa server and action server, started once for the end-to-end tests."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
STARTUP_SECONDS = 240


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} exited early:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1)
    raise RuntimeError(f"{url} did not come up in {STARTUP_SECONDS}s:\n{log.read_text()[-3000:]}")


@dataclass
class Assistant:
    rasa_url: str
    logs: list[Path]
    database_url: str
    restart: Callable[[], None]
    tracker_db: Path
    env: dict[str, str]
    token: str  # Rasa's HTTP API token (--auth-token), as the staff app uses it
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)  # "rasa", "actions": running now
    actions_url: str = ""  # the action server's base address (http://127.0.0.1:PORT)

    @property
    def channel_headers(self) -> dict[str, str]:
        """What the REST channel requires of every client (rasa_plugins/token_channel.py)."""
        return {"Authorization": f"Bearer {self.env['HIRFA_CHANNEL_TOKEN']}"}

    def send(self, sender: str, text: str, metadata: dict | None = None) -> list[dict]:
        response = httpx.post(
            f"{self.rasa_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": text, "metadata": metadata or {}},
            headers=self.channel_headers,
            timeout=60,
        )
        response.raise_for_status()
        return response.json()


@contextmanager
def running_assistant(workdir: Path, forget_worker: bool = True) -> Iterator[Assistant]:
    """Rasa, the action server and (unless a test runs it itself) the deletion worker, stores in ``workdir``."""
    if not list((ROOT / "models").glob("*.tar.gz")):
        raise RuntimeError("no trained model in models/: run `make train` (make test does it)")
    rasa_port, actions_port = free_port(), free_port()
    token = secrets.token_urlsafe(16)
    database_url = f"sqlite:///{workdir / 'registry.db'}"
    env = {
        **os.environ,
        "RASA_TELEMETRY_ENABLED": "false",
        "HIRFA_DATABASE_URL": database_url,
        # The help desk always open, so that a request for a person is answered the same at any hour.
        "HIRFA_OFFICE_HOURS": "mon-sun 00:00-24:00",
        "HIRFA_TRACKER_DB": str(workdir / "tracker.db"),
        "HIRFA_ACTIONS_URL": f"http://127.0.0.1:{actions_port}/webhook",
        "HIRFA_RASA_TOKEN": token,
        # The REST channel's shared token: the bot and the CLI started with this env send it.
        "HIRFA_CHANNEL_TOKEN": secrets.token_urlsafe(16),
        # Rasa sends it with every action call (endpoints.yml); the action server refuses calls without it.
        "HIRFA_ACTIONS_TOKEN": secrets.token_urlsafe(16),
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    commands = {
        "actions": [str(BIN / "hirfa"), "actions", "--port", str(actions_port)],
        "rasa": [
            str(BIN / "rasa"),
            "run",
            "--model",
            "models",
            "--endpoints",
            "endpoints.yml",
            "--credentials",
            "credentials.yml",
            "--port",
            str(rasa_port),
            "--interface",
            "127.0.0.1",
            # The help desk pauses and resumes conversations through Rasa's HTTP API.
            "--enable-api",
            f"--auth-token={token}",  # one word: a token may start with '-'

        ],
    }
    for command in (["db", "upgrade"], ["registry", "seed"], ["content", "load"]):
        subprocess.run([str(BIN / "hirfa"), *command], cwd=ROOT, env=env, check=True, capture_output=True)
    processes: list[subprocess.Popen] = []
    logs = [workdir / f"{name}.log" for name in commands]
    worker_log = workdir / "forget.log"
    running: dict[str, subprocess.Popen] = {}

    def start() -> None:
        for (name, command), log in zip(commands.items(), logs, strict=True):
            processes.append(
                subprocess.Popen(command, cwd=ROOT, env=env, stdout=log.open("a"), stderr=subprocess.STDOUT)
            )
            running[name] = processes[-1]
        wait_until_up(f"http://127.0.0.1:{actions_port}/health", processes[-2], logs[0])
        wait_until_up(f"http://127.0.0.1:{rasa_port}/", processes[-1], logs[1])
        if not forget_worker:
            return
        # The deletion worker, as `make run` starts it: forget_me's conversation purge is its job.
        processes.append(
            subprocess.Popen(
                [str(BIN / "hirfa"), "forget-worker"], cwd=ROOT, env=env, stdout=worker_log.open("a"), stderr=subprocess.STDOUT
            )
        )
        running["forget"] = processes[-1]

    def restart() -> None:
        """Stop both servers as an operator would, then start them again on the same stores."""
        stop(processes)
        processes.clear()
        start()

    try:
        start()
        yield Assistant(
            f"http://127.0.0.1:{rasa_port}", [*logs, worker_log] if forget_worker else logs, database_url, restart, workdir / "tracker.db", env, token, running,
            f"http://127.0.0.1:{actions_port}",
        )
    finally:
        stop(processes)


@pytest.fixture(scope="session")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    if not list((ROOT / "models").glob("*.tar.gz")):
        pytest.fail("no trained model in models/: run `make train` (make test does it)")
    with running_assistant(tmp_path_factory.mktemp("assistant")) as assistant:
        yield assistant
        # After every end-to-end test has gone through both servers: neither may have logged a fault.
        for log in assistant.logs:
            output = log.read_text()
            assert "Traceback" not in output and " ERROR " not in output, output[-3000:]


def stop(processes: list[subprocess.Popen]) -> None:
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's chromium through Playwright, one per browser test module (tests/e2e/staff_site.py)."""
    from tests.e2e.staff_site import chromium

    with chromium() as browser:
        yield browser
