"""The circumstances of a meeting: when, where, what about, and on whose word.

Dates and places are taken from the meeting word's own clause first, then from the clauses
above it ("led a delegation to Damascus, where he met …"), never from a reporting clause
("…, the State Department announced on Wednesday").
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from spacy.tokens import Doc, Span, Token

from newswatch.consumers.extraction import dates
from newswatch.consumers.extraction.countries import capital_of, country_code, is_capital, visited_country
from newswatch.consumers.extraction.names import entities_in, entity_at
from newswatch.consumers.extraction.places import DECKS, NAME_LINKS, PLACE_NOUNS, VENUES, place_name
from newswatch.consumers.extraction.sentences import sentence_before
from newswatch.consumers.extraction.titles import DOCUMENTS, OFFICES
from newswatch.consumers.extraction.triggers import (REPORTING, TOPIC_PREPS, TOPIC_VERBS, before_aim, clause,
                                                     infinitive_to, led_by, new_day)

_PLACE_PREPS = {"in", "at", "to"}
DASHES = ("—", "–", "---", "--", "-", ".-")
_PLACE_LABELS = ("GPE", "LOC", "FAC")
# Clauses inside a meeting's clause that tell of another action ("before returning to …",
# "to discuss the situation in …"); relative clauses on the meeting noun still describe it.
_OTHER_ACTIONS = {"pcomp", "advcl", "xcomp", "conj", "ccomp"}
# Verbs a topic follows with "on" ("focused on …"), and the few nouns after "on" that say where
# talks happen rather than what they are about.
_FOCUSING = {"focus", "centre", "center", "concentrate"}
_SETTINGS = {"sidelines", "margins", "margin", "eve", "occasion", "visit", "trip", "tour", "board", "island", "day"}
_DISCUSSING = {"discuss", "review", "examine", "explore", "address", "debate"}
_SETTLEMENTS = {"shantytown", "slum", "slums", "township", "camp", "suburb", "district", "border", "capital"}
_ARRIVALS = {"arrive", "travel", "fly", "land", "visit", "cross"}
_TRAVELLING_BODIES = {"delegation", "mission", "team"}
_FUTURE = {"will", "'ll", "would", "shall", "could", "may", "might", "to"}
_AGREEING = {"agree", "decide", "announce", "pledge", "promise", "vow", "resolve"}
# Nouns that say little on their own: the topic is their complement ("the need for X" → X).
_LIGHT = {"issue", "issues", "challenge", "challenges", "implication", "implications", "need",
          "question", "questions", "matter", "matters", "situation", "development",
          "developments", "range", "prospect", "prospects", "way", "ways", "aspect", "aspects",
          "state", "future", "details", "number", "series", "set"}
# What "on/over" may also name beside a topic: the occasion, the meal, the phone, the person called
# on ("met on the sidelines", "talks over dinner", "spoke over the phone", "called on the Minister").
_NOT_TOPICS = _SETTINGS | OFFICES | {"sideline", "dinner", "lunch", "breakfast", "supper", "phone", "telephone",
                                     "talks", "meeting", "call", "person"}
_VAGUE_ADJECTIVES = {"fragile", "ongoing", "broader", "broad", "recent", "current", "latest",
                     "possible", "key", "important", "various", "pressing", "wide", "further"}


# A stretch with no day in it, which a day told beside it narrows ("earlier in the week, on Tuesday").
_VAGUE_SPAN = re.compile(r"(?:earlier|later) (?:in|during) (?:the|this|that) (?:week|month|year)")
_FREQUENCIES = {"annual", "yearly", "monthly", "weekly", "daily", "biannual", "biennial", "quarterly"}
# A stretch of time counted out, which says how long and not when: "(the first in) more than two
# years", "(in) nearly a decade", "(talked for) three hours" (but "in two weeks" is a day to come).
_SPAN_OF_TIME = re.compile(r"(?:more than|over|nearly|almost|about|some|less than|at least)\s.*"
                           r"|(?:\w+\s+)?(?:years|decades|a decade|a generation)")
_HOW_LONG = re.compile(r"[\w-]+-(?:day|week|month|year|hour|minute)(?:-long|-old)?")  # "a two-day visit"
_LENGTH = re.compile(r"(?:\w+|an?|several|a few)\s+(?:minutes|hours|an hour|days|weeks|months)|an? (?:hour|day|week|month)")


# The participles that give an occasion its day ("a visit planned for Saturday").
_SET_FOR = {"planned", "scheduled", "set", "slated", "due", "expected"}


def _scopes(token: Token, verb: Token):
    """(own clause?, tokens) to search, nearest first: the meeting's clause(s), then each clause
    above. A meeting noun keeps its relative clauses ("the meeting …, which had been scheduled for
    Thursday")."""
    yield True, list(token.subtree) if token.pos_ != "VERB" else clause(token)
    if (happening := _happening_after(token)) is not None:
        yield False, clause(happening)
    if verb != token:
        yield True, clause(verb)
    t = verb
    while t.head != t:
        below, t = t, t.head
        if t.pos_ == "VERB" and t.lemma_ in REPORTING:
            # "X opened talks with Y on Tuesday, the ministry said": the parser may hang the day on
            # the saying, though it comes before whoever said it.
            said_by = min((c.i for c in t.children if c.dep_ == "nsubj" and c.i < t.i), default=None)
            if said_by is not None:
                yield False, [g for c in t.children if c.dep_ == "prep" and verb.i < c.i < said_by for g in c.subtree]
            if below.dep_ == "prep" and below.lower_ in ("after", "following") and below.i > t.i:
                # "X said on Wednesday after meeting Y": said the day of the meeting, just after it.
                yield False, [g for c in t.children if c.dep_ == "prep" and c.lower_ == "on" and c.i < below.i
                              for g in c.subtree]
            return
        # (With a date deeper in the phrase: "on Wednesday evening" hangs "Wednesday" off "evening";
        # "is due in Brussels on Thursday to meet Y" hangs the place off "due".)
        yield False, [t] + [g for h in (t, *(c for c in t.children if c.dep_ == "acomp" and c.lower_ == "due"))
                            for c in h.children if c.dep_ == "prep" for g in c.subtree
                            if g == c or g.head == c or g.ent_type_ in ("DATE", "TIME")] + [
            g for c in t.children if c.dep_ == "npadvmod" or (c.dep_ == "advmod" and c.ent_type_ == "DATE")
            or (c.dep_ == "acl" and c.lower_ in _SET_FOR)  # "a visit planned for Saturday, at which he was to hold talks"
            for g in c.subtree]  # "A day earlier, X inspected a boat and held talks …"


def _gap(heads: list[Token], units: tuple[str, ...]) -> Span | None:
    """The length of time the first of ``heads`` to carry one is hung with ("a day", "two weeks"),
    in one of ``units``."""
    spans = [entity_at(c) for h in heads for c in h.children if c.dep_ == "npadvmod" and c.ent_type_ == "DATE"
             and c.lower_.rstrip("s") in units]
    return spans[0] if spans else None


def _how_long(ent: Span, before: str) -> bool:
    """A length or a count of time, which dates nothing: "the first visit in more than two years",
    "talked for three hours", "a two-day visit", "after two days of talks", "for the second time
    this year"."""
    text = ent.text.lower()
    return (before in ("in", "over", "for") and bool(_SPAN_OF_TIME.fullmatch(text))
            or before == "for" and bool(_LENGTH.fullmatch(text))
            or bool(_HOW_LONG.fullmatch(text))
            or ent.end < len(ent.doc) and ent.doc[ent.end].lower_ == "of" and bool(_LENGTH.search(text))
            or before == "time")


# Meetings a sentence may open after ("After the talks, …"), told before and dating what follows.
_TOLD_EVENTS = {"call", "meeting", "talks", "session", "audience", "summit", "visit"}


def date_phrase(token: Token, verb: Token) -> str | None:
    """The words dating this meeting ("on Tuesday", "Just a day earlier"), if any.

    "The call came two days after Rahmani hosted X" (however the parser attaches "two days"):
    counted from the call, so the hosting is two days *before* it and the phrase says so.
    """
    sent = token.sent
    for t in dict.fromkeys((token, verb)):
        marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
        if t.dep_ == "advcl" and marks & {"after", "before"}:
            # ("a day" on the main verb, or on the "after" itself)
            heads = [t.head, *(c for c in t.children if c.dep_ == "mark")]
            # (A length of time: "said Thursday, after he discussed …" gives the saying's day, not the gap.)
            if (gap := _gap(heads, ("day", "week", "month", "hour", "year"))) is not None:
                return f"{gap.text} {'before' if 'after' in marks else 'after'}"
        for clause in (c for c in t.children if c.dep_ == "advcl" and c.i < t.i):
            # "A day before the presidents spoke, X and Y had held a virtual meeting": counted from
            # the event the opening clause tells, the other way round.
            opening = {c.lower_ for c in clause.children if c.dep_ == "mark"}
            gap = next((g for g in clause.children if g.dep_ == "npadvmod" and g.i < clause.i
                        and g.lower_.rstrip("s") in ("day", "week")), None)
            if opening & {"after", "before"} and gap is not None:
                return f"{sent.doc[gap.left_edge.i:gap.i + 1].text.lower()} {'before' if 'before' in opening else 'after'}"
        if t.dep_ == "conj" and t.head.i < t.i:
            # "The meeting came a day after X was received by Y", the parser reading "after X" as a
            # preposition and "was received" as a second verb of "came": the same count.
            after = [c for c in t.head.children if c.dep_ == "prep" and c.lower_ in ("after", "before") and c.i < t.i
                     and any(g.dep_ == "pobj" for g in c.children)]
            if (gap := _gap(after, ("day", "week"))) is not None:
                return f"{gap.text} {'before' if after[0].lower_ == 'after' else 'after'}"
    if verb != token and (day := new_day(verb)) is not None and (moved := entity_at(day)) is not None:
        return moved.text  # "A summit that had been set for April 28 has been pushed back to May 12"
    relative = [sent.char_span(m.start(), m.end(), alignment_mode="expand")
                for m in dates.RELATIVE.finditer(sent.text)]
    # "X later held talks with Z", "Earlier, X held talks with Y", no day of its own: the day of
    # what was told before.
    later = next((c.lower_ for w in dict.fromkeys((token, verb)) for c in w.children if c.dep_ == "advmod" and not any(c.children)
                  and (c.lower_ == "later" or c.lower_ == "earlier" and c.i == c.sent.start)), None)
    if later is None and any(c.dep_ == "prep" and c.lower_ in ("after", "following") and c.i == c.sent.start and any(
            g.dep_ == "pobj" and g.lower_ in _TOLD_EVENTS and any(d.lower_ == "the" for d in g.children)
            for g in c.children) for w in dict.fromkeys((token, verb)) for c in w.children):
        later = "later"  # "After the courtesy call, X huddled with Y": the day of the call told
    for own, scope in _scopes(token, verb):
        if later and not own and verb.dep_ != "conj":
            return later  # (but "did A on Wednesday and later held talks": A's day, told above)
        for t in sorted(scope, key=lambda t: t.i):
            # (Any word of it: "The following day he was received …" may hang off "day".)
            phrase = next((r for r in relative if r.start <= t.i < r.end), None)
            if phrase is not None:
                return phrase.text
            ent = _past_dateline(entity_at(t), t)
            if ent is None or not (ent.label_ == "DATE" or ent.label_ == "TIME" and _DAY_PART.fullmatch(ent.text)) or (
                    _dateline(ent) or (own and not _own(ent.root, token, verb))):
                continue
            if not own and scope[0].lemma_ in _AGREEING and ent.end <= min(token.i, verb.i) and not (
                    token.dep_ == "pobj" and token.head.lower_ in ("after", "following", "at", "during")) and not (
                    verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children)):
                # "agreed on Wednesday to resume talks": the day they agreed (but "agreed on
                # Wednesday to … after talks", "… after X met Y" or "… at a meeting in Djerba": the
                # talks' day)
                continue
            root = ent.root
            if ent.text.lower() in _FREQUENCIES:
                continue  # "their annual retreat": how often, not when
            if _VAGUE_SPAN.fullmatch(ent.text.lower()):
                continue  # "Earlier in the week, X met Y on Monday": the day is told after
            before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if _how_long(ent, before):
                continue
            if before in ("by", "until", "till", "since"):
                # "promised to bring output back by June after talks": a deadline; "the first to
                # do so since 2009": when a span began
                continue
            if before == "from" and root not in token.subtree:
                continue  # "agreed to reopen the crossing from next month, after talks": when the deal starts
            marks = {c.lower_ for c in root.head.children if c.dep_ == "mark"}
            if root.dep_ == "npadvmod" and marks & {"after", "before"}:
                return f"{ent.text} {'before' if 'after' in marks else 'after'}"
            if root.dep_ == "npadvmod" and root.head.lower_ in ("after", "before") and root.head.dep_ == "prep" and (
                    token in root.head.subtree):
                # "The call came a day after the two prime ministers … discussed by phone …": counted
                # from the call, the other way.
                return f"{ent.text} {'before' if root.head.lower_ == 'after' else 'after'}"
            return _with_lead_in(ent).text
    return later or _journey_day(token, verb)


# Comings and goings a meeting is told against: "Before leaving Madrid on Monday, X called Y".
_JOURNEYS = {"leave", "arrive", "depart", "land", "return", "fly"}


def _journey_day(token: Token, verb: Token) -> str | None:
    """"Before leaving Madrid on Monday, X spoke by phone with Y", "After arriving on Saturday, he
    held talks with Y": with no day of its own, a meeting a sentence opens with a journey is dated
    by the journey's day (not "will meet Y before flying to Dakar on Saturday", some time before)."""
    for t, prep, journey in _journeys(token, verb, ("before", "after", "on", "upon")):
        if prep.i < t.i and journey.lemma_ in _JOURNEYS:
            days = [e for c in journey.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
                    if (e := entity_at(g)) is not None and e.label_ == "DATE"]
            if days:
                return _with_lead_in(days[0]).text
    return None


def _journeys(token: Token, verb: Token, preps: tuple[str, ...]):
    """The verbs of the phrases a meeting's word or verb takes with one of ``preps`` ("Before
    leaving Madrid on Monday, …", "… before leaving Apia"): (the word, the preposition, the verb)."""
    for t in dict.fromkeys((token, verb)):
        for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ in preps):
            for journey in (g for g in prep.children if g.dep_ == "pcomp"):
                yield t, prep, journey


# A part of a day the model tags as a time, which dates as the day does: "met this morning",
# "on Tuesday afternoon", "late Wednesday". (Not "last night": which day that is depends on
# the hour the story was written.)
_WEEKDAYS = "|".join(dates.WEEKDAYS)
_DAY_PART = re.compile(rf"(?:(?:early|late|earlier|later)\s+)?(?:this|yesterday|tomorrow|{_WEEKDAYS})\s+(?:morning|afternoon|evening|night)"
                       rf"|tonight|(?:early|late)\s+(?:{_WEEKDAYS})", re.IGNORECASE)


def _own(t: Token, token: Token, verb: Token) -> bool:
    """Whether a word in the meeting's clause belongs to the meeting rather than to another
    action inside it ("before returning to Hanoi on Friday")."""
    while t not in (token, verb) and t.head != t:
        if t.head.dep_ == "advcl" and before_aim(t, t.head):
            # "spoke with X on Monday to prepare the call": words before an aim's "to" the parser
            # hung on the aim are the meeting's
            t = t.head
            continue
        # ("met a delegation led by X at Stormont on Monday": the parser hangs the meeting's place
        # and day on "led", on the meeting word or on the side it leads)
        if t.head.pos_ == "VERB" and t.head not in (token, verb) and not _happening(t.head) and not (
                led_by(t.head) and _side_of(t.head.head, token, verb)) and (
                t.head.dep_ in _OTHER_ACTIONS or _aim(t.head, token, verb) or _discussed(t.head, token, verb)):
            return False
        if t.head.lower_ == "since" and t.dep_ == "pobj":
            return False  # "the first meeting since a dispute in the Gulf flared": an earlier time's place
        if t.lower_ == "because" and t.dep_ == "prep":
            return False  # "put back because of a funeral in Newry": the cause's place
        if t.dep_ == "pobj" and t.pos_ == "NOUN" and not t.ent_type_ and t.head.lower_ in TOPIC_PREPS and (
                t.head.head.pos_ == "NOUN" or t.head.head.lemma_ in _FOCUSING) and t.lower_ not in _SETTINGS:
            # "talks on maritime security in the South China Sea", "a meeting focused on border
            # demarcation in the Gulf of Fonseca": the subject's place
            return False
        t = t.head
    return True


def _side_of(n: Token, token: Token, verb: Token) -> bool:
    """Whether ``n`` is the meeting word or a side of it: "met a delegation", "met with the board"."""
    return n in (token, verb) or n.head in (token, verb) or (n.dep_ == "pobj" and n.head.head in (token, verb))


def _aim(action: Token, token: Token, verb: Token) -> bool:
    """An action another noun aims at: "in an attempt to end the deadlock in Northern Ireland"
    (not "the meeting, scheduled for Saturday in X", which the parser may hang anywhere)."""
    return action.dep_ == "acl" and action.head not in (token, verb) and infinitive_to(action) is not None


def _discussed(action: Token, token: Token, verb: Token) -> bool:
    """What was talked over with a side: "met X, with whom she discussed a business forum in 2026"
    (the forum's year, not the meeting's)."""
    return action.dep_ == "relcl" and action.head not in (token, verb) and action.lemma_ in _DISCUSSING


def _happening_after(token: Token) -> Token | None:
    """"Plans for a meeting between A and B, expected to take place in La Paz": a clause telling
    where the meeting happens, which the parser may hang off the sentence's main verb. It has no
    subject of its own, nor has any clause it hangs from up to the main verb."""
    if token.pos_ == "VERB":
        return None
    for v in token.sent[token.i - token.sent.start + 1:]:
        if not _happening(v):
            continue
        t = v
        while t.dep_ in ("xcomp", "advcl", "acl", "relcl") and not _has_subject(t):
            t = t.head
        # (A clause with no subject anywhere up its chain has the meeting for its subject, however
        # the parser hung it: "SAN SALVADOR - The A–B summit, the first since …, took place in X".)
        return v if t.i < token.i or t == token or not _has_subject(t) else None
    return None


def _has_subject(verb: Token) -> bool:
    """Whether a clause has a subject of its own (not a relative pronoun, nor the dateline the
    parser took for one)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != "WDT" and not in_dateline(c) for c in verb.children)


def _happening(verb: Token) -> bool:
    """"is due to take place in Zurich", "will be held in Cairo", "was to bring A and B together in
    Luanda": the meeting itself, not another action."""
    return (verb.lemma_ == "take" and any(c.lower_ == "place" for c in verb.children)) or (
        verb.lemma_ in ("hold", "convene", "stage") and any(c.dep_ == "auxpass" for c in verb.children)) or (
        verb.lemma_ == "bring" and any(w.lower_ == "together" for w in verb.subtree))


def _with_lead_in(ent: Span) -> Span:
    """The date words plus what frames them: "Later in the day", "on Friday"."""
    start = ent.start
    prep = ent.root.head
    if prep.pos_ == "ADP" and prep.i < ent.start:
        start = prep.i
        if prep.head.lower_ in ("later", "earlier") and prep.head.i < start:
            start = prep.head.i
    return ent.doc[start:ent.end]


def _past_dateline(ent: Span | None, t: Token) -> Span | None:
    """The date words of ``ent`` that ``t`` is in, not the dateline the model ran them into
    ("DOHA, Jan 17 - Wednesday's talks": "Wednesday's" alone)."""
    if ent is None or not _dateline(ent):
        return ent
    dash = max((d.i for d in ent if d.text in DASHES and d.i < t.i), default=None)
    if dash is None or not any(w.lower_ in dates.WEEKDAYS or w.lower_ in dates.MONTHS for w in ent.doc[dash + 1:ent.end]):
        return ent  # ("VILNIUS, March 19 - Polish President …": no date after the dash)
    return Span(ent.doc, dash + 1, ent.end, label=ent.label_)


def _dateline(ent: Span) -> bool:
    """"ANKARA, March 12 —", "ASTANA, Oct 8 (Reuters) -" open a wire story: the filing date, not
    the event's."""
    return (ent.start < 8 and any(t.text in DASHES for t in ent.doc[ent.start:ent.end + 2])) or in_dateline(ent[0])


def _dateline_span(doc: Doc) -> tuple[int, int] | None:
    """Where a wire story's dateline starts and ends (its dash, within its first 12 words), when the
    story opens with one, or after its headline line: a capitalised place first ("LILONGWE, March
    17 -", "DOHA:"), else None. A page's story may start lines down, past its date line and a
    photo caption: there a place with its agency in brackets ("Baghdad (IDM) –") or in capitals
    ("ATHENS –") is a dateline."""
    if _DATELINE_KEY not in doc.user_data:  # (asked of many words of a doc: read once)
        span = _dateline_at(doc, story_start(doc))
        lines = [t.i + 1 for t in doc[:_PAGE_HEAD] if t.is_space and "\n" in t.text] if span is None else []
        doc.user_data[_DATELINE_KEY] = span or next((span for start in lines if (span := _dateline_at(doc, start)) is not None
                                                  and (")" in doc[span[1] - 2:span[1]].text or doc[span[0]].is_upper
                                                       or _SLASHED.fullmatch(doc[span[1] - 1].text)
                                                       or _date_line(doc, start) == span)), None)
    return doc.user_data[_DATELINE_KEY]


# A date line gives its year: "16 May 2025", "Thursday, July 10, 2025".
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# How far into a page's text a dateline below its headlines is looked for, in words.
_PAGE_HEAD = 150
# Where a doc keeps its dateline once read (other code may keep its own things in ``user_data``).
_DATELINE_KEY = "newswatch.extraction.dateline"


def _dateline_at(doc: Doc, start: int) -> tuple[int, int] | None:
    # (Not a hyphen inside a word: "ADVERTISEMENT On Wednesday, X met Jean-Luc Moreau-Petit")
    dash = next((t.i for t in doc[start:start + 12] if t.text in DASHES and not (
        t.text == "-" and t.i > 0 and not doc[t.i - 1].whitespace_ and not t.whitespace_)), None)
    if dash is None:
        # "Manama, Oct. 28 (BNA):": the agency in brackets, then a colon
        # (The tokenizer may keep "):" as one word.)
        end = next((t.i + 1 if t.text == "):" else t.i + 2 for t in doc[start + 2:start + 12] if t.text == "):" or (
            t.text == ")" and t.i + 1 < len(doc) and doc[t.i + 1].text == ":")), None)
        if end is not None and any(t.text == "(" for t in doc[start + 1:end]) and doc[start].is_title and _placed(doc[start]):
            return start, end
        # "YEREVAN, OCTOBER 2, ARMENPRESS.": the place, the day and the agency, a full stop after.
        stop = next((t.i for t in doc[start + 4:start + 9] if t.text == "."), None)
        if stop is not None and doc[start].is_upper and doc[start + 1].text == "," and doc[stop - 2].text == "," and (
                doc[stop - 1].is_upper and all(t.ent_type_ == "DATE" for t in doc[start + 2:stop - 2])):
            return start, stop + 1
        # "DOHA:", "KUWAIT CITY:": a colon after the place alone
        caps = next((i for i in range(start, min(start + 4, len(doc))) if not doc[i].is_upper), None)
        return (start, caps) if caps is not None and caps > start and doc[caps].text == ":" else _date_line(doc, start)
    if any(c.isdigit() for c in doc[start].text):
        return None  # "08/09/2025": a date line above the dateline, not its place
    if any(t.is_space and "\n" in t.text for t in doc[dash + 1:dash + 8]):
        return None  # "TAP - Tunis Afrique Presse": an agency's masthead, no story after its dash
    words = [t for t in doc[start:dash] if _letters(t.text).isalpha()]  # ("N'DJAMENA", "ST. JOHN'S")
    # (Or a place in title case before the agency in brackets: "Jakarta (ANTARA) -", or between
    # slashes: "Bucharest, May 6 /Agerpres/ -".)
    agency = dash > start + 2 and (doc[dash - 1].text == ")" and any(t.text == "(" for t in doc[start + 1:dash - 1]) or (
        _SLASHED.fullmatch(doc[dash - 1].text) is not None))
    # (A town the model does not know, with its day: "Hodonín, South Moravia, May 14 (CTK) -".)
    dated = any(t.ent_type_ == "DATE" for t in doc[start + 1:dash]) and not any(
        t.is_space and "\n" in t.text for t in doc[start:dash])
    # (Or a place in title case and a whole date, its year too: "Bairiki, 14 May 2025 –".)
    full_date = doc[start].is_title and doc[start + 1].text == "," and dash > start + 3 and all(
        t.ent_type_ == "DATE" or t.text == "," for t in doc[start + 2:dash]) and _YEAR.search(doc[start + 2:dash].text)
    # (A short first word only with another in capitals after it: "LA PAZ", "EL PASO".)
    return (start, dash) if words and (len(words[0]) >= 3 or len(words) > 1 and words[1].is_upper) and (words[0].is_upper or (
        agency and words[0].is_title and (_placed(words[0]) or dated)) or full_date) else None


_SLASHED = re.compile(r"/\w+/")


def _date_line(doc: Doc, start: int) -> tuple[int, int] | None:
    """A page's dateline on a line of its own, a place and a day: "Tegucigalpa, November 20, 2025"."""
    end = next((t.i for t in doc[start:start + 9] if t.is_space and "\n" in t.text), None)
    if end is None or end < start + 3 or not (doc[start].is_title and _placed(doc[start])) or doc[start + 1].text != ",":
        return None
    return (start, end) if all(t.ent_type_ == "DATE" or t.text == "," for t in doc[start + 2:end]) else None


def _placed(t: Token) -> bool:
    """Whether a title-case word opening a dateline is a place: tagged as one, or a capital the
    model took for something else ("Skopje, 6 November 2025 (MIA) –", Skopje an organisation)."""
    return t.ent_type_ in ("GPE", "LOC") or is_capital(t.text)


def story_start(doc: Doc) -> int:
    """Where the story's first paragraph starts: past a headline line (no full stop, no dash, no
    dateline colon, under 25 words), else 0."""
    newline = next((t.i for t in doc[:25] if t.is_space and "\n" in t.text), None)
    # (A hyphen inside a name, "Sesay-Conteh", is no dash; "Harith: RM4.2bil in pledges" is a
    # headline, "DOHA: The emir …" a dateline.)
    if newline is None or newline == 0 or any(t.text == "." or t.text == ":" and all(
            w.is_upper for w in doc[:t.i] if w.is_alpha) or t.text in DASHES and (
            t.whitespace_ or t.i > 0 and doc[t.i - 1].whitespace_) for t in doc[:newline]):
        return 0
    return newline + 1


def headline(sent: Span) -> bool:
    """A line over the story: near its top, ended by a line break, not by a full stop."""
    words = [t for t in sent if not t.is_space]
    return sent.start < 60 and bool(words) and words[-1].text not in (".", "!", "?", '"', "”", "'") and (
        sent.end == len(sent.doc) or "\n" in sent[-1].text or "\n" in sent.doc[sent.end].text)


def lead_sentence(doc: Doc) -> Span:
    """The story's first sentence, past a headline line."""
    return doc[min(story_start(doc), len(doc) - 1)].sent


def _letters(word: str) -> str:
    return word.replace("'", "").replace("’", "").replace(".", "").replace("-", "")


def in_dateline(t: Token) -> bool:
    """A word of a wire story's dateline ("PRETORIA, Aug 5 (Reuters) -", "SHENZHEN, China, Nov 12
    -"): where and by whom the story was filed, never a party to what it tells."""
    span = _dateline_span(t.doc) if t.i < _PAGE_HEAD else None
    return span is not None and span[0] <= t.i < span[1]


def dateline_place(doc: Doc) -> str | None:
    """The place a wire story is filed from ("LILONGWE, March 17 -", "IQALUIT, Nunavut -"): where
    the meeting its lead tells of was held, when the lead names no other place."""
    span = _dateline_span(doc)
    if span is None:
        return None
    start, end = span
    # (Not the agency in brackets: "MADRID, Oct 9 (EFE) -")
    opening = next((t.i for t in doc[start:end] if t.text == "("), end)
    place = [t for t in doc[start:opening] if t.is_upper and _letters(t.text).isalpha()]
    if not place and _placed(doc[start]):
        # "Jakarta (ANTARA) -", "Manama, Oct. 28 (BNA):": the place in title case, up to a comma
        place = list(itertools.takewhile(lambda t: t.is_title and _placed(t), doc[start:opening]))
    # (Lowercase Turkish "İ" is "i" with a combining dot: "İZMİR" is İzmir; "PORT OF SPAIN" is
    # Port of Spain.)
    return " ".join(t.lower_ if n and t.lower_ == "of" else t.text.title().replace("i\u0307", "i")
                    for n, t in enumerate(place)) if 0 < len(place) <= 3 else None


def filed_day(doc: Doc, published: dt.date | None) -> dt.date | None:
    """The day in a story's dateline when it is a day or two before ``published`` ("Muscat, Feb 9
    (ONA) –" on a page of February 10): the agency's "today" and "yesterday" count from it, not
    from the page's date. None when the dateline has no day, or the same one."""
    if published is None:
        return None
    span = _dateline_span(doc)
    day, precision = dates.resolve(doc[span[0]:span[1]].text, published, None, False) if span else (None, "unknown")
    if precision != "day":
        # A page's own date line above its story ("16 May 2025", "18 June 2024 | 19:48 - Updated
        # 19 June 2024"), when its dateline gives no day.
        head = doc[:_PAGE_HEAD].text.split("\n")[:-1]  # (whole lines only)
        day, precision = next((found for line in head if len(line.split()) <= 12 and line[:1].isalnum() and _YEAR.search(line)
                               and (found := dates.resolve(line, published, None, False))[1] == "day"), (None, "unknown"))
    return day if precision == "day" and day is not None and 0 < (published - day).days <= 2 else None


def ministry_city(place: str | None, doc: Doc) -> str | None:
    """A ministry where a meeting was held, with the city the story is filed from ("met at the
    Foreign Ministry" in a story from Athens: "Foreign Ministry, Athens"): news writers place such a
    meeting by its city. A ministry whose city is told ("the Ministry of Industry, Abuja") or not
    known stays as told."""
    if place is None or ", " in place or not _MINISTRY.search(place):
        return place
    filed = dateline_place(doc)
    return f"{place}, {filed}" if filed is not None and country_code(filed) is None else place


_MINISTRY = re.compile(r"\bministry\b", re.IGNORECASE)


def occasion(token: Token, to_come: bool = False) -> Token | None:
    """The meeting verb a trip gives the occasion of: "agreed to meet when the chairman visits
    Wales", "met him when he travelled to Lagos", the trip's place its place. ``to_come``: only a
    trip told in the present, one still to come ("when he visits")."""
    if token.pos_ == "VERB" and token.dep_ == "advcl" and token.lemma_ in _ARRIVALS | {"come"} and any(
            c.lower_ == "when" for c in token.children) and (not to_come or token.tag_ in ("VBZ", "VBP")):
        return token.head
    return None


def _occasion_place(verb: Token) -> str | None:
    for c in verb.children:
        if occasion(c) != verb:
            continue
        if (place := destination(c, planned=True)) is not None:
            return place
        # (The model often takes a country visited for a body: "visits Wales".)
        visited = next((o for o in c.children if o.dep_ == "dobj" and o.pos_ == "PROPN" and o.is_title), None)
        if visited is not None and c.lemma_ == "visit" and visited.ent_type_ in ("", "ORG", "GPE", "LOC", "FAC"):
            return place_name((entity_at(visited) or visited).text)
    return None


def location(token: Token, verb: Token) -> str | None:
    if (named := _named_before(token)) is not None:
        return named
    own_place = _where(verb) or _occasion_place(verb)
    for own, scope in _scopes(token, verb):
        if not own and own_place:
            return own_place
        if own and (there := _there(scope)) is not None:
            return there
        places = []
        for t in scope:
            ent = entity_at(t)
            if (ent is None or ent.label_ not in _PLACE_LABELS) and t.pos_ == "PROPN" and (
                    _named_place(t) or ((t.head.lower_ in _PLACE_PREPS or (t.dep_ == "dobj" and t.head.lemma_ == "visit"))
                                        and is_capital((ent or t).text))):
                # "in the border town of Desaguadero", "in Dakar", "to visit Maputo": a place,
                # whatever the model tagged.
                ent = ent if ent is not None and ent.root == t else t.doc[t.left_edge.i:t.i + 1]
            elif ent is None or ent.label_ not in _PLACE_LABELS or ent.root != t or _surname(ent):
                continue
            if own and not _own(t, token, verb):
                continue
            if t.head.lower_ == "to" and _posting(t.head) or own_place and _in_office(t, token, verb):
                continue
            visited = t.head if t.dep_ == "poss" else t  # "visited Kenya's biggest shantytown"
            # ("at the Leeds offices of Acas", "the company's York headquarters": the city of the building)
            housed = t.dep_ == "compound" and t.head.lower_ in VENUES | {"offices"} and t.head.dep_ == "pobj" and (
                t.head.head.lower_ in _PLACE_PREPS)
            if housed or t.head.lower_ in _PLACE_PREPS | {"near"} or (visited.dep_ == "dobj" and visited.head.lemma_ == "visit") or (
                    _named_place(t)):
                places.append(ent)
        venue = named_venue(scope) or _venue_at(scope, token, verb)
        place = None
        if places and all(country_code(e.text) for e in places) and (
                at := [t for t in scope if t.dep_ == "pobj" and t.head.lower_ == "at" and t.head.head in (token, verb)
                       and t.pos_ == "PROPN" and t.is_title and not t.ent_type_ and t.lower_ not in VENUES | DOCUMENTS]):
            # "held talks with Y at Downing Street on his first visit to the UK": the place named
            # at the talks over the country visited.
            place = _unnamed_place(at[0])
        elif places:
            # "a visit to Iraq, where he met leaders in Baghdad": the city over its country.
            place = min(places, key=lambda e: (_PLACE_LABELS.index(e.label_) if e.label_ in _PLACE_LABELS else 0,
                                               country_code(e.text) is not None, e.start)).text
        else:
            # ("in his office at the Commons": the building the office is in)
            unnamed = [t for t in scope if t.pos_ == "PROPN" and t.dep_ == "pobj" and (
                       t.head.lower_ == "in" or t.head.lower_ == "at" and (
                           t.head.head.lower_ in VENUES or _after_leader(t.head)))
                       and t.is_title and (not t.ent_type_ or (t.ent_type_ in ("ORG", "PERSON") and (
                           t.head.head.pos_ == "VERB" or t.head.head.lower_ in VENUES | {"offices"} or (own and token.pos_ != "VERB"))))
                       and t.lower_ not in VENUES | DOCUMENTS]  # (not "the Trade in Goods Agreement")
            place = _unnamed_place(unnamed[0]) if unnamed else _capital(scope)
        if place:
            place = place_name(place)
        if venue and place and place not in venue and venue not in place:
            return f"{venue}, {place}"
        if venue and place:
            return max(venue, place, key=len)
        if venue and own_place and own_place not in venue:
            return f"{venue}, {own_place}"  # "travelled to Valparaíso, where he met Y at the National Congress"
        if venue or place:
            return venue or place
    return own_place or _left_from(token, verb)


def _left_from(token: Token, verb: Token) -> str | None:
    """"paid a courtesy call on Y before leaving Apia": with no place of its own, a meeting held
    before someone left a city was held there (not "before leaving for Paris")."""
    for _, _, left in _journeys(token, verb, ("before",)):
        city = next((o for o in left.children if o.dep_ == "dobj" and o.pos_ == "PROPN"), None)
        if left.lemma_ in ("leave", "depart") and city is not None and (
                visited_country(name := place_name((entity_at(city) or city).text)) is not None):
            return name
    return None


# Offices held "to" a state: "the Ambassador of Qatar to the Republic of Kazakhstan".
_POSTED = {"ambassador", "ambassadors", "envoy", "envoys", "consul", "representative", "commissioner", "delegate",
           "chargé", "charge"}


def _venue_at(scope: list[Token], token: Token, verb: Token) -> str | None:
    """A building the model takes for an organisation, met at: "received by President Y at La
    Moneda", "at Casa Presidencial", "at the Council of Ministers" (not an acronym: "at the UN")."""
    for t in scope:
        ent = entity_at(t)
        if t.dep_ == "pobj" and t.head.lower_ == "at" and t.head.head in (token, verb) and ent is not None and (
                ent.label_ in ("ORG", "FAC") and ent.root == t and not any(w.is_upper and len(w) > 1 for w in ent)):
            return place_name(ent.text)
    return None


def _posting(to: Token) -> bool:
    """Whether "to" ends an envoy's title, read off the word order (the parser may hang it on the
    verb): the state it is posted to is no place of the meeting."""
    # (Past "Extraordinary and Plenipotentiary" and "the People's Republic of China".)
    for w in reversed(to.doc[max(to.i - 12, 0):to.i]):
        if w.lower_ in _POSTED:
            return True
        if not (w.pos_ == "PROPN" or w.lower_ in ("of", "the", "and", "'s", "’s")):
            return False
    return False


def _there(scope: list[Token]) -> str | None:
    """"left for Kuala Lumpur on Wednesday and is due to meet X there on Friday": the place a
    trip went to, named before "there" in its sentence or the one before."""
    there = next((t for t in scope if t.lower_ == "there" and t.dep_ == "advmod"), None)
    if there is None:
        return None
    start = (sentence_before(there.sent) or there.sent).start
    went = [e for e in there.doc.ents if start <= e.start and e.end <= there.i and e.label_ in ("GPE", "LOC", "FAC")
            and e.root.dep_ == "pobj" and e.root.head.lower_ in ("to", "for", "in", "at", "via")]
    return place_name(went[-1].text) if went else None


def _in_office(t: Token, token: Token, verb: Token) -> bool:
    """"flew to Basra, where he met Gen X, the commander of British forces in southern Iraq": a
    place inside what an office is of describes the office, not where they met, when the sentence
    tells that too (alone, "met the head of the UN mission in Libya" may well have been there)."""
    while t not in (token, verb) and t.head != t:
        if t.lower_ == "of" and t.dep_ == "prep" and t.head.lower_ in OFFICES:
            return True
        t = t.head
    return False


def _after_leader(prep: Token) -> bool:
    """"will meet a delegation led by Mr X at Stormont": the parser hangs the meeting's place on
    the leader's name, or on "led"."""
    name = prep.head
    return led_by(name) or name.dep_ == "pobj" and name.head.dep_ == "agent" and led_by(name.head.head)


def _surname(ent: Span) -> bool:
    """"Cheikh Tidiane Mbaye" with "Mbaye" tagged a place: a name's words before it, no country."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (before is not None and before.pos_ == "PROPN" and before.is_title and not before.ent_type_
            and before.dep_ == "compound" and before.head == ent.root and visited_country(ent.text) is None)


def _named_before(token: Token) -> str | None:
    """"The Downing Street talks", "the Geneva summit": a meeting noun named after its place."""
    if token.pos_ != "NOUN":
        return None
    words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not words or words[-1].i != token.i - 1 or token.doc[words[-1].i - 1].text in ("-", "–", "—"):
        return None  # (not "the Spain-Morocco summit": the sides, not the place)
    ent = entity_at(words[-1])
    if ent is not None and ent.label_ in _PLACE_LABELS:
        return ent.text
    if words[-1].lower_ in VENUES | {"street"}:  # the model may take "Downing Street" for a body
        first = next(w for w in words[-1].subtree if w.pos_ == "PROPN")
        return token.doc[first.i:token.i].text
    return None


def _unnamed_place(t: Token) -> str:
    """A place the model did not tag, with the capitalised words before it ("in Downing Street")."""
    words = [c for c in t.lefts if c.dep_ == "compound" and c.is_title]
    whole = t.doc[words[0].i:t.i + 1].text if words and words[-1].i == t.i - 1 else t.text
    if is_capital(whole):
        return whole  # "in Santo Domingo", the model taking "Domingo" alone for a person
    ent = entity_at(t)
    if ent is not None and ent.end == t.i + 1:  # (not "the Commons on Monday", tagged as one body)
        return ent.text
    return whole


def _capital(scope: list[Token]) -> str | None:
    """"in the Chinese capital" is Beijing; "in the capital" of a wire story, the city it is filed
    from, else the last capital the article named ("a visit to Baghdad … talks in the capital")."""
    for t in scope:
        if t.lower_ == "capital" and t.dep_ == "pobj" and t.head.lower_ in ("in", "at"):
            codes = [code for c in t.children if c.dep_ in ("amod", "compound", "poss")
                     and (code := country_code(c.text))]
            if codes:
                return capital_of(codes[0])
            doc, after = t.doc, t.i + 2
            while after < t.sent.end and doc[after].is_title and doc[after].pos_ == "PROPN":
                after += 1
            if after > t.i + 2 and doc[t.i + 1].text == "," and (after == t.sent.end or doc[after].is_punct):
                return doc[t.i + 2:after].text  # "met X in the capital, Male."
            if any(c.lower_ == "the" for c in t.children) and len(list(t.children)) == 1:
                named = [e.text for e in entities_in(t.doc[:t.i]) if e.label_ == "GPE" and is_capital(e.text)]
                return dateline_place(t.doc) or (named[-1] if named else None)
    return None


def _named_place(t: Token) -> bool:
    """"in the Red Sea city of Port Sudan": the name a place noun after "in"/"at"/"to" is "of"."""
    of = t.head
    return (t.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in PLACE_NOUNS
            and of.head.head.lower_ in ("in", "at"))  # not "to": "a railway link to the port of Nacala"


def is_venue(place: str) -> bool:
    """Whether a place names a building ("Hôtel Matignon", "the National Palace")."""
    return any(w.lower() in VENUES for w in place.replace(",", " ").split())


def _where(verb: Token) -> str | None:
    """"travelled to Mozambique, where he met …" (and "… and held talks with …"): the place a
    "where" clause hangs from."""
    # (Past "is expected to", "is due to": "via Geneva, where he is expected to meet …")
    where = any(c.lower_ == "where" for c in verb.children)
    while verb.dep_ in ("conj", "xcomp", "acomp") and verb.head != verb:
        verb = verb.head
        where = where or any(c.lower_ == "where" for c in verb.children)
    if not where or verb.dep_ not in ("relcl", "ccomp", "advcl"):
        return None
    head, ent = verb.head, entity_at(verb.head)
    if verb.dep_ != "relcl" or (ent is not None and ent.label_ in ("DATE", "TIME")):
        # "paid a visit to Ulaanbaatar on Monday, where …": the parser hangs "where" off the day
        # (or the clause off the verb: "is due to travel to Dubai next week, where she will meet");
        # it means the place the trip went to, named before it.
        before = next((c for c in verb.subtree if c.lower_ == "where"), head) if verb.dep_ != "relcl" else head
        went = [t for t in verb.sent if t.i < before.i and t.dep_ == "pobj" and t.head.lower_ in ("to", "in")
                and t.pos_ == "PROPN" and t.is_title]
        if not went:
            return None
        head, ent = went[-1], entity_at(went[-1])
    if ent is not None and ent.label_ in _PLACE_LABELS:
        return place_name(ent.text)
    # "travelled to Mozambique, where …": after a preposition of place, a name is a place
    # whatever the model called it.
    if head.pos_ == "PROPN" and head.is_title and head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPS and (
            ent is None or ent.label_ in ("ORG", "PERSON", "NORP")):
        return place_name((ent or head).text)
    return None


# Clocks a meeting's hour is told by, which the model may tag as an organisation ("1330 GMT").
_TIME_ZONES = {"gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt"}


def named_venue(scope: list[Token]) -> str | None:
    """A named building the meeting was held at: "at Jubilee House", "in the Oval Office", "went to
    the Home Office for talks"."""
    for t in sorted(scope, key=lambda t: t.i):
        if t.ent_type_ in ("DATE", "TIME") or t.lower_ in _TIME_ZONES:
            # "met in Desaguadero in August, when they opened a customs centre", "at 1330 GMT in
            # Zurich": no building
            continue
        # ("at the Palácio das Necessidades": the building's word may be a compound of its name)
        gone_to = t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS or t.dep_ == "dobj" and t.head.lemma_ == "visit"
        if t.dep_ == "pobj" and t.head.lower_ in ("on", "aboard") and t.lower_ in DECKS and t.is_title:
            gone_to = True  # "on the Rumichaca International Bridge"
        if gone_to and t.pos_ == "PROPN" and (t.is_title and _described_as_venue(t) or _named_in_its_city(t)):
            # "at the Catshuis, the Dutch prime minister's official residence", "at the Grand Serail in Beirut"
            # ("at the San Carlos Palace in Bogota", "at the Palacio de Gobierno in Monterrey", "at the
            # Department for Business and Trade in London": the whole name)
            return t.doc[_name_start(t, _building_words(t)).i:_named_on(t)].text
        if not gone_to or not (t.lower_ in VENUES | DECKS or t.is_title and any(
                w.dep_ == "compound" and w.lower_ in VENUES for w in t.subtree if w.i < t.i)):
            continue
        owner = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        if not t.is_title and owner is not None and not any(w.ent_type_ == "PERSON" for w in t.doc[t.i:owner.i + 1]):
            # "to visit the headquarters of Caledon Mining … for talks"
            return t.doc[t.i:owner.i + 1].text
        # (Not a short form in brackets: "the Kuala Lumpur Convention Centre (KLCC)"; nor one
        # received there: "at the Ministry the Ambassador of Mali".)
        # (Nor the next side the parser hung there: "at the Palace and Speaker X at …".)
        if name := next((c for c in t.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ != "PERSON"
                         and t.doc[c.left_edge.i - 1].text != "(" and c.lower_ not in OFFICES), None):
            return entity_at(name).text if name.ent_type_ else name.text  # "at his Kent house, Chevening"
        words = _building_words(t)
        if t.is_title or words:
            # "at Jubilee House", "at Sunderland station", "at the Kenya Defence Forces headquarters"
            first = _name_start(t, words)
            if words and any(w.pos_ == "ADJ" and not w.is_title for w in t.doc[words[-1].i + 1:t.i]):
                # "at the Casa de Nariño presidential palace": the name, not what it is
                return t.doc[first.i:words[-1].i + 1].text
            end = _named_on(t)
            return t.doc[first.i:end].text + _city_after(t.doc, end)
        if [c.lower_ for c in t.children] == ["the"] and (named := _named_earlier(t)):
            return named  # "the audience in the Apostolic Palace … talks in the palace"
    return None


def _city_after(doc: Doc, end: int) -> str:
    """", Abuja" when a building's name ending before ``end`` is followed by its city set off by a
    comma ("at the Ministry of Foreign Affairs, Abuja."), else ""."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return ""
    words = end + 1
    while words < min(end + 4, len(doc)) and doc[words].pos_ == "PROPN" and doc[words].is_title:
        words += 1
    if words == end + 1 or (words < len(doc) and not (doc[words].is_space or doc[words].is_punct and doc[words].text
                                                      not in ("-", "–"))):
        return ""
    city = doc[end + 1:words].text
    # (The model may take a capital for a person, "the Grand Savannah Hotel, Abuja, ahead of …".)
    told_a_place = doc[end + 1].ent_type_ == "GPE" and country_code(city) is None
    return f", {city}" if told_a_place or is_capital(city) else ""


def _name_start(t: Token, words: list[Token]) -> Token:
    """The first word of a building's name, given its head word and the capitalised words before
    it: past the words those hang from ("San" of "San Carlos Palace") and initials written in
    capitals ("OR Tambo Building", which the model may take for "or")."""
    first = (words or [t])[0]
    first = next((w for w in first.subtree if w.is_title and w.i <= first.i), first)
    before = t.doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.is_upper and before.is_alpha and len(before) <= 3 and not before.is_sent_start:
        return before
    return first


def _building_words(t: Token) -> list[Token]:
    """The capitalised words of a building's name before its head word ("Casa de Nariño palace")."""
    # (A name the parser takes for an adjective: "the Zugulba residence".)
    return [c for c in t.lefts if c.is_title and (c.dep_ in ("compound", "nmod") or c.dep_ == "amod" and c.pos_ == "PROPN")]


def _named_earlier(t: Token) -> str | None:
    """The building "the palace" refers back to: the last one of that kind the article named."""
    for w in reversed(t.doc[:t.i]):
        if w.lower_ == t.lower_ and w.is_title and w.pos_ == "PROPN":
            if words := _building_words(w):
                return t.doc[words[0].i:w.i + 1].text
    return None


def _named_in_its_city(t: Token) -> bool:
    """"at the Grand Serail in Beirut", "at COEX in southern Seoul": a building the words place in
    a city."""
    # (A building's name may end in a particle's word, "the Quai d'Orsay in Paris".)
    named = t.is_title or t.is_upper and len(t) > 2 or t.ent_type_ == "FAC" and (ent := entity_at(t)) is not None and any(
        w.is_title for w in ent)
    return named and t.head.lower_ == "at" and t.ent_type_ not in (
        "GPE", "LOC", "PERSON") and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.ent_type_ == "GPE" for g in c.children) for c in t.children)


def _described_as_venue(t: Token) -> bool:
    """Whether a name is followed by ", the … residence" (a building word before the next
    punctuation, wherever the parser hung it)."""
    doc = t.doc
    if t.i + 2 >= len(doc) or doc[t.i + 1].text != ",":
        return False
    for w in doc[t.i + 2:min(t.i + 9, len(doc))]:
        if w.is_punct:
            return False
        if w.lower_ in VENUES and w.pos_ == "NOUN":
            return w.dep_ not in ("nsubj", "nsubjpass")  # not "…, the office said"
    return False


def _named_on(t: Token) -> int:
    """Where a building's name ends past its head word: "the Great Hall of the People", "the
    Palácio do Planalto" (read off the word order: the parser takes "do" for a verb)."""
    doc, end = t.doc, t.i + 1
    # (A name goes on with "of the", never with "the" itself: "received at the Ministry the
    # Ambassador of Qatar" ends at "Ministry".)
    # (Nor with "the" after a name word: "received at the Palais du Gouvernement the Ambassador of
    # Tunisia" ends at "Gouvernement".)
    while end < len(doc) and doc[end].lower_ in NAME_LINKS and not (
            doc[end].lower_ == "the" and (end == t.i + 1 or doc[end - 1].lower_ not in NAME_LINKS)):
        links = end
        while links < len(doc) and doc[links].lower_ in NAME_LINKS:
            links += 1
        named = links
        while named < len(doc) and doc[named].ent_type_ not in ("DATE", "TIME") and (doc[named].is_title or (
                # ("the Department for Business and Trade": "and" inside the name the model gives)
                # ("the Department for Culture, Media and Sport": a comma too)
                doc[named].lower_ in ("and", ",") and named > links and named + 1 < len(doc) and doc[named + 1].is_title
                and doc[named].ent_iob_ == "I" and doc[named + 1].ent_iob_ == "I")):
            named += 1
        if named == links:
            break
        end = named
    return end


def destination(verb: Token, planned: bool = False) -> str | None:
    """Where a trip told as done (or, ``planned``, to come) took someone: "arrived in Vientiane",
    "visited Jakarta", "will travel to Buenos Aires"."""
    # "led a delegation to Baghdad": the delegation's trip.
    led = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _TRAVELLING_BODIES] if verb.lemma_ in (
        "lead", "head") else []
    if verb.pos_ != "VERB" or (verb.lemma_ not in _ARRIVALS and not led):
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _FUTURE and not planned) for c in verb.children):
        return None
    for c in [*verb.children, *(c for d in led for c in d.children)]:
        # ("visited Jakarta", "crossed Rome for talks")
        targets = [c] if c.dep_ == "dobj" and verb.lemma_ in ("visit", "cross") else (
            [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("in", "to") else [])
        for t in targets:
            ent = entity_at(t)
            if ent is not None and ent.label_ in _PLACE_LABELS:
                return ent.text
            if c.dep_ == "dobj" and is_capital(t.text):
                return t.text  # "visited Kyiv", the model having tagged the capital a person
            # After "arrived in", a capitalised word is a place whatever the NER called it ("Erbil" an
            # organisation, "Suva" a person).
            if t.pos_ == "PROPN" and t.is_title and c.dep_ == "prep" and (ent is None or ent.label_ in ("PERSON", "ORG")):
                return (ent.text if ent is not None else t.text)
    return None


def visited_place(token: Token, capitals: bool = False) -> Span | None:
    """The country or city a visit went to: "visited China", "a visit to Beijing", "trip to India";
    with ``capitals``, also a capital the model did not tag as a place ("would visit Tunis")."""
    if token.pos_ == "VERB":
        targets = [c for c in token.children if c.dep_ == "dobj"]
    else:
        targets = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                   for g in c.children if g.dep_ == "pobj"]
    # "visited Kenya's biggest shantytown", "a visit to China's Xinjiang region": the country
    # whose place it is.
    targets += [c for t in targets if not t.ent_type_ and t.lower_ in PLACE_NOUNS | _SETTLEMENTS
                for c in t.children if c.dep_ == "poss"]
    for t in targets:
        ent = entity_at(t)
        if ent is not None and ent.label_ == "GPE":
            return ent
        if capitals and is_capital(t.text):
            return t.doc[t.i:t.i + 1]
    return None


def topics(token: Token, verb: Token) -> list[str]:
    """Short phrases for what was discussed, from "on/about …", "to discuss …", "discussed …"."""
    heads: list[Token] = []
    for t in dict.fromkeys((token, verb)):
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS:
                heads += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ in ("xcomp", "advcl", "relcl") and c.lemma_ in TOPIC_VERBS:
                heads += _topic_objects(c)
        if t.lemma_ in TOPIC_VERBS:
            heads += _topic_objects(t)
    return _phrases(heads)


def _topic_objects(verb: Token) -> list[Token]:
    out = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "conj" and c.pos_ == "NOUN")]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS):
        out += [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
    return out


def follow_up_topics(sent: Span) -> list[str]:
    """Topics in a sentence about an earlier meeting: "The discussions centered on …"."""
    return _phrases([o for t in sent if t.lemma_ in TOPIC_VERBS for o in _topic_objects(t)])


def _phrases(heads: list[Token]) -> list[str]:
    out: list[str] = []
    for head in heads:
        if head.ent_type_ in ("DATE", "TIME", "PERSON") or head.lower_ in _NOT_TOPICS:
            continue
        for n in (head, *head.conjuncts, *(c for c in head.children if c.dep_ == "appos")):
            text = _phrase(n)
            if text and not any(text in o for o in out):  # (nor "co-operation" beside "closer co-operation")
                out.append(text)
    return out


def _phrase(n: Token, depth: int = 0) -> str | None:
    if depth > 2:
        return None
    if n.pos_ == "VERB":
        objects = [c for c in n.children if c.dep_ == "dobj"]
        return _phrase(objects[0], depth + 1) if objects else None
    if n.lower_ in _LIGHT:
        inner = [g for c in n.children if c.dep_ in ("prep", "acl") for g in c.subtree
                 if g.dep_ in ("pobj", "pcomp") and g.head.head == n]
        inner += [g for c in n.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                  for g in a.children if g.dep_ == "pobj"]
        return _phrase(inner[-1], depth + 1) if inner else None
    skip = {c.i for c in n.children if c.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "det")
            or (c.dep_ == "amod" and c.lower_ in _VAGUE_ADJECTIVES)
            or (c.dep_ == "poss" and c.pos_ == "PRON")}
    words = [t for t in n.subtree if not any(a.i in skip for a in (t, *t.ancestors) if a.i != n.i)
             and not (t.is_punct and t.i in (n.left_edge.i, n.right_edge.i))]
    if not words:
        return None
    # (Whole words only: the tokenizer splits "co-operation", and the parser may leave "co" alone.)
    doc, first, last = n.doc, words[0].i, words[-1].i
    while first > 0 and not doc[first - 1].whitespace_ and (doc[first - 1].is_alpha or doc[first - 1].text == "-"):
        first -= 1
    while last + 1 < len(doc) and not doc[last].whitespace_ and (doc[last + 1].is_alpha or doc[last + 1].text == "-"):
        last += 1
    words = [*doc[first:words[0].i], *words, *doc[words[-1].i + 1:last + 1]]
    text = "".join(t.text_with_ws for t in words).strip(" ,")
    return text if 0 < len(text.split()) <= 8 else None


def attribution(sent: Span) -> str | None:
    """Whose word the report rests on: "according to official Syrian sources", "the ministry said"."""
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < sent.end and t.nbor().lower_ == "to":
            objects = [c for c in t.nbor().children if c.dep_ == "pobj"]
            if objects:
                span = t.doc[objects[0].left_edge.i:objects[0].right_edge.i + 1]
                return f"according to {span.text}"
    for t in sent:
        if t.pos_ == "VERB" and t.lemma_ in REPORTING and t.dep_ in ("ROOT", "parataxis") and any(
                c.dep_ == "ccomp" for c in t.children):
            subjects = [c for c in t.children if c.dep_ == "nsubj"]
            if subjects and subjects[0].i > min(c.i for c in t.children if c.dep_ == "ccomp"):
                s = subjects[0]
                words = t.doc[s.left_edge.i:t.i + 1].text if s.i < t.i else (  # "…, said the ministry"
                    f"{t.doc[s.left_edge.i:s.right_edge.i + 1].text} {t.text}")
                return words[0].lower() + words[1:] if s.left_edge.lower_ in ("the", "a", "an") else words
    return None
