"""Who met whom: the parties on each side of a meeting word, read off the dependency parse.

Side one is the subject of the meeting verb (or of the verb a meeting noun hangs from: "held
talks", "engaged in a telephone conversation"); side two its object or a "with"/"between"
phrase. Pronouns and descriptions are resolved to people named earlier; plural references
("the two leaders", "they") are reported as such, because they point at a meeting already found.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from newswatch.consumers.extraction.countries import country_code, is_capital
from newswatch.consumers.extraction.details import DASHES, in_dateline, story_start, visited_place
from newswatch.consumers.extraction.names import entity_at, entity_text, places_after
from newswatch.consumers.extraction.people import Party, People, led_bodies
from newswatch.consumers.extraction.sentences import sentence_after, sentence_before
from newswatch.consumers.extraction.titles import (BODY_REFERENCES, DOCUMENTS, FIRMS, GROUPS, MODIFIERS, OFFICES,
                                                   PLURAL_REFERENCES, PRIVATE_RELATIONS, SHORT_STYLES, holds_office,
                                                   is_official, office_qualifier, plural_office, reference_count)
from newswatch.consumers.extraction.triggers import (PHONE, REPORTING, VIDEO, Trigger, chairing_clause, co_chaired,
                                                     courtesy_call, infinitive_to, withdrawn_from)

_SUBJECTS = {"nsubj", "nsubjpass", "agent"}
_LINKING_PREPS = {"in", "during", "after", "following", "at", "for", "before", "ahead", "on", "by", "with", "into"}
_OCCASIONS = {"arrival", "sidelines", "margins", "eve", "morning", "afternoon", "evening", "weekend"}
_MEDIUM_PREPS = {"by", "on", "over", "via", "through"}
# Verbs of saying something to someone face to face ("told Y at a dinner").
_ADDRESSING = {"tell", "assure", "urge", "ask", "inform", "warn", "promise", "press", "brief", "hand", "give",
               "show", "reassure", "confront", "persuade", "thank", "congratulate", "invite", "update"}
# Prepositions before a gerund whose understood subject is the clause's ("after meeting X, he …").
_GERUND_PREPS = {"after", "before", "since", "while", "when", "on", "upon", "following"}
_PERSONAL = {"he", "she", "him", "her"}
_OBJECTIVE = {"him", "her"}
_DEALS = {"buy", "acquire", "purchase", "sell", "merge", "take"}
# Verbs by which one side gives the other a meeting: "granted X an audience".
_GRANTING = {"grant", "give", "accord"}
_QUANTITIES = {"series", "round", "rounds", "number", "couple", "string", "spate", "flurry", "day", "days", "hours",
               "weeks", "months", "years"}
_SPOKESPEOPLE = ("spokesman", "spokeswoman", "spokesperson", "official")
# Places that stand for the person whose they are ("visited the office of X").
_PLACES_OF = {"office", "offices", "residence", "home", "headquarters", "palace", "house", "camp"}
# The object form that names the same person as a subject pronoun.
_SAME_PERSON = {"he": "him", "she": "her"}
# Who speaks for an organisation ("Manchester United's board").
_GOVERNING_BODIES = {"board", "management", "managers", "directors", "executives", "bosses", "owners", "shareholders"}
_JOURNEYS = {"visit", "trip", "tour", "stay", "mission", "stop"}
_PROGRAMMES = {"programme", "program", "schedule", "itinerary"}
_SIDES = {"side", "delegation", "team", "negotiators", "talks"}
# An employer's side told by these words alone is no party until the story names who led it.
UNLED_SIDES = {"management", "managers"}
# Words for an employer's side of talks with a union.
_EMPLOYER_WORDS = {"managers", "management", "bosses", "employers", "operator", "company", "firm"}
_PLURAL_PRONOUNS = {"they", "them", "both"}
# Nouns whose "with" names the other party of the thing itself ("an agreement with the EU").
_RELATIONS = {"agreement", "deal", "accord", "treaty", "pact", "relation", "relations", "tie", "ties",
              "cooperation", "partnership", "dispute", "conflict", "row", "trade", "border", "war", "alliance",
              "contract", "merger", "settlement"}
# Offices that head a government, or a state, under different names.
_HEADS_OF = {"government": {"prime minister", "premier", "chancellor"}, "state": {"president", "king", "emir", "sultan"}}
# Bodies whose president heads no state: "Congress President X", "the European Commission president".
_PRESIDED = {"congress", "senate", "assembly", "parliament", "commission", "council", "bank", "court", "committee",
             "chamber", "board", "club", "association", "league", "party"}
# Bodies told in the plural whose leaders are their sides: "delegations led by A and B".
_LED_PLURALS = {"delegation", "team", "commission", "side", "negotiator", "government"}
_COUNTERPARTS = {"leaders", "ministers", "presidents", "men", "women", "heads", "envoys", "diplomats", "pair", "two"}
_ANY_OFFICE = {"leaders", "heads", "chiefs", "officials", "men", "women", "pair", "two"}


@dataclass
class Roles:
    verb: Token
    parties: list[Party] = field(default_factory=list)
    plural_reference: bool = False
    # Parties named on the object side ("met Y", "talks with Y") and coordinated on the subject
    # side ("X and Y met"); a meeting needs one of the two.
    objects: int = 0
    coordinated: int = 0
    # "X spoke with both leaders": the people named before that the object stands for, each a
    # separate counterpart of X.
    each: list[Party] = field(default_factory=list)
    object_parties: list[Party] = field(default_factory=list)
    reference: Token | None = None  # "the two ministers", "they"
    # "Companies including A, B and C held talks with Y": each listed party met Y on its own.
    listed: list[Party] = field(default_factory=list)
    between: bool = False  # the object side names both sides ("talks between A and B")

    def two_sided(self, trigger: Trigger) -> bool:
        """Whether the parties face each other: an object side, or (for words that can be
        reciprocal) subjects joined by "and" — not two subjects the parser split off one phrase."""
        frame = trigger.frame
        if self.objects:
            # "talks with Russia and Saudi Arabia" names only the other side; "talks between
            # Russia and Saudi Arabia" names both; so does "the accord was signed by A and B",
            # where what was done, not a side, is the subject.
            return len(self.object_parties) < len(self.parties) or self.between or (
                not frame.objects and frame.passive and frame.reciprocal and len(self.object_parties) > 1)
        if trigger.noun and self.verb.lemma_ in frame.shared_verbs:
            # Those who attended or hosted it together did not meet each other by that; two who
            # co-chaired it did ("A and B co-chaired the commission's fourth meeting").
            return co_chaired(self.verb) and self.coordinated > 0
        return frame.reciprocal and self.coordinated > 0

    def add(self, party: Party, is_object: bool) -> bool:
        """Take ``party`` on its side unless it is one already there; whether it was taken."""
        if any(party.normalized == q.normalized for q in self.parties):
            return False
        self.parties.append(party)
        self.objects += is_object
        if is_object:
            self.object_parties.append(party)
        return True


def governing_verb(trigger: Trigger) -> Token:
    """The verb a meeting noun depends on: "held" talks, "engaged in" a conversation, "said" after
    a meeting (through at most two prepositions); the token itself when none is near."""
    t = trigger.token
    if t.pos_ == "VERB":
        return t
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _QUANTITIES:
        t = t.head.head  # "had a series of meetings with Y": what "had" governs
    if t.dep_ == "dobj" and t.head.lower_ == "following" and t.head.dep_ in ("prep", "acl"):
        # "Following talks with Y, X said", "at a news conference following talks with Y": the
        # participle is a preposition, and what it hangs from governs the talks.
        t = t.head.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    elif _object_taken_for_subject(t):
        return t.head.head.head
    elif t.dep_ in ("dobj", "attr", "nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX"):
        return t.head
    elif t.dep_ == "appos" and t.head.dep_ == "dobj" and t.head.ent_type_ == "GPE" and t.head.head.pos_ == "VERB":
        return t.head.head  # "will co-chair the Ethiopia–France consultations": the first state taken for the object
    elif t.dep_ == "pobj" and withdrawn_from(t.head):
        # "pulled out of a meeting with Y": who left it
        return t.head.head.head if t.head.lower_ == "of" else t.head.head
    for _ in range(2):
        if t.dep_ != "pobj" or t.head.lower_ not in _LINKING_PREPS:
            break
        t = t.head.head
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.dep_ == "dobj" and t.lemma_ in _JOURNEYS and t.head.pos_ == "VERB":
            return t.head  # "began his visit to Zambia with talks in Lusaka with Y": who began it
        if (joined := _joined_for(t)) is not None:
            return joined
    return trigger.token


def _joined_for(t: Token) -> Token | None:
    """"will join A and B for dinner": the parser hangs the meal off the last of those joined; the
    verb joining them governs it."""
    objects = [t, *(a for a in t.ancestors if a.dep_ in ("dobj", "conj"))] if t.dep_ in ("dobj", "conj") else []
    verb = next((o.head for o in objects if o.dep_ == "dobj"), None)
    return verb if verb is not None and verb.lemma_ == "join" else None


def _inviters(token: Token, verb: Token) -> list[Token]:
    """Who invited the visitor, and so is the other side of the visit: "visited Windhoek at the
    invitation of X", "will pay a state visit to Namibia at the invitation of X", "accepted an
    invitation from X to visit Dushanbe"."""
    invitations = [i for w in dict.fromkeys((token, verb)) for c in w.children if c.dep_ == "prep" and c.lower_ == "at"
                   for i in c.children if i.dep_ == "pobj" and i.lemma_ == "invitation"]
    if (accepted := accepted_invitation(verb)) is not None:
        invitations.append(accepted)
    return [g for i in invitations for o in i.children if o.dep_ == "prep" and o.lower_ in ("of", "from")
            for g in o.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")]


def accepted_invitation(verb: Token) -> Token | None:
    """The invitation a visit is told through, when its guest accepted it: "accepted an invitation
    to visit Astana", "has accepted an invitation to pay a return visit to Kazakhstan"."""
    invitation = verb.head
    if verb.dep_ == "acl" and invitation.lemma_ == "invitation" and invitation.dep_ == "dobj" and (
            invitation.head.lemma_ == "accept"):
        return invitation
    return None


def _object_taken_for_subject(t: Token) -> bool:
    """"joined by X for talks in Bucharest focused on …": the parser makes the talks the subject of
    the participle after them, and that clause the preposition's object."""
    return t.dep_ == "nsubj" and t.head.dep_ == "pcomp" and t.head.head.lower_ in _LINKING_PREPS and (
        t.head.head.head.pos_ in ("VERB", "AUX"))


def roles(trigger: Trigger, people: People) -> Roles:
    token, verb = trigger.token, governing_verb(trigger)
    found = Roles(verb)
    subjects = [s for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for s in past_dateline(c)]
    if earlier := _subject_of_clause_before(verb, subjects):
        subjects = earlier
    if not subjects and verb.tag_ == "VBG" and verb.i == verb.sent.start:
        # "Holding separate talks with X later that day was Prime Minister Y": the subject comes
        # last, after the "was" the parser hangs above or below the participle.
        be = [verb.head] if verb.dep_ == "csubj" else [c for c in verb.children if c.dep_ == "aux"]
        subjects = [c for b in be if b.lemma_ == "be" for c in b.children if c.dep_ in ("nsubj", "attr") and c.i > b.i]
    if not subjects and verb.pos_ == "VERB" and (last := _apposed_subject(verb, people)) is not None and (
            token.i < last.head.i):
        # "In a call with X, President Y said …": the parser takes Y, right before the verb, for
        # an apposition to X.
        subjects = [last]
    if not subjects:
        subjects = _controller(verb)
    subjects = [w for s in subjects for w in _travellers(s, token)]
    if trigger.noun and [t for t in subjects if t != token] == [] and token.dep_ in ("nsubj", "nsubjpass") and (
            verb.dep_ == "ccomp" and verb.head.lemma_ in ("say", "tell", "describe", "insist")):
        # "X said the talks with Y had been useful": a talk with no subject of its own was the
        # speaker's; a spokesman's was his body's ("Taliban spokesman Z said talks … took place").
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if any(s.i > verb.i and (s.lower_ in GROUPS or any(c.lower_ in ("a", "an") for c in s.children))
               for s in subjects):
            # "…, which had been set for Monday, was cancelled, Vatican officials said", "…, a
            # Senegalese diplomat told AFP": sources
            subjects = []
        if any(w.lower_ in _SPOKESPEOPLE for s in subjects for w in s.subtree):
            subjects = [w for s in subjects for w in s.subtree if w.dep_ in ("compound", "poss")
                        and people.group_at(w) is not None]
    if trigger.noun and token.dep_ == "pobj" and token.head.lower_ in ("after", "following") and token.head.head == verb and (
            verb.dep_ == "ccomp" and verb.head.lemma_ in ("say", "tell")) and not any(
            people.at(s) or people.group_at(s) for s in subjects):
        # "X said relations had entered a new era after talks with Y": the talks were the
        # speaker's, not the relations'.
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects and verb.pos_ == "VERB":
        # The parser lost the subject ("Economy Minister X hosted Y" read as a modifier phrase):
        # a name hanging off the verb on its left is it.
        subjects = [c for c in verb.lefts if c.dep_ in ("npadvmod", "nmod", "dep", "compound", "appos")
                    and (_named_inside(c, people) or ((p := people.at(c)) is not None and not p.group))]
    if not subjects and verb.pos_ == "VERB":
        # "On Friday Tane met Y": the parser takes the name for the day's, under the preposition
        # opening the sentence.
        subjects = [g for c in verb.lefts if c.dep_ == "prep" and c.i == verb.sent.start for g in c.children
                    if g.dep_ == "pobj" and g.pos_ == "PROPN" and any(d.ent_type_ == "DATE" for d in g.lefts)
                    and (p := people.at(g)) is not None and not p.group]
    if not subjects and verb.pos_ == "VERB":
        # "(Back) in Freetown, the agency's director, X, held …": the parser takes the subject for
        # an apposition to the place opening the sentence.
        opening = [p for c in verb.lefts if c.i == verb.sent.start
                   for p in ((c,) if c.dep_ == "prep" else (g for g in c.children if g.dep_ == "prep"))]
        subjects = [a for p in opening for g in p.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC")
                    for a in g.children if a.dep_ == "appos" and (q := people.at(a)) is not None and not q.group][:1]
    if not subjects and verb.dep_ == "amod" and verb.i > 0 and (p := people.at(verb.nbor(-1))) and not p.group:
        subjects = [verb.nbor(-1)]  # "President X hosted …" garbled into a modifier: the name before it
    if not subjects and trigger.noun and verb == token:
        # "X hosted talks with Y" garbled into "hosted" describing the talks: its subject is theirs.
        subjects = [g for c in token.children if c.dep_ == "amod" and c.pos_ == "VERB" and c.i < token.i
                    for g in c.children if g.dep_ in ("nsubj", "npadvmod", "nmod") and g.i < c.i]
    if not subjects and verb.dep_ == "acl" and verb.head.i < verb.i and (verb.tag_ == "VBD" or (
            verb.nbor(-1).text == "," and (p := people.at(verb.head)) is not None and not p.group) or (
            verb.nbor(-1).text == "," and any(g.lower_ in PHONE | VIDEO for c in verb.children if c.dep_ == "agent"
                                              for g in c.children))):
        # "The delegation called on X …" garbled into "the delegation [that was] called"; "X, a
        # career diplomat nicknamed …, called on Y" into a participle after X's apposition; "the
        # two prime ministers, A and B, discussed by phone …", "by phone" taken for an agent.
        subjects = [_relative_antecedent(verb, people) or verb.head]
    if not subjects and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.nbor(-1).text == "," and (
            named := [a for a in verb.head.children if a.dep_ == "appos" and a.i < verb.i
                      and (p := people.at(a)) is not None and not p.group]):
        # "The Minister of Foreign Affairs, X, received in audience …" garbled into an office
        # described by "received": the office's holder named beside it receives.
        subjects = named[:1]
    if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i < verb.i and (
            verb.head.pos_ in ("NOUN", "PROPN")):
        subjects = [verb.head]  # "with a delegation headed by X sitting down with Y": who sits down
    if trigger.frame.reciprocal and len(subjects) == 1 and (joined := _joined_before(subjects[0], people)) is not None:
        subjects.append(joined)
    objects: list[Token] = _inviters(token, verb)
    # "Y was received by X", "she had been hosted in Copenhagen by X": the agent is the other side.
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if trigger.noun and judged(token):
        agents = []  # "Her call was backed by Y": who judged it, not a side to it
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if passive and not agents:
        # "X was shown round the plant by its chief executive, Z", "was hosted for a working lunch
        # by Z": the parser may hang the agent off the place or the occasion; a person there is it.
        agents = [g for o in verb.children if o.dep_ in ("dobj", "pobj") or (o.dep_ == "prep" and o.lower_ in ("at", "in", "for"))
                  for p in o.subtree if p.dep_ == "prep" and p.lower_ == "by" and p.head != verb
                  for g in p.children if g.dep_ == "pobj" and (
                      (q := people.at(g)) is not None and not q.group or any(
                          a.dep_ == "appos" and (r := people.at(a)) is not None and not r.group for a in g.children))]
    if passive and trigger.noun and token.dep_ == "dobj":
        # "X was granted an audience by Y": the agent of the verb whose object the meeting is (hung
        # off the meeting, as often as not).
        objects += agents + [g for c in token.children if c.dep_ == "prep" and c.lower_ == "by"
                             for g in c.children if g.dep_ == "pobj"]
    elif passive and trigger.frame.passive:
        objects += agents
    else:
        participle = verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl") and not any(c.dep_ == "aux" for c in verb.children)
        if agents and not trigger.noun and not trigger.frame.objects and (passive or participle) and not any(
                a.lower_ in PHONE | VIDEO for a in agents):
            # "The session was co-chaired by A and B", "will hold a meeting in Madrid, co-chaired
            # by A and B": what is chaired (or discussed, or signed) is no side, as the object of
            # the active verb would not be, nor is who holds it.
            subjects = []
        subjects += agents
    if trigger.noun and token.dep_ == "dobj" and verb.lemma_ in _GRANTING:
        objects += [c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN")]  # "granted X an audience"
    if trigger.frame.objects:
        # (An "oprd" name: the parser's reading of "called his counterpart X"; a "dep" one after a
        # verb left without an object, of "met Hollins & Vane chairman Sir Geoffrey Pike in London".)
        unattached = not any(c.dep_ == "dobj" for c in token.children)
        objects += [c for c in token.children if c.dep_ in ("dobj", "dative") or (c.dep_ == "oprd" and (
            c.pos_ == "PROPN" or c.lower_ in OFFICES and any(a.dep_ == "appos" for a in c.children))) or (
            unattached and c.dep_ == "dep" and c.pos_ == "PROPN" and c.i > token.i and c.ent_type_ == "PERSON") or (
            # "received in audience this Monday, …, at her office, the Ambassador of X, Y": an
            # object put after the day and the place, taken for a modifier of the verb.
            unattached and c.dep_ == "npadvmod" and c.lower_ in OFFICES and c.i > token.i and c.nbor(-1).lower_ == "the"
            and c.i > 1 and c.nbor(-2).text == "," and (p := people.at(c)) is not None and not p.group)]
        if token.dep_ == "amod" and token.head.pos_ == "PROPN" and token.head.i > token.i:
            # The small model reads "X hosted President Y at …" as "hosted" describing Y (or his title).
            named = token.head
            while named.dep_ in ("compound", "poss") and named.head.i > named.i:
                named = named.head
            objects.append(named)
    if trigger.noun and verb.lemma_ == "join" and token.dep_ == "pobj" and token.head.lower_ in ("in", "for") and (
            token.head.head == verb or _joined_for(token.head.head) == verb) and trigger.frame.name != "trip":
        # "X joined A and B in a video conference": those X joined are its other sides (not "X
        # joined Y in a visit to Sheffield": a trip together).
        objects += [c for c in verb.children if c.dep_ == "dobj"]
    if trigger.frame.objects and token.pos_ == "VERB" and objects:
        objects += dated_objects(token)[1:]
        objects += [c for c in token.children if c.i > token.i and then_met(c) and (p := people.at(c)) is not None
                    and not p.group]  # "met A and then B", the parser joining B to the verb
        objects += [n for o in objects if o.lower_ in ("leaders", "heads", "chiefs") and o.dep_ == "dobj" and not any(
            c.dep_ == "appos" for c in o.children) for n in _named_apart(o)]
    if trigger.frame.objects and token.pos_ == "VERB" and not objects:
        objects += _object_after_day(token, people)
    if objects or trigger.noun:
        objects += met_separately(token, verb)
    if trigger.frame.objects and token.pos_ == "VERB" and not objects and (reported := _object_taken_by_report(token, people)):
        objects.append(reported)
    if trigger.frame.objects and token.pos_ == "VERB" and not objects and (garbled := _subject_taken(token, people)):
        # "Speaking after meeting X, Y said …": the parser makes X the subject of "said" and Y
        # an apposition to X.
        objects.append(garbled[0])
        subjects = [garbled[1]]
    preps = [c for w in trigger.words for c in w.children if c.dep_ == "prep"]
    if trigger.frame.reciprocal:
        # "the three ministers, together with Z, met in Budapest": Z met them.
        preps += [c for s in subjects if _plural_reference(s) for c in s.children if c.dep_ == "prep"
                  and c.lower_ == "with" and any(a.lower_ == "together" for a in c.children)]
    if trigger.frame.topic_preps:
        # (Not "discussed a trade agreement with the EU": that "with" is the agreement's, unless
        # it names a person, "discussed the trade dispute with Premier Y"; nor "discussed a rail
        # link between A and B": a topic's "between" names no side.)
        preps += [c for o in token.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep"
                  and c.lower_ == "with" and (o.lemma_ not in _RELATIONS or trigger.frame.deal_preps or any(
                      g.dep_ == "pobj" and (q := people.at(g)) is not None and not q.group for g in c.children))]
        # ("will co-chair the Ethiopia–France consultations with Y": the parser may take the first
        # state for the object, the topic in apposition to it.)
        preps += [c for o in token.children if o.dep_ == "dobj" and o.ent_type_ == "GPE"
                  for a in o.children if a.dep_ == "appos" and a.lemma_ not in _RELATIONS
                  for c in a.children if c.dep_ == "prep" and c.lower_ == "with"]
        # ("discussed preparations for the summit with Y", the parser hanging Y off the summit: a
        # person named there.)
        preps += [c for o in token.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "prep"
                  for q in a.children if q.dep_ == "pobj" and q.lemma_ not in _RELATIONS
                  for c in q.children if c.dep_ == "prep" and c.lower_ == "with" and any(
                      g.dep_ == "pobj" and (met := people.at(g)) is not None and not met.group for g in c.children)]
        # "discussed the migrants crossing from Hungary by phone with Y": the parser may hang the
        # medium anywhere in the topic; whom it was used with is the other side.
        preps += [c for o in token.children if o.dep_ == "dobj" for m in o.subtree if m.lower_ in PHONE | VIDEO
                  and m.dep_ == "pobj" and m.head.lower_ in ("by", "over", "via")
                  for c in m.children if c.dep_ == "prep" and c.lower_ == "with" and c not in preps]
    if verb != token:
        preps += [c for c in verb.children if c.dep_ == "prep" and (c.lower_ == "with" or (
            c.lower_ == "from" and verb.lemma_ in ("receive", "get", "take")) or (  # "received a call on Monday from Y"
            # (not "The visit was prepared in a telephone call between A and B": the call's)
            c.lower_ == "between" and token.dep_ in ("nsubj", "nsubjpass") and not any(
                w.dep_ == "pobj" and w.pos_ == "NOUN" for w in token.doc[token.i + 1:c.i])) or (
            # "prepared in a telephone call last week between A and B", "followed talks in Seoul
            # last month between A and B": right after the noun, past its day and place
            c.lower_ == "between" and trigger.noun and c.i > token.i and all(
                w.ent_type_ in ("DATE", "TIME", "GPE") or (w.lower_ == "in" and w.head == token)
                for w in token.doc[token.i + 1:c.i])))]
    if trigger.noun:
        # "talks at the presidential palace in Tegucigalpa between A and B": the parser may hang
        # "between" off the venue; right after the venue, it names the talks' sides.
        # (Or off the place the talks "were held" at: the passive's own words come between.)
        held = [verb, *(a for a in verb.children if a.dep_ in ("aux", "auxpass"))] if (
            token.dep_ == "nsubjpass" and verb.lemma_ == "hold") else []
        venues = [c for w in ([token, verb] if held else [token]) for c in w.children
                  if c.dep_ == "prep" and c.lower_ in ("at", "in") and c.i > token.i]
        preps += [c for v in venues for c in v.subtree if c.dep_ == "prep" and c.lower_ == "between" and c not in preps
                  and not any((w.pos_ in ("VERB", "AUX") and w not in held) or w.text == ","
                              for w in token.doc[token.i + 1:c.i])
                  and any(g.dep_ == "pobj" and (q := people.at(g)) is not None and not q.group for g in c.children)]
        # "held talks to discuss the budget with the IMF": whom the talks were with, told in
        # their purpose.
        preps += [c for w in (token, verb) for a in w.children if a.dep_ in ("acl", "advcl", "xcomp")
                  and a.lemma_ in _PURPOSES for c in a.children if c.dep_ == "prep" and c.lower_ == "with"]
    # "talks with A in Kinshasa on Monday and with B in Kigali on Tuesday": the parser may join the
    # second "with" to any preposition of the clause.
    preps += [g for w in dict.fromkeys((token, verb)) for c in w.children if c.dep_ == "prep" for g in c.children
              if g.dep_ == "conj" and g.lower_ == "with" and g not in preps]
    # ("met with A, and later with B": or to the verb itself.)
    preps += [c for w in dict.fromkeys((token, verb)) for c in w.children if c.dep_ == "conj" and c.lower_ == "with" and c not in preps]
    # "held talks on arrival with Y", "met on Monday with Y", "had lunch at Lancaster House with
    # Y": the parser hangs the "with" on the occasion, the day or the named place.
    preps += [g for w in dict.fromkeys((token, verb)) for c in w.children if c.dep_ == "prep" for o in c.children
              if o.dep_ == "pobj" and (o.lower_ in _OCCASIONS or o.ent_type_ in ("DATE", "TIME") or (
                  c.lower_ in ("at", "in") and o.pos_ == "PROPN"))
              for g in o.children if g.dep_ == "prep" and g.lower_ == "with" and g not in preps]
    # "X co-chaired a session of the commission on the bridge with Y": the parser hangs the "with"
    # anywhere in what was chaired (the meeting noun, or the co-chair verb's object).
    chaired = [token] if trigger.noun and token.dep_ == "dobj" and co_chaired(verb) else [
        o for o in token.children if o.dep_ == "dobj"] if not trigger.noun and co_chaired(token) else []
    preps += [w for o in chaired for w in o.subtree if w.dep_ == "prep" and w.lower_ == "with" and w not in preps]
    if trigger.noun:
        # "the next session of the Joint Committee with Y", the parser hanging "with" off the body.
        preps += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                  if o.dep_ == "pobj" for g in o.children if g.dep_ == "prep" and g.lower_ == "with" and g not in preps]
    if trigger.noun:  # ("A meeting scheduled for 19 November with Y")
        preps += [g for a in token.children if a.dep_ == "acl" for c in a.children if c.dep_ == "prep"
                  for o in c.children if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")
                  for g in o.children if g.dep_ == "prep" and g.lower_ == "with" and g not in preps]
    # ("held a meeting by video conference with Y": the "by" may hang off the meeting word.)
    for medium in (g for w in dict.fromkeys((token, verb)) for c in w.children if c.lower_ in _MEDIUM_PREPS for g in c.children):
        preps += [c for c in medium.children if c.dep_ == "prep" and c.lower_ == "with"]
    if trigger.noun and courtesy_call(token):
        # "received the courtesy call of Y": the caller.
        objects += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if trigger.frame.accompanied and _on_trip(token):
        preps = [p for p in preps if p.lower_ != "with"]
    if "with" in trigger.frame.preps:
        # "spoke by phone with X to protest …": the parser reads "with X to protest" as a clause
        # whose subject is X. (Not "…, with the two leaders expected to sign …": an aside on the sides.)
        objects += [s for w in dict.fromkeys((token, verb)) for a in w.children if a.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "with" for m in a.children) and infinitive_to(a) is not None
            for s in a.children if s.dep_ == "nsubj"]
    for prep in preps:
        if prep.lower_ == "with" and "with" in trigger.frame.preps and not any(c.dep_ == "pobj" for c in prep.children) and (
                reported := _object_taken_by_report(prep, people)) is not None:
            objects.append(reported)  # "spoke on Sunday with President Y about …, a spokesman said"
        if trigger.noun and prep.lower_ in trigger.frame.preps and (end := _stranded(prep, people)) is not None:
            # "paid a courtesy call on Lao President Y": the parser may make Y the object of "paid"
            # (and "Lao" all there is on "on").
            objects += [o for o in verb.children if o.dep_ == "dobj" and o.left_edge.i == end]
        if prep.lower_ in trigger.frame.preps or prep.lower_ == "and":
            objects += [c for c in prep.children if c.dep_ == "pobj"]
            objects += [w for c in prep.children if c.dep_ == "pobj" for w in _listed_with_name(c, people)]
            found.between = found.between or prep.lower_ in ("between", "and")
        if prep.lower_ == "between":
            # Everyone "between" names is a side, wherever the parser hung their names.
            listed = [w for w in _members(prep, people) if not any(
                a.dep_ in ("relcl", "acl", "advcl") for a in w.ancestors if a.i > prep.i)]
            objects += listed if len(listed) != 1 else listed + [w for w in _named_up_to_verb(prep, people) if (
                people.at(w) is not people.at(listed[0]))]
    if trigger.noun:
        # "A meeting of the two countries' agriculture ministers, A of Ghana and B of Côte
        # d'Ivoire": the officials named beside the plural are its sides.
        # (The parser may hang the names on the meeting itself.)
        plurals = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                   if o.dep_ == "pobj" and o.tag_ == "NNS"]
        apposed = [a for o in plurals for h in ((o, token) if o.lower_ in _COUNTERPARTS else (o,))
                   for a in h.children if a.dep_ == "appos"]
        # (Or set off right after the plural, whatever the parser hung them from: as if more of
        # the plural, or the meeting's apposition.)
        apposed += [a for o in plurals if o.nbor(1).text == "," for a in (
            *o.conjuncts, *(a for a in token.children if a.dep_ == "appos" and a.left_edge.i == o.i + 2))]
        if len(named := _persons_among((w for a in apposed for w in a.subtree), people)) >= 2:
            objects += named
            found.between = True
    if trigger.noun and trigger.frame.name == "talks":
        # "is in talks to buy rival Y", "talks to sell its stake to Y", "to merge with Y": the
        # deal's other party is the other side.
        deals = [a for a in token.children if a.dep_ == "acl" and a.lemma_ in _DEALS]
        objects += [o for a in deals for o in a.children if o.dep_ == "dobj"]
        objects += [g for a in deals for p in a.children if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "with")
                    for g in p.children if g.dep_ == "pobj"]
        # (Or "talks about a possible takeover of Y": the firm to be bought, where no one else is named.)
        if not any(p.lower_ in ("with", "between") for p in preps):
            objects += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("about", "on", "over")
                        for o in c.children if o.dep_ == "pobj" and o.lemma_ in _TAKEOVERS
                        for of in o.children if of.dep_ == "prep" and of.lower_ == "of"
                        for g in of.children if g.dep_ == "pobj"]
    if "for" in trigger.frame.preps:
        # "a banquet in honour of X" is a banquet for X (wherever the parser hung "in" and "of").
        doc = token.doc
        objects += [g for h in verb.subtree if h.lower_ in ("honour", "honor") and 0 < h.i < len(doc) - 1
                    and doc[h.i - 1].lower_ == "in" and doc[h.i + 1].lower_ == "of"
                    for g in doc[h.i + 1].children if g.dep_ == "pobj"]
    if trigger.noun:
        # "a dinner at Lancaster House hosted by the Foreign Secretary": the host was at the table.
        # (The parser may hang it off the place: "at Lancaster House hosted by".)
        # (Said at one by someone else, the host comes after whom he addressed: below.)
        addressed = token.dep_ == "pobj" and token.head.lower_ in ("at", "during", "over") and verb.lemma_ in _ADDRESSING
        objects += [g for acl in token.subtree if not addressed and acl.dep_ == "acl" and acl.lemma_ in ("host", "give")
                    and acl.i > token.i for a in acl.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        # "hosted the talks, which were attended by A and B": who attended were at the table; so
        # were the two who co-chaired a commission's meeting.
        objects += [g for c in token.children if c.dep_ in ("relcl", "acl") and c.lemma_ == "attend"
                    for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        # "a meeting of the joint commission, which was to be co-chaired by A and B": the co-chairs
        # are both sides (read off the word order: the parser hangs the clause anywhere).
        chairing = [c for c in token.doc[token.i + 1:min(token.i + 25, token.sent.end)] if co_chaired(c)]
        chairs = [name for c in chairing if c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "by"
                  for name in _named_after(c.doc[c.i + 1])]
        # ("… the joint commission, which A and B were due to co-chair": the clause's subjects.)
        # (The parser may make "co" the verb of "which they co-chair": read so of a joint body's name.)
        chairs += [g for c in chairing if (v := chairing_clause(c, split=trigger.entry.chaired)).dep_ == "relcl"
                   and v.head in token.subtree
                   for s in v.children if s.dep_ == "nsubj" for g in (s, *s.conjuncts)]
        if not chairs and not any(w.dep_ == "pobj" and w.head.lower_ in ("with", "between") for w in token.subtree):
            chairs = _chairs_told_next(token)
        objects += chairs
        # "the summit that was to bring A and B together": whom it was to bring together are its sides.
        brought = [g for v in token.subtree if v.lemma_ == "bring" and v.i > token.i and v.dep_ in ("xcomp", "relcl", "acl")
                   and any(w.lower_ == "together" for w in v.subtree) and any(c.dep_ == "aux" for c in v.children)
                   for o in v.children if o.dep_ == "dobj" for g in (o, *o.conjuncts)]
        objects += brought if len(brought) >= 2 else []
        found.between = found.between or bool(chairs) or len(brought) >= 2
    if trigger.noun and token.dep_ == "pobj" and token.head.lower_ in ("at", "during", "over", "in") and (
            verb.lemma_ in _ADDRESSING):
        # "At a dinner hosted by Z, X told Y …": whom X addressed there was at the table, and so
        # was the host; "In a phone call, X thanked Y": on the line.
        objects += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        objects += [g for acl in token.children if acl.dep_ == "acl" and acl.lemma_ == "host"
                    for a in acl.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    if trigger.noun and token.dep_ == "dobj" and verb.lemma_ == "host":
        # "Z hosted a dinner where X told Y …": whoever spoke there was at Z's table (wherever the
        # parser hung the "where" clause).
        told = [w for w in token.sent if w.i > token.i and w.dep_ == "relcl" and w.lemma_ in _ADDRESSING
                and any(c.lower_ == "where" for c in w.children)]
        objects += [c for w in told[:1] for c in w.children if c.dep_ in ("nsubj", "dobj", "dative")]
    if trigger.noun and token != verb and token.dep_ not in ("dobj", "pobj") and not _object_taken_for_subject(
            token) and not any(p.lower_ == "with" for p in preps):
        subjects = []
    subjects += [c for c in token.children if c.dep_ == "poss"]
    if trigger.frame.name == "trip" and not subjects and token.dep_ != "pobj" and any(
            c.lower_ == "return" and c.dep_ in ("amod", "compound") for c in token.children):
        # "A return visit by X to Oslo has been pencilled in": the traveller, returning the host's
        # welcome (where the visit is no one's time: "during a return visit by X" is the verb's
        # subject's business).
        subjects += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "by"
                     for g in c.children if g.dep_ == "pobj" and people.at(g) is not None]
    if trigger.noun and not subjects:
        # "A meeting of the two presidents in Dushanbe … has been postponed": the ones it was of.
        subjects += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                     if o.dep_ == "pobj" and _plural_reference(o)]
    if trigger.noun and not found.between and (pair := _hyphenated(token, people)):
        # "the Purnomo-Colebrook summit", "the Blair–Bush talks": both sides before the noun.
        for party in pair:
            found.add(party, False)
        found.coordinated += 1
    if not trigger.noun and trigger.frame.objects and len(subjects) > 1 and any(s.i < verb.i for s in subjects) and (
            after := [s for s in subjects if s.i > verb.i and s.dep_ == "nsubj"]) and not any(
            c.dep_ == "dobj" for c in verb.children):
        # "The secretary, X, saw Mr Hartley and Sir Paul separately": the parser may take the
        # object after the verb for a second subject.
        subjects = [s for s in subjects if s not in after]
        objects += after
    # "Huber and Slovak Prime Minister Kovac met": the parser may make both names subjects of the
    # verb instead of joining them; an "and" hanging off the first still joins them.
    split = len(subjects) > 1 and any(c.dep_ == "cc" for c in subjects[0].children)
    stack = [(t, False, split and n > 0) for n, t in enumerate(subjects)] + [(t, True, False) for t in dict.fromkeys(objects)]
    subject_words: list[int] = []
    listed_countries: set[int] = set()
    while stack:
        t, is_object, joined = stack.pop(0)
        if t.i in listed_countries:
            continue
        if (not is_object or t.head.lower_ == "between") and len(leaders := _led_each(t, people)) > 1:
            # "Tajik and Kyrgyz delegations led by A and B held talks", "the two commissions,
            # headed by A and B, met": each leader is a side.
            for p in leaders:
                found.coordinated += found.add(p, is_object) and not is_object
            found.between = found.between or is_object
            continue
        if is_object and not found.each and (each := _counted(t, people, found.parties)):
            found.each = each
            found.objects += len(each)
            continue
        if _plural_reference(t) and (bodies := people.bodies_before(t) or _sides_before(t, people)):
            # "the two sides had agreed to reopen talks": the bodies named last.
            for body in bodies:
                found.coordinated += found.add(body, is_object) and not is_object
            found.between = found.between or is_object
            continue
        if t.lower_ == "they" and not is_object and len(pair := _pair_above(t, people)) == 2:
            # "X raised the issue with Y when they met in Geneva": "they" are X and Y.
            for p in pair:
                found.coordinated += found.add(p, False)
            continue
        if t.lower_ == "they" and not is_object and len(named := _named_subject_above(t, people)) >= 2:
            # "Two of Britain's biggest labels, A and B, have confirmed they are in talks": the
            # bodies the subject above names.
            for p in named:
                found.coordinated += found.add(p, False)
            continue
        if t.lower_ == "they" and not is_object and len(pair := _pair_told_before(t, people)) == 2:
            # "It is not the first time the two firms have been linked. They held talks …": the
            # pair the sentence before spoke of.
            for p in pair:
                found.coordinated += found.add(p, False)
            continue
        if t.lower_ == "they" and not is_object and len(named := _people_above(t, people)) >= 2:
            # "A, B and C travelled to Kyiv, where they met Z": "they" are the travellers.
            for p in named:
                found.coordinated += found.add(p, False)
            continue
        if t.lower_ in _PLURAL_PRONOUNS and (body := _plural_subject_above(t)) is not None:
            # "EU foreign ministers will discuss the plan when they meet": "they" are that body.
            if (party := people.group_at(body)) is not None:
                found.add(party, is_object)
            continue
        if _plural_reference(t) and len(named := _named_after_office(t, people)) == (
                reference_count(t) or _counted_in_complement(t)) >= 2:
            # "The two heads of state, A and President B, held talks": the names set off after
            # the office, which the parser hangs inside it.
            for p in named:
                found.coordinated += found.add(p, is_object)
            continue
        if t.lower_ in _PLURAL_PRONOUNS or _plural_reference(t):
            found.plural_reference = True
            found.reference = found.reference or (not is_object and _reference_above(t)) or t
            continue
        if not is_object and not found.listed and (listed := _included(t, people)):
            for p in listed:
                found.add(p, False)
            found.listed = listed
            continue
        if not is_object and t.lower_ in ("who", "that") and t.head.dep_ == "relcl" and t.head.head.conjuncts:
            # "the two ministers, A and B, who met in Oshakati": the relative clause is said of both.
            stack.extend((c, False, True) for c in sorted((t.head.head, *t.head.head.conjuncts), key=lambda c: c.i))
            continue
        if not is_object and t.lower_ in ("who", "that") and t.head.dep_ == "relcl" and (
                listed := people.listed_up_to(t.head.head)):
            # The same, with the list garbled by the parser: the clause follows its last name.
            for p in listed:
                found.coordinated += found.add(p, False)
            continue
        if (listed := people.shared_at(t)) and not any(people.at(c) in listed for c in t.conjuncts):
            # "hosted her Syrian and Lebanese counterparts, X and Y": the office the list shares
            # stands for the people named, wherever the parser hung their names.
            for p in listed:
                found.coordinated += found.add(p, is_object) and not is_object
            continue
        if in_dateline(t):
            # "SHENZHEN, China, Nov 12 - X and Y held …": the parser may hang the parties off the
            # dateline's place; they are read, the place is not.
            stack.extend((c, is_object, joined) for c in t.children if c.dep_ in ("conj", "appos"))
            continue
        if _private(t) or (trigger.frame.places_are_destinations and is_object and _destination(t, people)):
            continue  # "visits Manchester, Liverpool and Leicester": places, not parties
        if is_object and t.dep_ in ("dobj", "pobj") and any(c.dep_ == "case" for c in t.children):
            continue  # "called Elliott's for a quote": a shop, named by its owner
        party = _resolve(t, people) or _named_inside(t, people)
        if party is not None and party.group and (named := named_before_office(t, people)) is not None:
            party = named  # "met with X, secretary of Iran's Security Council", "Council" taken for the object
        if is_object and t.lower_ in _OBJECTIVE and party is not None and any(party is p for p in found.parties) and (
                t.head.tag_ == "VB" and not any(c.dep_ in _SUBJECTS for c in t.head.children)):
            # "X said she spoke with Y and would travel to Ottawa to meet her": not the side who
            # meets (the traveller, "to meet" having no subject of its own), so the other person
            # the sentence named before.
            party = next((p for j, p in reversed(people.mentioned_before(t.i)) if j >= t.sent.start and not p.group
                          and not any(p is q for q in found.parties)), party)
        if party is not None and party.group and party.name.lower().rsplit(" ", 1)[-1] in DOCUMENTS:
            continue  # "talks with X on … the proposed Digital Economy Framework Agreement"
        if (party is None or (party.group and t.lower_ in _COUNTERPARTS)) and not is_object and (
                leaders := _leaders_of(t, people)):
            for p in leaders:
                found.coordinated += found.add(p, False)
            # (The countries the parser made subjects of their own are theirs, no sides.)
            listed_countries.update(w.i for country in _countries_of(t) for w in country)
            continue
        if party is not None and party.group and t.lower_ in GROUPS and (members := _members(t, people)):
            # "the foreign ministers of A and B, X and Y": X and Y are the parties.
            if t.lower_ in _GOVERNING_BODIES and all(m.i < t.i for m in members):
                # ("between X and Brightwater executives", garbled into X's own executives: both.)
                found.add(party, is_object)
            stack.extend((m, is_object, True) for m in members)
            continue
        more = people.groups_at(t)[1:] if party is not None and (party.group or people.unnamed(party)) else []
        if party is not None and not more and plural_office(t) is not None and (holders := people.groups_at(t)) and (
                holders[0] is party):
            more = holders[1:]  # "the prime ministers of A and B", each named before
        for i, p in enumerate(x for x in (party, *more) if x is not None):
            if not _affiliation(p, found.parties) and found.add(p, is_object) and not is_object:
                subject_words.append(t.i)
            if not is_object and (joined or i > 0):
                found.coordinated += 1
        # A title word stands for the name compounded with it ("Commissioner … Aaltonen"); a
        # thing does not ("received three Oscar nominations").
        wanted = ("conj", "appos") if party or not (t.is_title or t.lower_ in OFFICES) else (
            "conj", "appos", "compound")
        if party is not None and any(c.dep_ == "cc" for c in t.subtree):
            # The small model often garbles "hosted A and B" (or "A and B held talks") into B with A
            # hanging off it as a modifier; with a coordinator in the phrase, a person there is
            # another party, joined to B.
            wanted += ("nmod",)
        if party is not None and not party.group:
            # "X of France and Y of Germany": the parser joins Y to X's country.
            stack.extend((g, is_object, True) for of in t.children if of.dep_ == "prep" and of.lower_ == "of"
                         for place in of.children if place.ent_type_ == "GPE" or country_code(place.text)
                         for g in place.children
                         if g.dep_ == "conj" and (q := people.at(g)) is not None and not q.group)
        if party is None and t.lower_ in OFFICES:
            # "The head of the International Monetary Fund, Rodrigo Rato, met …", "met his counterpart
            # at France Telecom, Thierry Breton", "The UN envoy to Burundi, X, held talks": the parser
            # hangs the name off the body or the place instead of the office (and the "at" off the
            # verb).
            right = [t.nbor()] if t.i + 1 < len(t.doc) and t.nbor().dep_ == "prep" else []
            stack.extend((a, is_object, joined) for of in [*t.children, *right] if of.dep_ == "prep"
                         and of.lower_ in ("of", "at", "from", "to") for body in of.children if body.dep_ == "pobj"
                         for a in body.children if a.dep_ == "appos" and people.at(a) is not None)
        # "General Motors (GM)": a name in brackets is another name for the same party.
        stack.extend((c, is_object, joined or c.dep_ in ("conj", "nmod")) for c in t.children
                     if c.dep_ in wanted and not (c.dep_ == "appos" and c.i > 0 and c.nbor(-1).text == "("))
        if "nmod" in wanted:
            # … or deeper, under the second party's title ("army chief A and militia commander B").
            stack.extend((c, is_object, True) for c in t.subtree if c.dep_ == "nmod" and c.head.dep_ == "compound"
                         and c.head.head == t)
    if not found.coordinated and len(subject_words) > 1 and any(
            w.lower_ == "and" and w.dep_ == "cc" for w in token.doc[min(subject_words):max(subject_words)]):
        # "X and Guatemalan Foreign Minister Y agreed": the parser hung Y off X, not off the "and".
        found.coordinated = 1
    # ("Peru and Bolivia agreed … after talks between their interior ministers": the states come
    # first, their ministers after.)
    found.parties = [p for p in found.parties if not (
        p.group and p.country and country_code(p.name) == p.country and p not in found.object_parties
        and any(people.unnamed(q) and q.country == p.country for q in found.parties))]
    return found


def _chairs_told_next(sitting: Token) -> list[Token]:
    """"A session of the joint commission set for Thursday has been postponed. Interior ministers
    A and B were to have co-chaired it": the co-chairs of a sitting the next sentence points back
    to (as "it", or "the session") are its sides."""
    after = sentence_after(sitting.sent)
    if after is None:
        return []
    for verb in (t for t in after if co_chaired(t) and t.pos_ == "VERB"):
        chaired = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(c.lower_ == "it" or (c.lemma_ == sitting.lemma_ and any(d.lower_ == "the" for d in c.children))
               for c in chaired):
            named = [c for c in chairing_clause(verb).children if c.dep_ == "nsubj"] + [
                g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
            # ("Interior ministers A of Tunisia and B of Algeria": the names in apposition.)
            named = [next((a for a in n.children if a.dep_ == "appos"), n) for n in named]
            return [g for n in named for g in (n, *n.conjuncts)]
    return []


def _travellers(subject: Token, token: Token) -> list[Token]:
    """"Mr Brown's visit to Tanzania included talks with Y", "X's programme also included an
    audience with Y": whose trip (or programme) a subject is, or the subject itself."""
    if subject.lemma_ in _JOURNEYS | _PROGRAMMES and subject != token:
        return [c for c in subject.children if c.dep_ == "poss"] or [subject]
    return [subject]


def _on_trip(token: Token) -> bool:
    """"on a visit", "on a number of visits": told of someone travelling, with company or not."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _QUANTITIES:
        token = token.head.head
    return token.dep_ == "pobj" and token.head.lower_ == "on"


def _verb_above(clause: Token) -> Token:
    """The verb a "when they" or "where they" clause is told under, which the parser may hang on a
    name or a place on the way: "…, Y, when they met", "to Kyiv, where they met"."""
    above = clause.head
    while above.pos_ not in ("VERB", "AUX") and above.head != above:
        above = above.head
    return above


def _pair_above(t: Token, people: People) -> list[Party]:
    """The subject and the "with" object of the clause a "when they met" clause hangs from."""
    clause = t.head
    if clause.dep_ not in ("advcl", "relcl") or not any(c.lower_ in ("when", "as", "while") for c in clause.children):
        return []
    above = _verb_above(clause)
    subject = next((p for c in above.children if c.dep_ == "nsubj" and (p := _resolve(c, people))), None)
    other = next((p for c in above.children if c.dep_ == "prep" and c.lower_ == "with"
                  for g in c.children if g.dep_ == "pobj" and (p := _resolve(g, people))), None)
    return [subject, other] if subject is not None and other is not None and subject is not other else []


def _named_subject_above(t: Token, people: People) -> list[Party]:
    """The names set off beside the plural subject of the verb a "they" clause is said under:
    "Two of Britain's biggest labels, A and B, have confirmed they …"."""
    clause = t.head
    if t.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.lemma_ not in REPORTING | {"confirm", "admit", "deny"}:
        return []
    subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.tag_ == "NNS" or subject.like_num):
        return []
    # (The parser may hang the names off the plural "of" names: "two of X's biggest labels".)
    described = [subject, *(g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                            for g in c.children if g.dep_ == "pobj")]
    names = [w for d in described for c in d.children if c.dep_ in ("appos", "conj")
             for w in (c, *c.conjuncts) if w not in described]
    return list({id(p): p for w in sorted(set(names), key=lambda w: w.i) if (p := _resolve(w, people)) is not None}.values())


# Verbs of going somewhere, whose travellers a "where they" clause goes on about.
_GOING = {"travel", "fly", "go", "head", "arrive", "come", "return", "drive", "sail", "move", "stop"}


def _people_above(t: Token, people: People) -> list[Party]:
    """The people named as the subject of the clause a "where they" or "when they" clause hangs
    from: "A, B and C travelled to Kyiv, where they met Z"; "The three leaders, A, B and C, …"."""
    clause = t.head
    if t.dep_ != "nsubj" or clause.dep_ not in ("relcl", "advcl"):
        return []
    above = _verb_above(clause)
    subject = next((c for c in above.children if c.dep_ == "nsubj"), None)
    if subject is None or above.lemma_ not in _GOING:
        return []  # ("A and B last met in May, when they agreed …": the pair of the meeting told)
    words = [subject, *subject.conjuncts, *(w for a in subject.children if a.dep_ == "appos" for w in (a, *a.conjuncts))]
    named = [p for w in sorted(set(words), key=lambda w: w.i) if (p := people.at(w)) is not None and not p.group]
    return list({id(p): p for p in named}.values())


def _pair_told_before(t: Token, people: People) -> list[Party]:
    """The two bodies a sentence-opening "They" continues from: those "the two firms" (or "both
    sides") stood for as a subject of the sentence before."""
    if t.i != t.sent.start or (before := sentence_before(t.sent)) is None:
        return []
    return next((pair for w in before if w.dep_ in ("nsubj", "nsubjpass") and _plural_reference(w)
                 and len(pair := people.bodies_before(w) or _sides_before(w, people, any_bodies=True)) == 2), [])


def _sides_before(t: Token, people: People, any_bodies: bool = False) -> list[Party]:
    """"X has made an offer for Y. The two sides have been in talks …": with no pair joined by
    "and", the subject and the object of the sentence before (for ``any_bodies``, "the two firms"
    too: as a "They" after it takes them)."""
    if reference_count(t) != 2 or (t.lower_ not in BODY_REFERENCES if any_bodies else t.lower_ != "sides") or (
            t.sent.start == 0):
        return []
    root = t.doc[t.sent.start - 1].sent.root
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    joined = [p for w in subjects for c in (w, *w.conjuncts) if (p := _resolve(c, people))]
    if len(joined) == 2 and joined[0] is not joined[1]:
        return joined  # "A and B met at the ministry on Thursday. Both sides …": the pair met.
    objects = [c for c in root.children if c.dep_ == "dobj"]
    # "an offer for Y", not where they were ("met at the ministry on Thursday").
    preps = [p for w in (root, *objects) for p in w.children if p.dep_ == "prep" and p.lower_ not in ("at", "in")]
    objects += [g for p in preps for g in p.children if g.dep_ == "pobj"]
    pair = [next((p for w in subjects if (p := _resolve(w, people))), None),
            next((p for w in objects if (p := _resolve(w, people))), None)]
    return pair if None not in pair and pair[0] is not pair[1] else []


def _named_after_office(t: Token, people: People) -> list[Party]:
    """The people named right after a plural office and its "of" ("the two heads of state, A and
    B", "the two chiefs of staff, A and B", "the presidents of the two countries, A and B"), set
    off by commas."""
    doc = t.doc
    comma = next((i for i in range(t.i + 2, min(t.i + 7, len(doc))) if doc[i].text == ","), None)
    if comma is None or doc[t.i + 1].lower_ != "of" or any(w.pos_ in ("VERB", "AUX") for w in doc[t.i + 2:comma]):
        return []
    end = next((w.i for w in doc[comma + 1:t.sent.end] if w.text == "," or w.pos_ in ("VERB", "AUX")), t.sent.end)
    names = [w for w in doc[comma + 1:end] if w.i + 1 == end or doc[w.i + 1].lower_ == "and"]
    found = [people.at(w) for w in names]
    return [p for p in found if p is not None and not p.group] if len(names) >= 2 else []


def _counted_in_complement(t: Token) -> int:
    """How many the states an office is "of" count ("the presidents of the two countries": 2)."""
    return next((reference_count(g) for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and g.lower_ in BODY_REFERENCES), 0)


def _named_apart(described: Token) -> list[Token]:
    """"met the leaders of the Liberal party and the Moderates, A and B, at …": the names set off
    after the plural, which the parser hung on the verb."""
    comma = described.right_edge.i + 1
    if comma >= len(described.doc) or described.doc[comma].text != ",":
        return []
    return _named_after(described.doc[comma])


def dated_objects(verb: Token) -> list[Token]:
    """"called A on Saturday and B on Sunday", "meet A at the Government Office and B at the
    National Council": the verb's object, and each the parser joined to the day or the place told
    before it (an office or a name, not another day; after a place, an office or a person, not
    another place)."""
    first = [c for c in verb.children if c.dep_ in ("dobj", "oprd")][:1]
    later = [g for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj" for g in o.conjuncts
             if (o.ent_type_ in ("DATE", "TIME") and g.ent_type_ not in ("DATE", "TIME") and (
                 g.pos_ == "PROPN" or g.lower_ in OFFICES)) or (
                 c.lower_ in ("at", "in") and (g.lower_ in OFFICES or g.ent_type_ == "PERSON"))]
    return first + later if first and later else []


def met_separately(token: Token, verb: Token) -> list[Token]:
    """"met X and, separately, opposition leaders", "held talks with X and, separately, with Y":
    the side set off after "separately", which the parser hangs off the verb (or a verb before)
    as a modifier, or joins to the verb with the adverb its own."""
    doc = token.doc
    joined = [c for t in {token, verb} for c in t.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
              and any(a.lower_ == "separately" and a.dep_ == "advmod" for a in c.children)]
    if joined:
        return joined[:1]
    for adverb in (c for t in {token, verb} for c in t.children if c.lower_ == "separately" and c.dep_ == "advmod"):
        if not (adverb.i + 2 < adverb.sent.end and doc[adverb.i - 1].text == "," and doc[adverb.i + 1].text == ","):
            continue
        first = doc[adverb.i + 2]
        if first.lower_ == "with" and first.dep_ == "prep":
            return [g for g in first.children if g.dep_ == "pobj"]
        head = first
        while head.head.i > adverb.i and head.head != head:
            head = head.head
        return [head] if head.pos_ in ("NOUN", "PROPN") else []
    return []


def _object_after_day(verb: Token, people: People) -> list[Token]:
    """"received at Bayan Palace on Monday Senegal's Foreign Minister Y": an object put after the
    day or the place, which the parser runs into it ("on [Monday … Y]", "on [Monday … Minister] of … Y", or Y's
    title in apposition to the day)."""
    found = []
    for day in (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"):
        if (day.ent_type_ == "PERSON" or day.lower_ in OFFICES) and any(
                d.ent_type_ == "DATE" and d.i < day.i for d in day.subtree):
            words = [day]
        elif day.ent_type_ == "DATE":
            words = [a for a in day.children if a.dep_ == "appos" and a.lower_ in OFFICES]
        else:
            words = []
        found += [w for w in words if (q := people.at(w)) is not None and not q.group]
    # "received in audience at the Ministry the Ambassador of Ghana, Y": put after the place, the
    # object hung on it as an apposition.
    found += [a for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in") for g in c.children
              if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for a in g.children
              if a.dep_ == "appos" and a.lower_ in OFFICES and (q := people.at(a)) is not None and not q.group]
    if not found:
        # "received today at the Government Palace in the Kasbah Libyan Minister of Health Y": the
        # parser hangs the guest off the place's own place.
        found += [w for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in") for w in c.subtree
                  if w.dep_ == "pobj" and w.head.lower_ in ("at", "in") and w.head.head.dep_ == "pobj"
                  and w.ent_type_ not in ("GPE", "LOC", "FAC", "ORG") and (q := people.at(w)) is not None
                  and not q.group][:1]
    if not found:
        # "received at the Amiri Diwan yesterday Sayyid Talal …, Minister of …": past the place and
        # the day, a name the parser hung anywhere but on the verb.
        doc, passed = verb.doc, {w.i for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in", "on")
                                 for w in c.subtree}
        i = verb.i + 1
        while i < verb.sent.end and (i in passed or doc[i].ent_type_ in ("DATE", "TIME") or doc[i].lower_ in _TODAY_WORDS):
            i += 1
        if verb.i + 1 < i < verb.sent.end and (q := _resolve(doc[i], people)) is not None and not q.group:
            found.append(doc[i])
    return found


# Days an object may come after: "received yesterday X".
_TODAY_WORDS = {"yesterday", "today"}


def _stranded(prep: Token, people: People) -> int | None:
    """Where the words a preposition should govern begin, when the parser left it with no object
    or with one lone word that names no one; else None."""
    held = [c for c in prep.children if c.dep_ == "pobj"]
    if not held:
        return prep.i + 1
    if len(held) == 1 and held[0].i == prep.i + 1 and not any(held[0].children) and people.at(held[0]) is None:
        return prep.i + 2
    return None


def _object_taken_by_report(verb: Token, people: People) -> Token | None:
    """"… where he met Egyptian Foreign Minister Y, Egypt's foreign ministry said": the name right
    after an object-less meeting verb (or an object-less "with"), parsed as the subject of the
    reporting verb after it."""
    doc = verb.doc
    for w in doc[verb.i + 1:min(verb.i + 12, verb.sent.end)]:
        if w.pos_ in ("VERB", "AUX") or (w.dep_ == "punct" and w.text != "-"):
            return None
        if w.dep_ == "nsubj" and w.head.i > w.i and w.head.lemma_ in REPORTING and (
                (q := people.at(w)) is not None and not q.group and all(t.head.i == w.i or t.head.head.i == w.i for t in doc[verb.i + 1:w.i])):
            return w
    return None


def _subject_taken(token: Token, people: People) -> tuple[Token, Token] | None:
    """(object, subject) when the name after an object-less meeting verb was parsed as the
    subject of a later verb, and the real subject as an apposition right before that verb."""
    doc = token.doc
    named = next((w for w in doc[token.i + 1:min(token.i + 8, token.sent.end)] if w.dep_ == "nsubj"), None)
    if named is None or named.head.i <= named.i or named.head == token or people.at(named) is None:
        return None
    last = _apposed_subject(named.head, people)
    return (named, last) if last is not None and last.head == named else None


def _relative_antecedent(verb: Token, people: People) -> Token | None:
    """"X, who was greeted at the airport by Y, called on Z": the parser makes the verb describe Y,
    the last words of the relative clause set off before it; the clause's antecedent, X, is its
    subject."""
    clause = next((a for a in verb.ancestors if a.dep_ == "relcl"), None)
    if clause is None or verb.nbor(-1).text != "," or clause.left_edge.lower_ not in ("who", "whom", "whose"):
        return None
    named = clause.head
    return named if named.i < clause.left_edge.i and verb.doc[clause.left_edge.i - 1].text == "," and (
        (p := people.at(named)) is not None and not p.group) else None


def _apposed_subject(verb: Token, people: People) -> Token | None:
    """A person's name right before ``verb`` that the parser hung as an apposition to an earlier
    name: the verb's real subject, in the garbles above."""
    last = verb.doc[verb.i - 1] if verb.i > 0 else None
    return last if last is not None and last.dep_ == "appos" and last.head.i < last.i and (
        people.at(last) is not None) else None


def _hyphenated(token: Token, people: People) -> list[Party]:
    """The two people (or states) joined by a dash right before a meeting noun, past at most two
    lowercase words ("the Sato-Lee trade talks")."""
    doc, j = token.doc, token.i - 1
    while j > token.i - 3 and j >= 0 and doc[j].is_lower and doc[j].dep_ in ("compound", "amod"):
        j -= 1
    if j < 2 or doc[j - 1].text not in DASHES:
        return []
    pair = [_side_named(doc[j - 2], people), _side_named(doc[j], people)]
    return pair if None not in pair and pair[0] is not pair[1] else []


def _side_named(t: Token, people: People) -> Party | None:
    if t.pos_ != "PROPN":
        return None
    party = people.at(t)
    if party is not None and not party.group:
        return party
    code = country_code(t.text)
    return Party(t.text, None, code, group=True) if code and t.ent_type_ == "GPE" else None


def _named_inside(t: Token, people: People) -> Party | None:
    """The person named inside a phrase the parser split ("European Commissioner for Enlargement
    X", "the office of Foreign Minister Y"): the first one, outside clauses of its own."""
    if t.pos_ not in ("PROPN", "NOUN") or (t.pos_ == "NOUN" and t.lower_ not in _PLACES_OF):
        return None
    stack = list(t.children)
    while stack:
        c = stack.pop(0)
        if c.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj", "cc"):
            continue
        party = people.at(c)
        if party is not None and not party.group:
            return party
        stack.extend(c.children)
    return None


def _members(t: Token, people: People) -> list[Token]:
    """The name tokens of the people a group phrase lists (one token per person)."""
    return _persons_among((w for w in t.subtree if w != t and w.dep_ != "compound"), people)


def _persons_among(words: Iterable[Token], people: People) -> list[Token]:
    """The first word of each person (not body) named among ``words``, in order."""
    seen: dict[int, Token] = {}
    for w in words:
        if (p := people.at(w)) is not None and not p.group:
            seen.setdefault(id(p), w)
    return list(seen.values())


def _listed_with_name(described: Token, people: People) -> list[Token]:
    """"with his Spanish counterpart, X, and Gibraltar's Chief Minister, Y": who is listed with the
    name of a side told first by its office, when the parser hung that name away from it."""
    party = people.at(described)
    if party is None or described.pos_ == "PROPN" or any(c.dep_ == "appos" for c in described.children):
        return []
    doc = described.doc
    name = next((w for w in doc[described.i + 1:min(described.i + 8, described.sent.end)]
                 if people.at(w) is party and w.pos_ == "PROPN" and w.dep_ != "compound"), None)
    if name is None or name.head == described:
        return []
    # (An official, as the first is: not "… and members of his staff")
    return [w for w in name.conjuncts if (p := people.at(w)) is not None and not p.group and is_official(p.title)]


def _named_up_to_verb(between: Token, people: People) -> list[Token]:
    """The people named after "between" up to the next verb, read off the word order when the
    parser hung the second elsewhere ("a meeting between X's minister of production, foreign trade
    and fisheries, A, and Colombian Trade Minister B, scheduled for Friday")."""
    words = between.doc[between.i + 1:between.sent.end]
    return _persons_among(takewhile(lambda w: w.pos_ not in ("VERB", "AUX"), words), people)


# Deals that buy a firm: "talks about a takeover of Y" are held with Y.
_TAKEOVERS = {"takeover", "acquisition", "purchase", "buyout"}
_PURPOSES = {"discuss", "negotiate", "review", "consider", "examine", "address", "agree", "explore"}


def _included(t: Token, people: People) -> list[Party]:
    """The bodies or people a plural noun lists ("companies including A, B and C", "firms such as
    A and B"), when it lists two or more."""
    if t.tag_ != "NNS":
        return []
    heads = [g for c in t.children if c.dep_ == "prep" and (c.lower_ in ("including", "like") or (
        c.lower_ == "as" and any(w.lower_ == "such" for w in c.children))) for g in c.children if g.dep_ == "pobj"]
    named = [people.at(w) or people.group_at(w) for h in heads for w in (h, *h.conjuncts)]
    return [p for p in named if p is not None] if len(named) >= 2 and all(named) else []


def _affiliation(p: Party, parties: list[Party]) -> bool:
    """A body named in the title of a person already a party ("Rapid Support Forces" beside
    "Rapid Support Forces commander X"), or the state an official party is of, is that person's,
    not another side."""
    return p.group and any(q.title and p.name.lower() in q.title.lower() for q in parties) or (
        # ("Timor-Leste" beside "Timor-Leste Prime Minister X": the state the title is of)
        p.group and p.country is not None and country_code(p.name) == p.country
        and any(not q.group and q.title and q.country == p.country for q in parties))


def _destination(t: Token, people: People) -> bool:
    """A place visited: a place entity, one of a list of three or more names (a tour), a name a
    where-clause describes ("Leicester South, where …"), or a one-word name the model took for a
    person that the article never gives a first name, office or courtesy title ("visit Auschwitz").
    Not a monarch the model took for a place ("called on [the King of Bhutan]LOC")."""
    if people.monarch(t) is not None:
        return False
    if t.ent_type_ in ("GPE", "LOC", "FAC") or len(t.conjuncts) >= 2 or (
            t.dep_ == "conj" and len(t.head.conjuncts) >= 2):
        return True
    if is_capital(t.text):
        return True  # "would visit Tunis", the city taken for a nationality by the model
    if any(c.dep_ == "relcl" and c.left_edge.lower_ == "where" for c in t.children):
        return True
    party = people.at(t)
    return party is not None and not party.group and " " not in party.name and not party.title and not party.honoured


def _private(t: Token) -> bool:
    """"met his future wife Glenys", "his brother": a private encounter, not officials meeting.
    (A name is no relation: "Bui Thanh Son".)"""
    return any(w.lower_ in PRIVATE_RELATIONS and w.ent_type_ != "PERSON" and not (w.is_title and w.pos_ == "PROPN")
               for w in (t, t.head, *t.children)
               if w == t or w.dep_ in ("appos", "compound") or t.dep_ in ("appos", "compound"))


def represented(parties: list[Party], people: People, speakers: list[Party]) -> None:
    """"Euronext met the LSE …; Euronext chief X held talks with LSE boss Y": an organisation
    whose one representative is a party to another meeting in the article is that person; so is
    one the article introduces under its name with an office ("EU Trade Commissioner X"), unless
    as its spokesperson."""
    candidates = [p for p in speakers if not p.group] + [
        p for p in people.parties if not p.group and is_official(p.title)
        and not any(w in p.title.lower() for w in _SPOKESPEOPLE)]
    replaced = {}
    for i, party in enumerate(parties):
        if party.title:  # a body has no title (the model may have taken it for a person)
            continue
        heads = list({id(p): p for p in candidates if p not in parties and p is not party
                      and people.affiliated(p, party.name)}.values())
        if len(heads) == 1 and heads[0] not in speakers and (code := country_code(party.name)) and any(
                not p.group and p.country == code for p in speakers):
            # "Chile and Bolivia resumed talks … ministers A of Chile and B of Bolivia met":
            # the state's side is one of its people meeting, not its president, named elsewhere.
            continue
        if len(heads) == 1:
            replaced[i] = heads[0]
    if len(replaced) == len(parties) - 1 and all(
            p.group and not country_code(p.name) and "government" not in p.name.lower() for p in parties):
        # "Main Boerse Group held talks with the LME" (and elsewhere "LME boss Y met X"):
        # talks of two firms, one with no one to stand for it, stay the firms'.
        replaced = {}
    for i, head in replaced.items():
        parties[i] = head
    # A body whose own representative is a party already ("Deutsche Boerse" beside "Deutsche
    # Boerse chief X") is no side of its own.
    sides = [p for p in parties if not (p.group and any(
        q is not p and not q.group and people.affiliated(q, p.name) for q in parties))]
    if len(sides) >= 2:
        parties[:] = sides


def _joined_before(subject: Token, people: People) -> Token | None:
    """"On Wednesday, A and Deputy Prime Minister B held talks": the parser may hang A off the
    comma before it and leave B the only subject. Read off the word order: a person named right
    before "and" and B's title."""
    if subject.dep_ != "nsubj" or subject.ent_type_ != "PERSON":
        return _joined_before_title(subject, people)
    start = entity_at(subject).start
    while start > 0 and subject.doc[start - 1].is_title and subject.doc[start - 1].lower_ in OFFICES | MODIFIERS:
        start -= 1
    if start < 2 or subject.doc[start - 1].lower_ != "and":
        return None
    before = subject.doc[start - 2]
    if before.ent_type_ != "PERSON" or before.dep_ in ("nsubj", "conj", "appos", "compound") or any(
            a.dep_ == "nsubj" for a in subject.head.children if a.i < subject.i and a != subject):
        return None
    party = people.at(before)
    return before if party is not None and not party.group else None


def _joined_before_title(subject: Token, people: People) -> Token | None:
    """"A and Honduran Minister of Economic Development B met": a name the model did not tag, its
    title long, and A hung inside B's name. Read off the word order: the person named right
    before "and" and B's whole title, when no verb comes between A and B."""
    party = people.at(subject)
    if subject.dep_ != "nsubj" or party is None or party.group or any(
            a.dep_ == "nsubj" for a in subject.head.children if a != subject):
        return None
    doc, start = subject.doc, subject.i
    while start - 2 >= subject.sent.start:
        word = doc[start - 1]
        if word.lower_ == "and" and (other := people.at(doc[start - 2])) is not None and other is not party:
            before = doc[start - 2]
            if other.group or any(t.pos_ in ("VERB", "AUX") for t in doc[before.i:subject.i]):
                return None
            return before
        # (B's title, "and" inside it too: "Minister of Commerce and Industries")
        if not (people.at(word) is party or word.is_title or word.lower_ in ("of", "for", "and")):
            return None
        start -= 1
    return None


def past_dateline(t: Token) -> list[Token]:
    """"NAIROBI, Jan 28 — X and Y have met …", "BISHKEK, March 14 (Reuters) - X and Y spoke …": the
    parser may make the dateline's place the subject and hang the real one off the place, the date
    or the agency (even as the place's punctuation)."""
    dash = next((w.i for w in t.doc[t.i + 1:min(t.i + 9, t.sent.end)] if w.text in DASHES), None)
    if dash is None or t.i > t.sent.start + 2 or t.nbor().text != "," or not (t.is_upper or t.ent_type_ == "GPE"):
        return [t]
    return [c for c in t.subtree if c.i > dash and c.head.i < dash and (c.dep_ in ("conj", "appos") or (
        c.dep_ == "punct" and not c.is_punct and c.pos_ == "PROPN"))]


def _subject_of_clause_before(verb: Token, subjects: list[Token]) -> list[Token]:
    """"She called on X on Monday and the following morning sat down with Y": the parser takes the
    time after "and" for the subject of the second verb, or leaves it none; the subject is the
    first verb's."""
    if any(s.pos_ != "NOUN" or s.ent_type_ not in ("DATE", "TIME") for s in subjects):
        return []
    start = min((c.left_edge.i for c in verb.lefts), default=verb.i)
    if start == verb.sent.start or (not subjects and not any(c.ent_type_ in ("DATE", "TIME") for c in verb.lefts)):
        return []
    joint = verb.doc[start - 1]
    if joint.dep_ != "cc" or joint.head.pos_ != "VERB" or joint.head.i > start:
        return []
    return [c for c in joint.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _controller(verb: Token) -> list[Token]:
    """The understood subject of "to meet" / "and met": the subject of the verb above (up to four
    clauses up: "X is due to hold talks …, before travelling to Edinburgh to meet Y")."""
    t = verb
    for _ in range(4):
        if t.dep_ == "pcomp" and (t.head.lower_ in _GERUND_PREPS or (t.head.lower_ == "to" and t.lemma_ != "visit" and any(
                c.lower_ == "forward" for c in t.head.head.children))):
            # "after meeting X, he said", "he looked forward to welcoming X": the subject of what
            # the phrase modifies ("looking forward to visiting Korea" is a wish, no trip)
            t = t.head
        elif t.dep_ in ("relcl", "acl") and t.head.dep_ == "dobj" and any(
                c.lower_ == "again" for c in verb.children) and verb.dep_ == "conj" and verb.head == t:
            # "agreed to set up a fund to repair canals and to meet again": the parser hangs the
            # meeting on the object's infinitive; who meet again are the subjects above.
            t = t.head
        elif t.dep_ == "acl" and t.head.lemma_ == "invitation" and t.head.dep_ == "dobj" and (
                t.head.head.lemma_ == "accept"):
            # "Y accepted an invitation to visit Sarajevo for talks with X": Y visits.
            t = t.head
        elif t.dep_ == "acl" and t.tag_ == "VBG" and t.head.dep_ == "dobj" and t.head.head.pos_ == "VERB":
            # "agreed to sign a treaty settling their border at a summit in Khujand": the summit of
            # those who sign it, not of the treaty.
            t = t.head
        elif t.dep_ not in ("xcomp", "advcl", "conj", "relcl", "acl", "acomp") or t.head == t:
            return []
        if t.dep_ == "conj" and t.head.lemma_ in REPORTING and (reported := next(
                (c for c in t.head.children if c.dep_ == "ccomp" and c.i < t.i), None)) is not None:
            # "X spoke with Y, the ministry said, and will host him": the reported clause goes on
            return [c for c in reported.children if c.dep_ in _SUBJECTS]
        t = t.head
        # ("… a commission that has not sat since 2023 and to meet again": "that" is the commission)
        subjects = [w for c in t.children if c.dep_ in _SUBJECTS and c.tag_ != "WDT" for w in past_dateline(c)]
        if subjects:
            return subjects
    return []


def _plural_subject_above(t: Token) -> Token | None:
    """The plural subject of the clause a "they" clause hangs from ("ministers will discuss … when
    they meet"), when it is a body of people and not a reference back ("the two leaders")."""
    clause = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.dep_ not in ("advcl", "ccomp", "xcomp", "conj"):
        return None
    subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ != "NNS" or subject.lower_ not in GROUPS or _plural_reference(subject):
        return None
    return subject


def _reference_above(t: Token) -> Token | None:
    """"The two presidents said they would meet again": whom "they" are is told by the subject of
    the clause above when that names people by count or office."""
    if t.lower_ != "they":
        return None
    clause = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.dep_ not in ("ccomp", "xcomp", "advcl"):
        return None
    subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None and _plural_reference(subject) else None


def _plural_reference(t: Token) -> bool:
    """"the two leaders", "both ministers": people named before — unless the phrase names them
    itself ("the foreign ministers of A and B, X and Y")."""
    determiners = {c.lower_ for c in t.children}
    # (A country counts whatever the model tagged it: "the police chiefs of [Mali]PERSON and Niger".)
    states = places_after(t, ("of", "from"))
    named_here = any(c.dep_ in ("appos", "conj") for c in t.children) or any(
        g.ent_type_ in ("GPE", "NORP") or country_code(entity_text(g)) for g in states) or (
        # ("a meeting of the ministers, X and Y", the parser hanging the names off the meeting)
        t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == "," and any(
            a.dep_ == "appos" and a.left_edge.i == t.i + 2 for w in t.ancestors for a in w.children))
    # "the heads of several of Britain's biggest companies", "the heads of the steel industry
    # chamber" describe whom they mean; "the ministers of the three countries" counts back to them.
    described = not determiners & {"two", "both", "three"} and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            w.lemma_.lower() in FIRMS | _INSTITUTIONAL | {"business", "industry"} or w.ent_type_ == "ORG"
            for w in c.subtree)
        for c in t.children) or led_bodies(t) is not None
    return _plural_word(t) and bool(determiners & {"the", "two", "both", "three"}) and not named_here and not described


def _plural_word(t: Token) -> bool:
    """A word that can stand for several named before: "leaders", "sides", or any office in the
    plural ("the two mayors", "both governors")."""
    return t.lower_ in PLURAL_REFERENCES or plural_office(t) is not None


def _counted(t: Token, people: People, sides: list[Party]) -> list[Party]:
    """"both leaders", "the two ministers": the last officials of that count named before, other
    than ``sides`` and holding that office when the noun names one; none when fewer were named."""
    # "talks between the two parties" speaks of the sides themselves, not of someone's counterparts.
    if not sides or t.head.lower_ == "between":
        return []
    return referred(t, people, sides)


def referred(t: Token, people: People, sides: list[Party] = ()) -> list[Party]:
    """The officials "the two foreign ministers" / "both leaders" / "the pair" stand for: the last
    ones of that count named before ``t`` (other than ``sides``), holding the office the words name."""
    count = reference_count(t)
    office, qualifier = _office_named(t)
    if not count or (t.lower_ not in _COUNTERPARTS and office is None):
        return []
    for at, title, together in reversed(people.shared_offices):
        # "The foreign ministers of A and B, X and Y, … The two foreign ministers last met …": the
        # officials the article named together under that office, though another was named since.
        if at < t.i and len(together) == count and office and holds_office(title, office, qualifier) and not (
                set(map(id, together)) & set(map(id, sides))):
            return list(together)
    if count > 2 and (listed := _listed_together(t, people, count)):
        return listed  # "A, B and host C also agreed … The three heads of state will meet again"
    named: list[Party] = []
    for j, p in reversed(people.mentioned_before(t.i)):
        if t.doc[j].dep_ == "poss" and t.doc[j].head.pos_ == "PROPN":
            continue  # "Y, of Mr X's Social Democrats … The two men will meet": X is not one of them
        title = (p.title or "").lower()
        # "The pair" need not hold office ("the mayor … clashed with campaigner Mr Herron"); a
        # courtesy title says the article treats them as public figures.
        known = is_official(p.title) or (t.lower_ in ("pair", "two") and p.honoured)
        if p.group or p in sides or p in named or not known or (
                office and not holds_office(title, office, qualifier)) or "spokes" in title:
            continue  # (a spokeswoman quoted between is not one of "the two leaders")
        named.append(p)
    heads_of = t.lower_ == "heads" and any(c.lower_ == "of" and any(g.lower_ in _HEADS_OF for g in c.children)
                                           for c in t.children)
    if (t.lemma_.lower() == "leader" or heads_of) and len(heads := [p for p in named if heads_a_state(p.title)]) >= count:
        # "The two leaders" are the heads of state or government named, though ministers were since
        # ("the two heads of state", though the president of a congress was).
        return heads[:count][::-1]
    if t.lemma_.lower() == "leader" and len(heads := [p for p in named if heads_a_state(p.title) or any(
            w in (p.title or "").lower() for w in ("leader", "party"))]) >= count:
        # "both party leaders": a party's leader and its president, not a foreign minister named since
        return heads[:count][::-1]
    if len(named) < count and t.lower_ in ("men", "women"):
        return _named_together(t, people, count, sides)
    return named[:count][::-1] if len(named) >= count else []


def _named_together(t: Token, people: People, count: int, sides: list[Party]) -> list[Party]:
    """"A and his counterpart, B, said … The two men held talks": with or without an office, the
    people last named, when one phrase joined them by "and" (no verb between)."""
    last: list[tuple[int, Party]] = []
    for j, p in reversed(people.mentioned_before(t.i)):
        if not p.group and p not in sides and all(p is not q for _, q in last):
            last.append((j, p))
        if len(last) == count:
            break
    if len(last) < count:
        return []
    (first, _), (end, _) = last[-1], last[0]
    between = t.doc[first:end]
    if t.doc[first].sent != t.doc[end].sent or not any(w.lower_ == "and" for w in between) or any(
            w.pos_ in ("VERB", "AUX") for w in between):
        return []
    return [p for _, p in reversed(last)]


def _office_named(t: Token) -> tuple[str | None, str]:
    """The office a plural reference names and the words before it: "the two foreign ministers"
    hold that office ("minister", "foreign"); "the two leaders" any (None)."""
    return plural_office(t) if t.lower_ not in _ANY_OFFICE else None, office_qualifier(t)


def could_be(party: Party, t: Token) -> bool:
    """Whether ``party`` can be one of those the plural reference ``t`` stands for: "the two
    presidents" are no group of growers, nor someone the article titles a minister."""
    if t.lower_ in ("men", "women") and party.group:
        return False  # "the two men" are people, not a country one of them visited
    office, qualifier = _office_named(t)
    return office is None or not party.group and (party.title is None or holds_office(party.title, office, qualifier))


def heads_a_state(title: str | None) -> bool:
    """Whether ``title`` is a head of state's or government's (not a deputy's, nor a congress's president)."""
    words = (title or "").lower()
    return not any(w in words for w in ("deputy", "vice", "former")) and not _PRESIDED.intersection(words.split()) and any(
        office in words for offices in _HEADS_OF.values() for office in offices)


def _listed_together(t: Token, people: People, count: int, after: bool = False) -> list[Party]:
    """The last ``count`` officials named in one list ("A, B and host C") before ``t`` (or, with
    ``after``, the first in the next sentence): for three or more, whom "the three leaders" means
    better than the last three named one by one. Read off the word order: between the names only
    commas, "and", titles and nationalities."""
    doc = t.doc
    if after:
        nxt = doc[t.sent.end].sent if t.sent.end < len(doc) else None
        mentions = [(j, p) for j, p in people.mentioned_before(nxt.end) if j >= nxt.start] if nxt else []
    else:
        mentions = people.mentioned_before(t.i)
    runs: list[list[Party]] = []
    last = None
    for j, p in mentions:
        joined = last is not None and doc[last].sent == doc[j].sent and all(
            w.is_punct or w.lower_ in ("and", "host", "'s", "’s") or w.is_title or w.lower_ in OFFICES
            for w in doc[last + 1:j])
        if joined and p not in runs[-1]:
            runs[-1].append(p)
        elif not joined:
            runs.append([p])
        last = j
    # (Listed next under the office the words gave, one may go untitled: "The prime ministers of A, B
    # and C met … A's Prime Minister X, B's Y and C's Chancellor Z also agreed".)
    listed = [run for run in runs if len(run) == count and all(not p.group and (
        is_official(p.title) or (after and p.title is None)) for p in run) and any(is_official(p.title) for p in run)]
    return (listed[0] if after else listed[-1]) if listed else []


def _leaders_of(t: Token, people: People) -> list[Party]:
    """"The leaders of Mali, Burkina Faso and Niger met … Malian President A, Burkinabe President B
    and host President C also agreed …": the officials listed next, one for each country; bodies
    "headed by A and B": A and B."""
    # "Armenian and Azerbaijani commissions, headed by Deputy Prime Ministers A and B, met": each
    # body's head.
    heads = [p for a in t.children if a.dep_ == "acl" and a.lemma_ in ("head", "lead") for b in a.children
             if b.dep_ == "agent" for o in b.children if o.dep_ == "pobj" for g in (o, *o.conjuncts)
             if (p := people.at(g)) is not None and not p.group]
    if t.tag_ == "NNS" and len(heads) >= 2:
        return heads
    if t.tag_ != "NNS" or t.lower_ not in _COUNTERPARTS:
        return []
    countries = _countries_of(t)
    listed = _listed_together(t, people, len(countries), after=True) if len(countries) > 1 else []
    if t.lower_ in _ANY_OFFICE:
        return listed
    # "The prime ministers of A, B and C": those listed hold that office (a chancellor heads a
    # government as a prime minister does), or are listed under it untitled.
    office = " ".join([*(c.lower_ for c in t.children if c.dep_ in ("amod", "compound") and c.i < t.i), t.lemma_.lower()])
    held = {office, *(o for group in _HEADS_OF.values() if office in group for o in group)}
    return listed if all(p.title is None or any(o in p.title.lower() for o in held) for p in listed) else []


def _countries_of(t: Token) -> list[Span]:
    """The countries "of" a plural office names ("the leaders of Mali, Burkina Faso and Niger")."""
    named = (t.doc[w.left_edge.i:w.i + 1] for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj" for w in (g, *g.conjuncts))
    countries = [span for span in named if country_code(span.text)]  # ("Burkina Faso")
    return _countries_listed_from(countries[0].root) if len(countries) == 1 else countries


def _countries_listed_from(first: Token) -> list[Span]:
    """The countries listed from ``first`` on, read off the word order ("the Czech Republic,
    Slovakia and Austria", the parser having made the last two a subject of their own)."""
    doc, listed = first.doc, []
    ents = [e for e in doc.ents if e.label_ == "GPE" and e.start >= first.left_edge.i and e.sent == first.sent]
    at = first.left_edge.i
    for ent in ents:
        if any(not (w.is_punct or w.lower_ in ("and", "the")) for w in doc[at:ent.start]):
            break
        if not country_code(ent.text):
            break
        listed.append(ent)
        at = ent.end
    return listed


def _speaker(t: Token, people: People) -> Party | None:
    """Who "I" is in a quotation: the named subject of the verb of saying it is told under
    ("Sivabaek added: "I will be meeting Real on Wednesday."", ""I spoke with X," O'Neill said")."""
    clause = t.head
    while clause.dep_ in ("ccomp", "conj", "xcomp", "advcl") and clause.head != clause:
        clause = clause.head
    if clause.lemma_ not in REPORTING:
        return None
    speaker = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    party = people.at(speaker) if speaker is not None else None
    return party if party is not None and not party.group else None


def _resolve(t: Token, people: People) -> Party | None:
    if t.lower_ in ("who", "that", "which") and t.head.dep_ == "relcl":
        return people.at(t.head.head) or people.group_at(t.head.head)
    if t.text == "HE":  # a style ("HE the Minister of State"), not "he": whom it styles
        styled = next((c for c in t.children if c.dep_ == "appos"), None)
        return next((p for w in styled.subtree if (p := _resolve(w, people)) is not None), None) if styled else None
    if t.lower_ in SHORT_STYLES and t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == "." and (
            named := people.at(t.doc[t.i + 2])) is not None:
        return named  # "talks with Eng. Al Sayegh", the parser taking the style for the name
    if t.lower_ in _PERSONAL:
        return _antecedent(t, people, group=False)
    if t.text == "I":
        return _speaker(t, people)
    if t.lower_ == "it":
        return _antecedent(t, people, group=True)
    party = _styled_before(t, people) or people.at(t) or people.monarch(t)
    if party is not None:
        return party
    if t.lower_ in _LED_BODIES | _LED_GROUPS and (
            leader := _delegation_leader(t, people)) is not None:
        # "met the leadership (the board) of the X Association, led by its President, Y", "talks
        # with the heavy transport federation, led by its executive secretary Y"
        return leader
    if t.lower_ in ("delegation", "team", "mission", "group"):
        if t.dep_ == "conj" and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in t.children):
            return None  # "welcomed the visiting President and his accompanying delegation": his side
        leader = _delegation_leader(t, people)  # ("a group of Welsh MPs, led by X")
        if leader is None and t.lower_ != "group" and any(c.lower_ == "the" for c in t.children):
            # "The mission also held talks with Y": the one whose leader was named before.
            leader = next((people.leaders[i] for i in sorted(people.leaders, reverse=True) if i < t.i), None)
        if leader is None and not any(c.lower_ == "the" for c in t.children):
            # A delegation first told of (a headline's "receives Abu Dhabi Fund delegation", a
            # lead's "A Japanese delegation paid a courtesy call on Y"): whoever the story goes on
            # to say led it.
            leader = _leader_told_later(t, people)
        if leader is not None:
            return leader
        if t.lower_ == "mission" and (body := next((c for c in t.children if c.dep_ == "compound" and (
                c.ent_type_ == "ORG" or c.text.isupper())), None)) is not None:
            # "An IMF mission held talks with …", led by no one named: the body's mission (not a
            # country's, its embassy; nor a trade mission, a journey).
            start = next(w.i for w in body.subtree if w.dep_ != "det")
            return Party(t.doc[start:t.i + 1].text, None, None, group=True)
    if (firm := _described_firm(t, people)) is not None:
        return firm  # "Shares in X rose after the company held talks with Y"
    if t.lower_ in _GOVERNING_BODIES and not (t.ent_type_ == "ORG" and t.is_title and t.ent_iob_ == "I" and (
            t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_iob_ == "I")):
        # "talks with Manchester United's board": the organisation, speaking through its board
        # (not "the British Board of Film Classification", a body of that name).
        # (Or "Rover management", "Anglo-Cape management", the parser taking "Cape" for a common
        # noun, "Hollins & Vane management": the firm named before the word.)
        # (Not a person the parser hung there: "between X and Brightwater executives" garbled into
        # X with the firm joined to X.)
        owner = next((w for c in t.children if c.dep_ in ("poss", "compound", "nmod") for w in (c, *c.conjuncts)
                      if (w.pos_ == "PROPN" or (w.is_title and w.left_edge.i > w.sent.start))
                      and not ((q := people.at(w)) is not None and not q.group and q.title)), None)
        if owner is None and t.lower_ != "management":
            # "met managers of the Coastal Terminals Company", "talks with the board of X": the firm
            # named after the word. (Not "the management of X", which in our measurements found a
            # false meeting as often as a real one.)
            # (The model may tag the firm a place: "bosses of [Bexley Pharma]LOC"; not a state or a
            # city: "the owners of Bahrain".)
            owner = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                          if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ in ("ORG", "LOC", "FAC", "GPE")
                          and not country_code(text := entity_text(g)) and not is_capital(text)), None)
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children):
            return people.body_before(t)  # "as its management continued talks with Y"
        if owner is not None:
            # (The model takes many a club or firm for a person: "Manchester United".)
            start = next(w.i for w in owner.subtree if w.dep_ != "det")
            end = owner.right_edge.i + 1
            while end > owner.i + 1 and t.doc[end - 1].is_punct:
                end -= 1  # ("managers of Kestrel Mining, brokered by …": not the comma the parser hung there)
            name = "".join(w.text_with_ws for w in t.doc[start:end] if w.dep_ != "case").strip()
            # The side as the story names it here ("Brightwater executives" after "Brightwater
            # Therapeutics"), with its board or managers for title: they met, not the firm's head
            # named elsewhere.
            body = people.group_at(owner)
            if body is not None and not body.name.startswith(name):
                name = body.name
            return Party(name, t.lower_, body.country if body else None, group=True)
        if t.lower_ in UNLED_SIDES and t.dep_ in ("pobj", "dobj", "nsubj", "conj"):
            # "Union leaders spent nine hours with management": the employer's side, whoever the
            # story says led it.
            return Party(t.lower_, None, None, group=True)
    return people.group_at(t)


def _styled_before(t: Token, people: People) -> Party | None:
    """"His Highness received …" alone: the one the story last styled so ("His Highness the Prime
    Minister Sheikh X")."""
    if t.lower_ not in ("highness", "excellency", "majesty") or (t.i + 1 < len(t.doc) and people.at(t.doc[t.i + 1])):
        return None
    if t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "the":
        # "His Royal Highness the Crown Prince and Prime Minister held talks": the office it styles.
        after = (people.at(w) or people.styled_office(w) for w in t.doc[t.i + 2:min(t.i + 10, t.sent.end)])
        if (party := next((p for p in after if p is not None), None)) is not None and not party.group:
            return party
    for style in (w for w in reversed(t.doc[:t.i]) if w.lower_ == t.lower_):
        named = (people.at(w) for w in style.doc[style.i + 1:min(style.i + 9, style.sent.end)])
        if (party := next((p for p in named if p is not None), None)) is not None and not party.group:
            return party
    return None


def _described_firm(t: Token, people: People) -> Party | None:
    """"the company", "the German exchange": the organisation named before that it stands for."""
    if not any(c.lower_ == "the" for c in t.children) or any(
            c.dep_ == "appos" and c.pos_ == "PROPN" for c in t.children):  # (not "the Spanish airline Iberavia")
        return None
    if t.text in FIRMS:
        return people.body_before(t)
    # "the alliance", "the union": the body named before whose name ends in the word (not "the
    # ministry said", a source).
    if t.tag_ == "NN" and t.lower_ in _MEMBERSHIPS and (
            body := people.body_before(t)) is not None and body.name.lower().split()[-1] == t.lower_:
        return body
    return None


def mark_delegation_leader(delegation: Token, people: People) -> None:
    """Flag whoever leads a delegation: "X led a delegation to …", "a delegation led by X"."""
    if delegation.dep_ == "dobj" and delegation.head.lemma_ in ("lead", "head"):
        for s in (c for c in delegation.head.children if c.dep_ == "nsubj"):
            party = _resolve(s, people)
            if party is not None:
                party.delegation = True
    _delegation_leader(delegation, people)


def _led_each(t: Token, people: People) -> list[Party]:
    """The people who lead bodies told in the plural ("delegations led by A and B", "teams,
    headed by the heads of the two services, A and B"), one each."""
    if t.tag_ != "NNS" or t.lemma_ not in _LED_PLURALS:
        return []
    # (Anywhere after "by": "led by the heads of the two services, A and B".)
    words = [w for c in t.children if c.dep_ in ("acl", "relcl") and c.lemma_ in ("lead", "head")
             for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj" for w in g.subtree]
    leaders = [p for w in words if (p := people.at(w)) is not None and not p.group]
    return list({id(p): p for p in leaders}.values())


def _named_after(by: Token) -> list[Token]:
    """The people named after "by" up to the clause's end, read off the word order (the parser
    often hangs a list of titled names anywhere)."""
    doc, end = by.doc, by.i + 1
    while end < min(by.sent.end, by.i + 16) and doc[end].text not in (",", ";") and doc[end].pos_ not in ("VERB", "AUX"):
        end += 1
    return [e.root for e in doc.ents if e.label_ == "PERSON" and by.i < e.start and e.end <= end]


def _delegation_leader(t: Token, people: People) -> Party | None:
    # "a delegation led by X"; "a delegation of the Y Army (from the Z Fund) headed by X" (hung on
    # the army, the fund).
    heads = [c for c in t.children if c.lemma_ in ("lead", "head")] + [
        g for o in _whose(t) for g in o.children if g.dep_ == "acl" and g.lemma_ in ("lead", "head")]
    if t.dep_ == "nsubjpass" and t.head.lemma_ in ("lead", "head"):
        heads.append(t.head)  # "The delegation was headed by X"
    if t.dep_ in ("nsubj", "nsubjpass"):
        # "Headed by X, the delegation sat down with Y": the clause put before its subject.
        heads += [c for c in t.head.children if c.dep_ == "advcl" and c.lemma_ in ("lead", "head") and c.i < t.i]
    if not heads and (led := _led_after(t)) is not None:
        heads.append(led)
    for acl in heads:
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            # The parser often leaves "by" without its object when a long title follows.
            names = [c for c in agent.children if c.dep_ == "pobj"] or list(
                t.doc[agent.i + 1:min(agent.i + 9, agent.sent.end)])
            # "headed by its spokesman, X": the name in apposition to the office.
            names += [a for n in names for a in n.children if a.dep_ == "appos"]
            for name in names:
                party = people.at(name) or people.group_at(name)
                if party is None and name.pos_ == "PROPN" and name.ent_type_ not in ("GPE", "NORP"):
                    words = [w for w in name.lefts if w.dep_ == "compound" and w.pos_ == "PROPN"] + [name]
                    named = t.doc[words[0].i:name.i + 1].text
                    if name.ent_type_ != "ORG" or _personal(named):
                        party = Party(named, None, None, group=True)
                if party is not None and party.group and _personal(party.name):
                    # The model takes many a name it has not seen for a body or a product.
                    party = Party(party.name, None, None)
                if party is not None and not party.group:
                    party.delegation = True
                    people.leaders[t.i] = party
                    party.country = party.country or _delegation_country(t)
                    return party
    return None


def _whose(t: Token) -> list[Token]:
    """The nouns that say whose a delegation is: "a delegation of the port city of a province of
    China", "received a delegation from Vietnam's Petrovietnam" (the parser hanging "from" off the
    verb, right after the delegation)."""
    preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "from")]
    if t.dep_ == "dobj":
        preps += [c for c in t.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == t.right_edge.i + 1]
    nouns = []
    while preps:
        nouns += (found := [g for c in preps for g in c.children if g.dep_ == "pobj"])
        preps = [c for g in found for c in g.children if c.dep_ == "prep" and c.lower_ in ("of", "from")]
    return nouns


def _leader_told_later(t: Token, people: People) -> Party | None:
    """The leader of the delegation (team, mission) ``t`` as the story names it after: "the
    delegation, led by X", "the leader of the delegation, Japan's State Minister X"."""
    if any(c.lemma_ in ("lead", "head") for c in t.children):
        return None  # led by someone the model did not take for a person
    # Told again as "the delegation" ("a delegation of the rebels" later is another one), or
    # after a headline, as the story first tells of it.
    told = [w for w in t.doc[t.i + 1:] if w.lower_ == t.lower_]
    headline = t.i < story_start(t.doc)
    for later in (w for n, w in enumerate(told) if (headline and n == 0) or any(c.lower_ == "the" for c in w.children)):
        if (leader := _delegation_leader(later, people)) is not None:
            return leader
        office = later.head.head if later.dep_ == "pobj" and later.head.lower_ == "of" else None
        if office is not None and office.lemma_ in ("leader", "head", "chief"):
            named = [a for a in office.children if a.dep_ == "appos"]
            named += [a for n in named for a in n.children if a.dep_ == "appos"]
            if (leader := next((p for n in named if (p := people.at(n)) and not p.group), None)) is not None:
                leader.delegation = True
                people.leaders[t.i] = leader
                return leader
    return None


def _delegation_country(t: Token) -> str | None:
    """Whose delegation ``t`` is: "a Japanese delegation", "a delegation from the Republic of Côte
    d'Ivoire" (also with "from" hung on the clause's verb); for "the delegation" said bare, the
    nearest one before it whose country its words give ("A Malian delegation arrived on Sunday. The
    delegation was led by X")."""
    code, said = _own_country(t)
    if code is None and not said and any(c.lower_ == "the" for c in t.children):
        code = next((code for w in reversed(t.doc[:t.i]) if w.lower_ == t.lower_ and (code := _own_country(w)[0])), None)
    return code


def _own_country(t: Token) -> tuple[str | None, bool]:
    """The country a delegation's own words give, and whether they name any place or people."""
    after = t.doc[t.right_edge.i + 1] if t.right_edge.i + 1 < len(t.doc) else None
    froms = [c for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "of")]
    froms += [after] if after is not None and after.lower_ == "from" and after.head == t.head else []
    words = [c for c in t.children if c.ent_type_ in ("NORP", "GPE")]
    words += [o for f in froms for o in f.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"]
    return next((code for w in words if (code := country_code(w.text) or country_code(entity_text(w)))), None), bool(words)


def _led_after(t: Token) -> Token | None:
    """", led by X" after a delegation, hung on the clause's verb, as the parser may hang "from
    <body>" and a closing bracket: "received a delegation from the Fund (ADFD), led by X", "a
    trade delegation from Côte d'Ivoire headed by X"."""
    doc, i = t.doc, t.right_edge.i + 1
    if i < len(doc) and doc[i].lower_ in ("from", "of") and doc[i].head == t.head:
        i = doc[i].right_edge.i + 1
    while i < len(doc) and doc[i].text in (")", "]"):
        i += 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i < len(doc) and doc[i].lemma_ in ("lead", "head") and doc[i].tag_ == "VBN":
        return doc[i]
    return None


_INSTITUTIONAL = {"fund", "bank", "ministry", "council", "union", "party", "army", "forces", "commission", "office",
                  "agency", "organisation", "organization", "company", "group", "committee", "government",
                  "department", "authority", "association", "federation", "chamber", "institute", "league",
                  "corporation", "programme", "program", "court", "assembly", "parliament", "front", "movement"}
# Bodies of members that "the alliance", "the union" stand for once named.
_MEMBERSHIPS = {"alliance", "association", "federation", "union", "society", "trust", "league", "coalition"}
# What others say of a meeting word as of a proposal: its agent judged it and took no part ("Her
# call was backed by Y", "the talks were criticised by the opposition").
_JUDGED = {"back", "support", "endorse", "echo", "praise", "hail", "applaud", "criticise", "criticize", "condemn",
           "reject", "dismiss", "oppose", "denounce", "question", "challenge", "answer", "heed", "ignore"}


def judged(token: Token) -> bool:
    """Whether a meeting noun is what others judged, as a proposal is: "Her call was backed by Y"."""
    return token.dep_ == "nsubjpass" and token.head.lemma_ in _JUDGED


# Bodies whose leader, told in a participle after them, is the side: "the board of X, led by its
# President, Y".
_LED_BODIES = _GOVERNING_BODIES | _INSTITUTIONAL | {"leadership"}
# People who meet as one side under a named head: "union leaders headed by X" are X's side.
_LED_GROUPS = {"leaders", "representatives", "officials", "negotiators", "delegates", "members"}
# Bodies that travel and meet as one, which "it" may stand for in the next sentence.
_TRAVELLING_BODIES = {"delegation", "mission", "team"}


def _personal(name: str) -> bool:
    """Whether a name tagged as an organisation reads as a person's ("Carolina Vazquez"): two to
    four capitalised words, none of them what bodies are called."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.lower() not in _INSTITUTIONAL for w in words)


def representatives(talks: Token, people: People) -> list[Party]:
    """The people told to represent or lead a side in the sentence of a meeting noun that names no
    sides, or in the five after it: "Two days of talks begin on Wednesday. A will represent the
    islanders, while B will represent the UK. Madrid is represented by C"."""
    named: list[Token] = []
    for verb in _words_after(talks, sentences=5):
        if verb.pos_ != "VERB" or verb.lemma_ not in ("represent", "lead", "head"):
            continue
        sides = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if verb.lemma_ != "represent" and not any(s.lower_ in _SIDES for s in sides):
            continue  # "who leads the party" says nothing of these talks
        leaders = [c for c in verb.children if c.dep_ == "nsubj"] + [
            g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        named += leaders + [a for n in leaders for a in n.subtree if a.dep_ == "appos"]  # "by its director for Europe, C"
    return _persons(named, people)


# What one attends that is a meeting told: "will attend the talks", "attended it".
_ATTENDED = {"talks", "meeting", "session", "summit", "negotiations", "discussions", "dinner", "lunch", "breakfast",
             "it", "them"}


def attendees(talks: Token, people: People) -> tuple[list[Party], list[Token]]:
    """The people told to attend a meeting noun's (or a host's) meeting in its sentence or the two
    after, and the verbs that tell it: "Tuesday's meeting is being hosted by X. Also due to attend
    are A, B and C"."""
    # (Not one attending something else: "… was put off because the prime minister was attending a
    # funeral in Oran".)
    verbs = [v for v in _words_after(talks, sentences=2) if v.lemma_ == "attend" and v.pos_ == "VERB"
             and not any(c.dep_ == "neg" or c.dep_ == "dobj" and c.lemma_ not in _ATTENDED | {talks.lemma_}
                         for c in v.children)]
    named: list[Token] = []
    for verb in verbs:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        # "Also due to attend are A, B": the names follow the "are" above the verb.
        be = next((a for a in verb.ancestors if a.lemma_ == "be"), None)
        subjects += [c for c in (be.children if be is not None else ()) if c.dep_ in ("attr", "nsubj") and c.i > verb.i]
        named += [w for n in subjects for w in (n, *n.conjuncts)]
    return _persons(named, people), verbs


def _words_after(token: Token, sentences: int) -> Span:
    """The words after ``token`` to the end of its sentence and of the ``sentences`` after it."""
    doc, end = token.doc, token.sent.end
    for _ in range(sentences):
        end = doc[end].sent.end if end < len(doc) else end
    return doc[token.i + 1:end]


def _persons(names: list[Token], people: People) -> list[Party]:
    """The people (not bodies) the name tokens stand for, each once, in order."""
    found: list[Party] = []
    for name in names:
        party = people.at(name)
        if party is not None and not party.group and party not in found:
            found.append(party)
    return found


@dataclass(frozen=True)
class SideLeader:
    """Who led a side, and every side the same sentence gave a leader ("A led the Japanese
    delegation, and South Korea's by B": JP and KR)."""

    party: Party
    sides: frozenset[str]


def then_met(word: Token) -> bool:
    """"met A and then B": a name the parser joined to the verb itself, "then" (or "later") on it."""
    return word.dep_ == "conj" and word.pos_ in ("PROPN", "NOUN") and any(
        a.dep_ == "advmod" and a.lower_ in ("then", "later", "afterwards") and a.i < word.i and a.i > 0
        and a.nbor(-1).lower_ == "and" for a in word.subtree)


def side_leaders(doc: Doc, people: People) -> dict[str, SideLeader]:
    """Who led each side, by its country code or the word that names it: "X led the U.S. side", "Y
    headed the Chinese delegation", "the government team is led by A, while the rebel delegation is
    headed by B", "Ethiopia was represented by C and Eritrea by D"."""
    leaders: dict[str, SideLeader] = {}
    for verb in (t for t in doc if t.lemma_ in ("lead", "head", "represent") and t.pos_ == "VERB"):
        pairs = [(side, s) for side in verb.children if side.dep_ == "dobj" and {side.lower_, side.lower_.removesuffix("s")} & _SIDES
                 for s in verb.children if s.dep_ == "nsubj"]
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        sides = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if sides and sides[0].lower_ == "it" and sides[0].i == sides[0].sent.start and (
                before := sentence_before(sides[0].sent)) is not None:
            # "X received a European Union delegation. It was led by Y": the side told just before.
            sides = [t for t in before if t.lower_ in _SIDES and t.pos_ == "NOUN"][-1:]
        if verb.dep_ == "acl" and verb.head.lower_ in _SIDES and agents:
            sides = [verb.head]  # "A Ugandan delegation headed by Energy Minister X opened negotiations"
        if sides and agents:
            pairs.append((sides[0], agents[0]))
            # "… and the Azerbaijani side by Y", "… and Eritrea by D": the parser joins the second
            # side to the first leader's name, its "by" under it or under the verb. (Past the
            # leader's name given after the office, "by the director-general, X, and Korea's by Y",
            # where the parser may join "Korea" to the verb.)
            others = [c for c in agents[0].conjuncts if c.i > agents[0].i and people.at(c) is None]
            others += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")]
            for other in others:
                second = [g for c in other.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                          for g in c.children if g.dep_ == "pobj"]
                pairs += [(other, n) for n in (second or agents[1:2])]
        led = []
        if sides and agents and sides[0].lower_.rstrip("s") in _SIDES and reference_count(sides[0]) == 2:
            # "The two teams were led by the union's general secretary, A, and Northway's managing
            # director, B": each leads the side of the body that owns the office.
            offices = [agents[0], *agents[0].conjuncts,
                       *(c for a in agents[0].children if a.dep_ == "appos" for c in a.conjuncts)]
            for office in offices:
                owner = next((c for c in office.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
                party = people.at(office) or next((q for a in office.children if a.dep_ == "appos"
                                                    and (q := people.at(a)) is not None), None)
                if owner is not None and party is not None and not party.group:
                    # (A firm by the first word of its name, "Northway Coaches'"; a body by its word, "the union's".)
                    first = next((w for w in owner.subtree if w.is_alpha and w.lower_ != "the"), owner)
                    led.append((party, [(first if owner.pos_ == "PROPN" else owner).lower_]))
        for side, name in [*pairs]:
            if side.tag_ == "NNS" and any(w.lower_ in ("their", "respective") for w in side.subtree if w.i < side.i):
                # "A and B led their countries' delegations": each the side of A's country and B's.
                each = [p for n in (name, *name.conjuncts) if (p := people.at(n)) is not None and not p.group and p.country]
                if len(each) > 1:
                    pairs.remove((side, name))
                    for party in each:
                        party.delegation = True
                        led.append((party, [party.country]))
        for side, name in pairs:
            party = people.at(name)
            keys = _side_keys(side)
            if party is None or party.group or not keys or (side.lower_ not in _SIDES and side.ent_type_ != "GPE"):
                continue
            party.delegation = True
            if keys[0].isupper():
                party.country = party.country or keys[0]
            led.append((party, keys))
        # (One side's words are not two sides: "The company's negotiating team was led by X".)
        together = frozenset(k for _, keys in led for k in keys) if len(led) > 1 else frozenset()
        for party, keys in led:
            for key in keys:
                leaders.setdefault(key, SideLeader(party, together))
    return leaders


def _side_keys(side: Token) -> list[str]:
    """What names a side: its country ("Ethiopia", "the Armenian side") or, failing one, the words
    before it ("the government team", "the rebel delegation")."""
    if side.ent_type_ == "GPE" and (code := country_code(entity_text(side))):
        return [code]
    words = [c for c in side.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    codes = [code for c in words if (code := country_code(c.text))]
    return codes[:1] or [c.lower_ for c in words if c.is_alpha]


def lead(parties: list[Party], leaders: dict[str, SideLeader]) -> None:
    """"U.S. and Chinese officials met …; X led the U.S. side": X stands for the U.S. side. Not when
    the leaders were told of other talks: "A led Japan's team, and Korea's by B" names no one for
    later "talks between Japan and China"."""
    found = {i: next((leaders[k] for k in _keys(party) if k in leaders), None)
             for i, party in enumerate(parties) if party.group}
    told = [leader.sides for leader in found.values() if leader is not None and len(leader.sides) > 1]
    if any(not set(_keys(parties[i])) & sides for i, leader in found.items() if leader is None for sides in told):
        return
    for i, leader in found.items():
        if leader is not None and leader.party not in parties:
            parties[i] = leader.party


def _keys(party: Party) -> list[str]:
    """What may name a body's side: its country, its words, its initials ("a visiting International
    Monetary Fund team … The IMF team is led by X")."""
    initials = "".join(w[0] for w in party.name.split() if w[:1].isupper()).lower()
    words = party.name.lower().split()
    # ("Union leaders met managers from the operator …; the company's team was led by its managing
    # director, X": the employer's side)
    employer = ["company"] if set(words) & _EMPLOYER_WORDS else []
    return [*([party.country] if party.country else []), *words, initials, *employer]


def trips(destinations: list[tuple[Token, str]], people: People) -> list[tuple[int, Party, str]]:
    """(word index, traveller, place) for each trip told as done ("X arrived in Vientiane"), from
    the (verb, place) pairs :func:`~.details.destination` found, and each told by its noun ("the
    president's visit to London")."""
    found = []
    for verb, place in destinations:
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            party = _resolve(subject, people)
            if party is not None:
                found.append((verb.i, party, place))
    for noun in (t for t in people.doc if t.pos_ == "NOUN" and t.lemma_ in ("visit", "trip")):
        owners = [p for c in noun.children if c.dep_ == "poss" and (p := _resolve(c, people)) and not p.group]
        if not owners and noun.dep_ == "pobj" and noun.head.lower_ in ("during", "on"):
            # "X has announced during a visit to Kigali", "X, on a visit to Beirut, said": the
            # visit of whoever did what it is the time of.
            doing = next((a for a in noun.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            owners = [p for c in (doing.children if doing is not None else ()) if c.dep_ == "nsubj"
                      and (p := _resolve(c, people)) and not p.group]
        if not owners:
            # "a two-day visit to Yerevan by the prime minister", the parser hanging "by" on the
            # noun the visit is of ("at the end of a visit … by X") as often as on the visit.
            holders = [noun, noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "of" else [noun]
            owners = [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "by"
                      for g in c.children if g.dep_ == "pobj" and (p := _resolve(g, people)) and not p.group]
        if owners and (place := visited_place(noun, capitals=True)) is not None:
            found.append((noun.i, owners[0], place.text))
    return found


def _met_in_the_clause_before(verb: Token, people: People) -> Party | None:
    """The one person the verb ``verb`` is joined to met, spoke with or called (its object, or whom
    it was "with")."""
    before = verb.head
    if before.lemma_ in REPORTING:
        # ("X spoke with Y, the ministry said, and will host him": what was said before)
        before = next((c for c in before.children if c.dep_ == "ccomp" and c.i < verb.i), before)
    words = [c for c in before.children if c.dep_ == "dobj"] + [
        g for c in before.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children if g.dep_ == "pobj"]
    met = [p for w in words if (p := people.at(w)) is not None and not p.group]
    return met[0] if len(met) == 1 else None


def named_before_office(body: Token, people: People) -> Party | None:
    """The person a body's word stands in for when the parser hung on it a name set off before an
    office of the body: "with [X], secretary of Iran's Supreme National Security [Council]"."""
    for name in (c for c in body.children if c.dep_ == "nmod" and c.i < body.i):
        party = people.at(name)
        if party is not None and not party.group and any(
                c.dep_ == "appos" and c.lower_ in OFFICES and c.i < body.i for c in name.children):
            return party
    return None


def _antecedent(t: Token, people: People, group: bool, depth: int = 0) -> Party | None:
    """A pronoun's referent: the subject of a clause above it ("X flew to A, where he met …", and
    through another pronoun), else the subject of a sentence before, else the last person named.
    News keeps the traveller as subject ("X met Y in A. On Friday he flew to B"): the person named
    last (Y) is the wrong guess there."""
    head = t.head
    if not group and t.lower_ in ("him", "her") and t.dep_ == "dobj" and head.dep_ == "conj" and (
            met := _met_in_the_clause_before(head, people)) is not None:
        return met  # "X spoke by phone with Y … and will host him in Baghdad": Y
    # "X had lunch with him": an object pronoun is never its own clause's subject ("himself" is).
    own_clause = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) if t.lower_ in _OBJECTIVE else None
    # (A clause on where or when the one above happened tells of its subject, however far below
    # it the parser hangs: "X took part in a forum at the Federation of Saudi Chambers, where he
    # met …".)
    setting = t.head.dep_ == "relcl" and any(c.lower_ in ("where", "when") for c in t.head.children)
    for _ in range(len(t.sent) if setting else 6):
        if head.head == head:
            break
        head = head.head
        if not group and (party := _trip_owner(head, people)) is not None:
            # "X, whose visit to Erbil, during which he was to meet Y, was postponed": a clause on
            # X's trip (or that the parser hung off X) tells of X.
            return party
        # (The parser may hang the subject off an auxiliary: "X did travel to Geneva, where he …".)
        words = [*head.children, *(g for a in head.children if a.dep_ == "aux" for g in a.children)]
        for s in (d for c in words if c.dep_ in _SUBJECTS and c != t and head != own_clause for d in past_dateline(c)):
            if s.lower_ in _PERSONAL and not group:
                if s.i < t.i:
                    return _antecedent(s, people, group, depth)
                continue
            if group and s.lower_ in ("which", "that") and head.dep_ == "relcl":
                s = head.head  # "Nordhavn Bank, which said it had held talks with Y"
            party = people.group_at(s) if group else people.at(s)
            if party is None and group:  # "Kenya's largest lender, Equity, said it …"
                party = next((q for a in s.children if a.dep_ == "appos" and (q := people.group_at(a))), None)
            if party is None and group:
                party = _described_firm(s, people)  # "The German exchange said it had held talks …"
            if party is None and not group:
                # "the chief executive of Energogaz, X, denied … that he had met …": the name in apposition.
                party = next((q for a in s.children if a.dep_ == "appos" and (q := people.at(a)) is not None
                              and not q.group), None)
            if party is None and not group:
                # "The Romanian premier's visit had begun …, when she conferred with …", "a planned
                # visit to Quito by X, during which he was to meet …": whose visit.
                party = next((q for c in s.children for w in ([c] if c.dep_ == "poss" else [
                    g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "by" else [])
                    if (q := people.at(w)) is not None and not q.group), None)
            if party is not None and not (head.lemma_ in REPORTING and not group and s.i > t.i):
                return party
        if not group and head != own_clause and (agent := next((
                q for a in head.children if a.dep_ == "agent" for g in a.children
                if g.dep_ == "pobj" and (q := people.at(g)) is not None and not q.group), None)) is not None:
            return agent  # "The offer was made by X when he met Y": who did what no one's subject did
        if head.lemma_ in REPORTING and not group:
            # "X will pay a visit …, his office said, after he discussed …": the subject of what
            # was reported, the speaker being no one the article names.
            reported = [q for c in head.children if c.dep_ == "ccomp" and c.i < t.i for s in c.children
                        if s.dep_ in ("nsubj", "nsubjpass") and (q := people.at(s)) is not None and not q.group]
            if reported:
                return reported[0]
    if group:
        # "A delegation headed by X arrived in Cairo on Wednesday. It is expected to meet Y": the
        # body the sentence before was about.
        before = sentence_before(t.sent)
        # (Or "The company says it has too much capacity. It is also in merger talks with Y": the
        # firm the sentence before was about.)
        return next((q for s in (before.root.children if before is not None and t.i == t.sent.start else [])
                     if s.dep_ in ("nsubj", "nsubjpass") and (q := _body_told(s, people))), None)
    subject = _previous_subject(t, people, depth)
    if subject is not None:
        return subject
    earlier = [p for j, p in people.mentioned_before(t.sent.start) if not p.group]
    return earlier[-1] if earlier else None


def _body_told(subject: Token, people: People) -> Party | None:
    """The body a sentence's subject tells of: a delegation (by its leader), a body by its name
    ("Kestrel Logistics lifted its profits. It is also in talks with Y"), or "the company"."""
    if subject.lower_ in _TRAVELLING_BODIES:
        return _delegation_leader(subject, people) or people.group_at(subject)
    if subject.pos_ == "PROPN" and (named := people.group_at(subject)) is not None:
        return named
    return _described_firm(subject, people)


def _trip_owner(t: Token, people: People) -> Party | None:
    """Whose trip "whose visit" is: the person named just before "whose" (the parser hangs the
    clause anywhere), when ``t`` is that trip or the name it hangs from."""
    trips = [t] if t.pos_ == "NOUN" else [c for c in t.children if c.dep_ in ("appos", "relcl")] if t.pos_ == "PROPN" else []
    whose = next((c for trip in trips if trip.lemma_ in ("visit", "trip") for c in trip.children
                  if c.lower_ == "whose" and c.dep_ == "poss"), None)
    if whose is None or whose.i < 2 or whose.doc[whose.i - 1].text != ",":
        return None
    party = people.at(whose.doc[whose.i - 2])
    return party if party is not None and not party.group else None


def _previous_subject(t: Token, people: People, depth: int) -> Party | None:
    """Who a sentence-level pronoun continues from the three sentences before: the person that one
    already called "him"/"her" (the one the story is about: "Y welcomed him. He then flew …"), else
    its main-clause subject (past sentences about the place: "X flew to Maputo, where he met Y.
    Mozambique has been held up … British aid pays … In Gaborone, he called on Z": X)."""
    sent = t.sent
    same = _SAME_PERSON.get(t.lower_)
    for _ in range(3):
        if depth > 2 or (sent := sentence_before(sent)) is None:
            return None
        root = sent.root
        topic = [w for w in sent if w.lower_ == same and w.dep_ in ("dobj", "pobj")]
        verbs = [root, *root.conjuncts]
        if root.lemma_ in REPORTING:
            # "X was received by Y on Tuesday, the presidency said": the story is the reported clause.
            verbs = [c for c in root.children if c.dep_ == "ccomp"] + verbs
        subjects = [s for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for s in past_dateline(c)]
        for s in topic + subjects:
            party = _antecedent(s, people, False, depth + 1) if s.lower_ in _PERSONAL else people.at(s)
            if party is not None and not party.group:
                return party
        if subjects and not any(s.lower_ in _PERSONAL or people.at(s) is not None for s in subjects):
            # "The afternoon took X to the palace. There he …": with no one as subject, the story
            # goes on with the person it moved.
            moved = [q for v in verbs for o in v.children if o.dep_ == "dobj" and (q := people.at(o)) is not None
                     and not q.group]
            if moved:
                return moved[0]
    return None
