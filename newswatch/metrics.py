"""Prometheus metrics: what the ingest flow and the meeting consumer count, and their endpoints.

Off unless a port is set: the consumer serves ``/metrics`` on ``NEWSWATCH_METRICS_PORT``, each
process of ``consume --processes N`` on that port plus its index (N ports in a row, so every process
is scraped on its own and none of them shares state), and ``serve-ingest`` on
``NEWSWATCH_INGEST_METRICS_PORT``.

Prefect runs each flow run of a served flow in a process of its own, so the ingest counters are
kept in Prometheus' multiprocess files (``PROMETHEUS_MULTIPROC_DIR``, which ``serve-ingest`` sets
for its flow-run processes, in the state folder); its endpoint adds up the files of the runs in
progress and the totals of the runs that ended, whose files it then removes — one file per run
would otherwise pile up. The ingest side therefore uses counters only (they add up across
processes; a gauge would not).
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
from collections import defaultdict
from pathlib import Path

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, start_http_server
from prometheus_client.metrics_core import Metric

from newswatch.errors import NewswatchError

log = logging.getLogger(__name__)

# The ingest flow.
FEED_POLLS = Counter("newswatch_feed_polls_total", "Feed polls by result: changed, not_modified (a 304), failed.",
                     ["result"])
ARTICLES_PRODUCED = Counter("newswatch_articles_produced_total", "Articles produced onto the articles topic.")
DEAD_LETTERS = Counter("newswatch_dead_letters_total", "Messages sent to the dead-letter topic, by stage.", ["stage"])

# The meeting consumer.
ARTICLES_PROCESSED = Counter("newswatch_articles_processed_total",
                             "Articles whose meetings were extracted and stored (offsets then committed).")
EXTRACTION_SECONDS = Histogram(
    "newswatch_extraction_seconds", "Seconds of meeting extraction per batch of articles (nlp.pipe and the rules).",
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120))
CONSUMER_LAG = Gauge("newswatch_consumer_lag", "Messages after this consumer's position, per assigned partition.",
                     ["topic", "partition"])
MEETINGS = Counter("newswatch_meetings_total", "Stored meetings an article created (new) or changed (updated).",
                   ["outcome"])
ALERTS = Counter("newswatch_alerts_total", "Alert send attempts by channel and result: sent, failed.",
                 ["channel", "result"])


class MetricsError(NewswatchError):
    pass


def serve(port: int, host: str, registry: CollectorRegistry | None = None) -> None:
    """Serve ``/metrics`` on ``host:port`` from a daemon thread; nothing when ``port`` is 0."""
    if not port:
        return
    try:
        start_http_server(port, addr=host, **({"registry": registry} if registry else {}))
    except OSError as exc:
        raise MetricsError(f"the metrics port {host}:{port} cannot be opened ({exc.strerror}): another process "
                           "has it; choose another NEWSWATCH_METRICS_PORT / NEWSWATCH_INGEST_METRICS_PORT") from exc
    log.info("metrics served host=%s port=%d", host, port)


def prepare_multiprocess(folder: Path) -> None:
    """An empty folder for the counters of this process's children, named in their environment
    (before any of them imports ``prometheus_client``)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(folder)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class FlowRunCounters:
    """The counters of the flow-run processes writing to ``folder``: those still running read from
    their files, those that ended folded into totals kept here (their files removed)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.ended: dict[tuple, float] = defaultdict(float)
        self.described: dict[str, tuple[str, str]] = {}
        self.lock = threading.Lock()  # two scrapes at once must not fold one ended run twice

    def collect(self) -> list[Metric]:
        with self.lock:
            return self._collect()

    def _collect(self) -> list[Metric]:
        from prometheus_client.multiprocess import MultiProcessCollector

        files = sorted(self.folder.glob("*.db"))
        ended = [f for f in files if not _alive(int(f.stem.rsplit("_", 1)[-1]))]
        self._add(self.ended, MultiProcessCollector.merge([str(f) for f in ended], accumulate=False))
        for f in ended:
            f.unlink(missing_ok=True)
        totals = defaultdict(float, self.ended)
        self._add(totals, MultiProcessCollector.merge([str(f) for f in files if f not in ended], accumulate=False))
        metrics: dict[str, Metric] = {}
        for (family, sample, labels), value in sorted(totals.items()):
            if family not in metrics:
                documentation, kind = self.described[family]
                metrics[family] = Metric(family, documentation, kind)
            metrics[family].add_sample(sample, dict(labels), value)
        return list(metrics.values())

    def _add(self, totals: dict[tuple, float], metrics: list[Metric]) -> None:
        for metric in metrics:
            if metric.type != "counter":  # a histogram's or gauge's files hold nothing the flow counts
                continue
            self.described[metric.name] = (metric.documentation, metric.type)
            for sample in metric.samples:
                totals[(metric.name, sample.name, tuple(sorted(sample.labels.items())))] += sample.value


def serve_flow_runs(port: int, host: str, folder: Path) -> None:
    """Serve the counters of the flow-run processes writing to ``folder`` (see :class:`FlowRunCounters`)."""
    if not port:
        return
    registry = CollectorRegistry()
    registry.register(FlowRunCounters(folder))
    serve(port, host, registry)
