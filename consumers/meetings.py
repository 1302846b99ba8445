"""The meeting consumer: articles in, meetings stored and announced, offsets committed last.

For each polled batch: decode and validate every record (poison records go to dead letters),
extract meetings from all articles with one ``nlp.pipe`` pass, merge them into the stored meetings
and queue their alerts in the outbox (one transaction for the batch), publish the meeting events,
and only then commit the offsets. A crash anywhere before the commit replays the batch, and every
step above is idempotent. The alerts go out from the outbox on the dispatcher's own threads, so a
slow subscriber never holds the partitions. A stop request abandons the batch in hand (it is
replayed); a database outage is waited out with back-off, the batch replayed once it is back.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from typing import TextIO

from kafka import TopicPartition
from kafka.errors import KafkaError
from kafka.consumer.fetcher import ConsumerRecord
from kafka.structs import OffsetAndMetadata

from newswatch import db, metrics
from newswatch.consumers.alerts.dispatch import Dispatcher
from newswatch.consumers.extraction import MeetingExtractor, load_nlp
from newswatch.consumers.extraction.dates import plausible
from newswatch.consumers.store import write_article, write_articles
from newswatch.consumers.store.write import Written
from newswatch.consumers.telemetry import Heartbeat, Hooks, consumer_name
from newswatch.errors import NewswatchError
from newswatch.logs import brief
from newswatch.messaging import Publisher, PoisonMessage, decode, make_consumer, utc_now
from newswatch.schemas.models import Article, ArticleRef, Meeting, MeetingEvent
from newswatch.settings import Settings
from newswatch.topics import topic_name

log = logging.getLogger(__name__)

STAGE = "meetings-consumer"


class _Stopped(NewswatchError):
    """A stop was asked for mid-batch: the rest of the batch is left for replay (a signal the loop
    catches, not a failure; a NewswatchError like every exception newswatch defines)."""


@dataclass
class ConsumeStats:
    articles: int = 0
    meetings: int = 0
    new_meetings: int = 0
    deliveries: int = 0  # alerts delivered, over all subscriptions
    dead_letters: int = 0
    batches: int = 0
    lag_at_exit: dict[str, int] = field(default_factory=dict)


def published_date(article: Article) -> date | None:
    try:
        return plausible(date.fromisoformat((article.published or "")[:10]))
    except ValueError:
        return None


def _without_implausible_date(article: Article) -> Article:
    """The article with a publication date outside the years news can mean ("9999-12-31", a
    feed's placeholder or a hostile value) dropped: it would overflow the merge window."""
    if article.published and published_date(article) is None:
        log.warning("publication date ignored article_id=%s published=%r reason=implausible",
                    article.article_id, article.published[:40])
        article = article.model_copy(update={"published": None})
    return article


def meeting_events(article: Article, meetings: list[Meeting], meeting_ids: list[str]) -> list[MeetingEvent]:
    ref = ArticleRef(
        article_id=article.article_id, url=article.url, title=article.title,
        publisher=article.sitename, published=article.published,
    )
    now = utc_now()
    return [
        MeetingEvent(meeting_id=mid, meeting=m, article=ref, extracted_at=now)
        for m, mid in zip(meetings, meeting_ids, strict=True)
    ]


class MeetingConsumer:
    def __init__(self, settings: Settings, extractor: MeetingExtractor | None = None,
                 console: TextIO | None = sys.stdout, hooks: Hooks | None = None):
        self.settings = settings
        self.hooks = hooks or Hooks()  # the Prefect UI's heartbeats and meeting events (telemetry.py)
        self.extractor = extractor or MeetingExtractor(load_nlp(settings.spacy_model), max_chars=settings.nlp_max_chars,
                                                      max_seconds=settings.nlp_max_seconds,
                                                      whole_text=settings.nlp_whole_text)
        self.console = console
        self.sessions = db.connect(settings)
        self.publisher = Publisher(settings, client_id=STAGE)
        self.consumer = make_consumer(settings, "articles", settings.consumer_group)
        self.dispatcher = Dispatcher(settings, self.sessions, self.publisher, console)
        self.stats = ConsumeStats()

    def close(self) -> None:
        self.dispatcher.stop()
        self.consumer.close(autocommit=False)
        self.publisher.close()

    def run(self, stop: threading.Event | None = None, until_idle: float | None = None) -> ConsumeStats:
        """Consume until ``stop`` is set, or, with ``until_idle``, until the group has caught up,
        nothing arrived for that many seconds and no alert is due or being sent."""
        stop = stop or threading.Event()
        self.dispatcher.start()  # alerts queued earlier (by a run that died, or for a retry) go out first
        idle_since = time.monotonic()
        outage = 0
        try:
            while not stop.is_set():
                if self.hooks.due():
                    self._heartbeat(broker_answers=outage == 0)
                try:
                    polled = self.consumer.poll(timeout_ms=1000, max_records=self.settings.nlp_batch_size * 4)
                except KafkaError as exc:  # the broker (or the group coordinator) is away
                    outage += 1
                    self._wait_out(stop, outage, exc, "poll", cap=30.0)
                    continue
                records = [r for batch in polled.values() for r in batch]
                self._observe_lag()
                if records:
                    try:
                        self.process(records, stop)
                        outage = 0
                    except (*db.OUTAGES, KafkaError) as exc:
                        # Nothing of the batch is committed, so it is read again once the database
                        # or the broker is back (every step is idempotent).
                        outage += 1
                        self._replay(records)
                        self._wait_out(stop, outage, exc, "batch", cap=60.0, replayed=len(records))
                    idle_since = time.monotonic()
                elif until_idle is not None and time.monotonic() - idle_since >= until_idle:
                    # Before the group has assigned partitions, "no lag" only means "no answer yet".
                    if self.consumer.assignment() and sum(self.lag().values()) == 0 and self.dispatcher.idle():
                        break
        except _Stopped:
            log.info("batch left for replay reason=stop_requested")
        self.stats.deliveries = self.dispatcher.delivered
        self.stats.lag_at_exit = self.lag()
        self._heartbeat(broker_answers=True, stopped=True)
        return self.stats

    def _heartbeat(self, broker_answers: bool, stopped: bool = False) -> None:
        """Tell the hooks the lag and the counts (the lag only when the broker answered the last
        poll: asking it now could hold the loop for its whole request timeout)."""
        try:
            lag = self.lag() if broker_answers else None
        except KafkaError:
            lag = None  # shown as unknown: the broker went away since the poll
        s = self.stats
        self.hooks.heartbeat(Heartbeat(
            consumer=consumer_name(self.settings), group=self.settings.consumer_group,
            topic=topic_name(self.settings, "articles"), lag=lag, articles=s.articles, meetings=s.meetings,
            new_meetings=s.new_meetings, alerts_delivered=self.dispatcher.delivered,
            alerts_failed=self.dispatcher.failed, dead_letters=s.dead_letters, stopped=stopped))

    @staticmethod
    def _wait_out(stop: threading.Event, outage: int, exc: Exception, during: str, cap: float, replayed: int = 0) -> None:
        """Back off (2, 4, 8 … up to ``cap`` seconds) while the database or the broker is away, saying
        so: what it interrupted (``poll`` or ``batch``) and how many records are left for replay."""
        pause = min(2.0 ** outage, cap)
        service = "broker" if isinstance(exc, KafkaError) else "database"
        log.warning("service unavailable service=%s during=%s replayed=%d retry_in=%.0fs outage=%d error=%r",
                    service, during, replayed, pause, outage, brief(exc))
        stop.wait(pause)

    def _replay(self, records: list[ConsumerRecord]) -> None:
        """Rewind to the first record of the batch in each partition, so the next poll returns it again."""
        first: dict[TopicPartition, int] = {}
        for r in records:
            tp = TopicPartition(r.topic, r.partition)
            first[tp] = min(first.get(tp, r.offset), r.offset)
        for tp, offset in first.items():
            if tp in self.consumer.assignment():  # else the group gave it to another consumer
                self.consumer.seek(tp, offset)

    def lag(self) -> dict[str, int]:
        """Messages not yet committed by this group, per partition assigned to this consumer."""
        partitions = list(self.consumer.assignment())
        if not partitions:
            return {}
        ends = self.consumer.end_offsets(partitions)
        lag = {}
        for tp in partitions:
            committed = self.consumer.committed(tp) or 0
            lag[f"{tp.topic}[{tp.partition}]"] = max(ends[tp] - committed, 0)
        return lag

    def _observe_lag(self) -> None:
        """The lag gauge, per assigned partition, from what the client already knows (the end of the
        partition from its last fetch, its position): no request to the broker, no wait."""
        metrics.CONSUMER_LAG.clear()  # partitions handed to another consumer are not ours to report
        for tp in self.consumer.assignment():
            end, position = self.consumer.highwater(tp), self.consumer.position(tp, timeout_ms=0)
            if end is not None and position is not None:
                metrics.CONSUMER_LAG.labels(tp.topic, str(tp.partition)).set(max(end - position, 0))

    def process(self, records: list[ConsumerRecord], stop: threading.Event | None = None) -> None:
        stop = stop or threading.Event()
        articles: list[tuple[ConsumerRecord, Article]] = []
        for record in records:
            try:
                articles.append((record, _without_implausible_date(decode(record, Article))))
            except PoisonMessage as exc:
                self._dead_letter(record, str(exc))
        results = self._extract([a for _, a in articles], [r for r, _ in articles], stop)
        if stop.is_set():
            raise _Stopped
        extracted = [(r, a, m) for (r, a), m in zip(articles, results, strict=True) if m is not None]
        stored = self._store(extracted)
        # The alerts are in the outbox now, committed: they need not wait for the broker's
        # confirmations below.
        self.dispatcher.wake()
        # A stored meeting is new once, whatever happens to this batch's events: counted now, as a
        # replay after the broker failed below finds it stored already.
        for _, _, _, written in stored:
            self.stats.new_meetings += len(written.new)
            metrics.MEETINGS.labels("new").inc(len(written.new))
            metrics.MEETINGS.labels("updated").inc(len(written.changed))
        sent = []
        for record, article, meetings, written in stored:
            try:
                events = meeting_events(article, meetings, written.meeting_ids)
            except Exception as exc:  # a stored value the event's model refuses: replaying would fail again
                log.exception("article dead-lettered article_id=%s reason=event_invalid", article.article_id)
                self._dead_letter(record, f"could not describe its meetings: {type(exc).__name__}: {exc}")
                continue
            sent += [
                self.publisher.publish("meetings", event.to_json(), key=event.meeting_id,
                                       headers={"article-id": article.article_id})
                for event in events
            ]
            self.stats.articles += 1
            self.stats.meetings += len(events)
            self.hooks.written(article, meetings, written)
            metrics.ARTICLES_PROCESSED.inc()
            log.info(
                "article processed article_id=%s partition=%s offset=%s meetings=%d new=%d updated=%d replayed=%s",
                article.article_id, record.partition, record.offset, len(events), len(written.new),
                len(written.changed), str(written.already_processed).lower(),
            )
        # One wait for the broker per batch, not per article. It raises when the broker did not take
        # them all: then nothing is committed and the batch is read again (every step is idempotent).
        for future in sent:
            self.publisher.confirm(future)
        self.consumer.commit(self._next_offsets(records))
        self.stats.batches += 1

    def _store(self, extracted: list[tuple[ConsumerRecord, Article, list[Meeting]]]
               ) -> list[tuple[ConsumerRecord, Article, list[Meeting], Written]]:
        """Write the batch's articles in one transaction. When that fails for something other than
        an outage, each article is written on its own, so only the one that cannot be stored goes
        to dead letters; database outages propagate, and the batch is replayed once it is back."""
        if not extracted:
            return []
        try:
            written = write_articles(self.sessions, [(a, m) for _, a, m in extracted], self.settings.merge_window_days)
            return [(r, a, m, w) for (r, a, m), w in zip(extracted, written, strict=True)]
        except db.OUTAGES:
            raise
        except Exception as exc:
            log.warning("batch write failed articles=%d retry=one_by_one error=%r", len(extracted), brief(exc))
        stored = []
        for record, article, meetings in extracted:
            try:
                stored.append((record, article, meetings,
                               write_article(self.sessions, article, meetings, self.settings.merge_window_days)))
            except db.OUTAGES:
                raise
            except Exception as exc:
                # Something in this article's meetings cannot be stored (a value the model, the
                # code or a column refuses): replaying would fail again, so the article goes to
                # dead letters and its partition moves on.
                log.exception("article dead-lettered article_id=%s reason=store_failed", article.article_id)
                self._dead_letter(record, f"could not store its meetings: {type(exc).__name__}: {exc}")
        return stored

    def _extract(self, articles: list[Article], records: list[ConsumerRecord],
                 stop: threading.Event) -> list[list[Meeting] | None]:
        items = [(a.body, published_date(a)) for a in articles]
        results: list[list[Meeting] | None] = []
        started = time.monotonic()
        try:
            for meetings in self.extractor.extract_many(
                    items, batch_size=self.settings.nlp_batch_size, n_process=self.settings.nlp_processes):
                if stop.is_set():
                    raise _Stopped
                results.append(meetings)
            if items:
                metrics.EXTRACTION_SECONDS.observe(time.monotonic() - started)
            return results
        except _Stopped:
            raise
        except Exception:
            log.exception("batch extraction failed articles=%d retry=one_by_one", len(items))
        results = []
        for (text, published), record in zip(items, records, strict=True):
            try:
                results.append(self.extractor.extract(text, published))
            except Exception as exc:
                self._dead_letter(record, f"extraction failed: {type(exc).__name__}: {exc}")
                results.append(None)
        return results

    def _dead_letter(self, record: ConsumerRecord, reason: str) -> None:
        key = record.key.decode("utf-8", errors="replace") if record.key else None
        self.publisher.confirm(self.publisher.dead_letter(STAGE, reason, record.value, key=key, record=record))
        self.stats.dead_letters += 1
        metrics.DEAD_LETTERS.labels(STAGE).inc()

    @staticmethod
    def _next_offsets(records: list[ConsumerRecord]) -> dict[TopicPartition, OffsetAndMetadata]:
        last: dict[TopicPartition, int] = {}
        for r in records:
            tp = TopicPartition(r.topic, r.partition)
            last[tp] = max(last.get(tp, -1), r.offset)
        return {tp: OffsetAndMetadata(offset + 1, "", -1) for tp, offset in last.items()}
