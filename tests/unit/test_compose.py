"""docker-compose.yml describes the real system and runs the project's real commands.

No Docker engine runs here, so this checks what can be checked without one."""

from __future__ import annotations

import pytest
import yaml

from newswatch.cli import main
from newswatch.settings import Settings
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_components_are_the_real_ones(compose: dict) -> None:
    services = compose["services"]
    assert services["kafka"]["image"].startswith("apache/kafka:4.")
    assert "controller" in services["kafka"]["environment"]["KAFKA_PROCESS_ROLES"]  # KRaft, no ZooKeeper
    assert services["postgres"]["image"].startswith("postgres:")
    assert services["prefect-server"]["command"][:3] == ["prefect", "server", "start"]


def test_project_services_run_existing_commands(compose: dict) -> None:
    ours = {name: s for name, s in compose["services"].items() if s.get("build") == "."}
    assert {"ingest", "consumer", "topics"} <= set(ours)
    for name, service in ours.items():
        # Parsed as newswatch would, then help instead of running: an unknown command or option is exit 2.
        assert main([*service["command"], "--help"]) == 0, name
        env = service["environment"]
        assert env["KAFKA_BOOTSTRAP_SERVERS"] == "kafka:9092", name
        assert env["NEWSWATCH_DATABASE_URL"].startswith("postgresql+psycopg://"), name


@pytest.mark.parametrize("service, setting", [("ingest", "ingest_metrics_port"), ("consumer", "metrics_port")])
def test_metrics_listen_beyond_the_container_on_the_port_it_publishes(
        compose: dict, service: str, setting: str, monkeypatch: pytest.MonkeyPatch) -> None:
    env = compose["services"][service]["environment"]
    for key in ("NEWSWATCH_METRICS_HOST", f"NEWSWATCH_{setting.upper()}"):
        monkeypatch.setenv(key, env[key])
    settings = Settings()  # as newswatch reads them in the container
    assert settings.metrics_host == "0.0.0.0"
    port = getattr(settings, setting)
    assert port > 0
    assert [published.rsplit(":", 1)[1] for published in compose["services"][service]["ports"]] == [str(port)]


def test_no_secret_is_committed(compose: dict) -> None:
    text = (ROOT / "docker-compose.yml").read_text()
    assert "${POSTGRES_PASSWORD:?" in text
    assert compose["services"]["postgres"]["environment"]["POSTGRES_PASSWORD"].startswith("${")


def test_dockerfile_installs_the_project_with_its_console_script() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "pip install" in dockerfile and 'ENTRYPOINT ["newswatch"]' in dockerfile
    for folder in ("flows", "producers", "consumers", "schemas", "newswatch"):
        assert f"COPY {folder} {folder}" in dockerfile
