"""`newswatch ingest` run by hand reports to the project's running Prefect server, found by
NEWSWATCH_PREFECT_HOST/PORT, so its flow run is listed there; with no server a temporary one runs it,
as before; a PREFECT_API_URL that does not answer is refused in one line."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newswatch.settings import Settings
from tests.conftest import ROOT, free_port
from tests.integration.localsite import LocalSite, Page, article_html, feed_list, rss

pytestmark = pytest.mark.timeout(240)


def _ingest(feeds: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newswatch.cli", "ingest", "--feeds", str(feeds)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=180)


async def _runs_of(feeds: Path) -> list:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowFilter, FlowFilterName

    async with get_client() as client:
        runs = await client.read_flow_runs(flow_filter=FlowFilter(name=FlowFilterName(any_=["ingest-feeds"])))
    return [run for run in runs if run.parameters.get("feeds_file") == str(feeds)]


def test_ingest_runs_on_the_running_prefect_server(settings: Settings, prefect_server: str, tmp_path: Path) -> None:
    with LocalSite() as site:
        site.routes["/feed.xml"] = Page(rss([{"link": f"{site.base}/a/1", "title": "Story 1"}]),
                                        content_type="application/rss+xml")
        site.routes["/a/1"] = Page(article_html("Story 1", ["A paragraph of a story about trade talks."] * 5))
        feeds = tmp_path / "feeds.toml"
        feeds.write_text(feed_list([("Hand-run wire", f"{site.base}/feed.xml")]))
        # Not told where Prefect is: found through the project's settings (NEWSWATCH_PREFECT_PORT).
        env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
        done = _ingest(feeds, env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"Prefect: {prefect_server}/api (NEWSWATCH_PREFECT_HOST/PORT)" in done.stderr
    [run] = asyncio.run(_runs_of(feeds))
    assert run.state.is_completed() and run.state.message == "1 feeds polled, 1 articles produced"


def test_with_no_server_running_a_temporary_one_runs_the_flow(settings: Settings, tmp_path: Path) -> None:
    with LocalSite() as site:
        site.routes["/feed.xml"] = Page(rss([]), content_type="application/rss+xml")
        feeds = tmp_path / "feeds.toml"
        feeds.write_text(feed_list([("Empty wire", f"{site.base}/feed.xml")]))
        nowhere = free_port()
        env = {**{k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"},
               "NEWSWATCH_PREFECT_PORT": str(nowhere), "PREFECT_HOME": str(tmp_path / "prefect"),
               # A fresh temporary server migrates its database first: slow on a busy machine.
               "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "150"}
        done = _ingest(feeds, env)
        polls = site.hits("/feed.xml")
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"Prefect: no server answers at http://127.0.0.1:{nowhere}/api: a temporary one" in done.stderr
    assert len(polls) == 1


def test_a_prefect_api_url_that_does_not_answer_is_refused_in_one_line(settings: Settings, tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(feed_list([("Nowhere", "http://127.0.0.1:9/feed.xml")]))
    dead = f"http://127.0.0.1:{free_port()}/api"
    done = _ingest(feeds, {**os.environ, "PREFECT_API_URL": dead})
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        f"newswatch: the Prefect API in PREFECT_API_URL ({dead}) does not answer: start that server, "
        "or unset PREFECT_API_URL")
