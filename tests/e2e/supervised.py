"""The assistant run as `make serve` runs it — the Procfile's processes under supervisord — on free loopback
ports with throw-away stores, for the tests and bench/faults.py."""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import subprocess
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import httpx

from hirfa.supervise import Supervisor, write_config
from tests.e2e.conftest import BIN, ROOT, free_port

START_SECONDS = 240
STOP_SECONDS = 60


@dataclass
class SupervisedStack:
    """Where the supervised processes listen, their environment, logs, and supervisord's client."""

    env: dict[str, str]
    rasa_url: str
    actions_url: str
    logs: Path
    supervisor: Supervisor
    supervisord: subprocess.Popen
    health: dict[str, str]  # supervised program -> the URL that answers 200 once it serves
    tracker_url: str  # SQLAlchemy URL of Rasa's conversation store

    @property
    def channel_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.env['HIRFA_CHANNEL_TOKEN']}"}

    def send(self, sender: str, text: str, timeout: float = 60) -> list[dict]:
        """One message through Rasa's REST channel, as the bot sends it."""
        response = httpx.post(
            f"{self.rasa_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": text, "metadata": {}},
            headers=self.channel_headers,
            timeout=timeout,
        )
        response.raise_for_status()
        return response.json()

    def kill(self, name: str) -> int:
        """``kill -9`` the supervised process ``name``; the pid killed."""
        pid = self.supervisor.pid(name)
        if not pid:
            raise RuntimeError(f"{name} is not running: {self.supervisor.info(name)}")
        os.kill(pid, signal.SIGKILL)
        return pid

    def wait_serving(self, name: str, timeout: float = START_SECONDS) -> None:
        """Until the program ``name`` answers its health probe (see ``health``)."""
        _wait_url(self.health[name], self.logs, timeout)


def stack_environment(workdir: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment `make serve` gives the processes, with free ports and stores in ``workdir``."""
    rasa_port, actions_port = free_port(), free_port()
    env = {
        **os.environ,
        "RASA_TELEMETRY_ENABLED": "false",
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "PYTHONWARNINGS": "ignore::DeprecationWarning",
        "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
        "HIRFA_RASA_PORT": str(rasa_port),
        "HIRFA_ACTIONS_PORT": str(actions_port),
        "HIRFA_WEB_PORT": str(free_port()),
        "HIRFA_RASA_URL": f"http://127.0.0.1:{rasa_port}",
        "HIRFA_ACTIONS_URL": f"http://127.0.0.1:{actions_port}/webhook",
        "HIRFA_DATABASE_URL": f"sqlite:///{workdir / 'registry.db'}",
        "HIRFA_TRACKER_DB": str(workdir / "tracker.db"),
        "HIRFA_OFFICE_HOURS": "mon-sun 00:00-24:00",
        "HIRFA_RASA_TOKEN": secrets.token_urlsafe(16),
        "HIRFA_ACTIONS_TOKEN": secrets.token_urlsafe(16),
        "HIRFA_CHANNEL_TOKEN": secrets.token_urlsafe(16),
        "HIRFA_SECRET_KEY": secrets.token_urlsafe(16),
        "HIRFA_HASH_KEY": secrets.token_urlsafe(16),
        "TELEGRAM_WEBHOOK_URL": "",
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    env.update(extra or {})
    return env


@contextlib.contextmanager
def supervised_assistant(
    workdir: Path, programs: list[str], extra_env: Mapping[str, str] | None = None
) -> Iterator[SupervisedStack]:
    """supervisord running the Procfile's ``programs``, after the registry is migrated and seeded."""
    if not list((ROOT / "models").glob("*.tar.gz")):
        raise RuntimeError("no trained model in models/: run `make train` (make test does it)")
    env = stack_environment(workdir, extra_env)
    for command in (["db", "upgrade"], ["registry", "seed"], ["content", "load"]):
        subprocess.run([str(BIN / "hirfa"), *command], cwd=ROOT, env=env, check=True, capture_output=True)
    actions_url = f"http://127.0.0.1:{env['HIRFA_ACTIONS_PORT']}"
    health = {"rasa": f"{env['HIRFA_RASA_URL']}/", "actions": f"{actions_url}/health"}
    with _supervised(workdir, "Procfile", programs, env, health) as (supervisor, supervisord):
        yield SupervisedStack(
            env,
            env["HIRFA_RASA_URL"],
            actions_url,
            workdir / "log",
            supervisor,
            supervisord,
            health,
            f"sqlite:///{env['HIRFA_TRACKER_DB']}",
        )


@contextlib.contextmanager
def supervised_scaled(
    workdir: Path, programs: list[str], extra_env: Mapping[str, str] | None = None
) -> Iterator[SupervisedStack]:
    """The scaled layout (make run-scaled) with Procfile.scaled's ``programs`` under supervisord: PostgreSQL,
    Redis, migrations and nginx first, by scripts/scaled, on free loopback ports, data in ``workdir``."""
    if not all(
        Path(path).exists()
        for path in ("/usr/lib/postgresql/15/bin/pg_ctl", "/usr/bin/redis-server", "/usr/sbin/nginx")
    ):
        raise RuntimeError("PostgreSQL 15, Redis or nginx missing: run `make scaled-engines`")
    ports = {kind: [free_port(), free_port()] for kind in ("RASA", "ACTIONS", "BOT")}
    env = stack_environment(workdir, extra_env)
    env.update(
        {
            "HIRFA_SCALED_DIR": str(workdir / "var"),
            "HIRFA_PG_PORT": str(free_port()),
            "HIRFA_REDIS_PORT": str(free_port()),
            "HIRFA_BOT_PORT": str(free_port()),
            **{f"HIRFA_{kind}_PORTS": " ".join(map(str, numbers)) for kind, numbers in ports.items()},
        }
    )
    # scripts/scaled/defaults.sh and serve derive these from the ports.
    for name in ("HIRFA_DATABASE_URL", "HIRFA_RASA_URL", "HIRFA_ACTIONS_URL", "HIRFA_TRACKER_URL", "HIRFA_REDIS_URL"):
        env.pop(name, None)
    scaled = ROOT / "scripts" / "scaled"
    health = {f"rasa{n}": f"http://127.0.0.1:{port}/" for n, port in enumerate(ports["RASA"], 1)}
    health |= {f"actions{n}": f"http://127.0.0.1:{port}/health" for n, port in enumerate(ports["ACTIONS"], 1)}
    health |= {f"bot{n}": f"http://127.0.0.1:{port}/health" for n, port in enumerate(ports["BOT"], 1)}
    try:
        for name, *args in (("postgres", "start"), ("redis", "start"), ("migrate",), ("nginx", "start")):
            subprocess.run([str(scaled / name), *args], env=env, check=True, capture_output=True, timeout=600)
        env["HIRFA_RASA_URL"] = f"http://127.0.0.1:{env['HIRFA_RASA_PORT']}"  # nginx, in front of both
        # The bots in webhook mode behind nginx (the fake Bot API server delivers to the address they set).
        env["TELEGRAM_WEBHOOK_URL"] = f"http://127.0.0.1:{env['HIRFA_BOT_PORT']}"
        env.setdefault("TELEGRAM_WEBHOOK_SECRET", secrets.token_urlsafe(16))
        with _supervised(workdir, "Procfile.scaled", programs, env, health) as (supervisor, supervisord):
            yield SupervisedStack(
                env,
                env["HIRFA_RASA_URL"],
                f"http://127.0.0.1:{env['HIRFA_ACTIONS_PORT']}",
                workdir / "log",
                supervisor,
                supervisord,
                health,
                f"postgresql+psycopg2://hirfa@127.0.0.1:{env['HIRFA_PG_PORT']}/rasa",
            )
    finally:
        subprocess.run([str(scaled / "stop")], env=env, capture_output=True, timeout=120)


@contextlib.contextmanager
def _supervised(
    workdir: Path, procfile: str, programs: list[str], env: dict[str, str], health: dict[str, str]
) -> Iterator[tuple[Supervisor, subprocess.Popen]]:
    state, logs = workdir / "supervisor", workdir / "log"
    config = write_config(Path(procfile), programs, state, logs, root=ROOT)
    supervisord = subprocess.Popen(
        [str(BIN / "supervisord"), "--nodaemon", "--configuration", str(config)],
        cwd=ROOT,
        env=env,
        stdout=(workdir / "supervisord.out").open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: nothing is left behind if it must be killed
    )
    supervisor = Supervisor(state)
    try:
        supervisor.wait_ready(30)
        for name in programs:
            if name in health and not name.startswith("bot"):  # a bot serves once it set its webhook
                _wait_url(health[name], logs, START_SECONDS)
        yield supervisor, supervisord
    finally:
        stop_supervisord(supervisord)


def _wait_url(url: str, logs: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=2).status_code == 200:
                return
        if time.monotonic() > deadline:
            raise TimeoutError(f"{url} did not answer within {timeout} s; see {logs}")
        time.sleep(0.1)


def stop_supervisord(supervisord: subprocess.Popen) -> None:
    """SIGTERM, as an init system stops it (it stops its programs first); SIGKILL to the group after a minute."""
    if supervisord.poll() is not None:
        return
    supervisord.send_signal(signal.SIGTERM)
    try:
        supervisord.wait(timeout=STOP_SECONDS)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(supervisord.pid, signal.SIGKILL)
        supervisord.wait(timeout=10)
