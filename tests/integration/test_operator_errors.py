"""Failures an operator meets say what failed and what to do, in one line, with a non-zero exit;
the traceback only with --debug."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, free_port


def _newswatch(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSWATCH_", "PREFECT_"))}
    base.update(NEWSWATCH_STATE_DIR=str(tmp_path / "state"), **env)
    return subprocess.run([sys.executable, "-m", "newswatch.cli", *args], cwd=ROOT, env=base,
                          capture_output=True, text=True, timeout=180)


def _one_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode != 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("newswatch: ")]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_a_bad_setting_names_the_variable(tmp_path: Path) -> None:
    line = _one_line(_newswatch(["feeds", "list"], tmp_path, NEWSWATCH_POLL_INTERVAL_SECONDS="5"))
    assert "NEWSWATCH_POLL_INTERVAL_SECONDS=5" in line and "greater than or equal" in line


def test_an_sqlite_path_in_a_missing_folder_is_refused_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "typo" / "newswatch.db"
    line = _one_line(_newswatch(["meetings", "list"], tmp_path, NEWSWATCH_DATABASE_URL=f"sqlite:///{missing}"))
    assert str(missing.parent) in line and "NEWSWATCH_DATABASE_URL" in line
    assert not missing.parent.exists()


def test_the_default_state_folder_is_still_created(tmp_path: Path) -> None:
    result = _newswatch(["meetings", "list"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "state" / "newswatch.db").exists()


def test_a_missing_feed_list_before_any_server_starts(tmp_path: Path) -> None:
    line = _one_line(_newswatch(["ingest", "--feeds", str(tmp_path / "nope.toml")], tmp_path))
    assert "nope.toml does not exist" in line


def test_kafka_that_does_not_answer_names_its_address_and_the_way_out(tmp_path: Path) -> None:
    address = f"127.0.0.1:{free_port()}"
    line = _one_line(_newswatch(["topics"], tmp_path, NEWSWATCH_KAFKA_BOOTSTRAP_SERVERS=address))
    assert address in line and "NEWSWATCH_KAFKA_BOOTSTRAP_SERVERS" in line


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    result = _newswatch(["--debug", "feeds", "list"], tmp_path, NEWSWATCH_POLL_INTERVAL_SECONDS="5")
    assert result.returncode != 0 and "Traceback" in result.stderr
