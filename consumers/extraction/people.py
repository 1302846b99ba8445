"""Who an article names: people with their titles and countries, merged across mentions.

A person is found from a title ("Foreign Minister Selin Aydemir", "Syria's Deputy Minister of
Defense, Murhaf Abu Kasra", "General Zhou Weimin, deputy chief of …") or from a PERSON entity;
later mentions ("Aydemir", "Zhou") and descriptions ("the Omani minister") point back to the
same :class:`Party`, so a title given once is known everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from newswatch.consumers.extraction.countries import country_code, country_name, is_capital, title_country, visited_country
from newswatch.consumers.extraction.details import DASHES, dateline_place, headline, in_dateline, lead_sentence
from newswatch.consumers.extraction.names import (PATRONYMICS, entities_in, entity_at, entity_text, name_word,
                                                  places_after, styled_name, whole_name)
from newswatch.consumers.extraction.sentences import sentence_after, sentence_before
from newswatch.consumers.extraction.titles import (BODY_REFERENCES, COUNTS, FIELDS, FIRMS, GENERAL_OFFICES, GROUPS, MODIFIERS,
                                                   NAME_PARTICLES, OFFICES, PORTFOLIO_OFFICES, PORTFOLIOS, PRIVATE_ROLES,
                                                   RANKS, SHORT_STYLES, TRADES, fields, holds_office, is_official, office_qualifier,
                                                   office_word, plural_office, reference_count, title_matches)
from newswatch.consumers.extraction.triggers import QUOTES, REPORTING
from newswatch.consumers.identity import COURTESY_TITLES, HONORIFICS, normalize

_CONTEXT_ENTS = {"NORP", "GPE", "ORG"}
# Words that say how a body stands to the story, not what it is called.
_DESCRIBING = {"rival", "rivals", "suitor", "bidder", "partner", "parent", "owner"}
_ROYAL = {"prince", "princess", "king", "queen", "sheikh", "emir", "sultan", "pope"}
_VAGUE_GROUPS = {"officials", "government", "authorities", "representatives", "ministers", "leaders",
                 "members", "delegation", "delegations", "team"}
# Peoples and faiths the model tags NORP that are no body of their own.
_PEOPLES = {"muslim", "christian", "catholic", "protestant", "jewish", "jew", "sunni", "shia", "shiite", "hindu",
            "sikh", "buddhist", "arab", "kurd", "kurdish", "european", "african", "asian", "latino", "western"}
# Styles a person is called by with their given name alone ("Sheikh Mohammed", "Sayyid Khalid").
_STYLED_GIVEN = _ROYAL - {"pope"} | {"sayyid", "sayyida", "sheikha"}
_PRONOUN_DETERMINERS = {"his", "her", "their", "its", "our", "my", "your"}
# Who "the visiting …" is when no office is said.
_GUESTS = {"leader", "guest", "visitor", "dignitary", "statesman"}
# Words that make an office a lesser one than the same words without them ("Deputy Foreign Minister").
_LESSER = {"deputy", "vice", "assistant", "under", "junior"}
# Offices news names two ways ("the Romanian premier" after "Prime Minister X").
_SAME_OFFICE = {"premier": ("prime minister",), "pm": ("prime minister",),
                # ("the Head of State" of a readout is the president it is about)
                "head of state": ("president", "king", "emir", "amir", "sultan"),
                "head of government": ("prime minister", "premier", "chancellor")}
# A head of state's office named by the state it heads, not by its country's name.
_OF_THE_STATE = re.compile(r"\bof the (?:republic|state|nation|kingdom|federation|union)\b", re.IGNORECASE)
# Offices held at a place named after them ("ambassador to Yemen").
_POSTED = {"ambassador", "envoy", "representative", "consul", "commissioner", "coordinator", "d'affaires"}
# (and a style: "The Honourable Minister of State for X, Hon. Y")
_APPOSITION_CUES = {"the", "a", "an", "his", "her", "its", "their", "'s", "’s", "honourable", "honorable"}
# Styles written in capitals before an office or a name ("HE the Minister of State", "HH the Amir",
# "H.E. Ambassador X"): never part of the name ("he" in lower case is the pronoun).
_STYLES = {"HE", "HH", "HM", "H.E.", "H.H.", "HRH"}
# Styles that open a name right after an office ("Minister of Foreign Affairs Prince Mansour …").
_NAME_STYLES = {"prince", "princess", "sheikh", "sheikha"}
# Offices only one country has: "talks with the taoiseach" are with Ireland's head of government.
_NATIONAL_OFFICES = {"taoiseach": "IE", "tánaiste": "IE", "tanaiste": "IE", "beretitenti": "KI", "hyakim": "TM"}
# Titles only one country gives, read once the meetings are told: "Foreign Secretary X" is
# Britain's (the United States has a Secretary of State, and spells "Defense"). (Read with the
# title, like the offices above, the country changed which meetings were found: one cancelled
# meeting came out as held.)
NATIONAL_TITLES = {title: "GB" for title in (
    "foreign secretary", "home secretary", "defence secretary", "international development secretary",
    "northern ireland secretary", "scottish secretary", "scotland secretary", "welsh secretary", "wales secretary",
    "culture secretary", "work and pensions secretary", "trade and industry secretary", "trade secretary",
    "industry secretary", "environment secretary", "foreign office minister", "chancellor of the exchequer",
    "first minister", "pensions secretary", "business secretary", "transport secretary", "justice secretary",
    "communities secretary", "local government secretary")}
_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}
# Who a story quotes on what officials do, never the official it describes ("X, an analyst at …").
_COMMENTATORS = PRIVATE_ROLES | {"analyst", "economist", "expert", "professor", "lecturer", "researcher", "lawyer",
                                 "commentator", "historian", "academic"} | _SPOKESPEOPLE
# Labels the small model gives some people's names (not ORG: "Japan's Toyota Motor" is a firm).
_MISTAKEN_NAMES = {"FAC", "GPE", "WORK_OF_ART", "PRODUCT", "NORP", "LOC"}
# Offices a story may give its lead only as "the prime minister", "the chancellor" (not "the
# spokesman", someone else).
_LEAD_OFFICES = {"minister", "chancellor", "president", "premier", "secretary", "taoiseach", "leader"}


@dataclass(eq=False)
class Party:
    """One participant: a person, or a body when no person is named ("U.S. officials")."""

    name: str
    title: str | None = None
    country: str | None = None
    group: bool = False
    delegation: bool = False
    # Named with a courtesy title somewhere in the article ("Mr Blair", "Gen Musharraf"): news
    # writes real public figures so, which makes an untitled person a likelier official.
    honoured: bool = False

    def __post_init__(self) -> None:
        self.name = clean_name(self.name)

    @property
    def normalized(self) -> str:
        return normalize(self.name)


def _trade(token: Token) -> bool:
    """Firms in the plural, said what they do ("mobile phone operators", "energy suppliers"); not
    firms named before ("the two companies") nor a bare "companies"."""
    return token.tag_ == "NNS" and token.lemma_.lower() in TRADES and not any(
        c.lower_ in COUNTS or c.dep_ == "det" for c in token.children) and (any(
        c.dep_ == "compound" and c.pos_ == "NOUN" for c in token.children) or (
        token.dep_ == "conj" and token.head != token and _trade(token.head)))  # ("games publishers, retailers and …")


def clean_name(name: str) -> str:
    """A name without what the model took into it: a possessive ("Kofi Annan's meeting"), an
    acronym's open bracket ("Shanghai Automotive Industry Corporation (SAIC"), a style before it
    ("His Excellency Pascal Niyonzima" on a presidency's page) or the "and" of a list after it
    ("the Democratic Unionists and" of "… and Sinn Fein"), or a dateline's dash before it ("- Chad's
    government" of "DOHA, Dec 9 - Chad's government and …")."""
    name = re.sub(r"\s+(?:and|or|&)$", "", name)
    name = re.sub(r"^[-–—]+\s*(?=\S)", "", name)
    name = re.sub(r"^(?:(?:His|Her)\s+)?Excellency\s+(?=\S)", "", name)
    name = re.sub(r"\s*\([^)]*$", "", name)
    return re.sub(r"\s*['’]s?$", "", name) or name


class People:
    """Everyone one article names, indexed by the tokens that name them."""

    def __init__(self, doc: Doc, matcher: Matcher):
        self.doc = doc
        self.parties: list[Party] = []
        self._at: dict[int, Party] = {}
        self._descriptions: dict[int, tuple[str, str | None, str]] = {}
        self._unnamed: dict[str, Party] = {}
        # A description's office word → the person the next sentence introduces as that official.
        self._introduced: dict[int, Party] = {}
        self._titled: dict[int, Party] = {}  # the office word of "Foreign Minister X" → X
        # The office word of a description to its last word, where the description is kept: "the
        # President of the United Arab Emirates", the parser making "President" the object.
        self._described_office: dict[int, int] = {}
        self._orgs: list[Span] | None = None
        # (word, office, people) for each plural office a list of names shares.
        self.shared_offices: list[tuple[int, str, list[Party]]] = []
        # The word of each delegation ("a mission led by X") → its leader, for "the mission" later.
        self.leaders: dict[int, Party] = {}
        fields = doc.vocab.strings["fields"]
        # (Not an office in a name: "Rashid bin Sultan Al Harthy".)
        # (Nor a rank inside a name with conferred styles: "Dato Seri Pahlawan Colonel (Rtd) Haji …".)
        titles = filter_spans([doc[s:e] for key, s, e in title_matches(matcher, doc)
                               if (key != fields or e == len(doc) or doc[e].lower_ not in OFFICES | RANKS)
                               and not (s > 0 and doc[s - 1].lower_ in PATRONYMICS)
                               and not ((styled := styled_name(doc[s])) and styled.start < s)])
        covered: set[int] = set()
        for title in _held_together(titles):
            covered.update(self._from_title(title))
        for office in doc:
            if office.tag_ == "NNS" and office.lemma_.lower() in OFFICES:
                covered.update(self._share_office(office))
            if office.is_title and office.lower_.endswith("s") and office.lower_[:-1] in OFFICES:
                covered.update(self._share_title(office))
        for ent in doc.ents:
            owner = _possessor_country(ent)
            # "his Azerbaijani counterpart": the model tags some nationalities as people. It tags
            # some names as places ("Namibia's Johannes Haufiku-Amwele" as FAC): after a
            # country's possessive, a name-shaped entity is the country's person.
            # So are some set off after an office: "his Moldovan counterpart, [Elena Rusnac-Gheorghiu]ORG,".
            # (Or after the body the office is of: "the leader of the Public Servants Association, X,".)
            office = ent.root.head.head.head if ent.root.head.dep_ == "pobj" and ent.root.head.head.lower_ == "of" else (
                ent.root.head)
            apposed = ent.root.dep_ == "appos" and office.lemma_.lower() in OFFICES and len(ent) >= 2 and (
                ent.start > 0 and doc[ent.start - 1].text == ",")
            person = ent.label_ == "PERSON" or (owner is not None and ent.label_ in _MISTAKEN_NAMES and whole_name(ent[0])) or (
                apposed and ent.label_ in _MISTAKEN_NAMES | {"ORG"} and whole_name(ent[0]))
            if person and not covered.intersection(range(ent.start, ent.end)) and not (len(ent) == 1 and (
                    country_code(ent.text) or _acronym(ent[0]) or self._firm_by_first_word(ent[0]))) and (
                    not _firm_named(ent.root)):
                # "ASTANA - Kyrgyz" tagged as one person: the dateline is no part of a name.
                start = next((t.i for t in ent if not in_dateline(t) and not t.is_punct), ent.end)
                if start == ent.end or (start > ent.start and country_code(doc[start:ent.end].text)):
                    continue
                # "… and Marcelo Olivera - met in …": a dash set apart by spaces ends the name.
                end = next((t.i for t in doc[start + 1:ent.end] if _spaced_dash(t)), ent.end)
                name = _strip_leading(doc[start:end])
                if name is not None:
                    # "Prince Charles" is named by his given name: not the "Charles Kennedy" of another story.
                    royal = ent[0].lower_ in _ROYAL or (ent.start > 0 and doc[ent.start - 1].lower_ in _ROYAL)
                    party = self._register(name, ent[0].text if ent[0].lower_ in OFFICES else None, owner,
                                           exact=royal)
                    before = doc[name.start - 1].lower_.strip(".") if name.start > 0 else ""
                    party.honoured = party.honoured or before in HONORIFICS | RANKS | _ROYAL
        for t in doc[:-1]:
            if t.lower_.strip(".") in COURTESY_TITLES and t.i + 1 not in covered:
                name = _courtesy_name(doc, t.i + 1)
                known = self._at.get(t.i + 1)
                # (Or tagged only in part: "Mr Kilroy-Silk" as "Kilroy".)
                if name is not None and (known is None or len(name.text) > len(known.name) and name.text.startswith(known.name)):
                    self._register(name, None, None).honoured = True
        for t in doc:
            # A surname told alone again that the model tagged as something else ("Harutyunyan
            # and Huseynzade continued …", a nationality and a place), not a country's name: a
            # mention of the one person of that surname named before, whom "the two ministers"
            # after may mean.
            if t.i not in self._at and t.pos_ == "PROPN" and t.is_title and t.ent_type_ != "PERSON" and not country_code(t.text) and (
                    (p := self._by_word(t.text)) is not None and not p.group and len(p.name.split()) >= 2
                    and p.name.split()[-1] == t.text and any(j < t.i for j, q in self._at.items() if q is p)):
                self._at[t.i] = p
        for i in sorted(self._descriptions):
            # "Norway's Energy Minister, Ingrid Berg, said …": an office set off before a name gives
            # that person their office and country, whether or not a meeting's sides are read off
            # the office word itself.
            self._describe(doc[i])
        self._states_and_offices_around_names(doc)

    def _states_and_offices_around_names(self, doc: Doc) -> None:
        """"Foreign ministers Ana Rojas of Chile and Luis Mamani of Bolivia": the state
        written after a name is its holder's, and an office in the plural right before names
        listed with "and" is each one's (read off the word order: the parser garbles such lists)."""
        for j, party in list(self._at.items()):
            if party.group or self._at.get(j + 1) is party or j + 2 >= len(doc) or doc[j + 1].lower_ != "of":
                continue
            party.country = party.country or country_code(entity_text(doc[j + 2]))
        for office in doc:
            if office.tag_ != "NNS" or office.lemma_.lower() not in OFFICES or (first := self._at.get(office.i + 1)) is None:
                continue
            listed, k = [first], office.i + 1
            while k < office.sent.end and (k in self._at or doc[k].text == "," or doc[k].lower_ in ("and", "of") or (
                    doc[k - 1].lower_ == "of" and country_code(entity_text(doc[k])))):
                if (p := self._at.get(k)) is not None and all(p is not q for q in listed):
                    listed.append(p)
                k += 1
            if len(listed) < 2 or any(p.group for p in listed):
                continue
            words = [w.text for w in doc[office.left_edge.i:office.i] if w.dep_ in ("amod", "compound") and w.is_alpha]
            for p in listed:
                p.title = p.title or " ".join([*words, office.lemma_])

    def at(self, token: Token) -> Party | None:
        """The party a name token (or an unambiguous surname / description) refers to."""
        if token.i in self._at:
            return self._at[token.i]
        if token.lower_ in _GUESTS and token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") and any(
                c.lower_ == "visiting" and c.dep_ == "amod" for c in token.children):
            return self._visitor(token)
        if token.i in self._descriptions:
            return self._describe(token)
        if token.i in self._titled and token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "conj", "appos", "npadvmod"):
            return self._titled[token.i]
        if token.i in self._described_office and token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass"):
            return self._describe(self.doc[self._described_office[token.i]])
        # The small model tags some surnames as common nouns when no title precedes them, and the
        # second half of a double-barrelled one may come out an adjective ("Babic-[Pavic]ADJ").
        hyphened = token.i > 1 and self.doc[token.i - 1].text == "-"
        if (token.pos_ == "PROPN" or (token.pos_ == "NOUN" or token.pos_ == "ADJ" and hyphened) and token.is_title) and (
                not country_code(token.text)):
            return self._by_word(token.text)  # not "Azerbaijani", though the model made it part of a name
        return None

    def _visitor(self, token: Token) -> Party | None:
        """"called on the visiting leader": the last one told to have arrived ("Norbu, who arrived
        on Tuesday"), else the foreign official the story filed from his hosts' country tells of
        most (of two told as often, the first named)."""
        arrived = [p for t in self.doc[:token.i] if t.lemma_ == "arrive"
                   for c in t.children if c.dep_ == "nsubj"
                   for w in [t.head if c.lower_ == "who" and t.dep_ == "relcl" else c]
                   if w.lower_ not in _GUESTS and (p := self.at(w)) is not None and not p.group]
        if arrived:
            return arrived[-1]
        home = visited_country(place) if (place := dateline_place(self.doc)) else None
        told = [p for j, p in self.mentioned_before(token.i) if not p.group and p.country and p.country != home]
        if home is None or not told:
            return None
        return max(dict.fromkeys(told), key=lambda p: sum(q is p for q in told))

    def affiliated(self, person: Party, body: str) -> bool:
        """Whether the article introduces ``person`` under ``body``'s name or its initials
        ("Euronext chief X", "LSE boss Y", "GM's Z"): the words right before the first mention,
        past at most three title words."""
        first = min((j for j, p in self._at.items() if p is person), default=None)
        if first is None:
            return False
        i = first
        while i > 0 and first - i < 3 and (
                self.doc[i - 1].lower_.strip(".") in OFFICES | MODIFIERS | RANKS | COURTESY_TITLES):
            i -= 1
        if i > 0 and self.doc[i - 1].text in ("'s", "’s"):
            i -= 1
        names = {body.lower(), "".join(w[0] for w in body.split() if w[:1].isupper()).lower()}
        # (Not the state an envoy is posted to: "Ambassador of Japan to the Kingdom X".)
        return any(self.doc[(start := max(i - len(n.split()), 0)):i].text.lower() == n and not (
            "to" in (t.lower_ for t in self.doc[max(start - 2, 0):start])) for n in names if n)

    def private(self, person: Party) -> bool:
        """Whether the article introduces ``person`` by a role that is no office ("singer X"): the
        word right before a mention."""
        for j, p in self._at.items():
            if p is person and j > 0 and (j - 1) not in self._at:
                before = self.doc[j - 1]
                if before.lower_ in PRIVATE_ROLES:
                    return True
        return False

    def bodies_before(self, t: Token, definite: bool = False) -> list[Party]:
        """The bodies "the two sides" / "both countries" stand for (or, ``definite``, "the clubs"):
        the last pair named together before ("India and Pakistan", "the EU and US")."""
        counted = reference_count(t) == 2 or (definite and any(c.lower_ == "the" for c in t.children))
        if not counted or t.lower_ not in BODY_REFERENCES:
            return []
        return self.pair_before(t.i)

    def pair_before(self, i: int) -> list[Party]:
        """The last two bodies named together before word ``i`` ("India and Pakistan", "the EU and
        US"), or none."""
        entities = {e.root.i: e for e in entities_in(self.doc[:i]) if e.label_ in ("ORG", "GPE")}
        # Two named together, not the last two of a longer list ("stores like A, B and C").
        pairs = [(entities[e.root.head.i], e) for e in entities.values()
                 if e.root.dep_ == "conj" and e.root.head.i in entities and len(e.root.head.conjuncts) == 1]
        # "Sumitomo Mitsui Financial (SMFG), and Daiwa Securities": joined in the text, whatever
        # the parser made of it (a bracketed acronym is the name before it again).
        named = [e for e in sorted(entities.values(), key=lambda e: e.start)
                 if not (e.start > 0 and self.doc[e.start - 1].text == "(")
                 and e.root.dep_ not in ("compound", "amod", "nmod", "poss")]  # not "US" of "US firm Boeing"
        pairs += [(a, b) for a, b in zip(named, named[1:]) if a.end <= b.start
                  and [w.lower_ for w in self.doc[a.end:b.start] if not (w.is_punct or w.is_upper)] == ["and"]
                  and not (a.start > 0 and self.doc[a.start - 1].text == ",")]
        # "X is to buy rival Y", "X merged with Y": a deal's two sides are a pair too.
        for verb in (t for t in self.doc[:i] if t.pos_ == "VERB" and t.lemma_ in _DEAL_VERBS):
            doer = verb.head if verb.dep_ == "xcomp" else verb  # "X is to buy Y"
            buyer = next((entities[c.i] for c in doer.children if c.dep_ == "nsubj" and c.i in entities), None)
            bought = next((entities[g.i] for g in _deal_objects(verb) if g.i in entities), None)
            if buyer is not None and bought is not None:
                pairs.append((buyer, bought))
        # "Hamas and Iran have blamed Israel": a pair acting together on a third is one side.
        pairs = [(a, b) for a, b in pairs if not _allied(a.root, b.root)]
        if not pairs:
            return []
        names = [e.text.removeprefix("the ").removeprefix("The ") for e in max(pairs, key=lambda p: p[1].start)]
        return [Party(name, None, country_code(name), group=True) for name in names]

    def body_before(self, t: Token) -> Party | None:
        """The organisation "the company" stands for: the last one named in its sentence or the one
        before, or the last whose name shares a word with the phrase ("the London exchange")."""
        start = (sentence_before(t.sent) or t.sent).start
        words = {w.lower_ for w in t.subtree if w.i <= t.i and w.dep_ in ("compound", "amod")} | {t.lower_}
        # (Not the one it is joined to: "Negotiators from the X union and the company met".)
        # (The parser may make both subjects of the verb.)
        siblings = [*t.conjuncts, *(c for c in t.head.children if c.dep_ == t.dep_ and c != t and t.dep_ != "ROOT")]
        joined = {w.i for c in siblings for w in c.subtree}
        bodies = [e for e in self._organisations() if e.end <= t.i and e.root.i not in joined]
        if nations := {code for w in t.lefts if w.dep_ == "amod" and (code := country_code(w.text))}:
            # "the German exchange" is not the London one: no body named after another state's place.
            bodies = [e for e in bodies if not any(
                (code := visited_country(w.text)) and code not in nations for w in e)]
        bodies = [e for e in bodies if words & {w.lower_ for w in e}] or [e for e in bodies if e.start >= start]
        if not bodies:
            return None
        name = _bare_name(bodies[-1])
        return Party(name, None, country_code(name), group=True)

    def shared_at(self, token: Token) -> list[Party]:
        """The people named after a plural office ("counterparts, X and Y") when ``token`` is it."""
        return next((list(together) for at, _, together in self.shared_offices if at == token.i), [])

    def listed_up_to(self, token: Token) -> list[Party]:
        """The people a plural office was shared by ("the energy ministers, A and B") when
        ``token`` names the last of them."""
        party = self._at.get(token.i)
        return next((list(together) for at, _, together in self.shared_offices
                     if party is not None and together[-1] is party and at < token.i), [])

    def mentioned_before(self, i: int) -> list[tuple[int, Party]]:
        return sorted(((j, p) for j, p in self._at.items() if j < i), key=lambda jp: jp[0])

    def group_at(self, token: Token) -> Party | None:
        """A body as party: "U.S. officials", "the Taliban", "Washington"."""
        groups = self.groups_at(token)
        return groups[0] if groups else None

    def groups_at(self, token: Token) -> list[Party]:
        """Every body a phrase names: "U.S. and Chinese officials" and "ministers from Brazil and
        India" are two parties each, one per country."""
        if token.tag_ == "NNS" and token.lemma_.lower() in OFFICES and any(
                c.dep_ == "poss" and c.lower_ == "their" for c in token.children):
            # "talks between their interior ministers", after "Tunisia and Libya": each country's
            # holder of the office (named later in the story, or else described).
            office = " ".join([*(c.lower_ for c in token.lefts if c.dep_ in ("compound", "amod")), token.lemma_.lower()])
            codes = [p.country for p in self.pair_before(token.i)]
            if len(codes) == 2 and all(codes):
                return [self._unnamed.setdefault(name, Party(name, office, code))
                        for code in codes for name in [f"{office} of {country_name(code)}"]]
        if (holders := self._holders_in(token)) is not None:
            return holders
        if (noun := _nationalities_noun(token)) is not None:
            # "Senior Dominican and Haitian security officials met": the parser may take the first
            # nationality for the subject and the officials for its conjunct; a side per nationality.
            second = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and country_code(c.text)]
            return [Party(f"{_place_word(q)} {noun.text}", None, country_code(q.text), group=True) for q in (token, *second)]
        if token.lower_ in GROUPS and token.dep_ == "conj" and _nationalities_noun(token.head) == token:
            return []  # (told with the nationality it hangs from)
        if (described := led_bodies(token)) is not None:
            # "met leaders of the former rebel groups", "the heads of the seven largest suppliers": a
            # side its description names (not "leaders of hospital consultants", whoever speaks
            # for them).
            return [Party(self.doc[token.i:described.i + 1].text, None, None, group=True)]
        if (described := _sent_by_described(token)) is not None:
            # "met representatives of Italian textile manufacturers": those who speak for a body
            # the story only describes are that side, of the country the description names.
            words = self.doc[token.i:described.i + 1]
            code = next((code for w in words if w.pos_ in ("ADJ", "PROPN") and (code := country_code(w.text))), None)
            return [Party(f"{token.lower_} {words[1:].text}", None, code, group=True)]
        if token.lower_ not in GROUPS and _trade(token):
            # "met mobile phone operators", "will meet internet service providers": a trade, named
            # by what its firms do.
            return self._described_group(token)
        if token.lower_ not in GROUPS:
            party = self._body_at(token)
            return [party] if party else []
        # A nationality counts whatever the model tagged it ("March 4 - Iranian" as one date).
        qualifiers = [c for c in token.children if (c.ent_type_ in ("NORP", "GPE", "ORG") or country_code(c.text))
                      and c.dep_ in ("compound", "amod", "nmod", "poss")]
        noun = token.text
        if not qualifiers:
            origins = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
                       for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "NORP")]
            parties = [Party(f"{noun} from {country.text}", None, code, group=True)
                       for o in origins for country in (o, *o.conjuncts)
                       if (code := country_code(entity_text(country)))]
            return parties or self._described_group(token)
        coordinated = [c for q in qualifiers for c in q.conjuncts if c.ent_type_ in ("NORP", "GPE") or country_code(c.text)]
        if coordinated:
            # "Iranian and European negotiators": a side with no country ("European") is still a side.
            return [Party(f"{name} {noun}", None, country_code(name), group=True)
                    for q in sorted({*qualifiers, *coordinated}, key=lambda t: t.i) for name in [_place_word(q)]]
        start = min(c.left_edge.i for c in qualifiers)
        code = country_code(self.doc[start:qualifiers[-1].i + 1].text)
        return [Party(self.doc[start:token.i + 1].text, None, code, group=True)]

    def _holders_in(self, token: Token) -> list[Party] | None:
        """"The prime ministers of Romania and Bulgaria will meet again": each state's holder of the
        office, named before (not "…, X and Y", who are named there)."""
        office = plural_office(token)
        states = [s for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj" for s in (g, *g.conjuncts)]
        codes = [country_code(entity_text(s)) for s in states]
        if office is None or len(codes) < 2 or not all(codes) or any(c.dep_ == "appos" for c in token.subtree):
            return None
        named = [p for _, p in reversed(self.mentioned_before(token.i))
                 if not p.group and holds_office(p.title, office, office_qualifier(token))]
        # (An official of the state the story is filed from is often given no country.)
        home = visited_country(filed) if (filed := dateline_place(self.doc)) else None
        holders = [next((p for p in named if p.country == code), None) or next(
            (p for p in named if p.country is None and code == home), None) for code in codes]
        return holders if all(holders) and len(set(map(id, holders))) == len(holders) else None

    def _described_group(self, token: Token) -> list[Party]:
        """A body named only by its description ("senior union figures", "five public sector
        unions", "supporters' representatives"): the noun phrase itself, with no country."""
        words = [t for t in token.lefts if t.dep_ in ("amod", "compound", "nummod", "poss", "nmod", "case")]
        owner = next((t for t in words if t.dep_ == "poss"), None)
        if owner is not None and (owner.lower_ == "its" or (owner.lower_ in FIRMS and any(
                c.lower_ == "the" for c in owner.children))):
            # "The group's members met Sky executives": the body named before, or no side at all.
            return [body] if (body := self.body_before(owner)) is not None else []
        origin = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                       if g.dep_ == "pobj" and (g.ent_type_ == "ORG" or (g.tag_ == "NNS" and g.ent_type_ == ""))),
                      None)
        if not words and origin is not None:
            # "officials from the clubs" (Celtic and Rangers, named before), "executives from
            # Barclays": whose they are is said after.
            # (To the end of the body's name: "officials from the Office of Fair Trading".)
            end = max(origin.i + 1, entity.end if (entity := entity_at(origin)) is not None else 0)
            return self.bodies_before(origin, definite=True) or [
                Party(self.doc[token.i:end].text, None, None, group=True)]
        body = None if words else next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                                        if g.dep_ == "pobj" and (g.ent_type_ == "ORG" or _acronym(g) or (
                                            g.pos_ == "PROPN" and g.is_title and not g.ent_type_))), None)
        named_after = body is not None and (after := body.right_edge.i + 2) < len(self.doc) and (
            self.doc[after - 1].text == "," and after in self._at)
        # (But "Y met representatives of X" alone is a meeting with X: whom X sent, X's side.)
        sent_by = token.lower_ == "representatives" and token.dep_ == "dobj" and token.head.lemma_ == "meet" and not (
            token.conjuncts)
        if body is not None and (token.lower_ != "representatives" or sent_by) and not named_after:
            # "Leaders of the Rail Staff Federation (RSF) met managers": the body is the side; not
            # "the leaders of A and B, X and Y" (the names set off after are), nor "representatives
            # of X", who may be anyone X sent.
            if body.ent_type_:
                name = _bare_name(entity_at(body))
            else:
                name = self.doc[next(w.i for w in body.subtree if w.dep_ != "det"):body.i + 1].text
            return [Party(self._spelled_out(name), None, None, group=True)]
        if not words and token.lower_ == "government" and any(c.lower_ == "the" for c in token.children):
            return [Party("government", None, None, group=True)]  # the one the story is about
        if not words and token.lower_ in _VAGUE_GROUPS:
            return []  # "officials", "ministers": whose, the article has to say
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(
                d.dep_ == "poss" and d.pos_ == "PRON" for g in c.children for d in g.children) for c in token.children):
            return []  # "senior executives of its member companies": a named side's company
        start = min((t.left_edge.i for t in words), default=token.i)
        if self.doc[start].lower_ in _PRONOUN_DETERMINERS:
            start += 1
        # ("A Lesotho government delegation": the country hangs off another word of the phrase)
        code = next((code for w in self.doc[start:token.i]
                     if w.pos_ in ("PROPN", "ADJ") and (code := country_code(w.text))), None)
        return [Party(self.doc[start:token.i + 1].text, None, code, group=True)]

    def _body_at(self, token: Token) -> Party | None:
        """An organisation ("Hamas"), or a place standing for its government ("Washington said"); a
        place someone visits is where they went ("visited Kabul"), not whom they met."""
        if _half_of_a_state(token):
            return None  # "Trinidad and Tobago Prime Minister X", split by the parser into two sides
        if token.i >= 2 and _half_of_a_state(first := self.doc[token.i - 2]) and first.dep_ != "compound":
            # "Talks between Trinidad and Tobago and Barbados": the state, told by its last word.
            name = self.doc[first.i:token.i + 1].text
            return Party(name, None, country_code(name), group=True)
        if token.pos_ == "NOUN" and token.lower_ in BODY_WORDS | FIRMS and (named := _set_off_name(token)) is not None:
            # "Portugal's fishing federation, Pescamar, is to meet …": the body by the name set off after it.
            return Party(named.text, None, _home(token), group=True)
        if token.pos_ == "PROPN" and _firm_named(token) and token.dep_ in ("nsubj", "dobj", "pobj", "conj", "appos"):
            # "UK bank Barclays", untagged or taken for a person ("engineering group Lahnwerk"):
            # what it is says it is an organisation.
            name = " ".join(t.text for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"
                            and t.ent_type_ != "GPE" and t.i > max((c.i for c in token.children if c.lower_ in FIRMS), default=-1))
            name = f"{name} {token.text}".strip()
            return Party(name, None, _home(token), group=True)
        # (The short form may be tagged a common noun: "Lapwing held talks with …".)
        if token.pos_ in ("PROPN", "NOUN") and token.is_title and token.ent_type_ != "PERSON" and (
                not country_code(token.text)) and not _in_title(token) and (
                token.dep_ in ("nsubj", "conj") or (token.dep_ == "pobj" and token.head.lower_ in ("with", "between"))) and (
                token.nbor(1).pos_ != "PROPN" if token.i + 1 < len(self.doc) else True) and (
                full := next((e for e in reversed(self._organisations()) if e.end <= token.i and len(e) > 1
                              and _bare_name(e).split()[0] == token.text), None)) is not None:
            # "talks between Albion and Iberavia", after "Albion Airways": the firm named in full
            # before.
            name = _bare_name(full)
            return Party(name, None, country_code(name) or _home(full.root), group=True)
        acronym = _acronym(token)
        # (Initials may be tagged a common noun: "between Mr X and the SDLP".)
        if (token.pos_ == "PROPN" or acronym) and (not token.ent_type_ or (acronym and token.ent_type_ == "PERSON")) and (
                token.is_title or acronym) and (
                token.lower_ not in OFFICES | HONORIFICS) and token.text not in _STYLES and (
                (token.dep_ == "pobj" and token.head.lower_ in ("with", "between")) or token.dep_ in ("nsubj", "conj")) and (
                not _in_title(token)):
            # "held talks with Cordiant", "Vodafone has held talks", "with Rover and SAIC": a name
            # the model did not tag, which the meeting makes a side.
            words = [c for c in token.lefts if c.dep_ == "compound" and c.is_title and not c.ent_type_
                     and c.lower_ not in FIRMS | _DESCRIBING]  # "Carmaker Nordex Auto" at a sentence start
            name = self.doc[(words[0].i if words else token.i):token.i + 1].text
            return Party(self._spelled_out(name), None, country_code(name), group=True)
        if token.ent_type_ == "NORP" and token.tag_ == "NNP" and token.dep_ in ("nsubj", "dobj", "pobj") and not (
                country_code(token.text) or token.lower_ in _PEOPLES or any(c.dep_ == "det" for c in token.children)):
            # A nationality is no name of a body, but the model tags some firms as one ("talks
            # with its rival Euronext").
            return Party(entity_text(token), None, _home(token), group=True)
        # (An acronym may be tagged a common noun: "TPC has held talks with …".)
        if (token.pos_ == "PROPN" or acronym) and token.ent_type_ in ("ORG", "GPE") and token.dep_ in (
                "nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos") and not _in_title(token):
            if token.dep_ == "dobj" and token.head.lemma_ == "visit" and (
                    token.ent_type_ == "GPE" or visited_country(entity_text(token))):
                return None  # (a city the model took for a body: "when he visits [Abu Dhabi]ORG")
            name = self._spelled_out(_bare_name(entity_at(token)))
            return Party(name, None, country_code(name) or (_home(token) if token.ent_type_ == "ORG" else None),
                         group=True)
        return None

    def _firm_by_first_word(self, t: Token) -> bool:
        """Whether ``t`` is a firm told by the first word of its name ("Kestrel" in a story of
        "Kestrel Games"), which the model took for a person: no one of that name is named in full."""
        return any(len(e) > 1 and _bare_name(e).split()[0] == t.text for e in self._organisations()) and not any(
            e.label_ == "PERSON" and len(e) > 1 and t.text in e.text.split() for e in self.doc.ents)

    def _spelled_out(self, name: str) -> str:
        """An acronym ("LSE") as the name the article spells out ("London Stock Exchange"): the
        fullest form, the one readers and other reports of the meeting use."""
        if not (name.isupper() and 2 <= len(name) <= 6 and name.isalpha()):
            return name
        for ent in self._organisations():
            words = [w.text for w in ent if w.is_title and w.lower_ not in ("the", "of", "and", "for")]
            if len(words) == len(name) and "".join(w[0] for w in words) == name:
                return ent.text.removeprefix("the ").removeprefix("The ")
        return name

    def _organisations(self) -> list[Span]:
        """The article's organisations, in order, listed once (``doc.ents`` is built anew on each
        access, and "the company" and an acronym are looked up many times), with those the words
        before call a firm whatever the model tagged them ("games developer Kestrel Games")."""
        if self._orgs is None:
            self._orgs = [e for e in entities_in(self.doc[:]) if e.label_ == "ORG" or _firm_named(e.root)]
        return self._orgs

    def _from_title(self, title: Span) -> range:
        doc, end = self.doc, title.end
        listed = cut = False
        # (A prince's style is no office before his name: "Minister of Foreign Affairs Prince X".)
        if title[-1].is_title and len(title) > 2 and title[-2].lower_ not in (OFFICES | RANKS) - _NAME_STYLES:
            complement_end = _complement_end(title)
            cut = complement_end < title.end  # the name the title pattern ran into: found already
            end = _listed_portfolios(doc, complement_end)
            listed = end != complement_end  # the name found after the list: nothing more to reach for
        # "the governor of the central bank, X", "the chief executive of gas distributor Energogaz, X":
        # the complement the title pattern did not take, up to the comma before the name.
        office = next((t for t in reversed(title) if t.lower_ in OFFICES | RANKS), None)
        complement = {w.i for c in (office.children if office is not None else ())
                      if c.dep_ == "prep" and c.lower_ in ("of", "for") for w in c.subtree}
        posted = any(t.lower_ in _POSTED for t in title)
        if posted and not (listed or cut) and (
                post := max((_posted_to(doc, t.i) or 0 for t in title if t.lower_ in ("to", "in")), default=0)) > end:
            end = post  # the state posted to, cut short by the title's words: "Ambassador of X to [Côte] d'Ivoire"
        reach = end
        while not (listed or cut) and reach < len(doc) and doc[reach].text != "," and doc[reach].ent_type_ != "PERSON":
            closing = next((t.i for t in doc[reach:reach + 8] if t.text == ")"), None) if doc[reach].text == "(" else None
            if reach in complement and (n := _country_length(doc, reach)) and reach + n < len(doc) and (
                    (named := _untagged_name_end(doc[reach + n])) is not None) and all(
                    w.lower_ not in _NOT_NAMES | FIRMS | _NAMELESS for w in doc[reach + n:named]):
                end = reach + n  # "Minister of Foreign Affairs and Trade of Hungary [Péter Szijjártó]"
                break
            if reach in complement or (doc[reach].text == ")" and any(t.text == "(" for t in doc[end:reach])):
                reach += 1
            elif closing is not None and reach > title.start:
                reach = closing + 1  # "Minister of State for Petroleum Resources (Gas), X"
            elif posted and (post := _posted_to(doc, reach)) is not None:
                reach = post  # "the Ambassador of the People's Republic of China to Uganda, X"
            else:
                break
        if reach > end and reach < len(doc) and doc[reach].text == ",":
            end = reach
        if posted and (post := _posted_to(doc, end)) is not None:
            end = post  # "ambassador to Yemen X", "envoy in Kabul X"
        if any(t.lower_ == "for" for t in title) and (after := _common_nouns_before_name(doc, end)) is not None:
            end = after  # "special envoy for Middle East [peace] X": the brief goes on in lower case
        if doc[end - 1].lower_ == "head" and end + 1 < len(doc) and doc[end].lower_ == "of" and (
                doc[end + 1].lower_ in ("state", "government")) and (_context(doc, title.start)[0] is not None or (
                title.start > 0 and doc[title.start - 1].lower_ == "the")):
            # "Samoa's head of state", "the Fijian head of government", "The head of state recalled
            # …": one office, of the country before it or of the story's own (a head of something
            # else is not; nor "a former head of state").
            end += 2
        if end < len(doc) and doc[end].text == "affairs" and any(t.lower_ in ("for", "of") for t in doc[title.start:end]):
            end += 1  # "special representative for European affairs", the brief's last word in lower case
        if doc[end - 1].lower_ in PORTFOLIO_OFFICES and end + 1 < len(doc) and doc[end].lower_ in ("of", "for"):
            # "Eswatini's minister of public works and transport": the portfolio told in lower case
            # is the office's (and tells it from another minister of that country's).
            j = end + 1
            while j < len(doc) and doc[j].is_lower and doc[j].lower_ in FIELDS | {"and", "affairs"}:
                j += 1
            end = j if j > end + 1 and doc[j - 1].lower_ != "and" else end
        if end + 2 < len(doc) and doc[end].lower_ == "responsible" and doc[end + 1].lower_ == "for":
            # "Qatar's minister responsible for energy affairs, X": the brief told after the office.
            j = end + 2
            while j < len(doc) and doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ", "CCONJ"):
                j += 1
            end = j if j > end + 2 and j < len(doc) and doc[j].text == "," else end
        words = doc[title.start:end]
        # "Minister General Evkurov": the rank is his, not the office's; "Secretary-General" is one office.
        if len(words) > 1 and words[-1].lower_ in RANKS and words[-2].lower_ not in GENERAL_OFFICES | {"-"}:
            words = words[:-1]
        country, context_start = _context(doc, title.start)
        prefix = doc[context_start:title.start]
        text = words.text
        if prefix and prefix[-1].ent_type_ == "ORG" and not country:
            text = f"{prefix.text.removeprefix('the ')} {text}"
        elif country and text.lower() == "leader":
            # "North Korean leader Kim": a country's leader holds office; a band's leader does not.
            words_before = [t.text for t in prefix if t.lower_ not in ("the", "a", "his", "her", "their", "its")]
            text = " ".join(words_before + [text]).replace(" 's", "'s").replace(" ’s", "’s")
        if words[-1].lower_ == "counterpart":
            text = self._counterpart_title(title) or text
        name = _name_after(doc, end, title)
        if name is not None and words[-1].lower_ in ("the", "of") and name.root.ent_type_ != "PERSON":
            # "the chairman of the Tanger Med port authority, Rachid Belkhayat" (or "Rachid
            # Belkhayat, chairman of the Tanger Med port authority"): the body is the office's, not
            # its holder; the name is after the comma or before the title.
            end = name.end
            while end < title.sent.end and doc[end].is_lower and doc[end].pos_ in ("NOUN", "ADJ", "PROPN"):
                end += 1
            text = doc[title.start:end].text
            held = _name_after(doc, end, title) if end < title.sent.end and doc[end].text == "," else None
            name = held if held is not None and held.root.ent_type_ == "PERSON" else None
        # ("President X of Paraguay and President Y of Bolivia": each the country after the name.)
        of = name.end + 1 if name is not None else 0
        if name is not None and of + 1 < title.sent.end and doc[of].lower_ == "the":
            of += 1  # "Prime Minister X of the Netherlands"
        named_of = name is not None and of < title.sent.end and doc[name.end].lower_ == "of" and (
            country_code(entity_text(doc[of])))
        country = (named_of or country or self._coordinated_country(title.start) or self._appositive_country(title.start)
                   or next((c for w in words if (c := _NATIONAL_OFFICES.get(w.lower_))), None)
                   # ("the Tánaiste and Minister for Foreign Affairs": Ireland's, as the bare "Tánaiste" is)
                   or _complement_country(words)
                   or _portfolio_country(doc, title.start)
                   or _counterpart_from(words))
        if name is not None:
            party = self._register(name, _office_of(text), country)
            # The office word stands for the person the parser may hang the name off it ("between
            # Saudi ambassador to Yemen X and …" with "ambassador" as the object).
            self._titled[title[-1].i] = party
            # "Commissioner for Oceans and Fisheries X arrived": the parser may make the office
            # word the subject and hang the name off the complement.
            # (So may its first word the model split off at a hyphen: "talks with [Vice]-President …".)
            self._titled.update((t.i, party) for t in words if t.lower_ in OFFICES | {"extraordinary", "plenipotentiary"}
                                or t.i + 1 < title.end and doc[t.i + 1].text == "-" and not doc[t.i + 1].whitespace_)
            return range(title.start, name.end)
        before = _name_before(doc, context_start, end)
        if before is not None:
            party = self._register(before, _office_of(text), country)
            # ("hosted X, chair of …", the parser making the office the object: the office is X)
            self._titled.update((t.i, party) for t in words if t.lower_ in OFFICES)
        else:
            phrase = " ".join(doc[context_start:end].text.split())  # (one line: "Qatar\nPM" under a section name)
            for determiner in ("the ", "The ", "a ", "A ", "his ", "her ", "His ", "Her ", "their ", "its "):
                phrase = phrase.removeprefix(determiner)
            if phrase.lower() == "counterpart" and country:
                phrase = f"{country_name(country)} counterpart"  # ("his counterpart from Malawi")
            self._descriptions[title[-1].i] = (text, country, phrase)
            if end >= len(doc) or doc[end].pos_ in ("PUNCT", "ADP", "VERB", "AUX", "CCONJ", "DET") or (
                    doc[end].ent_type_ in ("DATE", "TIME")) or (doc[end].lower_ == "to" and doc[end].pos_ == "PART"):
                # (Only a phrase that ends there, as before a time or a purpose: "received by the
                # President of Uzbekistan the same day", "meet the president of the European
                # Commission to press for a fund"; not "special envoy for Asian [affairs X]".)
                self._described_office.update((t.i, title[-1].i) for t in words if t.lower_ in OFFICES and t.i != title[-1].i)
        return range(title.start, end)

    def _share_office(self, office: Token) -> range:
        """"The foreign ministers of Chile and Peru, Ana Rojas and Luis Paredes", "the Danish and Dutch
        prime ministers, X and Y", "the two presidents, X of France and Y of Germany": each named
        person holds the office, of the country in the same place in the list (or of the one
        country named). Read off the word order: the parser attaches such lists every which way.
        The words of the countries listed, which name no one ("Saint Lucia" the model may tag a
        person)."""
        doc = self.doc
        places = places_after(office) + [c for c in office.children if c.dep_ in ("amod", "compound")
                                         and (c.ent_type_ in ("NORP", "GPE") or country_code(c.text))]
        countries = sorted({c for p in places for c in (p, *p.conjuncts) if country_code(entity_text(c))},
                           key=lambda t: t.i)
        i = max([office.i] + [entity_at(c).end - 1 if entity_at(c) is not None else c.i for c in countries
                              if c.i > office.i]) + 1
        # Countries the parser left out of the list ("of Paraguay and Uruguay - X", "Uruguay" taken
        # into a name).
        more: list[str] = []
        k = i
        while k < office.sent.end and countries:
            if doc[k].text != "," and doc[k].lower_ != "and":
                n, code = _country_named_at(doc, k, office.sent.end)
                if code is None:
                    break
                more.append(code)
                k = i = k + n
                continue
            k += 1
        if not countries and i < office.sent.end and doc[i].lower_ == "of":
            # "the presidents of the two countries, X and Y": of the states the story is about.
            k = i + 1
            while k < office.sent.end and doc[k].lower_ in {"the", "both"} | COUNTS.keys() | BODY_REFERENCES:
                k += 1
            i = k if doc[k - 1].lower_ in BODY_REFERENCES else i
        # The list is set off by commas or by dashes ("the foreign ministers of A and B - X and Y - met").
        if i >= office.sent.end or doc[i].text not in (",", *DASHES):
            return range(0)
        opener, closed = doc[i].text, False
        names: list[Span] = []
        own: list[str | None] = []
        word: list[Token] = []
        possessor: str | None = None  # "Namibia's X and Angola's Y"
        j = i + 1
        while j < office.sent.end:
            t = doc[j]
            # (A list opened by a comma may also close with the sentence: "… her Syrian and
            # Lebanese counterparts, X and Y.")
            closed = (opener != "," and _spaced_dash(t)) or (opener == "," and t.is_sent_end and t.is_punct)
            if closed or t.text == "," or t.lower_ == "and":
                if word:
                    names.append(doc[word[0].i:word[-1].i + 1])
                    own.append(possessor)
                    word, possessor = [], None
                if closed:
                    break
            elif not word and possessor is None and (place := entity_at(t) or doc[j:j + 1]).end < office.sent.end and (
                    doc[place.end].tag_ == "POS") and (code := country_code(place.text)):
                possessor, j = code, place.end
            elif t.lower_ == "of" and word and j + 1 < office.sent.end and country_code(entity_text(doc[j + 1])):
                # "X of France"
                names.append(doc[word[0].i:word[-1].i + 1])
                place = entity_at(doc[j + 1]) or doc[j + 1:j + 2]
                own.append(country_code(place.text))
                word, j = [], place.end - 1
            elif _listed_name_word(t) or (t.text == "-" and word and not doc[j - 1].whitespace_):
                word.append(t)
            else:
                break
            j += 1
        if word or len(names) < 2 or not (closed or opener == "," and doc[j - 1].text == ","):
            return range(0)  # the list must close as it opened before the clause goes on
        codes = [country_code(entity_text(c)) for c in countries] + more or [c for c in own if c]
        if len(codes) not in (0, 1, len(names)):
            return range(0)
        modifiers = [c.lower_ for c in office.lefts if c.dep_ in ("amod", "compound") and c.lower_ in MODIFIERS | (
            PORTFOLIOS if office.lemma_.lower() in PORTFOLIO_OFFICES else set())]
        complement = next((p for p in places if not country_code(entity_text(p)) and p.head.head == office
                           and p.lower_ not in BODY_REFERENCES), None)
        title = " ".join([*modifiers, office.lemma_.lower(), *(["of", complement.lower_] if complement is not None else [])])
        if title == "counterpart":  # "her Syrian and Lebanese counterparts": her office
            title = self._counterpart_title(doc[office.i:office.i + 1]) or title
        together = [self._register(name, title, codes[n] if len(codes) == len(names) else (codes or [None])[0])
                    for n, name in enumerate(names)]
        self.shared_offices.append((office.i, title, together))
        return range(office.i + 1, i) if codes else range(0)

    def _share_title(self, office: Token) -> range:
        """"Foreign Ministers X and Y are expected to meet", "Greek and Turkish Defence Ministers X
        and Y": an office written as a title in the plural, right before the two names it is each
        one's (of the countries before it, in order). The words it covers."""
        doc, end = self.doc, office.sent.end
        names: list[Span] = []
        word: list[Token] = []
        j = office.i + 1
        while j < end and len(names) < 2:
            t = doc[j]
            if t.lower_ == "and" and word and not names:
                names.append(doc[word[0].i:word[-1].i + 1])
                word = []
            elif (_listed_name_word(t) and t.ent_type_ not in ("GPE", "NORP")) or (
                    t.text == "-" and word and not doc[j - 1].whitespace_):
                word.append(t)
            else:
                break
            j += 1
        if len(names) != 1 or not 2 <= len(word) <= 6 or len(names[0]) < 2:
            return range(0)
        names.append(doc[word[0].i:word[-1].i + 1])
        lefts = list(doc[office.sent.start:office.i])
        modifiers = []
        while lefts and lefts[-1].is_title and lefts[-1].lower_ in MODIFIERS | PORTFOLIOS:
            modifiers.insert(0, lefts.pop().lower_)
        codes = [code for t in lefts[-3:] if (code := country_code(t.text))]
        title = " ".join([*modifiers, office.lower_[:-1]])
        together = [self._register(name, title, codes[n] if len(codes) == 2 else None) for n, name in enumerate(names)]
        self.shared_offices.append((office.i, title, together))
        return range(office.i, names[-1].end)

    def _counterpart_title(self, title: Span) -> str | None:
        """"her Azerbaijani counterpart": the office of the person named earlier in the sentence."""
        for t in reversed(self.doc[title.sent.start:title.start]):
            party = self._at.get(t.i) or (self._by_word(t.text) if t.pos_ == "PROPN" else None)
            if party is not None and party.title:
                return party.title
            if t.i in self._descriptions and t.dep_ != "amod" and not self._descriptions[t.i][0].endswith("counterpart"):
                return self._descriptions[t.i][0]  # ("the President of the Republic … his Portuguese counterpart")
        return None

    def _appositive_country(self, i: int) -> str | None:
        """"her Canadian counterpart, Foreign Minister X": X is Canadian."""
        if i >= 2 and self.doc[i - 1].text == "," and (i - 2) in self._descriptions:
            return self._descriptions[i - 2][1]
        return None

    def _coordinated_country(self, i: int) -> str | None:
        """"Egyptian President X and Foreign Minister Y": Y shares X's country."""
        if i >= 2 and self.doc[i - 1].lower_ == "and" and (i - 2) in self._at:
            return self._at[i - 2].country
        return None

    def _register(self, name: Span, title: str | None, country: str | None, exact: bool = False) -> Party:
        # (Hyphenated names compare word by word: "Bouzidi-Kaci" is "Lamine Bouzidi-Kaci".)
        # (And whatever the case: "Al-Khasawneh" opening a sentence is "Nasser Fayez al-Khasawneh".)
        words = [w for t in name if t.lower_ not in NAME_PARTICLES for w in t.lower_.split("-") if w]
        party = None
        for other in self.parties:
            theirs = [w for w in other.name.lower().replace("-", " ").split() if w not in NAME_PARTICLES]
            # (A surname of two words either way: "Treviño Garza" told after, or first.)
            shorter, longer = sorted((words, theirs), key=len)
            if name.text == other.name or not exact and ((len(words) == 1 and words[0] in theirs) or (
                    len(theirs) == 1 and theirs[0] in words) or (
                    1 < len(shorter) < len(longer) and longer[-len(shorter):] == shorter) or (
                    # ("Johannes Iiyambo" in a caption is "Johannes Tuhadeleni Iiyambo": a middle name left out)
                    len(shorter) == 2 and len(longer) > 2 and longer[0] == shorter[0] and longer[-1] == shorter[-1]) or (
                    # ("Sayyid Khalid" is "Sayyid Khalid bin Hilal Al Said": a style and the given name)
                    len(shorter) == 2 and shorter[0] in _STYLED_GIVEN and longer[:2] == shorter)):
                party = other
                break
        if party is None:
            party = Party(name.text, title, country)
            self.parties.append(party)
        if len(full := clean_name(name.text)) > len(party.name):
            party.name = full
        # A rank or a style gives way to an office, not to a vague role ("General X, the head of …",
        # "Prince X, Saudi Arabia's minister of energy").
        if title and (not party.title or (party.title.lower() in RANKS | _NAME_STYLES and is_official(title))):
            party.title = title
        party.country = party.country or country
        for t in name:
            self._at[t.i] = party
        return party

    def described_in(self, party: Party, span: Span) -> bool:
        """Whether ``span`` describes ``party`` itself ("… received the new U.S. consul general")."""
        return any(self._describe(self.doc[i]) is party for i in self._descriptions if span.start <= i < span.end)

    def unnamed(self, party: Party) -> bool:
        """Whether ``party`` is an official the article only describes ("the UK leader")."""
        return any(party is p for p in self._unnamed.values())

    def _by_word(self, word: str) -> Party | None:
        matches = [p for p in self.parties if word in p.name.replace("-", " ").split()]
        return matches[0] if len(matches) == 1 else None

    def monarch(self, token: Token) -> Party | None:
        """"was received in audience by the King": a monarch the story does not name, of the
        country the words say ("the King of Jordan") or else it is filed from ("King of Spain")."""
        if token.lower_ not in _MONARCHS or not any(c.lower_ == "the" for c in token.children):
            return None
        # (The model tags "the King of Jordan" a person; "the King" so tagged may be a name's part.)
        code = next((code for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj" and (code := country_code(g.text) or country_code(entity_text(g)))), None)
        if token.lower_ == "pope":
            code = "VA"
        if code is None and token.ent_type_ != "PERSON" and (place := dateline_place(token.doc)):
            code = visited_country(place)
        if code is None:
            return None
        name = "Pope" if code == "VA" else f"{token.text.title()} of {country_name(code)}"
        return self._unnamed.setdefault(name, Party(name, token.text.title(), code))

    def styled_office(self, token: Token) -> Party | None:
        """"His Royal Highness the Crown Prince and Prime Minister held talks": an office a style
        of address puts first, unnamed and of no stated country, is the one of the country the
        story is filed from (how a national news agency writes of its own leaders)."""
        if token.i not in self._descriptions:
            return None
        if (party := self._describe(token)) is not None:
            return party
        text, country, _ = self._descriptions[token.i]
        code = country or ((place := dateline_place(self.doc)) and visited_country(place))
        if not code or not is_official(text):
            return None
        name = f"{text} of {country_name(code)}"
        return self._unnamed.setdefault(name, Party(name, text, code))

    def newcomers(self, sent: Span) -> list[Party]:
        """The people ``sent`` brings in as its subject with nothing said of who they are: named
        there first, with no office and not set off as one who comments ("Ion Vatamanu held talks
        …", not "Kenji Mori, an analyst at Nomura, said …"). (Past a report's verb: "Y, who took
        up her post last month, conveyed …, the ministry said.")"""
        before = {id(p) for _, p in self.mentioned_before(sent.start)}
        verbs = [sent.root, *(c for c in sent.root.children if c.dep_ == "ccomp" and sent.root.lemma_ in REPORTING)]
        found: list[Party] = []
        for s in (c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")):
            q = self.at(s)
            if q is not None and not q.group and not q.title and id(q) not in before and q not in found and not any(
                    c.dep_ == "appos" and c.lower_ in _COMMENTATORS for c in s.children):
                found.append(q)
        return found

    def _untitled_lead(self, token: Token, text: str, country: str | None) -> Party | None:
        """"Tony Blair has called for calm. The prime minister will host Y": a bare office opening
        a sentence, no one in the story holding it, is the person the sentence before was about,
        named there with no office (how news writes of those its readers know); else the one the
        story opens on so ("X has held talks with employers … The chancellor is also due to …")."""
        office = office_word(text)
        if country or office not in _LEAD_OFFICES or "press" in text.lower() or token.left_edge.i != token.sent.start or (
                token.dep_ not in ("nsubj", "nsubjpass")) or (before := sentence_before(token.sent)) is None:
            return None
        if any(p.title and office_word(p.title) == office for p in self.parties):
            return None
        # (The lead only as the one person the story has named bare so far: not Blair for "the
        # chancellor" in a story that named Gordon Brown bare too.)
        bare = {id(p) for _, p in self.mentioned_before(token.i) if not p.group and not p.title}
        for sent in (before, lead_sentence(self.doc)):
            subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            lead = self._at.get(subject.i) if subject is not None else None  # (a name, not another description)
            if lead is not None and not lead.group and not lead.title and (sent is before or len(bare) == 1):
                lead.title = text
                return lead
        return None

    def _untitled_next(self, token: Token, text: str, country: str | None) -> Party | None:
        """"X held talks with the foreign secretary on Monday. Afterwards Y said …": a bare office
        met, no one in the story holding it, is the one the next sentence brings in by full name
        and nothing else (how news goes on to name a minister its readers know); or whose
        spokesman it quotes ("The prime minister discussed it with X, Downing Street said. Y's
        official spokesman said …")."""
        if token.i in self._introduced:
            return self._introduced[token.i]
        # (An office of state: not a leader of anything, "Mali's junta leader".)
        if country or office_word(text) not in _LEAD_OFFICES - {"leader"} or token.dep_ not in ("pobj", "dobj", "nsubj") or (
                after := sentence_after(token.sent)) is None:
            return None
        if any(p.title and text.lower() in p.title.lower() for p in self.parties):
            # (Not "the prime minister" beside Prime Minister X; but "the foreign secretary" beside
            # an industry secretary.)
            return None
        for _ in range(2):
            if after[0].text not in QUOTES or (following := sentence_after(after)) is None:
                break
            after = following  # (past the quotes of whoever met the office: "Mr X said … "We …," he said.")
        before = {id(p) for _, p in self.mentioned_before(after.start)}
        voiced = [p for s in after.root.children if s.dep_ == "nsubj" and s.lower_ in _SPOKESPEOPLE
                  for c in s.children if c.dep_ == "poss" and (p := self.at(c)) is not None
                  and not p.group and not p.title and id(p) not in before]
        named = [p for p in self.newcomers(after) + voiced if len(p.name.split()) >= 2]
        if len(named) != 1:
            return None
        named[0].title = text
        self._introduced[token.i] = named[0]
        return named[0]

    def _holder_with_another_office(self, token: Token, text: str) -> Party | None:
        """"Serbia's special envoy for dialogue with Kosovo, Deputy Speaker of Parliament X": the
        holder set off past the office's complement, named with another office of theirs."""
        doc, end = self.doc, token.i
        for j in range(token.i, min(token.i + len(text.split()) + 4, len(doc))):
            if doc[j].text == ",":
                break  # (the office's own words end before a comma)
            end = j if doc[j].text == text.split()[-1] else end
        if end == token.i or end + 2 >= len(doc) or doc[end + 1].text != "," or not doc[end + 2].is_title:
            return None
        holder = next((self._titled[j] for j in range(end + 2, min(end + 8, len(doc))) if j in self._titled), None)
        return holder if holder is not None and not holder.group else None

    def _introduced_next(self, token: Token) -> Party | None:
        """"Moldova's prime minister has asked Britain … | Ion Vatamanu held talks …": the official
        the story opens on, described, is the one the next sentence starts with by full name and
        nothing else (how a story introduces its subject); the same one each time asked."""
        if token.i in self._introduced:
            return self._introduced[token.i]
        sent = token.sent
        if sent != lead_sentence(self.doc):
            return None
        subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not subject.left_edge.i <= token.i <= subject.right_edge.i or (
                (after := sentence_after(sent)) is None):
            return None
        span = range(subject.left_edge.i, subject.right_edge.i + 1)
        if any(i in span for i in self._at) or any(i in span and i != token.i for i in self._descriptions):
            return None  # "Kenya's president and Uganda's leader have met …": which one the next names is not said
        country = self._descriptions[token.i][1]
        named = [p for p in self.newcomers(after) if p.country in (None, country) and len(p.name.split()) >= 2]
        if len(named) != 1:
            return None
        self._introduced[token.i] = named[0]
        return named[0]

    def _describe(self, token: Token) -> Party | None:
        """The person named before who holds the described office ("the Omani minister"); else,
        when the description gives a country ("Qatar's energy minister", "his Russian
        counterpart"), an unnamed official of that country, the same one for the same words."""
        text, country, phrase = self._descriptions[token.i]
        doc = self.doc
        # (Not an apposition the parser hung across the verb: "the Undersecretary met with the
        # Chairman of X, Dr. Y" is not Dr. Y.)
        # (Or one hung off the office's first word: "the Deputy Minister of Foreign Affairs of
        # Kuwait, Ambassador X".)
        office = [token, *(a for a in token.ancestors if token.i - len(text.split()) < a.i < token.i)]
        named = [self._at[w.i] for h in office for c in h.children if c.dep_ == "appos"
                 and not any(v.pos_ == "VERB" for v in doc[token.i + 1:c.left_edge.i])
                 for w in c.subtree if w.i in self._at]
        # (The office's last word: "minister of production" is told by its first.)
        last = token.i + len(text.split()) - 1 if token.lower_ == text.split()[0].lower() else token.i
        if not named and last + 2 < len(doc) and doc[last + 1].text == ",":
            # The same, the parser having hung the name elsewhere (past its own style or title:
            # "…, Ambassador X").
            start = _past_portfolios(doc, last + 2)
            start = next((j for j in range(start, min(start + 4, len(doc)))
                          if j in self._at or not doc[j].is_title), start)
            if (after := self._at.get(start)) is not None and not after.group:
                named = [after]
        if not named and (holder := self._holder_with_another_office(token, text)) is not None:
            named = [holder]
        if named:
            named[0].country = named[0].country or country
            if not named[0].title or (len(named[0].title.split()) == 1 < len(text.split()) and is_official(text)):
                # ("The Honourable Minister of State for Foreign Affairs, Ambassador X": the office,
                # not the style, is X's title.)
                named[0].title = text
            return named[0]  # "her Canadian counterpart, Foreign Minister X": X
        # ("the Minister of State": the office is the minister, not the complement's last word)
        office = office_word(text) or text.split()[-1].lower()
        offices = {office, *_SAME_OFFICE.get(office, ()), *_SAME_OFFICE.get(text.lower(), ())}
        if office == "leader" and country:
            offices |= {*_SAME_OFFICE["head of state"], *_SAME_OFFICE["head of government"]}  # "the French leader"
        wanted = fields(text)

        def holds(p: Party) -> bool:
            full = _unabbreviated(p.title or "")
            return bool(p.title) and any(re.search(rf"\b{re.escape(o)}\b", full) for o in offices) and not (
                wanted and (held := fields(full)) and not wanted & held) and (
                "prime" not in wanted or "prime" in full)  # (a prime minister is no "Deputy Minister X")
        # (A country the title names counts though not yet given: "the President of the Portuguese Republic".)
        candidates = [p for _, p in self.mentioned_before(token.i) if holds(p) and country in (
            None, p.country or title_country(p.title))]
        if text.lower() in ("head of state", "head of government"):
            # A state's own head ("President of the Republic"): not a vice-president, nor the
            # president of its senate.
            candidates = [p for p in candidates if not _lesser(p.title) and (
                " of " not in p.title.lower() or title_country(p.title) or _OF_THE_STATE.search(p.title))]
        if phrase.lower().endswith("counterpart"):
            # "X met his counterpart": whoever holds X's office, never X, named before in the clause;
            # nor a deputy of that office ("his Kazakh counterpart", a Kazakh deputy foreign
            # minister named since the foreign minister).
            own = {id(p) for j, p in self.mentioned_before(token.i) if j >= token.sent.start}
            ranks = set(text.lower().replace("-", " ").split())
            candidates = [p for p in candidates if id(p) not in own and not (
                _LESSER & set(p.title.lower().replace("-", " ").split()) - ranks)]
        if _OF_THE_STATE.search(text) and not title_country(text) and not phrase.lower().endswith("counterpart") and (
                own_state := [p for p in candidates if not title_country(p.title)]):
            # "the President of the Republic" is the story's own, not "the President of the
            # Portuguese Republic" named since.
            candidates = own_state
        if exact := [p for p in candidates if text.lower() in p.title.lower()]:
            candidates = exact  # "the Minister of State": the one of that office, not any minister
        if len(candidates) > 1 and text.lower() in OFFICES and (full_rank := [p for p in candidates if not _lesser(p.title)]):
            candidates = full_rank  # "the Kazakh minister": the minister, not a deputy minister named since
        if len(candidates) > 1 and text.lower() in OFFICES:
            # "In Astana, Minister X will meet Kazakhstan's Minister of Trade, Y. … In Tashkent, the
            # Minister will hold talks with Z": a bare office, or one with only a nationality ("the
            # Kazakh minister", though a Kazakh deputy minister was named since), is the one the
            # story follows (named most often; of two named as often, the one named first, as in
            # the headline), not whoever held such an office last.
            told = [p for j, p in self.mentioned_before(token.i) if self._at.get(j - 1) is not p]
            return max(candidates, key=lambda p: sum(q is p for q in told))
        if candidates:
            return candidates[-1]
        if country and headline(token.sent) and token.dep_ != "poss" and not phrase.lower().endswith("counterpart") and (
                below := next((p for j, p in sorted(self._at.items()) if j > token.i and not p.group
                               and p.country == country and holds(p)), None)) is not None:
            # "Taoiseach and Portuguese PM agree … | … met Portuguese Prime Minister X": a headline's
            # official is the one of that office and country the story names below (not the owner
            # of a headline's visit, "Armenian President's visit postponed", nor a counterpart).
            return below
        if country and is_official(text) and (named := self._introduced_next(token)) is not None:
            named.title, named.country = named.title or text, named.country or country
            return named
        if any(c.lower_ in ("a", "an") for c in token.children) and token.head.lower_ == "by" and any(
                c.ent_type_ == "ORDINAL" for c in token.head.head.children):
            return None  # "the first visit by a Luxembourg prime minister in a decade": a kind, no one
        if (lead := self._untitled_lead(token, text, country) or self._untitled_next(token, text, country)) is not None:
            return lead
        body = _body_of(phrase, text)
        country = country or _city_office_country(text)
        if (country is None and body is None and not _office_of_body(text) and not _body_named_first(text)) or (
                not is_official(text)):
            return None
        if body is not None:
            phrase = f"{body} {text}"  # "the IMF's managing director", unnamed: "IMF managing director"
        elif country is None and _office_of_body(text):
            # "the managing director of the International Monetary Fund": named as a body's
            # officials are, the body first ("International Monetary Fund managing director").
            office, _, named = text.partition(" of ")
            phrase = f"{named.removeprefix('the ')} {office}"
        elif country and text.lower() in _MONARCHS - {"pope"}:
            phrase = f"{text.title()} of {country_name(country)}"  # "Qatar's emir": as a monarch is named
        return self._unnamed.setdefault(normalize(phrase), Party(phrase, text, country))


def _nationalities_noun(token: Token) -> Token | None:
    """The plural noun a nationality shares with the one coordinated with it, when the parser took
    the first for the head ("Dominican and Haitian officials": "officials" a conjunct of "Dominican")."""
    if token.pos_ != "ADJ" and token.ent_type_ != "NORP" or not country_code(token.text):
        return None
    return next((c for c in token.children if c.dep_ == "conj" and c.lower_ in GROUPS and c.tag_ == "NNS"), None)


def _name_run_before(doc: Doc, end: int) -> Span | None:
    """Two or more capitalised words ending before ``end``, whatever the model tagged them, past the
    dateline, with hyphens inside ("Amra Delić-Hasanović"): the name an appositive office follows,
    which starts after an honorific ("at the Presidency of the Council Mrs Adidjatou Sanni-Gbaguidi")."""
    start = end
    while start > 0 and not in_dateline(doc[start - 1]) and (
            doc[start - 1].lower_.strip(".") not in COURTESY_TITLES) and (
            doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN"
            or doc[start - 1].text == "-" and start >= 2 and doc[start - 2].pos_ == "PROPN" and start < end):
        start -= 1
    if start < end and doc[start].text == "-":
        start += 1
    words = [t for t in doc[start:end] if t.is_alpha]
    if len(words) < 2 or not all(name_word(t) for t in words) or country_code(doc[start:end].text):
        return None
    return doc[start:end]


def _firm_named(token: Token) -> bool:
    """"UK bank Barclays", "engineering group Lahnwerk": a name the words before call a firm,
    whatever else the model tagged it (a person, a product, a building)."""
    return token.ent_type_ not in ("ORG", "GPE", "NORP", "LOC", "DATE") and (any(
        c.dep_ == "compound" and c.lower_ in FIRMS and c.i < token.i for c in token.children) or (
        # ("the Dutch carrier Stellair": the name set beside the word)
        token.dep_ == "appos" and token.head.lower_ in FIRMS and token.head.i == token.i - 1) or (
        # ("Harrow Peak Gold, which runs …": a thing, whatever the model tagged it)
        token.ent_type_ == "PERSON" and any(c.dep_ == "relcl" and any(
            w.lower_ == "which" and w.dep_ in ("nsubj", "nsubjpass") for w in c.children) for c in token.children)))


def led_bodies(leaders: Token) -> Token | None:
    """The described bodies of "leaders of the former rebel groups" (not of "the leaders of …",
    the ones the story names), or of "the heads of the seven largest suppliers" (firms, more of them
    counted than the few a story names one by one; but "the leaders of the five parties" are
    people the story names); None when ``leaders`` is no word for heads."""
    if leaders.lower_ not in _HEADS:
        return None
    definite = any(c.dep_ == "det" for c in leaders.children)
    for g in (g for c in leaders.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
        if g.dep_ != "pobj" or g.tag_ != "NNS" or reference_count(g) or not any(
                a.dep_ in ("amod", "compound") for a in g.children):
            continue
        many = any(n.dep_ == "nummod" and n.like_num and n.lower_ not in ("one", "1", "2", "3") for n in g.children)
        if (not definite and g.lower_ in _LED_BODIES) or (many and leaders.lower_ in _HEADS_OF_FIRMS):
            return g
    return None


# Words for those a body sends to speak for it. (Not "executives": "met executives" alone is a
# side already, and the shorter name is the one reports use.)
_SENT = {"representatives", "delegates"}


def sent_for_a_body(party: Party) -> bool:
    """"representatives of Italian textile manufacturers": a group that speaks for a body only
    described."""
    return party.group and party.name.split(" ", 1)[0] in _SENT


def _sent_by_described(sent: Token) -> Token | None:
    """The last word of the body described after words for those it sends ("representatives of
    local businesses", "delegates of Japanese utilities, banks and card companies"); None when the
    body is named ("of Barclays"), stands for one named before ("of the company", "of the two
    clubs", "of its member firms") or the word is no such word."""
    if sent.lower_ not in _SENT:
        return None
    body = next((g for c in sent.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)
    if body is None or body.pos_ != "NOUN" or body.ent_type_:
        return None
    described = [c for c in body.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    if any(c.pos_ == "PRON" for c in described) or (not described and (
            reference_count(body) or any(c.dep_ == "det" for c in body.children))):
        return None
    last = body.conjuncts[-1] if body.conjuncts else body
    # (To the end of what the body is of: "representatives of the regional chamber of commerce".)
    return next((c.right_edge for c in last.children if c.dep_ == "prep" and c.lower_ == "of"), last)


def _past_portfolios(doc: Doc, i: int) -> int:
    """Past the rest of an office's portfolios, listed in lower case after the first, to the name:
    "minister of production[, foreign trade, investment and fisheries], X"."""
    j = i
    while j < min(i + 10, len(doc)) and (doc[j].text == "," or doc[j].lower_ == "and" or (
            doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ"))):
        j += 1
    return j if j > i and doc[j - 1].text == "," and any(w.lower_ == "and" for w in doc[i:j]) else i


def _body_of(phrase: str, office: str) -> str | None:
    """The international body an unnamed office is of, told by its acronym before it ("the IMF's
    managing director", "the UN secretary-general")."""
    body = phrase.removesuffix(office).strip().removesuffix("'s").removesuffix("’s").strip()
    return body if body and office and body.isupper() and body.isalpha() and len(body) <= 6 else None


# Words for those at the head of bodies: with the bodies described after ("the heads of the seven
# largest suppliers"), a side of their own; the second set is the words for the heads of firms.
_HEADS = {"leaders", "heads", "bosses", "chiefs"}
_HEADS_OF_FIRMS = {"heads", "bosses"}
# Bodies in the plural whose leaders, so described, are a side: "leaders of the former rebel groups".
_LED_BODIES = {"groups", "parties", "unions", "factions", "movements", "organisations", "organizations", "associations",
               "federations", "militias"}
# Words that make a name a body's, and an office one of a body rather than of a state.
BODY_WORDS = {"federation", "fund", "chamber", "chambers", "bank", "council", "commission", "organisation",
              "organization", "union", "association", "authority", "agency", "corporation", "committee",
              "institute", "forum", "confederation", "secretariat", "programme", "program", "command"}


# A parliament's chambers, which end an office's complement: "Speaker of Parliament [Igor Straka]".
_CHAMBERS = {"parliament", "assembly", "senate", "congress", "house"}
# The members a chamber is named for, the last word of its name: "the House of Representatives",
# "the Chamber of Deputies", "the House of Councillors".
_CHAMBER_MEMBERS = {"representatives", "deputies", "commons", "lords", "councillors", "delegates"}
# Words of a company's or another body's name ("… of Kenya Airways Ltd").
_NAMELESS = _CHAMBERS | {"airways", "airlines", "air", "ltd", "plc", "inc", "limited", "holdings", "telecom", "energy",
                         "petroleum", "international", "national", "palace", "court"}
# Words of a body's or a region's name, never of a person's: "… of the Japan Business Federation",
# "… of China's Inner Mongolia Autonomous Region".
_NOT_NAMES = BODY_WORDS | {"region", "autonomous", "province", "republic", "territory", "district", "county", "oblast",
                           "prefecture", "municipality", "city", "state", "company", "group", "party",
                           "administration", "ministry", "department", "board", "office", "forces", "army", "navy",
                           "ministers"}  # (the Cabinet or Council of Ministers)


def _body_named_first(office: str) -> bool:
    """"the World Bank president", "the African Union Commission chairperson": an office named
    after the body it is of, the body's name first."""
    words = office.split()
    return len(words) > 2 and words[-2].lower() in BODY_WORDS and all(w[0].isupper() for w in words[:-1])


def _city_office_country(office: str) -> str | None:
    """"Mayor of London": the country of the capital an office is of."""
    place = office.partition(" of ")[2].removeprefix("the ")
    return visited_country(place) if place and is_capital(place) else None


def _office_of_body(office: str) -> bool:
    """"Secretary-General of the Federation of Saudi Chambers", "Director-General of the Kuwait
    Fund": an office of a body its words name says who holds it, unnamed."""
    _, of, body = office.partition(" of ")
    words = body.removeprefix("the ").split()
    return bool(of) and len(words) >= 2 and all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in words) and (
        any(w.lower() in BODY_WORDS for w in words))


def _unabbreviated(title: str) -> str:
    """A title in lower case with "PM" spelled out ("PM Mahmoud" is the prime minister)."""
    return " ".join("prime minister" if w == "PM" else w.lower() for w in title.split())


def _allied(a: Token, b: Token) -> bool:
    """Whether ``a`` and ``b`` are the joint subject of a verb whose object is another body or a
    person ("A and B blamed C", "A and B accused C of …")."""
    if not (a.dep_ == "nsubj" and b.dep_ == "conj" and b.head == a):
        return False
    return any(c.dep_ == "dobj" and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") for c in a.head.children)


_MONARCHS = {"king", "queen", "emir", "sultan", "emperor", "pope"}
_DEAL_VERBS = {"buy", "acquire", "merge", "bid", "take"}


def _deal_objects(verb: Token) -> list[Token]:
    """What a deal verb takes: "buy Y", "merge with Y", "bid for Y", "take over Y"."""
    if verb.lemma_ == "take" and not any(c.lower_ == "over" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "for") for g in c.children
        if g.dep_ == "pobj"]


def _spaced_dash(t: Token) -> bool:
    """A dash set apart by a space ("X - met"), not the hyphen inside a name ("Sidibé-Koné")."""
    return t.text in DASHES and (bool(t.whitespace_) or (t.i > 0 and bool(t.nbor(-1).whitespace_)))


def _acronym(token: Token) -> bool:
    """"SAIC", "HMIC": a body's initials, whatever the model tagged them (never a person's name)."""
    return token.is_upper and token.is_alpha and 2 <= len(token) <= 6


def _half_of_a_state(token: Token) -> bool:
    """The first word of a state's name with "and" in it ("Trinidad and Tobago", "Bosnia and
    Herzegovina"), which the parser reads as two conjoined names."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "and" or not doc[token.i + 2].is_title:
        return False
    code = country_code(doc[token.i:token.i + 3].text)
    return code is not None and code == country_code(token.text)


def _in_title(token: Token) -> bool:
    """A word of an office's name, the parser having split it off ("X, Commerce and Industry
    Minister", "Interior Minister" hung under the name)."""
    doc = token.doc
    return (token.head.lower_ in OFFICES and not _executive_body(token.head)) or (
        token.i + 1 < len(doc) and doc[token.i + 1].lower_ in OFFICES) or any(
        w.lower_ in OFFICES and not _executive_body(w) for w in token.conjuncts) or any(
        _field_of_office(w) for w in (entity_at(token) or (token,)))


def _field_of_office(token: Token) -> bool:
    """"Minister of Commerce, Industry and Investment Promotion": a field after the first that the
    office is of, the model tagging the last ones an organisation (but "King of the Belgians")."""
    if token.dep_ != "conj":
        return False
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in OFFICES


def _executive_body(word: Token) -> bool:
    """"The Scottish Executive": a government, not an office ("its chief executive")."""
    return word.text == "Executive" and any(c.lower_ == "the" for c in word.children)


def _courtesy_name(doc: Doc, start: int) -> Span | None:
    """The name after "Mr", "Lady", "Sir" that the model did not tag ("Mr Kilroy-Silk"): its
    capitalised words, hyphens joining them; none when they are an office ("Lord Chancellor")."""
    end = start
    while end < len(doc) and not doc[end].ent_type_ in ("GPE", "ORG", "NORP", "DATE") and (
            (doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].lower_ not in OFFICES) or (
            doc[end].text == "-" and end > start and end + 1 < len(doc) and doc[end + 1].is_title)):
        end += 1
    return doc[start:end] if end > start and doc[end - 1].text != "-" else None


def _set_off_name(noun: Token) -> Span | None:
    """The name set off by commas right after a body's common noun ("the federation, Pescamar,"),
    whatever the model tagged it; not a person's, a state's or an office."""
    doc, start = noun.doc, noun.i + 2
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].lower_ not in OFFICES:
        end += 1
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].text != "," or end == start or end >= len(doc) or doc[end].text != ",":
        return None
    name = doc[start:end]
    return None if any(t.ent_type_ == "PERSON" for t in name) or country_code(name.text) else name


def _place_word(t: Token) -> str:
    """A country or nationality word, whole ("United States") unless the model put it inside
    another kind of entity ("March 4 - Iranian")."""
    ent = entity_at(t)
    return ent.text if ent is not None and ent.label_ in ("NORP", "GPE", "ORG") else t.text


def _home(body: Token) -> str | None:
    """The country an organisation is introduced with ("UK bank Barclays", "South Africa's Absa")."""
    return next((code for c in body.lefts if c.dep_ in ("compound", "nmod", "poss", "amod") for w in c.subtree
                 if (code := country_code(_place_word(w)))), None)


def _listed_name_word(w: Token) -> bool:
    """A word of a name in a list after a plural office, which vouches for the names the model
    often tags as organisations or adjectives."""
    return name_word(w) or w.lower_ in NAME_PARTICLES or (
        w.pos_ in ("PROPN", "ADJ", "NOUN") and w.is_title and w.lower_ not in OFFICES and not country_code(w.text))


def _office_of(title: str) -> str | None:
    """The readable title, or None when it is only a courtesy word."""
    words = re.split(r"[\s-]+", title)
    return title if any(w.lower().strip(".") in OFFICES | RANKS for w in words) else None


# Words that end a state's formal name after its adjective ("the Kyrgyz Republic", "the Slovak Republic").
_STATE_WORDS = {"republic", "kingdom", "federation", "confederation", "sultanate", "emirate", "principality"}


# The regions an office may serve ("Vice President for Europe and Central Asia X").
_REGIONS = {"europe", "asia", "africa", "america", "americas", "pacific", "caribbean", "eurasia", "oceania", "arctic"}


def _complement_end(title: Span) -> int:
    """Where an "of …" complement ends: before a following PERSON name it may have swallowed."""
    doc = title.doc
    if (at := next((t.i for t in title if t.lower_ == "at" and (doc[t.i + 1].lower_ != "the" or _named_word(doc[t.i - 1]))),
                   None)) is not None:
        # "State Secretary at the Ministry …" is an office; "received by the President of the UAE at
        # Qasr Al Watan" and "meet Speaker of Parliament Igor Straka at the National Council" say where.
        title = doc[title.start:at]
    complement = next((t.i for t in title if t.lower_ in ("of", "for")), None)
    if _named_after_comma(title):
        return title.end  # "the director of Spain's [Civil Guard], Marta X": the body ends the office
    # "Ambassador of Senegal Cheikh Mbaye", "Minister of State for Foreign Affairs Fahad Al Thani",
    # "Minister of Foreign Affairs and National Community Abroad Nadir Belkacem": after the country
    # or the portfolio, two or more name words (whatever the model tagged them).
    # ("Ambassador of Japan to the Kingdom X": the host state by its style, as its own press says it)
    last = next((t.i for t in reversed(title) if country_code(t.text)
                 or t.lower_ in PORTFOLIOS | FIELDS | _REGIONS | _NOT_NAMES | _CHAMBERS | _CHAMBER_MEMBERS
                 | {"affairs", "abroad", "government", "relations", "policy"}
                 or (t.lower_ in _STATE_WORDS and doc[t.i - 1].lower_ == "the")), None)
    while last is not None and last + 1 < title.end and doc[last + 1].lower_ in _STATE_WORDS:
        last += 1  # "President of the Kyrgyz Republic Temirbek Osmonaliev"
    # (One name word swallowed, the rest after: "Minister of State for Energy Affairs Yousef [bin
    # Jaber Al Kuwari]".)
    more = title.end < len(doc) and (doc[title.end].lower_ in PATRONYMICS or (
        doc[title.end].is_title and doc[title.end].pos_ == "PROPN"))
    # (Not when the complement goes on: "… of the State Great Khural (Parliament) of Mongolia X".)
    goes_on = title.end < len(doc) and doc[title.end].text in ("(", "of")
    if complement is not None and last is not None and not goes_on and last > complement and (title.end - last > 2 or more) and all(
            (t.pos_ == "PROPN" and t.is_title and t.lower_ not in MODIFIERS | OFFICES | PORTFOLIOS | _NOT_NAMES
             and not country_code(t.text)) or (t.text == "-" and not t.whitespace_)
            for t in title.doc[last + 1:title.end]):
        return last + 1
    if (initialled := next((t.i for t in title if t.i > title.start + 1 and _INITIALLED.fullmatch(t.text)), None)) is not None:
        return initialled  # "Minister of Foreign Affairs Ts.Munkhzul", however the model tagged the name
    for t in title:
        # (A name right after "for" is the place served, tagged as a person: "MP for Kettering North".)
        if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and t.i > (complement or title.start) + 1:
            # (With the style before the name: "Minister of Foreign Affairs [Prince] Mansour …")
            styled = t.i - 1 > title.start + 1 and title.doc[t.i - 1].lower_ in _NAME_STYLES
            return t.i - 1 if styled else t.i
    # Untagged: the last two words are a name when the complement has a word before them and
    # neither is an office, organisation or place word ("Commissioner for Enlargement Kristiina
    # Aaltonen").
    tail = title.doc[title.end - 2:title.end]
    if complement is not None and title.end - 2 > complement + 1 and not goes_on and all(
            t.pos_ == "PROPN" and name_word(t) and t.lower_ not in MODIFIERS | OFFICES and t.ent_type_ not in ("GPE", "NORP")
            for t in tail):
        return tail.start
    return title.end


def _named_after_comma(title: Span) -> bool:
    """Whether a person the model tags follows the office after a comma while the office's own last
    words are tagged no person: the office holder is the one after the comma."""
    doc, end = title.doc, title.end
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    i = end + 1
    # (Past a style or a rank, "Col." in two words: "the commander of Operation X, Col. Y")
    if doc[i].lower_.rstrip(".") in _NAME_STYLES | RANKS | SHORT_STYLES | {"sir", "dame", "lord", "lady", "dr", "mr", "mrs", "ms"}:
        i += 2 if i + 1 < len(doc) and doc[i + 1].text == "." else 1
    return i < len(doc) and doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B" and not any(
        t.ent_type_ == "PERSON" for t in title[-2:])


def _named_word(t: Token) -> bool:
    """A word of a name, not of an office, a portfolio, a body or a country ("Straka", not "State"),
    whatever the model tagged it (:func:`name_word` refuses one tagged as an organisation, as
    "Parliament Igor Straka" often is)."""
    return t.pos_ == "PROPN" and t.is_title and not country_code(t.text) and (
        t.lower_ not in OFFICES | RANKS | PORTFOLIOS | FIELDS | MODIFIERS | _NOT_NAMES | _NAMELESS)


def _listed_portfolios(doc: Doc, end: int) -> int:
    """Where an office's portfolios end when they are listed before a name, set off by a comma or
    one the model tags as a person's: "Minister of Trade[, Industry and Energy], Ryu Seong-ho",
    "Minister of Industry[ and Advanced Technology] Obaid Al Nuaimi". Only with the name after,
    which tells the list from a name ("Minister of Trade, Industry, said")."""
    start = end - 1 if doc[end - 1].lower_ == "and" else end  # (the title pattern may take the "and")
    if start >= len(doc) or doc[start].text != "," and doc[start].lower_ != "and":
        return end
    listed = of_country = False
    for t in doc[start:min(start + 16, len(doc) - 1)]:
        if t.text == "," and listed and t.i > start + 1 and _name_start(doc[t.i + 1]):
            return t.i
        if t.ent_iob_ == "B" and t.ent_type_ == "PERSON" and t.lower_ in FIELDS and doc[t.i - 1].lower_ == "and" and (
                doc[t.i + 1].ent_iob_ == "I") and doc[t.i + 1].lower_ not in FIELDS | {"affairs"}:
            return t.i + 1  # "… Foreign Affairs and [Expatriates Nasser X]": the last portfolio run into the name
        if t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and listed and doc[t.i - 1].lower_ != "and":
            return t.i  # "Minister of Trade, Industry and Energy Ryu Seong-ho"
        if listed and (doc[t.i - 1].lower_ in FIELDS and doc[t.i - 2].lower_ == "and" or doc[t.i - 1].lower_ == "abroad" or (
                of_country and country_code(doc[t.i - 1].text))) and _untagged_name_end(t) is not None:
            # The same, the name tagged with the ministry: "… Trade and Industry Ishiguro Masato,",
            # "… Industry and Trade of the Republic of Uzbekistan Shavkat Nurmatov paid", "…,
            # Migration and Tunisians Abroad Hatem Gharbi".
            return t.i
        if t.lower_ == "and":
            listed = True
        elif listed and (t.lower_ == "of" or (t.lower_ == "the" and doc[t.i - 1].lower_ == "of")):
            of_country = True  # the country the portfolios are of
        elif listed and t.lower_ == "the" and doc[t.i - 1].lower_ == "and" and doc[t.i + 1].is_title:
            continue  # "Minister for International Development and the Pacific, X"
        elif t.text != "," and not (t.is_title and t.lower_ not in OFFICES and (
                t.ent_type_ != "PERSON" or _ends_in_portfolio(doc, t.i))):
            return end
    return end


def _ends_in_portfolio(doc: Doc, i: int) -> bool:
    """Whether the title-case words from ``i`` end in a portfolio's word, whatever the model tagged
    them: "… for Foreign and [Diaspora Affairs]PERSON, Hon. X"."""
    j = i
    while j + 1 < len(doc) and doc[j + 1].is_title:
        j += 1
    return doc[j].lower_ in FIELDS | {"affairs"}


def _posted_to(doc: Doc, i: int) -> int | None:
    """Where "to Yemen" / "in Kabul" at ``i`` ends, the place an envoy is posted to."""
    if i + 1 >= len(doc) or doc[i].lower_ not in ("to", "in"):
        return None
    place = entity_at(doc[i + 1])
    if place is not None and place.label_ == "GPE" and place.start == i + 1:
        return place.end
    # (A country the model left untagged: "to Côte d'Ivoire")
    return next((i + 1 + n for n in range(4, 0, -1)
                 if i + 1 + n <= len(doc) and country_code(doc[i + 1:i + 1 + n].text)), None)


def _common_nouns_before_name(doc: Doc, i: int) -> int | None:
    """Where one or two lower-case nouns from ``i`` end when a person's name follows them."""
    j = i
    while j < min(i + 2, len(doc)) and doc[j].is_lower and doc[j].pos_ == "NOUN":
        j += 1
    return j if i < j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B" else None


def _country_length(doc: Doc, i: int) -> int:
    """How many words from ``i`` name a country ("Hungary", "Czech Republic"), else 0."""
    n = next((n for n in (3, 2, 1) if i + n <= len(doc) and country_code(doc[i:i + n].text)), 0)
    while n and i + n < len(doc) and doc[i + n].lower_ in _STATE_WORDS:
        n += 1  # "the Kyrgyz Republic"
    return n


def _untagged_name_end(t: Token) -> int | None:
    """Where a name of two to four title-case words from ``t`` ends (none of them a portfolio,
    office or country, punctuation after them), else None."""
    words = []
    for w in t.doc[t.i:min(t.i + 5, len(t.doc))]:
        if not (w.is_title and w.pos_ == "PROPN"):
            break
        words.append(w)
    end = t.i + len(words)
    # (Or the subject's name, its verb after it: "… Trade Shavkat Nurmatov paid a visit"; or a
    # preposition: "… Abroad Hatem Gharbi at the ministry".)
    if 2 <= len(words) <= 4 and (end == len(t.doc) or t.doc[end].text in ",.;)" or t.doc[end].pos_ in ("VERB", "AUX", "ADP")) and not any(
            w.lower_ in PORTFOLIOS | OFFICES or country_code(w.text) for w in words):
        return end
    return None


def _name_start(t: Token) -> bool:
    return t.ent_type_ == "PERSON" or t.text in _STYLES or (t.is_title and t.lower_ not in OFFICES | PORTFOLIOS)


def _listed_offices(gap: Span) -> bool:
    """Between two titles, one more office in a list of a person's offices: "Minister of State for
    Foreign Affairs[, Cabinet Member and ]Envoy for Climate Affairs X"."""
    return 3 <= len(gap) <= 6 and gap[0].text == "," and gap[-1].lower_ == "and" and all(
        t.is_title and t.ent_type_ != "PERSON" for t in gap[1:-1])


def _comma_held(first: Span, second: Span) -> bool:
    """A rank of office set before a portfolio by a comma: "Minister of State, Minister of Foreign
    Affairs X", "Deputy Prime Minister, Foreign Minister Y" (not "the President, Prime Minister Z
    and …", a list)."""
    doc = first.doc
    return second.start == first.end + 1 and doc[first.end].text == "," and (
        first.text.lower().endswith(("minister of state", "deputy prime minister", "senior minister"))) and (
        second[0].lower_ in OFFICES | FIELDS)


def _held_together(titles: list[Span]) -> list[Span]:
    """Two offices joined by "and" (or a dash) before one name are that person's: "Qatar's Prime
    Minister and Minister of Foreign Affairs Sheikh X", "Deputy Prime Minister and Foreign Minister
    Y", "Deputy Prime Minister – Minister of Energy Z"; not an office of its own place ("The
    President of Ghana and Foreign Minister Z")."""
    held: list[Span] = []
    for title in titles:
        last = held[-1] if held else None
        doc = title.doc
        if last is not None and last[0].is_title and title[0].is_title and ((title.start == last.end + 1 and (
                doc[last.end].lower_ == "and" or _spaced_dash(doc[last.end])) and not any(
                t.lower_ in ("of", "for") for t in last)) or _listed_offices(doc[last.end:title.start]) or (
                _comma_held(last, title))):
            held[-1] = doc[last.start:title.end]
        else:
            held.append(title)
    return held


def _counterpart_from(words: Span) -> str | None:
    """"received his counterpart from Ethiopia": the country a counterpart comes from."""
    doc = words.doc
    if words[-1].lower_ != "counterpart" or words.end + 1 >= len(doc) or doc[words.end].lower_ != "from":
        return None
    # (Whatever the model tags the country: "from [Malawi]PERSON".)
    start = words.end + 1
    return _country_named_at(doc, start, len(doc))[1] if doc[start].pos_ == "PROPN" else None


def _country_named_at(doc: Doc, start: int, end: int) -> tuple[int, str | None]:
    """The country whose name starts at word ``start`` and ends by ``end``, the longest first ("St
    Vincent and the Grenadines" is one country, "South Africa" no "South"): its length in words and
    its code, or (1, None) when no country's name starts there."""
    return next(((n, code) for n in range(5, 0, -1) if start + n <= end
                 and (code := country_code(doc[start:start + n].text))), (1, None))


def _complement_country(words: Span) -> str | None:
    """"Ambassador of the Republic of Senegal", "Minister for Foreign Affairs of Finland": the
    country the office is of."""
    of = next((t.i for t in words if t.lower_ == "of"), None)
    if of is None:
        return None
    # (The model tags some countries as nationalities: "the President of [Uzbekistan]NORP yesterday".)
    country = next((e for e in entities_in(words.doc[of + 1:words.end])
                    if e.label_ == "GPE" or (e.label_ in ("NORP", "LOC") and country_code(e.text))), None)
    if country is None:
        # (A country the model ran into an organisation: "Minister of Trade of [the Republic of
        # Uzbekistan Shavkat Nurmatov]ORG".)
        return next((code for t in words.doc[of + 1:words.end] if t.pos_ == "PROPN" and (code := country_code(t.text))), None)
    # ("the Republic of Senegal": the country is its last word; of "[the Republic of Mali to
    # Senegal]", run together by the model, the one before "to")
    country = next((country[:t.i - country.start] for t in country if t.lower_ == "to" and t.i > country.start), country)
    return country_code(country.text) or country_code(country[-1].text)


def _lesser(title: str) -> bool:
    """Whether every office ``title`` holds is a lesser one: "Deputy Foreign Minister", not "Deputy
    Prime Minister, Minister of Foreign Affairs"."""
    parts = [part.split() for part in re.split(r",| and ", title.lower().replace("-", " "))]
    return all(part[0] in _LESSER for part in parts if OFFICES.intersection(part))


def _portfolio_country(doc: Doc, start: int) -> str | None:
    """"Bhutan's Energy and [Natural Resources Minister]", "Britain's Africa [minister]": the
    country whose possessive stands before portfolio words the title pattern left out."""
    i = start - 1
    while i > max(start - 6, 0) and (doc[i].is_title and doc[i].pos_ == "PROPN" or doc[i].lower_ in ("and", "&")) and (
            not country_code(doc[i].text)):
        i -= 1
    return country_code(doc[i - 1].text) if i < start - 1 and _possessive(doc, i) else None


def _possessive(doc: Doc, i: int) -> bool:
    """"Syria's", "Wales'": word ``i`` is the possessive ending of the word before it."""
    return i >= 1 and (doc[i].text in ("'s", "’s") or (doc[i].text in ("'", "’") and doc[i - 1].text.endswith("s")))


def _context(doc: Doc, start: int) -> tuple[str | None, int]:
    """Country and start of what qualifies a title on its left: "Russian", "Syria's", "his Saudi"."""
    i = start - 1
    if i >= 0 and (doc[i].text in _STYLES or (doc[i].is_space and "\n" in doc[i].text)):
        return None, start  # (a title opening its line: the line before is a headline's end)
    if _possessive(doc, i):
        i -= 1
    if i >= 0 and doc[i].text in DASHES:
        return None, start  # "BRUNEI - Sultan X": a dateline before the title
    if i >= 1 and doc[i].is_lower and doc[i].is_alpha and doc[i].lower_ not in OFFICES and (
            doc[i].pos_ not in ("VERB", "AUX")) and country_code(doc[i - 1].text):
        # "Malian junta leader", "Myanmar military chief": the country before one more word (not
        # a headline's verb: "India says official spoke with …")
        i -= 1
    if i >= 2 and _half_of_a_state(doc[i - 2]):
        return country_code(doc[i - 2].text), i - 2  # "Trinidad and Tobago Prime Minister X"
    if i >= 0 and doc[i].ent_type_ not in _CONTEXT_ENTS:
        # Names of two or three words the model tags as a person ("Sri Lankan", "Papua New
        # Guinea", not Guinea) or not at all.
        first = next((i - n for n in (2, 1) if i >= n and country_code(doc[i - n:i + 1].text)), i)
        if code := country_code(doc[first:i + 1].text):
            determined = first > 0 and doc[first - 1].lower_ in ("his", "her", "their", "its", "the", "a")
            return code, first - determined
    if i < 0 or doc[i].ent_type_ not in _CONTEXT_ENTS:
        if i >= 0 and doc[i].lower_ in ("his", "her", "their", "its", "the", "a"):
            return None, i
        return None, start
    first = i
    while first > 0 and doc[first - 1].ent_type_ == doc[i].ent_type_ and doc[first].ent_iob_ != "B" and (
            # "LIMA - Peruvian": a dateline, not one name ("Timor-Leste" is one)
            doc[first - 1].text not in DASHES or not (doc[first - 1].whitespace_ or doc[first - 2].whitespace_)):
        first -= 1
    code = country_code(doc[first:i + 1].text)
    if code is None and doc[i].ent_type_ != "ORG":
        return None, start
    if first > 0 and doc[first - 1].lower_ in ("his", "her", "their", "its", "the", "a"):
        first -= 1
    return code, first


def _name_after(doc: Doc, i: int, title: Span) -> Span | None:
    """The name following a title, past ranks, honorifics and an appositive comma."""
    sent_end = title.sent.end
    cue = title.start - 1
    if cue > 0 and doc[cue].pos_ == "ADJ" and doc[cue].is_lower:
        cue -= 1  # "the federal Minister of …, X"
    if i < sent_end and doc[i].text == "," and cue >= 0 and (
            doc[cue].lower_ in _APPOSITION_CUES or doc[cue].ent_type_ in ("NORP", "GPE")):
        i += 1
        if i + 2 < sent_end and doc[i].ent_type_ == "NORP" and doc[i + 1].is_lower and doc[i + 1].pos_ == "NOUN" and (
                doc[i + 2].ent_type_ == "PERSON"):
            i += 2  # "the head of the consortium, Dutch executive X": what X is, between the comma and the name
    while i < sent_end and (doc[i].lower_.strip(".") in RANKS | HONORIFICS | SHORT_STYLES | {"prince"} or (
            doc[i].text in _STYLES) or (doc[i].lower_ == "army" and doc[i - 1].lower_ in RANKS) or (
            # "State Minister HE Ambassador X": a career diplomat's courtesy rank, not the office
            doc[i].lower_ == "ambassador" and doc[i - 1].text in _STYLES and i - 1 > title.start) or (
            # "Premier the Hon. X", "Minister the Rt Hon. Y": a Commonwealth style between.
            doc[i].lower_ == "the" and i + 1 < sent_end and doc[i + 1].lower_.strip(".") in SHORT_STYLES) or (
            doc[i].text == "." and doc[i - 1].lower_ in RANKS | HONORIFICS | SHORT_STYLES)):
        i += 1
    while i + 1 < sent_end and doc[i].lower_ in FIELDS and doc[i].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "I":
        i += 1  # the portfolio's last word, run into the name: "… and Human [Mobility Verónica Andrade]"
    rank_only = all(t.lower_ in RANKS for t in title)
    if i < sent_end and doc[i - 1].lower_ in PORTFOLIOS and (named_end := _untagged_name_end(doc[i])) is not None:
        # "… Trade and Industry Ishiguro Masato,": the name the model ran into the ministry's.
        return doc[i:named_end]
    if i < sent_end and (styled := styled_name(doc[i])) is not None and styled.start == i:
        return styled
    start, j = i, i
    while j < sent_end:
        t = doc[j]
        if t.text == "-" and j > start and not doc[j - 1].whitespace_ and j + 1 < sent_end:
            j += 2
        elif t.is_title and t.lower_ not in OFFICES and name_word(t):
            j += 1
        elif t.lower_ in NAME_PARTICLES and j + 1 < sent_end and (
                doc[j + 1].is_title or doc[j + 1].text == "-" or doc[j + 1].lower_ in NAME_PARTICLES):
            j += 1  # "van der Veldt", "al-Sisi"
        elif t.is_title and j > start and doc[j - 1].lower_ in NAME_PARTICLES and t.lower_ not in OFFICES:
            j += 1  # after a particle, whatever the model tagged the surname
        elif t.is_title and t.pos_ == "PROPN" and j == start + 3 and doc[start + 1].text == "-" and (
                t.lower_ not in OFFICES and not country_code(t.text)):
            j += 1  # after a hyphenated first name, whatever the model tagged the surname: "Per-Olof Lindqvist"
        elif t.pos_ == "PROPN" and t.is_title and (ent := entity_at(t)) is not None and ent.start < start < ent.end and (
                not country_code(t.text)) and t.lower_ not in OFFICES:
            j += 1  # the model ran the complement's country into the name: "of [Gambia Ousman Jallow]"
        elif t.pos_ == "PROPN" and t.is_title and j > start and t.ent_type_ in ("GPE", "ORG") and (
                not visited_country(t.text)) and t.lower_ not in OFFICES | _NOT_NAMES | _NAMELESS and (
                j + 1 == sent_end or not doc[j + 1].is_title):
            j += 1  # a surname the model took for a place or a body: "Cheikh Mbaye", "Shen Minghui"
        elif t.is_upper and t.is_alpha and len(t) <= 3 and j + 1 < sent_end and doc[j + 1].is_title:
            j += 1  # initials: "KP Sharma Oli", "U Kyaw"
        elif j > start and t.text in _REGNAL:
            j += 1  # a monarch's number: "King Abdullah II"
        elif j == start and _INITIALLED.fullmatch(t.text):
            j += 1  # a patronymic's initial joined to the name, as Mongolian names are written: "Ts.Munkhzul"
        else:
            break
    if j == start or sum(t.text != "-" for t in doc[start:j]) > 6:  # "Hamad Nasser al-Salem al-Sabah": six
        return None
    if j < sent_end and doc[j].lower_ in OFFICES and all(t.lower_ in MODIFIERS | PORTFOLIOS for t in doc[start:j]):
        return None  # "her counterpart, Foreign Minister X": another title, not a name
    name = doc[start:j]
    if rank_only and not any(t.ent_type_ == "PERSON" for t in name):
        return None
    if name[0].lower_ in PORTFOLIOS and name[0].ent_type_ != "PERSON":
        return None  # "Minister of Trade, Industry and Energy Y": a portfolio the list goes on with
    if name[0].tag_ == "VBZ":
        return None  # a headline in title case: "Prime Minister Receives Courtesy Call from …" (a name to the model)
    return name


_REGNAL = {"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}
_INITIALLED = re.compile(r"[A-Z][a-z]{0,2}\.[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _name_before(doc: Doc, i: int, end: int) -> Span | None:
    """A PERSON right before an appositive title: "General Zhou Weimin, deputy chief of …"
    (but not the subject of "…, the US President said")."""
    if i < 2 or doc[i - 1].text != ",":
        return None
    if end < len(doc) and doc[end].pos_ in ("VERB", "AUX"):
        return None
    last = doc[i - 2]
    if last.ent_type_ != "PERSON":
        return _name_run_before(doc, i - 1)
    ent = entity_at(last)
    # ("BELGRADE, Oct 3 - Amra Delić-Hasanović, chair of …", tagged as one person: the dateline is no part of it)
    start = next((t.i for t in ent if not in_dateline(t) and not t.is_punct), ent.end)
    return _strip_leading(doc[start:ent.end]) if start < ent.end else None


def _possessor_country(ent: Span) -> str | None:
    """The country whose possessive comes right before ``ent``: "Britain's" Tony Blair."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].tag_ != "POS":
        return None
    return country_code(entity_text(doc[ent.start - 2]))


def _strip_leading(ent: Span) -> Span | None:
    i = ent.start
    # (and a trade a sentence opens on: "Striker Nicolas Anelka has held talks …")
    while i < ent.end and (ent.doc[i].lower_.strip(".") in HONORIFICS | OFFICES | RANKS | MODIFIERS
                           or ent.doc[i].text in _STYLES or ent.doc[i].lower_ in PRIVATE_ROLES and ent.end - i >= 3):
        i += 1
    return ent.doc[i:ent.end] if i < ent.end else None


def _bare_name(ent: Span) -> str:
    """A body's name without its article or what it is, capitalised at a sentence start
    ("Carmaker Nordex Auto", "Rival Deutsche Boerse")."""
    while len(ent) > 1 and ent[0].lower_ in FIRMS | _DESCRIBING:
        ent = ent[1:]
    return ent.text.removeprefix("the ").removeprefix("The ")
