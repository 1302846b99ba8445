"""The ingest flow: poll every feed, fetch and clean each new item, put it on the articles topic.

Prefect tasks sit where retries and visibility pay: one task polls one feed (retried with
back-off), one task turns that feed's new items into articles. Per-article work stays plain
function calls, since a Prefect task per article costs more than cleaning the article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import lxml.html
from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.artifacts import create_markdown_artifact
from prefect.logging import get_run_logger
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from newswatch import db
from newswatch.flows.clean import CleaningError, clean_html
from newswatch.flows.feeds import FeedItem, FeedSpec, ParsedFeed, load_feed_list, parse_feed
from newswatch.flows.fetch import Fetcher, FetchError
from newswatch.flows.urls import article_id, canonical_url
from newswatch.producers.articles import ArticleProducer
from newswatch.schemas.models import Article
from newswatch.settings import Settings

FEED_TYPES = (
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
    "text/xml", "application/feed+json", "application/json", "text/html", "text/plain",
)


@dataclass
class FeedReport:
    feed: str
    not_modified: bool = False
    items: int = 0
    new: int = 0
    produced: int = 0
    from_summary: int = 0
    malformed: str | None = None
    error: str | None = None
    item_errors: list[str] = field(default_factory=list)


def _now() -> datetime:
    return datetime.now(UTC)


@task(retries=2, retry_delay_seconds=[2, 10], task_run_name="poll {feed.name}", cache_policy=NO_CACHE)
def poll_feed(feed: FeedSpec, settings: Settings) -> tuple[ParsedFeed | None, bool]:
    """Fetch one feed with a conditional GET; returns (parsed feed or None when 304, not_modified)."""
    sessions = db.connect(settings)
    with sessions() as session:
        state = session.get(db.FeedState, feed.url)
        etag, modified = (state.etag, state.last_modified) if state else (None, None)
    with Fetcher(settings) as fetcher:
        result = fetcher.get(feed.url, accept=", ".join(FEED_TYPES[:6]), allowed_types=FEED_TYPES,
                             etag=etag, last_modified=modified)
    with sessions.begin() as session:
        state = session.get(db.FeedState, feed.url) or db.FeedState(feed_url=feed.url, consecutive_failures=0)
        state.last_polled_at = state.last_success_at = _now()
        state.consecutive_failures, state.last_error = 0, None
        if not result.not_modified:
            state.etag, state.last_modified = result.etag, result.last_modified
        session.merge(state)
    if result.not_modified:
        return None, True
    return parse_feed(result.content, feed.url, result.content_type), False


def _summary_text(item: FeedItem) -> str:
    parts = [item.title or ""]
    if item.summary:
        try:
            parts.append(lxml.html.fromstring(item.summary).text_content())
        except (lxml.etree.ParserError, ValueError):
            parts.append(item.summary)
    return "\n".join(p.strip() for p in parts if p and p.strip())


def build_article(feed: FeedSpec, item: FeedItem, fetcher: Fetcher) -> Article:
    """Fetch and clean the item's page; fall back to the feed's own text when that fails."""
    url, page, error = canonical_url(item.link), None, None
    try:
        result = fetcher.get(item.link)
        page = clean_html(result.text, result.url)
        url = canonical_url(result.url, page.canonical_url)
        if not page.body:
            raise CleaningError("no article body found in the page")
    except (FetchError, CleaningError) as exc:
        error = f"{type(exc).__name__}: {exc}"
    body_from_page = page is not None and bool(page.body) and error is None
    body = page.body if body_from_page else _summary_text(item)
    return Article(
        article_id=article_id(url),
        url=url,
        link=item.link,
        feed_url=feed.url,
        title=(page.title if page and page.title else None) or item.title,
        authors=(page.authors if page and page.authors else None) or item.authors,
        published=(page.date if page and page.date else None) or item.published,
        language=(page.language if page and page.language else None) or feed.language,
        sitename=(page.sitename if page and page.sitename else None) or feed.name,
        body=body,
        body_source="page" if body_from_page else "feed_summary",
        fetch_error=error,
        fetched_at=_now().isoformat(timespec="seconds"),
    )


def _new_items(sessions: sessionmaker, feed: FeedSpec, items: list[FeedItem]) -> list[FeedItem]:
    keys = {item.key(feed.url): item for item in items}
    with sessions() as session:
        seen = set(session.scalars(select(db.SeenItem.item_key).where(db.SeenItem.item_key.in_(list(keys)))))
    return [item for key, item in keys.items() if key not in seen]


@task(task_run_name="articles from {feed.name}", cache_policy=NO_CACHE)
def ingest_items(feed: FeedSpec, items: list[FeedItem], settings: Settings) -> FeedReport:
    """Produce one article per item not seen before; an item is marked seen once Kafka has it."""
    logger = get_run_logger()
    report = FeedReport(feed=feed.name, items=len(items))
    sessions = db.connect(settings)
    new = _new_items(sessions, feed, items)
    report.new = len(new)
    with Fetcher(settings) as fetcher, ArticleProducer(settings) as producer:
        for item in new:
            try:
                article = build_article(feed, item, fetcher)
            except ValueError as exc:  # e.g. nothing usable at all: an empty body
                report.item_errors.append(f"{item.link}: {exc}")
                producer.dead_letter("ingest", f"no article could be built: {exc}", item.link, key=item.link)
                continue
            if article.fetch_error:
                logger.warning("feed=%s url=%s using feed summary: %s", feed.name, item.link, article.fetch_error)
                report.from_summary += 1
            producer.send(article).get(timeout=60)
            with sessions.begin() as session:
                session.merge(db.SeenItem(item_key=item.key(feed.url), feed_url=feed.url, link=item.link,
                                          article_id=article.article_id, produced_at=_now()))
            report.produced += 1
            logger.info("article produced feed=%s article_id=%s url=%s body_source=%s",
                        feed.name, article.article_id, article.url, article.body_source)
    return report


def _record_failure(settings: Settings, feed: FeedSpec, error: str) -> int:
    with db.connect(settings).begin() as session:
        state = session.get(db.FeedState, feed.url) or db.FeedState(feed_url=feed.url, consecutive_failures=0)
        state.last_polled_at = _now()
        state.consecutive_failures = (state.consecutive_failures or 0) + 1
        state.last_error = error[:2000]
        session.merge(state)
        return state.consecutive_failures


def _artifact(reports: list[FeedReport]) -> str:
    rows = ["| feed | status | items | new | produced | from summary | problem |", "|---|---|---|---|---|---|---|"]
    for r in reports:
        status = "failed" if r.error else "304" if r.not_modified else "ok"
        problem = (r.error or r.malformed or "; ".join(r.item_errors[:3]) or "").replace("|", "/")[:200]
        rows.append(f"| {r.feed} | {status} | {r.items} | {r.new} | {r.produced} | {r.from_summary} | {problem} |")
    totals = (f"**{len(reports)} feeds polled, {sum(r.not_modified for r in reports)} not modified, "
              f"{sum(r.produced for r in reports)} articles produced, {sum(bool(r.error) for r in reports)} failed**")
    return totals + "\n\n" + "\n".join(rows)


def _run_name() -> str:
    return f"ingest-{_now():%Y%m%d-%H%M%S}"


@flow(name="ingest-feeds", flow_run_name=_run_name)
def ingest_feeds(feeds_file: str | None = None) -> list[FeedReport]:
    """Poll every enabled feed in the list once and produce the new articles."""
    logger = get_run_logger()
    settings = Settings()
    path = Path(feeds_file) if feeds_file else settings.feeds_file
    feeds = [f for f in load_feed_list(path) if f.enabled]
    polls = {feed.url: poll_feed.submit(feed, settings) for feed in feeds}
    reports = []
    for feed in feeds:
        report = FeedReport(feed=feed.name)
        try:
            parsed, report.not_modified = polls[feed.url].result()
        except Exception as exc:
            report.error = f"{type(exc).__name__}: {exc}"
            failures = _record_failure(settings, feed, report.error)
            logger.error("feed=%s url=%s poll failed (%d in a row): %s", feed.name, feed.url, failures, report.error)
            reports.append(report)
            continue
        if parsed is not None:
            if parsed.malformed:
                logger.warning("feed=%s malformed, kept what parsed: %s", feed.name, parsed.malformed)
            items_report = ingest_items(feed, parsed.items, settings)
            items_report.malformed = parsed.malformed
            report = items_report
            report.not_modified = False
        reports.append(report)
    create_markdown_artifact(_artifact(reports), key="ingest-summary", description="Feeds polled in this run")
    logger.info("ingest done feeds=%d produced=%d failed=%d", len(reports),
                sum(r.produced for r in reports), sum(bool(r.error) for r in reports))
    return reports
