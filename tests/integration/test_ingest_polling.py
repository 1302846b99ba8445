"""The ingest flow's polling and de-duplication, in real Prefect flow runs against a localhost
site and the real Kafka broker: conditional GET, schedule and back-off, bounded work per poll
without losing items, one message per canonical URL, syndicated copies marked, robots.txt,
spacing of requests to one host, dead letters."""

from __future__ import annotations

import json
import random
import time
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from newswatch import db
from newswatch.flows.ingest import ingest_feeds
from newswatch.settings import Settings
from tests.conftest import free_port
from tests.integration.localsite import LocalSite, Page, article_html, feed_list, rss
from tests.integration.test_kafka import read_all

pytestmark = pytest.mark.timeout(120)

_WORDS = ("minister president talks summit delegation agreement trade security border energy talks visit "
          "capital officials met discussed cooperation defence economy sanctions ceasefire aid grain "
          "port railway election parliament budget reform court ruling protest police weather storm").split()


def story(seed: int, words: int = 320) -> list[str]:
    """Five paragraphs of text unlike any other seed's (different SimHash)."""
    rng = random.Random(seed)
    text = [rng.choice(_WORDS) for _ in range(words)]
    step = words // 5
    return [" ".join(text[i : i + step]).capitalize() + "." for i in range(0, words, step)]


@pytest.fixture
def env(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    for key, value in {"PER_HOST_DELAY_SECONDS": "0", "FETCH_TIMEOUT_SECONDS": "1", "FETCH_DEADLINE_SECONDS": "2"}.items():
        monkeypatch.setenv(f"NEWSWATCH_{key}", value)
    return Settings()


def _etag_feed(body: bytes, etag: str = '"v1"'):
    def handler(h) -> None:
        if h.headers.get("If-None-Match") == etag:
            h.send_response(304)
            h.send_header("ETag", etag)
            h.end_headers()
            return
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("ETag", etag)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)
    return handler


def _write_list(tmp_path: Path, feeds: list[tuple[str, str]], **extra: object) -> str:
    path = tmp_path / "feeds.toml"
    path.write_text(feed_list(feeds, **extra))
    return str(path)


def test_unchanged_feed_costs_one_304_and_is_not_polled_before_it_is_due(env: Settings, prefect_server: str, tmp_path: Path) -> None:
    with LocalSite() as site:
        site.routes["/feed.xml"] = _etag_feed(rss([{"link": f"{site.base}/a/{i}", "title": f"Story {i}"} for i in range(2)]))
        for i in range(2):
            site.routes[f"/a/{i}"] = Page(article_html(f"Story {i}", story(i)))
        feeds = _write_list(tmp_path, [("Etag wire", f"{site.base}/feed.xml")])
        [first] = ingest_feeds(feeds)
        [not_due] = ingest_feeds(feeds)
        [forced] = ingest_feeds(feeds, force=True)
        polls = site.hits("/feed.xml")
    assert (first.status, first.produced) == ("changed", 2)
    assert not_due.status == "not_due" and len(polls) == 2  # the second run sent nothing
    assert forced.not_modified and forced.produced == 0
    assert polls[1].headers["if-none-match"] == '"v1"'
    assert len(read_all(env, "articles", expect=3, timeout_ms=2000)) == 2


def test_failing_feed_backs_off_exponentially_keeps_its_error_and_is_reported(env: Settings, prefect_server: str, tmp_path: Path) -> None:
    with LocalSite() as site:
        site.routes["/broken.xml"] = Page(b"oops", "text/plain", 503)
        site.routes["/ok.xml"] = Page(rss([]), "application/rss+xml")
        feeds = _write_list(tmp_path, [("Broken wire", f"{site.base}/broken.xml"), ("Fine wire", f"{site.base}/ok.xml")])
        runs = [ingest_feeds(feeds, force=True) for _ in range(3)]
        [skipped, _] = ingest_feeds(feeds)
    assert [r[0].failures for r in runs] == [1, 2, 3]
    assert all(r[1].status == "changed" and r[1].error is None for r in runs)  # the other feed is unaffected
    assert "HTTP 503" in runs[-1][0].error
    assert skipped.status == "not_due" and skipped.failures == 3 and "HTTP 503" in skipped.error
    with db.connect(env)() as session:
        state = session.get(db.FeedState, f"{site.base}/broken.xml")
    assert state.next_poll_at - state.last_polled_at == timedelta(seconds=4 * env.poll_interval_seconds)
    assert state.last_status == "failed" and "HTTP 503" in state.last_error
    artifacts = httpx.post(f"{prefect_server}/api/artifacts/filter",
                           json={"artifacts": {"key": {"any_": ["ingest-summary"]}}, "sort": "CREATED_DESC", "limit": 1}).json()
    summary = artifacts[0]["data"]
    assert "Failing feeds" in summary and "Broken wire" in summary and "HTTP 503" in summary


def test_a_long_feed_is_worked_off_over_polls_newest_first_and_nothing_is_lost(env: Settings, prefect_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWATCH_MAX_ITEMS_PER_POLL", "10")
    with LocalSite() as site:
        items = [{"link": f"{site.base}/a/{i}", "title": f"Story {i}", "description": f"Summary of story {i}."} for i in range(25)]
        site.routes["/feed.xml"] = _etag_feed(rss(items))
        for i in range(25):
            site.routes[f"/a/{i}"] = Page(article_html(f"Story {i}", story(100 + i)))
        feeds = _write_list(tmp_path, [("Long wire", f"{site.base}/feed.xml")])
        reports = [ingest_feeds(feeds)[0]]
        first_poll = {json.loads(r.value)["link"] for r in read_all(env, "articles", expect=10)}
        reports += [ingest_feeds(feeds)[0] for _ in range(2)]  # due again at once while a backlog is left
        [after] = ingest_feeds(feeds, force=True)
        polls = site.hits("/feed.xml")
    assert [(r.produced, r.backlog) for r in reports] == [(10, 15), (10, 5), (5, 0)]
    assert [("if-none-match" in p.headers) for p in polls] == [False, False, False, True]
    assert after.not_modified
    messages = [json.loads(r.value) for r in read_all(env, "articles", expect=25)]
    assert sorted(m["link"] for m in messages) == sorted(i["link"] for i in items)
    assert first_poll == {i["link"] for i in items[:10]}  # the newest ten came first


def test_one_message_per_canonical_url_and_syndicated_copies_are_marked(env: Settings, prefect_server: str, tmp_path: Path) -> None:
    original = story(7)
    with LocalSite() as site:
        site.routes["/wire/story"] = Page(article_html("Ministers meet", original))
        site.routes["/paper/copy"] = Page(article_html("Ministers meet in the capital",
                                                       ["CAPITAL, Nov 17 (Wire) - " + original[0], *original[1:],
                                                        "Reporting by A. Writer; editing by B. Editor."]))
        site.routes["/paper/mirror"] = Page(article_html("Ministers meet", original, canonical="/wire/story"))
        site.routes["/paper/other"] = Page(article_html("Storm hits coast", story(8)))
        site.routes["/a.xml"] = Page(rss([{"link": f"{site.base}/wire/story?utm_source=rss&utm_medium=feed"}]), "application/rss+xml")
        site.routes["/b.xml"] = Page(rss([{"link": f"{site.base}/wire/story#comments", "guid": "b-1"},
                                          {"link": f"{site.base}/paper/mirror"},
                                          {"link": f"{site.base}/paper/copy"},
                                          {"link": f"{site.base}/paper/other"}]), "application/rss+xml")
        feeds = _write_list(tmp_path, [("Wire", f"{site.base}/a.xml"), ("Paper", f"{site.base}/b.xml")])
        wire, paper = ingest_feeds(feeds)
        fetched_story = len(site.hits("/wire/story"))
    assert (wire.produced, paper.produced, paper.duplicates) == (1, 2, 2)
    assert fetched_story == 1  # the second link to the same canonical URL is not even fetched
    messages = {m["link"].rsplit("/", 1)[1]: m for m in (json.loads(r.value) for r in read_all(env, "articles", expect=3))}
    first = messages["story?utm_source=rss&utm_medium=feed"]
    assert first["url"] == f"{site.base}/wire/story" and first["near_duplicate_of"] is None
    assert messages["copy"]["near_duplicate_of"] == first["article_id"]
    assert messages["other"]["near_duplicate_of"] is None
    assert all(len(m["fingerprint"]) == 16 for m in messages.values())


def test_robots_txt_is_obeyed_for_feeds_and_pages(env: Settings, prefect_server: str, tmp_path: Path) -> None:
    with LocalSite() as site:
        site.routes["/robots.txt"] = Page(b"User-agent: newswatch\nDisallow: /private/\n\nUser-agent: *\nDisallow:\n", "text/plain")
        site.routes["/private/feed.xml"] = Page(rss([]), "application/rss+xml")
        site.routes["/feed.xml"] = Page(rss([{"link": f"{site.base}/private/page", "title": "Closed door talks",
                                              "description": "Ministers met behind closed doors."}]), "application/rss+xml")
        site.routes["/private/page"] = Page(article_html("Closed door talks", story(9)))
        feeds = _write_list(tmp_path, [("Private", f"{site.base}/private/feed.xml"), ("Public", f"{site.base}/feed.xml")])
        private, public = ingest_feeds(feeds)
        assert not site.hits("/private/feed.xml") and not site.hits("/private/page")
        assert len(site.hits("/robots.txt")) == 1  # cached for the host
    assert private.status == "failed" and "robots.txt" in private.error
    [article] = [json.loads(r.value) for r in read_all(env, "articles", expect=1)]
    assert article["body_source"] == "feed_summary" and "robots.txt" in article["fetch_error"]
    assert "behind closed doors" in article["body"]


def test_requests_to_one_host_are_spaced_by_the_politeness_delay(env: Settings, prefect_server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWATCH_PER_HOST_DELAY_SECONDS", "0.3")
    with LocalSite() as site:
        for i in range(4):
            site.routes[f"/{i}.xml"] = Page(rss([]), "application/rss+xml")
        feeds = _write_list(tmp_path, [(f"Feed {i}", f"{site.base}/{i}.xml") for i in range(4)])
        ingest_feeds(feeds)
        starts = [r.at for r in site.requests]
    assert len(starts) == 5  # robots.txt and four feeds
    assert min(b - a for a, b in zip(starts, starts[1:])) >= 0.28


def test_an_item_with_no_text_anywhere_goes_to_dead_letters(env: Settings, prefect_server: str, tmp_path: Path) -> None:
    with LocalSite() as site:
        site.routes["/feed.xml"] = Page(rss([{"link": f"{site.base}/gone"}]), "application/rss+xml")
        feeds = _write_list(tmp_path, [("Empty", f"{site.base}/feed.xml")])
        [report] = ingest_feeds(feeds)
    assert (report.produced, report.dead_letters) == (0, 1)
    [letter] = [json.loads(r.value) for r in read_all(env, "deadletters", expect=1)]
    assert letter["stage"] == "ingest" and "HTTP 404" in letter["reason"] and "/gone" in letter["payload"]


def test_a_long_crawl_delay_is_capped_and_holds_only_its_own_host(env: Settings, prefect_server: str, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWATCH_HOST_TIME_BUDGET_SECONDS", "12")
    with LocalSite() as slow, LocalSite() as fast:
        slow.routes["/robots.txt"] = Page(b"User-agent: *\nCrawl-delay: 30\n", "text/plain")
        for site, n in ((slow, 6), (fast, 3)):
            site.routes["/feed.xml"] = Page(rss([{"link": f"{site.base}/{i}", "title": f"story {i}"} for i in range(n)]),
                                            "application/rss+xml")
            for i in range(n):
                site.routes[f"/{i}"] = Page(article_html(f"story {i}", story(100 * n + i)))
        feeds = _write_list(tmp_path, [("Slow", f"{slow.base}/feed.xml"), ("Fast", f"{fast.base}/feed.xml")])
        started = time.monotonic()
        slow_report, fast_report = ingest_feeds(feeds)
        elapsed = time.monotonic() - started
        fetches = [r.at for r in slow.requests if r.path != "/robots.txt"]
    # The feed, then one article 10 s later (Crawl-delay 30 capped at 10); the next could only start
    # after the host's 12 s budget, so the other five wait for the next poll.
    assert (slow_report.produced, slow_report.backlog) == (1, 5)
    assert 9.5 <= fetches[1] - fetches[0] < 12
    assert fast_report.produced == 3
    assert elapsed < 30, elapsed  # not 6 x 30 s


def test_failing_feeds_fail_their_own_task_runs_and_name_their_cause(env: Settings, prefect_server: str, tmp_path: Path) -> None:
    from prefect import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
    from prefect.client.schemas.sorting import FlowRunSort

    closed = f"http://127.0.0.1:{free_port()}/feed.xml"  # nothing listens there: connection refused
    with LocalSite() as site:
        site.routes["/a.xml"] = Page(rss([]), "application/rss+xml")
        site.routes["/b.xml"] = Page(rss([]), "application/rss+xml")
        site.routes["/broken.xml"] = lambda h: (h.send_response(500), h.end_headers())
        feeds = _write_list(tmp_path, [("Good A", f"{site.base}/a.xml"), ("Good B", f"{site.base}/b.xml"),
                                       ("Broken", f"{site.base}/broken.xml"), ("Closed", closed)])
        reports = {r.feed: r for r in ingest_feeds(feeds)}
    assert reports["Closed"].error.startswith("Unreachable: connection failed (connection refused)")
    assert "robots" not in reports["Closed"].error.split("(reading")[0]
    assert reports["Broken"].error.startswith("HTTPStatusError: HTTP 500")
    with get_client(sync_client=True) as client:
        [run] = client.read_flow_runs(sort=FlowRunSort.START_TIME_DESC, limit=1)
        assert (run.state.type.value, run.state.message) == ("COMPLETED", "2 of 4 feeds failing")
        tasks = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run.id])))
    failing = sorted((t.name, t.state.type.value) for t in tasks if t.name.startswith("feed failing"))
    assert failing == [("feed failing: Broken", "FAILED"), ("feed failing: Closed", "FAILED")]
