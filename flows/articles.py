"""One feed item → one article message, at most once per canonical URL.

The page is fetched (politely, safely) and cleaned; when that fails the feed's own title and
summary stand in and the message says why (``body_source="feed_summary"``, ``fetch_error``). An
item with no text at all goes to the dead-letter topic with the reason. Before producing, the
canonical URL is checked against what was produced already (same URL: not produced again) and the
body's fingerprint against recent ones (same story elsewhere: produced, marked
``near_duplicate_of``). The item is recorded as seen, with its article, once Kafka has the message.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime

import lxml.html

from newswatch import db
from newswatch.errors import NewswatchError
from newswatch.flows.clean import CleaningError, clean_html
from newswatch.flows.dedup import already_produced, near_duplicates, record, simhash
from newswatch.flows.feeds import FeedItem, FeedSpec
from newswatch.flows.fetch import FetchError
from newswatch.flows.politeness import PoliteFetcher
from newswatch.flows.urls import article_id, canonical_url
from newswatch.producers.articles import ArticleProducer
from newswatch.schemas import InvalidMessage
from newswatch.schemas.models import Article, BodySource
from newswatch.settings import Settings

log = logging.getLogger(__name__)

# The duplicate checks and the write that makes them true must not interleave between the
# threads of one flow run, or two copies of one URL arriving at once would both be "first".
_produce_lock = threading.Lock()


class ItemError(NewswatchError, ValueError):
    """No article can be made of this item; the text says why."""


@dataclass(frozen=True)
class Outcome:
    kind: str  # produced | duplicate | dead_letter
    article: Article | None = None
    reason: str | None = None


def now() -> datetime:
    return datetime.now(UTC)


def _summary_text(item: FeedItem) -> str:
    parts = [item.title or ""]
    if item.summary:
        try:
            parts.append(lxml.html.fromstring(item.summary).text_content())
        except (lxml.etree.ParserError, ValueError):
            parts.append(item.summary)
    return "\n".join(p.strip() for p in parts if p and p.strip())


def build_article(feed: FeedSpec, item: FeedItem, fetcher: PoliteFetcher) -> Article:
    """Fetch and clean the item's page; fall back to the feed's own text when that fails.

    Raises :class:`ItemError` when neither gives any text.
    """
    url, page, error = canonical_url(item.link), None, None
    try:
        result = fetcher.get(item.link)
        page = clean_html(result.text, result.url)
        url = canonical_url(result.url, page.canonical_url)
    except (FetchError, CleaningError) as exc:
        error = f"{type(exc).__name__}: {exc}"
    body = page.body if page is not None and page.body else _summary_text(item)
    if not body:
        raise ItemError(f"no text: the page gave none ({error}) and the feed has no title or summary")
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
        body_source=BodySource.PAGE if page is not None else BodySource.FEED_SUMMARY,
        fetch_error=error,
        fetched_at=now().isoformat(timespec="seconds"),
    )


class ArticleWriter:
    """Turns the new items of one group of feeds into messages; one Kafka producer, made on first use."""

    def __init__(self, settings: Settings, fetcher: PoliteFetcher) -> None:
        self._settings = settings
        self._sessions = db.connect(settings)
        self._fetcher = fetcher
        self._producer: ArticleProducer | None = None

    @property
    def producer(self) -> ArticleProducer:
        if self._producer is None:
            self._producer = ArticleProducer(self._settings)
        return self._producer

    def close(self) -> None:
        if self._producer is not None:
            self._producer.close()

    def write(self, feed: FeedSpec, item: FeedItem) -> Outcome:
        guessed = article_id(canonical_url(item.link))
        with self._sessions() as session:
            if already_produced(session, guessed):  # the same URL from another feed or guid
                self._mark_seen(feed, item, guessed)
                return Outcome("duplicate", reason=f"url already produced as article_id={guessed}")
        try:
            article = build_article(feed, item, self._fetcher)
        except ItemError as exc:
            return self._dead_letter(feed, item, guessed, str(exc))
        try:
            return self._produce(feed, item, article)
        except InvalidMessage as exc:
            return self._dead_letter(feed, item, article.article_id, f"invalid article message: {exc}")

    def _produce(self, feed: FeedSpec, item: FeedItem, article: Article) -> Outcome:
        fingerprint = simhash(article.body) if article.body_source == BodySource.PAGE else None
        with _produce_lock:
            with self._sessions() as session:
                if already_produced(session, article.article_id):  # canonical URL found on the page
                    self._mark_seen(feed, item, article.article_id)
                    return Outcome("duplicate", article, f"url already produced as article_id={article.article_id}")
            index = near_duplicates(self._settings, now())
            original = index.find(fingerprint)
            article = article.model_copy(update={
                "fingerprint": f"{fingerprint:016x}" if fingerprint is not None else None,
                "near_duplicate_of": original,
            })
            self.producer.send(article).get(timeout=60)
            with self._sessions.begin() as session:
                record(session, article_id=article.article_id, url=article.url, feed_url=feed.url,
                       fingerprint=fingerprint, near_duplicate=original, at=now())
                session.merge(db.SeenItem(item_key=item.key(feed.url), feed_url=feed.url, link=item.link,
                                          article_id=article.article_id, produced_at=now()))
            index.add(article.article_id, fingerprint, original, now())
        return Outcome("produced", article)

    def _dead_letter(self, feed: FeedSpec, item: FeedItem, guessed_id: str, reason: str) -> Outcome:
        payload = json.dumps({"feed_url": feed.url, "link": item.link, "guid": item.guid, "title": item.title},
                             ensure_ascii=False)
        self.producer.dead_letter("ingest", reason, payload, key=item.link).get(timeout=60)
        # Seen, so that an item that can never be built is not dead-lettered again at every poll.
        self._mark_seen(feed, item, guessed_id)
        return Outcome("dead_letter", reason=reason)

    def _mark_seen(self, feed: FeedSpec, item: FeedItem, article_id_: str) -> None:
        with self._sessions.begin() as session:
            session.merge(db.SeenItem(item_key=item.key(feed.url), feed_url=feed.url, link=item.link,
                                      article_id=article_id_, produced_at=now()))
