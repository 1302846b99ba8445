"""The consumer end to end on real text: throughput with 1 and 2 processes, and alert latency.

Usage: python -m benchmarks.pipeline [--news-mix 400] [--rich 300] [--processes 1,2]
                                     [--latency-seconds 30] [--latency-processes 1,2]
                                     [--skip-throughput] [--skip-latency]

Prints figures, asserts nothing. Starts a private single-node Kafka broker (the project's own
LocalBroker, on free ports, in a temporary folder) and gives every run its own topics, consumer
group and SQLite database there, so a pipeline running on this machine is never touched.

Two streams: the real news mix (``--news-mix`` BBC articles from the shared folder, the first
line of each the title, published one a day) and a meeting-rich one (the texts of the meeting
gold files, saved pages read as the ingest flow reads them, repeated to ``--rich`` articles).

Throughput: per stream, plain ``nlp.pipe`` over the bodies in this process (the consumer's model
as shipped, none of our components, and the consumer's batch size), and for each ``--processes`` count above 1 shared among that many processes
started together (what the machine gives a parse split in two right now: the ceiling of the
consumers' "÷ 1 process"); then for each ``--processes`` count ``newswatch consume --processes N``
on fresh topics, group and database: once every process has joined the group, all articles are
produced at once and timed until the group has committed the last one. Start-up (launch until the
group is complete) is shown apart; peak RSS is each consumer process's VmHWM. The CPU seconds the
consumers, the broker and this process used in the window show where the cores went ("cores
used": the consumers' CPU seconds per second of the window, at most one per process); "CPU ÷
nlp.pipe" (nlp.pipe's CPU seconds over the consumers') is the same comparison as "÷ nlp.pipe"
without the other work on the machine in it, which on a shared machine moves the wall-clock one.

Latency: for each ``--latency-processes`` count, the consumer(s) run throughout; articles (one
meeting-rich to three from the BBC mix) are offered at 1, 5 and 20 articles/s for
``--latency-seconds`` each, each rate once the one before has caught up. Every alert on the alerts
topic is timed from the produce timestamp of the article that caused it (its newest source) to its
arrival here.

The shared folder is the repo's sibling ``shared/`` unless NEWSWATCH_SHARED points elsewhere.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import math
import multiprocessing
import os
import platform
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import spacy
from spacy.language import Language
from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
from kafka.errors import KafkaError
from sqlalchemy import func, select

from benchmarks import meetings as gold
from newswatch import db
from newswatch.services.broker import LocalBroker
from newswatch.consumers.extraction import MeetingExtractor, load_nlp
from newswatch.flows.urls import article_id
from newswatch.producers.articles import ArticleProducer
from newswatch.schemas.models import Article
from newswatch.settings import Settings
from newswatch.topics import ensure_topics, topic_name
from tests.conftest import free_port

BBC = gold.SHARED / "eval" / "bbc" / "articles.jsonl"
RATES = (1, 5, 20)
RICH_EVERY = 4  # one latency article in four is meeting-rich: enough alerts to time even at 1 article/s


# --- the two streams -------------------------------------------------------------------------

def _article(url: str, title: str | None, body: str, published: dt.date) -> Article:
    return Article(article_id=article_id(url), url=url, link=url, feed_url="https://bench.example.org/rss",
                   title=title, authors=[], published=published.isoformat(), language="en",
                   sitename="Bench News", body=body, body_source="page",
                   fetched_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))


@functools.cache
def _bbc() -> list[dict]:
    mix = [json.loads(line) for line in BBC.open(encoding="utf-8")]
    random.Random(1).shuffle(mix)  # the same draw as benchmarks/meetings.py --news-mix
    return mix


def news_mix(count: int, tag: str) -> list[Article]:
    """``count`` BBC articles (the collection again from its start when more are asked for)."""
    mix = _bbc()
    articles = []
    for n in range(count):
        item = mix[n % len(mix)]
        title, _, body = item["text"].partition("\n")
        articles.append(_article(f"https://{tag}.bench.example.org/news/{n}/{item['id']}", title.strip(),
                                 body.strip(), dt.date(2005, 1, 3) + dt.timedelta(days=n % 365)))
    return articles


@functools.cache
def _gold_texts() -> list[tuple[str, str, dt.date | None]]:
    """(id, text, published) of every gold article that has a text."""
    texts = []
    for path in gold.GOLD_FILES:
        for row in gold.extractor_input(gold.read_gold(path)):
            text = gold.as_text(row).strip()
            if text:
                texts.append((f"{path.stem}-{row['id']}", text, gold.published(row)))
    return texts


def meeting_rich(count: int, tag: str) -> list[Article]:
    """``count`` articles from the gold texts, repeated as often as needed."""
    texts = _gold_texts()
    articles = []
    for n in range(count):
        copy, (gold_id, text, published) = n // len(texts), texts[n % len(texts)]
        # Each copy 45 days after the one before: its meetings are new ones, as in a stream of
        # different news, rather than further sources of the same meetings.
        day = (published or dt.date(2025, 3, 10)) + dt.timedelta(days=45 * copy)
        articles.append(_article(f"https://{tag}.bench.example.org/rich/{n}/{gold_id}", None, text, day))
    return articles


# --- broker, runs and consumer processes ------------------------------------------------------

def start_broker(folder: Path) -> tuple[LocalBroker, str]:
    here = Settings()
    port = free_port()
    # The jars setup.sh resolved for this checkout: no Maven run per benchmark.
    broker = LocalBroker(Settings(state_dir=folder, kafka_port=port, kafka_controller_port=free_port(),
                                  kafka_libs_dir=here.kafka_libs_dir or here.state_dir / "kafka" / "libs"))
    broker.start()
    return broker, f"127.0.0.1:{port}"


def _tail(path: Path, lines: int = 30) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else "(no log)"


def cpu_seconds(pid: int) -> float:
    """User + system CPU time ``pid`` has used so far (its threads included, not its children)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmHWM:")).split()[1]) / 1024


class Run:
    """One run's topics, consumer group, SQLite database and ``newswatch consume`` process."""

    def __init__(self, folder: Path, bootstrap: str, name: str):
        tag = f"{name}-{uuid.uuid4().hex[:6]}"
        values = {"kafka_bootstrap_servers": bootstrap, "topic_prefix": tag, "consumer_group": tag,
                  "database_url": f"sqlite:///{folder / tag}.db", "state_dir": str(folder / tag)}
        self.env = {**os.environ, **{f"NEWSWATCH_{k.upper()}": v for k, v in values.items()}}
        self.settings = Settings(**values)
        ensure_topics(self.settings)
        self.sessions = db.connect(self.settings)  # migrated here, not by two consumers at once
        self.admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="pipeline-bench")
        articles = topic_name(self.settings, "articles")
        self.partitions = [TopicPartition(articles, p) for p in range(self.settings.topic_partitions)]
        self.log = folder / f"{tag}.log"
        self.processes = 0
        self.process: subprocess.Popen | None = None

    def start(self, processes: int) -> None:
        """Launch the consumer(s) and wait until the group has them all."""
        self.processes = processes
        with open(self.log, "ab") as log:  # the consumers' own log and console alerts, for a figure that looks wrong
            self.process = subprocess.Popen(
                [sys.executable, "-m", "newswatch.cli", "consume", "--processes", str(processes)],
                env=self.env, stdout=log, stderr=subprocess.STDOUT)
        self.wait(lambda: self.members() == processes, 300, f"{processes} consumer(s) to join the group")

    def wait(self, done: Callable[[], bool], timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while not done():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"gave up waiting for {what}; the consumer's log ends:\n{_tail(self.log)}")
            time.sleep(0.25)

    def members(self) -> int:
        """Members of the group once it is stable (every partition handed out), else 0."""
        try:
            described = self.admin.describe_groups([self.settings.consumer_group]).get(self.settings.consumer_group, {})
        except KafkaError:  # no coordinator yet: nobody has joined
            return 0
        return len(described.get("members") or []) if described.get("group_state") == "Stable" else 0

    def committed(self) -> int:
        """Articles the group has processed (committed), over all partitions."""
        group = self.settings.consumer_group
        offsets = self.admin.list_group_offsets({group: self.partitions}).get(group, {})
        return sum(max(o.offset, 0) for o in offsets.values() if o is not None)

    def alerts_waiting(self) -> int:
        with self.sessions() as session:
            return session.scalar(select(func.count()).select_from(db.Delivery).join(db.Subscription).where(
                db.Delivery.state.in_((*db.WAITING, "sending")), db.Subscription.channel == "kafka"))

    def meetings(self) -> int:
        with self.sessions() as session:
            return session.scalar(select(func.count()).select_from(db.Meeting))

    def consumer_pids(self) -> list[int]:
        """The consumer processes: the one launched, or with several the supervisor's children."""
        pid = self.process.pid
        if self.processes == 1:
            return [pid]
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]

    def stop(self) -> None:
        self.admin.close()
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # a supervisor stops its children in turn
            try:
                self.process.wait(timeout=90)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


# --- throughput --------------------------------------------------------------------------------

def consumer_run(folder: Path, bootstrap: str, broker: LocalBroker, name: str, articles: list[Article],
                 processes: int) -> dict:
    run = Run(folder, bootstrap, name)
    try:
        launched = time.monotonic()
        run.start(processes)
        # Where the two cores went during the window: the consumers, the broker, this process
        # (producing, polling the group's offsets); the rest of the machine is the load average.
        pids = {"consumers": run.consumer_pids(), "broker": [broker.pid()], "bench": [os.getpid()]}
        cpu_before = {who: sum(cpu_seconds(p) for p in ps) for who, ps in pids.items()}
        started = time.monotonic()
        with ArticleProducer(run.settings, client_id="pipeline-bench") as producer:
            for article in articles:
                producer.send(article)
            producer.flush()
        run.wait(lambda: run.committed() >= len(articles), 3600, "every article to be processed")
        seconds = time.monotonic() - started
        cpu = {who: sum(cpu_seconds(p) for p in ps) - cpu_before[who] for who, ps in pids.items()}
        rss = [peak_rss_mb(pid) for pid in run.consumer_pids()]  # before they exit and /proc forgets them
        return {"startup": started - launched, "seconds": seconds, "rss": rss, "meetings": run.meetings(), "cpu": cpu}
    finally:
        run.stop()


def pipe_seconds(nlp: Language, texts: list[str], batch_size: int) -> tuple[float, float]:
    """Wall-clock and CPU seconds of ``nlp.pipe`` over ``texts`` in this process."""
    start, cpu = time.perf_counter(), time.process_time()
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - start, time.process_time() - cpu


def _pipe_share(model: str, texts: list[str], batch_size: int, ready, results) -> None:
    nlp = load_nlp(model, plain=True)
    ready.wait()  # every process has its model: time the parse alone
    started, cpu = time.perf_counter(), time.process_time()
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass
    results.put((started, time.perf_counter(), time.process_time() - cpu))


def pipe_in_processes(texts: list[str], processes: int, batch_size: int) -> tuple[float, float]:
    """Wall-clock and total CPU seconds of ``nlp.pipe`` over ``texts`` shared among ``processes``
    processes started together: what the machine gives a parse split as the consumers split it."""
    spawn = multiprocessing.get_context("spawn")
    ready, results = spawn.Barrier(processes), spawn.Queue()
    workers = [spawn.Process(target=_pipe_share, args=(Settings().spacy_model, texts[n::processes], batch_size,
                                                        ready, results)) for n in range(processes)]
    for worker in workers:
        worker.start()
    timed = [results.get() for _ in workers]
    for worker in workers:
        worker.join()
    return max(end for _, end, _ in timed) - min(start for start, _, _ in timed), sum(cpu for _, _, cpu in timed)


def report_throughput(folder: Path, bootstrap: str, broker: LocalBroker, extractor: MeetingExtractor,
                      streams: dict[str, list[Article]], counts: list[int]) -> None:
    plain = load_nlp(Settings().spacy_model, plain=True)  # the model as shipped, none of our components
    batch = Settings().nlp_batch_size
    print(f"\nthroughput (every article produced in one go once the group is complete, timed until all are "
          f"committed; nlp.pipe: batch {batch}, this process; 'parsed': articles with a meeting word, the only "
          "ones the consumer parses):")
    columns = ["stream", "run", "articles", "words", "parsed", "start-up s", "seconds", "articles/s", "words/s",
               "÷ nlp.pipe", "÷ 1 process", "CPU s consumers / broker / bench", "cores used", "CPU ÷ nlp.pipe", "peak RSS MB", "meetings",
               "load 1 min"]
    print("| " + " | ".join(columns) + " |\n|" + "---|" * len(columns), flush=True)
    for stream, articles in streams.items():
        texts = [a.body for a in articles]
        words = sum(len(t.split()) for t in texts)
        parsed = sum(bool(extractor.lexicon.prefilter.search(t)) for t in texts)
        base = {"stream": stream, "articles": len(articles), "words": f"{words:,}", "parsed": parsed}
        seconds, pipe_cpu = pipe_seconds(plain, texts, batch)
        pipe = len(articles) / seconds
        row = {**base, "run": "nlp.pipe", "seconds": f"{seconds:.1f}", "articles/s": f"{pipe:.1f}",
               "words/s": f"{words / seconds:,.0f}", "CPU s consumers / broker / bench": f"{pipe_cpu:.1f}",
               "load 1 min": f"{os.getloadavg()[0]:.1f}"}
        print("| " + " | ".join(str(row.get(c, "")) for c in columns) + " |", flush=True)
        for processes in (n for n in counts if n > 1):
            split, split_cpu = pipe_in_processes(texts, processes, batch)
            row = {**base, "run": f"nlp.pipe × {processes}", "seconds": f"{split:.1f}",
                   "articles/s": f"{len(articles) / split:.1f}", "words/s": f"{words / split:,.0f}",
                   "÷ 1 process": f"{seconds / split:.2f}", "CPU s consumers / broker / bench": f"{split_cpu:.1f}",
                   "cores used": f"{split_cpu / split:.2f}", "load 1 min": f"{os.getloadavg()[0]:.1f}"}
            print("| " + " | ".join(str(row.get(c, "")) for c in columns) + " |", flush=True)
        single = None
        for processes in counts:
            result = consumer_run(folder, bootstrap, broker, stream.split()[0], articles, processes)
            rate = len(articles) / result["seconds"]
            single = rate if processes == 1 else single
            row = {**base, "run": f"consumer × {processes}", "start-up s": f"{result['startup']:.1f}",
                   "seconds": f"{result['seconds']:.1f}", "articles/s": f"{rate:.1f}",
                   "words/s": f"{rate * words / len(articles):,.0f}", "÷ nlp.pipe": f"{rate / pipe:.2f}",
                   "÷ 1 process": f"{rate / single:.2f}" if single else "",
                   "CPU s consumers / broker / bench": " / ".join(f"{s:.1f}" for s in result["cpu"].values()),
                   "cores used": f"{result['cpu']['consumers'] / result['seconds']:.2f}",
                   "CPU ÷ nlp.pipe": f"{pipe_cpu / result['cpu']['consumers']:.2f}",
                   "peak RSS MB": " / ".join(f"{mb:.0f}" for mb in result["rss"]),
                   "meetings": result["meetings"], "load 1 min": f"{os.getloadavg()[0]:.1f}"}
            print("| " + " | ".join(str(row.get(c, "")) for c in columns) + " |", flush=True)


# --- latency -----------------------------------------------------------------------------------

class AlertListener(threading.Thread):
    """Reads the alerts topic from its start, noting when each alert arrived and its sources' URLs."""

    def __init__(self, settings: Settings):
        super().__init__(daemon=True)
        self.consumer = KafkaConsumer(bootstrap_servers=settings.bootstrap_servers, enable_auto_commit=False,
                                      auto_offset_reset="earliest")
        alerts = topic_name(settings, "alerts")
        self.consumer.assign([TopicPartition(alerts, p) for p in range(settings.topic_partitions)])
        self.alerts: list[tuple[float, list[str]]] = []
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.is_set():
            for records in self.consumer.poll(timeout_ms=100).values():
                arrived = time.time()
                self.alerts += [(arrived, [s["url"] for s in json.loads(r.value)["sources"]]) for r in records]
        self.consumer.close()


def percentile(values: list[float], p: float) -> float:
    """Nearest rank: the smallest value with at least ``p`` percent of them at or below it."""
    ordered = sorted(values)
    return ordered[max(math.ceil(p / 100 * len(ordered)) - 1, 0)]


def report_latency(folder: Path, bootstrap: str, seconds: float, processes: int) -> None:
    plan = [(rate, round(rate * seconds)) for rate in RATES]
    rich_total = sum(math.ceil(n / RICH_EVERY) for _, n in plan)
    news = iter(news_mix(sum(n for _, n in plan) - rich_total, "latency"))
    rich = iter(meeting_rich(rich_total, "latency"))
    run = Run(folder, bootstrap, "latency")
    listener = AlertListener(run.settings)
    listener.start()
    sent: dict[str, tuple[float, int]] = {}  # article URL → (produce timestamp, rate it was offered at)
    rows = []
    try:
        run.start(processes)
        with ArticleProducer(run.settings, client_id="pipeline-bench") as producer:
            for rate, count in plan:
                batch = [next(rich) if n % RICH_EVERY == 0 else next(news) for n in range(count)]
                futures = []
                start = time.monotonic()
                for n, article in enumerate(batch):
                    time.sleep(max(start + n / rate - time.monotonic(), 0))
                    futures.append((article.url, producer.send(article)))
                time.sleep(max(start + count / rate - time.monotonic(), 0))  # the window ends a beat after the last
                offered = time.monotonic() - start
                for url, future in futures:
                    sent[url] = (future.get(timeout=60).timestamp / 1000, rate)
                run.wait(lambda: run.committed() >= len(sent) and run.alerts_waiting() == 0, 1800,
                         f"the consumer to catch up at {rate} articles/s")
                rows.append({"rate/s": rate, "articles": count, "meeting-rich": math.ceil(count / RICH_EVERY),
                             "offered/s": f"{count / offered:.1f}",
                             "caught up s": f"{time.monotonic() - start - offered:.1f}"})
        time.sleep(1)  # the last alerts on their way to the listener
        rss = [peak_rss_mb(pid) for pid in run.consumer_pids()]
    finally:
        listener.stopping.set()
        run.stop()
    listener.join()
    samples: dict[int, list[float]] = {rate: [] for rate in RATES}
    unmatched = 0
    for arrived, urls in listener.alerts:
        # The article that caused an alert is the newest of its sources produced before it arrived.
        known = [sent[url] for url in urls if url in sent and sent[url][0] <= arrived]
        if known:
            produced, rate = max(known)
            samples[rate].append(arrived - produced)
        else:
            unmatched += 1
    print(f"\nlatency ({processes} consumer process(es), peak RSS {' / '.join(f'{mb:.0f}' for mb in rss)} MB; seconds from an article's produce timestamp "
          f"to each alert it caused arriving on the alerts topic, {len(listener.alerts)} alerts of which {unmatched} "
          "matched no article; 'caught up s': after the end of the rate's window):")
    columns = ["rate/s", "articles", "meeting-rich", "offered/s", "alerts timed", "p50 s", "p95 s", "p99 s", "max s",
               "caught up s"]
    print("| " + " | ".join(columns) + " |\n|" + "---|" * len(columns))
    for row in rows:
        timed = samples[row["rate/s"]]
        row["alerts timed"] = len(timed)
        if timed:
            row |= {f"p{p} s": f"{percentile(timed, p):.2f}" for p in (50, 95, 99)} | {"max s": f"{max(timed):.2f}"}
        print("| " + " | ".join(str(row.get(c, "")) for c in columns) + " |")


# --- the report --------------------------------------------------------------------------------

def header(extractor: MeetingExtractor, broker: LocalBroker) -> None:
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    ram = int(next(line for line in meminfo if line.startswith("MemTotal:")).split()[1]) / 1024**2
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.machine())
    jar = next(broker.libs.glob("kafka_*.jar"), None)
    meta = extractor.nlp.meta
    print(f"machine   {os.cpu_count()} cores ({cpu}), {ram:.1f} GiB RAM, load average "
          + " ".join(f"{load:.1f}" for load in os.getloadavg()))
    print(f"date      {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")
    print(f"versions  Python {platform.python_version()}, spaCy {spacy.__version__}, "
          f"model {meta['lang']}_{meta['name']} {meta['version']}, kafka-python {version('kafka-python')}, "
          f"Kafka broker {jar.stem.split('-', 1)[1] if jar else 'unknown'} (KRaft, one node), "
          f"{Settings().topic_partitions} partitions, SQLite", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news-mix", type=int, default=400, metavar="N", help="BBC articles in the news-mix stream")
    parser.add_argument("--rich", type=int, default=300, metavar="N", help="articles in the meeting-rich stream")
    parser.add_argument("--processes", default="1,2", metavar="N,M",
                        help="consumer process counts to time, comma-separated (default 1,2)")
    parser.add_argument("--latency-seconds", type=float, default=30.0, metavar="S",
                        help="seconds each latency rate is offered for")
    parser.add_argument("--latency-processes", default="1,2", metavar="N,M",
                        help="consumer process counts to time latency with, comma-separated (default 1,2)")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--skip-latency", action="store_true")
    args = parser.parse_args()
    counts = [int(n) for n in args.processes.split(",")]

    extractor = MeetingExtractor(load_nlp(Settings().spacy_model))
    with tempfile.TemporaryDirectory(prefix="newswatch-pipeline-") as tmp:
        broker, bootstrap = start_broker(Path(tmp))
        try:
            header(extractor, broker)
            if not args.skip_throughput:
                streams = {"news mix": news_mix(args.news_mix, "mix"), "meeting-rich": meeting_rich(args.rich, "rich")}
                report_throughput(Path(tmp), bootstrap, broker, extractor, streams, counts)
            if not args.skip_latency:
                for processes in (int(n) for n in args.latency_processes.split(",")):
                    report_latency(Path(tmp), bootstrap, args.latency_seconds, processes)
        finally:
            broker.stop()


if __name__ == "__main__":
    main()
