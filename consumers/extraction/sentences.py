"""Neighbouring sentences of a parsed article. The parser makes the blank line between paragraphs a
sentence of its own, which says nothing, and may cut a closing quote mark off as another: the
sentence before or after is the one past them."""

from __future__ import annotations

from spacy.tokens import Span, Token


def _empty(t: Token) -> bool:
    return t.is_space or (t.is_punct and t.is_quote)


def sentence_after(sent: Span) -> Span | None:
    """The sentence after ``sent``, past the blank line between paragraphs."""
    doc, end = sent.doc, sent.end
    while end < len(doc) and _empty(doc[end]):
        end += 1
    return doc[end].sent if end < len(doc) else None


def sentence_before(sent: Span) -> Span | None:
    """The sentence before ``sent``, past the blank line between paragraphs (and a quote mark cut
    off the end of the one before: "… 'mischievous and baseless.' | \"")."""
    doc, start = sent.doc, sent.start
    while start > 0 and _empty(doc[start - 1]):
        start -= 1
    return doc[start - 1].sent if start > 0 else None
