"""Whether capitalised words name a person: the small model's entity labels are a hint, not a rule.

en_core_web_sm tags many officials' names as ORG, GPE or WORK_OF_ART ("Akosua Mensah" as ORG,
"Olusegun Adeyemi" as GPE) and rare first names as verbs; these checks decide from the words.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newswatch.consumers.extraction.countries import country_code
from newswatch.consumers.extraction.titles import OFFICES

# Words that make a capitalised phrase an institution or a place rather than a person.
_ORG_WORDS = {"ministry", "office", "council", "party", "agency", "bank", "union", "commission",
              "house", "palace", "department", "committee", "assembly", "parliament", "court",
              "army", "forces", "force", "government", "administration", "fund", "organization",
              "organisation", "group", "front", "movement", "university", "news", "press",
              "times", "post", "state", "states", "republic", "kingdom", "city", "street",
              "nations", "united", "national", "international", "federal", "central", "european",
              "african", "arab", "league", "alliance", "senate", "congress", "authority", "summit"}


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
    if not t.is_title or t.lower_ in _ORG_WORDS or country_code(t.text):
        return False
    if t.i + 2 < len(t.doc) and t.nbor().text == "-" and not t.whitespace_ and not t.nbor().whitespace_ and (
            t.nbor(2).is_title and t.nbor(2).pos_ == "PROPN" and t.ent_type_ in ("", "PERSON", "ORG")):
        return True  # a hyphenated first name, whatever the model tagged its first half: "Per-Olof"
    if t.pos_ == "NOUN" and not t.ent_type_ and t.i > t.sent.start and t.nbor(-1).ent_type_ == "PERSON":
        return True  # a surname the model took for a noun after a tagged first name: "Aristides Lopes Tavares"
    if t.ent_type_ == "NORP" and t.pos_ == "PROPN" and t.i + 1 < len(t.doc) and t.nbor().ent_iob_ == "B" and (
            t.nbor().ent_type_ == "PERSON"):
        return True  # a first name the model took for a people ("counterpart [Eriya] Kasozi Mugisha")
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
    into it ("African Union Commission Chairperson Mahamat Ousmane"): only the words after the
    last office count."""
    ent = entity_at(t)
    offices = [w.i for w in ent if w.lower_ in OFFICES and w.i < t.i]
    if offices:
        ent = t.doc[offices[-1] + 1:ent.end]
    nxt = t.doc[ent.end] if ent.end < len(t.doc) else None
    if len(ent) == 1 and nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" and (
            nxt.ent_type_ in ("", "PERSON")):
        return True  # a first name the model cut off as a place: "Dragan" (GPE) "Petković"
    if len(ent) == 1 and ent.start > 0 and t.doc[ent.start - 1].lower_ in OFFICES:
        return True  # a one-word name right after an office: "Foreign Minister Sutrisno" (ORG)
    words = [w for w in ent if w.text != "-"]  # "Kassym-Jomart Tokayev"
    return (2 <= len(words) <= 4 and all(w.pos_ == "PROPN" and w.is_title and w.lower_ not in _ORG_WORDS for w in words)
            and not country_code(ent.text) and not any(country_code(w.text) for w in words))
