"""The ingest flow: poll the feeds that are due, turn their new items into article messages.

Where Prefect tasks sit was measured (``benchmarks/prefect_tasks.py``): a task run costs about
4-5 ms of bookkeeping, more than a 304 answer from a feed server costs. A task per feed (let alone
per article) would make Prefect the main cost of a poll of a thousand mostly unchanged feeds. So
the due feeds are split into ``settings.poll_concurrency`` groups, the feeds of one host always
in the same group, and one task polls a group: its feeds one after another, each feed's new
items fetched, cleaned and produced before the next feed. The groups run concurrently (the thread
pool task runner), which bounds the requests in flight; per-host limits and robots.txt are kept
by :mod:`newswatch.flows.politeness` across all groups. A host gets ``host_time_budget_seconds``
per run for its items: those whose fetch could not start in time are left for the next poll, so
a slow host (a long Crawl-delay) delays its own articles, not the run or the hosts after it.

Failures are handled at the level they belong to. A feed that fails (network, HTTP status,
refused address, robots.txt) is recorded with its reason and backed off (:mod:`schedule`); the
rest of the group goes on. An item that cannot become an article goes to the dead-letter topic.
A group task fails only when Kafka or the database does, and is then retried by Prefect with
exponential back-off: everything it had finished is recorded, so a retry redoes no work and loses
no item (a feed's validators are saved only after its items are on Kafka).
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from kafka.errors import KafkaError
from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.logging import get_run_logger
from prefect.states import Completed, Failed, State
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.tasks import exponential_backoff
from sqlalchemy.exc import SQLAlchemyError

from newswatch import db, metrics
from newswatch.flows import schedule
from newswatch.flows.articles import ArticleWriter, now
from newswatch.flows.feeds import FeedItem, FeedSpec, load_feed_list
from newswatch.flows.fetch import FetchError
from newswatch.flows.poll import fetch_feed, pick_new
from newswatch.flows.politeness import PoliteFetcher
from newswatch.settings import Settings

# Group tasks run on threads; the flow never submits more than settings.poll_concurrency of them.
_MAX_GROUPS = 64


@dataclass
class FeedReport:
    feed: str
    url: str = ""
    status: str = "ok"  # changed | not_modified | not_due | failed
    not_modified: bool = False
    items: int = 0
    new: int = 0
    produced: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    from_summary: int = 0
    dead_letters: int = 0
    backlog: int = 0
    failures: int = 0  # consecutive, after this poll
    malformed: str | None = None
    skipped_entries: list[str] = field(default_factory=list)
    error: str | None = None
    item_errors: list[str] = field(default_factory=list)


def _host(feed: FeedSpec) -> str:
    return (urlsplit(feed.url).hostname or "").lower()


def group_by_host(feeds: list[FeedSpec], groups: int) -> list[list[FeedSpec]]:
    """Split feeds into at most ``groups`` lists, all feeds of one host in one list, sizes balanced
    (largest host first into the currently smallest list)."""
    by_host: dict[str, list[FeedSpec]] = defaultdict(list)
    for feed in feeds:
        by_host[_host(feed)].append(feed)
    buckets: list[list[FeedSpec]] = [[] for _ in range(min(groups, len(by_host)))]
    for host_feeds in sorted(by_host.values(), key=len, reverse=True):
        min(buckets, key=len).extend(host_feeds)
    return [b for b in buckets if b]


def _poll_one(feed: FeedSpec, state: db.FeedState | None, fetcher: PoliteFetcher, writer: ArticleWriter,
              settings: Settings, started: datetime, deadline: float) -> FeedReport:
    logger = get_run_logger()
    report = FeedReport(feed=feed.name, url=feed.url)
    sessions = db.connect(settings)
    try:
        polled = fetch_feed(feed, fetcher, schedule.validators(state))
    except FetchError as exc:
        report.status, report.error = "failed", f"{type(exc).__name__}: {exc}"
        metrics.FEED_POLLS.labels("failed").inc()
        with sessions.begin() as session:
            report.failures = schedule.record_failure(session, feed, settings, started, report.error)
        log = logger.error if report.failures >= settings.poll_failures_reported else logger.warning
        log("feed poll failed feed=%s url=%s failures=%d error=%s", feed.name, feed.url, report.failures, report.error)
        return report
    metrics.FEED_POLLS.labels("not_modified" if polled.not_modified else "changed").inc()
    if polled.not_modified:
        report.status, report.not_modified = "not_modified", True
    else:
        parsed = polled.parsed
        report.status, report.items = "changed", len(parsed.items)
        report.malformed, report.skipped_entries = parsed.malformed, parsed.skipped
        if parsed.malformed:
            logger.warning("feed malformed feed=%s url=%s items_kept=%d reason=%r",
                           feed.name, feed.url, len(parsed.items), parsed.malformed)
        if parsed.skipped:
            logger.warning("feed entries skipped feed=%s count=%d first=%s",
                           feed.name, len(parsed.skipped), parsed.skipped[0])
        new, report.backlog = pick_new(sessions, feed, parsed.items, settings.max_items_per_poll)
        report.new = len(new)
        for done, item in enumerate(new):
            if fetcher.ready_at(item.link) > deadline:
                report.backlog += len(new) - done
                logger.warning("host time budget spent feed=%s url=%s budget=%.0fs rest=next_poll",
                               feed.name, feed.url, settings.host_time_budget_seconds)
                break
            _write(feed, item, writer, report)
        if report.backlog:
            logger.warning("feed backlog feed=%s url=%s left_for_next_poll=%d", feed.name, feed.url, report.backlog)
    with sessions.begin() as session:
        schedule.record_success(session, feed, settings, started, status=report.status,
                                saved=None if polled.not_modified else polled.validators, backlog=report.backlog)
    return report


def _write(feed: FeedSpec, item: FeedItem, writer: ArticleWriter, report: FeedReport) -> None:
    logger = get_run_logger()
    outcome = writer.write(feed, item)
    if outcome.kind == "duplicate":
        report.duplicates += 1
        logger.info("article duplicate feed=%s url=%s reason=%r", feed.name, item.link, outcome.reason)
    elif outcome.kind == "dead_letter":
        report.dead_letters += 1
        metrics.DEAD_LETTERS.labels("ingest").inc()
        report.item_errors.append(f"{item.link}: {outcome.reason}")
    else:
        article = outcome.article
        report.produced += 1
        metrics.ARTICLES_PRODUCED.inc()
        if article.fetch_error:
            report.from_summary += 1
            logger.warning("article from feed summary feed=%s url=%s reason=%r", feed.name, item.link, article.fetch_error)
        if article.near_duplicate_of:
            report.near_duplicates += 1
        logger.info("article produced feed=%s article_id=%s url=%s body_source=%s near_duplicate_of=%s",
                    feed.name, article.article_id, article.url, article.body_source, article.near_duplicate_of)


@task(retries=3, retry_delay_seconds=exponential_backoff(backoff_factor=5), retry_jitter_factor=0.5,
      task_run_name="poll {label}", cache_policy=NO_CACHE)
def poll_group(feeds: list[FeedSpec], label: str, force: bool = False) -> list[FeedReport]:
    """Poll each feed of the group that is due (every one with ``force``) and produce its new items."""
    settings = Settings()
    started = now()
    states = schedule.states(db.connect(settings), [f.url for f in feeds])
    deadlines: dict[str, float] = {}  # per host, from its first feed polled in this run
    reports = []
    with PoliteFetcher(settings) as fetcher:
        writer = ArticleWriter(settings, fetcher)
        try:
            for feed in feeds:
                state = states.get(feed.url)
                if not force and not schedule.is_due(state, started):
                    reports.append(FeedReport(feed=feed.name, url=feed.url, status="not_due",
                                              failures=state.consecutive_failures or 0,
                                              error=state.last_error))
                    continue
                try:
                    deadline = deadlines.setdefault(_host(feed), time.monotonic() + settings.host_time_budget_seconds)
                    reports.append(_poll_one(feed, state, fetcher, writer, settings, started, deadline))
                except (KafkaError, SQLAlchemyError):
                    raise  # the infrastructure, not this feed: the task is retried
                except Exception as exc:  # a bug met on hostile input must not stop the other feeds
                    get_run_logger().exception("feed poll crashed feed=%s url=%s", feed.name, feed.url)
                    error = f"unexpected {type(exc).__name__}: {exc}"
                    metrics.FEED_POLLS.labels("failed").inc()
                    with db.connect(settings).begin() as session:
                        failures = schedule.record_failure(session, feed, settings, started, error)
                    reports.append(FeedReport(feed=feed.name, url=feed.url, status="failed", error=error,
                                              failures=failures))
        finally:
            writer.close()
    return reports


def summary(reports: list[FeedReport], failing_after: int) -> str:
    """The run's artifact: totals, then every feed that did something or has a problem."""
    polled = [r for r in reports if r.status != "not_due"]
    failing = [r for r in reports if r.failures >= failing_after]
    lines = [
        f"**{len(polled)} feeds polled** ({len(reports) - len(polled)} not due): "
        f"{sum(r.not_modified for r in polled)} not modified (304), "
        f"{sum(r.status == 'changed' for r in polled)} changed, {sum(r.status == 'failed' for r in polled)} failed; "
        f"{sum(r.new for r in polled)} new items, {sum(r.produced for r in polled)} articles produced "
        f"({sum(r.near_duplicates for r in polled)} near-duplicates, {sum(r.from_summary for r in polled)} from the "
        f"feed summary), {sum(r.duplicates for r in polled)} duplicate URLs, {sum(r.dead_letters for r in polled)} "
        f"dead letters, {sum(r.backlog for r in polled)} items left for the next poll.",
        "",
    ]
    if failing:
        lines += [f"**Failing feeds** ({failing_after}+ failures in a row, backed off, still polled):", "",
                  "| feed | failures | last error |", "|---|---|---|"]
        lines += [f"| {_cell(r.feed)} | {r.failures} | {_cell(r.error or '')} |" for r in failing]
        lines.append("")
    lines += ["| feed | status | items | new | produced | near-dup | from summary | dead letters | backlog | problem |",
              "|---|---|---|---|---|---|---|---|---|---|"]
    for r in polled:
        if r.status == "not_modified" and not r.error:
            continue  # the totals count them; a thousand 304 rows would hide what matters
        problem = r.error or r.malformed or "; ".join(r.item_errors[:3]) or ""
        lines.append(f"| {_cell(r.feed)} | {r.status} | {r.items} | {r.new} | {r.produced} | {r.near_duplicates} | "
                     f"{r.from_summary} | {r.dead_letters} | {r.backlog} | {_cell(problem)} |")
    return "\n".join(lines)


@task(task_run_name="feed failing: {feed}", cache_policy=NO_CACHE)
def feed_failing(feed: str, url: str, error: str, failures: int) -> State:
    """A failed poll as a task run of its own, Failed and named for the feed, so the run's graph and
    the dashboard show it; the flow run itself still completes."""
    return Failed(message=f"{error} — {url}, {failures} failure(s) in a row")


def _cell(text: str) -> str:
    return text.replace("|", "/").replace("\n", " ")[:200]


def _run_name() -> str:
    return f"ingest-{now():%Y%m%d-%H%M%S}"


@flow(name="ingest-feeds", flow_run_name=_run_name, task_runner=ThreadPoolTaskRunner(max_workers=_MAX_GROUPS))
def ingest_feeds(feeds_file: str | None = None, force: bool = False) -> State:
    """Poll every enabled feed of the list that is due (all of them with ``force``) once. Called,
    it returns the list of :class:`FeedReport`, which the run's Completed state carries along with
    its message ("2 of 4 feeds failing")."""
    logger = get_run_logger()
    settings = Settings()
    path = Path(feeds_file) if feeds_file else settings.feeds_file
    feeds = [f for f in load_feed_list(path) if f.enabled]
    db.connect(settings)  # migrated here, once, before the group threads share the database
    groups = group_by_host(feeds, min(settings.poll_concurrency, _MAX_GROUPS))
    futures = [
        poll_group.submit(group, label=f"group {i + 1}/{len(groups)}: {len(group)} feeds, {group[0].name}…", force=force)
        for i, group in enumerate(groups)
    ]
    reports = [report for future in futures for report in future.result()]
    create_markdown_artifact(summary(reports, settings.poll_failures_reported), key="ingest-summary",
                             description="Feeds polled in this run")
    polled = [r for r in reports if r.status != "not_due"]
    failed = [r for r in polled if r.status == "failed"]
    for r in failed:
        feed_failing.submit(r.feed, r.url, r.error or "failed", r.failures).wait()
    logger.info("ingest done feeds=%d polled=%d not_modified=%d produced=%d failed=%d",
                len(reports), len(polled), sum(r.not_modified for r in reports),
                sum(r.produced for r in reports), len(failed))
    # The run completes (one feed's failure is that feed's), but says so where the runs are listed.
    message = (f"{len(failed)} of {len(polled)} feeds failing" if failed
               else f"{len(polled)} feeds polled, {sum(r.produced for r in reports)} articles produced")
    return Completed(message=message, data=reports)
