"""Cleaned articles onto the articles topic, keyed by canonical URL so that every version of one
story lands on the same partition, in order."""

from __future__ import annotations

from newswatch.messaging import Publisher
from newswatch.schemas.models import Article
from newswatch.settings import Settings


class ArticleProducer:
    def __init__(self, settings: Settings, client_id: str = "newswatch-ingest"):
        self.publisher = Publisher(settings, client_id=client_id)

    def send(self, article: Article):
        """Validate and send; the returned future resolves once the broker has the message."""
        return self.publisher.publish(
            "articles", article.to_json(), key=article.url,
            headers={"article-id": article.article_id, "feed-url": article.feed_url,
                     "body-source": article.body_source},
        )

    def dead_letter(self, stage: str, reason: str, payload: str, key: str | None = None):
        return self.publisher.dead_letter(stage, reason, payload, key=key)

    def flush(self) -> None:
        self.publisher.flush()

    def close(self) -> None:
        self.publisher.close()

    def __enter__(self) -> ArticleProducer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
