"""Kafka clients as every stage uses them: JSON messages validated against their schema, keyed,
with headers; dead letters for what a stage could not process.
"""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import UTC, datetime
from typing import Any, TypeVar

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.consumer.fetcher import ConsumerRecord
from kafka.errors import KafkaError
from pydantic import BaseModel, ValidationError

from newswatch import schemas
from newswatch.errors import NewswatchError
from newswatch.schemas.models import MODELS, DeadLetter
from newswatch.settings import Settings
from newswatch.topics import TOPICS, topic_name

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)
MESSAGE_TYPE: dict[type[BaseModel], str] = {model: name for name, model in MODELS.items()}

# Bytes of a dead record forwarded with its dead letter.
DEAD_LETTER_PAYLOAD_MAX = 1024 * 1024


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def wait_for_cluster(bootstrap: str, timeout: float) -> bool:
    """True once the cluster answers a metadata request."""
    try:
        admin = KafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=int(timeout * 1000),
                                 client_id="newswatch-probe")
    except KafkaError:
        return False
    try:
        admin.list_topics()
        return True
    except KafkaError:
        return False
    finally:
        admin.close()


class Publisher:
    """A producer of validated JSON messages to newswatch topics (acks=all, idempotent)."""

    def __init__(self, settings: Settings, client_id: str):
        self.settings = settings
        self.client_id = client_id
        self._producer = KafkaProducer(
            bootstrap_servers=settings.bootstrap_servers,
            client_id=client_id,
            acks="all",
            enable_idempotence=True,
            compression_type="gzip",
            linger_ms=20,
            max_request_size=4 * 1024 * 1024,
            retries=2**31 - 1,  # bounded by delivery_timeout_ms; idempotence keeps retries duplicate-free
            delivery_timeout_ms=int(settings.kafka_delivery_timeout_seconds * 1000),
            request_timeout_ms=int(min(30.0, settings.kafka_delivery_timeout_seconds / 2) * 1000),
            # With the broker gone, a send waits this long for metadata instead of the default minute.
            max_block_ms=int(settings.kafka_delivery_timeout_seconds * 1000),
        )

    def publish(self, topic_key: str, message: dict[str, Any], key: str,
                headers: dict[str, str] | None = None):
        """Validate ``message`` against its topic's schema and send it; returns the send future.

        Raises :class:`newswatch.schemas.InvalidMessage` before anything is sent.
        """
        spec = TOPICS[topic_key]
        schemas.validate(spec.message_type, message)
        all_headers = {
            "content-type": "application/json",
            "message-type": spec.message_type,
            "schema-version": str(spec.version),
            "producer": self.client_id,
            **(headers or {}),
        }
        return self._producer.send(
            topic_name(self.settings, topic_key),
            key=key.encode(),
            value=json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode(),
            headers=[(k, v.encode()) for k, v in all_headers.items()],
        )

    def confirm(self, future) -> Any:
        """Wait until the broker has the message; raises when it did not take it in time."""
        return future.get(timeout=self.settings.kafka_delivery_timeout_seconds + 5)

    def dead_letter(self, stage: str, reason: str, payload: bytes | str | None, *, key: str | None = None,
                    record: ConsumerRecord | None = None):
        """Send what could not be processed, with the reason, to the dead-letter topic. A payload
        too large to forward (the broker takes at most 4 MiB) is cut to its first MiB; its size
        and hash identify the original."""
        raw = payload.encode("utf-8", errors="replace") if isinstance(payload, str) else (payload or b"")
        kept = raw[:DEAD_LETTER_PAYLOAD_MAX]
        letter = DeadLetter(
            stage=stage, reason=reason[:2000], failed_at=utc_now(), key=key,
            payload=kept.decode("utf-8", errors="replace"), payload_bytes=len(raw),
            payload_sha256=hashlib.sha256(raw).hexdigest(), payload_truncated=len(kept) < len(raw),
            source_topic=record.topic if record else None,
            partition=record.partition if record else None,
            offset=record.offset if record else None,
        )
        log.warning("dead-letter stage=%s key=%s topic=%s partition=%s offset=%s reason=%r",
                    stage, key, letter.source_topic, letter.partition, letter.offset, reason[:300])
        return self.publish("deadletters", letter.to_json(), key=key or "", headers={"stage": stage})

    def flush(self, timeout: float = 60.0) -> None:
        self._producer.flush(timeout=timeout)

    def close(self) -> None:
        self._producer.close(timeout=30)

    def __enter__(self) -> Publisher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def make_consumer(settings: Settings, topic_key: str, group_id: str, **overrides: Any) -> KafkaConsumer:
    """A consumer in ``group_id`` that commits only when told to (after the write downstream)."""
    config: dict[str, Any] = dict(
        bootstrap_servers=settings.bootstrap_servers,
        group_id=group_id,
        client_id=f"{group_id}-consumer",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        max_poll_records=settings.nlp_batch_size * 4,
        # Extraction of a full batch must fit inside one poll interval.
        max_poll_interval_ms=600_000,
        session_timeout_ms=int(settings.consumer_session_timeout_seconds * 1000),
        heartbeat_interval_ms=int(settings.consumer_session_timeout_seconds * 1000 / 3),
        group_instance_id=settings.consumer_instance_id,
    )
    config.update(overrides)
    consumer = KafkaConsumer(**config)
    consumer.subscribe([topic_name(settings, topic_key)])
    return consumer


class PoisonMessage(NewswatchError, ValueError):
    """A record that can never be processed (not JSON, wrong schema); it goes to dead letters."""


def decode(record: ConsumerRecord, model: type[M]) -> M:
    """The record's value as ``model``, checked against the model's JSON Schema first (which
    also holds the patterns and formats); raises :class:`PoisonMessage` with the reason."""
    try:
        message = json.loads(record.value)
    except (TypeError, ValueError) as exc:
        raise PoisonMessage(f"not JSON: {exc}") from exc
    except RecursionError as exc:
        raise PoisonMessage("JSON nested too deeply to decode") from exc
    try:
        schemas.validate(MESSAGE_TYPE[model], message)
        return model.model_validate(message)
    except (schemas.InvalidMessage, ValidationError) as exc:
        raise PoisonMessage(str(exc)) from exc
