"""The Prometheus endpoints, scraped over HTTP from the real commands: `newswatch consume` with
`NEWSWATCH_METRICS_PORT` on the real broker and database, and `newswatch serve-ingest` with
`NEWSWATCH_INGEST_METRICS_PORT`, whose flow runs (processes of Prefect's own) poll a localhost feed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from newswatch.settings import Settings
from newswatch.topics import topic_name
from tests.conftest import ROOT, free_port
from tests.integration.localsite import LocalSite, Page, article_html, feed_list, rss
from tests.integration.test_consumer import publish_article, seed_article
from tests.integration.test_ingest_polling import _etag_feed

pytestmark = pytest.mark.timeout(300)


@contextmanager
def newswatch(*args: str, env: dict[str, str], log: Path) -> Iterator[subprocess.Popen]:
    """A newswatch command running for the block, stopped with SIGTERM after it."""
    with open(log, "wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "newswatch.cli", *args], cwd=ROOT, env=env,
                                   stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield process
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def samples(port: int) -> dict[tuple[str, tuple], float]:
    """Every sample the endpoint serves: (sample name, sorted labels) → value."""
    text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def scrape_until(port: int, ready: Callable[[dict], bool], timeout: float, process: subprocess.Popen,
                 log: Path) -> dict:
    deadline = time.monotonic() + timeout
    seen: dict = {}
    while time.monotonic() < deadline:
        assert process.poll() is None, f"exited {process.returncode}: {log.read_text(errors='replace')[-3000:]}"
        try:
            seen = samples(port)
        except httpx.HTTPError:
            seen = {}
        if seen and ready(seen):
            return seen
        time.sleep(1)
    pytest.fail(f"metrics never ready: {sorted(k for k in seen if k[0].startswith('newswatch'))}\n"
                f"{log.read_text(errors='replace')[-3000:]}")


def test_the_consumer_counts_articles_meetings_extraction_and_lag(settings: Settings, seed_text: str,
                                                                   tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "NEWSWATCH_METRICS_PORT": str(port)}
    with newswatch("consume", env=env, log=tmp_path / "consume.log") as process:
        # The endpoint is up before the consumer has its partitions, and shows the metrics at zero.
        before = scrape_until(port, lambda s: True, 120, process, tmp_path / "consume.log")
        assert before[("newswatch_articles_processed_total", ())] == 0
        publish_article(settings, seed_article(seed_text))
        console_sent = ("newswatch_alerts_total", (("channel", "console"), ("result", "sent")))
        after = scrape_until(port, lambda s: s.get(("newswatch_articles_processed_total", ()), 0) >= 1
                             and s.get(console_sent, 0) >= 2, 180, process, tmp_path / "consume.log")
    assert after[("newswatch_meetings_total", (("outcome", "new"),))] == 2  # the seed article's two meetings
    assert after[("newswatch_extraction_seconds_count", ())] >= 1
    assert after[("newswatch_extraction_seconds_sum", ())] > 0
    lag = {labels: value for (name, labels), value in after.items() if name == "newswatch_consumer_lag"}
    assert lag and {dict(labels)["topic"] for labels in lag} == {topic_name(settings, "articles")}
    assert all(value == 0 for value in lag.values())  # all processed


def test_the_served_ingest_flow_counts_polls_304s_and_articles(settings: Settings, prefect_server: str,
                                                               tmp_path: Path) -> None:
    port = free_port()
    etag = '"v1"'
    with LocalSite() as site:
        body = rss([{"link": f"{site.base}/a/{i}", "title": f"Story {i}"} for i in range(2)])

        site.routes["/feed.xml"] = _etag_feed(body, etag)
        for i in range(2):
            site.routes[f"/a/{i}"] = Page(article_html(f"Story {i}", [f"Part {i} of a story about trade talks."] * 5))
        feeds = tmp_path / "feeds.toml"
        # The feed's interval is the flow's (10 s): every run polls it, the first gets it, the next a 304.
        feeds.write_text(feed_list([("Metrics wire", f"{site.base}/feed.xml")]))
        env = {**os.environ, "NEWSWATCH_INGEST_METRICS_PORT": str(port), "NEWSWATCH_FEEDS_FILE": str(feeds),
               "NEWSWATCH_POLL_INTERVAL_SECONDS": "10", "NEWSWATCH_PER_HOST_DELAY_SECONDS": "0"}
        with newswatch("serve-ingest", env=env, log=tmp_path / "serve.log") as process:
            seen = scrape_until(
                port, lambda s: s.get(("newswatch_feed_polls_total", (("result", "not_modified"),)), 0) >= 1,
                240, process, tmp_path / "serve.log")
    assert seen[("newswatch_feed_polls_total", (("result", "changed"),))] == 1
    assert seen[("newswatch_articles_produced_total", ())] == 2
    # The runs that ended were folded into the totals and their files removed.
    assert len(list((settings.state_dir / "metrics" / "ingest").glob("counter_*.db"))) <= 2
