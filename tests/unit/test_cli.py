"""The ``newswatch`` command's own behaviour, without services: what --help loads, usage errors,
one-line failures. The commands' work is tested in tests/integration against the real services."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newswatch.cli import main


def test_help_loads_none_of_what_the_commands_run() -> None:
    probe = ("import sys; from newswatch.cli import main; code = main(['--help']); "
             "print(code, *sorted(m for m in ('spacy', 'prefect', 'kafka', 'sqlalchemy') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.stdout.splitlines()[-1] == "0", result.stdout + result.stderr


@pytest.mark.parametrize("args", [["nosuch"], ["meetings", "list", "--since", "last week"],
                                  ["run", "--consumers", "0"], ["kafka", "restart"]])
def test_a_usage_error_is_exit_2(args: list[str], capsys: pytest.CaptureFixture) -> None:
    assert main(args) == 2
    assert "Error:" in capsys.readouterr().err


def test_since_refuses_what_is_no_day(capsys: pytest.CaptureFixture) -> None:
    main(["meetings", "list", "--since", "last week"])
    assert "'last week' is no day" in capsys.readouterr().err


def test_feeds_validate_names_the_list(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "feeds.toml"
    path.write_text('[[feeds]]\nurl = "https://a.example/rss"\n')
    assert main(["feeds", "--feeds", str(path), "validate"]) == 0
    assert capsys.readouterr().out == f"{path}: 1 feeds, all valid\n"


def test_a_failure_is_one_line_and_debug_raises_it(monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setenv("NEWSWATCH_POLL_INTERVAL_SECONDS", "5")
    assert main(["feeds", "validate"]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("newswatch: bad setting NEWSWATCH_POLL_INTERVAL_SECONDS=5")
    with pytest.raises(Exception, match="poll_interval_seconds"):
        main(["--debug", "feeds", "validate"])
