"""Inputs that once stopped the consumer: each must be processed or dead-lettered, and the
records behind it must go on, on the real broker and both databases."""

from __future__ import annotations

import hashlib
import json

import pytest
from kafka import KafkaProducer

from newswatch import db
from newswatch.flows.urls import article_id
from newswatch.settings import Settings
from newswatch.topics import topic_name
from tests.integration.conftest import BACKENDS
from tests.integration.test_consumer import consume, publish_article, seed_article
from tests.integration.test_kafka import read_all

pytestmark = pytest.mark.parametrize("backend", BACKENDS)

FAR_FUTURE = ("VIENNA — Foreign Minister Alma Redl met Foreign Minister Oskar Vinter of Norway in Vienna "
              "on December 31, 9999, the ministry said.")


def test_year_9999_dates_are_dropped_and_the_pipeline_goes_on(settings: Settings, extractor, seed_text: str) -> None:
    hostile = seed_article(FAR_FUTURE).model_copy(update={
        "url": "https://news.example.org/far-future", "article_id": article_id("https://news.example.org/far-future"),
        "published": "9999-12-31T23:59:59+00:00"})
    publish_article(settings, hostile)
    publish_article(settings, seed_article(seed_text))

    stats, _ = consume(settings, extractor)

    assert (stats.articles, stats.dead_letters) == (2, 0)
    assert stats.new_meetings == 3  # the Vienna meeting (no date) and the seed's two
    assert sum(stats.lag_at_exit.values()) == 0
    with db.connect(settings)() as session:
        dates = sorted(str(m.date) for m in session.query(db.Meeting))
    assert dates == ["2025-11-15", "2025-11-16", "None"]


def poison_before_the_seed(settings: Settings, extractor, seed_text: str, value: bytes, **producer) -> dict:
    """Put a raw record ahead of the seed article, consume both, check the seed still got through,
    and return the one dead letter."""
    raw = KafkaProducer(bootstrap_servers=settings.bootstrap_servers, **producer)
    raw.send(topic_name(settings, "articles"), key=b"poison", value=value)
    raw.flush()
    raw.close()
    publish_article(settings, seed_article(seed_text))

    stats, _ = consume(settings, extractor)

    assert (stats.dead_letters, stats.articles, stats.new_meetings) == (1, 1, 2)
    [letter] = [json.loads(r.value) for r in read_all(settings, "deadletters", expect=1)]
    assert letter["key"] == "poison"
    return letter


def test_deeply_nested_json_goes_to_dead_letters(settings: Settings, extractor, seed_text: str) -> None:
    letter = poison_before_the_seed(settings, extractor, seed_text, b'{"a":' * 100_000)
    assert "nested too deeply" in letter["reason"]


def test_a_record_too_large_to_forward_is_dead_lettered_cut_with_its_hash(settings: Settings, extractor,
                                                                          seed_text: str) -> None:
    huge = b"not json " * 600_000  # 5.4 MB, under the broker's limit only when compressed
    letter = poison_before_the_seed(settings, extractor, seed_text, huge, compression_type="gzip",
                                    max_request_size=8 * 1024 * 1024)
    assert letter["payload_truncated"] and letter["payload_bytes"] == len(huge)
    assert letter["payload_sha256"] == hashlib.sha256(huge).hexdigest()
    assert huge.decode().startswith(letter["payload"]) and len(letter["payload"]) == 1024 * 1024
