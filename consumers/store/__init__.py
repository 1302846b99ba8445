"""Storing meetings: which reports are the same meeting (:mod:`.merge`) and writing an article's
meetings, sources and owed alerts in one transaction (:mod:`.write`)."""

from newswatch.consumers.store.write import replay, write_article

__all__ = ["replay", "write_article"]
