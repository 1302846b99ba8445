"""spaCy's rule lemmatizer with its word indexes answering from a set: the same lemmas, without
reading a list of up to 57,528 words for each candidate form.

For a word it has not seen with that part of speech and morphology, the lemmatizer tries each
suffix rule and asks whether the form it gives is in the part of speech's index (``form in
index``). The model ships those indexes as lists, so each question reads the list through: on a
consumer's first articles, when nearly every word is new, that took as long as the parser. The
lists stay lists (what the lemmatizer and its serialisation expect); only ``in`` is answered
from a set of the same words.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language


class _IndexedList(list):
    """A list whose ``in`` is a set lookup; the lemmatizer's indexes are never changed after loading."""

    def __init__(self, words: Iterable[str]):
        super().__init__(words)
        self._members = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._members


def index_lemmas(nlp: Language) -> None:
    """Give the pipeline's rule lemmatizer its indexes as :class:`_IndexedList`, if it has one."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or not lemmatizer.lookups.has_table("lemma_index"):
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for pos, words in list(table.items()):
        if isinstance(words, list) and not isinstance(words, _IndexedList):
            table[pos] = _IndexedList(words)
