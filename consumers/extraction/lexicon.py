"""The meeting lexicon (``lexicon.toml``): meeting words and their argument frames, as data.

:func:`load` reads and checks the file once; :meth:`Lexicon.matcher` compiles it into one spaCy
Matcher whose match ids are entry numbers, so a hit leads straight back to its entry and frame.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from spacy.matcher import Matcher
from spacy.tokens import Token
from spacy.vocab import Vocab

from newswatch.consumers.extraction.titles import COUNTS
from newswatch.errors import NewswatchError
from newswatch.schemas.models import Kind

# by_medium: phone unless the clause names a place or a video link ("spoke with").
KINDS = {*Kind, "by_medium"}
_POS = {"VERB": ["VERB"], "NOUN": ["NOUN", "PROPN"]}


class LexiconError(NewswatchError, ValueError):
    """The lexicon file is malformed; the message names the entry and the field."""


@dataclass(frozen=True)
class Frame:
    """How a meeting word finds its sides (see the file's header)."""

    name: str
    objects: bool
    preps: frozenset[str]
    reciprocal: bool
    passive: bool
    places_are_destinations: bool = False
    people_only: bool = False
    topic_preps: bool = False
    retells: bool = False
    shared_verbs: frozenset[str] = frozenset()
    accompanied: bool = False
    agent_only: bool = False
    deal_preps: bool = False
    officials: bool = False
    foreign: bool = False


@dataclass(frozen=True)
class Entry:
    words: tuple[str, ...]  # lemmas, or a multiword expression's words in order
    phrase: bool
    gap: int
    pos: str
    frame: Frame
    kind: str
    unless: frozenset[str] = frozenset()
    proper: bool = True
    urging: bool = False
    interview: bool = False
    naming: bool = False
    chaired: bool = False
    named_next: bool = False
    opens: bool = True
    not_before: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()

    @property
    def label(self) -> str:
        return "_".join(self.words) if self.phrase else self.words[0]

    @property
    def tags(self) -> list[str]:
        return _POS[self.pos] if self.proper else [self.pos]

    def forms(self) -> list[str]:
        """What a single-word entry (or a multiword one's first word) matches: verbs by lemma,
        nouns by written form."""
        words = self.words[:1] if self.phrase else self.words
        if self.pos == "VERB":
            return list(words)
        return sorted({w for word in words for w in (word, word + "s")})

    def patterns(self) -> list[list[dict]]:
        """A multiword expression's pattern (single words are matched together: Lexicon.matcher)."""
        pos = {"POS": {"IN": self.tags}}
        first, *rest = self.words
        pattern: list[dict] = [{"LEMMA": first, **pos}]
        for word in rest:
            # (Words between, and the possessive's apostrophe: "held their annual Leaders' Retreat".)
            pattern += [{"TEXT": {"REGEX": r"^(?:[^\W_]|['’]s?$)"}, "OP": "?"}] * self.gap + [{"LOWER": word}]
        return [pattern]


# Words that may stand between a ``named_next`` word and the capital of the name or title after it.
NAMED_AFTER = ("the", "his", "her", "their", "its")
# Particles, in lower case and joined by a hyphen, that a name may open with ("saw al-Hakimi").
NAME_PARTICLES = ("al", "el")

# Past forms of lexicon verbs that do not start with the lemma's stem.
_IRREGULAR = {"meet": ("met",), "speak": ("spoke", "spoken"), "ring": ("rang", "rung"), "sit": ("sat",),
              "spend": ("spent",), "hold": ("held",), "see": ("saw",)}


@dataclass(frozen=True)
class Lexicon:
    frames: dict[str, Frame]
    entries: tuple[Entry, ...]

    def matcher(self, vocab: Vocab) -> Matcher:
        """Multiword expressions one pattern each, match id their entry number; single words one
        pattern per part of speech, a word leading back to its entry (the Matcher's cost grows
        with the number of patterns, not with the words in one)."""
        matcher = Matcher(vocab)
        for i, entry in enumerate(self.entries):
            if entry.phrase:
                matcher.add(str(i), entry.patterns())
        for (pos, tags), words in self._single_words.items():
            attribute = "LEMMA" if pos == "VERB" else "LOWER"
            matcher.add(f"{pos}:{'|'.join(tags)}", [[{attribute: {"IN": sorted(words)}, "POS": {"IN": list(tags)}}]])
        return matcher

    def entry(self, vocab: Vocab, match_id: int, token: Token) -> Entry:
        key = vocab.strings[match_id]
        if ":" not in key:
            return self.entries[int(key)]
        pos, tags = key.split(":")
        return self._single_words[pos, tuple(tags.split("|"))][token.lemma_ if pos == "VERB" else token.lower_]

    @functools.cached_property
    def _single_words(self) -> dict[tuple[str, tuple[str, ...]], dict[str, Entry]]:
        groups: dict[tuple[str, tuple[str, ...]], dict[str, Entry]] = {}
        for entry in self.entries:
            if entry.phrase:
                continue
            group = groups.setdefault((entry.pos, tuple(entry.tags)), {})
            for form in entry.forms():
                if form in group:
                    raise LexiconError(f"{form!r} ({entry.pos}) is in two entries: {group[form].label} and {entry.label}")
                group[form] = entry
        return groups

    @functools.cached_property
    def prefilter(self) -> re.Pattern[str]:
        """A pattern found in every sentence in which the matcher can find a meeting word (and in
        some where it cannot), so text without one needs no parse: any written form of a single
        word entry, as a whole word; a multiword expression whole, its words at most ``gap`` words
        apart ("spent two hours", not every "spending"). Verbs are matched by lemma; the forms
        cover the regular inflections (with a doubled last consonant, "dialled", "conferred") and
        the irregular ones."""
        guarded = [entry for entry in self._opening if not entry.phrase and (
            entry.named_next or entry.not_before or entry.not_after)]
        singles = {form for entry in self._opening if not entry.phrase and entry not in guarded for word in entry.words
                   for form in _written(word, entry.pos)}
        alternatives = [_trie(singles)]
        for entry in self._opening:
            if entry in guarded:
                # ("so-called", "called for talks", "calls for calm": no call; "saw the Libyan foreign
                # minister", "will see Mr Gracey": a capital next, past a determiner)
                before = "".join(rf"(?<!{re.escape(w)})" for w in sorted(entry.not_after))
                after = rf"(?!\s+(?:{'|'.join(map(re.escape, sorted(entry.not_before)))})(?!\w))" if entry.not_before else ""
                if entry.named_next:
                    after += (rf"(?=\s+(?:(?:{'|'.join(NAMED_AFTER)})\s+)?(?:(?-i:[A-Z])|(?:{'|'.join(NAME_PARTICLES)})-[A-Z]"
                              rf"|(?:{'|'.join(COUNTS)})\s))")  # ("will see both party leaders")
                forms = {form for word in entry.words for form in _written(word, entry.pos)}
                alternatives.append(before + _trie(forms) + after)
            if entry.phrase:
                first, *rest = entry.words
                between = rf"(?:\s+\S+){{0,{entry.gap}}}\s+\W*"
                alternatives.append(_trie(_written(first, entry.pos)) + "".join(between + re.escape(w) for w in rest))
        return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)

    @property
    def _opening(self) -> list[Entry]:
        """The entries whose words make a text worth parsing: a ``chaired`` word is read only where
        another meeting word brought the text to the parse, and so is a delegation's ("the team",
        a seventh of a news mix's meeting words' forms), which only marks its leader, and one
        marked ``opens = false``."""
        return [entry for entry in self.entries if not entry.chaired and entry.opens and entry.frame.name != "delegation"]

    def may_report(self, pos: str, lower: str) -> bool:
        """Whether a word the prefilter found, with part of speech ``pos``, can start a match of an
        entry that reports a meeting: a verb by any of its forms (the prefilter stands in for the
        lemma), a noun by its written form."""
        return (pos, lower) in self._openers or (pos, "") in self._openers

    @functools.cached_property
    def _openers(self) -> frozenset[tuple[str, str]]:
        """(part of speech, lowercase form) pairs for :meth:`may_report`; form "" for any."""
        openers: set[tuple[str, str]] = set()
        for entry in self._opening:
            forms = entry.forms() if entry.pos == "NOUN" else [""]
            openers |= {(tag, form) for tag in entry.tags for form in forms}
        return frozenset(openers)

    def hyphenated(self) -> dict[str, tuple[str, str]]:
        """The written forms of single meeting words with hyphens ("tête-à-tête", "co-chaired"),
        which the tokenizer would split, each with its word and part of speech."""
        return {form: (w, e.pos) for e in self.entries if not e.phrase for w in e.words if "-" in w
                for form in (_written(w, e.pos) if e.pos == "VERB" else {w})}

    def words(self, frame: str | None = None, pos: str | None = None) -> set[str]:
        """Every meeting word of the entries of ``frame`` and ``pos`` (all when None): a phrasal
        verb's verb ("sit down"), not the first word of a phrase with words between ("hold" of
        "held their annual retreat", which is no meeting word alone)."""
        return {w for e in self.entries if frame in (None, e.frame.name) and pos in (None, e.pos)
                for w in (e.words[:1] if e.phrase and not e.gap else [] if e.phrase else e.words)}


DEFAULT_PATH = Path(str(resources.files(__package__).joinpath("lexicon.toml")))


def _written(word: str, pos: str) -> set[str]:
    """The forms a word of the lexicon may be written in."""
    if pos != "VERB":
        return {word, word + "s", word + "es"}
    stem = word[:-1] if word.endswith("e") else word
    return {word, word + "s", word + "es", word + "d", stem + "ed", stem + "ing",
            word + word[-1] + "ed", word + word[-1] + "ing", *_IRREGULAR.get(word, ())}


def _trie(words: set[str]) -> str:
    """A regular expression matching exactly ``words``, branching letter by letter: Python's
    ``re`` tries a flat alternation's 270 forms one by one at every position of the text, ten
    times slower (the passages' cost on a real news stream)."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(tree)


def _branches(node: dict) -> str:
    ends, branches = "" in node, [re.escape(char) + _branches(rest) for char, rest in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    return f"(?:{'|'.join(branches)})" + ("?" if ends else "")


@functools.cache
def load(path: Path = DEFAULT_PATH) -> Lexicon:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"cannot read the meeting lexicon {path}: {exc}") from exc
    frames = {}
    for name, spec in data.get("frames", {}).items():
        try:
            frames[name] = Frame(name, bool(spec["objects"]), frozenset(spec["preps"]),
                                 bool(spec["reciprocal"]), bool(spec["passive"]),
                                 bool(spec.get("destinations", False)),
                                 bool(spec.get("people_only", False)),
                                 bool(spec.get("topic_preps", False)),
                                 bool(spec.get("retells", False)),
                                 frozenset(spec.get("shared_verbs", [])),
                                 bool(spec.get("accompanied", False)),
                                 bool(spec.get("agent_only", False)),
                                 bool(spec.get("deal_preps", False)),
                                 bool(spec.get("officials", False)),
                                 bool(spec.get("foreign", False)))
        except KeyError as exc:
            raise LexiconError(f"{path}: frame {name!r} lacks {exc.args[0]!r}") from exc
    word_lists = data.get("words", {})
    entries = []
    for n, spec in enumerate(data.get("entry", []), 1):
        where = f"{path}: entry {n}"
        given = [key for key in ("lemmas", "phrase", "phrases") if key in spec]
        if len(given) != 1 or not spec[given[0]]:
            raise LexiconError(f"{where}: give one of lemmas, phrase or phrases")
        # ("phrases": several expressions read alike, one row: "spend … hours", "spend … the day")
        forms = spec["phrases"] if given == ["phrases"] else [spec[given[0]]]
        if spec.get("frame") not in frames:
            raise LexiconError(f"{where}: unknown frame {spec.get('frame')!r} (known: {', '.join(frames)})")
        if spec.get("kind") not in KINDS:
            raise LexiconError(f"{where}: kind must be one of {', '.join(sorted(KINDS))}")
        if spec.get("pos") not in _POS:
            raise LexiconError(f"{where}: pos must be VERB or NOUN")
        unless = spec.get("unless", [])
        if isinstance(unless, str):
            if unless not in word_lists:
                raise LexiconError(f"{where}: unless names no list under [words]: {unless!r}")
            unless = word_lists[unless]
        entries += [Entry(tuple(w.lower() for w in words), given != ["lemmas"], int(spec.get("gap", 0)),
                          spec["pos"], frames[spec["frame"]], spec["kind"],
                          frozenset(w.lower() for w in unless),
                          bool(spec.get("proper", True)), bool(spec.get("urging", False)),
                          bool(spec.get("interview", False)), bool(spec.get("naming", False)),
                          bool(spec.get("chaired", False)), bool(spec.get("named_next", False)),
                          bool(spec.get("opens", True)),
                          frozenset(w.lower() for w in spec.get("not_before", [])),
                          frozenset(w.lower() for w in spec.get("not_after", [])))
                    for words in forms]
    if not entries:
        raise LexiconError(f"{path}: no entries")
    lexicon = Lexicon(frames, tuple(entries))
    lexicon._single_words  # a word in two entries is refused here, not at the first article
    return lexicon
