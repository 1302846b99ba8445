"""Real inputs through real ingest flow runs, served from 127.0.0.1: feed documents of feedparser's
test suite (well-formed, ill-formed, odd encodings; tests/fixtures/feeds). The whole 209 and the
saved news pages are checked by the quality floors (benchmarks/floors.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newswatch.flows import fetch
from newswatch.flows.ingest import ingest_feeds
from newswatch.settings import Settings
from tests.integration.localsite import LocalSite, Page, feed_list
from tests.integration.test_kafka import read_all

pytestmark = pytest.mark.timeout(300)


@pytest.fixture
def offline_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """Names other than localhost do not resolve, as on a machine without DNS: the feeds' links to
    example.com and the like fail fast and visibly instead of reaching the internet."""
    real = fetch._resolve

    def resolve(host: str, port: int) -> list[str]:
        if host not in ("127.0.0.1", "localhost"):
            raise OSError(f"{host} does not resolve in this test")
        return real(host, port)

    monkeypatch.setattr(fetch, "_resolve", resolve)
    monkeypatch.setenv("NEWSWATCH_PER_HOST_DELAY_SECONDS", "0")


def test_real_world_feed_files_ingest_and_malformed_ones_are_flagged(
    settings: Settings, prefect_server: str, real_feeds: tuple[Path, list[dict]], tmp_path: Path,
    offline_names: None,
) -> None:
    folder, entries = real_feeds
    with LocalSite() as site:
        for entry in entries:
            headers = {k.lower(): v for k, v in (entry.get("emulated_http_headers") or {}).items()}
            content_type = headers.pop("content-type", "application/xml")
            site.routes[f"/{entry['file']}"] = Page((folder / entry["file"]).read_bytes(), content_type,
                                                     headers={k: v for k, v in headers.items() if k != "content-location"})
        path = tmp_path / "feeds.toml"
        path.write_text(feed_list([(e["file"], f"{site.base}/{e['file']}") for e in entries]))
        reports = {r.feed: r for r in ingest_feeds(str(path))}
    assert len(reports) == len(entries) == 35
    assert [name for name, r in reports.items() if r.status != "changed"] == []  # none failed or crashed
    bozo = [e["file"] for e in entries if e.get("expect_bozo")]
    flagged = [name for name in bozo if reports[name].malformed]
    assert flagged == bozo, sorted(set(bozo) - set(flagged))
    assert all(reports[name].malformed.split(":")[0] for name in flagged)  # feedparser's reason, named
    produced = sum(r.produced for r in reports.values())
    letters = sum(r.dead_letters for r in reports.values())
    items = sum(r.items for r in reports.values())
    # 18 items in the 35 files (measured); every one produced, dead-lettered or a duplicate.
    assert items >= 15 and produced + letters + sum(r.duplicates for r in reports.values()) == items
    assert len(read_all(settings, "deadletters", expect=letters)) == letters
