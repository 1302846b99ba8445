"""`newswatch status` against the real broker and database: what is up, what lags, what is down."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from newswatch.flows.urls import article_id
from newswatch.schemas.models import Article
from newswatch.settings import Settings
from tests.conftest import free_port
from tests.integration.test_consumer import consuming, publish_article


def newswatch(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newswatch.cli", *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **env})


def _article(i: int) -> Article:
    url = f"https://news.example.org/{i}"
    return Article(article_id=article_id(url), url=url, link=url, feed_url="https://news.example.org/rss",
                   title=f"Story {i}", authors=[], published="2025-03-10", language="en", sitename="Example",
                   body=f"Kenyan President William {('Otieno', 'Kamau', 'Mwangi')[i]} met Ugandan President Yoweri "
                        f"{('Mugisha', 'Okello', 'Tumusiime')[i]} in Nairobi on Monday.", body_source="page",
                   fetched_at="2025-03-10T10:00:00+00:00")


def test_status_shows_topics_lag_and_the_consumer_and_fails_while_none_runs(settings: Settings, extractor) -> None:
    for i in range(3):
        publish_article(settings, _article(i))
    down = newswatch("status")
    assert down.returncode == 4, down.stdout + down.stderr
    assert f"{settings.topic_prefix}.articles.v1: 2 partition(s)" in down.stdout
    assert "articles not yet read: 3" in down.stdout
    assert "has no members: no consumer is running" in down.stdout

    with consuming(settings, extractor):
        deadline = time.monotonic() + 90
        up = newswatch("status")
        while (up.returncode != 0 or "articles not yet read: 0" not in up.stdout) and time.monotonic() < deadline:
            time.sleep(2)
            up = newswatch("status")
    assert up.returncode == 0, up.stdout + up.stderr
    assert "1 member(s)" in up.stdout and "status     ok" in up.stdout
    assert "3 new meeting(s)" in up.stdout


def test_status_with_kafka_down_exits_3(settings: Settings) -> None:
    result = newswatch("status", NEWSWATCH_KAFKA_BOOTSTRAP_SERVERS=f"127.0.0.1:{free_port()}")
    assert result.returncode == 3 and "DOES NOT ANSWER" in result.stdout
