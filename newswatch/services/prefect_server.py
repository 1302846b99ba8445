"""The Prefect API server and UI that ``newswatch run`` and the integration tests start.

A real server rather than Prefect's ephemeral one: flow runs and their artifacts stay visible in
the UI, and clients in several processes (the served flow, the CLI) share one API.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from newswatch.errors import NewswatchError
from newswatch.settings import Settings

log = logging.getLogger(__name__)


class PrefectServerError(NewswatchError, RuntimeError):
    pass


def client_env(settings: Settings) -> dict[str, str]:
    """Environment that points Prefect clients of this process and its children at our server."""
    return {
        "PREFECT_HOME": str(settings.state_dir / "prefect"),
        "PREFECT_API_URL": settings.prefect_api_url,
        # No network here beyond package registries: telemetry would only fill the log with errors.
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": os.environ.get("PREFECT_LOGGING_LEVEL", "INFO"),
    }


def _answers(api_url: str) -> bool:
    try:
        return httpx.get(f"{api_url.rstrip('/')}/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def running_api(settings: Settings) -> tuple[str, str] | None:
    """The running Prefect API a flow run of this process should report to, and where it was
    found: the one Prefect is configured with (``PREFECT_API_URL``, from the environment or the
    Prefect profile), else this project's server (``NEWSWATCH_PREFECT_HOST``/``_PORT``) when it
    answers. None when neither is configured and answers: Prefect then starts a temporary server.

    Raises :class:`PrefectServerError` when ``PREFECT_API_URL`` names a server that does not answer:
    a run asked for there must not go elsewhere unseen."""
    from prefect.settings import PREFECT_API_URL

    configured = PREFECT_API_URL.value()
    if configured:
        if not _answers(configured):
            raise PrefectServerError(
                f"the Prefect API in PREFECT_API_URL ({configured}) does not answer: start that server, "
                "or unset PREFECT_API_URL")
        return configured, "PREFECT_API_URL"
    if _answers(settings.prefect_api_url):
        return settings.prefect_api_url, "NEWSWATCH_PREFECT_HOST/PORT"
    return None


class PrefectServer:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.home = settings.state_dir / "prefect"
        self.process: subprocess.Popen | None = None

    @property
    def ui_url(self) -> str:
        return f"http://{self.settings.prefect_host}:{self.settings.prefect_port}"

    def healthy(self) -> bool:
        return _answers(self.settings.prefect_api_url)

    def start(self, timeout: float = 120.0) -> None:
        if self.healthy():
            raise PrefectServerError(
                f"something already answers on {self.ui_url}; stop it or set NEWSWATCH_PREFECT_PORT")
        self.home.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, **client_env(self.settings)}
        env.pop("PREFECT_API_URL")  # the server must not think it is a client of itself
        # …but its UI must call this server's API, not Prefect's default port 4200.
        env["PREFECT_UI_API_URL"] = self.settings.prefect_api_url
        prefect = Path(sys.executable).with_name("prefect")
        with open(self.home / "server.log", "ab") as out:
            self.process = subprocess.Popen(
                [str(prefect), "server", "start", "--host", self.settings.prefect_host,
                 "--port", str(self.settings.prefect_port)],
                env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise PrefectServerError(
                    f"Prefect server exited with code {self.process.returncode}; see {self.home / 'server.log'}")
            if self.healthy():
                log.info("prefect server ready ui=%s pid=%s", self.ui_url, self.process.pid)
                return
            time.sleep(0.5)
        self.stop()
        raise PrefectServerError(f"Prefect server did not answer within {timeout:.0f}s; see {self.home / 'server.log'}")

    def stop(self, timeout: float = 20.0) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        log.info("prefect server stopped")
