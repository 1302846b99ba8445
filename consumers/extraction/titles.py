"""Words that make someone an official: offices, ranks and honorifics, and Matcher patterns for them.

en_core_web_sm often misses titled names ("Deputy Defense Minister General Army Yunus-Bege
Evkurov" is NORP + ORG + nothing), so people are found from their titles as much as from NER.
"""

from __future__ import annotations

import functools
import re

from spacy.matcher import Matcher
from spacy.tokens import Doc

# Nouns that head an office ("deputy chief", "Foreign Minister", "presidential envoy").
OFFICES = {
    "president", "vice-president", "premier", "minister", "secretary", "chancellor", "king",
    "queen", "emperor", "empress", "emir", "sultan", "monarch", "envoy", "ambassador", "negotiator", "diplomat",
    "general", "admiral", "commander", "chief", "governor", "mayor", "senator", "congressman",
    "congresswoman", "lawmaker", "mp", "speaker", "spokesman", "spokeswoman", "spokesperson",
    "official", "leader", "head", "director", "chairman", "chairwoman", "chairperson", "chair", "commissioner",
    "representative", "delegate", "counterpart", "ayatollah", "mediator", "marshal",
    "colonel", "attaché", "consul", "prince", "taoiseach", "tanaiste", "tánaiste", "shogun",
    "pontiff", "pope", "cardinal", "patriarch", "mufti", "vizier", "regent", "secretary-general",
    "boss", "ceo", "executive", "officer", "pm", "founder", "undersecretary", "under-secretary", "adviser", "advisor",
    "aide", "administrator", "akim", "hyakim", "beretitenti", "d'affaires",
}
# Words that may precede the office inside a title ("Deputy Defense Minister").
MODIFIERS = {
    "deputy", "vice", "first", "second", "prime", "foreign", "defence", "defense", "finance",
    "interior", "home", "trade", "economy", "economic", "energy", "health", "justice",
    "education", "agriculture", "culture", "transport", "labour", "labor", "environment",
    "presidential", "special", "acting", "senior", "state", "army", "military", "navy",
    "naval", "chief", "executive", "supreme", "top", "assistant", "under", "junior",
    "national", "security", "intelligence", "crown", "foreign-affairs", "joint", "majority",
    "minority", "opposition", "cabinet", "government", "former", "future", "interim", "police",
    "central", "bank", "party", "managing", "external", "affairs", "chargé",
}
# Portfolios that name a minister's office ("Chad's petroleum minister", "Hydrocarbons Minister",
# "Public Works Minister"). Before other offices they say what a person works in, not that they
# hold office ("an oil executive", "a border official"), so they qualify only these.
PORTFOLIOS = {
    "petroleum", "oil", "gas", "hydrocarbons", "mines", "mining", "minerals", "fisheries", "tourism", "water",
    "industry", "commerce", "housing", "sport", "sports", "youth", "information", "communications",
    "telecommunications", "planning", "development", "infrastructure", "public", "works", "lands", "natural",
    "resources", "treasury", "budget", "immigration", "migration", "religious", "social", "welfare", "employment",
    "science", "technology", "digital", "climate", "forestry", "food", "rural", "maritime", "aviation", "veterans",
    "heritage", "arts", "cooperation", "integration", "reconstruction", "electricity", "pensions", "enterprise",
    "investment", "revenue", "customs", "border", "equality", "expatriates", "emigrants", "diaspora", "worship",
    "mobility", "gender", "women", "transition", "ecological",  # "Energy Transition Minister"
}
PORTFOLIO_OFFICES = {"minister", "secretary", "commissioner"}
# The words of a title that say which office it is: "the agriculture minister" is not the deputy
# infrastructure minister, "the prime minister" not the foreign minister.
FIELDS = PORTFOLIOS | {"foreign", "defence", "defense", "finance", "interior", "home", "trade", "economy", "economic",
                       "energy", "health", "justice", "education", "agriculture", "culture", "transport", "labour",
                       "labor", "environment", "security", "intelligence", "external", "prime", "police"}
_SPELLINGS = {"defense": "defence", "labor": "labour", "economic": "economy"}


def fields(title: str) -> set[str]:
    """The words of ``title`` that say which office it is, one spelling each."""
    return {_SPELLINGS.get(w, w) for w in re.split(r"[\s-]+", title.lower()) if w in FIELDS}
# A title may end in one of these after the office ("Secretary General", "Attorney General").
TRAILERS = {"general", "minister"}
# Offices that "General" completes rather than following as a rank ("Minister General Evkurov").
GENERAL_OFFICES = {"secretary", "attorney", "inspector", "solicitor", "surgeon", "director",
                   "auditor", "consul", "governor", "postmaster", "secretary-"}
# Courtesy words kept out of names and titles: they say nothing about office.
# Military ranks: an office on their own, but when another title is present it is preferred.
RANKS = {
    "general", "gen", "admiral", "adm", "colonel", "col", "lt", "lieutenant", "brigadier",
    "marshal", "major", "captain", "commander",
}
# Styles and ranks written short before a name, which the tokenizer splits from their full stop
# ("the Speaker, Hon. Abass Kamara-Bundu, …"; "Gen." and "Dr." stay whole).
SHORT_STYLES = {"hon", "amb", "rt", "eng", "engr", "ing", "lic", "arq", "capt", "lt", "col", "maj", "brig", "cdr", "cmdr",
                "sgt", "supt", "insp"}
# Plural nouns naming an official party when qualified by a country ("U.S. officials").
GROUPS = {
    "officials", "representatives", "delegation", "delegations", "diplomats", "negotiators",
    "envoys", "ministers", "government", "authorities", "mediators", "counterparts",
    "figures", "unions", "executives", "bosses", "leaders", "chiefs", "team", "lawmakers",
    "regulators", "rebels", "militants", "insurgents", "commanders", "judges", "elders", "force", "bankers",
    "donors", "mps", "legislators", "senators", "parliamentarians",
}
# "the two leaders", "both sides": plural references back to a meeting's participants.
PLURAL_REFERENCES = {
    "leaders", "ministers", "sides", "men", "women", "officials", "presidents", "parties",
    "delegations", "counterparts", "heads", "diplomats", "envoys", "two", "three", "pair",
    "countries", "nations", "governments", "firms", "companies", "groups", "exchanges", "states",
}
# "the two sides", "both countries", "the two firms": bodies named before, not people.
BODY_REFERENCES = {"sides", "parties", "countries", "nations", "governments", "firms", "companies", "groups",
                   "exchanges", "states", "clubs", "banks", "unions", "carmakers", "airlines"}
# Offices whose holders are not officials on their own ("prince", "leader" of a band…)
# still count when the article gives them another title; these never do.
NOT_OFFICIAL = {"prince", "head", "leader", "chair", "director"}
# How many "the two leaders", "both sides", "three ministers" stand for.
COUNTS = {"both": 2, "two": 2, "three": 3}


def plural_office(token) -> str | None:
    """The office a plural noun names ("the two ministers", title-cased "the two Prime Ministers",
    which the model tags a proper noun and leaves unlemmatised): its singular, else None."""
    if token.tag_ == "NNS":
        word = token.lemma_.lower()
    elif token.tag_ in ("NNPS", "NNP") and token.lower_.endswith("s"):
        word = token.lower_[:-1]
    else:
        return None
    return word if word in OFFICES else None


def office_word(title: str | None) -> str | None:
    """The word of a title that names the office ("minister" of "Icelandic fisheries minister")."""
    return next((w for w in reversed((title or "").lower().split()) if w in OFFICES), None)


def office_qualifier(token) -> str:
    """The words before a plural office that narrow it: "foreign" of "the two foreign ministers",
    "prime" of "the prime ministers of A and B" (not the count)."""
    return " ".join(c.lower_ for c in token.children if c.dep_ in ("amod", "compound") and c.lower_ not in COUNTS)


def holds_office(title: str | None, office: str, qualifier: str = "") -> bool:
    """Whether someone of ``title`` is one of "the two <qualifier> <office>s": "the two ministers"
    are no prime minister and "the two presidents" no vice-president, though the word is in the title;
    a headline's "PM" is one of "the two prime ministers"."""
    words = re.sub(r"\bpm\b", "prime minister", (title or "").lower())
    if office == "minister" and not qualifier and re.search(r"\bsecretary\b", words) and not re.search(
            r"\b(?:general|press|permanent|private|parliamentary|executive|first|second|deputy|under)[ -]secretary\b|secretary[ -]general", words):
        return True  # a British secretary of state is one of "the two ministers"
    if office not in words or qualifier not in words:
        return False
    return bool(qualifier) or not re.search(rf"\b(?:prime|vice)[ -]{re.escape(office)}", words)


def reference_count(token) -> int:
    """How many people or bodies a plural reference counts ("the two leaders", "the pair": 2); 0 for none."""
    if token.lower_ == "pair":
        return 2
    if token.lower_ in COUNTS and token.dep_ in ("pobj", "nsubj", "dobj", "conj") and any(
            c.lower_ == "the" for c in token.children) and not any(c.lower_ == "of" for c in token.children):
        return COUNTS[token.lower_]  # "talks between the two": the number alone (not "met two of its targets")
    return next((COUNTS[c.lower_] for c in token.children if c.lower_ in COUNTS), 0)


# Last words of the names of texts and deals, which are never a side ("the Asean Digital Economy
# Framework Agreement", "the Trade in Goods Agreement").
DOCUMENTS = {"agreement", "treaty", "accord", "accords", "pact", "protocol", "convention", "charter",
             "declaration", "memorandum", "framework", "act", "bill"}
# Kinds of organisation: "the company" stands for the one named before; "UK bank Barclays" is one.
FIRMS = {"company", "firm", "group", "bank", "carrier", "airline", "exchange", "insurer", "retailer", "operator",
         "broadcaster", "carmaker", "manufacturer", "rival", "giant", "lender", "miner", "conglomerate",
         "developer", "publisher", "club"}
# Firms in the plural said by what they do: "internet service providers", "energy suppliers".
TRADES = FIRMS | {"provider", "supplier"}
# Relations that make a meeting private ("met his future wife Glenys").
PRIVATE_RELATIONS = {"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
                     "girlfriend", "boyfriend", "fiancée", "fiancee", "fiancé", "partner", "family",
                     "children", "parents", "grandson", "granddaughter", "widow", "fans", "fan"}
# Roles that make a person no official: their meetings are not diplomacy ("Actor X met singer Y").
PRIVATE_ROLES = {"actor", "actress", "singer", "rapper", "footballer", "striker", "midfielder",
                 "goalkeeper", "defender", "winger", "player", "star", "celebrity", "model", "comedian", "musician",
                 "novelist", "author", "artist", "designer", "chef", "boxer", "golfer", "tennis",
                 "presenter", "broadcaster", "journalist", "reporter", "anchor", "columnist",
                 "correspondent", "editor", "interviewer", "dj", "band"}
# Particles inside names ("Badr al-Harthi", "Faisal bin Khalid").
NAME_PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "du", "van", "von",
                  "der", "den", "la", "le", "ben", "dos", "das", "del", "y"}


_CORE = [
    {"LOWER": {"IN": sorted(MODIFIERS)}, "OP": "*"},
    {"LOWER": {"IN": sorted(OFFICES | RANKS)}},
    {"ORTH": "-", "OP": "?"},
    {"LOWER": {"IN": sorted(TRAILERS)}, "OP": "?"},
]
# "Vice-President", "Deputy-Governor": the model splits a hyphenated office at its hyphen.
_HYPHENATED = [*_CORE[:1], {"LOWER": {"IN": sorted(MODIFIERS)}}, {"ORTH": "-"}, *_CORE[1:]]
# "Ambassador Extraordinary and Plenipotentiary": one office.
_ENVOY = [*_CORE, {"LOWER": "extraordinary"}, {"LOWER": "and"}, {"LOWER": "plenipotentiary"}]
# "White House chief of staff": one office, its complement in lower case.
_STAFF = [*_CORE[:1], {"LOWER": "chief"}, {"LOWER": "of"}, {"LOWER": "staff"}]
# "Chad's petroleum minister": a portfolio qualifies only a minister's office.
_PORTFOLIO = [
    {"LOWER": {"IN": sorted(MODIFIERS)}, "OP": "*"},
    {"LOWER": {"IN": sorted(PORTFOLIOS)}, "OP": "+"},
    {"LOWER": {"IN": sorted(MODIFIERS | PORTFOLIOS)}, "OP": "*"},
    {"LOWER": {"IN": sorted(PORTFOLIO_OFFICES)}},
]


def _complemented() -> list[list[dict]]:
    """A title with an "of/for …" complement, the complement's owner possibly named too
    ("secretary of Armenia's Security Council")."""
    complement = [
        {"LOWER": {"IN": ["of", "for"]}},
        {"LOWER": "the", "OP": "?"},
        {"IS_TITLE": True, "OP": "+"},
    ]
    owned = complement + [{"ORTH": {"IN": ["'s", "’s"]}}, {"IS_TITLE": True, "OP": "+"}]
    # "Minister of State for Foreign Affairs", "Ambassador of the Republic of Senegal to the State
    # of Qatar", "State Secretary at the Ministry of Foreign Affairs of the Kingdom of Norway"
    further = [{"LOWER": {"IN": ["of", "for", "to", "at"]}}, *complement[1:]]
    # "Minister of State in charge of East African Community Affairs": the portfolio as a charge.
    charge = [{"LOWER": "in"}, {"LOWER": "charge"}, *complement]
    return [pattern for core in (_CORE, _HYPHENATED, _ENVOY) for pattern in (
        core + complement, core + owned, *(core + owned + further * n for n in (1, 2)),
        *(core + complement + further * n for n in (1, 2, 3)),
        *(core + further * n for n in (2, 3, 4)), core + charge, core + complement + charge)]


def title_patterns() -> list[list[dict]]:
    """Matcher patterns for a title phrase, with or without an "of/for …" complement."""
    return [_CORE, _HYPHENATED, _ENVOY, _STAFF, *_complemented(), _PORTFOLIO]


def title_matches(matcher: Matcher, doc: Doc) -> list[tuple[int, int, int]]:
    """``matcher``'s matches of :func:`title_patterns` and :func:`field_title_patterns` in ``doc``,
    the matcher run only over the runs of words a title can be made of that hold an office word:
    the same matches (none crosses such a run, and overlapping ones share one), at a fraction of
    the cost, since each pattern opens with words that may be absent and so starts at every token."""
    found: list[tuple[int, int, int]] = []
    start, office = 0, False
    for token in (*doc, None):
        if token is not None and (token.is_title or token.lower_ in _title_words()):
            office = office or token.lower_ in OFFICES or token.lower_ in RANKS
            continue
        end = len(doc) if token is None else token.i
        if office:
            found.extend((key, start + s, start + e) for key, s, e in matcher(doc[start:end]))
        start, office = end + 1, False
    return found


def field_title_patterns() -> list[list[dict]]:
    """Matcher patterns for an office with two fields ("Minister of Trade and Industry",
    "Commissioner for Oceans and Fisheries"). A match followed by an office word is two people's
    titles ("the President of France and Foreign Minister X"), which the caller leaves out."""
    field = [
        {"LOWER": "and"},
        {"IS_TITLE": True, "LOWER": {"NOT_IN": sorted(OFFICES | RANKS)},
         "ENT_TYPE": {"NOT_IN": ["GPE", "NORP", "PERSON"]}, "OP": "+"},
    ]
    return [pattern + field for pattern in _complemented()]


@functools.cache
def _title_words() -> frozenset[str]:
    """Every word the title patterns name (capitalised words aside, which they take as such): a
    match is a run of them that holds an office word."""
    words: set[str] = set()
    for spec in (spec for pattern in (*title_patterns(), *field_title_patterns()) for spec in pattern):
        for value in (spec.get("LOWER"), spec.get("ORTH")):
            if isinstance(value, str):
                words.add(value)
            elif isinstance(value, dict) and "IN" in value:
                words.update(value["IN"])
    return frozenset(words)


def is_official(title: str | None) -> bool:
    """True when a title names an office rather than a courtesy or a vague role."""
    if not title:
        return False
    words = title.lower().replace("-", " ").split()
    offices = [w for w in words if w in OFFICES or w in RANKS]
    if not offices:
        return False
    return any(w not in NOT_OFFICIAL for w in offices) or len(words) > 1


_LEADING_DETERMINER = re.compile(r"^(?:the|a|an|his|her|its|their)\s+", re.IGNORECASE)


def plain_title(title: str | None) -> str | None:
    """A title as a reader writes it beside a name: without the determiner of the phrase it was
    read from ("the Minister of Foreign Affairs" is "Minister of Foreign Affairs")."""
    return _LEADING_DETERMINER.sub("", title) if title else title
