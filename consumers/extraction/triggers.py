"""Words that report a meeting, what kind it was, and whether it happened.

One Matcher pass, compiled from the lexicon, finds every candidate word ("met", "talks",
"hosted", "called on", "sat down with"); the checks here only look at the few tokens around
each hit.
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from newswatch.consumers.extraction.dates import WEEKDAYS
from newswatch.consumers.extraction.lexicon import Entry, Frame, Lexicon
from newswatch.consumers.extraction.passages import TEASERS_HEADING
from newswatch.consumers.extraction.places import PLACE_NOUNS, VENUES
from newswatch.consumers.extraction.sentences import sentence_after, sentence_before
from newswatch.consumers.extraction.titles import OFFICES, PLURAL_REFERENCES, TRADES
from newswatch.schemas.models import Kind, Status

PHONE = {"phone", "telephone", "telephoned", "phoned", "phone-call", "telephonic"}
VIDEO = {"video", "videoconference", "video-conference", "virtual", "virtually", "online",
         "videolink", "teleconference", "zoom"}
# The marks that open a quotation.
QUOTES = {'"', "“", "'", "‘"}
# What may come before a capital that opens a sentence inside one ("said: "Talks …", "(Meeting …").
_BEFORE_A_SENTENCE = QUOTES | {"(", ":"}
REPORTING = {"say", "announce", "report", "tell", "confirm", "state", "add", "write", "note",
             "claim", "cite", "publish", "break"}
_PLANNED_GOVERNORS = {"expect", "schedule", "plan", "due", "set", "agree", "prepare", "intend",
                      "arrange", "slate", "travel", "go", "head", "fly", "come", "arrive",
                      "accept",  # "accepted an invitation to visit Sarajevo"
                      "pencil"}  # "has been pencilled in for September"
# "arrived in Islamabad to meet …" happened; only "will travel to … to meet" is a plan.
_MOTION = {"travel", "go", "head", "fly", "come", "arrive"}
_PERFECT = {"had", "has", "have", "'ve", "did"}
_HYPOTHETICAL_GOVERNORS = {"hope", "want", "wish", "propose", "offer", "seek", "try", "consider",
                           "ask", "urge", "invite", "push", "call", "demand", "suggest", "refuse",
                           "decline", "fail", "avoid", "need", "like", "love", "aim", "request",
                           "willing", "ready", "eager", "keen", "happy", "glad", "able", "unable"}
# Words that only ever say a plan was dropped or a report denied ("delay" and "reject" say more).
_CALLING_OFF = {"cancel", "postpone", "scrap", "shelve", "abort", "defer", "reschedule", "deny"}
_CANCELLING = _CALLING_OFF - {"deny"} | {"suspend", "delay", "drop", "shift"}
# What a visit paid "to" do is for: talk, not a demand on the one visited.
_COURTESIES = {"discuss", "thank", "brief", "deliver", "present", "review", "exchange", "convey", "express",
               "congratulate", "pay", "bid", "introduce", "offer"}
_DENYING = {"deny", "dismiss", "refute", "reject"}
_HEARSAY = {"report", "claim", "rumour", "rumor", "allegation", "suggestion", "speculation", "story"}
_FALSE = {"false", "untrue", "baseless", "unfounded", "groundless", "fabricated", "incorrect", "inaccurate",
          "wrong", "fiction", "fabrication", "lie", "nonsense"}
# What a joint body does when it sits ("the council, co-chaired by A and B, will meet in May").
_SITTING = {"meet", "convene", "reconvene"}
_TALKS = {"talks", "negotiations", "discussions", "consultations", "meetings", "dialogue"}
_ORDINALS = {"first", "second", "third", "fourth", "final", "opening", "next"}
_TITLED_WORKS = {"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "LAW"}
_PRESENT_BE = {"is", "are", "am", "'s", "'re"}
_DAYS_AHEAD = {"tomorrow", "tonight", "next", "later", "coming"}
_PLANNED_MODIFIERS = {"planned", "upcoming", "scheduled", "expected", "forthcoming", "next"}
_HYPOTHETICAL_MODIFIERS = {"proposed", "possible", "potential", "hypothetical", "no", "any"}
_CANCELLED_MODIFIERS = {"cancelled", "canceled", "postponed", "aborted", "scrapped"}
# Verbs whose subject did not go to the meeting they take: "skipped a meeting with Y".
_SKIPPING = {"skip", "miss"}
_FREQUENCY = {"regularly", "often", "frequently", "repeatedly", "occasionally", "several", "many",
              "routinely", "annual", "weekly", "monthly", "periodically", "times", "every"}
SPORTS = {"match", "final", "finals", "semifinal", "semi-final", "tournament", "championship",
          "cup", "league", "game", "fixture", "race", "derby", "season", "playoff",
          "decider", "squad", "coach", "striker", "team-mates", "teammates", "olympics", "olympic",
          "champion", "champions", "medal", "innings", "wicket", "penalty", "stadium", "seed",
          "quarter-final", "quarter-finals", "semi-finals", "player", "players", "referee", "goals",
          "defender", "midfielder", "goalkeeper", "winger", "transfer", "premiership", "games", "matches",
          "qualifier", "qualifiers"}
# What a fixture is called by its place in a competition ("the opening match") or by its kind ("a
# charity match"), unlike the adjectives that make a sports word something else ("the dry season",
# "a key player").
_FIXTURE_ADJECTIVES = {"opening", "friendly", "deciding", "return", "charity", "exhibition", "testimonial"}
# Games by name, sport whatever the model tags them ("the Brazilian Football Confederation").
GAMES = {"football", "soccer", "rugby", "cricket", "basketball", "hockey", "handball", "volleyball", "futsal"}
# Dependencies through which a clause's status reaches a meeting word below it.
_CLIMB = {"xcomp", "ccomp", "acl", "advcl", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "pcomp", "acomp",
          "attr", "appos", "oprd"}


@dataclass(frozen=True)
class Trigger:
    token: Token
    entry: Entry
    end: int  # one past the last word of the expression ("exchanged views": past "views")

    @property
    def words(self) -> list[Token]:
        """The words of the expression that head phrases ("exchanged … views"), gaps left out."""
        return [self.token] + [t for t in self.token.doc[self.token.i + 1:self.end] if t.lower_ in self.entry.words]

    @property
    def frame(self) -> Frame:
        return self.entry.frame

    @property
    def noun(self) -> bool:
        return self.entry.pos == "NOUN"


# A page's link to another story, left in the text: "Read more: …", "See also: …".
_TEASER = re.compile(r"[ \t]*(?:read (?:more|also)|also read|see also|related|more on this story)\s*:", re.IGNORECASE)


def find(doc: Doc, matcher: Matcher, lexicon: Lexicon) -> list[Trigger]:
    """Candidate meeting words in document order, one per token (a multiword expression, "call
    on", wins over its first word alone); "delegation" hits come along so their leaders can be
    marked."""
    found: dict[int, Trigger] = {}
    text = doc.text  # (built anew on each access)
    heading = next(TEASERS_HEADING.finditer(text), None)
    for match_id, start, end in matcher(doc):
        entry = lexicon.entry(doc.vocab, match_id, doc[start])
        word = doc[start]
        line_start = text.rfind("\n", 0, word.idx) + 1
        if _TEASER.match(text, line_start, word.idx):
            continue  # "Read more: Kuwait's Amir receives Saudi Foreign Minister": another story's headline
        line_end = text.find("\n", word.idx)
        if heading is not None and heading.end() <= line_start and not text[
                line_start:line_end if line_end >= 0 else len(text)].rstrip().endswith((".", '"', "”")):
            continue  # "Related News\nHM the King receives phone call from UAE President"
        if word.is_title and not word.is_sent_start and doc[start - 1].text not in _BEFORE_A_SENTENCE and (
                entry.pos == "VERB" or (entry.frame.name != "talks" and word.ent_type_ in _TITLED_WORKS)):
            continue  # "won by Call of Duty": a capitalised word inside a sentence is part of a name
        if entry.chaired and not _chaired(word):
            continue  # "the European Commission said": a body, not a sitting of it
        if _ruled_out(entry, doc, start, text):
            continue  # "so-called", "called for talks"
        if start not in found or entry.phrase:
            # (A noun expression is headed by its noun: "working session", "session of".)
            head = next((t for t in reversed(doc[start:end]) if t.pos_ == "NOUN"), word) if entry.phrase and (
                entry.pos == "NOUN") else word
            found[start] = Trigger(head, entry, end)
    return [found[i] for i in sorted(found)]


def _ruled_out(entry, doc: Doc, i: int, text: str) -> bool:
    """Whether the entry's ``not_before`` word follows the word at ``i`` or a ``not_after`` string
    is written right before it in ``text``, the doc's (the same test the prefilter makes on the raw
    text)."""
    idx = doc[i].idx
    return (i + 1 < len(doc) and doc[i + 1].lower_ in entry.not_before) or any(
        text[max(0, idx - len(w)):idx].lower() == w for w in entry.not_after)


def co_chaired(verb: Token) -> bool:
    """"co-chaired", which the parser splits into "co", "-", "chaired" (and may hang apart)."""
    doc = verb.doc
    return verb.lemma_ in ("co-chair", "cochair") or (
        verb.lemma_ == "chair" and verb.i >= 2 and doc[verb.i - 2].lower_ == "co" and doc[verb.i - 1].text == "-")


def chairing_clause(verb: Token, split: bool = False) -> Token:
    """The finite verb a co-chair word's infinitive or complement hangs from ("were due to
    co-chair": "were"); with ``split``, the "co" the parser may make the verb of "which they
    co-chair"."""
    if split and verb.lemma_ == "chair" and verb.dep_ != "relcl" and verb.i >= 2 and verb.doc[verb.i - 2].dep_ == "relcl":
        return verb.doc[verb.i - 2]
    while verb.dep_ in ("xcomp", "acomp", "pcomp", "pobj", "prep") and verb.head != verb:
        verb = verb.head
    return verb


def _chaired(body: Token) -> bool:
    """Whether a relative clause after ``body`` says who co-chairs it ("the Cooperation Council,
    which they co-chair"), or the body, "co-chaired by A and B", is said to sit ("met", "will
    convene"): its co-chairs met there."""
    return any(co_chaired(c) and (v := chairing_clause(c, split=True)).dep_ == "relcl" and v.head == body
               for c in body.doc[body.i + 1:min(body.i + 12, body.sent.end)]) or (
        body.dep_ == "nsubj" and body.head.lemma_ in _SITTING and body.head.i > body.i
        and any(co_chaired(c) and c.i + 1 < body.head.i and c.doc[c.i + 1].lower_ == "by"
                for c in body.doc[body.i + 1:body.head.i]))


_SPORT_WORDS = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, SPORTS | GAMES), key=len, reverse=True)) + r")(?![\w-])", re.I)


def sporting(text: str) -> bool:
    """Whether an article is about sport: players "meet" opponents there, officials rarely. Read
    from the whole text (the parse may see only the passages around meeting words)."""
    return len({w.lower() for w in _SPORT_WORDS.findall(text)}) >= 3


def in_doubt(sent: Span) -> bool:
    """Whether a sentence says something was called off or denied: no sentence to read a meeting
    from loosely."""
    return any(t.lemma_ in _CALLING_OFF or t.lower_ in _CANCELLED_MODIFIERS or (t.dep_ == "prt" and t.lower_ == "off")
               for t in sent)


def urges(token: Token, between_people: bool) -> bool:
    """"called on Congress to cut benefits": a demand, told by an infinitive after the object —
    unless the call was paid somewhere to talk ("called on the minister at the ministry in Dakar
    to discuss …"). (``between_people``: both sides are persons.)"""
    ons = [c for c in token.children if c.lower_ == "on"]
    called = [g for c in ons for g in c.children if g.dep_ == "pobj"]
    near = [token, *ons, *called]
    infinitives = [c for t in near for c in t.children if c.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl")
                   and c.i > token.i and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)]
    if not infinitives:
        return False
    paid = any(w.ent_type_ in ("GPE", "FAC") or w.lower_ in VENUES
               for t in near for c in t.children if c.dep_ in ("prep", "npadvmod") and c not in near
               for w in c.subtree)
    # (Or paid on a named person on a given day: "called on X on Tuesday to offer supplies".)
    purpose = min(c.left_edge.i for c in infinitives)
    paid = paid or any(w.ent_type_ == "DATE" for g in called if g.ent_type_ == "PERSON" and g.pos_ == "PROPN"
                       for w in g.doc[g.i + 1:purpose])
    # (Or paid by one person on another to talk or thank: "X called on Foreign Minister Y to thank
    # him"; a demand is mostly made of an office or a body, or by one, or to talk with others.)
    paid = paid or (between_people and any(g.pos_ == "PROPN" and any(w.ent_type_ == "PERSON" for w in g.subtree)
                                           for g in called) and all(c.lemma_ in ("discuss", "thank") and not any(
        g.lower_ == "with" for g in c.subtree) for c in infinitives))
    return not (paid and all(c.lemma_ in _COURTESIES for c in infinitives))


def names(token: Token) -> bool:
    """"called him a giant", "call their programme X": an object and its complement (or a thing
    and its name) name something, nobody is phoned; "sees him as the ideal successor" judges him
    (but "will see the minister as part of the visit" meets)."""
    if any(c.dep_ == "dobj" for c in token.children) and any(
            c.dep_ == "prep" and c.lower_ == "as" and not any(g.lower_ in ("part", "well") for g in c.children)
            for c in token.children):
        return True
    return any((c.dep_ in ("oprd", "xcomp", "ccomp") and not _holder(c, c)) or (c.dep_ == "dobj" and any(
        (g.dep_ in ("oprd", "attr", "appos", "acl") and not _holder(c, g))
        # (but "see both party leaders": people told before)
        or (g.dep_ == "compound" and g.pos_ == "NOUN" and g.is_lower and g.lower_ not in OFFICES
            and c.lower_ not in PLURAL_REFERENCES)
        for g in c.children)) for c in token.children)


def _holder(office: Token, name: Token) -> bool:
    """"called his counterpart Gerhard Schroeder": the name is who holds the office called (the
    parser makes the office the object, or the name the complement with the office inside)."""
    if office is name and office.lower_ in OFFICES:  # "called Pakistan's prime minister, X,"
        return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in office.children)
    return name.pos_ == "PROPN" and (office.lower_ in OFFICES or any(
        w.dep_ == "compound" and w.lower_ in OFFICES for w in name.children))


def clause(token: Token) -> list[Token]:
    """The token's own clause: its subtree without embedded clauses of their own, nor a clause
    joined by "and" with its own subject ("X met Y in Berlin, and the two later spoke with Z by
    phone")."""
    out, stack = [], [token]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if (
            c.dep_ not in ("relcl", "ccomp", "advcl", "parataxis") or (c.dep_ == "advcl" and (c.pos_ == "NOUN" or led_by(c))))
            and not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children)))
        # "spoke with X on Monday to prepare the call": the parser may hang the meeting's own day
        # on the aim after it; what comes before the aim's "to" is the meeting's.
        stack.extend(g for c in t.children if c.dep_ == "advcl" for g in c.children
                     if g.dep_ in ("prep", "npadvmod") and before_aim(g, c))
    return out


def infinitive_to(verb: Token) -> Token | None:
    """The "to" of ``verb`` as an infinitive ("to prepare", "to be received"), if it has one."""
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)


def before_aim(word: Token, aim: Token) -> bool:
    """Whether ``word`` comes before the "to" of ``aim``, a clause of purpose ("on Monday to prepare")."""
    return (to := infinitive_to(aim)) is not None and word.i < to.i


def led_by(action: Token) -> bool:
    """", led by its President, Y," told of a side: the parser may hang it on the meeting's verb, with
    the meeting's own place and day after it ("met the leadership of X, led by …, at the X
    secretariat last Friday")."""
    return action.tag_ == "VBN" and action.lemma_ in ("lead", "head") and any(c.dep_ == "agent" for c in action.children)


def kind(trigger: Trigger, verb: Token, reciprocal: bool = False) -> str | None:
    """in_person, phone_call or video_call; None when a speaking verb names no medium and no one
    spoken to ("X and Y spoke at a news conference" is not a conversation between them)."""
    own = clause(trigger.token)
    words = {t.lower_ for t in own} | {t.lower_ for t in verb.children}
    words |= {c.lower_ for c in trigger.token.children}
    # ("joined Y by video link for talks": the medium hung on the verb the meeting noun is under)
    words |= {g.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ in ("by", "via") for g in c.subtree}
    # ("met mobile phone operators": a trade named by what it sells, no medium)
    words -= {t.lower_ for t in own if t.dep_ == "compound" and t.head.lemma_.lower() in _TRADES}
    kind = trigger.entry.kind
    if trigger.frame.name == "visit" or courtesy_call(trigger.token):
        return Kind.IN_PERSON
    if words & VIDEO or kind == Kind.VIDEO_CALL:
        return Kind.VIDEO_CALL
    if words & PHONE or kind == Kind.PHONE_CALL:
        return Kind.PHONE_CALL
    if kind == Kind.IN_PERSON:
        return kind
    # An official who "spoke with" another without a place or meeting word was, in news usage,
    # on the phone; "conferred with X in Manila" was there.
    placed = any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
        g.ent_type_ in ("GPE", "FAC", "LOC") or g.lower_ in VENUES or (g.lower_ in PLACE_NOUNS and g.is_title)
        for g in c.children) for c in (*own, *verb.children))  # (… "in the New Administrative Capital")
    if trigger.noun or (reciprocal and not trigger.entry.phrase):
        # "a conversation" with no medium, "X and Y spoke at a news conference": no call between
        # them ("X and Y exchanged views" is one); but two who "talked for two hours at the
        # palace" talked to each other there (one speaks at a conference, one talks with someone).
        talked = reciprocal and trigger.token.lemma_ == "talk" and not words & _AUDIENCES
        return Kind.IN_PERSON if talked and placed else None
    return Kind.IN_PERSON if placed or words & {"sidelines", "met", "during", "visit", "summit", "conference",
                                             "forum"} else Kind.PHONE_CALL


# Firms and trades named by what they make or sell, whose phone is no medium: "mobile phone
# operators", "phone makers", "mobile phone networks", "their mobile phone businesses".
_TRADES = TRADES | {"maker", "network", "business", "market", "industry", "unit", "division", "service", "licence",
                    "license", "handset", "sale", "subscriber", "customer", "user", "tariff", "mast"}
# Where two who "talked" spoke to others, not to each other ("talked at a news conference").
_AUDIENCES = {"conference", "briefing", "reporters", "journalists", "press", "rally", "audience", "crowd"}


def courtesy_call(token: Token) -> bool:
    """"paid a courtesy call on the president": a visit, not a telephone call."""
    return token.lower_ in ("call", "calls") and (
        any(c.lower_ == "courtesy" for c in token.children) or (token.head.lemma_ == "pay" and token.dep_ == "dobj"))


def _forms(t: Token) -> set[str]:
    """The lemma and plausible base forms of a verb: the small model's lemmatizer slips on some
    past tenses ("hoped" → "hop")."""
    w = t.lower_
    return {t.lemma_, w, w.removesuffix("s"), w.removesuffix("d"), w.removesuffix("ed"),
            w.removesuffix("ing"), w.removesuffix("ing") + "e"}


def _denied_report_joined(verb: Token) -> bool:
    """"dismissed as 'pure invention' a report on a news site that X had held talks with Y": the
    parser joins the report's clause (``verb``) to the denial as a second verb."""
    between = verb.doc[verb.head.i + 1:verb.i]
    return bool(_forms(verb.head) & _DENYING) and any(
        w.lemma_ in _HEARSAY and any(v.lower_ == "that" for v in between if v.i > w.i) for w in between)


def _cancels(t: Token) -> bool:
    """"postponed", "scrapped", "called off", "put back" (a day, a week: postponed)."""
    return bool(_forms(t) & _CANCELLING) or (t.lemma_ in ("call", "put") and any(
        c.lower_ == "off" and c.dep_ == "prt" for c in t.children)) or (t.lemma_ in ("put", "push") and any(
        c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in t.children))


def _reason(clause: Token) -> bool:
    """Whether a clause gives the reason for what it hangs from: "… because the president had
    travelled to Sharm el-Sheikh"."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("because", "as", "since")
                                          for c in clause.children)


def withdrawn_from(prep: Token) -> bool:
    """Whether ``prep`` says someone left what it governs: "pulled out of", "withdrew from"."""
    if prep.lower_ == "of" and prep.head.lower_ == "out":
        return prep.head.head.lemma_ in ("pull", "drop", "back", "opt")
    return prep.lower_ == "from" and prep.head.lemma_ == "withdraw"


def governors(token: Token) -> list[Token]:
    """The token and the words above it whose mood it shares (stops at relative clauses)."""
    chain = [token]
    while (chain[-1].dep_ in _CLIMB or _infinitive_conjunct(chain[-1]) and not any(w.dep_ == "prep" for w in chain)
           or _describing_conjunct(chain[-1])) and (chain[-1].head != chain[-1] and len(chain) < 8):
        # (Not past a meeting the infinitive comes after: "agreed to set up a committee and to
        # hold patrols after talks between X and Y" is what the talks agreed.)
        head = chain[-1].head
        if _infinitive_conjunct(chain[-1]) and head.dep_ == "relcl" and infinitive_to(head) is None and (
                head.head.dep_ == "dobj"):
            # "agreed to revive a commission that has not sat since 2023 and to meet again": the
            # parser joins the infinitive to the relative clause; it goes with the one before.
            head = head.head.head
        chain.append(head)
    return chain


def _describing_conjunct(t: Token) -> bool:
    """"a visit …, scheduled for March 12 and due to include talks with Y": the second half of a
    clause describing what was planned shares the first's mood and what befell it."""
    return t.dep_ == "conj" and t.head.dep_ == "acl" and t.head.tag_ == "VBN" and (t.lower_ == "due" or t.tag_ == "VBN")


def _infinitive_conjunct(verb: Token) -> bool:
    """"was due to hold talks with X and to be received by Y": an infinitive joined to another
    shares what governs it; so does a participle joined to a passive one ("was to be held in Lima
    and co-chaired by A and B"), and a bare verb joined to one under a modal ("will fly in and
    hold talks")."""
    return verb.dep_ == "conj" and (infinitive_to(verb) is not None or (
        verb.tag_ == "VBN" and verb.head.tag_ == "VBN" and infinitive_to(verb.head) is not None
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)) or (
        # "will fly in on Friday and hold talks": a bare verb joined to one a modal governs
        verb.tag_ == "VB" and verb.head.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.head.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)))


def _arranged(verb: Token) -> bool:
    """"X is meeting Y on Thursday", "they are holding talks tomorrow", "is meeting Y this week":
    the present progressive with a time to come is an arrangement, not something under way."""
    if verb.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lower_ in _PRESENT_BE for c in verb.children):
        return False
    when = [w for c in verb.children if c.dep_ in ("npadvmod", "prep", "advmod") for w in c.subtree]
    return any(w.lower_ in _DAYS_AHEAD or (w.ent_type_ == "DATE" and w.lower_ in WEEKDAYS) or (
        w.lower_ == "this" and w.head.lower_ in ("week", "weekend", "month", "afternoon", "evening")) for w in when)


def _sport_word(t: Token) -> bool:
    """A word of a fixture ("in the final", "the Champions League final", "this season"), not one an
    adjective or a noun turns to something else ("during the dry season", "a key player")."""
    if t.lower_ not in SPORTS or t.pos_ == "PROPN" or any(
            c.dep_ == "amod" and c.pos_ == "ADJ" and c.lower_ not in _FIXTURE_ADJECTIVES for c in t.children):
        return False
    # Nor one that names something else with a noun: "seed exports", "the climate goals".
    return not (t.dep_ == "compound" and t.lower_ != "transfer" and t.head.pos_ == "NOUN" and (
        t.head.lower_ not in SPORTS | GAMES)) and not any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in SPORTS | GAMES | _FIXTURE_ADJECTIVES for c in t.children)


def _of_a_title(t: Token) -> bool:
    """A sport named in someone's office ("Zimbabwe Cricket chairman X"), which says nothing of a
    fixture (unlike "the Football Confederation said Flamengo and Palmeiras will meet")."""
    while t.dep_ in ("compound", "nmod", "conj") and t.head != t:
        t = t.head
        if t.ent_type_ == "PERSON":
            return True
    return False


def _stage(t: Token) -> bool:
    """"will meet X in the second round": a draw or a run-off, unlike "a second round of talks" (of
    "shuttle diplomacy", of visits)."""
    return t.lower_ == "round" and any(c.dep_ == "amod" and c.lower_ in _ORDINALS for c in t.children) and not any(
        g.lower_ in _TALKS | {"diplomacy", "visits", "contacts", "exchanges"}
        for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def _fell_through(verb: Token) -> bool:
    """"did not take place", "did not go ahead", "never happened", "fell through": what was due
    was not held."""
    if verb.lemma_ == "fall" and any(c.lower_ == "through" and c.dep_ in ("prt", "advmod", "prep") for c in verb.children):
        return True
    negated = any(c.dep_ == "neg" for c in verb.children)
    return negated and (verb.lemma_ == "happen" or (verb.lemma_ == "take" and any(
        c.lower_ == "place" for c in verb.children)) or (verb.lemma_ == "go" and any(c.lower_ == "ahead" for c in verb.children)))


def denies(t: Token) -> bool:
    """Whether ``t`` denies ("denied that …", "dismissed the report") or calls something false."""
    return bool(_forms(t) & _DENYING) or (t.lemma_ in _FALSE and t.dep_ in ("acomp", "attr", "oprd", "dobj"))


def hearsay(t: Token) -> bool:
    return t.lemma_ in _HEARSAY


def _called_false(t: Token) -> bool:
    """"Reports of a meeting between X and Y were completely false": hearsay its subject denies."""
    return t.lemma_ in _HEARSAY and t.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("acomp", "attr", "oprd") and c.lemma_ in _FALSE for c in t.head.children)


def status(token: Token, verb: Token) -> str | None:
    """occurred / planned / cancelled / denied, or None for hypothetical, negated or habitual."""
    result = _status(token, verb)
    if result == Status.CANCELLED and put_off_to(verb) is not None:
        return Status.PLANNED  # "A stop by X, who was due to hold talks with Y, has been pushed back to Oct. 2"
    return result


def _sitting_dated(token: Token, verb: Token) -> bool:
    """"The annual meeting … will be held in Langkawi on May 26": one sitting of a yearly
    meeting, given its day (not "they hold annual talks", nor "meets every week")."""
    frequent = [c for t in (token, verb) for c in t.children if c.lower_ in _FREQUENCY]
    return token.pos_ == "NOUN" and all(c.head == token and c.dep_ == "amod" for c in frequent) and any(
        g.ent_type_ == "DATE" and any(w.like_num for w in g.subtree) for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj")


# What a meeting is "on" or "about", and the verbs that tell it ("to discuss …", "focused on …").
TOPIC_PREPS = {"on", "about", "over", "upon"}
TOPIC_VERBS = {"discuss", "address", "review", "center", "centre", "focus", "touch", "cover",
               "concentrate", "examine", "debate", "explore"}
# Nouns after "on" that say when or where rather than what: "on the eve of the final".
_OCCASIONS = {"sidelines", "margins", "eve", "day", "night", "occasion", "weekend"}


def _topic(c: Token) -> bool:
    """"held a video call with Y on the allocation of the opening matches", "met to discuss the
    stadiums for the games": what was discussed, where a sports word tells no fixture."""
    if c.dep_ in ("xcomp", "advcl") and c.lemma_ in TOPIC_VERBS:
        return True
    return c.dep_ == "prep" and c.lower_ in TOPIC_PREPS and any(
        g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_ and g.lower_ not in SPORTS | _OCCASIONS
        for g in c.children)


# Nouns of bargaining, which no sports report uses for a match.
_NEVER_FIXTURES = {"talks", "negotiations"}


def _status(token: Token, verb: Token) -> str | None:
    chain = governors(token)
    if verb not in chain:
        chain.insert(1, verb)
    near = {c.lower_ for t in (token, verb) for c in t.children}
    near |= {g.lower_ for c in verb.children if c.dep_ == "npadvmod" for g in c.children}  # "every week"
    # A sports word inside a name ("Arab League") says nothing about a fixture.
    # (Anywhere in the sentence, "a match in June, when A meet B", but in a clause of its own below
    # the meeting's: "X will meet Y on Tuesday, after a row threatened to derail the five-match series".)
    # (Talks with a side named are never a fixture: "held talks with Zeeland United about a loan
    # deal for their striker".)
    fixture = [] if token.pos_ == "NOUN" and token.lower_ in _NEVER_FIXTURES and any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children) else [
        t for t in token.sent if _sport_word(t) or (t.lower_ in GAMES and not _of_a_title(t)) or _stage(t)]
    aside = {w.i for t in {token, verb} for c in t.children if (c.dep_ in ("advcl", "relcl", "ccomp", "parataxis") or _topic(c))
             and token not in c.subtree for w in c.subtree} if fixture else set()
    if (near & _FREQUENCY and not _sitting_dated(token, verb)) or any(t.i not in aside for t in fixture):
        return None
    if token.tag_ == "VBG" and token.dep_ == "xcomp" and token.head.lemma_ == "keep":
        return None  # "agreed to keep talking": the talks go on, no meeting is set
    if any(t.dep_ == "acl" and any(c.dep_ == "det" and c.lower_ == "no" for c in t.head.children) for t in chain[:2]):
        return None  # "there were no plans for the chancellor to meet Y"
    if token.pos_ == "NOUN" and len(chain) > 1 and chain[0].dep_ in ("nsubj", "nsubjpass") and _fell_through(chain[1]):
        return Status.CANCELLED  # "A planned meeting with Y on Sept. 17 did not take place"
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_ in _SKIPPING:
        return Status.CANCELLED  # "flew back on Wednesday night, skipping a meeting with Y": it did not happen
    if token.pos_ == "NOUN" and token.tag_ != "NNS" and token.dep_ == "pobj" and withdrawn_from(token.head):
        # "pulled out of a meeting with Y", "withdrew from the summit" (but "pulled out of merger
        # talks": ended, after they were held)
        return Status.CANCELLED
    if any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for t in chain[:2] for c in t.children) or any(
            any(c.dep_ == "neg" for c in t.children) and any(c.lower_ == "now" and c.dep_ == "advmod" for c in t.children)
            for t in chain[:2]):
        return Status.CANCELLED  # "will no longer meet Y on Friday", "will not now meet Y"
    for depth, t in enumerate(chain[:3]):
        # (The verb a meeting noun hangs from is the meeting's own, said or not: "said it would not
        # hold talks with Y".)
        if any(c.dep_ == "neg" for c in t.children) and (depth == 0 or t.dep_ != "ccomp" or (
                depth == 1 and token.pos_ == "NOUN")):
            return None
    result = Status.OCCURRED
    for depth, t in enumerate(chain):
        children = {c.lower_ for c in t.children}
        if {"whether", "if", "unless"} & children or t.lower_ in ("whether", "if"):
            return None
        if any(c.dep_ == "mark" and c.lower_ == "until" for c in t.children):
            return None  # "would not lay down its arms until it had met the president": a condition
        forms = _forms(t)
        if forms & _DENYING or _called_false(t):
            return Status.DENIED
        if depth > 0 and new_day(t) is not None:
            return Status.PLANNED  # "The visit has been moved to April 22": still to come, on the new day
        if _cancels(t):
            if depth > 0 and (chain[depth - 1].lower_ in ("after", "following") or any(
                    c.dep_ == "mark" and c.lower_ == "after" for c in chain[depth - 1].children)):
                # "A strike has been called off after all-night talks", "… after X held talks with
                # Y": the talks came before
                break
            return Status.CANCELLED
        if depth > 0 and chain[depth - 1].dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ == "conj" and _cancels(c) and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                for c in t.children):
            return Status.CANCELLED  # "The meeting was supposed to be held in May but was put off"
        # (Not a clause with its own subject: "spoke … about pilgrims stranded after their return
        # flights were cancelled".)
        # (Nor a verb of its own with its own object: "met Y and cancelled a planned news conference".)
        if {c.lower_ for c in t.children if not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)
            } & _CANCELLED_MODIFIERS:
            return Status.CANCELLED
        if t.pos_ == "VERB" and t.lemma_ in REPORTING and depth > 0:
            break
        # "X and Y agreed on Wednesday to set up a cell after talks in Stockholm", "X has urged
        # Britain to lead a drive …, after talks with Y": the talks came before what was agreed or
        # urged, whatever that plans (a perfect only with the talks set off by a comma).
        if depth > 1 and result == Status.OCCURRED and any(
                c.dep_ == "prep" and c.lower_ in ("after", "following") for c in chain[1:depth]) and (
                t.tag_ == "VBD" or (t.tag_ == "VBN" and _PERFECT & {c.lower_ for c in t.children if c.dep_ == "aux"}
                                    and any(c.lower_ == "after" and c.i and c.nbor(-1).text == "," for c in chain[1:depth]))):
            break
        modals = {c.lower_ for c in t.children if c.dep_ == "aux"}
        if modals & {"could", "might", "may", "can", "should", "must"}:
            return None
        if "would" in modals and any(c.dep_ == "nsubj" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
                                     for c in t.children):
            return None  # "a Conservative home secretary would meet …": whoever might hold the office, if ever
        if modals & {"will", "'ll", "shall", "would", "wo"} or _arranged(t):
            result = Status.PLANNED
        # "failed to meet" never met; "talks failed" were held, to no end.
        held = depth == 1 and chain[0].dep_ == "nsubj" and t.lemma_ == "fail"
        # ("has urged Germany to support the fund during talks with Y": the talks are where the
        # urging was done, the parser hanging them off what was urged.)
        held = held or (token.dep_ == "pobj" and token.head.lower_ == "during" and chain[depth - 1].dep_ == "xcomp")
        if depth > 0 and not held and (forms & _HYPOTHETICAL_GOVERNORS or (t.lemma_ == "rule" and "out" in children)):
            return None
        if depth > 0 and t.lemma_ == "welcome" and "would" in modals:
            return None  # "would welcome a meeting with Y": a wish
        if depth > 0 and t.lower_ == "prepared" and (t.pos_ == "ADJ" or any(
                c.lemma_ == "be" and c.dep_ in ("aux", "auxpass") for c in t.children)) and (
                chain[depth - 1].dep_ == "xcomp"):
            return None  # "he was prepared to meet union leaders": willing, like "ready to"
        # "In a call on Friday, X and Y agreed to …": the call is where they agreed, not what.
        adjunct = depth > 0 and chain[depth - 1].dep_ == "prep" and chain[depth - 1].lower_ in (
            "in", "during", "at", "after", "following")
        # ("will travel to Vilnius for talks" is a plan, "had travelled to Budapest for talks" a trip made)
        if depth > 0 and t.lemma_ in _PLANNED_GOVERNORS and (modals - _PERFECT or t.lemma_ not in _MOTION) and not adjunct:
            result = Status.PLANNED
        # "He looked forward to meeting X": still to come.
        if depth > 0 and t.lemma_ == "look" and "forward" in children and chain[depth - 1].lower_ == "to":
            result = Status.PLANNED
        # "He flies to Dublin on Thursday for talks": a trip in the present tense is a timetable.
        if depth > 0 and t.lemma_ in _MOTION and t.tag_ in ("VBZ", "VBP") and not adjunct:
            result = Status.PLANNED
        # "is to hold talks", "was to meet": a plan (and "The meeting was to be co-chaired by …",
        # the parser hanging the plan beside the meeting).
        if depth > 0 and t.lemma_ == "be" and (plan := next((
                x for x in t.children if x.dep_ == "xcomp" and (
                    x == chain[depth - 1] or chain[depth - 1].dep_ in ("nsubj", "nsubjpass", "acomp"))
                and any(c.lower_ == "to" and c.dep_ == "aux" for c in x.subtree if c.i < x.i)), None)) is not None:
            # (A past plan in the perfect did not come about: "were to have co-chaired it".)
            perfect = t.tag_ == "VBD" and any(c.dep_ == "aux" and c.lower_ == "have" for c in plan.children)
            result = Status.CANCELLED if perfect else Status.PLANNED
        # "The meeting … is due to take place", "talks are expected to resume".
        if depth > 0 and not adjunct and any(c.dep_ in ("acomp", "xcomp", "oprd") and c.lemma_ in _PLANNED_GOVERNORS
                                             and c.lemma_ not in _MOTION for c in t.children):
            result = Status.PLANNED
        if t.dep_ in ("relcl", "acl"):
            # "A planned stop in Dili, where X was to meet Y, was called off": the fate of what
            # the clause describes is the meeting's (or what it tells: "denied reports that X had
            # held talks", the parser taking "reports" for a verb).
            described = t.head
            # (Past who published it: "denied a report published by a news website that X had met Y".)
            passed = []
            while (described.dep_ in ("pobj", "prep", "agent") or (described.dep_ == "acl" and described.tag_ == "VBN")) and (
                    described.head != described):
                passed.append(described)
                described = described.head
            # (Not "called off after the NLC's president, X, held talks with Y": the talks came first.)
            # (Nor the reason it was: "called off because the president had travelled to X, where
            # he held talks with Y".)
            if _cancels(described.head) and not any(w.lower_ in ("after", "following") for w in passed) and not (
                    _reason(described)):
                return Status.CANCELLED
            # (The denial may sit a word or two further up: "dismissed as 'baseless' a report …".)
            if described.lemma_ in _HEARSAY and (any(_forms(a) & _DENYING for a in list(described.ancestors)[:3])
                                                 or _called_false(described)):
                return Status.DENIED  # "denied a newspaper report that X had held talks with Y"
            if any(c.lower_ in _PLANNED_MODIFIERS for c in described.children):
                result = Status.PLANNED
        if t.dep_ == "conj" and _denied_report_joined(t):
            return Status.DENIED
        if t.dep_ in ("relcl", "conj", "ROOT") and not (
                (_infinitive_conjunct(t) or _describing_conjunct(t)) and t is not chain[-1]):
            break
    if result == Status.PLANNED and token.tag_ == "VBD" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        # A meeting told in the past tense with its own subject happened, whatever comes of it
        # ("Her visit comes a week after X spoke by telephone to Y").
        result = Status.OCCURRED
    if result == Status.OCCURRED and {"to", "again"} <= {c.lower_ for c in token.children if c.dep_ in ("aux", "advmod")}:
        result = Status.PLANNED  # "… and to meet again in Ashgabat": an infinitive's next meeting is to come
    amods = {c.lower_ for c in token.children if c.dep_ in ("amod", "det", "compound")}
    if amods & _HYPOTHETICAL_MODIFIERS:
        return None
    if amods & _PLANNED_MODIFIERS and result == Status.OCCURRED:
        result = Status.PLANNED
    if result == Status.OCCURRED and token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "of" and (
            token.head.head.lower_ == "ahead"):
        result = Status.PLANNED  # "The call came ahead of X's visit to Oslo": the visit is still to come
    if result == Status.PLANNED and _overtaken(chain):
        return Status.CANCELLED
    if result == Status.OCCURRED and _disputed(chain):
        return Status.DENIED
    if result == Status.OCCURRED and _fragment_cancelled(token):
        return Status.CANCELLED
    return result


def new_day(verb: Token) -> Token | None:
    """The day a meeting is put off to ("moved to April 22", "postponed until May 3", "rescheduled
    for Friday", "pushed back to May 12": a word of it), if ``verb`` puts one off so."""
    if verb.lemma_ not in ("move", "reschedule", "postpone", "delay", "push", "shift", "put") and not (
            verb.lemma_ == "bring" and any(c.lower_ == "forward" for c in verb.children)):
        return None  # ("brought forward from June to May 19")
    # ("pushed back to May 12": the day may hang from "back")
    near = [*verb.children, *(g for c in verb.children if c.lower_ in ("back", "forward") for g in c.children)]
    return next((g for c in near if c.dep_ == "prep" and c.lower_ in ("to", "until", "till", "for") for g in c.subtree
                 if g.ent_type_ == "DATE" and any(ch.isdigit() for ch in g.text) or g.lower_ in WEEKDAYS), None)


def put_off_to(verb: Token) -> Token | None:
    """The day the meeting of ``verb`` is put off to (:func:`new_day`), by its own verb or by the
    one whose subject holds it in a relative clause: "A stop in Tarawa by X, who was due to hold
    talks with Y, has been pushed back to Oct. 2"."""
    if (day := new_day(verb)) is not None:
        return day
    t = verb
    while t.dep_ in ("xcomp", "acomp", "advcl", "relcl", "acl", "pobj", "prep", "agent", "appos") or t.pos_ in ("NOUN", "PROPN"):
        below, t = t, t.head
        if t == below or t.lemma_ in REPORTING:
            return None
        if below.dep_ in ("nsubj", "nsubjpass"):
            return new_day(t)
    return None


def _fragment_cancelled(token: Token) -> bool:
    """"A meeting between X and Y | that had been scheduled for Monday … has been postponed": a
    sentence the parser cut before its verb, whose rest says the meeting was called off."""
    sent, doc = token.sent, token.doc
    if token.pos_ != "NOUN" or any(t.pos_ in ("VERB", "AUX") for t in sent) or sent.end >= len(doc):
        return False
    rest = doc[sent.end].sent
    return "\n" not in doc[sent.end - 1:sent.end + 1].text_with_ws and any(_cancels(t) for t in rest)


# A denial of what a report said, in the words around it: "The Foreign Office has denied reports
# that …", "No such meeting took place".
_DENIAL = re.compile(r"\b(?:denied|denies|deny|dismissed|rejected)\b[^.]{0,40}\b(?:reports?|claims?|allegations?|"
                     r"stor(?:y|ies)|suggestions?)\b|\bno such (?:meeting|talks|visit|call)\b|"
                     r"\b(?:never|did not|didn't) take place\b|\bthere was no (?:meeting|talks|visit|call)\b|"
                     # "has denied meeting the head of …", "I have never met Dr Royce"
                     r"\b(?:denied|denies|deny|denying) (?:ever )?(?:meeting|holding talks|having talks|speaking)\b|"
                     r"\bnever (?:met|held talks|spoke)\b", re.IGNORECASE)


# Words that make a speaker a publication ("The Sunday Courier said …").
_PUBLICATIONS = {"newspaper", "paper", "daily", "tabloid", "website", "magazine", "courier", "times", "post",
                 "herald", "journal", "gazette", "telegraph", "mail", "guardian", "express", "mirror", "observer",
                 "tribune", "chronicle", "newsletter"}


def _reports(t: Token) -> bool:
    """"reported", "claimed", "alleged", or what a newspaper or a report "said" ("The Sunday Courier said
    X had met Y", "The report had said the two ministers dined …")."""
    return t.pos_ == "VERB" and (t.lemma_ in ("report", "claim", "allege") or (t.lemma_ == "say" and any(
        c.dep_ == "nsubj" and (c.lemma_ in _HEARSAY or any(w.lower_ in _PUBLICATIONS for w in c.subtree))
        for c in t.children)))


def _disputed(chain: list[Token]) -> bool:
    """"A Sunday newspaper reported that X met Y …", with a denial of that report in the sentence
    before or after: hearsay denied."""
    if not any(_reports(t) for t in chain[1:]):
        return False
    sent = chain[0].sent
    return any(_DENIAL.search(s.text) for s in (sentence_before(sent), sentence_after(sent)) if s is not None)


def _overtaken(chain: list[Token]) -> bool:
    """"The visit has been called off. X had been due to meet Y …": a plan told in the past
    perfect, beside a cancellation in its sentence or the one before, did not happen."""
    # ("was to meet", "were to hold talks": a plan told in the past, like "had been due to")
    if not any(c.lower_ == "had" and c.dep_ == "aux" for t in chain for c in (*t.children, *t.head.children)) and not any(
            t.lower_ in ("was", "were") and any(c.dep_ == "xcomp" and c in chain for c in t.children) for t in chain):
        return False
    sent = chain[0].sent
    start = sent.doc[sent.start - 1].sent.start if sent.start else sent.start
    return any(_cancels(t) or t.lower_ in _CANCELLED_MODIFIERS for t in sent.doc[start:sent.end])
