"""Storing meetings: which reports are the same meeting (:mod:`.merge`) and writing a batch of
articles' meetings, sources and owed alerts in one transaction (:mod:`.write`)."""

from newswatch.consumers.store.write import replay, write_article, write_articles

__all__ = ["replay", "write_article", "write_articles"]
