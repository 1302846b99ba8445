"""Who met whom: the parties on each side of a meeting word, read off the dependency parse.

Side one is the subject of the meeting verb (or of the verb a meeting noun hangs from: "held
talks", "engaged in a telephone conversation"); side two its object or a "with"/"between"
phrase. Pronouns and descriptions are resolved to people named earlier; plural references
("the two leaders", "they") are reported as such, because they point at a meeting already found.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from newswatch.consumers.countries import country_code
from newswatch.consumers.people import Party, People
from newswatch.consumers.titles import PLURAL_REFERENCES
from newswatch.consumers.triggers import REPORTING, Trigger

_SUBJECTS = {"nsubj", "nsubjpass", "agent"}
_OBJECT_PREPS = {"with", "between", "alongside", "and"}
_LINKING_PREPS = {"in", "during", "after", "following", "at", "for", "before", "ahead", "on", "by"}
_MEDIUM_PREPS = {"by", "on", "over", "via", "through"}
_PERSONAL = {"he", "she", "him", "her"}
_PLURAL_PRONOUNS = {"they", "them", "both"}


@dataclass
class Roles:
    verb: Token
    parties: list[Party] = field(default_factory=list)
    plural_reference: bool = False


def governing_verb(trigger: Trigger) -> Token:
    """The verb a meeting noun depends on: "held" talks, "engaged in" a conversation, "said" after
    a meeting (through at most two prepositions); the token itself when none is near."""
    t = trigger.token
    if t.pos_ == "VERB":
        return t
    if t.dep_ in ("dobj", "attr", "nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX"):
        return t.head
    for _ in range(2):
        if t.dep_ != "pobj" or t.head.lower_ not in _LINKING_PREPS:
            break
        t = t.head.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return trigger.token


def roles(trigger: Trigger, people: People) -> Roles:
    token, verb = trigger.token, governing_verb(trigger)
    found = Roles(verb)
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if not subjects:
        subjects = _controller(verb)
    objects: list[Token] = []
    if trigger.rule in ("meet", "host", "visit", "phone", "call_on"):
        objects += [c for c in token.children if c.dep_ in ("dobj", "dative")]
    preps = [c for c in token.children if c.dep_ == "prep"]
    if verb != token:
        preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    for medium in (g for c in verb.children if c.lower_ in _MEDIUM_PREPS for g in c.children):
        preps += [c for c in medium.children if c.dep_ == "prep" and c.lower_ == "with"]
    if token.lower_ in ("call", "calls"):
        preps += [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "to")]
    for prep in preps:
        if prep.lower_ in _OBJECT_PREPS or (prep.lower_ in ("to", "on") and trigger.rule in ("speak", "call_on")) or (
                prep.lower_ in ("from", "to") and token.lower_ in ("call", "calls")):
            objects += [c for c in prep.children if c.dep_ == "pobj"]
    if trigger.rule == "talks" and token != verb and token.dep_ not in ("dobj", "pobj") and not any(
            p.lower_ == "with" for p in preps):
        subjects = []
    subjects += [c for c in token.children if c.dep_ == "poss"]
    stack = subjects + objects
    while stack:
        t = stack.pop(0)
        if t.lower_ in _PLURAL_PRONOUNS or _plural_reference(t):
            found.plural_reference = True
            continue
        party = _resolve(t, people)
        if party is not None and all(party.normalized != p.normalized for p in found.parties):
            found.parties.append(party)
        wanted = ("conj", "appos") if party else ("conj", "appos", "compound")
        stack.extend(c for c in t.children if c.dep_ in wanted)
    return found


def _controller(verb: Token) -> list[Token]:
    """The understood subject of "to meet" / "and met": the subject of the verb above."""
    t = verb
    for _ in range(3):
        if t.dep_ not in ("xcomp", "advcl", "conj", "relcl", "acl") or t.head == t:
            return []
        t = t.head
        subjects = [c for c in t.children if c.dep_ in _SUBJECTS]
        if subjects:
            return subjects
    return []


def _plural_reference(t: Token) -> bool:
    determiners = {c.lower_ for c in t.children}
    return t.lower_ in PLURAL_REFERENCES and bool(determiners & {"the", "two", "both", "three"})


def _resolve(t: Token, people: People) -> Party | None:
    if t.lower_ in ("who", "that", "which") and t.head.dep_ == "relcl":
        return people.at(t.head.head) or people.group_at(t.head.head)
    if t.lower_ in _PERSONAL:
        return _antecedent(t, people, group=False)
    if t.lower_ == "it":
        return _antecedent(t, people, group=True)
    party = people.at(t)
    if party is not None:
        return party
    if t.lower_ in ("delegation", "team"):
        leader = _delegation_leader(t, people)
        if leader is not None:
            return leader
    return people.group_at(t)


def mark_delegation_leader(delegation: Token, people: People) -> None:
    """Flag whoever leads a delegation: "X led a delegation to …", "a delegation led by X"."""
    if delegation.dep_ == "dobj" and delegation.head.lemma_ in ("lead", "head"):
        for s in (c for c in delegation.head.children if c.dep_ == "nsubj"):
            party = _resolve(s, people)
            if party is not None:
                party.delegation = True
    _delegation_leader(delegation, people)


def _delegation_leader(t: Token, people: People) -> Party | None:
    for acl in (c for c in t.children if c.lemma_ in ("lead", "head")):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            for name in (c for c in agent.children if c.dep_ == "pobj"):
                party = people.at(name)
                if party is not None:
                    party.delegation = True
                    party.country = party.country or next(
                        (country_code(c.text) for c in t.children if c.ent_type_ == "NORP"), None)
                    return party
    return None


def _antecedent(t: Token, people: People, group: bool) -> Party | None:
    """A pronoun's referent: the subject of a clause above it, else the last person named."""
    head = t.head
    for _ in range(6):
        if head.head == head:
            break
        head = head.head
        for s in (c for c in head.children if c.dep_ in _SUBJECTS and c != t):
            party = people.group_at(s) if group else people.at(s)
            if party is not None and not (head.lemma_ in REPORTING and not group and s.i > t.i):
                return party
    if group:
        return None
    earlier = [p for j, p in people.mentioned_before(t.sent.start) if not p.group]
    return earlier[-1] if earlier else None
