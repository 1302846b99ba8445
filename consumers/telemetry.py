"""The consumer in the Prefect UI: a flow run per consumer process, a heartbeat (event and
artifacts) every ``NEWSWATCH_CONSUMER_HEARTBEAT_SECONDS``, and an event per new or updated meeting.

Why one long flow run per process rather than a heartbeat flow run every minute: a heartbeat
flow would be Completed every minute even while the consumer's loop is stuck, and would bury the
runs list; one run per process is Running for as long as the process lives and ends Completed (a
clean stop), Failed (an exception) or Crashed (interrupted). What a run state cannot show — a
process killed outright leaves its run Running — the heartbeats show: the loop itself queues them,
so a stuck or dead consumer stops sending them.

Everything here is best effort: the loop only puts onto a bounded queue (a full queue drops the
item and counts it), and one background thread talks to Prefect; with no server the consumer runs
on, and says so once in the log, and events are dropped until a heartbeat gets through again.
"""

from __future__ import annotations

import contextvars
import logging
import os
import queue
import re
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from newswatch.consumers.identity import participant_key
from newswatch.logs import brief
from newswatch.schemas.models import Article, Meeting, Participant
from newswatch.settings import Settings

if TYPE_CHECKING:
    from newswatch.consumers.store import Written

log = logging.getLogger(__name__)

HEARTBEAT = "newswatch.consumer.heartbeat"
MEETING_NEW = "newswatch.meeting.new"
MEETING_UPDATED = "newswatch.meeting.updated"
FLOW_NAME = "consume-articles"
QUEUE_SIZE = 1000

T = TypeVar("T")


def consumer_name(settings: Settings) -> str:
    """This process among the group's consumers: its static instance id, else host and pid."""
    return settings.consumer_instance_id or f"{socket.gethostname()}-{os.getpid()}"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "unknown"


# Building the events (pure).

def person_resource(participant: Participant) -> dict[str, str]:
    """A participant as a related resource, keyed by the name key reports of one person share."""
    resource = {
        "prefect.resource.id": f"newswatch.person.{_slug(participant_key(participant))}",
        "prefect.resource.role": "participant",
        "prefect.resource.name": participant.name,
    }
    if participant.title:
        resource["newswatch.person.title"] = participant.title
    if participant.country:
        resource["newswatch.person.country"] = participant.country
    return resource


def article_resource(article: Article) -> dict[str, str]:
    return {
        "prefect.resource.id": f"newswatch.article.{article.article_id}",
        "prefect.resource.role": "source",
        "prefect.resource.name": article.title or article.url,
        "newswatch.article.url": article.url,
        "newswatch.article.publisher": article.sitename or "",
    }


def meeting_event(name: str, meeting_id: str, meeting: Meeting, article: Article,
                  changes: list[str] | None = None) -> dict[str, Any]:
    """The keyword arguments of ``emit_event`` for one meeting this article reported."""
    sides = " ↔ ".join(p.name for p in meeting.participants)
    return {
        "event": name,
        "resource": {
            "prefect.resource.id": f"newswatch.meeting.{meeting_id}",
            "prefect.resource.name": f"{meeting.kind}: {sides}",
            "newswatch.meeting.kind": str(meeting.kind),
            "newswatch.meeting.status": str(meeting.status),
        },
        "related": [*(person_resource(p) for p in meeting.participants), article_resource(article)],
        "payload": {
            "meeting_id": meeting_id, "kind": str(meeting.kind), "status": str(meeting.status),
            "date": meeting.date, "location": meeting.location, "topics": list(meeting.topics),
            "confidence": meeting.confidence, "changes": changes or [],
            "article": {"article_id": article.article_id, "url": article.url, "title": article.title,
                        "publisher": article.sitename},
        },
    }


def written_events(article: Article, meetings: list[Meeting], written: Written) -> list[dict[str, Any]]:
    """One event per meeting the article made new, one per stored meeting it changed (a report
    that adds nothing, or a replayed article, makes none)."""
    reported: dict[str, Meeting] = {}
    for meeting, meeting_id in zip(meetings, written.meeting_ids, strict=True):
        reported.setdefault(meeting_id, meeting)
    return [
        *(meeting_event(MEETING_NEW, mid, reported[mid], article) for mid in written.new),
        *(meeting_event(MEETING_UPDATED, mid, reported[mid], article, changes)
          for mid, changes in written.changed.items()),
    ]


@dataclass(frozen=True)
class Heartbeat:
    """What one consumer process did since it started, and its lag now."""

    consumer: str
    group: str
    topic: str
    lag: dict[str, int] | None  # "topic[partition]" → records not yet committed; None: the broker did not answer
    articles: int = 0
    meetings: int = 0
    new_meetings: int = 0
    alerts_delivered: int = 0
    alerts_failed: int = 0
    dead_letters: int = 0
    stopped: bool = False
    at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def lag_total(self) -> int | None:
        return None if self.lag is None else sum(self.lag.values())

    def counts(self) -> dict[str, int]:
        return {"articles": self.articles, "meetings": self.meetings, "new_meetings": self.new_meetings,
                "alerts_delivered": self.alerts_delivered, "alerts_failed": self.alerts_failed,
                "dead_letters": self.dead_letters}


def heartbeat_event(beat: Heartbeat, lag_threshold: int, flow_run_id: str | None = None) -> dict[str, Any]:
    """The keyword arguments of ``emit_event`` for a heartbeat. Automations cannot compare payload
    numbers, so whether the lag is above the threshold is a resource label they can match."""
    lagging = beat.lag_total is not None and beat.lag_total > lag_threshold
    related = [{"prefect.resource.id": f"newswatch.topic.{beat.topic}", "prefect.resource.role": "topic",
                "prefect.resource.name": beat.topic}]
    if flow_run_id:
        related.append({"prefect.resource.id": f"prefect.flow-run.{flow_run_id}", "prefect.resource.role": "flow-run"})
    return {
        "event": HEARTBEAT,
        "resource": {
            "prefect.resource.id": f"newswatch.consumer.{_slug(beat.consumer)}",
            "prefect.resource.name": beat.consumer,
            "newswatch.consumer.group": beat.group,
            "newswatch.consumer.state": "stopped" if beat.stopped else "running",
            "newswatch.consumer.lagging": str(lagging).lower(),
        },
        "related": related,
        "payload": {"lag": None if beat.lag is None else dict(sorted(beat.lag.items())),
                    "lag_total": beat.lag_total, "lag_threshold": lag_threshold, **beat.counts()},
        "occurred": beat.at,
    }


def heartbeat_table(beat: Heartbeat) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = [{"measure": f"lag {p}", "value": n} for p, n in sorted((beat.lag or {}).items())]
    rows.append({"measure": "lag total", "value": "broker did not answer" if beat.lag is None else beat.lag_total})
    rows += [{"measure": name.replace("_", " "), "value": n} for name, n in beat.counts().items()]
    return rows


def heartbeat_markdown(beat: Heartbeat, lag_threshold: int) -> str:
    state = "stopped" if beat.stopped else "running"
    lines = [
        f"## Consumer `{beat.consumer}` — {state}",
        f"Group `{beat.group}` on `{beat.topic}`, at {beat.at:%Y-%m-%d %H:%M:%S} UTC. "
        f"Counts are since the process started; lag is records not yet committed (threshold {lag_threshold}).",
        "",
        "| partition | lag |", "|---:|---:|",
        *(f"| {p} | {n} |" for p, n in sorted((beat.lag or {}).items())),
        f"| **total** | **{'?' if beat.lag is None else beat.lag_total}** |",
        "",
        "| articles | meetings | new meetings | alerts delivered | alerts failed | dead letters |",
        "|---:|---:|---:|---:|---:|---:|",
        "| " + " | ".join(str(n) for n in beat.counts().values()) + " |",
    ]
    return "\n".join(lines)


# Sending them.

class Hooks:
    """What the consumer loop tells the outside world; these do nothing (no Prefect)."""

    def due(self) -> bool:
        return False

    def heartbeat(self, beat: Heartbeat) -> None:
        pass

    def written(self, article: Article, meetings: list[Meeting], written: Written) -> None:
        pass

    def close(self, timeout: float = 5.0) -> None:
        pass


class Telemetry(Hooks):
    """Sends the events and artifacts to the Prefect API from a background thread. Built inside
    the flow run, whose context the thread inherits (artifacts belong to the run)."""

    def __init__(self, settings: Settings, flow_run_id: str | None = None,
                 send: Callable[[str, Any], None] | None = None):
        self.interval = settings.consumer_heartbeat_seconds
        self.lag_threshold = settings.consumer_lag_threshold
        self.flow_run_id = flow_run_id
        self.artifact_key = f"consumer-{_slug(consumer_name(settings))}"
        self.dropped = 0
        self._send = send or self._to_prefect
        self._next = time.monotonic()  # the first heartbeat at once: the UI shows the consumer started
        self._queue: queue.Queue[tuple[str, Any] | None] = queue.Queue(maxsize=QUEUE_SIZE)
        self._failing = False
        self._thread = threading.Thread(target=contextvars.copy_context().run, args=(self._work,),
                                        name="prefect-telemetry", daemon=True)
        self._thread.start()

    def due(self) -> bool:
        return time.monotonic() >= self._next

    def heartbeat(self, beat: Heartbeat) -> None:
        self._next = time.monotonic() + self.interval
        self._put("event", heartbeat_event(beat, self.lag_threshold, self.flow_run_id))
        self._put("artifacts", beat)

    def written(self, article: Article, meetings: list[Meeting], written: Written) -> None:
        for event in written_events(article, meetings, written):
            self._put("event", event)

    def close(self, timeout: float = 5.0) -> None:
        """Send what is queued, for up to ``timeout`` seconds."""
        try:
            self._queue.put(None, timeout=timeout)
        except queue.Full:
            return
        self._thread.join(timeout)

    def _put(self, kind: str, item: Any) -> None:
        try:
            self._queue.put_nowait((kind, item))
        except queue.Full:
            self.dropped += 1
            if self.dropped == 1:
                log.warning("prefect telemetry dropped reason=queue_full queue_size=%d", QUEUE_SIZE)

    def _work(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._failing and item[0] == "event":
                # Prefect's event client sets up its connection again (TLS context included) for
                # every event it is handed while the server is away, on the consumer's cores, for
                # events that go nowhere: until a heartbeat's artifacts get through, none are sent.
                self.dropped += 1
                continue
            try:
                self._send(*item)
            except Exception as exc:
                if not self._failing:
                    log.warning("prefect telemetry unavailable error=%r action=consumer_continues", brief(exc))
                self._failing = True
            else:
                if self._failing:
                    log.info("prefect telemetry restored")
                self._failing = False

    def _to_prefect(self, kind: str, item: Any) -> None:
        from prefect.artifacts import MarkdownArtifact, TableArtifact
        from prefect.events import emit_event

        if kind == "event":
            emit_event(**item)
            return
        run = {"flow_run_id": self.flow_run_id} if self.flow_run_id else {}
        description = f"Consumer {item.consumer}: lag and counts at {item.at:%H:%M:%S} UTC"
        TableArtifact(key=self.artifact_key, table=heartbeat_table(item), description=description, **run).create()
        MarkdownArtifact(key=f"{self.artifact_key}-summary", markdown=heartbeat_markdown(item, self.lag_threshold),
                         description=description, **run).create()


def prefect_answers(timeout: float = 3.0) -> bool:
    """Whether the Prefect API this process is configured for answers its health check."""
    import httpx
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    if not url:
        return False
    try:
        return httpx.get(f"{url.rstrip('/')}/health", timeout=timeout).status_code == 200
    except httpx.HTTPError:
        return False


def run_observed(settings: Settings, consume: Callable[[Hooks], T]) -> T:
    """``consume(hooks)`` as the flow run of this consumer process when the Prefect API answers;
    without it (or with telemetry off), as is, with events still tried."""
    if not settings.prefect_telemetry:
        return consume(Hooks())
    if not prefect_answers():
        log.warning("prefect unreachable flow_run=none telemetry=best_effort")
        telemetry = Telemetry(settings)
        try:
            return consume(telemetry)
        finally:
            telemetry.close()

    from prefect import flow
    from prefect.runtime import flow_run

    stop_handler = signal.getsignal(signal.SIGTERM)

    @flow(name=FLOW_NAME, flow_run_name="{consumer}", validate_parameters=False, persist_result=False)
    def consume_articles(consumer: str) -> T:
        telemetry = Telemetry(settings, flow_run_id=flow_run.get_id())
        try:
            with _sigterm_handled_by(stop_handler):
                return consume(telemetry)
        finally:
            telemetry.close()

    return consume_articles(consumer_name(settings))


@contextmanager
def _sigterm_handled_by(handler: object) -> Iterator[None]:
    """SIGTERM handled by the process's own ``handler`` rather than Prefect's, which turns it into a
    crash of the run: a process that stops in order on SIGTERM (``newswatch run``'s supervisor and
    ``docker stop`` send it) ends its run Completed, as on Ctrl-C. Without a handler of the process's
    own (or off the main thread, where signals cannot be set) Prefect's stays."""
    if not callable(handler) or threading.current_thread() is not threading.main_thread():
        yield
        return
    prefect_handler = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, prefect_handler)
