"""`newswatch status`: is the pipeline up, and is it keeping up? One look for an operator.

Reads the broker (topics, partitions, the consumer group's members and lag) and the database
(the last polls and failing feeds, meetings and alerts of the last hour); never the Prefect
server, which need not be running for the pipeline to work.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from newswatch import db
from newswatch.settings import Settings
from newswatch.topics import TOPICS, topic_name


@dataclass
class Status:
    broker: str
    reachable: bool
    partitions: dict[str, int] = field(default_factory=dict)  # topic → partitions (0: missing)
    members: int = 0
    lag: dict[int, int] = field(default_factory=dict)  # articles partition → records not yet consumed
    last_poll: datetime | None = None
    feeds: int = 0
    failing: list[tuple[str, int, str]] = field(default_factory=list)  # url, failures in a row, last error
    meetings_last_hour: int = 0
    delivered_last_hour: int = 0
    waiting: int = 0
    failed_last_hour: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 when everything is up, 3 when the broker is down, 4 when something else is."""
        return 0 if not self.problems else 3 if not self.reachable else 4


def check(settings: Settings) -> Status:
    status = Status(broker=settings.bootstrap_servers, reachable=False)
    _kafka(settings, status)
    _database(settings, status)
    return status


def _kafka(settings: Settings, status: Status) -> None:
    from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
    from kafka.errors import KafkaError

    from newswatch.messaging import wait_for_cluster

    status.reachable = wait_for_cluster(settings.bootstrap_servers, timeout=10)
    if not status.reachable:
        status.problems.append(f"Kafka at {settings.bootstrap_servers} does not answer")
        return
    consumer = KafkaConsumer(bootstrap_servers=settings.bootstrap_servers, client_id="newswatch-status",
                             enable_auto_commit=False)
    admin = KafkaAdminClient(bootstrap_servers=settings.bootstrap_servers, client_id="newswatch-status")
    try:
        for key in TOPICS:
            name = topic_name(settings, key)
            status.partitions[name] = len(consumer.partitions_for_topic(name) or ())
            if not status.partitions[name]:
                status.problems.append(f"topic {name} is missing (`newswatch topics` creates it)")
        group = settings.consumer_group
        articles = topic_name(settings, "articles")
        partitions = [TopicPartition(articles, p) for p in range(status.partitions.get(articles, 0))]
        try:
            described = admin.describe_groups([group]).get(group, {})
            committed = admin.list_group_offsets({group: partitions}).get(group, {}) if partitions else {}
        except KafkaError:  # no group coordinator yet: no consumer has ever joined
            described, committed = {}, {}
        status.members = len(described.get("members") or [])
        if not status.members:
            status.problems.append(f"consumer group {group} has no members: no consumer is running")
        if partitions:
            ends = consumer.end_offsets(partitions)
            for tp in partitions:
                done = committed.get(tp)
                start = done.offset if done is not None and done.offset >= 0 else 0
                status.lag[tp.partition] = max(ends[tp] - start, 0)
    finally:
        admin.close()
        consumer.close()


def _database(settings: Settings, status: Status) -> None:
    now = datetime.now(UTC)
    hour_ago = now - timedelta(hours=1)
    with db.connect(settings)() as session:
        states = session.scalars(select(db.FeedState)).all()
        status.feeds = len(states)
        polled = [s.last_polled_at for s in states if s.last_polled_at]
        status.last_poll = max(polled) if polled else None
        status.failing = sorted(((s.feed_url, s.consecutive_failures, s.last_error or "")
                                 for s in states if s.consecutive_failures), key=lambda f: -f[1])
        status.meetings_last_hour = session.scalar(
            select(func.count()).select_from(db.Meeting).where(db.Meeting.first_seen_at >= hour_ago))
        status.delivered_last_hour = session.scalar(
            select(func.count()).select_from(db.Delivery).where(db.Delivery.delivered_at >= hour_ago))
        status.waiting = session.scalar(
            select(func.count()).select_from(db.Delivery).where(db.Delivery.state.in_(db.WAITING)))
        status.failed_last_hour = session.scalar(
            select(func.count()).select_from(db.Delivery).where(db.Delivery.state == "failed",
                                                               db.Delivery.created_at >= hour_ago))
    if status.feeds and status.failing and len(status.failing) == status.feeds:
        status.problems.append("every feed is failing")


def render(status: Status) -> str:
    lines = [f"kafka      {status.broker}: {'answers' if status.reachable else 'DOES NOT ANSWER'}"]
    for name, count in status.partitions.items():
        lines.append(f"topic      {name}: {count} partition(s)" if count else f"topic      {name}: MISSING")
    if status.reachable:
        lag = ", ".join(f"p{p}={n}" for p, n in sorted(status.lag.items())) or "-"
        lines.append(f"consumers  {status.members} member(s); articles not yet read: {sum(status.lag.values())} ({lag})")
    last = f"{status.last_poll:%Y-%m-%d %H:%M:%S} UTC" if status.last_poll else "never"
    lines.append(f"feeds      {status.feeds} polled so far, last poll {last}, {len(status.failing)} failing")
    lines += [f"  failing  {url} ({n} in a row): {error[:120]}" for url, n, error in status.failing[:10]]
    lines.append(f"last hour  {status.meetings_last_hour} new meeting(s), {status.delivered_last_hour} alert(s) "
                 f"delivered, {status.failed_last_hour} failed; {status.waiting} waiting")
    lines += [f"PROBLEM    {p}" for p in status.problems]
    lines.append("status     " + ("ok" if not status.problems else "DOWN"))
    return "\n".join(lines)
