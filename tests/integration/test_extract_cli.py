"""`newswatch extract` as analysts and scripts call it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from newswatch import schemas
from newswatch.schemas.models import DEFAULT_MIN_CONFIDENCE
from newswatch.services.demo import load_articles, render_page


def _extract(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newswatch.cli", "extract", *args], input=stdin,
                          capture_output=True, text=True, timeout=180)


def test_text_file_prints_schema_valid_meetings() -> None:
    seed = Path(__file__).resolve().parents[2] / "seeds" / "seed-article.txt"
    result = _extract(str(seed), "--published", "2025-11-17")
    assert result.returncode == 0, result.stderr
    meetings = json.loads(result.stdout)
    for meeting in meetings:
        schemas.validate("meeting", meeting, "meeting")
    assert sorted((m["kind"], m["date"]) for m in meetings) == [("in_person", "2025-11-16"), ("phone_call", "2025-11-15")]


def test_html_file_takes_its_date_from_the_page(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(render_page(load_articles()[0], "http://127.0.0.1:1"))
    result = _extract(str(page))
    assert result.returncode == 0, result.stderr
    assert sorted(m["date"] for m in json.loads(result.stdout)) == ["2025-11-15", "2025-11-16"]


def test_jsonl_gives_one_line_per_input_and_reports_bad_lines(seed_text: str) -> None:
    lines = [
        json.dumps({"id": "seed", "text": seed_text, "published": "2025-11-17"}),
        json.dumps({"id": "html", "html": render_page(load_articles()[0], "http://127.0.0.1:1"), "published": None}),
        json.dumps({"id": "quiet", "text": "The river rose two metres overnight.", "published": "2025-01-02"}),
        "{not json",
    ]
    result = _extract("--jsonl", "-", stdin="\n".join(lines) + "\n")
    assert result.returncode == 1  # one line could not be read
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["seed", "html", "quiet", None]
    assert len(out[0]["meetings"]) == 2 and len(out[1]["meetings"]) == 2 and out[2]["meetings"] == []
    assert "line 4" in out[3]["error"] and "line 4" in result.stderr


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = _extract(str(tmp_path / "nope.txt"))
    assert result.returncode == 2 and "cannot read" in result.stderr


def test_min_confidence_hides_weak_readings_unless_asked() -> None:
    text = ("Finance Minister Odile Brancard met her Belgian counterpart, Pieter Claes, in Paris on Monday. "
            "Later, Tom Ferris met with Jo Hale and Sam Reed at a cafe.")
    line = json.dumps({"id": "a", "text": text, "published": "2025-03-05"})
    default = json.loads(_extract("--jsonl", "-", stdin=line).stdout)["meetings"]
    everything = json.loads(_extract("--jsonl", "-", "--min-confidence", "0", stdin=line).stdout)["meetings"]
    assert [[p["name"] for p in m["participants"]] for m in default] == [["Odile Brancard", "Pieter Claes"]]
    assert len(everything) == 2 and min(m["confidence"] for m in everything) < DEFAULT_MIN_CONFIDENCE
