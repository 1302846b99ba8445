"""Inputs that once stopped the consumer: each must be processed or dead-lettered, and the
records behind it must go on, on the real broker and both databases."""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from kafka import KafkaProducer
from kafka.errors import KafkaConnectionError
from sqlalchemy import func, select, update

from newswatch import db
from newswatch.consumers.alerts import subscriptions
from newswatch.consumers.alerts.dispatch import Dispatcher
from newswatch.consumers.meetings import MeetingConsumer
from newswatch.consumers.store import write, write_article
from newswatch.flows.urls import article_id
from newswatch.messaging import Publisher
from newswatch.settings import Settings
from newswatch.topics import topic_name
from tests.integration.conftest import BACKENDS
from tests.integration.localsite import Hanging
from tests.integration.test_alerts import Receiver, article, meeting
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


def test_an_article_that_cannot_be_stored_is_dead_lettered_and_the_rest_of_its_batch_is_stored(
        settings: Settings, extractor, seed_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    url = "https://news.example.org/unstorable"
    unstorable = seed_article(seed_text).model_copy(update={"url": url, "article_id": article_id(url)})
    publish_article(settings, unstorable)
    publish_article(settings, seed_article(seed_text))
    real_write = write._write

    def refuse(session, article, *args):  # a value no column takes, in one article of the batch
        if article.article_id == unstorable.article_id:
            raise ValueError("value out of range")
        return real_write(session, article, *args)

    monkeypatch.setattr(write, "_write", refuse)
    stats, _ = consume(settings, extractor)

    assert (stats.articles, stats.new_meetings, stats.dead_letters) == (1, 2, 1)
    [letter] = [json.loads(r.value) for r in read_all(settings, "deadletters", expect=1)]
    assert letter["key"] == url and letter["reason"].startswith("could not store its meetings: ValueError")
    with db.connect(settings)() as session:
        assert session.scalar(select(func.count()).select_from(db.Article)) == 1


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


def test_a_hanging_webhook_holds_back_only_its_own_alerts_and_sigterm_stops_the_consumer_fast(
        settings: Settings, seed_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWATCH_WEBHOOK_TIMEOUT_SECONDS", "120")
    hanging = Hanging()
    sessions = db.connect(settings)
    subscriptions.add(sessions, "stuck", "webhook", hanging.url, subscriptions.Filters())
    publish_article(settings, seed_article(seed_text))
    consumer = subprocess.Popen([sys.executable, "-m", "newswatch.cli", "consume"], env=dict(os.environ))
    try:
        started = time.monotonic()
        alerts = read_all(settings, "alerts", expect=2, timeout_ms=90_000)
        arrived = time.monotonic() - started  # includes loading spaCy
        assert len(alerts) == 2 and arrived < 60, arrived
        consumer.send_signal(signal.SIGTERM)
        stopping = time.monotonic()
        consumer.wait(timeout=30)
        assert time.monotonic() - stopping <= 10 and consumer.returncode == 0
    finally:
        consumer.kill()
        hanging.close()
    with sessions() as session:
        states = dict(session.execute(select(db.Subscription.channel, db.Delivery.state)
                                      .join(db.Subscription, db.Subscription.id == db.Delivery.subscription_id)).all())
    # The webhook's alerts stay claimed or due, for the next consumer: nothing is lost.
    assert states["kafka"] == "delivered" and states["webhook"] in ("sending", "pending", "retry")


def test_a_receiver_answering_with_an_endless_body_is_delivered_without_reading_it(
        settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    class Endless(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.end_headers()
            try:
                while True:
                    self.wfile.write(b"x" * 65536)
            except OSError:
                pass

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Endless)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sessions = db.connect(settings)
    with sessions.begin() as session:
        session.execute(update(db.Subscription).values(active=False))
    try:
        subscriptions.add(sessions, "endless", "webhook", f"http://127.0.0.1:{server.server_address[1]}/hook",
                          subscriptions.Filters())
        write_article(sessions, article(int("e" * 16, 16), "a"),
                      [meeting(("Amara Okonkwo", "NG"), ("Lukas Brandt", "DE"))])
        with Publisher(settings, "test-endless") as publisher:
            started = time.monotonic()
            delivered = Dispatcher(settings, sessions, publisher, console=None).run_once()
            assert delivered == 1 and time.monotonic() - started < 10
    finally:
        server.shutdown()
        server.server_close()


def test_a_receiver_that_keeps_failing_is_paused_without_spending_its_alerts_attempts(
        settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWATCH_DELIVERY_BACKOFF_SECONDS", "0.01")
    monkeypatch.setenv("NEWSWATCH_DELIVERY_BREAKER_FAILURES", "3")
    monkeypatch.setenv("NEWSWATCH_DELIVERY_BREAKER_SECONDS", "1.5")
    failing = Receiver(fail_first=10_000)
    sessions = db.connect(settings)
    with sessions.begin() as session:
        session.execute(update(db.Subscription).values(active=False))
    try:
        subscriptions.add(sessions, "down", "webhook", failing.url, subscriptions.Filters())
        for n in range(5):
            write_article(sessions, article(n, "a"),
                          [meeting(("Amara Okonkwo", "NG"), ("Lukas Brandt", "DE"), date=f"2025-03-{4 * n + 1:02d}")])
        with Publisher(settings, "test-breaker") as publisher:
            dispatcher = Dispatcher(Settings(), sessions, publisher, console=None)
            dispatcher.run_once()
            assert len(failing.requests) == 3  # the circuit opened after three failures in a row
            time.sleep(0.1)
            dispatcher.run_once()
            assert len(failing.requests) == 3  # paused, though retries are due
            time.sleep(1.5)
            dispatcher.run_once()
            assert len(failing.requests) == 4  # after the pause one trial, which fails: paused again
    finally:
        failing.close()
    with sessions() as session:
        attempts = session.scalars(select(db.Delivery.attempts)).all()
    assert sorted(attempts) == [0, 0, 1, 1, 2]  # the paused alerts kept their attempts


def test_a_locked_database_is_waited_out_and_the_consumer_stays_up(
        settings: Settings, extractor, seed_text: str, backend: str) -> None:
    if backend != "sqlite":
        pytest.skip("holds SQLite's write lock")
    publish_article(settings, seed_article(seed_text))
    db.connect(settings)  # the schema exists before the lock is taken
    lock = sqlite3.connect(settings.db_url.split("///", 1)[1], isolation_level=None, check_same_thread=False)
    lock.execute("BEGIN EXCLUSIVE")  # held 15 s: longer than the 10 s busy timeout
    threading.Timer(15, lock.rollback).start()

    stats, _ = consume(settings, extractor)

    assert (stats.articles, stats.new_meetings, stats.dead_letters) == (1, 2, 0)
    assert stats.deliveries == 4 and sum(stats.lag_at_exit.values()) == 0


def test_a_consumer_killed_hard_is_replaced_within_seconds(settings: Settings, seed_text: str) -> None:
    publish_article(settings, seed_article(seed_text))
    command = [sys.executable, "-m", "newswatch.cli", "consume"]
    first = subprocess.Popen(command, env=dict(os.environ))
    try:
        assert len(read_all(settings, "alerts", expect=2, timeout_ms=90_000)) == 2
    finally:
        first.kill()
        first.wait()
    later = seed_article(FAR_FUTURE.replace("December 31, 9999", "Monday")).model_copy(update={
        "url": "https://news.example.org/vienna", "article_id": article_id("https://news.example.org/vienna")})
    publish_article(settings, later)
    started = time.monotonic()
    second = subprocess.Popen(command, env=dict(os.environ))
    try:
        assert len(read_all(settings, "alerts", expect=3, timeout_ms=120_000)) == 3
        # Loading spaCy, then the dead member's session running out (10 s by default, was 45 s).
        assert time.monotonic() - started < 35
    finally:
        second.terminate()
        second.wait(timeout=30)


def test_webhook_secrets_are_stored_sealed_when_a_key_is_set(settings: Settings,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWATCH_SECRET_KEY", "correct horse battery staple")
    receiver = Receiver()
    sessions = db.connect(settings)
    with sessions.begin() as session:
        session.execute(update(db.Subscription).values(active=False))
    try:
        sub = subscriptions.add(sessions, "sealed", "webhook", receiver.url, subscriptions.Filters(),
                                settings=Settings())
        with sessions() as session:
            stored = session.get(db.Subscription, sub.id).secret
        assert stored.startswith("fernet:") and sub.signing_secret not in stored
        write_article(sessions, article(int("5" * 16, 16), "a"),
                      [meeting(("Amara Okonkwo", "NG"), ("Lukas Brandt", "DE"))])
        with Publisher(settings, "test-sealed") as publisher:
            assert Dispatcher(Settings(), sessions, publisher, console=None).run_once() == 1
            headers, body = receiver.requests[0]
            signed = hmac.new(sub.signing_secret.encode(), headers["x-newswatch-timestamp"].encode() + b"." + body,
                              hashlib.sha256).hexdigest()
            assert headers["x-newswatch-signature"] == f"sha256={signed}"
            # Under another key the secret cannot be opened: the alert fails for good, nothing is sent.
            monkeypatch.setenv("NEWSWATCH_SECRET_KEY", "another passphrase")
            write_article(sessions, article(int("6" * 16, 16), "a", published="2025-03-14"),
                          [meeting(("Amara Okonkwo", "NG"), ("Lukas Brandt", "DE"), date="2025-03-14")])
            assert Dispatcher(Settings(), sessions, publisher, console=None).run_once() == 0
    finally:
        receiver.close()
    assert len(receiver.requests) == 1
    with sessions() as session:
        errors = session.scalars(select(db.Delivery.last_error).where(db.Delivery.state == "failed")).all()
    assert errors and "another NEWSWATCH_SECRET_KEY" in errors[0]


def test_consume_until_idle_waits_for_a_send_in_flight(settings: Settings, extractor, seed_text: str) -> None:
    slow = Receiver(on_request=lambda: time.sleep(4))
    try:
        subscriptions.add(db.connect(settings), "slow", "webhook", slow.url, subscriptions.Filters())
        publish_article(settings, seed_article(seed_text))
        stats, _ = consume(settings, extractor)
    finally:
        slow.close()
    with db.connect(settings)() as session:
        states = Counter(session.scalars(select(db.Delivery.state)))
    assert states == {"delivered": 6} and stats.deliveries == 6  # topic, console and the slow webhook, twice


def test_a_broker_error_mid_batch_replays_the_batch_instead_of_stopping(
        settings: Settings, extractor, seed_text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    publish_article(settings, seed_article(seed_text))
    consumer = MeetingConsumer(settings, extractor=extractor, console=io.StringIO())
    commit, failures = consumer.consumer.commit, []

    def commit_once_refused(*args, **kwargs):  # the broker goes away as the offsets are committed
        if not failures:
            failures.append(1)
            raise KafkaConnectionError("111 ECONNREFUSED")
        return commit(*args, **kwargs)

    monkeypatch.setattr(consumer.consumer, "commit", commit_once_refused)
    try:
        stats = consumer.run(until_idle=2.0)
    finally:
        consumer.close()
    assert failures and stats.articles == 2 and stats.new_meetings == 2  # read twice, stored once
    assert stats.deliveries == 4 and sum(stats.lag_at_exit.values()) == 0
    alerts = read_all(settings, "alerts", expect=3, timeout_ms=3000)
    assert len(alerts) == 2
