"""A local Apache Kafka broker in KRaft mode, run from the official Maven Central jars: one
combined broker-controller node by default, or a member of a local cluster (:class:`Member`).

Layout under ``<state_dir>/kafka`` (``kafka-<node id>`` for cluster members): ``libs/`` (jars resolved once by Maven from
``kafka_dist/pom.xml``), ``data/`` (KRaft storage, formatted once), ``server.properties`` and
``log4j2.properties`` (rewritten at each start from the settings), ``broker.log``, ``broker.pid``.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from newswatch.errors import NewswatchError
from newswatch.settings import Settings
from newswatch.topics import min_in_sync

log = logging.getLogger(__name__)

POM = Path(__file__).resolve().parent / "kafka_dist" / "pom.xml"


class BrokerError(NewswatchError, RuntimeError):
    """The local broker could not be prepared, started or stopped; the text says why."""


@dataclass(frozen=True)
class BrokerStatus:
    pid: int | None
    accepting: bool
    bootstrap: str

    def __str__(self) -> str:
        if self.pid is None:
            return f"stopped ({self.bootstrap})"
        state = "accepting clients" if self.accepting else "not accepting clients"
        return f"running pid={self.pid} {state} on {self.bootstrap}"


@dataclass(frozen=True)
class Member:
    """This node's place in a local multi-node cluster: its id, every controller
    (``"1@127.0.0.1:19093,2@…"``), the cluster's id, and the replication factor of the internal
    topics (with two in sync required when there are three or more)."""

    node_id: int
    voters: str
    cluster_id: str
    replication: int = 3


def new_cluster_id() -> str:
    """A KRaft cluster id: a random UUID in URL-safe base64. Like Kafka's own, never one that starts
    with "-", which the storage tool would read as an option (one id in 64 did)."""
    while (cluster_id := base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")).startswith("-"):
        pass
    return cluster_id


class LocalBroker:
    def __init__(self, settings: Settings, member: Member | None = None):
        self.settings = settings
        self.member = member
        self.home = settings.state_dir / ("kafka" if member is None else f"kafka-{member.node_id}")
        self.libs = settings.kafka_libs_dir or self.home / "libs"
        self.data = self.home / "data"
        self.pid_file = self.home / "broker.pid"
        self.log_file = self.home / "broker.log"

    # --- preparation -------------------------------------------------------------------------

    def ensure_jars(self) -> None:
        """Resolve the broker jars with Maven unless the pom is unchanged since the last time."""
        stamp = self.libs / ".pom.sha256"
        digest = hashlib.sha256(POM.read_bytes()).hexdigest()
        if stamp.exists() and stamp.read_text() == digest:
            return
        mvn = shutil.which("mvn")
        if mvn is None:
            raise BrokerError("Maven (mvn) is not installed; it resolves the Kafka broker jars")
        shutil.rmtree(self.libs, ignore_errors=True)
        self.libs.mkdir(parents=True)
        log.info("kafka jars resolving tool=maven dir=%s", self.libs)
        result = subprocess.run(
            [mvn, "-q", "-B", "-f", str(POM), "dependency:copy-dependencies",
             f"-DoutputDirectory={self.libs}", "-DincludeScope=runtime"],
            capture_output=True, text=True,
        )
        if result.returncode != 0:
            raise BrokerError(f"Maven could not resolve the Kafka jars:\n{result.stdout[-3000:]}{result.stderr[-3000:]}")
        stamp.write_text(digest)

    def _write_config(self) -> Path:
        s = self.settings
        host, port, cport = s.kafka_host, s.kafka_port, s.kafka_controller_port
        member = self.member or Member(1, f"1@{host}:{cport}", "", replication=1)
        replicas, in_sync = member.replication, min_in_sync(member.replication)
        config = self.home / "server.properties"
        config.write_text(
            "\n".join([
                "process.roles=broker,controller",
                f"node.id={member.node_id}",
                f"controller.quorum.voters={member.voters}",
                f"listeners=PLAINTEXT://{host}:{port},CONTROLLER://{host}:{cport}",
                f"advertised.listeners=PLAINTEXT://{host}:{port}",
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                f"log.dirs={self.data}",
                # As many replicas of the internal topics as the cluster has nodes (up to three).
                f"offsets.topic.replication.factor={replicas}",
                f"share.coordinator.state.topic.replication.factor={replicas}",
                f"transaction.state.log.replication.factor={replicas}",
                f"transaction.state.log.min.isr={in_sync}",
                f"min.insync.replicas={in_sync}",
                # Topics are created explicitly with their own settings (newswatch.topics).
                "auto.create.topics.enable=false",
                # Consumers of a one-node dev broker need not wait for a group to fill up.
                "group.initial.rebalance.delay.ms=0",
                "message.max.bytes=4194304",
                # The log cleaner takes its dedupe buffer (128 MiB by default) from the heap at start:
                # half of a 256 MiB test broker's, which has failed to start on a busy machine. The
                # compacted topics here are small.
                "log.cleaner.dedupe.buffer.size=33554432",
                "",
            ])
        )
        (self.home / "log4j2.properties").write_text(
            "\n".join([
                "status = warn",
                "appender.file.type = File",
                "appender.file.name = file",
                f"appender.file.fileName = {self.log_file}",
                "appender.file.layout.type = PatternLayout",
                "appender.file.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.file.ref = file",
                "logger.state.name = state.change.logger",
                "logger.state.level = WARN",
                "",
            ])
        )
        return config

    def _java(self, main_class: str, *args: str) -> list[str]:
        java = shutil.which("java")
        if java is None:
            raise BrokerError("Java is not installed; the local Kafka broker needs Java 17 or newer")
        return [
            java, f"-Xmx{self.settings.kafka_heap}", f"-Xms{self.settings.kafka_heap}",
            f"-Dlog4j2.configurationFile={self.home / 'log4j2.properties'}",
            "-cp", f"{self.libs}/*", main_class, *args,
        ]

    def _format_once(self, config: Path) -> None:
        if (self.data / "meta.properties").exists():
            return
        cluster_id = self.member.cluster_id if self.member else new_cluster_id()
        log.info("kafka storage formatting dir=%s cluster_id=%s", self.data, cluster_id)
        result = subprocess.run(
            self._java("kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", str(config)),
            capture_output=True, text=True,
        )
        if result.returncode != 0:
            raise BrokerError(f"formatting Kafka storage failed:\n{result.stdout}{result.stderr}")

    # --- lifecycle ---------------------------------------------------------------------------

    def pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text())
        except (FileNotFoundError, ValueError):
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        return pid

    def accepting(self, port: int | None = None) -> bool:
        """Whether something answers on the broker's client port (or ``port``)."""
        try:
            with socket.create_connection((self.settings.kafka_host, port or self.settings.kafka_port), timeout=1):
                return True
        except OSError:
            return False

    def status(self) -> BrokerStatus:
        pid = self.pid()
        return BrokerStatus(pid, pid is not None and self.accepting(), self.settings.bootstrap_servers)

    def start(self, timeout: float = 90.0) -> BrokerStatus:
        """Start the broker in the background and wait until it serves clients."""
        if self.pid() is not None:
            self._wait_ready(timeout)
            return self.status()
        if self.accepting():
            raise BrokerError(
                f"port {self.settings.kafka_port} is taken by another process; set NEWSWATCH_KAFKA_PORT "
                "or point KAFKA_BOOTSTRAP_SERVERS at that cluster"
            )
        if self.member is None and self.accepting(self.settings.kafka_controller_port):
            raise BrokerError(
                f"the KRaft controller port {self.settings.kafka_controller_port} is taken by another process; "
                "set NEWSWATCH_KAFKA_CONTROLLER_PORT to a free one"
            )
        self.home.mkdir(parents=True, exist_ok=True)
        self.ensure_jars()
        config = self._write_config()
        self._format_once(config)
        with open(self.home / "broker.out", "ab") as out:
            process = subprocess.Popen(
                self._java("kafka.Kafka", str(config)),
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True,  # Ctrl-C in the terminal goes to us; we stop it in order
            )
        self.pid_file.write_text(str(process.pid))
        log.info("kafka broker starting pid=%s bootstrap=%s", process.pid, self.settings.bootstrap_servers)
        self._wait_ready(timeout, process)
        return self.status()

    def _wait_ready(self, timeout: float, process: subprocess.Popen | None = None) -> None:
        from newswatch.messaging import wait_for_cluster

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process is not None and process.poll() is not None:
                raise BrokerError(f"Kafka exited with code {process.returncode}; see {self.log_file}:\n{self._log_tail()}")
            if self.accepting() and wait_for_cluster(self.settings.bootstrap_servers, timeout=5):
                return
            time.sleep(0.5)
        raise BrokerError(f"Kafka did not accept clients within {timeout:.0f}s; see {self.log_file}:\n{self._log_tail()}")

    def _log_tail(self, lines: int = 20) -> str:
        for path in (self.log_file, self.home / "broker.out"):
            if path.exists():
                return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
        return "(no log)"

    def stop(self, timeout: float = 30.0) -> bool:
        """Stop the broker (controlled shutdown); returns False when it was not running."""
        pid = self.pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.pid() is not None:
            _reap(pid)
            time.sleep(0.2)
        if self.pid() is not None:
            log.warning("kafka broker killed pid=%s sigterm_ignored_for=%.0fs", pid, timeout)
            os.kill(pid, signal.SIGKILL)
            _reap(pid)
        self.pid_file.unlink(missing_ok=True)
        log.info("kafka broker stopped pid=%s", pid)
        return True


def _reap(pid: int) -> None:
    """Collect the exit status when the broker is our own child, so it does not linger as a zombie."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass
