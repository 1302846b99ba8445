"""Real inputs through real ingest flow runs, served from 127.0.0.1: the 209 feed documents of
feedparser's test suite (well-formed, ill-formed, odd encodings), and 50 saved news pages behind a
feed, whose extracted titles and dates are checked against the manifest."""

from __future__ import annotations

import json
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newswatch.flows import fetch
from newswatch.flows.ingest import ingest_feeds
from newswatch.settings import Settings
from tests.integration.localsite import LocalSite, Page, feed_list, rss
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


def test_all_209_real_world_feed_files_ingest_and_malformed_ones_are_flagged(
    settings: Settings, prefect_server: str, shared_dir: Path, tmp_path: Path, offline_names: None
) -> None:
    folder = shared_dir / "eval" / "feeds"
    entries = json.loads((folder / "manifest.json").read_text())["files"]
    with LocalSite() as site:
        for entry in entries:
            headers = {k.lower(): v for k, v in (entry.get("emulated_http_headers") or {}).items()}
            content_type = headers.pop("content-type", "application/xml")
            site.routes[f"/{entry['file']}"] = Page((folder / entry["file"]).read_bytes(), content_type,
                                                     headers={k: v for k, v in headers.items() if k != "content-location"})
        path = tmp_path / "feeds.toml"
        path.write_text(feed_list([(e["file"], f"{site.base}/{e['file']}") for e in entries]))
        reports = {r.feed: r for r in ingest_feeds(str(path))}
    assert len(reports) == 209
    assert [name for name, r in reports.items() if r.status != "changed"] == []  # none failed or crashed
    bozo = [e["file"] for e in entries if e.get("expect_bozo")]
    flagged = [name for name in bozo if reports[name].malformed]
    assert len(flagged) >= len(bozo) - 4, sorted(set(bozo) - set(flagged))
    assert all(reports[name].malformed.split(":")[0] for name in flagged)  # feedparser's reason, named
    produced = sum(r.produced for r in reports.values())
    letters = sum(r.dead_letters for r in reports.values())
    items = sum(r.items for r in reports.values())
    assert items > 80 and produced + letters + sum(r.duplicates for r in reports.values()) == items
    assert len(read_all(settings, "deadletters", expect=letters)) == letters


def _normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).translate(str.maketrans("‘’“”", "''\"\"")).split()).casefold()


def test_news_pages_behind_a_feed_keep_their_titles_and_dates(
    settings: Settings, prefect_server: str, shared_dir: Path, tmp_path: Path, offline_names: None
) -> None:
    folder = shared_dir / "eval" / "news_html"
    entries = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["files"]
    with LocalSite() as site:
        for entry in entries:
            site.routes[f"/{entry['file']}"] = Page((folder / entry["file"]).read_bytes(), "text/html")
        # Feed titles that say nothing, so the titles checked are the pages' own.
        site.routes["/feed.xml"] = Page(rss([{"link": f"{site.base}/{e['file']}", "title": f"item {i}"}
                                             for i, e in enumerate(entries)]), "application/rss+xml")
        path = tmp_path / "feeds.toml"
        path.write_text(feed_list([("News pages", f"{site.base}/feed.xml")]))
        [report] = ingest_feeds(str(path))
    assert report.produced == 50 and report.from_summary == 0
    articles = {a["link"].rsplit("/", 1)[1]: a for a in (json.loads(r.value) for r in read_all(settings, "articles", expect=50))}
    titles = dates = titled = dated = 0
    for entry in entries:
        expected, article = entry.get("expected") or {}, articles[entry["file"]]
        if expected.get("title"):
            titled += 1
            titles += _normalise(article["title"] or "") == _normalise(expected["title"])
        if expected.get("publishing_date"):
            stamp = datetime.fromisoformat(expected["publishing_date"])
            dated += 1
            dates += (article["published"] or "")[:10] in {stamp.date().isoformat(), stamp.astimezone(UTC).date().isoformat()}
    # Measured: 33/38 titles (86.8%), 38/38 dates. The five misses are pages whose expected title is
    # the og:title while the JSON-LD headline, <h1> and <title> agree on another (see the report of
    # issue 3): no rule over the page's own title sources gets them without losing others.
    assert titles / titled >= 0.85, (titles, titled)
    assert dates / dated >= 0.90, (dates, dated)
