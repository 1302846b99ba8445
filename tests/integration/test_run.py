"""`newswatch run` as a user runs it: a real child process with its own Prefect server."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from newswatch.settings import Settings
from tests.conftest import ROOT, free_port


def _env(settings: Settings, state: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(
        NEWSWATCH_STATE_DIR=str(state),
        NEWSWATCH_PREFECT_PORT=str(free_port()),
        NEWSWATCH_DATABASE_URL=f"sqlite:///{state / 'newswatch.db'}",
        NEWSWATCH_POLL_INTERVAL_SECONDS="30",
        NEWSWATCH_DEMO_PORT=str(free_port()),
    )
    return env


def _started_with(state: str) -> list[str]:
    """The command lines of running processes of this run (its state folder in their environment);
    other test runs on the machine have their own."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and f"NEWSWATCH_STATE_DIR={state}".encode() in (proc / "environ").read_bytes().split(b"\0"):
                found.append((proc / "cmdline").read_bytes().replace(b"\0", b" ").decode())
        except OSError:  # gone meanwhile, or not ours to read
            continue
    return found


def _run(args: list[str], env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "newswatch.cli", "run", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def test_run_once_with_the_demo_prints_the_ui_and_two_alerts(settings: Settings, tmp_path: Path) -> None:
    process = _run(["--once", "--demo"], _env(settings, tmp_path))
    output, _ = process.communicate(timeout=300)
    assert process.returncode == 0, output
    assert "Prefect UI: http://127.0.0.1:" in output
    assert output.count("NEW MEETING") == 2, output
    assert "Vladimir Putin" in output and "Yunus-Bege Evkurov" in output
    assert "2 new meetings, 4 alert deliveries" in output


def test_run_serves_until_interrupted_then_stops_everything(settings: Settings, tmp_path: Path) -> None:
    env = _env(settings, tmp_path)
    # An interval longer than the test waits: the meetings must come from the poll at start-up.
    env["NEWSWATCH_POLL_INTERVAL_SECONDS"] = "900"
    process = _run(["--demo"], env)
    lines: list[str] = []
    # Read on a thread: a readline() that never returns must not outlive the deadline.
    reader = threading.Thread(target=lambda: lines.extend(iter(process.stdout.readline, "")), daemon=True)
    reader.start()
    deadline = time.monotonic() + 240
    try:
        while time.monotonic() < deadline and process.poll() is None and sum("NEW MEETING" in line for line in lines) < 2:
            time.sleep(1)
        assert sum("NEW MEETING" in line for line in lines) == 2, "".join(lines)
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=120)
        reader.join(timeout=10)
    output = "".join(lines)
    assert process.returncode == 0, output
    assert "Stopping" in output
    assert _started_with(env["NEWSWATCH_STATE_DIR"]) == [], "consumer or ingest process left behind"
    with pytest.raises(OSError):  # the Prefect server is gone too
        socket.create_connection(("127.0.0.1", int(env["NEWSWATCH_PREFECT_PORT"])), timeout=2).close()


def test_a_second_demo_is_refused_before_it_touches_the_running_one(settings: Settings, tmp_path: Path) -> None:
    env = _env(settings, tmp_path)
    feeds = tmp_path / "demo-feeds.toml"
    feeds.write_text("# the running demo's feed list\n")
    with socket.socket() as running:  # the running demo holds its port
        running.bind(("127.0.0.1", int(env["NEWSWATCH_DEMO_PORT"])))
        running.listen()
        process = _run(["--once", "--demo"], env)
        output, _ = process.communicate(timeout=120)
    assert process.returncode == 1, output
    [line] = [line for line in output.splitlines() if line.startswith("newswatch: ")]
    assert f"port {env['NEWSWATCH_DEMO_PORT']} is taken" in line and "NEWSWATCH_DEMO_PORT" in line
    assert feeds.read_text() == "# the running demo's feed list\n"


def test_the_prefect_ui_calls_the_api_of_its_own_port(prefect_server: str) -> None:
    # The tests' server runs on a free port, never 4200: the UI would be blank if it called 4200.
    assert not prefect_server.endswith(":4200")
    settings = httpx.get(f"{prefect_server}/ui-settings", timeout=10).json()
    assert settings["api_url"] == f"{prefect_server}/api"
