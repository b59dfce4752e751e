"""The supervisord configuration `hirfa supervise` generates from the Procfile (tests/e2e/test_supervised.py runs it)."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from supervisor.datatypes import RestartUnconditionally
from supervisor.options import ServerOptions

from hirfa.supervise import SupervisorError, read_procfile, select, write_config

ROOT = Path(__file__).resolve().parents[1]


def parsed(config: Path) -> ServerOptions:
    """The configuration as supervisord itself reads it."""
    options = ServerOptions()
    options.realize(args=["--configuration", str(config)])
    return options


@pytest.mark.parametrize("procfile", ["Procfile", "Procfile.scaled"])
def test_every_procfile_process_is_restarted_whenever_it_exits_and_logs_under_the_log_dir(
    tmp_path: Path, procfile: str
) -> None:
    config = write_config(Path(procfile), [], tmp_path / "state", tmp_path / "log", root=ROOT)
    options = parsed(config)
    programs = {group.name: group.process_configs[0] for group in options.process_group_configs}
    assert sorted(programs) == sorted(program.name for program in read_procfile(ROOT / procfile))
    for name, program in programs.items():
        assert program.autorestart is RestartUnconditionally, name
        assert program.stopasgroup and program.killasgroup, name
        assert Path(program.stdout_logfile) == tmp_path / "log" / f"{name}.log"
        assert program.directory == str(ROOT)
    assert options.serverurl == f"unix://{tmp_path / 'state' / 'supervisor.sock'}"
    assert config.stat().st_mode & 0o077 == 0  # it names the socket that controls every process


def test_the_command_is_the_procfile_line_run_by_a_shell_that_becomes_the_process(tmp_path: Path) -> None:
    config = write_config(Path("Procfile"), ["web"], tmp_path, tmp_path, root=ROOT)
    (web,) = [group.process_configs[0] for group in parsed(config).process_group_configs]
    line = next(program.command for program in read_procfile(ROOT / "Procfile") if program.name == "web")
    # The quotes of 'staff.app:create_app()' and the $HIRFA_WEB_PORT survive supervisord's own parsing.
    assert shlex.split(web.command) == ["/bin/sh", "-c", f"exec {line}"]


def test_a_name_not_in_the_procfile_is_refused_and_a_malformed_line_is_named(tmp_path: Path) -> None:
    programs = read_procfile(ROOT / "Procfile")
    with pytest.raises(SupervisorError, match="not in the Procfile: rasaa"):
        select(programs, ["rasa", "rasaa"])
    with pytest.raises(SupervisorError, match="not in the Procfile: bots"):
        select(programs, [], without=["bots"])
    assert "telegram" not in [p.name for p in select(programs, [], without=["telegram"])]
    assert len(select(programs, [], without=["telegram"])) == len(programs) - 1
    procfile = tmp_path / "Procfile"
    procfile.write_text("# comment\n\nrasa: rasa run\nthis line has no name\n")
    with pytest.raises(SupervisorError, match=r"Procfile:4"):
        read_procfile(procfile)


def test_the_action_server_line_runs_the_token_checking_entry_point() -> None:
    (actions,) = [p for p in read_procfile(ROOT / "Procfile") if p.name == "actions"]
    assert actions.command.startswith("hirfa actions ")
