"""The topics newswatch owns: versioned names, the message type each carries, and their creation."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import TopicAlreadyExistsError

from newswatch.settings import Settings

log = logging.getLogger(__name__)

DAY_MS = 24 * 3600 * 1000


@dataclass(frozen=True)
class TopicSpec:
    key: str
    version: int
    message_type: str  # a schema in newswatch.schemas
    config: dict[str, str] = field(default_factory=dict)


TOPICS: dict[str, TopicSpec] = {
    spec.key: spec
    for spec in (
        TopicSpec("articles", 1, "article", {"retention.ms": str(14 * DAY_MS), "max.message.bytes": "4194304"}),
        TopicSpec("meetings", 1, "meeting", {"retention.ms": str(90 * DAY_MS)}),
        TopicSpec("alerts", 1, "alert", {"retention.ms": str(90 * DAY_MS)}),
        TopicSpec("deadletters", 1, "dead_letter", {"retention.ms": str(30 * DAY_MS), "max.message.bytes": "4194304"}),
    )
}


def topic_name(settings: Settings, key: str) -> str:
    """Versioned topic name, e.g. ``newswatch.articles.v1``."""
    return f"{settings.topic_prefix}.{key}.v{TOPICS[key].version}"


def message_type_of(settings: Settings, topic: str) -> str:
    for key, spec in TOPICS.items():
        if topic_name(settings, key) == topic:
            return spec.message_type
    raise KeyError(f"{topic} is not a newswatch topic")


def min_in_sync(replicas: int) -> int:
    """Replicas a write must reach (acks=all): two of three or more, so one broker may die without
    losing an acknowledged write; one below that."""
    return 2 if replicas >= 3 else 1


def ensure_topics(settings: Settings) -> list[str]:
    """Create missing topics; existing ones are left as they are. Returns the names created."""
    admin = KafkaAdminClient(bootstrap_servers=settings.bootstrap_servers, client_id="newswatch-admin")
    in_sync = min_in_sync(settings.topic_replication_factor)
    # Set on the topic only above one; otherwise the cluster's own default stands.
    configs = {"min.insync.replicas": str(in_sync)} if in_sync > 1 else {}
    try:
        existing = set(admin.list_topics())
        wanted = [
            NewTopic(
                topic_name(settings, key),
                settings.topic_partitions,
                settings.topic_replication_factor,
                topic_configs={**spec.config, **configs},
            )
            for key, spec in TOPICS.items()
            if topic_name(settings, key) not in existing
        ]
        created = []
        for topic in wanted:
            try:
                admin.create_topics([topic])
                created.append(topic.name)
            except TopicAlreadyExistsError:  # another process won the race
                pass
        if created:
            log.info("topics created topics=%s partitions=%s", ",".join(created), settings.topic_partitions)
        return created
    finally:
        admin.close()
