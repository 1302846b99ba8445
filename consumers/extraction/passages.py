"""The part of an article worth a full parse: the sentences that can hold a meeting, with what the
rules read around them.

On a real news stream most sentences hold no meeting word, and the parse is nearly all of the
cost. A meeting is read off its own sentence and its neighbours (pronouns, "the two leaders", a
date counted from the sentence before), the lead (the dateline, the story's main people) and
where each person or office it names was first introduced ("Chancellor Gordon Brown" for a later
"Mr Brown" or "the chancellor"). Those sentences are kept in order, paragraphs apart as they were;
the rest is left out of the parse. Finding them is plain text work: a sentence splitter and the
lexicon's word-form pattern. Once the tagger has read them, the extractor narrows them to the
sentences whose meeting words' forms the tags allow (:meth:`Passages.narrowed`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from newswatch.consumers.extraction.titles import OFFICES, SHORT_STYLES

# A sentence ends at an end mark (with closing quotes or brackets) before a capital or a digit,
# unless the mark ends an initial or an abbreviation ("U.S. officials", "P. Chidambaram", "Gen.").
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "cmdr", "gov", "sen",
                  "rep", "prof", "rev", "st", "mt", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                  "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "jr", "sr"} | SHORT_STYLES
_PAIR = re.compile(r"\b[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)* and (?:the )?[A-Z]")
_BOTH = re.compile(r"\b(?:two|both)\s+\w+", re.IGNORECASE)
# A sentence that leans on the one before for whom it means: a pronoun or a quotation first.
_LEANS = re.compile(r"(?:He|She|They|It)\b|[\"'“‘]")
_NAME = re.compile(r"\b[A-Z][\w'’-]+")
_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|they|them)\b")
# Capitalised words that open sentences and name no one: their first use introduces nobody.
_NO_NAMES = {"The", "It", "But", "He", "She", "We", "They", "In", "This", "If", "And", "There", "That", "However"}
_ENDED = re.compile(r"[.!?][\"'”’)\]]*$")
_WORD = re.compile(r"\b[a-z][a-z-]+\b")
# Words that arrive, travel or date a trip: "arrived in Paris on Monday; the following day …".
_TRIP = re.compile(r"(?<!\w)(?:arriv\w*|travel\w*|flew|fl(?:y|ies|ying)|land(?:s|ed|ing)?)(?!\w)", re.IGNORECASE)

# "talks with his Ukrainian counterpart" … "Ukrainian Energy Minister X said", "Norway's Energy
# Minister, X, said": the counterpart may be named by title anywhere later.
_COUNTERPART = re.compile(r"\bcounterparts?\b")
_TITLED_NAME = re.compile(r"\b(?:" + "|".join(sorted(o.capitalize() for o in OFFICES)) + r"),?\s+[A-Z]")

# A line heading a page's list of links to other stories ("Related News", "Related articles", "Read
# also:", "Other news"): the headlines under it, lines with no full stop, are other stories'. Kept
# in the passages before a meeting word, for the rules to see where such a list starts.
TEASERS_HEADING = re.compile(r"^[ \t]*(?:related(?: news| articles| stories)?|similar (?:news|articles|stories)|"
                             r"read (?:more|also)|also read|see also|more on this story|you may also like|"
                             r"(?:other|more|latest) (?:news|stories))[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE)

# Words that put someone at the head of a side: "will represent the UK", "the team is led by".
_SIDE = re.compile(r"(?<!\w)(?:represent(?:s|ed|ing)?|(?:led|headed) by)(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Passages:
    """An article's sentences (each with its paragraph's number), those holding a meeting word's
    form (``hits``) and those the parse reads (``kept``, in order)."""

    sentences: list[tuple[int, str]]
    hits: tuple[int, ...]
    kept: tuple[int, ...]

    @functools.cached_property
    def text(self) -> str:
        """The kept sentences, paragraphs apart as they were."""
        return "".join(part for n in self.kept for part in (self.sentences[n][1], self.gap_after(n)))

    @functools.cached_property
    def starts(self) -> dict[int, int]:
        """Where each kept sentence starts in :attr:`text`."""
        out, at = {}, 0
        for n in self.kept:
            out[n] = at
            at += len(self.sentences[n][1]) + len(self.gap_after(n))
        return out

    def gap_after(self, n: int) -> str:
        """What :attr:`text` puts after kept sentence ``n``: a line break before another paragraph's
        sentence, a space before the same one's, nothing at the end."""
        return self._gaps[n]

    @functools.cached_property
    def _gaps(self) -> dict[int, str]:
        gaps = {n: "\n" if self.sentences[after][0] != self.sentences[n][0] else " "
                for n, after in zip(self.kept, self.kept[1:])}
        return {**gaps, self.kept[-1]: ""} if self.kept else gaps

    def narrowed(self, hits: set[int]) -> Passages:
        """The passages around only ``hits`` (some of :attr:`hits`): what the kept sentences become
        once the tags show which meeting words' forms are no meeting word ("mobile phones", "a
        host of"). Every sentence kept is kept here too."""
        return Passages(self.sentences, tuple(sorted(hits)), tuple(sorted(_kept(self.sentences, sorted(hits)))))


def passages(text: str, meeting_word: re.Pattern[str]) -> Passages | None:
    """The sentences of ``text`` that the meeting rules can need, or None when none holds a meeting
    word (nothing to parse)."""
    sentences = [(n, sentence) for n, line in enumerate(text.split("\n")) for sentence in _split(line)]
    hits = [i for i, (_, s) in enumerate(sentences) if meeting_word.search(s)]
    if not hits:
        return None
    return Passages(sentences, tuple(hits), tuple(sorted(_kept(sentences, hits))))


def _kept(sentences: list[tuple[int, str]], hits: list[int]) -> set[int]:
    """The sentences the rules read for meeting words in ``hits``."""
    if not hits:
        return set()
    lead = _lead(sentences)
    keep = {i for i, (paragraph, _) in enumerate(sentences) if paragraph in lead}
    keep |= {j for i in hits for j in (i - 1, i, i + 1) if 0 <= j < len(sentences)}
    keep |= {j for i in hits for j in _antecedents(sentences, i)}
    keep |= {j for i in hits if _PRONOUN.search(sentences[i][1]) and (j := _named_before(sentences, i)) is not None}
    keep |= {i for i, (_, s) in enumerate(sentences) if _TRIP.search(s)}
    keep |= {i for i, (_, s) in enumerate(sentences) if TEASERS_HEADING.match(s) and i < max(hits)}
    # "A will represent the islanders, while B will represent the UK": the sides of talks told
    # just before.
    keep |= {i for i, (_, s) in enumerate(sentences) if _SIDE.search(s) and any(0 < i - h <= 5 for h in hits)}
    if asked := [i for i in keep if _COUNTERPART.search(sentences[i][1])]:
        keep |= {i for i, (_, s) in enumerate(sentences) if i > min(asked) and _TITLED_NAME.search(s)}
    keep |= _introductions(sentences, keep)
    if any(_BOTH.search(sentences[i][1]) for i in keep):
        # "the two sides", "both countries": the pairs named together before may be whom they mean.
        last = max(i for i in keep if _BOTH.search(sentences[i][1]))
        keep |= {i for i, (_, s) in enumerate(sentences[:last]) if _PAIR.search(s)}
    return keep


def _lead(sentences: list[tuple[int, str]]) -> list[int]:
    """The paragraphs of the lead: the first, and the one after it when the first is a headline (no
    end mark). A body that opens with its lead sentence has no headline before it: its second
    paragraph is a sixth of a news mix's passages, and the people it introduces that the rules need
    come in as introductions anyway."""
    paragraphs = sorted({paragraph for paragraph, _ in sentences})  # (blank lines are none)
    first = [s for paragraph, s in sentences if paragraph == paragraphs[0]]
    return paragraphs[:1] if _ENDED.search(first[-1]) else paragraphs[:2]


def _antecedents(sentences: list[tuple[int, str]], i: int) -> list[int]:
    """For a sentence opening with a pronoun ("He said after meeting X …"), the sentences back to
    the one that names whom it means, past quotations: "Y told BBC News … "I hope …" He said …"."""
    back: list[int] = []
    j = i
    while j > 0 and len(back) < 3 and _LEANS.match(sentences[j][1]):
        j -= 1
        back.append(j)
    return back


def _named_before(sentences: list[tuple[int, str]], i: int) -> int | None:
    """For a sentence with a pronoun inside ("X heads to Abu Dhabi, where he is due to meet …"),
    the nearest sentence before its neighbour that names someone: the last person named, whom the
    rules take the pronoun for when the parse gives no subject above it."""
    return next((j for j in range(i - 2, max(i - 4, -1), -1)
                 if any(w not in _NO_NAMES for w in _NAME.findall(sentences[j][1])[1:])), None)


def _split(line: str) -> list[str]:
    sentences, start = [], 0
    for end in _END.finditer(line):
        word = line[start:end.start()].rsplit(None, 1)[-1:] or [""]
        word = word[0].lstrip("(\"'“‘")
        if end.group()[0] == "." and ((len(word) == 1 and word.isalpha()) or "." in word or word.lower() in _ABBREVIATIONS):
            continue
        sentences.append(line[start:end.end()].strip())
        start = end.end()
    sentences.append(line[start:].strip())
    return [s for s in sentences if s]


def _introductions(sentences: list[tuple[int, str]], keep: set[int]) -> set[int]:
    """The first sentence naming each capitalised word and office of the kept sentences."""
    wanted: set[str] = set()
    for i in keep:
        wanted.update(w for w in _NAME.findall(sentences[i][1]) if w not in _NO_NAMES)
        wanted.update(w for w in _WORD.findall(sentences[i][1]) if w in OFFICES)
    first: set[int] = set()
    for i, (_, sentence) in enumerate(sentences):
        if not wanted:
            break
        found = set(_NAME.findall(sentence)) | {w.lower() for w in _WORD.findall(sentence.lower())}
        if found & wanted:
            first.add(i)
            wanted -= found
    return first
