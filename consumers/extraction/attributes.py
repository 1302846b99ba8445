"""spaCy's attribute ruler applied by table: the same parts of speech, morphology and lemma
exceptions as the model's ``attribute_ruler``, at a tenth of its cost.

The ruler runs its patterns (179 in en_core_web_sm) through a Matcher at every token: on the
passages we parse it cost as much as the parser. Each of its patterns is a fixed run of tokens
tested only on TAG, LOWER, DEP and IS_SPACE, so what the one-token patterns do to a token follows
from those four values: it is worked out once per combination seen and kept. The few longer
patterns ("gon na", "there is") are tried where their first token fits. A ruler with other
tests (quantifiers, other attributes or operators) is left to spaCy: see :func:`tabulable`.
"""

from __future__ import annotations

import re

from spacy.attrs import POS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs  # what the ruler itself writes with

# The token values a pattern may test, in the order of a token's key.
_TESTED = ("TAG", "LOWER", "DEP", "IS_SPACE")
_OPERATORS = {"IN", "NOT_IN", "REGEX"}
# Combinations kept before the table starts afresh: a long-running consumer meets new words forever.
_TABLE_SIZE = 200_000

_Key = tuple[str, str, str, bool]


def tabulable(ruler: AttributeRuler) -> bool:
    """Whether every pattern of ``ruler`` tests only what a token's key holds, as this table can."""
    return all(set(spec) <= set(_TESTED) and all(
        not isinstance(want, dict) or (len(want) == 1 and set(want) <= _OPERATORS) for want in spec.values())
        for entry in ruler.patterns for pattern in entry["patterns"] for spec in pattern)


class TabledAttributes:
    """Writes what ``ruler`` would write, in the same order (a later pattern wins)."""

    def __init__(self, ruler: AttributeRuler):
        # The ruler's own normalised attributes and target indices, by pattern number.
        self.attrs, self.indices = ruler.attrs, ruler.indices
        self.single: list[tuple[int, list[dict]]] = []
        self.longer: list[tuple[int, list[dict]]] = []
        # Numbered as the ruler numbers them: its matches are sorted by that number, then written.
        for n, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                (self.single if len(pattern) == 1 else self.longer).append((n, pattern))
        # The one-token patterns by the word or the tag they require, so that a token never seen
        # before is tested against the dozen that can fit it rather than all of them (on a
        # consumer's first articles most tokens are new). Those requiring neither are always tested.
        self._by_lower: dict[str, list[tuple[int, dict]]] = {}
        self._by_tag: dict[str, list[tuple[int, dict]]] = {}
        self._unindexed: list[tuple[int, dict]] = []
        for n, (spec,) in self.single:
            lower, tag = spec.get("LOWER"), spec.get("TAG")
            if isinstance(lower, str):
                self._by_lower.setdefault(lower, []).append((n, spec))
            elif isinstance(lower, dict) and set(lower) == {"IN"}:
                for word in lower["IN"]:
                    self._by_lower.setdefault(word, []).append((n, spec))
            elif isinstance(tag, str):
                self._by_tag.setdefault(tag, []).append((n, spec))
            else:
                self._unindexed.append((n, spec))
        self._table: dict[_Key, tuple[dict, tuple[int, ...], tuple[int, ...]]] = {}

    def __call__(self, doc: Doc) -> Doc:
        keys: list[_Key] = [(t.tag_, t.lower_, t.dep_, t.is_space) for t in doc]
        rows = [self._row(key) for key in keys]
        extra: dict[int, set[int]] = {}
        for start, (_, _, opening) in enumerate(rows):
            for k in opening:
                n, pattern = self.longer[k]
                end = start + len(pattern)
                if end <= len(doc) and all(_fits(spec, key) for spec, key in zip(pattern[1:], keys[start + 1:end])):
                    extra.setdefault(range(start, end)[self.indices[n]], set()).add(n)
        for i, (merged, numbers, _) in enumerate(rows):
            if i in extra:
                for n in sorted(extra[i].union(numbers)):
                    set_token_attrs(doc[i], self.attrs[n])
            elif merged:
                set_token_attrs(doc[i], merged)
        return doc

    def pos_before_parse(self, tag: str, lower: str, is_space: bool) -> int:
        """The part of speech (a symbol id, 0 for none) this table gives a tagged token that has
        no dependency yet. The ruler's few patterns that test the dependency are thus left out:
        in en_core_web_sm they make auxiliaries of verbs, and verbs only of "do", "have" and "be"."""
        return self._row((tag, lower, "", is_space))[0].get(POS, 0)

    def _row(self, key: _Key) -> tuple[dict, tuple[int, ...], tuple[int, ...]]:
        """For a token's key: the attributes its one-token patterns leave (a later one overwriting
        an earlier), those patterns' numbers, and the longer patterns its token may open."""
        row = self._table.get(key)
        if row is None:
            if len(self._table) >= _TABLE_SIZE:
                self._table.clear()
            tag, lower = key[0], key[1]
            candidates = self._by_lower.get(lower, []) + self._by_tag.get(tag, []) + self._unindexed
            numbers = tuple(sorted({n for n, spec in candidates if _fits(spec, key)}))
            merged: dict = {}
            for n in numbers:
                merged.update(self.attrs[n])
            opening = tuple(k for k, (_, pattern) in enumerate(self.longer) if _fits(pattern[0], key))
            row = self._table[key] = (merged, numbers, opening)
        return row


def _fits(spec: dict, key: _Key) -> bool:
    """Whether a token with ``key`` passes one token test of a pattern, as the Matcher decides."""
    for name, want in spec.items():
        have = key[_TESTED.index(name)]
        if isinstance(want, dict):
            (operator, argument), = want.items()
            if operator == "REGEX":
                ok = re.search(argument, have) is not None
            else:
                ok = (have in argument) == (operator == "IN")
        else:
            ok = have == want
        if not ok:
            return False
    return True


@Language.factory("newswatch_attributes")
def _make(nlp: Language, name: str) -> TabledAttributes:
    """Built from the pipeline's ``attribute_ruler``, which it then replaces (see load_nlp)."""
    return TabledAttributes(nlp.get_pipe("attribute_ruler"))
