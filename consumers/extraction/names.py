"""Whether capitalised words name a person: the small model's entity labels are a hint, not a rule.

en_core_web_sm tags many officials' names as ORG, GPE or WORK_OF_ART ("Akosua Mensah" as ORG,
"Olusegun Adeyemi" as GPE) and rare first names as verbs; these checks decide from the words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newswatch.consumers.extraction.countries import country_code
from newswatch.consumers.extraction.titles import OFFICES, RANKS
from newswatch.consumers.identity import HONORIFICS

# A headline's verbs, capitalised as its every word is ("President X Receives Outgoing Envoy"):
# where a name after a title ends.
_HEADLINE_VERBS = {"receives", "meets", "holds", "hosts", "visits", "welcomes", "calls", "says", "urges",
                   "signs", "discusses", "thanks", "congratulates", "greets", "chairs", "attends", "leaves"}
# Words that make a capitalised phrase an institution or a place rather than a person.
_ORG_WORDS = {"ministry", "office", "council", "party", "agency", "bank", "union", "commission",
              "house", "palace", "department", "committee", "assembly", "parliament", "court",
              "army", "forces", "force", "government", "administration", "fund", "organization",
              "organisation", "group", "front", "movement", "university", "news", "press",
              "times", "post", "state", "states", "republic", "kingdom", "city", "street",
              "nations", "united", "national", "international", "federal", "central", "european",
              "african", "arab", "league", "alliance", "senate", "congress", "authority", "summit"}


# Styles conferred in Malaysia and Brunei, written before the name as part of it ("Dato Seri
# Setia Awang Haji Rosli Hamdan", "Tan Sri Mohd Azhar Ismail"). "Tan" and "Toh" are surnames
# too, "Seri" and "Sri" open place names ("Bandar Seri Begawan", "Sri Lanka"): they open a styled
# name only inside one or before the style they are the first word of.
STYLE_OPENERS = {"dato", "datuk", "datin", "tun", "tunku", "pengiran", "pehin", "awang", "dayang", "haji", "hajah"}
CONFERRED_STYLES = STYLE_OPENERS | {"seri", "sri", "tan", "toh", "puan", "setia", "paduka", "pahlawan", "laila",
                                    "utama", "lela", "jaya", "diraja", "indera", "wijaya", "dr"}
# "Son/daughter of", in lower case inside a name ("Anwar bin Ibrahim"): a name follows, never an office.
PATRONYMICS = {"bin", "ibn", "bint", "binti", "bte"}


def styled_names(doc: Doc) -> list[Span]:
    """The names that open with conferred styles, whole: the small model tags the styles as a
    person of their own and cuts the name after them into two or three ("[Dato Seri] Paduka
    [Awang Haji Rahmat] [Abdul Ghani]"). A name runs over capitalised words, a rank and a
    retired mark among them ("Dato Seri Pahlawan Colonel (Rtd) Haji Zulkifli Abdul Rahman"),
    and patronymics; it must hold a word that is no style."""
    found: list[Span] = []
    i = 0
    while i < len(doc):
        if not _opens_styled_name(doc[i]) or (found and found[-1].end > i):
            i += 1
            continue
        end, named = i, False
        j = i
        while j < len(doc):
            w = doc[j]
            if w.text == "(" and j + 2 < len(doc) and doc[j + 1].lower_.strip(".") in ("rtd", "retd") and doc[j + 2].text == ")":
                j += 3
                continue
            if w.text == "'" and not doc[j - 1].whitespace_ and doc[j - 1].lower_ == "dato":
                j += 1  # "Dato'"
                continue
            if w.lower_ in PATRONYMICS and j + 1 < len(doc) and doc[j + 1].is_title and named:
                j += 1
                continue
            if not (w.is_title and w.is_alpha) or (w.lower_ in OFFICES and w.lower_ not in RANKS) or country_code(w.text):
                break
            if w.lower_ not in CONFERRED_STYLES and w.lower_ not in RANKS:
                named = True
            end = j + 1
            j += 1
        if named:
            found.append(doc[i:end])
        i = max(end, i + 1)
    return found


def styled_name(t: Token) -> Span | None:
    """The name with conferred styles ``t`` is part of, as :func:`styled_names` tags it: a rank
    inside it ("Dato Seri Pahlawan Colonel (Rtd) Haji …") is part of the name, no title."""
    ent = entity_at(t)
    return ent if ent is not None and ent.label_ == "PERSON" and _opens_styled_name(ent[0]) else None


def _opens_styled_name(t: Token) -> bool:
    """A style that opens a name ("Dato", "Haji"), or "Tan" or "Toh" before the style they begin
    ("Tan Sri", "Toh Puan"; "Tan Chee Keong" is a surname first)."""
    return t.is_title and (t.lower_ in STYLE_OPENERS or (
        t.lower_ in ("tan", "toh") and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in ("sri", "seri", "puan")))


def entity_at(t: Token) -> Span | None:
    """The named entity ``t`` is part of, read from the IOB marks around it. (``doc.ents`` builds
    every entity of the document on each access: searching it per word made long articles
    quadratic.)"""
    if not t.ent_type_:
        return None
    doc, start, end = t.doc, t.i, t.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if t.ent_type_ in ("DATE", "TIME"):
        # "on Thursday, days after an attack": the model runs two phrases into one date across a
        # comma the parser hangs outside them (unlike "June 24, 2025"); the one ``t`` is in
        cuts = [i for i in range(start + 1, end - 1) if doc[i].text == "," and not start <= doc[i].head.i < end]
        start = max((i + 1 for i in cuts if i < t.i), default=start)
        end = min((i for i in cuts if i > t.i), default=end)
    return Span(doc, start, end, label=t.ent_type_)


def entities_in(span: Span) -> list[Span]:
    """The named entities wholly inside ``span``, in order, read from its words."""
    found = []
    for t in span:
        if t.ent_iob_ == "B":
            ent = entity_at(t)
            if ent.end <= span.end:
                found.append(ent)
    return found


def entity_text(t: Token) -> str:
    """The whole entity a word belongs to ("United States" for "States"), else the word."""
    ent = entity_at(t)
    return ent.text if ent is not None else t.text


def name_word(t: Token) -> bool:
    """A word that may be part of a person's name after a title. The small model often tags names
    as ORG, GPE or WORK_OF_ART, or a rare first name as a verb ("Lao President Thongsing Vongsa"):
    a proper noun counts unless it is a place or an organisation word; another title-case word
    only inside the same entity as the proper noun after it."""
    if not t.is_title or t.lower_ in _ORG_WORDS | _HEADLINE_VERBS or country_code(t.text):
        return False
    if t.i + 2 < len(t.doc) and t.nbor().text == "-" and not t.whitespace_ and not t.nbor().whitespace_ and (
            t.nbor(2).is_title and t.nbor(2).pos_ == "PROPN" and t.ent_type_ in ("", "PERSON", "ORG")):
        return True  # a hyphenated first name, whatever the model tagged its first half: "Per-Olof"
    if t.pos_ == "NOUN" and not t.ent_type_ and t.i > t.sent.start and t.nbor(-1).ent_type_ == "PERSON":
        return True  # a surname the model took for a noun after a tagged first name: "Aristides Lopes Tavares"
    if t.ent_type_ == "NORP" and t.pos_ == "PROPN" and t.i + 1 < len(t.doc) and t.nbor().ent_iob_ == "B" and (
            t.nbor().ent_type_ == "PERSON"):
        return True  # a first name the model took for a people ("counterpart [Eriya] Kasozi Mugisha")
    if t.ent_type_ == "NORP" and t.pos_ == "PROPN" and len(ent := entity_at(t)) >= 2 and all(
            w.pos_ == "PROPN" and w.is_title and not country_code(w.text) for w in ent) and not country_code(ent.text):
        # A whole name the model took for a people, no country's among its words: "the leader of
        # the Civil Servants' Union, [Tevita Lolohea],".
        return True
    if t.ent_type_ in ("", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC", "ORG", "GPE"):
        if t.pos_ == "PROPN":
            return t.ent_type_ not in ("ORG", "GPE") or whole_name(t)
        nxt = t.nbor() if t.i + 1 < len(t.doc) else None
        return (bool(t.ent_type_) and nxt is not None and nxt.ent_iob_ == "I" and nxt.pos_ == "PROPN"
                and nxt.is_title)
    return False


def whole_name(t: Token) -> bool:
    """An ORG/GPE entity that reads as a person's name: two to four proper nouns (or one before a
    proper noun outside any entity), no country. The model may fold the organisation and office
    into it ("African Union Commission Chairperson Mahamat Ousmane", "the Council Mrs Adidjatou
    Sanni-Gbaguidi"): only the words after the last office or honorific count."""
    ent = entity_at(t)
    offices = [w.i for w in ent if (w.lower_ in OFFICES or w.lower_.strip(".") in HONORIFICS) and w.i < t.i]
    if offices:
        ent = t.doc[offices[-1] + 1:ent.end]
    nxt = t.doc[ent.end] if ent.end < len(t.doc) else None
    if len(ent) == 1 and nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" and (
            nxt.ent_type_ in ("", "PERSON")):
        return True  # a first name the model cut off as a place: "Dragan" (GPE) "Petković"
    if len(ent) == 1 and ent.start > 0 and t.doc[ent.start - 1].lower_ in OFFICES:
        return True  # a one-word name right after an office: "Foreign Minister Sutrisno" (ORG)
    words = [w for w in ent if w.text != "-"]  # "Kassym-Jomart Tokayev"
    # (A rare name inside may be tagged a verb: "Lyonpo [Tshering] Penjor Dukpa".)
    return (2 <= len(words) <= 4 and all((w.pos_ == "PROPN" or w.pos_ == "VERB" and w is not words[-1] and w.tag_ != "VBN")
                                         and w.is_title and w.lower_ not in _ORG_WORDS for w in words)
            and not country_code(ent.text) and not any(country_code(w.text) for w in words))


def places_after(office: Token, preps: tuple[str, ...] = ("of",)) -> list[Token]:
    """The words an office in the plural names its holders' places by ("the police chiefs of Mali
    and Niger"), also past the office's own complement ("the army chiefs of staff of Mali and
    Niger"); the first of each list (its others are its conjuncts)."""
    first = [g for c in office.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
    return first + [g for p in first if not country_code(entity_text(p)) for c in p.children
                    if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
