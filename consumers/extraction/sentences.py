"""Neighbouring sentences of a parsed article. The parser makes the blank line between paragraphs a
sentence of its own, which says nothing: the sentence before or after is the one past it."""

from __future__ import annotations

from spacy.tokens import Span


def sentence_after(sent: Span) -> Span | None:
    """The sentence after ``sent``, past the blank line between paragraphs."""
    doc, end = sent.doc, sent.end
    while end < len(doc) and doc[end].is_space:
        end += 1
    return doc[end].sent if end < len(doc) else None


def sentence_before(sent: Span) -> Span | None:
    """The sentence before ``sent``, past the blank line between paragraphs."""
    doc, start = sent.doc, sent.start
    while start > 0 and doc[start - 1].is_space:
        start -= 1
    return doc[start - 1].sent if start > 0 else None
