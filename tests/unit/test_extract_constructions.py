"""Meeting extraction: constructions issue 4 names that test_extract.py does not cover yet.

Every sentence is written for these tests. Published dates are chosen so that weekday
arithmetic is checkable by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from newswatch.consumers.extraction import MeetingExtractor, details, load_nlp, roles, triggers
from newswatch.consumers.extraction import extractor as extractor_module
from newswatch.consumers.extraction import names as names_module
from newswatch.consumers.extraction import people as people_module
from newswatch.consumers.extraction.people import Party, People
from newswatch.consumers.extraction.titles import holds_office
from newswatch.schemas.models import DEFAULT_MIN_CONFIDENCE, Status

FRIDAY = dt.date(2025, 3, 21)


@pytest.fixture(scope="module")
def extractor() -> MeetingExtractor:
    return MeetingExtractor(load_nlp())


@pytest.fixture
def extract(extractor):
    def run(text: str, published: dt.date | None = FRIDAY) -> list[dict]:
        return [m.to_json() for m in extractor.extract(text, published)]
    return run


def people(meeting: dict) -> list[tuple[str, str | None]]:
    return [(p["name"], p["country"]) for p in meeting["participants"]]


def names(meeting: dict) -> list[str]:
    return [p["name"] for p in meeting["participants"]]


def surnames(meeting: dict) -> list[str]:
    """The parties' last names, sorted (the model may keep or drop a courtesy title)."""
    return sorted(n.split()[-1] for n in names(meeting))


# Kinds.

def test_courtesy_call_is_a_visit_not_a_phone_call(extract):
    [m] = extract("Philippine Foreign Secretary Maria Dizon paid a courtesy call on Japanese Emperor "
                  "Hiroshi Naruse at the Imperial Palace on Thursday.")
    assert (m["kind"], m["date"]) == ("in_person", "2025-03-20")
    assert m["location"] == "Imperial Palace"


def test_call_on_someone_is_in_person_and_can_be_planned(extract):
    [m] = extract("Thai Foreign Minister Somchai Rattana is expected to call on Lao President Khamphet "
                  "Sisavath in Vientiane on Monday.")
    assert (m["kind"], m["status"], m["date"]) == ("in_person", "planned", "2025-03-24")


def test_phone_call_telephoned(extract):
    [m] = extract("Brazilian President Lucia Fontes telephoned Angolan President Manuel Tavares on Wednesday.")
    assert (m["kind"], m["date"]) == ("phone_call", "2025-03-19")


# Parties.

def test_coordinated_countries_make_two_bodies(extract):
    [m] = extract("Senior Turkish and Greek officials met in Athens on Tuesday to discuss maritime borders.")
    assert people(m) == [("Turkish officials", "TR"), ("Greek officials", "GR")]
    assert (m["location"], m["date"]) == ("Athens", "2025-03-18")


def test_ministers_from_two_countries(extract):
    [m] = extract("Trade ministers from Chile and Peru held talks in Lima on Monday.")
    assert sorted(p["country"] for p in m["participants"]) == ["CL", "PE"]


def test_named_side_leaders_stand_for_their_bodies(extract):
    [m] = extract("Egyptian and Ethiopian officials met in Khartoum on Wednesday. Irrigation Minister Hany "
                  "Sweilam led the Egyptian side, while Water Minister Habtamu Itefa headed the Ethiopian "
                  "delegation.")
    assert people(m) == [("Hany Sweilam", "EG"), ("Habtamu Itefa", "ET")]


def test_delegation_that_arrives_for_a_visit_is_not_a_meeting_with_itself(extract):
    found = extract("A Ghanaian delegation led by Trade Minister Kwame Boateng arrived in Lomé on Monday "
                    "for a two-day visit. Boateng held talks with Togolese Prime Minister Victoire Dogbe on "
                    "Tuesday.")
    [m] = found
    assert people(m) == [("Kwame Boateng", "GH"), ("Victoire Dogbe", "TG")]
    assert m["participants"][0]["delegation"] is True
    assert (m["location"], m["date"]) == ("Lomé", "2025-03-18")


def test_organisation_officials_have_no_country(extract):
    [m] = extract("NATO Secretary General Mark Jansen met Finnish President Aino Korhonen in Helsinki on Monday.")
    assert names(m) == ["Mark Jansen", "Aino Korhonen"]
    assert m["participants"][1]["country"] == "FI"


def test_name_before_a_lowercase_title(extract):
    [m] = extract("Kofi Asante, Ghana's minister of the interior, met Nigeria's police chief, Musa Bello, "
                  "in Abuja on Tuesday.")
    assert people(m) == [("Kofi Asante", "GH"), ("Musa Bello", "NG")]


def test_abbreviated_ranks_before_a_name(extract):
    [m] = extract("Army chief Lt. Gen. Omar Farouk met Jordanian Defence Minister Ali Nasser in Amman on Sunday.")
    assert names(m) == ["Omar Farouk", "Ali Nasser"]


def test_counterpart_takes_the_office_of_a_surname_mention(extract):
    found = extract("Spanish Foreign Minister Ana Ortiz arrived in Lisbon on Monday. Ortiz met her Portuguese "
                    "counterpart, Rui Matos, on Tuesday.")
    [m] = found
    assert m["participants"][1]["title"] == "Foreign Minister" and m["location"] == "Lisbon"


# Circumstances.

def test_sidelines_take_place_and_date_from_the_gathering_before(extract):
    found = extract("Leaders of the Commonwealth gathered in Kigali on Monday for their biennial summit. On the "
                    "sidelines, Indian Prime Minister Arjun Mehta met Kenyan President David Kamau. Mehta later "
                    "held a separate meeting with Canadian Prime Minister Claire Tremblay.")
    assert [(m["location"], m["date"]) for m in found] == [("Kigali", "2025-03-17"), ("Kigali", "2025-03-17")]


def test_venue_and_city(extract):
    [m] = extract("Sri Lankan President Nimal Perera received Maldivian President Ahmed Waheed at the "
                  "Presidential Secretariat Building in Colombo on Wednesday.")
    assert m["location"] == "Presidential Secretariat Building, Colombo"


def test_place_of_another_action_in_the_clause_is_not_the_meeting_place(extract):
    [m] = extract("Moroccan Foreign Minister Karim Alaoui will meet Mauritanian President Ould Sidi before "
                  "flying to Dakar on Saturday.")
    assert (m["location"], m["date"]) == (None, None)


@pytest.mark.parametrize(("text", "date"), [
    ("Polish President Adam Kowal met Czech Prime Minister Petr Novak on March 16.", "2025-03-16"),
    # (Told on a Friday, "last Tuesday" is the Tuesday of last week; told on a Sunday, of the week
    # that Sunday ends.)
    ("Polish President Adam Kowal met Czech Prime Minister Petr Novak last Tuesday.", "2025-03-11"),
    ("Polish President Adam Kowal met Czech Prime Minister Petr Novak last Friday.", "2025-03-14"),
    ("Polish President Adam Kowal met Czech Prime Minister Petr Novak on Monday of last week.", "2025-03-10"),
])
def test_dates_against_publication_with_day_precision(extract, text, date):
    [m] = extract(text)
    assert (m["date"], m["date_precision"]) == (date, "day")


def test_n_days_after_another_event_counts_back_from_it(extract):
    first, second = extract("Kazakh President Nursultan Abenov spoke by phone with Uzbek President Timur "
                            "Rashidov on Wednesday. The call came two days after Abenov met Kyrgyz President "
                            "Sadyr Osmonov in Bishkek.")
    assert (first["date"], second["date"]) == ("2025-03-19", "2025-03-17")
    assert second["location"] == "Bishkek"


def test_attribution_from_a_reporting_clause(extract):
    [m] = extract("Japanese Prime Minister Kenta Ishikawa met Vietnamese President Tran Duc Luong in Hanoi "
                  "on Monday, the Japanese foreign ministry said.")
    assert m["attribution"] == "the Japanese foreign ministry said"


# Not meetings.

@pytest.mark.parametrize("text", [
    "Indonesian President Rudi Hartono addressed the UN General Assembly on Tuesday, urging action on climate.",
    "The ruling party's executive committee will meet on Monday to choose a new leader.",
    "Soldiers met fierce resistance when they entered the town, Defence Minister Joao Lourenco said.",
    "Police said the suspects had met their handlers in a hotel in Nairobi before the attack.",
    "Governor Ibrahim Musa visited the scene of the explosion and met survivors in hospital.",
    "Argentine President Carlos Ruiz said he hoped to meet Uruguayan President Pablo Ferrer soon.",
    "Prime Minister Sanna Virtanen chaired a meeting of senior police officials on Sunday.",
])
def test_not_meetings(extract, text):
    assert extract(text) == []


# Reading across sentences.

def test_pronoun_continues_the_previous_subject_not_the_last_name(extract):
    first, second = extract("Malawian President Grace Banda met Zambian President Peter Mwale in Lusaka on "
                            "Tuesday. On Wednesday she flew to Dodoma, where she is due to hold talks with "
                            "Tanzanian President Tendai Moyo.")
    assert people(first) == [("Grace Banda", "MW"), ("Peter Mwale", "ZM")]
    assert people(second) == [("Grace Banda", "MW"), ("Tendai Moyo", "TZ")]
    assert (second["status"], second["location"]) == ("planned", "Dodoma")


def test_pronoun_follows_the_person_already_called_him(extract):
    [m] = extract("Omani Foreign Minister Salim Al-Busaidi arrived in Tehran on Monday. Iranian Foreign "
                  "Minister Reza Tabari welcomed him at the airport. He then travelled to Mashhad, where he "
                  "met Iranian Vice President Ali Rahimi on Tuesday.")
    assert people(m) == [("Salim Al-Busaidi", "OM"), ("Ali Rahimi", "IR")]


def test_calls_with_both_leaders_named_before_are_one_call_each(extract):
    first, second = extract("Ethiopian Prime Minister Dawit Alemayehu and Eritrean President Yonas Tesfai "
                            "accused each other of massing troops on Monday. Kenyan President David Mutua "
                            "spoke with both leaders by phone on Tuesday.")
    assert people(first) == [("David Mutua", "KE"), ("Dawit Alemayehu", "ET")]
    assert people(second) == [("David Mutua", "KE"), ("Yonas Tesfai", "ER")]
    assert {first["kind"], second["kind"], first["date"]} == {"phone_call", "2025-03-18"}


@pytest.mark.parametrize("text", [
    # No two leaders named before: nobody to resolve "both leaders" to.
    "Kenyan President David Mutua spoke with both leaders by phone on Tuesday.",
    # "Talks between the two sides" describes the sides, not someone's counterparts.
    "Ethiopian Prime Minister Dawit Alemayehu visited a dam on Monday. Eritrean President Yonas Tesfai "
    "toured a port. Analysts doubted that talks between the two leaders would resume.",
])
def test_both_leaders_without_a_pair_to_point_at(extract, text):
    assert extract(text) == []


def test_postponed_meeting_takes_date_and_place_from_the_next_sentence(extract):
    [m] = extract("Ecuadorian President Rafael Mena and Colombian President Iván Duarte have postponed their "
                  "meeting, officials said on Thursday. The two leaders had been expected to meet in Quito "
                  "on March 28.")
    assert (m["status"], m["location"], m["date"]) == ("cancelled", "Quito", "2025-03-28")


def test_an_earlier_meeting_of_the_pair_is_its_own_and_lends_nothing(extract):
    postponed, earlier = extract("Ecuadorian President Rafael Mena and Colombian President Iván Duarte have "
                                 "postponed their meeting, officials said on Thursday. The two leaders last met in "
                                 "Bogotá in 2023.")
    assert (postponed["status"], postponed["location"], postponed["date"]) == ("cancelled", None, None)
    assert (earlier["status"], earlier["location"]) == ("occurred", "Bogotá")
    assert people(earlier) == people(postponed)


def test_visit_called_off_cancels_the_planned_talks(extract):
    [m] = extract("Portuguese Prime Minister Luís Costa and Angolan President João Lourenço were due to hold "
                  "talks in Luanda on Monday, but the visit was called off.")
    assert (m["status"], m["location"]) == ("cancelled", "Luanda")


def test_dateline_place_is_not_the_subject(extract):
    [m] = extract("LUSAKA, March 21 — Zambian President Peter Mwale and Malawian President Grace Banda have "
                  "met in Chipata.")
    assert people(m) == [("Peter Mwale", "ZM"), ("Grace Banda", "MW")]


def test_dateline_place_with_an_agency_is_not_the_subject():
    # The parse as the small model gives it on some names: the place the verb's subject, the first
    # name hung off the place as its punctuation, the second joined to the first.
    words = ["OSH", ",", "May", "5", "(", "Reuters", ")", "-", "President", "Ata", "and", "President", "Bek",
             "spoke", "."]
    heads = [13, 0, 5, 2, 5, 0, 5, 5, 9, 0, 9, 12, 9, 13, 13]
    deps = ["nsubj", "punct", "nmod", "nummod", "punct", "appos", "punct", "punct", "compound", "punct", "cc",
            "compound", "conj", "ROOT", "punct"]
    pos = ["PROPN", "PUNCT", "PROPN", "NUM", "PUNCT", "PROPN", "PUNCT", "PUNCT", "PROPN", "PROPN", "CCONJ", "PROPN",
           "PROPN", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in roles.past_dateline(doc[0])] == ["Ata"]


def test_a_capital_the_model_took_for_an_organisation_opens_a_page_dateline():
    # "Skopje, 6 November 2025 (MIA) – Speaker …" below a page's headlines, the capital tagged ORG.
    words = ["Agency", "\n", "Speakers", "meet", "\n", "Dakar", ",", "6", "November", "2025", "(", "APS", ")", "–",
             "Speaker", "Awa", "Ndiaye", "met", "today", "with", "Lamin", "Jallow", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[w not in ("\n", ",", "(") for w in words],
              ents=["O", "O", "O", "O", "O", "B-ORG", "O", "B-DATE", "I-DATE", "I-DATE", "O", "B-ORG", "O", "O",
                    "O", "B-PERSON", "I-PERSON", "O", "B-DATE", "O", "B-PERSON", "I-PERSON", "O"])
    assert details.dateline_place(doc) == "Dakar" and details.in_dateline(doc[5])


def test_no_name_opens_with_a_lower_case_verb():
    # "to meet European Commission President Henrik Aalto", "meet European Commission" tagged ORG.
    words = ["to", "meet", "European", "Commission", "President", "Henrik", "Aalto", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, tags=["TO", "VB", "NNP", "NNP", "NNP", "NNP", "NNP", "."],
              ents=["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O"])
    assert [(e.text, e.label_) for e in extractor_module._entities(doc).ents] == [
        ("European Commission", "ORG"), ("Henrik Aalto", "PERSON")]


def test_the_verb_before_an_office_is_no_part_of_its_title(extract):
    [m] = extract("Prime Minister Ana Ilieva was in Rome. She is due to travel to Brussels on Friday to meet European "
                  "Commission President Jan Moreau.")
    assert [p["title"] for p in m["participants"]] == ["Prime Minister", "European Commission President"]


def test_a_pensions_secretary_is_british(extract):
    found = extract("Pensions Secretary Margaret Elwood met Dutch Social Affairs Minister Pieter de Groot in London "
                    "on Monday.", published=dt.date(2025, 3, 14))
    assert [people(m) for m in found] == [[("Margaret Elwood", "GB"), ("Pieter de Groot", "NL")]]


def test_a_town_in_title_case_with_a_whole_date_opens_a_dateline():
    # "Betio, 14 May 2025 – …": no capitals, no agency, a town the model does not know, which is
    # then no side of the meeting told after it.
    words = ["Betio", ",", "14", "May", "2025", "–", "President", "Ana", "Teiwaki", "received", "the", "envoy", "."]
    ents = ["B-ORG", "O", "B-DATE", "I-DATE", "I-DATE"] + ["O"] * 2 + ["B-PERSON", "I-PERSON"] + ["O"] * 4
    doc = Doc(spacy.blank("en").vocab, words=words, ents=ents)
    assert details.in_dateline(doc[0]) and not details.in_dateline(doc[7])
    # Not a name and a day without its year ("Smith, 14 May – …" is no dateline).
    doc = Doc(spacy.blank("en").vocab, words=["Betio", ",", "14", "May", "–", "President", "Ana", "Teiwaki", "spoke", "."],
              ents=["B-ORG", "O", "B-DATE", "I-DATE"] + ["O"] * 2 + ["B-PERSON", "I-PERSON", "O", "O"])
    assert not details.in_dateline(doc[0])


def test_an_agencys_masthead_is_no_dateline():
    words = ["TAP", "-", "Tunis", "Afrique", "Presse", "\n", "Tunis", ",", "Jan.", "27", "(", "TAP", ")", "-", "Minister",
             "Ali", "Ben", "Salah", "received", "the", "ambassador", "today", "."]
    ents = ["B-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "O", "B-DATE", "I-DATE", "O", "B-ORG", "O", "O", "O",
            "B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O", "B-DATE", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[w not in ("\n", "(") for w in words],
              ents=ents)
    assert details.dateline_place(doc) == "Tunis" and not details.in_dateline(doc[0]) and details.in_dateline(doc[6])



def test_a_pages_dateline_below_a_masthead_with_its_agency_in_brackets():
    # The masthead's brackets come first: the dateline's place is read up to its own.
    words = ["Lusaka", "News", "Agency", "(", "ZNA", ")", "\n", "Lusaka", ",", "Oct.", "8", "(", "ZNA", ")", "--",
             "Minister", "Ruth", "Banda", "held", "talks", "."]
    ents = ["B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O", "O", "B-GPE", "O", "B-DATE", "I-DATE", "O", "B-ORG", "O",
            "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[w not in ("\n", "(") for w in words], ents=ents)
    assert details.dateline_place(doc) == "Lusaka" and details.in_dateline(doc[7])


def test_a_pages_dateline_on_a_line_of_its_own():
    # "Lima, November 20, 2025" under the release's heading, no dash after it.
    words = ["Press", "releases", "\n", "Minister", "receives", "envoy", "\n", "Lima", ",", "November", "20", ",",
             "2025", "\n", "The", "Minister", "received", "the", "envoy", "at", "the", "Ministry", "."]
    ents = ["O"] * 7 + ["B-GPE", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE"] + ["O"] * 10
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[w != "\n" and w != "Lima" for w in words], ents=ents)
    assert details.dateline_place(doc) == "Lima"
    # A place and a date inside a sentence's line is no dateline.
    words = ["Press", "releases", "\n", "Lima", ",", "November", "20", ",", "2025", "was", "a", "good", "day", "\n"]
    ents = ["O"] * 3 + ["B-GPE", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE"] + ["O"] * 5
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[w != "\n" for w in words], ents=ents)
    assert details.dateline_place(doc) is None


# International organisations.

def test_international_organisation_officials_and_chairperson(extract):
    [m] = extract("UN Secretary-General Maria Lindqvist held a video call on Wednesday with African Union "
                  "Commission Chairperson Amadou Sall and IMF Managing Director Sofia Marinescu.")
    assert people(m) == [("Maria Lindqvist", None), ("Amadou Sall", None), ("Sofia Marinescu", None)]
    assert [p["title"] for p in m["participants"]] == [
        "UN Secretary-General", "African Union Commission Chairperson", "IMF Managing Director"]
    assert (m["kind"], m["date"]) == ("video_call", "2025-03-19")


def test_hyphenated_director_general_is_an_office(extract):
    [m] = extract("FAO Director-General Li Wen met Nigerien Agriculture Minister Issa Maiga in Rome on Monday.")
    assert people(m) == [("Li Wen", None), ("Issa Maiga", "NE")]


def test_willing_to_meet_is_not_a_meeting(extract):
    assert extract("Guyanese President Mark Persaud said on Monday he was willing to meet Venezuelan President "
                   "Carlos Rengifo.") == []


def test_subjects_the_parser_nests_under_one_another_are_both_parties(extract):
    # The small model hangs "Silva" off "Jones" as a modifier instead of coordinating them.
    [m] = extract("European Council President Marta Silva and Commonwealth Secretary-General Patricia Ann Jones "
                  "held a video conference on Tuesday on debt relief.")
    assert sorted(p["name"] for p in m["participants"]) == ["Marta Silva", "Patricia Ann Jones"]
    assert (m["kind"], m["date"]) == ("video_call", "2025-03-18")


def test_a_sports_word_inside_a_name_is_no_fixture(extract):
    [m] = extract("Arab League Secretary-General Karim Haddad met Iraqi Prime Minister Ali Hamdani in Baghdad "
                  "on Monday.")
    assert people(m) == [("Karim Haddad", None), ("Ali Hamdani", "IQ")]


def test_a_bare_surname_and_a_titled_name_both_subjects_of_met(extract):
    # The parser makes both names subjects of "met" instead of joining them with "and".
    [m] = extract("Austrian Chancellor Karl Huber arrived in Bratislava on Monday. Huber and Slovak Prime "
                  "Minister Juraj Kovac met for two hours.")
    assert people(m) == [("Karl Huber", "AT"), ("Juraj Kovac", "SK")]


def test_the_following_day_counts_from_the_trip_before_and_dates_the_meeting_inside_the_trip(extract):
    [_, m] = extract("Austrian Chancellor Karl Huber arrived in Bratislava on Monday and met Slovak Prime Minister "
                     "Juraj Kovac. The following day, Huber travelled to Prague, where he was received by Czech "
                     "President Petr Novak.")
    assert people(m) == [("Karl Huber", "AT"), ("Petr Novak", "CZ")]
    assert (m["status"], m["date"], m["location"]) == ("occurred", "2025-03-18", "Prague")


@pytest.mark.parametrize("text, expected, title", [
    ("The foreign ministers of Chile and Peru, Ana Rojas and Luis Paredes, met in Lima on Monday.",
     [("Ana Rojas", "CL"), ("Luis Paredes", "PE")], "foreign minister"),
    ("The Danish and Dutch prime ministers, Mette Holm and Dirk de Vries, held talks on Monday.",
     [("Mette Holm", "DK"), ("Dirk de Vries", "NL")], "prime minister"),
    # The model tags "Mali" as a person here: a state all the same.
    ("The police chiefs of Mali and Niger, Oumar Traore-Sidibe and Issoufou Hamani-Garba, met on Monday in Gao to "
     "set up joint patrols.", [("Oumar Traore-Sidibe", "ML"), ("Issoufou Hamani-Garba", "NE")], "police chief"),
    # The states after the office's own complement.
    ("The army chiefs of staff of Mali and Niger, Oumar Traore-Sidibe and Issoufou Hamani-Garba, met on Monday in "
     "Gao to set up joint patrols.", [("Oumar Traore-Sidibe", "ML"), ("Issoufou Hamani-Garba", "NE")],
     "army chief of staff"),
])
def test_a_plural_office_shared_by_the_names_listed_after_it(extract, text, expected, title):
    [m] = extract(text)
    assert people(m) == expected
    assert {p["title"] for p in m["participants"]} == {title}


def test_each_name_in_a_shared_office_list_takes_its_own_possessive_country(extract):
    [m] = extract("The talks were prepared by the two countries' energy ministers, Kenya's Wanjiru Odhiambo-Kariuki "
                  "and Uganda's Okello Byaruhanga Mutesa, who met in the same town.")
    assert people(m) == [("Wanjiru Odhiambo-Kariuki", "KE"), ("Okello Byaruhanga Mutesa", "UG")]
    assert all(p["title"] == "energy minister" for p in m["participants"])


@pytest.mark.parametrize("text, expected", [
    # The model tags the first name as a facility; the possessive makes it the country's person.
    ("Namibia's Johannes Haufiku-Amwele met Angola's Adelino Caxito Manuel in Oshakati on Monday.",
     [("Johannes Haufiku-Amwele", "NA"), ("Adelino Caxito Manuel", "AO")]),
    ("Britain's Tony Blair met France's Jacques Chirac in Paris.", [("Tony Blair", "GB"), ("Jacques Chirac", "FR")]),
])
def test_a_country_possessive_before_a_name_gives_the_person_and_the_country(extract, text, expected):
    [m] = extract(text)
    assert people(m) == expected


def test_a_firm_after_a_country_possessive_stays_a_firm(extract):
    [m] = extract("Japan's Toyota Motor held talks with Germany's Volkswagen on Monday.")
    assert [(p["name"], p["country"]) for p in m["participants"]] == [("Toyota Motor", "JP"), ("Volkswagen", "DE")]
    assert m["confidence"] >= 0.8  # a talks between bodies, not between two untitled people


def test_inverted_subject_after_a_participle_clause(extract):
    [_, m] = extract("The foreign ministers of Chile and Peru, Ana Rojas and Luis Paredes, met in Lima on Monday. "
                     "Holding separate talks with Paredes later that day was Bolivian Foreign Minister Carlos Quispe.")
    assert people(m) == [("Carlos Quispe", "BO"), ("Luis Paredes", "PE")]
    assert m["date"] == "2025-03-17"


@pytest.mark.parametrize("text, expected", [
    ("Portuguese Foreign Minister Rui Costa and Cape Verdean President Jose Tavares arrived in Lisbon. "
     "The Costa-Tavares meeting lasted two hours.", ["Rui Costa", "Jose Tavares"]),
    ("Japanese Prime Minister Kenji Sato landed in Seoul on Monday, a day after South Korean President Lee "
     "Jae-hoon returned from Beijing. The Sato–Lee trade talks resumed on Tuesday.", ["Kenji Sato", "Lee Jae-hoon"]),
])
def test_a_meeting_noun_after_two_names_joined_by_a_dash(extract, text, expected):
    [m] = extract(text)
    assert names(m) == expected


def test_hosted_read_by_the_parser_as_describing_the_guest(extract):
    [m] = extract("Kenyan President William Otieno hosted Ugandan President Yoweri Mugisha at the Union Buildings "
                  "on Monday.")
    assert people(m) == [("William Otieno", "KE"), ("Yoweri Mugisha", "UG")]
    assert m["location"] == "Union Buildings"


@pytest.mark.parametrize("text, place", [
    ("Turkish President Recep Demir and Russian President Ivan Petrov met in the Black Sea resort of Sochi on "
     "Friday.", "Sochi"),
    ("Egyptian President Abdel Sisi held talks with Sudanese army chief Abdel Burhan in the Red Sea city of "
     "Port Sudan.", "Port Sudan"),
    # A route is not where the meeting was.
    ("Malawian President Ada Phiri hosted Zambian President Mwila Mulenga in Lilongwe on Saturday for talks on a "
     "railway link to the Mozambican port of Nacala.", "Lilongwe"),
])
def test_a_place_named_after_a_place_noun(extract, text, place):
    [m] = extract(text)
    assert m["location"] == place


@pytest.mark.parametrize("text, expected", [
    ("During his visit to Hanoi, Australian Prime Minister Gareth Colebrook met Vietnamese Prime Minister Pham "
     "Chinh.", [("Gareth Colebrook", "AU"), ("Pham Chinh", "VN")]),
    ("Foreign Secretary Jack Straw is to visit Sudan next week, where he will meet President Omar al-Bashir.",
     [("Jack Straw", "GB"), ("Omar al-Bashir", "SD")]),  # (a Foreign Secretary is Britain's)
])
def test_a_state_visit_that_names_whom_the_visitor_met_is_that_meeting(extract, text, expected):
    [m] = extract(text)
    assert people(m) == expected


def test_a_name_the_parser_hangs_off_the_body_in_the_head_of_x(extract):
    [m] = extract("The head of the International Monetary Fund, Rodrigo Rato, met Argentina's economy minister "
                  "Roberto Lavagna on Tuesday.")
    assert sorted(p["name"] for p in m["participants"]) == ["Roberto Lavagna", "Rodrigo Rato"]


def test_the_company_stands_for_the_organisation_named_just_before(extract):
    [m] = extract("Shares in Deutsche Boerse rose after the company held talks with the London Stock Exchange.")
    assert names(m) == ["Deutsche Boerse", "London Stock Exchange"]


def test_names_each_with_their_country_after_a_plural_office(extract):
    [m] = extract("The two presidents, Pierre Martin of France and Klaus Weber of Germany, met in Aachen on Monday.")
    assert people(m) == [("Pierre Martin", "FR"), ("Klaus Weber", "DE")]


def test_the_two_ministers_are_the_pair_named_together_though_another_minister_came_between(extract):
    meetings = extract("The foreign ministers of Chile and Peru, Ana Rojas and Luis Paredes, were hosted by Bolivian "
                       "Foreign Minister Carlos Quispe in La Paz on Monday. The two foreign ministers last met in "
                       "Lima in 2023.")
    assert people(meetings[-1]) == [("Ana Rojas", "CL"), ("Luis Paredes", "PE")]
    assert meetings[-1]["location"] == "Lima"


@pytest.mark.parametrize("text", [
    "Swiss President Anna Keller and Austrian Chancellor Karl Huber held a tête-à-tête on Monday.",
    "Swiss President Anna Keller had a sit-down with Austrian Chancellor Karl Huber on Monday.",
])
def test_hyphenated_meeting_nouns(extract, text):
    [m] = extract(text)
    assert sorted(people(m)) == [("Anna Keller", "CH"), ("Karl Huber", "AT")]


@pytest.mark.parametrize("second", [
    "The meeting was also attended by Saudi Foreign Minister Faisal Saud.",
    "Saudi Foreign Minister Faisal Saud later joined the talks.",
])
def test_someone_who_attended_or_joined_the_meeting_is_a_party(extract, second):
    [m] = extract("US Secretary of State Mark Adams met Saudi Crown Prince Khalid Salman in Riyadh on Tuesday. " + second)
    assert names(m) == ["Mark Adams", "Khalid Salman", "Faisal Saud"]


def test_the_premier_is_the_prime_minister_named_before_and_she_is_whose_visit(extract):
    meetings = extract("Moldovan Prime Minister Ion Rusu met Romanian Prime Minister Elena Dobre in Chisinau on "
                       "Monday. The Romanian premier's visit had begun on Sunday, when she conferred with parliament "
                       "Speaker Vasile Munteanu at the parliament.")
    assert people(meetings[-1]) == [("Elena Dobre", "RO"), ("Vasile Munteanu", None)]
    assert meetings[-1]["kind"] == "in_person"  # conferred at a building: not by phone


def test_the_following_day_after_a_meeting_counts_from_the_meeting_not_publication(extract):
    meetings = extract("Moldovan Prime Minister Ion Rusu met Romanian Prime Minister Elena Dobre in Chisinau on "
                       "Monday. The following day, Rusu travelled to Brussels, where he was received by European "
                       "Commissioner Anna Berg.", published=dt.date(2025, 3, 20))
    assert (meetings[-1]["status"], meetings[-1]["date"]) == ("occurred", "2025-03-18")


@pytest.mark.parametrize("text, expected", [
    ("Government negotiators and rebel representatives resumed talks in Doha on Monday. The government team is led "
     "by Interior Minister Ahmed Musa, while the rebel delegation is headed by commander Yusuf Adam.",
     [("Ahmed Musa", None), ("Yusuf Adam", None)]),
    ("Delegations from Armenia and Azerbaijan met in Geneva on Tuesday. The Armenian side was led by Deputy Foreign "
     "Minister Vahan Kostanyan and the Azerbaijani side by Deputy Foreign Minister Elnur Mammadov.",
     [("Vahan Kostanyan", "AM"), ("Elnur Mammadov", "AZ")]),
    ("Ethiopian and Eritrean officials met in Asmara. Ethiopia was represented by Foreign Minister Gedion Tesfaye "
     "and Eritrea by Information Minister Yemane Kidane.", [("Gedion Tesfaye", "ET"), ("Yemane Kidane", "ER")]),
])
def test_sides_whose_heads_a_later_clause_names(extract, text, expected):
    [m] = extract(text)
    assert people(m) == expected
    assert m["confidence"] >= 0.8


def test_a_second_side_whose_head_is_elided_after_the_first_leader_named_by_office(extract):
    [m, later] = extract("Peru and Ecuador have held their first border talks in five years. The Peruvian delegation "
                         "was led by the ministry's director-general, Rosa Quispe Huamani, and Ecuador's by Marco "
                         "Vinueza, a deputy minister. Peru and Bolivia are due to hold similar talks next month.")
    assert people(m) == [("Rosa Quispe Huamani", "PE"), ("Marco Vinueza", "EC")]
    # The leaders were told of the first talks: the second pair keeps its countries.
    assert [p["name"] for p in later["participants"]] == ["Peru", "Bolivia"]


def test_talks_the_visitor_travelled_to_are_where_the_trip_went(extract):
    meetings = extract("Turkish Foreign Minister Hakan Demir was received by Iraqi Prime Minister Ali Hamdani in Baghdad "
                       "on Wednesday. A day later, Demir travelled to Erbil for talks with Kurdistan Region President "
                       "Nechirvan Barzani.")
    assert (meetings[-1]["location"], meetings[-1]["date"]) == ("Erbil", "2025-03-20")


def test_a_nationality_the_model_tags_inside_a_name_is_no_person(extract):
    meetings = extract("BAKU, Oct 2 - Azerbaijani President Ilham Aliyev received Georgian Prime Minister Irakli "
                       "Kobakhidze on Tuesday. Kobakhidze also held talks with his Azerbaijani counterpart Ali Asadov.")
    assert [p["name"] for p in meetings[-1]["participants"]] == ["Irakli Kobakhidze", "Ali Asadov"]


def test_a_side_without_a_country_and_a_nationality_inside_a_dateline(extract):
    [m] = extract("GENEVA, March 4 - Iranian and European negotiators met in Geneva on Monday. Iran's delegation was "
                  "led by Deputy Foreign Minister Majid Takht-Ravanchi, while the European side was headed by EU "
                  "political director Enrique Mora.")
    assert people(m) == [("Majid Takht-Ravanchi", "IR"), ("Enrique Mora", None)]


def test_a_garbled_host_sentence_after_a_dateline(extract):
    # The parser reads "hosted" as describing "Jordan" and loses the subject.
    [m] = extract("CAIRO, May 5 - Egyptian President Abdel Fattah al-Sisi hosted Jordan's King Abdullah in the "
                  "capital on Sunday.")
    assert people(m) == [("Abdel Fattah al-Sisi", "EG"), ("Abdullah", "JO")]
    assert m["location"] == "Cairo"


def test_the_capital_of_a_named_country(extract):
    [m] = extract("Chinese Premier Li Qiang met German Chancellor Friedrich Merz in the Chinese capital on Tuesday.")
    assert m["location"] == "Beijing"


def test_the_capital_of_the_visit_the_article_named(extract):
    # No dateline: "the capital" is the last capital named before it.
    text = ("The Dutch foreign minister, Pieter Smit, has made an unannounced visit to Kabul. "
            "Mr Smit held talks with Afghan President Ashraf Karimi at his office in the capital on Sunday.")
    [m] = extract(text)
    assert m["location"] == "Kabul"


@pytest.mark.parametrize("text, place", [
    ("Premier receives Gambian minister\n\nBANJUL, Dec 10 (GNA) -- President Adama Barrow received Senegalese "
     "Foreign Minister Yacine Fall on Monday.", "Banjul"),
    ("DOHA: Minister of State Nasser Al Marri met Gambian Ambassador Lamin Sowe on Wednesday.", "Doha"),
])
def test_a_dateline_after_a_headline_or_with_a_colon(extract, text, place):
    [m] = extract(text)
    assert m["location"] == place and all("GNA" not in p["name"] for p in m["participants"])


def test_a_dateline_is_not_part_of_the_title_after_it(extract):
    [m] = extract("LIMA - Peruvian President Dina Boluarte received Chilean President Gabriel Boric on Tuesday.")
    assert [(p["title"], p["country"]) for p in m["participants"]] == [("President", "PE"), ("President", "CL")]


@pytest.mark.parametrize("text, expected", [
    ("ULAANBAATAR - Mongolian President Ukhnaa Khurel received Kazakh President Kassym-Jomart Tokayev on Monday.",
     [("Ukhnaa Khurel", "MN"), ("Kassym-Jomart Tokayev", "KZ")]),
    ("THE HAGUE - Dutch Foreign Minister Caspar van der Veldt met Belgian Foreign Minister Maxime Prevot in The "
     "Hague on Monday.", [("Caspar van der Veldt", "NL"), ("Maxime Prevot", "BE")]),
    ("KATHMANDU - Nepali Prime Minister KP Sharma Oli met Indian Foreign Secretary Vikram Misri on Sunday.",
     [("KP Sharma Oli", "NP"), ("Vikram Misri", "IN")]),
    ("ASTANA - Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon met in Astana on Saturday.",
     [("Sadyr Japarov", "KG"), ("Emomali Rahmon", "TJ")]),
    ("BAMAKO - Malian junta leader Assimi Goita received Burkinabe Prime Minister Jean Ouedraogo on Monday.",
     [("Assimi Goita", "ML"), ("Jean Ouedraogo", "BF")]),
    ("DILI - East Timorese President Jose Ramos-Horta met Indonesian Foreign Minister Sugiono in Dili on Thursday.",
     [("Jose Ramos-Horta", "TL"), ("Sugiono", "ID")]),
])
def test_names_and_countries_of_many_styles(extract, text, expected):
    [m] = extract(text)
    assert people(m) == expected
    assert all(p["title"] for p in m["participants"])


def test_a_headline_verb_is_no_part_of_a_description(extract):
    # "India says official spoke with …": no side called "India says official".
    found = extract("Ghana says official spoke with Nigerian Foreign Minister Yusuf Tuggar")
    assert all("says" not in p["name"] for m in found for p in m["participants"])


@pytest.mark.parametrize("text, expected", [
    # Gulf agency style: a style before the office, a complement of two parts, a long name. (The
    # minister, met by a Gambian in the city the story is filed from, is Qatar's.)
    ("DOHA, April 17 (QNA) - HE Minister of State for Foreign Affairs Sheikh Nasser bin Hamad Al Marri met on "
     "Wednesday with HE Ambassador of the Republic of Gambia Lamin Jobe Sowe.",
     [("Nasser bin Hamad Al Marri", "Minister of State for Foreign Affairs", "QA"),
      ("Lamin Jobe Sowe", "Ambassador of the Republic of Gambia", "GM")]),
    # The model runs the country into the name, or tags the surname as a place. (The minister, met
    # in Doha by a Gambian, is Qatar's.)
    ("Foreign Minister Ali Hassan met Ambassador of Gambia Ousman Tidiane Jallow in Doha.",
     [("Ali Hassan", "Foreign Minister", "QA"), ("Ousman Tidiane Jallow", "Ambassador of Gambia", "GM")]),
])
def test_an_office_of_a_country_before_the_name(extract, text, expected):
    [m] = extract(text)
    assert [(p["name"], p["title"], p["country"]) for p in m["participants"]] == expected


def test_offices_of_many_parts_and_the_office_told_again(extract):
    text = ("DOHA: HE Minister of State for Foreign Affairs Sheikh Nasser bin Hamad Al Marri met on Wednesday with "
            "HE Ambassador of the Republic of Gambia to the State of Qatar Lamin Jobe Sowe.\n\n"
            "In addition, HE the Minister of State held a video call on Wednesday with HE State Secretary at the "
            "Ministry of Foreign Affairs of the Kingdom of Denmark Karen Holm.")
    first, call = extract(text)
    assert names(first) == ["Nasser bin Hamad Al Marri", "Lamin Jobe Sowe"]
    assert first["participants"][1]["title"] == "Ambassador of the Republic of Gambia to the State of Qatar"
    assert call["kind"] == "video_call" and names(call) == ["Nasser bin Hamad Al Marri", "Karen Holm"]
    assert call["participants"][1]["country"] == "DK"


@pytest.mark.parametrize("text, other", [
    ("Prime Minister Jaber Al-Sabah received at Bayan Palace on Monday Gambia's Foreign Minister Lamin Jobe, "
     "currently on an official visit to the country.", "Lamin Jobe"),
    ("Prime Minister Jaber Al-Sabah also received at the palace on Monday the Ambassador of the Republic of Peru to "
     "the State of Kuwait, Jorge Luis Paredes, on the occasion of the end of his tenure.", "Jorge Luis Paredes"),
])
def test_an_object_after_the_place_and_the_day(extract, text, other):
    [m] = extract(text)
    assert names(m) == ["Jaber Al-Sabah", other]


def test_a_denial_before_a_report_past_a_quote_mark_cut_off(extract):
    # The parser cuts the closing quote mark of the first sentence off as a sentence of its own.
    text = ("LAGOS (AP) — The presidency on Wednesday denied reports that the security adviser met a gang leader, "
            "calling the claims \"baseless.\"\n\nSeveral newspapers reported this week that Security Adviser "
            "Musa Bello met Garba Danjuma in a forest on Saturday.")
    [m] = extract(text)
    assert m["status"] == "denied"


def test_the_talks_told_again_name_the_counterpart_and_another_meeting_was_put_off(extract):
    text = ("SUVA: Foreign Minister Mere Tuilagi on Tuesday held a virtual meeting with her Australian counterpart.\n\n"
            "During the hour-long talks with Foreign Minister Helen Marsh, the two ministers discussed fisheries.\n\n"
            "The meeting of the joint commission, which the two ministers co-chair, was supposed to be held in Suva "
            "last month but was put off.")
    call, called_off = extract(text)
    assert call["kind"] == "video_call" and sorted(names(call)) == ["Helen Marsh", "Mere Tuilagi"]
    assert {p["name"]: p["country"] for p in call["participants"]}["Helen Marsh"] == "AU"
    assert (called_off["kind"], called_off["status"], called_off["location"]) == ("in_person", "cancelled", "Suva")


def test_a_report_published_by_someone_denied(extract):
    [m] = extract("The prime minister's office on Monday denied a report published by a news website that Prime "
                  "Minister Ram Thapa had met Chinese Ambassador Li Wei at his residence last week.")
    assert m["status"] == "denied"


def test_an_earlier_plan_put_off_does_not_cancel_the_new_one(extract):
    [m] = extract("Prime Minister Ken Sato is due to hold talks with the Emir of Qatar in Doha next week. Sato had "
                  "originally planned to visit the region in October but put off the trip.")
    assert m["status"] == "planned"


def test_executives_of_its_members_are_no_side_of_their_own(extract):
    [m] = extract("Investment Minister Omar Al-Harbi met Jiro Sato, chairman of the business federation, and senior "
                  "executives of its member companies over a working dinner in Tokyo on Friday.")
    assert names(m) == ["Omar Al-Harbi", "Jiro Sato"]


def test_they_of_when_they_met_are_the_subject_and_the_one_it_was_with(extract):
    [m] = extract("Trade Minister Anna Berg raised the issue with her Chilean counterpart, Jose Ruiz, when they met "
                  "in Geneva on the sidelines of world trade talks in July.")
    assert names(m) == ["Anna Berg", "Jose Ruiz"] and m["location"] == "Geneva"
    assert extract("The minister agreed with the unions when they said pay was too low.") == []


def test_a_style_is_no_side(extract):
    [m] = extract("KUWAIT CITY, Dec 10 (KUNA) -- His Highness the Prime Minister Sheikh Jaber Ahmad Al-Sabah received "
                  "Gambian Foreign Minister Lamin Jobe at Bayan Palace on Monday.")
    assert names(m) == ["Jaber Ahmad Al-Sabah", "Lamin Jobe"]


def test_a_meeting_took_place_between_and_its_denial(extract):
    [m] = extract("The government denied that any meeting took place between Oil Minister Rafael Salas and U.S. "
                  "envoy Brad Harcourt in Doha on Monday.")
    assert (m["status"], m["location"], m["date"]) == ("denied", "Doha", "2025-03-17")
    assert sorted(p["name"] for p in m["participants"]) == ["Brad Harcourt", "Rafael Salas"]


def test_everyone_a_between_phrase_names_and_the_host_told_after(extract):
    [m] = extract("A secret meeting between Saudi ambassador to Yemen Faisal al-Otaibi and Houthi chief negotiator "
                  "Mohammed al-Rawhani took place in Muscat on Sunday. The talks were hosted by Omani Foreign "
                  "Ministry Undersecretary Hamood al-Busaidi.")
    assert names(m) == ["Faisal al-Otaibi", "Mohammed al-Rawhani", "Hamood al-Busaidi"]
    assert m["participants"][0]["title"] == "ambassador to Yemen"


@pytest.mark.parametrize("text", [
    "In football, Norway will meet Italy in a friendly in Oslo in March.",
    "Separately, Flamengo and Palmeiras will meet in the Supercopa on Sunday, the Brazilian Football "
    "Confederation said.",
])
def test_a_fixture_named_by_its_game_is_no_meeting(extract, text):
    assert extract(text) == []


def test_leaders_who_gathered_and_two_of_them_separately(extract):
    first, second = extract(
        "RIGA, Nov 9 - The prime ministers of Estonia, Latvia and Lithuania, Mart Tamm, Inese Kalnina and Vytautas "
        "Zemaitis, gathered in Riga on Friday. Kalnina and Zemaitis met separately later on Friday. Tamm "
        "returned to Tallinn after the summit.", published=dt.date(2024, 11, 9))
    assert [p["country"] for p in first["participants"]] == ["EE", "LV", "LT"]
    assert (second["location"], second["date"]) == ("Riga", "2024-11-08")


def test_a_later_meeting_on_the_same_trip_is_in_the_city_not_the_building(extract):
    _, later = extract("SINGAPORE - Vietnamese Deputy Prime Minister Thu Ha paid a courtesy call on Singaporean Prime "
                       "Minister Lim Wei Jie at the Istana on Tuesday. Later on Tuesday, Ha huddled with Trade "
                       "Minister Tan Siew Ling.")
    assert later["location"] == "Singapore"


def test_a_where_clause_with_two_meetings_and_a_long_name(extract):
    meetings = extract("Vietnamese Deputy Prime Minister Thu Ha arrived in Singapore from Kuwait, where on Sunday she "
                       "had an audience with the Emir and held separate talks with Crown Prince Sheikh Hamad Nasser "
                       "al-Salem al-Sabah.")
    crown = meetings[-1]
    assert crown["participants"][-1]["name"] == "Hamad Nasser al-Salem al-Sabah"
    assert (crown["location"], crown["participants"][-1]["title"]) == ("Kuwait", "Crown Prince")


def test_he_is_whose_visit_the_clause_describes_and_the_summit_is_the_one_told_as_such(extract):
    summit, visit = extract(
        "A summit between Peruvian President Rosa Cardenas and Ecuadorian President Esteban Villacis scheduled for "
        "April 10 has been postponed. A planned visit to Quito by Peruvian Defence Minister Javier Paredes, during "
        "which he was to meet his Ecuadorian counterpart, Gabriela Sanchez, was also scrapped. The two countries' "
        "foreign ministers spoke by phone on Tuesday and agreed to reschedule the summit.",
        published=dt.date(2025, 4, 2))
    assert people(visit) == [("Javier Paredes", "PE"), ("Gabriela Sanchez", "EC")]
    assert (visit["status"], visit["date"]) == ("cancelled", None)
    assert summit["date"] == "2025-04-10"


def test_calls_dialled_received_and_agreed_in(extract):
    meetings = extract(
        "MEXICO CITY - Mexican Foreign Secretary Alicia Trevino Garza dialled her Canadian counterpart, Foreign "
        "Minister Marc Gagnon, on Thursday. In a call on Friday, Trevino Garza and Guatemalan Foreign Minister Ana "
        "Morales Xicara agreed to set up a working group. Sri Lankan President Lalith Gunawardena Bandara received "
        "a telephone call on Monday from Maldivian President Ibrahim Moosa.", published=dt.date(2024, 10, 26))
    assert [(people(m), m["kind"], m["status"]) for m in meetings] == [
        ([("Alicia Trevino Garza", "MX"), ("Marc Gagnon", "CA")], "phone_call", "occurred"),
        ([("Alicia Trevino Garza", "MX"), ("Ana Morales Xicara", "GT")], "phone_call", "occurred"),
        ([("Lalith Gunawardena Bandara", "LK"), ("Ibrahim Moosa", "MV")], "phone_call", "occurred"),
    ]


@pytest.mark.parametrize("second, status", [
    ("The two mayors met again on Tuesday at the Congress Center.", "occurred"),
    ("The two mayors will meet for a third time in Athens in May.", "planned"),
])
def test_the_two_mayors_meet_again(extract, second, status):
    first, again = extract("Istanbul Mayor Selin Demir hosted Athens Mayor Kostas Mavros on Monday. " + second)
    assert names(again) == names(first) and again["status"] == status


def test_the_two_leaders_plan_a_video_conference_after_a_call(extract):
    call, video = extract("Sri Lankan President Lalith Bandara received a telephone call on Monday from Maldivian "
                          "President Ibrahim Moosa. The two leaders agreed to hold a video conference in January.")
    assert (video["kind"], video["status"], names(video)) == ("video_call", "planned", names(call))


def test_the_two_ministers_plan_a_video_conference_instead_of_a_visit_called_off(extract):
    visit, video = extract("SUVA, March 20 - The storm prompted Suva to call off a visit to Apia by Trade Minister "
                           "Josaia Naulu, who had been due to meet his Samoan counterpart, Tuilagi Fono, on Monday. "
                           "The two ministers will instead hold a videoconference on Tuesday.")
    assert (visit["kind"], visit["status"]) == ("in_person", "cancelled")
    assert (video["kind"], video["status"], video["date"], names(video)) == (
        "video_call", "planned", "2025-03-25", names(visit))


@pytest.mark.parametrize("next_one", [
    "the next round of talks in Suva in May",
    "the next session of their Joint Trade Commission in Suva in May",
])
def test_the_pair_agreeing_on_their_next_round_or_session_is_another_meeting(extract, next_one):
    held, planned = extract("APIA, March 20 - Samoan Trade Minister Tuilagi Fono held talks with his Fijian "
                            f"counterpart Josaia Naulu in Apia on Wednesday. The two ministers agreed to hold {next_one}.")
    assert (held["status"], held["location"], held["date"]) == ("occurred", "Apia", "2025-03-19")
    assert (planned["status"], planned["location"], names(planned)) == ("planned", "Suva", names(held))


def test_the_next_session_of_a_committee_the_pair_co_chairs_is_one_meeting_to_come(extract):
    # Both "session" and the co-chaired "committee" tell it.
    held, planned = extract("APIA, March 20 - Samoan Trade Minister Tuilagi Fono held talks with his Fijian "
                            "counterpart Josaia Naulu in Apia on Wednesday. The two ministers agreed to hold the next "
                            "session of the Samoa-Fiji joint trade committee, which they co-chair, in Suva in May.")
    assert (held["status"], planned["status"], planned["location"]) == ("occurred", "planned", "Suva")


def test_a_meeting_later_that_day_takes_no_place_from_the_pairs_next(extract):
    meetings = extract("SUVA, March 20 - Samoan Trade Minister Tuilagi Fono held talks with his Fijian counterpart "
                       "Josaia Naulu in Suva on Thursday. The two ministers agreed to hold the next session of their "
                       "Joint Trade Commission in Apia in May. Later in the day, Fono also met Fijian Prime Minister "
                       "Ratu Sela Vunivalu.", dt.date(2025, 3, 20))
    assert [(m["status"], m["location"], surnames(m)) for m in meetings] == [
        ("occurred", "Suva", ["Fono", "Naulu"]), ("planned", "Apia", ["Fono", "Naulu"]),
        ("occurred", "Suva", ["Fono", "Vunivalu"])]


def test_the_three_ministers_next_meeting_is_of_the_three_not_of_a_pair_told_since(extract):
    meetings = extract("SUVA, March 20 - The foreign ministers of Fiji, Samoa and Tonga met in Suva on Wednesday. Fijian "
                       "Foreign Minister Josaia Naulu hosted the talks with Samoan Foreign Minister Tuilagi Fono and "
                       "Tongan Foreign Minister Sione Havili. Havili was received by Fijian Prime Minister Ratu Sela "
                       "Vunivalu on Thursday. The three ministers agreed to hold their next meeting in Nuku'alofa.")
    planned = [m for m in meetings if m["status"] == "planned"]
    assert [(m["location"], surnames(m)) for m in planned] == [("Nuku'alofa", ["Fono", "Havili", "Naulu"])]


def test_the_two_leaders_are_the_heads_named_though_ministers_were_named_since(extract):
    meetings = extract("SUVA, March 20 - Fijian Prime Minister Ratu Sela Vunivalu and Samoan Prime Minister Tuilagi "
                       "Fono met in Suva on Wednesday. Fijian Trade Minister Josaia Naulu is due in Apia next week to "
                       "meet Samoa's Trade Minister Lealaiauloto Aigaga. The two leaders agreed to speak again by "
                       "phone in April.")
    call = next(m for m in meetings if m["kind"] == "phone_call")
    assert (call["status"], surnames(call)) == ("planned", ["Fono", "Vunivalu"])


def test_talking_again_before_a_meeting_of_others_is_no_meeting_of_the_pair(extract):
    meetings = extract("SUVA, March 20 - Fijian Prime Minister Ratu Sela Vunivalu and Samoan Prime Minister Tuilagi "
                       "Fono met in Suva on Wednesday. The two leaders agreed to speak again by phone before a meeting "
                       "of Pacific Islands Forum leaders in Honiara in August.")
    assert sorted((m["kind"], m["status"]) for m in meetings) == [("in_person", "occurred"), ("phone_call", "planned")]


def test_meeting_again_joined_to_a_clause_about_a_commission_is_the_pairs_plan(extract):
    # The parser hangs "to meet again" on "that has not sat": neither its subject nor its "not" are the pair's.
    meetings = extract("APIA, March 20 - Samoan Trade Minister Tuilagi Fono held talks with his Fijian counterpart "
                       "Josaia Naulu in Apia on Wednesday. The two ministers agreed to revive a joint trade commission "
                       "that has not sat since 2019 and to meet again in Suva in July.")
    assert [(m["status"], m["location"]) for m in meetings] == [("occurred", "Apia"), ("planned", "Suva")]


def test_accepting_an_invitation_to_visit_for_a_second_round_is_a_plan_of_the_pair(extract):
    held, planned = extract("SUVA, March 20 - Fijian Prime Minister Ratu Sela Vunivalu sat down with Samoan Prime "
                            "Minister Tuilagi Fono in Suva on Wednesday. Vunivalu accepted an invitation to visit Apia in "
                            "May for a second round of talks with Fono, the Fijian side said.")
    assert (held["status"], held["location"]) == ("occurred", "Suva")
    assert (planned["status"], planned["date"], surnames(planned)) == ("planned", "2025-05-01", ["Fono", "Vunivalu"])


def test_a_month_described_by_what_was_done_then_is_no_venue(extract):
    [m] = extract("LIMA, March 20 - Interior Minister Rosa Quispe Tello and her Chilean counterpart Tomás Araya "
                  "Fuentes last met in Tacna in January, when they opened a new customs centre.")
    assert m["location"] == "Tacna"


def test_an_untagged_company_introduced_by_what_it_is_and_its_country(extract):
    [m] = extract("Kenya's largest lender Equity said it is in talks with UK bank Barclays over a merger.")
    assert people(m) == [("Equity", None), ("Barclays", "GB")]
    [m] = extract("Nigerian lender Zenith is in talks with French bank Societe Generale about a joint venture.")
    assert sorted(people(m))[0] == ("Societe Generale", "FR")


# British news style, found on unlabelled news (sentences written here).

def test_discussed_a_topic_with_someone_is_talks(extract):
    [m] = extract("Justice Minister Owen Hollis met prison governors on Monday. Home Secretary Alan Pryce "
                  "says he discussed the prison reforms with Mr Hollis on Wednesday.")
    assert names(m) == ["Alan Pryce", "Owen Hollis"]
    assert (m["kind"], m["status"], m["date"]) == ("in_person", "occurred", "2025-03-19")


def test_discussing_by_phone_is_a_call(extract):
    [m] = extract("Irish Foreign Minister Niamh Kerrigan discussed the border by phone with Portuguese "
                  "Foreign Minister Tiago Moura on Monday.")
    assert m["kind"] == "phone_call"


def test_discuss_retells_the_meeting_told_before(extract):
    # "to discuss" is the purpose of the call; "the two leaders discussed" goes on about it; a side
    # only described ("the Dutch leader") is the one named in the meeting told before.
    [m] = extract("Dutch Prime Minister Pieter Aalbers and Polish Prime Minister Marek Zawada held a video "
                  "call on Tuesday to discuss energy prices. The two leaders also discussed grain exports. "
                  "Later the Dutch leader discussed the plan with Mr Zawada again, officials said.")
    assert (m["kind"], m["date"]) == ("video_call", "2025-03-18")


def test_discussed_with_reporters_is_no_meeting(extract):
    assert extract("Finance Minister Clara Voss discussed the budget with reporters on Friday.") == []


def test_after_meeting_someone_the_subject_met_them(extract):
    [m] = extract("Opposition leader Fergus Doyle said after meeting Prime Minister Helen Marsh that he "
                  "was left with the impression that she was not interested.")
    assert names(m) == ["Fergus Doyle", "Helen Marsh"]


def test_told_someone_at_a_dinner_hosted_by_a_third(extract):
    [m] = extract("Prime Minister Helen Marsh told Chancellor Ian Boyd at a dinner hosted by Deputy "
                  "Prime Minister Rhys Owen in March 2024 that she would stand down.")
    assert names(m) == ["Helen Marsh", "Ian Boyd", "Rhys Owen"]
    assert m["kind"] == "in_person"


def test_chief_executive_is_an_office(extract):
    [m] = extract("Euronova chief executive Jean-Luc Marchetti is reported to have held private talks with "
                  "Harbour Exchange chief executive Alison Greaves.")
    assert names(m) == ["Jean-Luc Marchetti", "Alison Greaves"]
    assert all(p["title"].endswith("chief executive") for p in m["participants"])
    assert m["confidence"] >= 0.65


@pytest.mark.parametrize("text", [
    "On Tuesday Mr Doyle will visit Kettering North, where his party won the seat in a by-election.",
    "Foreign Secretary Ann Lowe will visit Treblinka for the anniversary of the camp's liberation.",
])
def test_visiting_a_place_the_model_takes_for_a_person_is_no_meeting(extract, text):
    assert extract(text) == []


def test_the_two_groups_are_the_pair_joined_in_the_text_past_an_acronym(extract):
    [m] = extract("Shares of Hanover Mutual Holdings (HMH), and Crestline Securities rose on talk of a merger. "
                  "Crestline said the two groups have been engaged in discussions to deepen cooperation.")
    assert names(m) == ["Hanover Mutual Holdings", "Crestline Securities"]


@pytest.mark.parametrize("text", [
    "President Amara Diallo will host a state banquet for Ghanaian President Kwame Asante at the palace.",
    "President Amara Diallo gave a dinner in honour of Ghanaian President Kwame Asante on Monday.",
])
def test_a_meal_for_a_guest_is_a_meeting_with_the_host(extract, text):
    [m] = extract(text)
    assert names(m) == ["Amara Diallo", "Kwame Asante"]


def test_a_dinner_for_charity_is_no_meeting(extract):
    assert extract("Prime Minister Helen Marsh hosted a dinner for charity on Monday.") == []


def test_calling_a_programme_by_a_name_is_no_phone_call(extract):
    assert extract("The broadcaster Channel Six planned to call their programme Swapping Dads, but changed it.") == []


def test_calling_ones_counterpart_by_name_is_a_call(extract):
    [m] = extract("President Amara Diallo called his counterpart Kwame Asante on Monday.")
    assert (m["kind"], names(m)) == ("phone_call", ["Amara Diallo", "Kwame Asante"])


def test_talks_with_a_clubs_board_are_talks_with_the_club(extract):
    [m] = extract("Rowan Capital chief executive Martin Hale has held talks with Westfield Rovers' board "
                  "about his bid.")
    assert names(m) == ["Martin Hale", "Westfield Rovers"]


@pytest.mark.parametrize("text, when", [
    ("Harbour Exchange chief executive Alison Greaves is meeting Euronova chief Jean-Luc Marchetti on Thursday.",
     "2025-03-27"),
    ("Prime Minister Helen Marsh and President Amara Diallo are holding talks tomorrow in Accra.", "2025-03-22"),
])
def test_the_present_progressive_with_a_day_to_come_is_a_plan(extract, text, when):
    [m] = extract(text)
    assert (m["status"], m["date"]) == ("planned", when)


def test_the_present_progressive_this_week_is_a_plan(extract):
    [m] = extract("Deputy Secretary of State Mark Ellis is meeting German officials this week to press the case.")
    assert m["status"] == "planned"


def test_the_present_progressive_without_a_day_is_under_way(extract):
    [m] = extract("Prime Minister Helen Marsh is holding talks with President Amara Diallo in Accra.")
    assert m["status"] == "occurred"


def test_a_firm_the_model_tags_as_a_nationality_is_a_side(extract):
    [m] = extract("The Harbour Exchange rejected the offer. But the exchange is also holding talks with "
                  "its rival Bourseco, which runs the Lisbon market.")
    assert names(m) == ["Harbour Exchange", "Bourseco"]


def test_whom_one_travels_with_is_no_side_of_the_visit(extract):
    assert extract("Prime Minister Helen Marsh toured a school in Kettering while on a visit with "
                   "Education Secretary Ann Lowe to promote school trips.") == []


def test_who_spoke_at_a_hosted_dinner_met_the_host(extract):
    [m] = extract("Prime Minister Helen Marsh and Chancellor Ian Boyd have clashed again. A new book claims "
                  "Mr Owen hosted a dinner in May 2024 where the prime minister told Mr Boyd she would stand down.")
    assert names(m) == ["Owen", "Helen Marsh", "Ian Boyd"]


def test_a_chat_with_no_medium_was_face_to_face(extract):
    [m] = extract("Mr Boyd shared a platform with Health Secretary Rhys Owen at the launch, and the pair "
                  "chatted amicably.")
    assert m["kind"] == "in_person"


def test_the_city_named_is_the_place_rather_than_its_country(extract):
    [m] = extract("Foreign Minister Ana Ruiz made a visit to Chile, where she met Foreign Minister Tomas Vial "
                  "in Santiago on Monday.")
    assert m["location"] == "Santiago"


def test_visiting_a_place_of_a_country_is_visiting_the_country(extract):
    [m] = extract("Chancellor Ian Boyd has visited Ghana's biggest shantytown as he began a week-long tour of Africa.")
    assert people(m) == [("Ian Boyd", None), ("Ghana", "GH")]
    assert m["location"] == "Ghana"


def test_an_untagged_street_is_the_place_with_its_name(extract):
    [m] = extract("UN Secretary General Kofi Mensah met Prime Minister Helen Marsh in Downing Street on Monday.")
    assert m["location"] == "Downing Street"


def test_entertaining_a_leader_is_hosting_him(extract):
    [m] = extract("Prime Minister Helen Marsh entertained Libyan leader Omar Fathi in a tent outside Tripoli.")
    assert people(m) == [("Helen Marsh", None), ("Omar Fathi", "LY")]
    assert extract("Prime Minister Helen Marsh has never entertained the idea of a coalition with Ian Boyd.") == []


def test_the_firm_a_description_names_is_the_one_sharing_its_words(extract):
    [m] = extract("Bourse Nord chief Karl Weber made a bid for the Harbour Stock Exchange. Since then Bourse "
                  "Nord has raised its offer. But the Harbour exchange is also holding talks with Bourse Nord's "
                  "rival Euronova, which runs the Lisbon market.")
    assert names(m) == ["Harbour Stock Exchange", "Euronova"]


@pytest.mark.parametrize("text", [
    "The Slovakian will meet Anna Petrova in the second round after beating Maria Lopez.",
    "Senator Ana Ruiz will meet Governor Tomas Vial in the second round of the election on 4 May.",
])
def test_meeting_someone_in_a_round_is_a_draw_not_a_meeting(extract, text):
    assert extract(text) == []


def test_a_name_after_a_courtesy_title_is_a_person_even_untagged(extract):
    [m] = extract("Party leader Roger Knapp said he had spoken to Mr Kilroy-Dane on the phone.")
    assert names(m) == ["Roger Knapp", "Kilroy-Dane"]


def test_an_object_pronoun_is_not_its_own_clauses_subject(extract):
    [m] = extract("Robert Holt is chairman of the newspaper group. Prime Minister Helen Marsh had lunch with him last week.")
    assert names(m) == ["Helen Marsh", "Robert Holt"]


@pytest.mark.parametrize("text", [
    "In a telephone conversation with Prime Minister Helen Marsh, President Amara Diallo said he backed the plan.",
    "Speaking after meeting Prime Minister Helen Marsh, President Amara Diallo said the plan was alive.",
])
def test_a_subject_the_parser_hangs_as_an_apposition(extract, text):
    [m] = extract(text)
    assert sorted(p["name"] for p in m["participants"]) == ["Amara Diallo", "Helen Marsh"]


def test_a_series_of_meetings_is_had_by_the_subject(extract):
    [m] = extract("Health Secretary Ian Boyd has had a series of meetings with Chancellor Rhys Owen.")
    assert names(m) == ["Ian Boyd", "Rhys Owen"]


def test_an_untagged_name_one_holds_talks_with_is_a_side(extract):
    [m] = extract("Sir Martin Hale has held talks with Corvantis about a possible takeover.")
    assert names(m) == ["Martin Hale", "Corvantis"]


def test_the_two_sides_are_the_subject_and_object_of_the_sentence_before(extract):
    [m] = extract("Harbour Bank has rejected a takeover bid from Crestline Securities. The two sides held talks on "
                  "Monday.")
    assert names(m) == ["Harbour Bank", "Crestline Securities"]


@pytest.mark.parametrize("text, other", [
    ("Shares in Crestline rose after it emerged that the firm is in talks to buy rival Harbour Bank.",
     "Harbour Bank"),
    ("The Harbour Group is in talks to merge with Crestline Bank.", "Crestline Bank"),
])
def test_talks_to_buy_or_merge_are_with_the_other_firm(extract, text, other):
    [m] = extract(text)
    assert names(m)[1] == other


@pytest.mark.parametrize("text, name", [
    ("Kofi Mensah's meeting with President Amara Diallo has been postponed.", "Kofi Mensah"),
    ("Harbour Motors has been in negotiations with Eastern Automotive Industry Corporation (EAIC) for months.",
     "Eastern Automotive Industry Corporation"),
])
def test_names_lose_a_possessive_and_an_open_bracket(extract, text, name):
    [m] = extract(text)
    assert name in names(m)


@pytest.mark.parametrize("text, firm", [
    ("Trade Secretary Ann Lowe met union leaders and Harbour management at the plant on Friday.", "Harbour"),
    # A hyphenated name the parser splits into an adjective and a common noun.
    ("Union leader Joseph Banda met Zambezi-Copper management at the smelter last week.", "Zambezi-Copper"),
    # A name of two joined by "&", which the parser hangs off the word as a modifier.
    ("Union official Mark Tully is due to meet Pryor & Dunmore management on Friday.", "Pryor & Dunmore"),
])
def test_a_firms_management_is_the_firm(extract, text, firm):
    [m] = extract(text)
    assert firm in names(m)


def test_talks_without_sides_are_met_by_those_told_to_represent_them(extract):
    [m] = extract("Two days of talks on the future of the islands begin at the foreign secretary's country house "
                  "on Wednesday. Officials will plan a new forum. Most islanders want to stay British.\n\n"
                  "Chief Minister Peter Lang will represent the islanders, while Europe Director Dominic Hale will "
                  "represent the UK. Madrid is being represented by Spain's director general for Europe, Jose Pons.")
    assert names(m) == ["Peter Lang", "Dominic Hale", "Jose Pons"]


def test_leading_a_party_is_no_side_of_talks(extract):
    assert extract("Talks on the budget resumed on Monday. Michael Howard, who leads the Conservatives, "
                   "criticised them. Charles Kennedy leads the Liberal Democrats.") == []


def test_a_house_named_in_apposition_is_the_place(extract):
    [m] = extract("Foreign Minister Ana Ruiz met Chilean Foreign Minister Tomas Vial at the minister's official "
                  "country house, Chevening, on Monday.")
    assert m["location"] == "Chevening"


@pytest.mark.parametrize("text, status", [
    ("Tuesday's meeting on trade is being hosted by Prime Minister Helen Marsh. Also due to attend are "
     "President Amara Diallo and UN Secretary General Kofi Mensah.", "planned"),
    ("President Amara Diallo hosted a dinner on Monday. Prime Minister Helen Marsh and UN Secretary General "
     "Kofi Mensah attended.", "occurred"),
])
def test_those_told_to_attend_a_hosted_meeting_are_its_guests(extract, text, status):
    [m] = extract(text)
    assert len(m["participants"]) == 3 and m["status"] == status


def test_not_attending_is_no_guest(extract):
    assert extract("President Amara Diallo hosted a dinner on Monday. Chancellor Ian Boyd did not attend.") == []


def test_a_body_beside_its_own_chief_is_no_side_of_its_own(extract):
    meetings = extract("Bosses of Nordex Holdings and the Harbour Exchange are to meet amid talk of a higher bid. "
                       "Nordex Holdings chief Karl Weber is meeting Ms Greaves on Thursday, in the third meeting between "
                       "the two exchanges since December. In its latest meeting Nordex Holdings will adopt a charm "
                       "offensive to woo the Harbour exchange and let Ms Greaves take the helm.")
    sides = [{p["name"] for p in m["participants"]} for m in meetings]
    assert {"Karl Weber", "Greaves"} in sides
    assert not any({"Karl Weber", "Nordex Holdings"} <= names for names in sides)


def test_an_audience_granted_to_someone_is_a_meeting(extract):
    [m] = extract("Pope Leo granted an audience to Italian Prime Minister Carla Bruni at the Vatican on Friday.")
    assert names(m) == ["Leo", "Carla Bruni"]
    assert extract("Prime Minister Helen Marsh spoke to an audience of 2,000 at the conference.") == []


def test_a_counterpart_named_after_a_comma_is_that_person(extract):
    [m] = extract("The Kenyan president received a telephone call from his Ugandan counterpart, Yoweri Okello, "
                  "on Tuesday.")
    assert ("Yoweri Okello", "UG") in people(m)


def test_commanders_and_judges_met_as_a_group_are_a_side(extract):
    [m] = extract("Interior Minister Omar Farah met rebel commanders in Nairobi on Monday.")
    assert people(m) == [("Omar Farah", None), ("rebel commanders", None)]


@pytest.mark.parametrize("text", [
    "Corvantis has held preliminary talks with Japan's Nexora over the sale of its Japanese unit.",
    "Corvantis and Nexora held talks in Moscow, according to the Interfax news agency.",
])
def test_untagged_firms_holding_talks_are_sides(extract, text):
    [m] = extract(text)
    assert names(m) == ["Corvantis", "Nexora"]


def test_talks_after_which_a_deal_was_agreed_happened(extract):
    [m] = extract("The deal was agreed after talks between Harbour chairman Ian Boyd and Crestline chief Ann Lowe.")
    assert m["status"] == "occurred"


def test_meeting_every_week_is_habitual(extract):
    assert extract("Harbour founder Ian Boyd told the court he met finance director Ann Lowe every week.") == []


@pytest.mark.parametrize("text", [
    "The audio award was won by Call of Duty: Finest Hour and Hitman: Contracts won the music award.",
    "Kamal Rao, Commerce and Industry Minister, announced the decision on Thursday following a cabinet meeting.",
])
def test_capitalised_names_hold_no_meeting_word_or_side(extract, text):
    assert extract(text) == []


def test_an_acronym_side_is_named_as_the_article_spells_it_out(extract):
    [m] = extract("Nordex Holdings has bid for the Harbour Stock Exchange. Part of Mr Weber's negotiations with "
                  "the HSE were about where to base the board.")
    assert names(m) == ["Weber", "Harbour Stock Exchange"]


def test_names_with_inner_capitals_are_whole(extract):
    [m] = extract("Deputy Minister Ewan McAllister met trade envoy Siobhan MacLeod in Glasgow on Monday.")
    assert names(m) == ["Ewan McAllister", "Siobhan MacLeod"]


def test_to_discuss_after_a_meeting_is_its_purpose_not_another_meeting(extract):
    [m] = extract("On Monday Ms Hale and Housing Minister Tom Rudd met tenants' leaders to discuss rents.")
    assert len(m["participants"]) == 3
    assert m["topics"]


@pytest.mark.parametrize("text, kind", [
    ("President Varga met Chancellor Lindqvist in Vienna. Later the two leaders spoke with President "
     "Okafor by phone.", "phone_call"),
    ("President Varga met Chancellor Lindqvist in Vienna, and the two leaders later spoke with President "
     "Okafor by phone.", "phone_call"),
    ("President Varga met Chancellor Lindqvist in Vienna on Monday. They later held a video call with "
     "President Okafor.", "video_call"),
])
def test_a_pair_meeting_someone_else_is_a_new_meeting_of_three(extract, text, kind):
    first, second = extract(text)
    assert (first["kind"], first["location"]) == ("in_person", "Vienna")
    assert second["kind"] == kind
    assert names(second) == ["Varga", "Lindqvist", "Okafor"]


def test_the_leaders_meeting_between_their_states_is_no_third_party(extract):
    [m] = extract("VIENNA - The Varga-Lindqvist summit, the first leaders' meeting between Hungary and Sweden in "
                  "years, will be held on Monday, the foreign ministry said. President Varga and Prime Minister "
                  "Lindqvist are expected to sign a transport accord at the talks.")
    assert names(m) == ["Varga", "Lindqvist"]


@pytest.mark.parametrize("text, place", [
    ("Ahead of talks in Geneva, the minister said the ceasefire must hold. Tuesday's talks will be hosted by "
     "Swiss President Anna Roth. Also due to attend are Foreign Minister Omar Farah and Foreign Minister Lena Vos.",
     "Geneva"),
    ("Officials prepared for a summit in Nairobi. The summit was opened by Kenyan President Daniel Mwangi, who met "
     "Ugandan President Yoweri Okello.", "Nairobi"),
])
def test_the_meeting_is_held_where_it_was_first_announced(extract, text, place):
    [m] = extract(text)
    assert m["location"] == place


def test_an_untagged_acronym_in_a_list_of_sides_is_a_side(extract):
    [m] = extract("State-owned carmaker Nordex Auto is in negotiations with Corvantis and HMIC to take a stake in "
                  "the venture.")
    assert names(m) == ["Nordex Auto", "Corvantis", "HMIC"]


def test_a_sports_story_is_known_by_its_whole_text(extract):
    # The meeting sentence alone says nothing of sport; the rest of the article does.
    text = ("Dario Velt will meet Tomas Ash on Saturday. "
            + " ".join(["The club finished third in the league last season."] * 3)
            + " Velt scored 14 goals in 30 games and the defender beside him was the player of the year.")
    assert extract(text) == []
    assert extract("Dario Velt will meet Tomas Ash on Saturday.") != []


def test_talks_in_a_sports_story_are_a_clubs_business(extract):
    [talks] = extract("Club director Tom Hale held talks with Dario Velt on Saturday about the manager's job. "
                      + " ".join(["The club finished third in the league last season."] * 3)
                      + " Velt won the cup twice as a player.", None)
    assert (talks["status"], surnames(talks)) == ("occurred", ["Hale", "Velt"])


def test_firms_in_talks_are_alerted_though_no_person_is_named(extract):
    [m] = extract("Carmaker Nordex Auto is in negotiations with Rover and HMIC to take a stake in the venture.")
    assert names(m) == ["Nordex Auto", "Rover", "HMIC"]
    assert m["confidence"] >= 0.65


def test_officials_from_the_clubs_are_the_clubs_named_before(extract):
    [_, summit] = extract("Justice Minister Ann Hale praised Celtic and Rangers for their work. Last week Ms Hale "
                          "and First Minister Tom Rudd met supporters' representatives.\n\nThey plan to hold a "
                          "summit next month with officials from the clubs.")
    assert summit["status"] == "planned"
    assert names(summit) == ["Ann Hale", "Tom Rudd", "Celtic", "Rangers"]


@pytest.mark.parametrize("text, listed, other", [
    ("Carmakers including Volkswagen, Renault and Fiat have spent the year in talks with unions over pay.",
     ["Volkswagen", "Renault", "Fiat"], "unions"),
    ("Banks such as Barclays and HSBC held talks with the Treasury on Monday.", ["Barclays", "HSBC"], "Treasury"),
])
def test_each_body_a_plural_lists_holds_its_own_talks(extract, text, listed, other):
    found = extract(text)
    assert [names(m) for m in found] == [[name, other] for name in listed]


@pytest.mark.parametrize("text, place", [
    ("President Anna Roth met Chancellor Tom Rudd on the platform at Waverley station on Monday.", "Waverley station"),
    ("President Anna Roth met Chancellor Tom Rudd at Heathrow airport on Monday.", "Heathrow airport"),
])
def test_a_named_station_or_airport_is_the_place(extract, text, place):
    [m] = extract(text)
    assert m["location"] == place


def test_the_two_companies_are_no_two_of_a_longer_list(extract):
    assert extract("The deal joins famous brands like Macy's, Bloomingdale's and Marshall Field's. Sources said "
                   "negotiations between the two companies sped up in January.") == []


@pytest.mark.parametrize("text, sides", [
    ("Fiat and General Motors have until midnight to settle a dispute over the venture. Reports of deadlocked "
     "talks sent Fiat shares down on Tuesday.", ["Fiat", "General Motors"]),
    ("US retail giant Federated Department Stores is to buy rival May Department Stores for $11bn. The two "
     "companies tried to merge two years ago but talks failed.", ["Federated Department Stores",
                                                                  "May Department Stores"]),
])
def test_talks_whose_state_is_news_are_between_the_pair_the_story_is_about(extract, text, sides):
    [m] = extract(text)
    assert names(m) == sides


def test_talks_that_failed_with_no_pair_in_the_story_have_no_sides(extract):
    assert extract("The Doha development talks failed in Cancun, the minister said.") == []


def test_negotiating_with_someone(extract):
    [m] = extract("Finance Minister Ana Ruiz negotiated with the IMF for three days in Washington.")
    assert names(m) == ["Ana Ruiz", "IMF"]
    assert m["location"] == "Washington"


def test_whom_talks_were_with_told_in_their_purpose(extract):
    [m] = extract("Finance Minister Ana Ruiz held talks to discuss the budget with the IMF on Monday.")
    assert names(m) == ["Ana Ruiz", "IMF"]


@pytest.mark.parametrize("text, side", [
    ("A government task force held meetings with the World Bank on Wednesday.", "government task force"),
    ("The government is holding a further meeting on Friday with the British Board of Film Classification.",
     "government"),
])
def test_a_government_body_named_by_description_is_a_side(extract, text, side):
    [m] = extract(text)
    assert m["participants"][0]["name"] == side


@pytest.mark.parametrize("text", [
    "Following talks with Mr Okafor, Mr Lindqvist said the plan had broad support.",
    "At a news conference following talks with Mr Okafor, Mr Lindqvist said the plan had broad support.",
    "Mr Lindqvist spoke to reporters after two hours of talks with Mr Okafor.",
    "Mr Lindqvist said the talks with Mr Okafor had been useful.",
])
def test_talks_told_in_a_phrase_belong_to_the_clause_around_them(extract, text):
    [m] = extract(text)
    assert surnames(m) == ["Lindqvist", "Okafor"]


def test_a_spokesman_saying_talks_took_place_is_no_side(extract):
    found = extract('"Talks with the rebels took place in Nairobi," government spokesman Peter Wanjala said.')
    assert all("Peter Wanjala" not in names(m) for m in found)


def test_a_firm_described_after_its_name_is_that_firm(extract):
    [m] = extract("Rival Nordic Stock Exchange set out its own offer on Tuesday. The Swedish exchange said it had "
                  "held friendly talks with the Vienna Bourse.")
    assert sorted(names(m)) == ["Nordic Stock Exchange", "Vienna Bourse"]


def test_a_counterpart_at_a_named_firm_is_the_person_named_after_it(extract):
    [m] = extract("Volkswerk chief executive Anton Maier met his counterpart at Renaudet, Claire Dubois, in Paris.")
    assert sorted(names(m)) == ["Anton Maier", "Claire Dubois"]


def test_his_counterpart_is_never_himself(extract):
    found = extract("Volkswerk chief executive Anton Maier met his counterpart on Monday.")
    assert all(names(m) != ["Anton Maier", "Anton Maier"] for m in found)


def test_talks_a_visit_included_were_the_travellers(extract):
    [m] = extract("Mr Okonkwo's visit to Lisbon included talks with Portuguese Prime Minister Rui Falcao.")
    assert surnames(m) == ["Falcao", "Okonkwo"]


def test_a_described_body_told_again_in_fewer_words_is_the_same_meeting(extract):
    [m] = extract("Four public sector unions met Deputy Prime Minister Alan Reyes at the party conference in Leeds. "
                  "They want the regulations withdrawn. The four unions which met Mr Reyes will ballot members.")
    assert m["location"] == "Leeds"


@pytest.mark.parametrize("text, place", [
    ("Mr Lindqvist met Italian Prime Minister Marco Ferri. The Downing Street talks also covered trade, ahead of "
     "a summit in Brussels next week.", "Downing Street"),
    ("The Geneva talks between Iran and the EU ended without agreement.", "Geneva"),
])
def test_a_meeting_named_after_its_place_was_held_there(extract, text, place):
    [m] = [m for m in extract(text) if len(m["participants"]) > 1]
    assert m["location"] == place


def test_a_visit_told_by_its_noun_places_the_visitors_meetings(extract):
    [m] = extract("Mr Okonkwo's visit to Lisbon began on Sunday. On Monday he met Portuguese Prime Minister Rui Falcao.")
    assert m["location"] == "Lisbon"


def test_a_pronoun_continues_the_reported_clause_not_the_one_met(extract):
    found = extract("Ghanaian Trade Minister Kofi Boateng-Addo was received by Togolese President Komi Agbeyome "
                    "on Tuesday, the presidency said. The following day he was welcomed by Prime Minister Ama "
                    "Kpodar at the Primature.")
    pairs = {tuple(surnames(m)): m["date"] for m in found}
    assert pairs == {("Agbeyome", "Boateng-Addo"): "2025-03-18", ("Boateng-Addo", "Kpodar"): "2025-03-19"}


def test_reports_of_a_meeting_called_false_are_a_denial(extract):
    [m] = extract("The foreign ministry said reports of a meeting between Foreign Minister Omar Haddad and his "
                  "Libyan counterpart, Salem Bukhari, in Geneva last week were completely false.")
    assert m["status"] == "denied"


def test_a_plan_in_the_past_perfect_beside_a_cancellation_did_not_happen(extract):
    [m] = extract("A visit to Vienna by Czech Prime Minister Pavel Dvorak has been called off. Dvorak had been due "
                  "to meet Austrian Chancellor Eva Gruber at the Federal Chancellery.")
    assert m["status"] == "cancelled"


def test_a_mission_is_its_leader_and_stays_so(extract):
    found = extract("An International Monetary Fund mission led by Ines Carvalho met Zambian Finance Minister "
                    "Chanda Mwale in Lusaka on Thursday. The mission also held talks with Bank of Zambia Governor "
                    "Mutale Kasonde on Wednesday.")
    assert sorted(tuple(names(m)) for m in found) == [("Ines Carvalho", "Chanda Mwale"),
                                                      ("Ines Carvalho", "Mutale Kasonde")]


def test_two_officials_exchanging_views_met(extract):
    [m] = extract("On Wednesday, Nigerian Finance Minister Adaeze Okonkwo and Egyptian Planning Minister "
                  "Yasmine Hegazy exchanged views on trade in Cairo.")
    assert (m["kind"], m["location"]) == ("in_person", "Cairo")


def test_an_unnamed_counterpart_is_the_official_of_that_office_named_next(extract):
    [m] = extract("Uganda's Defence Minister Jacob Okello met his Kenyan counterpart on Wednesday. The meeting "
                  "was held at the Kenya Defence Forces headquarters in Nairobi. Kenyan Defence Cabinet Secretary "
                  "Beatrice Chepkoech told reporters afterwards that the operation would be extended.")
    assert names(m) == ["Jacob Okello", "Beatrice Chepkoech"]
    assert m["location"].startswith("Kenya Defence Forces headquarters")


def test_a_meeting_told_later_with_no_place_of_its_own_was_in_the_dateline_city(extract):
    found = extract("DAKAR, March 21 - Gambian Interior Minister Lamin Jobe said on Friday that migration had "
                    "fallen. Senegalese Prime Minister Ousmane Faye received him at his office on Thursday, and the "
                    "two will meet again next month.")
    assert {m["status"]: m["location"] for m in found} == {"occurred": "Dakar", "planned": "Dakar"}


@pytest.mark.parametrize("text, met", [
    ("Later that day, Solheim-Bakke called on Agriculture Minister Aminata Sow at the ministry in Dakar to discuss "
     "school meals.", True),
    ("Mr Smith on Wednesday called on President Raul Cabrera to discuss the crisis with parliament.", False),
    ("Mr Smith called on President Raul Cabrera in Madrid to resign.", False),
])
def test_calling_on_someone_somewhere_to_talk_is_a_visit(extract, text, met):
    assert bool(extract(text)) == met


@pytest.mark.parametrize("text", [
    "Ambassador Tomas Keller called on Finance Minister Rita Oduya to discuss the new port levy.",
    "Later that day Ambassador Ivo Brandt called on Foreign Minister Petra Sandvik-Moe to thank Oslo for its flood aid.",
])
def test_one_person_calling_on_a_named_official_to_talk_or_thank_is_a_visit(extract, text):
    [m] = extract(text)
    assert m["kind"] == "in_person" and len(m["participants"]) == 2


def test_a_hyphenated_surname_alone_is_the_person_named_in_full(extract):
    found = extract("Reports of a meeting between Foreign Minister Youssef Amrani and his Algerian counterpart, "
                    "Lamine Bouzidi-Kaci, were false, the ministry said. Bouzidi-Kaci did travel to Geneva, where "
                    "he met U.N. refugee chief Clara Hoffmann on Sunday.")
    assert ["Lamine Bouzidi-Kaci", "Clara Hoffmann"] in [names(m) for m in found]


def test_another_call_agreed_is_a_new_meeting(extract):
    found = extract("Health Minister Chimwemwe Kalua held a video conference with UNICEF Executive Director Astrid "
                    "Lindqvist on Wednesday. The minister and Lindqvist agreed to hold another video conference "
                    "next week.")
    assert sorted((m["status"], m["date"]) for m in found) == [("occurred", "2025-03-19"), ("planned", None)]


def test_where_a_pair_first_met_is_a_meeting_of_its_own(extract):
    found = extract("LAGOS, Sept 9 - Lagos State Governor Olufemi Adeyemi hosted Cotonou Mayor Rachidi Adjovi on Tuesday "
                    "for talks on the border. The two first met earlier this month at a cities forum in Lome.")
    assert sorted(m["location"] for m in found) == ["Lagos", "Lome"]


@pytest.mark.parametrize("text", [
    "The ministry denied a newspaper report that Chilean Mining Minister Constanza Rios had held talks with "
    "Bolivian Energy Minister Wilfredo Mamani at a conference in Antofagasta last month.",
    # The parser takes "reports" for a verb with the meeting's clause hung on it.
    "Harcastle denied weekend newspaper reports that Mr Whitcombe had also held talks in New York with executives "
    "of Mexico's Grupo Cervecero about a rival tie-up.",
])
def test_denying_a_report_that_they_met_is_a_denial(extract, text):
    [m] = extract(text)
    assert m["status"] == "denied"


def test_a_trip_to_come_places_the_meeting_it_is_for(extract):
    [m] = extract("SANTIAGO, March 21 - Chilean Mining Minister Constanza Rios will travel to Buenos Aires next week "
                  "to meet Argentine Mining Secretary Florencia Ledesma, the ministry said.")
    assert (m["status"], m["location"]) == ("planned", "Buenos Aires")


def test_an_office_with_two_fields_is_one_title(extract):
    [m] = extract("Minister of Trade and Industry Ebrahim Patel met Chinese Commerce Minister Gao Hucheng "
                  "in Pretoria on Monday.")
    assert m["participants"][0]["title"] == "Minister of Trade and Industry"
    [m] = extract("European Commissioner for Oceans and Fisheries Kristina Lehtinen arrived in Accra on "
                  "Wednesday. The commissioner met President John Mensah-Boateng on Thursday.")
    assert surnames(m) == ["Lehtinen", "Mensah-Boateng"]


def test_a_second_office_after_and_is_another_persons_title(extract):
    [m] = extract("The President of Ghana and Foreign Minister Ama Owusu met Nigerian President Bola Adeyemi "
                  "in Abuja on Monday.")
    assert ("Ama Owusu", "Foreign Minister") in [(p["name"], p["title"]) for p in m["participants"]]


def test_a_seat_of_government_by_its_own_name_is_the_venue(extract):
    [m] = extract("Brazilian President Helena Rocha welcomed Colombian President Alvaro Quintero at the "
                  "Palácio do Planalto on Thursday for talks on the Amazon.")
    assert m["location"] == "Palácio do Planalto"
    [m] = extract("Senegalese Foreign Minister Awa Diallo was welcomed by Prime Minister Mariam Toure at the "
                  "Primature on Tuesday.")
    assert m["location"] == "Primature"


def test_a_venue_gone_to_for_talks_is_where_they_were_held(extract):
    [m] = extract("LONDON, March 20 - Nigerian Foreign Minister Emeka Eze went to the Home Office for talks "
                  "with Home Secretary Gareth Pryce on Thursday.")
    assert m["location"] == "Home Office, London"


def test_a_place_named_after_town_of_is_a_place_whatever_the_model_tagged(extract):
    [m] = extract("Bolivian Foreign Minister Ana Quispe and her Peruvian counterpart, Luis Ccori, held talks in "
                  "the border town of Desaguadero on Tuesday on smuggling.")
    assert m["location"] == "Desaguadero"


def test_where_a_planned_meeting_takes_place_told_after_it(extract):
    [m] = extract("The talks are meant to prepare a meeting between Bolivian President Ernesto Quisbert and "
                  "Peruvian President Mariela Paredes, expected to take place in La Paz in November.")
    assert (m["status"], m["location"]) == ("planned", "La Paz")


def test_the_previous_evening_counts_back_from_the_meeting_before(extract):
    ms = extract("CAPE TOWN, March 21 - Kenyan President Samuel Langat and Tanzanian President Zawadi Mrema met "
                 "in Cape Town on Thursday, Kenya's presidency said. The previous evening, Langat held talks "
                 "over dinner with South African Deputy President Sizwe Nkosi.")
    assert {tuple(surnames(m)): m["date"] for m in ms} == {("Langat", "Mrema"): "2025-03-20",
                                                          ("Langat", "Nkosi"): "2025-03-19"}


def test_at_the_same_time_is_the_day_of_the_meeting_before(extract):
    ms = extract("Brazilian President Helena Rocha welcomed Colombian President Alvaro Quintero on Wednesday. "
                 "At the same time, the two countries' foreign ministers, Vinicius Prado and Laura Ospina, held "
                 "talks at the Itamaraty Palace.")
    assert [m["date"] for m in ms] == ["2025-03-19", "2025-03-19"]


def test_then_dates_a_meeting_by_what_its_party_did_before(extract):
    [m] = extract("Cameroonian Prime Minister Paul Fonkem toured a cathedral on Wednesday, the press office "
                  "said. He then sat down with Italian Foreign Minister Pietro Orsini for talks.")
    assert (surnames(m), m["date"]) == (["Fonkem", "Orsini"], "2025-03-19")


def test_a_capital_is_a_place_whatever_the_model_tagged(extract):
    [m] = extract("European Commissioner Henrik Dalgaard met Senegalese Interior Minister Cheikh Mbaye in Dakar "
                  "on Tuesday.")
    assert m["location"] == "Dakar"


def test_a_meeting_a_day_before_another_event_told_after_the_after(extract):
    ms = extract("Spanish Interior Minister Fernando Ibarra met Gambian Interior Minister Lamin Jobe in Banjul "
                 "on Thursday. His visit came a day after European Commissioner for Migration Henrik Dalgaard met Senegalese "
                 "Interior Minister Cheikh Mbaye in Dakar.")
    assert {tuple(surnames(m)): m["date"] for m in ms} == {("Ibarra", "Jobe"): "2025-03-20",
                                                          ("Dalgaard", "Mbaye"): "2025-03-19"}


def test_a_date_on_the_first_of_two_joined_actions_dates_the_second(extract):
    ms = extract("Kenyan President Samuel Langat received EU Commissioner Kristina Makela on Thursday. A day "
                 "earlier, Makela and Fisheries Minister Fatmata Bangura inspected a patrol boat and held "
                 "discussions at the ministry on licence fees.")
    assert {tuple(surnames(m)): m["date"] for m in ms} == {("Langat", "Makela"): "2025-03-20",
                                                          ("Bangura", "Makela"): "2025-03-19"}


def test_a_call_after_a_visit_was_called_off_is_a_meeting_of_its_own(extract):
    ms = extract("A visit to Warsaw by German Chancellor Anna Weber has been called off, the Polish government "
                 "said. Weber had been due to meet Polish Prime Minister Jan Nowak on Thursday. The two leaders "
                 "spoke by phone on Wednesday and agreed to set a new date.")
    assert sorted((m["kind"], m["status"]) for m in ms) == [("in_person", "cancelled"), ("phone_call", "occurred")]


def test_separate_talks_with_two_people_are_two_meetings(extract):
    ms = extract("EU envoy Johanna Berg held separate talks with Congolese President Jean-Pierre Kalala and "
                 "Rwandan President Jean-Baptiste Mugabo on Thursday.")
    assert sorted(surnames(m) for m in ms) == [["Berg", "Kalala"], ["Berg", "Mugabo"]]
    assert {m["date"] for m in ms} == {"2025-03-20"}


def test_talks_with_each_in_turn_have_their_own_place_and_day(extract):
    ms = extract("EU envoy Johanna Berg held talks with Congolese President Jean-Pierre Kalala in Kinshasa on "
                 "Monday and with Rwandan President Jean-Baptiste Mugabo in Kigali on Tuesday.")
    assert sorted((surnames(m), m["location"], m["date"]) for m in ms) == [
        (["Berg", "Kalala"], "Kinshasa", "2025-03-17"), (["Berg", "Mugabo"], "Kigali", "2025-03-18")]


def test_a_name_list_set_off_by_dashes_shares_the_office(extract):
    [m] = extract("The foreign ministers of Argentina, Brazil and Uruguay - Santiago Lynch, Beatriz Fontes and "
                  "Marcelo Olivera - met in Montevideo on Wednesday.")
    assert people(m) == [("Santiago Lynch", "AR"), ("Beatriz Fontes", "BR"), ("Marcelo Olivera", "UY")]


def test_discussing_an_agreement_with_a_body_is_no_meeting_with_it(extract):
    assert extract("Paraguayan Foreign Minister Ruben Acosta discussed a stalled trade agreement with the "
                   "European Union on Wednesday.") == []
    [m] = extract("Chancellor Gordon Brown said he had discussed the campaign with Prime Minister Tony Blair "
                  "on Saturday.")
    assert surnames(m) == ["Blair", "Brown"]


def test_the_three_leaders_are_the_three_named_in_one_list(extract):
    ms = extract("Malian President Amadou Keita, Burkinabe President Paul Zongo and host President Salif Djibo "
                 "agreed on Sunday to create a common bank. On Monday, Djibo received Chadian special envoy "
                 "Hissein Mahamat. The three heads of state will meet again in Bamako on April 10.")
    planned = next(m for m in ms if m["status"] == "planned")
    assert surnames(planned) == ["Djibo", "Keita", "Zongo"]


def test_the_leaders_of_three_countries_named_in_the_next_sentence(extract):
    [m] = extract("The leaders of Mali, Burkina Faso and Niger met in Niamey on Sunday for a summit. Malian "
                  "President Amadou Keita, Burkinabe President Paul Zongo and host President Salif Djibo also "
                  "agreed to create a common investment bank.")
    assert (surnames(m), m["location"]) == (["Djibo", "Keita", "Zongo"], "Niamey")


def test_a_building_named_in_its_own_language_with_a_linking_word(extract):
    [m] = extract("Portuguese Foreign Minister Duarte Meireles hosted his Angolan counterpart, Esperança Neto, "
                  "for a working lunch at the Palácio das Necessidades on Monday.")
    assert m["location"] == "Palácio das Necessidades"


def test_views_exchanged_in_a_named_capital_were_exchanged_in_person(extract):
    [m] = extract("On Wednesday, Nigerian Finance Minister Adaeze Okonkwo and Egyptian Planning Minister Yasmine "
                  "Hegazy exchanged views on trade in pharmaceuticals in the New Administrative Capital.")
    assert m["kind"] == "in_person"


def test_a_meeting_called_off_keeps_the_nearer_weekday(extract):
    [m] = extract("Mr Tremayne had been due to fly on to Bishkek on Thursday to meet the Kyrgyz president, Talant "
                  "Abdyldaev, but that leg of the trip was cancelled because of fog.")
    assert (m["status"], m["date"]) == ("cancelled", "2025-03-20")
    [m] = extract("Mr Tremayne had been due to meet the Kyrgyz president, Talant Abdyldaev, in Bishkek on Monday, "
                  "but the visit was called off.")
    assert (m["status"], m["date"]) == ("cancelled", "2025-03-24")


@pytest.mark.parametrize("after", [
    "It was also attended by the foreign ministers of Uzbekistan and Kyrgyzstan, Bakhtiyor Karimov and Azamat Usenov.",
    "The two ministers were joined by Uzbek Foreign Minister Bakhtiyor Karimov and Kyrgyz Foreign Minister Azamat "
    "Usenov.",
    "Joining the two ministers at the table were Uzbek Foreign Minister Bakhtiyor Karimov and Kyrgyz Foreign "
    "Minister Azamat Usenov.",
    "Also taking part were Uzbek Foreign Minister Bakhtiyor Karimov and Kyrgyz Foreign Minister Azamat Usenov.",
    "Present at the talks were Uzbek Foreign Minister Bakhtiyor Karimov and Kyrgyz Foreign Minister Azamat Usenov.",
])
def test_officials_a_sentence_after_seats_at_the_meeting_are_its_sides(extract, after):
    [m] = extract("Kazakh Foreign Minister Aidar Suleimenov held talks with EU foreign policy chief Laura Bianchi in "
                  "Astana on Tuesday. " + after)
    assert names(m) == ["Aidar Suleimenov", "Laura Bianchi", "Bakhtiyor Karimov", "Azamat Usenov"]


def test_an_official_in_whose_presence_a_guest_was_received_is_a_side(extract):
    [m] = extract("Kuwait's Crown Prince Sheikh Sabah Khalid received Oman's Minister of Energy Salim Al-Aufi on "
                  "Monday, in the presence of Minister of Oil Tariq Al-Roumi.")
    assert names(m) == ["Sabah Khalid", "Salim Al-Aufi", "Tariq Al-Roumi"]


@pytest.mark.parametrize("after", [
    "The two leaders were joined by their wives at a gala dinner.",
    "The two leaders were joined by Mayor Zdenek Hrib at the opening of a bridge.",
    "Joining the cabinet in 2019, Finance Minister Petr Kolar was named deputy premier last year.",
])
def test_others_joining_the_pair_elsewhere_are_no_sides(extract, after):
    [m] = extract("President Ana Ruiz met Prime Minister Jan Novak in Prague on Monday. " + after)
    assert names(m) == ["Ana Ruiz", "Jan Novak"]


def test_joined_by_a_third_for_a_session_of_their_own_is_another_meeting(extract):
    ms = extract("President Ana Ruiz hosted Chancellor Jan Novak for dinner at the castle on Thursday evening. The "
                 "two leaders were joined on Friday morning by Prime Minister Eva Dvorak for a trilateral session.")
    assert [names(m) for m in ms] == [["Ana Ruiz", "Jan Novak"], ["Ana Ruiz", "Jan Novak", "Eva Dvorak"]]


@pytest.mark.parametrize("text", [
    "Spanish Foreign Minister Lucia Arroyo will meet the chairman of the Marsa Maroc port operator, Karim Bensaid, "
    "in Tangier on Saturday.",
    "Spanish Foreign Minister Lucia Arroyo is due in Tangier on Saturday, where she will meet Karim Bensaid, chairman "
    "of the Safi Med port authority, to discuss a ferry link.",
])
def test_the_body_an_office_is_of_is_no_side_nor_its_holder(extract, text):
    [m] = extract(text)
    assert [p["name"] for p in m["participants"]] == ["Lucia Arroyo", "Karim Bensaid"]
    assert m["participants"][1]["title"].startswith("chairman of the ")


def test_a_city_the_call_was_made_from_is_no_side(extract):
    [m] = extract("Foreign Minister Ana Duarte had held a video call from Geneva on Monday with Chilean Foreign "
                  "Minister Tomas Riquelme, the ministry said.")
    assert [p["name"] for p in m["participants"]] == ["Ana Duarte", "Tomas Riquelme"]


@pytest.mark.parametrize(("text", "date"), [
    ("Earlier in the week, Foreign Minister Ahmed Saleem held a virtual meeting with the Foreign Minister of Nepal, "
     "Arzu Deuba, on Monday.", "2025-03-17"),
    ("Earlier in the week, on Tuesday, President Andris Ozols received exiled Belarusian opposition leader Maria "
     "Kolesnikova at Riga Castle.", "2025-03-18"),
])
def test_a_day_told_inside_a_vaguer_stretch_dates_the_meeting(extract, text, date):
    [m] = extract(text)
    assert m["date"] == date


@pytest.mark.parametrize(("text", "status", "date"), [
    ("Samoa's Communications Minister Toelupe Poumulinuku flew in separately on Tuesday and huddled the next "
     "morning with Tongan Infrastructure Minister Sione Saulala over the cable repair.", "occurred", "2025-01-15"),
    ("Communications Minister Toelupe Poumulinuku will fly in on Friday and hold talks the next morning with "
     "Tongan Infrastructure Minister Sione Saulala.", "planned", "2025-01-18"),
])
def test_a_day_counted_from_the_verb_told_first_with_and(extract, text, status, date):
    [m] = extract(text, published=dt.date(2025, 1, 15))
    assert (m["status"], m["date"]) == (status, date)


@pytest.mark.parametrize("text", [
    "Northern Ireland Secretary Tom Hale met DUP leader Gavin Reid and then Sinn Fein president Mary Lou Byrne "
    "at Hillsborough Castle on Wednesday.",
    "Foreign Minister Anna Berg met Chinese Foreign Minister Wang Yi and later Japanese Foreign Minister Takeshi "
    "Iwaya in Tokyo on Monday.",
])
def test_met_one_and_then_another_is_a_meeting_with_each(extract, text):
    ms = extract(text)
    assert len(ms) == 2 and all(len(m["participants"]) == 2 for m in ms)
    assert ms[0]["participants"][0]["name"] == ms[1]["participants"][0]["name"]


def test_what_happened_a_day_after_is_not_counted_from_a_plan(extract):
    ms = extract("Prime Minister Ines Barreto will host Senegalese President Malick Sow in Lisbon on Friday, her "
                 "office said. The announcement came a day after EU Commissioner Karel Dvorak held talks in Lisbon "
                 "with Interior Minister Paulo Matos on border patrols.", published=dt.date(2025, 3, 19))
    talks = next(m for m in ms if m["status"] == "occurred")
    assert talks["date"] == "2025-03-18"  # the day before publication, not the day before Friday


def test_joined_by_someone_for_talks_is_a_meeting_of_three(extract):
    ms = extract("Uzbek Foreign Minister Bakhtiyor Saidov conferred with Pakistani Foreign Minister Shahzad Lodhi "
                 "in Tashkent on Wednesday. The two ministers were joined in the afternoon by Afghan Public Works "
                 "Minister Abdul Zahiri for three-way talks on the railway.")
    three = next(m for m in ms if len(m["participants"]) == 3)
    assert (surnames(three), three["date"]) == (["Lodhi", "Saidov", "Zahiri"], "2025-03-19")


def test_joined_without_a_meeting_is_none(extract):
    assert extract("Chancellor Gordon Brown was joined by Alan Milburn at the poster launch on Tuesday.") == []
    assert extract("Foreign Minister Ana Silva and Foreign Minister John Doe joined the protest on Monday.") == []


def test_the_delegation_called_on_someone_garbled_into_a_modifier(extract):
    ms = extract("A Bhutanese delegation led by Foreign Minister Karma Dorji held talks with Nepali Foreign "
                 "Minister Bishnu Khanal on Thursday. The delegation called on Prime Minister Ramesh Thapa at his "
                 "residence at Singha Durbar the following day.")
    assert sorted((surnames(m), m["date"]) for m in ms) == [(["Dorji", "Khanal"], "2025-03-20"),
                                                           (["Dorji", "Thapa"], "2025-03-21")]


def test_called_an_office_then_its_holder_is_a_call_not_a_name(extract):
    [m] = extract("Edward Langley called Pakistan's prime minister, Naeem Bhatti, on Saturday, Downing Street said.")
    assert (m["kind"], surnames(m), m["date"]) == ("phone_call", ["Bhatti", "Langley"], "2025-03-15")
    assert extract("Prime Minister Edward Langley called the chancellor a giant of politics on Saturday.") == []


def test_a_government_department_is_the_venue(extract):
    [m] = extract("Transport Secretary Helen Castleford met rail union leader Dave Pritchard at the Department "
                  "for Transport on Monday.")
    assert m["location"] == "Department for Transport"
    [m] = extract("Indian Prime Minister Devendra Mehta held talks with the chancellor, Grace Whitfield, at the "
                  "Treasury on Thursday.")
    assert m["location"] == "Treasury"


def test_a_reported_meeting_denied_in_the_next_sentence_is_denied(extract):
    [m] = extract("A Sunday newspaper reported that Foreign Secretary Priya Shaw met Iran's deputy foreign minister, "
                  "Hossein Karimi, in Muscat on Saturday.\n\n\"No such meeting took place,\" a spokesman said.")
    assert m["status"] == "denied"
    [m] = extract("A Sunday newspaper reported that Foreign Secretary Priya Shaw met Iran's deputy foreign minister, "
                  "Hossein Karimi, in Muscat on Saturday.")
    assert m["status"] == "occurred"


def test_a_link_between_two_places_in_the_topic_names_no_side(extract):
    ms = extract("HARARE, March 14 - Zambian Foreign Minister Chanda Mwila and his Zimbabwean counterpart, Tendai "
                 "Moyo, met in Harare on Wednesday. The two discussed a proposed road bridge between Kazungula and "
                 "Chirundu and the reopening of a border post.", dt.date(2025, 3, 14))
    assert [surnames(m) for m in ms] == [["Moyo", "Mwila"]]


def test_a_dateline_with_the_agency_is_not_the_meetings_date(extract):
    [m] = extract("HARARE, Oct 8 (Reuters) - Zimbabwean President Tendai Moyo received a telephone call on Monday "
                  "from Zambian President Mulenga Phiri, who congratulated him on the launch of a new power plant, "
                  "the press service said.", dt.date(2024, 10, 8))
    assert (m["kind"], m["date"]) == ("phone_call", "2024-10-07")


def test_a_place_after_the_other_side_of_a_meeting_noun_is_where_it_was(extract):
    [m] = extract("GABORONE, Feb 11 - Botswana Foreign Minister Kabo Mothibi's meeting with Namibia's acting foreign "
                  "minister, Hilma Nghidinwa, in Rundu on Sunday focused on security along the route of the "
                  "Trans-Kalahari railway, Botswana's foreign ministry said.", dt.date(2025, 2, 11))
    assert (m["location"], m["date"]) == ("Rundu", "2025-02-09")


def test_a_place_of_what_happened_since_the_last_meeting_is_not_this_ones(extract):
    [m] = extract("SANTO DOMINGO, Aug 24 - The Almonte-Jeune summit, the first meeting between the presidents of the "
                  "Dominican Republic and Haiti since a dispute over fishing rights in the Massacre River flared last "
                  "year, took place on Friday in the border town of Dajabon, the presidency said. President Luis "
                  "Almonte and his Haitian counterpart, Claude Jeune, agreed to set up joint patrols.",
                  dt.date(2024, 8, 24))
    assert (surnames(m), m["location"], m["date"]) == (["Almonte", "Jeune"], "Dajabon", "2024-08-23")


def test_conferring_with_no_medium_named_is_face_to_face(extract):
    ms = extract("KINSHASA, May 9 - Angolan President Joao Lourenco Neto met Congolese President Felix Mbuyi on "
                 "Thursday. Lourenco Neto also conferred on Friday with Gecamines chairman Albert Yuma Kalonji about "
                 "copper exports.", dt.date(2025, 5, 9))
    assert {tuple(surnames(m)): m["kind"] for m in ms}[("Kalonji", "Neto")] == "in_person"
    [m] = extract("Angolan President Joao Lourenco Neto conferred by telephone on Friday with Congolese President "
                  "Felix Mbuyi.")
    assert m["kind"] == "phone_call"


def test_an_aide_and_an_office_of_a_countrys_council_are_titles(extract):
    [m] = extract("The secretary of Georgia's Security Council, Levan Abashidze, spoke by phone on Tuesday with "
                  "Azerbaijani presidential aide Rauf Mammadli-Safarov about the border.")
    assert [p["title"] for p in m["participants"]] == ["secretary of Georgia's Security Council", "presidential aide"]


def test_a_reported_meeting_the_minister_denies_having_had_is_denied(extract):
    [m] = extract("Transport Minister Alan Pryor has denied meeting the head of a rail company days before the "
                  "fares rise.\n\nA newspaper reported that Mr Pryor had held private talks with Coastline Rail "
                  "chief executive Dr Joan Maddox at a London hotel.\n\n\"I have never met Dr Maddox,\" Mr Pryor said.")
    assert (surnames(m), m["status"]) == (["Maddox", "Pryor"], "denied")


def test_heads_of_companies_beside_a_named_side_do_not_hide_the_meeting(extract):
    [m] = extract("Sir Colin Pratt, director general of the British Chambers of Commerce, and the heads of several "
                  "of Britain's biggest retailers met Chancellor Ruth Ames at the Treasury on Wednesday.")
    assert (surnames(m), m["location"]) == (["Ames", "Pratt"], "Treasury")


def test_a_companys_headquarters_visited_for_talks_is_the_venue(extract):
    [m] = extract("Chilean Mining Minister Rosa Vidal is due to visit the headquarters of Andes Copper on Thursday "
                  "for talks with its chairman, Lord Kettering.")
    assert (m["status"], m["location"]) == ("planned", "headquarters of Andes Copper")


def test_an_unnamed_counterpart_is_named_by_country_and_office(extract):
    [m] = extract("LIMA, Nov 15 (Reuters) - Peruvian Interior Minister Rosa Quispe Mamani met her Bolivian "
                  "counterpart in the border town of Desaguadero on Friday, the ministry said in a statement that "
                  "did not name the Bolivian minister.", dt.date(2025, 11, 15))
    assert sorted(names(m)) == ["Bolivian Interior Minister", "Rosa Quispe Mamani"]


def test_a_name_described_as_a_residence_is_the_venue(extract):
    [m] = extract("THE HAGUE, Jan 13 (ANP) - Belgian Prime Minister Wouter Claes will travel to The Hague on Friday "
                  "to meet Dutch Prime Minister Hendrik Verhoeven at the Catshuis, the Dutch prime minister's official "
                  "residence, the Dutch government said on Tuesday.", dt.date(2026, 1, 13))
    assert m["location"] == "Catshuis"


def test_where_after_the_day_of_a_visit_means_the_place_visited(extract):
    [m] = extract("SEOUL, June 10 (Yonhap) - South Korean Prime Minister Choi Min-ho paid a visit to Ulaanbaatar on "
                  "Monday, where he held talks with Mongolian Prime Minister Batbayaryn Ganzorig on rare earth "
                  "supplies, the prime minister's office said.", dt.date(2026, 6, 10))
    assert (m["location"], m["date"]) == ("Ulaanbaatar", "2026-06-08")


def test_a_delegation_described_by_its_countrys_government_is_led_by_its_head(extract):
    [m] = extract("PRETORIA, July 24 (Reuters) - A Lesotho government delegation held talks with South African officials "
                  "on Tuesday on water rights. The Lesotho delegation was led by Foreign Minister Palesa Mokoena, while "
                  "Deputy Minister Sipho Radebe headed the South African side, the department said.",
                  dt.date(2024, 7, 24))
    assert surnames(m) == ["Mokoena", "Radebe"]


def test_a_relative_clause_on_two_names_is_said_of_both(extract):
    [m] = extract("The summit had been prepared by the two countries' energy ministers, Namibian Energy Minister "
                  "John Shilongo and Angolan Energy Minister Manuel Neto, who met in Ondangwa on Wednesday.",
                  dt.date(2024, 9, 17))
    assert (surnames(m), m["date"]) == (["Neto", "Shilongo"], "2024-09-11")


def test_an_unnamed_king_is_the_king_of_the_country_filed_from(extract):
    [m] = extract("MADRID, Oct 9 (EFE) - Dutch Prime Minister Joost Verbeek was received in audience by the King at "
                  "the Zarzuela Palace on Tuesday, the Dutch embassy said.", dt.date(2024, 10, 9))
    assert (sorted(names(m)), m["location"], m["date"]) == (["Joost Verbeek", "King of Spain"], "Zarzuela Palace, Madrid",
                                                            "2024-10-08")


def test_a_legislature_met_at_is_the_venue(extract):
    [m] = extract("ROME, Oct 9 - Dutch Prime Minister Joost Verbeek held talks with opposition leader Chiara Russo "
                  "at the Senate on Tuesday.", dt.date(2024, 10, 9))
    assert m["location"] == "Senate, Rome"


def test_the_agency_in_a_dateline_is_no_part_of_the_place(extract):
    [m] = extract("LISBON, Oct 9 (AFP) - Angolan Foreign Minister Teresa Dias met Portuguese Foreign Minister Rui "
                  "Matos on Tuesday.", dt.date(2024, 10, 9))
    assert m["location"] == "Lisbon"


def test_arrived_on_a_weekday_evening_dates_the_talks_that_followed(extract):
    ms = extract("SEOUL, Sept 5 (Yonhap) - Japanese Foreign Minister Ito Kenji called on South Korean President Park "
                 "Soo-min on Thursday. Ito had arrived on Wednesday evening and held talks over dinner at a Seoul "
                 "hotel with his South Korean counterpart, Lee Ha-eun.", dt.date(2025, 9, 5))
    assert {names(m)[-1]: m["date"] for m in ms}["Lee Ha-eun"] == "2025-09-03"


def test_prepared_to_meet_is_willing_not_planned(extract):
    assert extract("Prime Minister Ana Costa told reporters she was prepared to meet union leaders \"as soon as "
                   "they call off the strikes\".") == []


def test_a_team_named_in_full_is_led_by_the_leader_of_its_initials(extract):
    [m] = extract("HARARE, Dec 3 (Reuters) - A meeting between Zambian Finance Minister Chanda Phiri and a visiting "
                  "World Trade Organization team, scheduled for Monday in Lusaka, has been postponed until January, "
                  "the ministry said. The WTO team is led by mission chief Karin Holm.", dt.date(2024, 12, 3))
    assert (surnames(m), m["status"]) == (["Holm", "Phiri"], "cancelled")


def test_hosted_talks_garbled_into_a_modifier_keep_the_host(extract):
    [m] = extract("Chilean Foreign Minister Ana Rojas hosted talks with Peruvian Foreign Minister Luis Paredes.")
    assert surnames(m) == ["Paredes", "Rojas"]


def test_talks_attended_by_others_have_them_at_the_table(extract):
    [m] = extract("Chilean Foreign Minister Ana Rojas hosted the talks, which were attended by Peruvian Foreign "
                  "Minister Luis Paredes and Bolivian Foreign Minister Rosa Mamani.")
    assert surnames(m) == ["Mamani", "Paredes", "Rojas"]


def test_an_office_that_speaks_after_a_place_does_not_make_it_a_venue(extract):
    [m] = extract("SEOUL, April 16 (Reuters) - Security Adviser Park Ji-hoon held talks on Tuesday with U.S. Deputy "
                  "Security Adviser Karen Walsh, who is visiting Seoul, on the cost of stationing U.S. troops in the "
                  "South, the office said.", dt.date(2025, 4, 16))
    assert m["location"] == "Seoul"


def test_they_welcomed_a_decision_is_no_meeting_of_the_pair_before(extract):
    ms = extract("Meanwhile, a meeting between Energy Minister Ruth Cole and the chairman of the water regulator "
                 "Ofwat, Sir Ian Marsh, which had been due to take place on Tuesday, has been postponed.\n\n"
                 "Consumer groups said they welcomed Ofwat's decision to review the way suppliers set their prices.")
    assert [m["status"] for m in ms] == ["cancelled"]


def test_a_body_named_board_of_something_is_that_body(extract):
    [m] = extract("The government is holding a meeting on Friday with the British Board of Film Classification.")
    assert "British Board of Film Classification" in names(m)


def test_a_body_named_after_its_common_noun_set_off_by_commas_is_that_body(extract):
    # The model tags "Pescamar" a place, and the parser does not set it beside "federation".
    [m] = extract("Portugal's fishing federation, Pescamar, is to meet agriculture and fisheries minister Rita "
                  "Valente in Lisbon on Monday to press for a bigger quota.", dt.date(2025, 5, 30))
    assert (people(m), m["status"]) == ([("Pescamar", "PT"), ("Rita Valente", None)], "planned")


def test_a_three_way_summit_after_a_call_of_three_is_their_meeting(extract):
    ms = extract("LIMA, Sept 18 (Reuters) - On Thursday, Peruvian President Ana Quispe and Chilean President Jorge "
                 "Soto held a video call with Bolivian President Evo Mamani on lithium. A three-way summit in the "
                 "Peruvian city of Tacna that had been scheduled for Sept. 30 was postponed indefinitely last week.",
                 dt.date(2025, 9, 18))
    assert sorted((m["kind"], m["status"], m["location"]) for m in ms) == [
        ("in_person", "cancelled", "Tacna"), ("video_call", "occurred", None)]


def test_a_meeting_cut_from_its_verb_by_the_parser_is_cancelled_by_the_rest(extract):
    [m] = extract("MOGADISHU, March 27 (Reuters) - A meeting between Somali President Hassan Ali Gutale and "
                  "Jubaland leader Mohamed Aden Farah that had been scheduled for Monday in Kismayo has been "
                  "postponed, the presidency said on Friday.", dt.date(2026, 3, 27))
    assert m["status"] == "cancelled"


def test_what_a_newspaper_said_then_denied_is_denied(extract):
    [m] = extract("The Sunday Herald said Prime Minister Anne Lyle had met union leader Tom Barr at her country "
                  "residence on Saturday.\n\n\"There was no meeting,\" a Downing Street spokesman said.")
    assert m["status"] == "denied"


def test_a_season_or_player_an_adjective_qualifies_is_no_fixture(extract):
    [m] = extract("Colombian Foreign Minister Laura Camargo met Ecuadorian Foreign Minister Rosa Salvador in "
                  "Guayaquil on Monday to discuss electricity exports during Ecuador's dry season.")
    assert m["status"] == "occurred"
    assert extract("Arsenal will meet Chelsea in the Champions League final on Saturday.") == []


@pytest.mark.parametrize("text, expected", [
    ("Chad's petroleum minister, Idriss Moussa Kakis, held talks in Bangui on Monday with Central African "
     "Mines Minister Thierry Yakete.", [("Idriss Moussa Kakis", "petroleum minister"), ("Thierry Yakete", "Mines Minister")]),
    ("The two countries' fisheries ministers, Ana Duarte and Kofi Mensah, met in Accra.",
     [("Ana Duarte", "fisheries minister"), ("Kofi Mensah", "fisheries minister")]),
])
def test_a_portfolio_before_minister_is_part_of_the_title(extract, text, expected):
    [m] = extract(text)
    assert [(p["name"], p["title"]) for p in m["participants"]] == expected


def test_a_portfolio_qualifies_only_a_ministers_office(extract):
    [m] = extract("Oil executive Tom Barker met mining executive Sue Lane in Perth.")
    assert [p["title"] for p in m["participants"]] == ["executive", "executive"]


def test_a_described_minister_of_another_portfolio_is_not_the_one_named_before(extract):
    [m] = extract("Ukraine's deputy infrastructure minister, Oleh Marchenko, visited the port on Monday. A meeting "
                  "between Port Director Ion Popa and farmers' leaders was postponed after the farmers insisted that "
                  "the agriculture minister attend.")
    assert names(m) == ["Ion Popa", "farmers' leaders"]


def test_an_office_with_its_complement_before_the_name(extract):
    [m] = extract("Foreign Minister Omar Haddad met the governor of the central bank, Nabil Sweiss, on Monday.")
    assert [(p["name"], p["title"]) for p in m["participants"]][1] == ("Nabil Sweiss", "governor of the central bank")
    [m] = extract("Foreign Minister Omar Haddad met the president of the Amman Chamber of Commerce, Nabil Sweiss.")
    assert names(m) == ["Omar Haddad", "Nabil Sweiss"]


@pytest.mark.parametrize("text, host, office", [
    ("Chairman of the Chamber of Deputies Tomas Hradecky-Maly received Ambassador Paolo Ferri-Lanza on Monday.",
     "Tomas Hradecky-Maly", "Chairman of the Chamber of Deputies"),
    ("Speaker of the House of Representatives Mahmoud Adel Farouk received a delegation of the Friendship Group "
     "headed by Senator Claire Dubois-Martin on Monday.", "Mahmoud Adel Farouk", "Speaker of the House of Representatives"),
])
def test_a_chamber_named_for_its_members_ends_before_the_name(extract, text, host, office):
    [m] = extract(text)
    assert (m["participants"][0]["name"], m["participants"][0]["title"]) == (host, office)


@pytest.mark.parametrize("text", [
    "Foreign Minister Omar Haddad held talks on arrival with Jordanian Trade Minister Haitham Odeh.",
    "Foreign Minister Omar Haddad met on Monday with Jordanian Trade Minister Haitham Odeh.",
])
def test_a_with_hung_on_the_occasion_or_the_day(extract, text):
    [m] = extract(text)
    assert names(m) == ["Omar Haddad", "Haitham Odeh"]


def test_counterparts_listed_at_the_end_of_the_sentence_hold_the_hosts_office(extract):
    [m] = extract("Power was the subject of a three-way meeting on Monday at the Dead Sea, where Jordanian Energy "
                  "Minister Rania Haddad hosted her Syrian and Lebanese counterparts, Firas Kanaan Dabbagh and "
                  "Georges Bou Saab.")
    assert people(m) == [("Rania Haddad", "JO"), ("Firas Kanaan Dabbagh", "SY"), ("Georges Bou Saab", "LB")]
    assert {p["title"] for p in m["participants"]} == {"Energy Minister"}


@pytest.mark.parametrize("text, expected", [
    # Named in the next sentences by office alone, no country said.
    ("BEIRUT, Jan 29 (AFP) - A U.S. envoy met Lebanon's prime minister in Beirut on Thursday, the prime minister's "
     "office said. Envoy Mark Ellison told Prime Minister Walid Haddad that support depended on progress.",
     ["Mark Ellison", "Walid Haddad"]),
    # Named beside the other side in the next sentence, with another office.
    ("Chad's petroleum minister, Idriss Kakis, held talks in Bangui on Monday with his Cameroonian "
     "counterpart.\n\nKakis and Cameroon's Mines Minister Thierry Yakete agreed to commission a study.",
     ["Idriss Kakis", "Thierry Yakete"]),
    # Introduced as the next sentence's subject, with no office.
    ("AMMAN - Syria's trade minister Omar Bakri arrived on Tuesday. On Wednesday he was received by the Jordanian "
     "prime minister at the Prime Ministry. Ziad Khalil told his guest that Jordan was ready to supply electricity.",
     ["Omar Bakri", "Ziad Khalil"]),
])
def test_a_described_side_named_in_the_next_sentences(extract, text, expected):
    m = extract(text, published=dt.date(2026, 1, 29))[0]
    assert [n for n in expected if n in names(m)] == expected


def test_the_three_counts_back_to_the_three_who_met(extract):
    first, later = extract("Jordanian Energy Minister Rania Haddad hosted her Syrian and Lebanese counterparts, Firas "
                           "Dabbagh and Georges Saab, on Monday. The three agreed to meet again in Beirut in October.",
                           published=dt.date(2025, 9, 10))
    assert names(later) == names(first) and (later["status"], later["location"]) == ("planned", "Beirut")


@pytest.mark.parametrize("text, name", [
    ("Foreign Minister Niamh Carberry met the U.S. ambassador in Dublin, Pamela Strickland-Hayes, on Monday.",
     "Pamela Strickland-Hayes"),
    ("Prime Minister Rebwar Karim met Iran's consul general in Sulaimani, Mohammad Reza Kazemi, on Saturday.",
     "Mohammad Reza Kazemi"),
])
def test_an_envoy_posted_to_a_place_named_after_the_place(extract, text, name):
    [m] = extract(text)
    assert names(m)[1] == name


def test_a_dateline_whose_place_has_an_apostrophe(extract):
    [m] = extract("N'DJAMENA, June 6 (AFP) - Chad's President Brahim Adoum received Cameroonian Prime Minister Joseph "
                  "Ndongo on Thursday for talks, the presidency said.", published=dt.date(2025, 6, 6))
    assert (m["date"], m["location"]) == ("2025-06-05", "N'Djamena")


def test_that_day_is_the_day_told_before(extract):
    found = extract("CHISINAU, Feb 16 (Reuters) - The government on Monday denied a report that Deputy Prime Minister "
                    "Vadim Lungu had met a senior Russian diplomat in Tiraspol last Friday. The OSCE mission said its "
                    "head, Henrik Solvang, had met Lungu at the government building in Chisinau that day.",
                    published=dt.date(2026, 2, 16))
    assert [(m["status"], m["date"]) for m in found] == [("denied", "2026-02-13"), ("occurred", "2026-02-13")]


def test_a_diplomat_described_is_the_envoy_the_report_then_names(extract):
    [m] = extract("CHISINAU, Feb 16 (Reuters) - The government denied a report that Deputy Prime Minister Vadim Lungu "
                  "had met a senior Russian diplomat in Tiraspol last Friday. A news site had reported that Lungu held "
                  "talks with Russian foreign ministry envoy Gennady Voronov about gas supplies.",
                  published=dt.date(2026, 2, 16))
    assert names(m) == ["Vadim Lungu", "Gennady Voronov"] and m["status"] == "denied"


def test_a_pronoun_after_a_name_in_apposition_is_that_person(extract):
    [m] = extract("Ukrainian Energy Minister Serhiy Marchuk said on Monday that Kyiv was ready to export more power."
                  "\n\nSeparately, the chief executive of gas distributor Energogaz, Anatol Botnaru, denied a report "
                  "that he had met Gazprom executives in St Petersburg last week.")
    assert names(m)[0] == "Anatol Botnaru" and m["status"] == "denied"


@pytest.mark.parametrize(("text", "named"), [
    ("Minister of Foreign Affairs Ts.Bolormaa held official talks with Kazakh Foreign Minister Arman Zhaksylykov "
     "in Ulaanbaatar on Tuesday.", ["Arman Zhaksylykov", "Ts.Bolormaa"]),
    ("Japan's trade minister, Sato Kenji, said he had spoken with Mongolia's Minister of Economy and Development "
     "B.Enkhtuya about copper.", ["B.Enkhtuya", "Sato Kenji"]),
])
def test_a_name_with_its_initial_joined_by_a_dot_after_an_office(extract, text, named):
    # Mongolian names are written with the patronymic's initial and a dot; the model tags them as anything.
    [m] = extract(text)
    assert sorted(names(m)) == named


@pytest.mark.parametrize(("text", "kind"), [
    ('Foreign Minister Ana Ruiz said: "I spoke with Chilean Foreign Minister Luis Vargas by phone on Monday."',
     "phone_call"),
    ('"I met Chilean Foreign Minister Luis Vargas in Lima last week," Foreign Minister Ana Ruiz told reporters.',
     "in_person"),
])
def test_i_in_a_quotation_is_its_speaker(extract, text, kind):
    [m] = extract(text)
    assert (sorted(names(m)), m["kind"]) == (["Ana Ruiz", "Luis Vargas"], kind)


def test_talks_to_continue_elsewhere_are_another_meeting(extract):
    found = extract("Defence Minister Ruta Vaitkute held talks with her Estonian counterpart, Hanno Parn, in Vilnius on "
                    "Monday. A joint statement said the consultations between the two defence ministers would "
                    "continue in Tallinn on May 20.")
    assert [(m["status"], m["location"]) for m in found] == [("occurred", "Vilnius"), ("planned", "Tallinn")]


def test_an_office_set_off_before_a_name_is_that_persons_wherever_it_is_needed(extract):
    # The office and country said where she is introduced name the counterpart told before her.
    [m] = extract("Energy Minister Tom Hale held talks with his Norwegian counterpart in London on Wednesday.\n\n"
                  "The pipeline will run from the North Sea to Yorkshire.\n\nNorway's Energy Minister, Ingrid Berg, "
                  "said the deal showed her country was a reliable partner.")
    assert sorted(names(m)) == ["Ingrid Berg", "Tom Hale"]
    # Whoever the model tags the office as: here it takes "Petroleum and Energy" for a body.
    [m] = extract("Norway's Petroleum and Energy Minister, Ingrid Berg, said the deal was good.\n\nMrs Berg later "
                  "had dinner with Scotland's First Minister, Donald Strachan, at Bute House.")
    assert next(p["title"] for p in m["participants"] if p["name"] == "Ingrid Berg") == "Petroleum and Energy Minister"


def test_a_counterpart_named_paragraphs_later_by_country_and_office(extract):
    found = extract("CHISINAU - Energy Minister Mihai Bodrug had been due in Kyiv on Thursday for talks with his "
                    "Ukrainian counterpart, but the visit has been postponed, the ministry said.\n\nMoldova has "
                    "relied on imports from Romania since the start of the year.\n\nThe crisis has also hit "
                    "Transnistria, where plants have halted production.\n\nAnalysts estimate the switch is costly."
                    "\n\nUkrainian Energy Minister Serhiy Marchuk said on Monday that Kyiv was ready to export more.",
                    published=dt.date(2025, 1, 21))
    assert [(names(m), m["status"]) for m in found] == [(["Mihai Bodrug", "Serhiy Marchuk"], "cancelled")]


@pytest.mark.parametrize("text", [
    "Foreign Secretary Colin Mayhew was received by the King of Jordan at his palace in Amman on Tuesday.",
    "Foreign Secretary Colin Mayhew met the King of Jordan in Amman on Tuesday.",
])
def test_an_unnamed_monarch_of_the_country_the_words_give(extract, text):
    [m] = extract(text)
    assert [(p["name"], p["country"]) for p in m["participants"]][1] == ("King of Jordan", "JO")


def test_joined_for_talks_the_parser_made_a_subject(extract):
    found = extract("KYIV, Nov 22 (AFP) - Ukrainian Foreign Minister Taras Melnyk and his Moldovan counterpart Dorina "
                    "Ceban met in Odesa on Monday.\n\nThe two ministers will be joined by Romania's foreign minister, "
                    "Cristian Valcu, for three-way talks in Bucharest next Thursday focused on the Danube shipping "
                    "corridor, the ministry said.", published=dt.date(2024, 11, 22))
    assert [(m["status"], len(m["participants"]), m["location"]) for m in found] == [
        ("occurred", 2, "Odesa"), ("planned", 3, "Bucharest")]


def test_the_heads_of_a_body_are_not_the_people_named_before(extract):
    found = extract("MEXICO CITY (AP) - Economy Secretary Rocio Lugo held a video call with U.S. Commerce Secretary "
                    "Daniel Whitmore on Wednesday to discuss steel tariffs, the ministry said Friday.\n\nLugo said she "
                    "would travel to Washington next Thursday to meet Whitmore in person, together with U.S. Trade "
                    "Representative Janet Okafor.\n\n\"We want to settle this,\" Lugo told reporters at the National "
                    "Palace.\n\nLugo also sat down Thursday with the heads of the steel industry chamber, Canacero, in "
                    "Monterrey, the ministry said.", published=dt.date(2024, 9, 13))
    assert [m["location"] for m in found if "Daniel Whitmore" in names(m)] == [None, "Washington"]


def test_a_described_side_introduced_next_past_a_reports_verb_keeps_the_description(extract):
    [m] = extract("ERBIL - Back in Erbil on Tuesday, Prime Minister Rebwar Karim received the new U.S. consul general "
                  "at his office. Laura Whitfield, who took up her post last month, conveyed Washington's support for "
                  "a deal, the government said.", published=dt.date(2025, 12, 3))
    assert [(p["name"], p["title"], p["country"]) for p in m["participants"]][1] == (
        "Laura Whitfield", "consul general", "US")


def test_talks_after_which_a_strike_was_called_off_took_place(extract):
    found = extract("A national postal strike due to start on Monday has been called off after all-night talks between "
                    "Union General Secretary Billy Regan and Chief Executive Adam Cross.")
    assert [m["status"] for m in found] == ["occurred"]


def test_a_pronoun_looks_back_two_sentences_past_a_paragraph_break(extract):
    found = extract("Mrs Derkova arrived in London from Brussels, where she was received on Friday by the president of "
                    "the European Commission, Jens Lindqvist. Commission officials said the two had discussed visa "
                    "rules.\n\nOn Tuesday she is due to meet the trade and industry secretary, Joan Ashby, at a "
                    "breakfast.")
    assert names(found[-1]) == ["Derkova", "Joan Ashby"]


def test_they_in_a_clause_under_a_body_are_that_body_and_no_later_name_is_its_side(extract):
    found = extract("Prime Minister Oksana Derkova arrived in London on Monday.\n\nA visit to Moscow by Mrs Derkova, "
                    "during which she had been due to hold talks with the Russian prime minister, was postponed last "
                    "week, Ukrainian officials said. Neither side gave a reason.\n\nEU foreign ministers will discuss "
                    "a new action plan for Ukraine when they meet in Brussels later this month.\n\nTony Hollis of the "
                    "British Ukrainian Chamber of Commerce said companies were cautiously optimistic.")
    assert [(m["status"], names(m)) for m in found] == [("cancelled", ["Oksana Derkova", "Russian prime minister"])]


def test_bankers_are_a_side(extract):
    [m] = extract("The government denied a report that Prime Minister Ion Rusu had held a secret meeting with "
                  "Romanian bankers in the city of Iasi.")
    assert (names(m), m["status"]) == (["Ion Rusu", "Romanian bankers"], "denied")


def test_a_trip_in_the_present_tense_is_a_plan_and_the_taoiseach_is_irish(extract):
    [m] = extract("Mexican President Ernesto Valdes flies to Dublin on Thursday for talks with the taoiseach, before "
                  "travelling on to Madrid.")
    assert (m["status"], m["location"]) == ("planned", "Dublin")
    assert m["participants"][1]["country"] == "IE"


@pytest.mark.parametrize("first", ["spoke by telephone on Wednesday with", "met"])
def test_a_meeting_of_the_pair_called_off_after_they_met_is_another_meeting(extract, first):
    found = extract(f"VALLETTA - Energy Minister Marco Farrugia {first} Italian Energy Minister Giulia Conti, the "
                    "ministry said. A meeting between the two ministers that had been planned for next Monday in Rome "
                    "has been postponed until January, the ministry added.", published=dt.date(2024, 12, 12))
    assert [(m["status"], m["location"]) for m in found][-1] == ("cancelled", "Rome")
    assert found[0]["status"] == "occurred"


def test_a_building_named_in_its_city_is_the_venue(extract):
    [m] = extract("Foreign Minister Anna Smith met Foreign Minister Bruno Jones at the Grand Serail in Beirut on "
                  "Thursday.")
    assert m["location"] == "Grand Serail, Beirut"


@pytest.mark.parametrize("leader", [", led by its Director General, Tomas Ekvall,", " led by Tomas Ekvall",
                                    " (NDF), headed by Tomas Ekvall,"])
def test_a_delegation_from_a_body_led_by_a_person_is_that_person(extract, leader):
    [m] = extract(f"MAPUTO - President Celia Mabunda on Monday received a delegation from the Nordic Development "
                  f"Fund{leader} at the Ponta Vermelha Palace.")
    assert names(m) == ["Celia Mabunda", "Tomas Ekvall"]


def test_a_delegation_from_a_formally_named_state_is_its_leaders_country(extract):
    [m] = extract("WINDHOEK - Trade Minister Peter Nangolo on Monday received a trade delegation from the Republic "
                  "of Côte d'Ivoire headed by Awa Traoré-Diallo.")
    assert people(m)[1] == ("Awa Traoré-Diallo", "CI")


def test_a_delegation_in_a_headline_or_lead_is_led_by_whoever_the_story_says(extract):
    [first, second] = extract("Premier receives Nordic fund delegation at Government House\n\n"
                              "Premier Ana Ruas-Pereira on Monday received a delegation from the Nordic Development "
                              "Fund, led by its director, Tomas Ekvall, at Government House.\n\n"
                              "On Tuesday a Danish trade delegation paid a courtesy call on Finance Minister Rui "
                              "Santos. The leader of the delegation, Danish State Secretary Mette Holm, said ties "
                              "were strong.", published=dt.date(2025, 3, 19))
    assert (names(first), first["date"], first["location"]) == (
        ["Ana Ruas-Pereira", "Tomas Ekvall"], "2025-03-17", "Government House")
    assert names(second) == ["Mette Holm", "Rui Santos"]


def test_a_headline_of_two_nationalities_officials_is_the_meeting_named_below(extract):
    found = extract("Irish and British customs chiefs meet at Dundalk border to speed up freight checks\n\n"
                    "The head of Ireland's customs service, Niamh Brennan, and Britain's director general of "
                    "customs, Colin Hartley, met on Tuesday at the Dundalk border post to review freight checks.",
                    published=dt.date(2025, 3, 5))
    assert [surnames(m) for m in found] == [["Brennan", "Hartley"]]


def test_talks_of_two_states_are_the_talks_their_officials_hold_with_the_same_fate(extract):
    found = extract("Guyana and Suriname hold river border talks\n\nGuyana and Suriname will hold talks on their river "
                    "border in Paramaribo next month, the two governments said on Tuesday. Guyana's foreign minister, "
                    "Hamilton Greaves-Adams, will meet his Surinamese counterpart, Yvette Ravenberg-Kromo, in the "
                    "Surinamese capital on April 2.", published=dt.date(2026, 3, 10))
    assert [(m["status"], surnames(m), m["date"]) for m in found] == [
        ("planned", ["Greaves-Adams", "Ravenberg-Kromo"], "2026-04-02")]
    # Talks the two states agreed to resume after their ministers met are talks still to come.
    found = extract("Estonia's fisheries minister, Kaarel Tamm-Ilves, held talks with his Latvian counterpart, Ilze "
                    "Ozola-Berzina, in Riga on Tuesday. Estonia and Latvia have agreed to resume talks on the quotas "
                    "next month, Mr Tamm-Ilves said.", published=dt.date(2026, 3, 12))
    assert [m["status"] for m in found] == ["occurred", "planned"]


def test_a_states_meeting_folded_into_its_officials_keeps_its_day_and_place(extract):
    # The Malaysian minister's country comes only from the dateline, at the story's end.
    found = extract("KUALA LUMPUR, Feb 4 - Malaysia and Brunei have postponed a meeting of their bilateral Joint "
                    "Commission that was due to be held in Bandar Seri Begawan on Friday, Malaysia's foreign ministry "
                    "said on Wednesday, citing \"a clash of schedules\" on the Bruneian side. No new date has been set."
                    "\n\nForeign Minister Datuk Ahmad Zulkifli Razak was to have co-chaired the session with Brunei's "
                    "Minister of Foreign Affairs II, Dato Paduka Awang Haji Rosli Sulaiman.",
                    published=dt.date(2026, 2, 4))
    assert [(m["status"], surnames(m), m["date"], m["location"]) for m in found] == [
        ("cancelled", ["Razak", "Sulaiman"], "2026-02-06", "Bandar Seri Begawan")]


def test_talks_with_a_state_are_those_with_its_official_told_beside_them(extract):
    found = extract("Peru's president, Manuel Castañeda, held talks with Bolivia in La Paz on Monday about a gas "
                    "pipeline to the Pacific. Castañeda met Bolivian President Evo Quispe-Mamani at the Palacio "
                    "Quemado, officials said.", published=dt.date(2025, 3, 14))
    assert [(surnames(m), m["date"]) for m in found] == [(["Castañeda", "Quispe-Mamani"], "2025-03-10")]


def test_no_one_meets_their_own_state(extract):
    found = extract("BRIDGETOWN, June 27 - Prime Minister Annette Greaves-Holder yesterday held talks with Kenyan "
                    "President Samuel Kiprop Wanjala at Ilaro Court, during the first state visit by a Kenyan head of "
                    "state to Barbados.", published=dt.date(2025, 6, 27))
    assert [surnames(m) for m in found] == [["Greaves-Holder", "Wanjala"]]


def test_a_visit_to_a_state_called_off_is_with_its_official_the_traveller_spoke_to_instead(extract):
    found = extract("TARAWA, Sept 4 (Reuters) - Kiribati President Teburoro Kaiea has called off a visit to China that "
                    "was to have included talks with Chinese Vice President Zhao Minghui in Beijing on Sept. 15, his "
                    "office said on Thursday. Kaiea instead spoke by telephone with Zhao on Wednesday.",
                    published=dt.date(2025, 9, 4))
    assert [(m["kind"], m["status"], surnames(m)) for m in found] == [
        ("in_person", "cancelled", ["Kaiea", "Minghui"]), ("phone_call", "occurred", ["Kaiea", "Minghui"])]


def test_talks_two_states_agreed_to_resume_are_those_of_the_first_pair_of_their_officials(extract):
    found = extract("Nepal and Bhutan have agreed to resume talks on the return of refugees. Nepal's foreign minister, "
                    "Ram Prasad Koirala, held talks with his Bhutanese counterpart, Lyonpo Karma Dorji, in Thimphu on "
                    "Tuesday. Mr Koirala later called on Bhutan's prime minister, Lyonchhen Jigme Wangchuk.",
                    published=dt.date(2026, 3, 4))
    assert [(m["status"], surnames(m)) for m in found] == [
        ("planned", ["Dorji", "Koirala"]), ("occurred", ["Dorji", "Koirala"]), ("occurred", ["Koirala", "Wangchuk"])]


def test_a_bare_office_met_is_the_one_the_next_sentence_names_alone(extract):
    found = extract("Ukraine's new prime minister, Oksana Derkach, held talks with the foreign secretary at the "
                    "Foreign Office on Monday. Afterwards Colin Maybury said Britain would back her country's bid to "
                    "join the WTO.", published=dt.date(2025, 3, 14))
    assert [(surnames(m), m["location"]) for m in found] == [(["Derkach", "Maybury"], "Foreign Office")]
    # Or the one whose spokesman the next sentence quotes.
    found = extract("Work and Pensions Secretary Margaret Ellery met union leaders last month. The prime minister "
                    "discussed the dispute with Ms Ellery on Monday, Downing Street said. Robert Halsworth's official "
                    "spokesman said the government wanted a fair settlement.", published=dt.date(2025, 3, 14))
    assert [surnames(m) for m in found if "Halsworth" in surnames(m)] == [["Ellery", "Halsworth"]]
    # Not an office someone in the story holds.
    found = extract("Prime Minister Martin Hale met Oksana Derkach on Monday. She then held talks with the prime "
                    "minister again at Downing Street. Afterwards Colin Maybury said Britain would back her "
                    "country's bid.", published=dt.date(2025, 3, 14))
    assert not any("Maybury" in surnames(m) for m in found)
    # Past the quotes of the one who met the office.
    found = extract("Health Secretary Neil Garwood will meet consultants on Tuesday. Speaking on the radio, Mr Garwood "
                    "said he had discussed the matter with the prime minister on Saturday. \"We have put record sums "
                    "into the health service,\" he said. \"But I will listen.\" Downing Street said Graham Tilney had "
                    "full confidence in his health secretary.", published=dt.date(2025, 3, 14))
    assert [surnames(m) for m in found if "Tilney" in surnames(m)] == [["Garwood", "Tilney"]]
    # Nor a leader of anything ("Mali's junta leader").
    found = extract("BAMAKO, Jan 12, 2026 (AFP) - Russia's deputy defence minister held talks with Mali's junta leader "
                    "over the weekend.\n\nYuri Belovzerov was received on Saturday by Mali's transitional president, "
                    "General Amadou Sidibé-Keita, at Koulouba Palace, the presidency said.", published=dt.date(2026, 1, 12))
    assert [q["title"] for m in found for q in m["participants"] if q["name"] == "Yuri Belovzerov"] == [None]


def test_a_bare_office_opening_a_sentence_may_be_the_one_the_story_opens_on(extract):
    found = extract("Gordon Merrick has held talks with business leaders amid anger over the cost of pension schemes."
                    "\n\nThe head of the employers' federation, Sir Alan Pike, met Mr Merrick at the Treasury on "
                    "Wednesday.\n\nThe federation's council met on Tuesday and called for a delay to the new rules."
                    "\n\nThe chancellor is also due to hold talks next week with union leader Joan Tallis.",
                    published=dt.date(2025, 3, 14))
    assert [surnames(m) for m in found if m["status"] == "planned"] == [["Merrick", "Tallis"]]
    # Not when the story has named someone else bare: the chancellor may be him.
    found = extract("Tony Blaine has sought to reassure his MPs.\n\nMr Blaine was speaking amid rumours of a rift with "
                    "Gordon Braun. A new book says the prime minister broke a pledge. The chancellor is due to hold "
                    "talks next week with union leader Joan Tallis.", published=dt.date(2025, 3, 14))
    assert not any("Blaine" in surnames(m) for m in found)


def test_a_meeting_word_others_backed_is_a_proposal_and_its_backer_no_side(extract):
    assert extract("Trade Secretary Patricia Hollins has said games need clearer labels. Her call was backed by "
                   "Culture Secretary Tessa Jowett.", published=dt.date(2025, 3, 14)) == []


def test_a_bare_official_is_of_the_story_s_home_besides_everyone_he_met(extract):
    found = extract("Trade Minister Robert Danby met Chinese Commerce Minister Wen Liqun on Monday to discuss access "
                    "for British banks to China's markets. China is Britain's fastest-growing export market, Chinese "
                    "investment has doubled, and British exports to China rose by a third.\n\nOn Tuesday Mr Danby met "
                    "Germany's economy minister, Hans-Peter Vogt, who said Germany and China should not be played off "
                    "against each other.", published=dt.date(2025, 3, 12))
    assert [[q["country"] for q in m["participants"]] for m in found] == [["GB", "CN"], ["GB", "DE"]]


def test_the_sides_also_talking_after_a_reception_is_that_meeting(extract):
    found = extract("President Ana Ruas received Foreign Minister Tomas Ekvall of Norway at the palace on Monday. "
                    "The president recalled the long friendship between the two countries. The sides also "
                    "exchanged views on fisheries.", published=dt.date(2025, 3, 5))
    assert [(m["kind"], surnames(m)) for m in found] == [("in_person", ["Ekvall", "Ruas"])]


def test_the_pair_that_also_talked_on_a_call_then_agreed_to_meet_plan_a_meeting(extract):
    found = extract("Foreign Minister Tomas Ekvall today spoke with Portugal's Foreign Minister, Ana Ruas. The "
                    "ministers discussed fisheries. Mr Ekvall thanked Lisbon for its support. The ministers also "
                    "exchanged views on the Arctic. The ministers agreed to meet in Oslo in October.",
                    published=dt.date(2025, 3, 5))
    assert [(m["kind"], m["status"], m["location"], surnames(m)) for m in found] == [
        ("phone_call", "occurred", None, ["Ekvall", "Ruas"]), ("in_person", "planned", "Oslo", ["Ekvall", "Ruas"])]


@pytest.mark.parametrize("text, person, code", [
    # A possessive before portfolio words the title leaves out.
    ("Nepal's Energy Minister Ram Thapa met Bhutan's Energy and Natural Resources Minister Karma Wangdi in "
     "Thimphu on Monday.", "Karma Wangdi", "BT"),
    ("Britain's Africa minister, Gareth Pryce, met Kenya's Trade Minister Ruth Wambui in Nairobi on Monday.",
     "Gareth Pryce", "GB"),
    # A possessive written with the apostrophe alone.
    ("Wales' First Minister, Gareth Penry, met Ireland's Enterprise Minister Aoife Byrne in Dublin on Monday.",
     "Gareth Penry", "GB"),
])
def test_the_country_of_an_office_told_before_its_portfolio(extract, text, person, code):
    [m] = extract(text, published=dt.date(2025, 3, 5))
    assert dict(people(m))[person] == code


def test_a_nationalitys_minister_is_the_minister_not_a_deputy_named_since(extract):
    found = extract("Kazakh Foreign Minister Murat Aliyev held talks with Foreign Minister Adel Al-Roumi in Kuwait "
                    "City on Thursday. Senior officials attended, including Kazakhstan's Deputy Foreign Minister "
                    "Almas Serikov. Serikov signed a memorandum on visas. The Kazakh minister had met on Wednesday with the head of the Kuwait Investment "
                    "Authority, Nawaf Al-Enezi.", published=dt.date(2025, 3, 7))
    assert any(surnames(m) == ["Al-Enezi", "Aliyev"] for m in found)


def test_an_official_met_at_home_is_of_the_state_the_meeting_was_held_in(extract):
    [m] = extract("Kenyan Trade Minister Ruth Wambui will travel to Tanzania next week, where she is to meet "
                  "President Joseph Mwakalinga in Dar es Salaam.", published=dt.date(2025, 3, 5))
    assert people(m) == [("Ruth Wambui", "KE"), ("Joseph Mwakalinga", "TZ")]


def test_an_official_on_the_phone_from_where_the_story_is_filed_is_of_that_state(extract):
    [m] = extract("ANKARA, March 4 (Reuters) - President Recep Demir spoke by phone on Tuesday with Russian "
                  "President Ivan Petrov about grain exports, his office said.", published=dt.date(2025, 3, 5))
    assert people(m) == [("Recep Demir", "TR"), ("Ivan Petrov", "RU")]


@pytest.mark.parametrize("text", [
    # Neutral ground: officials of many states meet there.
    "Kenyan Trade Minister Ruth Wambui met Foreign Minister Tomas Ekvall in Brussels on Monday.",
    # No other side's country to tell the host from the guest.
    "Trade Minister Ruth Wambui met Foreign Minister Tomas Ekvall in Dar es Salaam on Monday.",
])
def test_no_host_country_without_a_guest_from_elsewhere_or_on_neutral_ground(extract, text):
    [m] = extract(text, published=dt.date(2025, 3, 5))
    assert m["participants"][1]["country"] is None


def test_a_title_only_one_country_gives_is_that_countrys(extract):
    found = extract("Foreign Secretary Peter Hallam met Health Secretary Ana Ruiz on Monday. Defense Secretary "
                    "Tom Bell met Energy Secretary Ann Ward on Tuesday.", published=dt.date(2025, 3, 5))
    # (Britain's alone; "Defense" and "Health Secretary" are also the United States'.)
    assert [people(m) for m in found] == [[("Peter Hallam", "GB"), ("Ana Ruiz", None)],
                                          [("Tom Bell", None), ("Ann Ward", None)]]
    # (Wherever he travels: not the country of the city he met someone in.)
    [m] = extract("Foreign Office minister Denis Mace met Iraqi Foreign Minister Fuad Salih in Kuwait City "
                  "on Monday.", published=dt.date(2025, 3, 5))
    assert people(m) == [("Denis Mace", "GB"), ("Fuad Salih", "IQ")]


def test_a_later_delegation_of_others_leads_no_earlier_one(extract):
    found = extract("A delegation led by envoy Li Wen met Foreign Minister Aung Thu in Naypyitaw on Friday. Li later "
                    "held talks with a delegation of the Arakan Army headed by its spokesman, Khaing Thu Kha.")
    assert ["Khaing Thu Kha" in names(m) for m in found] == [False, True]


@pytest.mark.parametrize("style", ["Hon.", "Engr.", "Amb."])
def test_a_style_written_short_ends_no_sentence(extract, style):
    [m] = extract(f"FREETOWN - President Julius Koroma met the Speaker of Parliament, {style} Abass Kamara-Bundu, "
                  f"on Tuesday.")
    assert names(m) == ["Julius Koroma", "Abass Kamara-Bundu"]


def test_an_office_in_a_patronymic_is_part_of_the_name(extract):
    [m] = extract("MUSCAT - The delegation was welcomed on Sunday by Sheikh Salim bin Sultan Al Rawahi, chairman of "
                  "the chamber, and Finance Minister Hamad Al Busaidi met Kenyan Trade Minister Grace Wanjiru.")
    assert "Al Rawahi" not in [p["name"] for p in m["participants"]]


def test_his_highness_alone_is_whoever_the_story_styled_so(extract):
    found = extract("MANAMA, March 19 (BNA) -- His Highness the Crown Prince Sheikh Salman bin Hamad Al Khalifa "
                    "received Italian Defence Minister Paolo Ferri on Tuesday. On Wednesday, His Highness received a "
                    "delegation of the Bahrain Chamber headed by its Chairman Samir Nass.",
                    published=dt.date(2025, 3, 20))
    assert [surnames(m) for m in found] == [["Ferri", "Khalifa"], ["Khalifa", "Nass"]]


@pytest.mark.parametrize(("offices", "country"), [
    ("Qatar's Prime Minister and Minister of Foreign Affairs", "QA"),
    ("Pakistani Deputy Prime Minister and Foreign Minister", "PK"),
])
def test_two_offices_before_one_name_are_that_persons(extract, offices, country):
    [m] = extract(f"Prime Minister Ahmad Al-Sabah received a phone call on Tuesday from {offices} Sheikh Khalid "
                  f"Al Dar.")
    assert people(m) == [("Ahmad Al-Sabah", None), ("Khalid Al Dar", country)]
    assert m["participants"][1]["title"] == offices.split(" ", 1)[1]


def test_an_object_with_a_long_office_after_the_day(extract):
    [m] = extract("KUWAIT CITY, March 19 (KUNA) -- Prime Minister Sheikh Ahmad Al-Sabah received at Bayan Palace on "
                  "Tuesday Senegal's Minister of African Integration and Foreign Affairs Awa Ndoye-Cissé, currently "
                  "on an official visit to the country.", published=dt.date(2025, 3, 19))
    assert (surnames(m), m["location"], m["date"]) == (["Al-Sabah", "Ndoye-Cissé"], "Bayan Palace, Kuwait City", "2025-03-18")


def test_a_counterpart_named_later_by_a_list_of_portfolios(extract):
    found = extract("RIYADH: Saudi Minister of Investment Faisal Al-Otaibi returned on Wednesday from a tour of Asia.\n\n"
                    "In Tokyo last Friday, Al-Otaibi held talks with his Japanese counterpart on car plants.\n\n"
                    "On Tuesday, he held talks with his Korean counterpart in Seoul.\n\n"
                    "Japan's Minister of Economy, Trade and Industry, Kenji Mori, said firms were keen. Korea's "
                    "Minister of Trade, Industry and Energy, Park Min-jae, spoke of a new era.",
                    published=dt.date(2025, 3, 19))
    assert [people(m)[1] for m in found] == [("Kenji Mori", "JP"), ("Park Min-jae", "KR")]
    assert found[1]["participants"][1]["title"] == "Minister of Trade, Industry and Energy"


def test_later_the_same_day_is_where_the_meeting_before_was(extract):
    found = extract("RIYADH: Saudi Foreign Minister Faisal Al-Otaibi held talks in Tokyo on Friday with Japanese "
                    "Foreign Minister Kenji Mori. Later the same day, he met Hiro Sato, chairman of the Japan "
                    "Business Federation, over a working dinner.", published=dt.date(2025, 3, 24))
    assert [(m["date"], m["location"]) for m in found] == [("2025-03-21", "Tokyo")] * 2


@pytest.mark.parametrize(("office", "name"), [("Minister of Industry and Advanced Technology", ", Obaid Al Nuaimi,"),
                                              ("Minister of Trade, Industry and Energy", ", Obaid Al Nuaimi,"),
                                              ("Minister of Trade, Industry and Energy", " Ryu Seong-ho")])
def test_listed_portfolios_before_a_name(extract, office, name):
    [m] = extract(f"ABU DHABI - Japanese Trade Minister Kenji Mori met the UAE's {office}{name} on Tuesday.")
    assert (m["participants"][1]["name"], m["participants"][1]["title"]) == (name.strip(" ,"), office)


def test_a_portfolio_before_said_is_no_name(extract):
    assert extract("The Minister of Trade, Industry, said on Tuesday that talks would go on.") == []


def test_he_in_capitals_is_a_style_not_a_pronoun(extract):
    found = extract("DOHA: HH the Amir received a message from the President of Ghana.\n\nHE the Minister of State "
                    "Sheikh Fahad Al Thani met on Wednesday with HE Ambassador of Nigeria Musa Bello.",
                    published=dt.date(2024, 4, 18))
    assert [surnames(m) for m in found] == [["Bello", "Thani"]]


def test_a_princes_style_after_an_office_is_part_of_his_name(extract):
    [m] = extract("RIYADH — Minister of Foreign Affairs Prince Faisal bin Nasser Al Saud received a phone call on "
                  "Tuesday from Peruvian Foreign Minister Ana Cecilia Gervasi.", published=dt.date(2025, 1, 29))
    assert (m["participants"][0]["name"], m["participants"][0]["title"]) == (
        "Faisal bin Nasser Al Saud", "Minister of Foreign Affairs")


def test_the_city_a_trip_goes_to_over_its_country_named_in_the_topic(extract):
    [m] = extract("STOCKHOLM - Swedish Defence Minister Per-Olof Lindqvist will travel to Vilnius next Thursday for "
                  "talks with Lithuanian Defence Minister Rasa Jankauskienė on the deployment of Swedish troops to a "
                  "NATO brigade in Lithuania, the ministry said.")
    assert (m["status"], m["location"]) == ("planned", "Vilnius")


@pytest.mark.parametrize("sentence", [
    "The pact was signed in Oslo on Tuesday by Trade Minister Anne Berg and Irish Trade Minister Sean Walsh, after "
    "talks between the two that lasted all morning.",
    "Trade Minister Anne Berg and Irish Trade Minister Sean Walsh signed the pact in Oslo on Tuesday after talks "
    "between the two.",
])
def test_after_talks_between_the_two_the_talks_were_held(extract, sentence):
    [m] = extract(sentence)
    assert (surnames(m), m["status"], m["location"]) == (["Berg", "Walsh"], "occurred", "Oslo")


def test_a_meeting_between_the_two_that_is_unlikely_is_none(extract):
    assert extract("Trade Minister Anne Berg and Irish Trade Minister Sean Walsh spoke at a forum in Oslo on Tuesday. "
                   "A meeting between the two was unlikely.") == []


def test_two_of_its_targets_are_no_pair(extract):
    found = extract("Mr Regan had spoken to the business secretary, Joan Ashdown, by telephone on Saturday. The "
                    "department said Mrs Ashdown had made her view clear.\n\nAlbion Mail has met only two of its 15 "
                    "quality of service targets this year and was fined by the regulator.")
    assert [len(m["participants"]) for m in found] == [2]


def test_the_two_ministers_held_talks_when_no_meeting_was_told_before(extract):
    [m] = extract("SEOUL, March 21 (Reuters) - Chilean Foreign Minister Rosa Vidal and her Korean counterpart Kim "
                  "Do-hyun agreed on Thursday to set up a joint research fund.\n\nThe two ministers held about two "
                  "hours of talks at the Blue House guest hall, the ministry said.")
    assert (surnames(m), m["status"]) == (["Do-hyun", "Vidal"], "occurred")


def test_an_apposition_closed_by_a_comma_before_called_on(extract):
    [m] = extract("TOKYO, March 21 (Reuters) - Korean Foreign Minister Pyo Jae-won arrived on Thursday.\n\nPyo, a "
                  "career diplomat nicknamed \"the fireman\" for his role in past rows, called on Prime Minister Hiroshi "
                  "Takazawa at his office on Friday morning.")
    assert surnames(m) == ["Jae-won", "Takazawa"]


def test_the_place_of_an_aim_told_after_the_meeting_is_not_its_place(extract):
    [m] = extract("Irish premier Eamon Doyle held talks with Prime Minister Alan Pryce in Downing Street in a new bid "
                  "to end the stalemate over policing in Northern Ireland.", None)
    assert (surnames(m), m["location"]) == (["Doyle", "Pryce"], "Downing Street")


@pytest.mark.parametrize(("text", "place", "status"), [
    ("Trade Minister Owain Rhys spoke to Mr Park by telephone on Monday, and the two agreed to meet when the Korean "
     "chairman visits Wales in the spring.", "Wales", "planned"),
    ("Foreign Minister Lucia Ferrer will meet Chinese Premier Zhao Ming when she visits Beijing next month, the "
     "ministry said.", "Beijing", "planned"),
    ("Foreign Minister Lucia Ferrer met Premier Zhao Ming of China when she travelled to Shanghai last year.",
     "Shanghai", "occurred"),
])
def test_a_trip_a_meeting_is_told_with_gives_its_place_and_no_meeting_of_its_own(extract, text, place, status):
    found = extract(text, None)
    [m] = [m for m in found if m["status"] == status]
    assert m["location"] == place and m["kind"] == "in_person"
    assert all(len(m["participants"]) == 2 and "Wales" not in surnames(m) for m in found)


@pytest.mark.parametrize("text", [
    "Mrs Ellery, MP for Kettering North, spent 40 minutes with Liberal leader Hugh Sandys in his office at the "
    "Commons on Monday.",
    "The Liberal leader, Hugh Sandys, spent an hour with Mrs Ellery in his office at the Commons on Monday.",
    "Mrs Ellery, MP for Kettering North, spent the afternoon with Liberal leader Hugh Sandys in his office at the "
    "Commons on Monday.",
])
def test_time_spent_with_someone_was_a_meeting(extract, text):
    [m] = extract(text, None)
    assert (surnames(m), m["kind"], m["location"]) == (["Ellery", "Sandys"], "in_person", "Commons")


def test_time_spent_together_retells_a_meeting_and_denies_none_of_it(extract):
    found = extract("OSLO, May 7 (Reuters) - Norway denied a report that Fisheries Minister Eirik Lunde had met "
                    "Iceland's Fisheries Minister, Gudrun Arnadottir, in Bodo last weekend.\n\nA newspaper had cited "
                    "two unnamed sources as saying the ministers spent several hours together at a hotel in the city.")
    assert [m["status"] for m in found] == ["denied"]


@pytest.mark.parametrize("text", [
    "The minister spent two hours touring the plant before meeting workers.",
    "Mr Sandys spent hours with his family at the weekend.",
    "Mrs Ellery spent the day with flood victims in Bewdley.",
])
def test_time_spent_alone_or_with_family_is_no_meeting(extract, text):
    assert extract(text, None) == []


def test_a_report_dismissed_as_baseless_is_denied(extract):
    found = extract("Defence Minister Reza Tavakoli attended the security forum in Muscat.\n\nA ministry spokesman "
                    "dismissed as \"baseless\" a report by a Gulf newspaper that Tavakoli had met a senior Israeli "
                    "official on the sidelines of the forum.")
    assert [m["status"] for m in found] == ["denied"]


def test_the_co_chairs_of_a_commission_meeting_are_its_sides(extract):
    [m] = extract("LIMA, June 3 - A meeting of the joint border commission, co-chaired by Foreign Minister Ana Ruiz "
                  "and her Chilean counterpart Jorge Vidal, was held in Lima on Monday.", dt.date(2025, 6, 3))
    assert (surnames(m), m["status"], m["location"]) == (["Ruiz", "Vidal"], "occurred", "Lima")


def test_officials_who_co_chaired_a_meeting_are_its_sides(extract):
    # The parser takes "co" for the relative clause and "chaired" for a verb joined to "prepared".
    [m] = extract("The talks had been prepared on Monday by the two countries' foreign ministers, Rahim Saidov-Nazar "
                  "and Erlan Baktybekov, who co-chaired a meeting of senior officials at the foreign ministry.",
                  dt.date(2025, 6, 3))
    assert (surnames(m), m["status"]) == (["Baktybekov", "Saidov-Nazar"], "occurred")


def test_a_commission_meeting_shifted_is_another_meeting_than_the_visit(extract):
    found = extract("Gas pipeline on course, minister says\n\nPetroleum Minister Bala Sule paid a courtesy call on "
                    "Moroccan Energy Minister Nadia Alami in Rabat on Monday.\n\nA ministerial meeting of the "
                    "steering committee, which was to be co-chaired by Sule and Alami in Abuja on May 28, was "
                    "shifted at the request of the Moroccan side.", dt.date(2025, 6, 3))
    assert sorted((m["status"], m["date"], m["location"]) for m in found) == [
        ("cancelled", "2025-05-28", "Abuja"), ("occurred", "2025-06-02", "Rabat")]
    assert all(surnames(m) == ["Alami", "Sule"] for m in found)


def test_a_trip_whose_meeting_was_to_be_is_postponed(extract):
    found = extract("ERBIL, May 14 - Prime Minister Karwan Aziz on Tuesday received a delegation from Prague headed "
                    "by Deputy Minister Jana Novakova.\n\nNovakova conveyed the greetings of Czech Minister of Trade "
                    "Pavel Dvorak, whose visit to Erbil in March, during which he was to meet the prime minister, was "
                    "postponed. Dvorak and Prime Minister Aziz instead held a video conference last month.",
                    dt.date(2025, 5, 14))
    by_kind = {(m["kind"], m["status"]): surnames(m) for m in found}
    assert by_kind[("in_person", "cancelled")] == ["Aziz", "Dvorak"]
    assert by_kind[("video_call", "occurred")] == ["Aziz", "Dvorak"]
    assert by_kind[("in_person", "occurred")] == ["Aziz", "Novakova"]


def test_an_mp_for_a_seat_the_model_takes_for_a_person_is_one_person(extract):
    [m] = extract("Mrs Ellery, MP for Kettering North, met Liberal leader Hugh Sandys on Monday.", None)
    assert surnames(m) == ["Ellery", "Sandys"]


def test_the_prime_minister_is_whoever_a_headline_called_pm(extract):
    found = extract("PM Aziz receives Czech delegation\n\nERBIL, May 14 - Prime Minister Karwan Aziz on Tuesday "
                    "received a delegation headed by Deputy Minister Jana Novakova.\n\nNovakova said Czech Minister "
                    "of Trade Pavel Dvorak would meet the prime minister in Erbil next month.", dt.date(2025, 5, 14))
    [planned] = [m for m in found if m["status"] == "planned"]
    assert surnames(planned) == ["Aziz", "Dvorak"]


@pytest.mark.parametrize(("other", "who"), [
    ("the Italian economy minister, Paolo Corti,", "Corti"),
    ("the Pope at the Vatican", "Pope"),
])
def test_a_meeting_with_only_its_other_side_named_is_the_travellers(extract, other, who):
    found = extract(f"Vatican backs debt plan\n\nThe Chancellor, Colin Strand, has won the Vatican's backing.\n\n"
                    f"Mr Strand met the Secretary of State, Cardinal Pietro Lanza, at the Apostolic Palace on Monday.\n\n"
                    f"An audience with {other}, which had been pencilled in for the same afternoon, was cancelled "
                    f"because of ill health, Vatican officials said.", None)
    [cancelled] = [m for m in found if m["status"] == "cancelled"]
    assert surnames(cancelled) == sorted(["Strand", who])


def test_talks_between_one_named_side_and_a_body_take_no_traveller(extract):
    found = extract("LA PAZ, March 18 - President Ana Quispe met Peruvian President Jorge Salas on Tuesday.\n\nIn La "
                    "Paz, talks between Public Works Minister Teresa Rocha and the transport federation that were set "
                    "for Wednesday have been postponed, the ministry said.", dt.date(2026, 3, 18))
    assert all("Quispe" not in surnames(m) or "Rocha" not in surnames(m) for m in found)


def test_spoke_with_someone_to_protest(extract):
    [m] = extract("Manila's special envoy to China, Rosa Dimaano, spoke by phone on Thursday with Chinese Vice "
                  "Foreign Minister Liang Wei to protest against the use of water cannon, the Department of Foreign "
                  "Affairs said.", dt.date(2025, 12, 5))
    assert (surnames(m), m["kind"], m["date"]) == (["Dimaano", "Wei"], "phone_call", "2025-12-04")


def test_an_international_bodys_unnamed_head_is_a_described_side(extract):
    [m] = extract("DODOMA, Nov 28 - President Halima Bakari spoke by phone with the IMF's managing director on "
                  "Tuesday, according to State House.", dt.date(2024, 11, 28))
    assert [p["name"] for p in m["participants"]] == ["Halima Bakari", "IMF managing director"]


@pytest.mark.parametrize(("text", "title"), [
    ("KAMPALA - The Minister of State for Finance (Investment and Privatisation), Hon. Moses Atwine, yesterday held a "
     "video conference with Chinese Ambassador Wen Hai.", "Minister of State for Finance (Investment and Privatisation)"),
    ("RABAT - The Honourable Minister of State for Petroleum Resources (Gas), Hon. Ikenna Obi, has paid a courtesy call "
     "on Moroccan Energy Minister Leila Tazi in Rabat.", "Minister of State for Petroleum Resources (Gas)"),
])
def test_a_portfolio_in_brackets_and_a_style_before_the_office(extract, text, title):
    [m] = extract(text, dt.date(2024, 9, 19))
    assert m["participants"][0]["title"] == title


def test_an_ambassador_of_a_formal_country_name_posted_to_another(extract):
    [m] = extract("Finance Minister Moses Atwine held a video conference with the Ambassador of the People's Republic of China to "
                  "Uganda, H.E. Wen Hai, on the status of industrial parks.", None)
    [envoy] = [p for p in m["participants"] if p["name"] == "Wen Hai"]
    assert (envoy["title"], envoy["country"]) == ("Ambassador of the People's Republic of China to Uganda", "CN")


def test_the_day_an_agreement_was_reached_does_not_date_the_talks_it_plans(extract):
    # (The two agreeing on Wednesday is a meeting of its own: of that day, taken place.)
    agreed, resumed = extract("JAKARTA, Sept 11 (Reuters) - Indonesian Foreign Minister Dewi Lestari and her Chinese "
                              "counterpart, Xu Han, agreed on Wednesday to resume talks on a maritime code, according "
                              "to a readout.", dt.date(2025, 9, 11))
    assert (agreed["status"], agreed["date"]) == ("occurred", "2025-09-10")
    assert (resumed["status"], resumed["date"]) == ("planned", None)


def test_speeding_up_negotiations_is_no_meeting_and_the_meeting_after_it_took_place(extract):
    [m] = extract("JAKARTA, Sept 11 (Reuters) - Indonesian Foreign Minister Dewi Lestari and her Chinese counterpart, "
                  "Xu Han, agreed on Wednesday to speed up negotiations on a code of conduct, according to a readout."
                  "\n\nThe two ministers met at the ministry's Pancasila Building in central Jakarta, the statement "
                  "said.", dt.date(2025, 9, 11))
    assert (m["status"], m["location"]) == ("occurred", "Pancasila Building, Jakarta")


def test_a_first_name_the_model_takes_for_a_people_is_part_of_the_name(extract):
    [m] = extract("NAIROBI (AFP) — Kenyan President Daniel Kiprotich Langat hosted his Ugandan counterpart Eriya "
                  "Kasozi Mugisha at State House in Nairobi on Tuesday.", dt.date(2025, 2, 26))
    assert names(m) == ["Daniel Kiprotich Langat", "Eriya Kasozi Mugisha"]


def test_talks_due_on_a_visit_put_off_and_the_call_between_the_two_leaders(extract):
    found = extract("Kenyan President Daniel Langat has postponed a visit to Kampala, where he was due to hold talks "
                    "with Ugandan President Eriya Mugisha on Friday, State House spokeswoman Mercy Wambui said.\n\n"
                    "The two leaders spoke by phone on Wednesday, she said.", dt.date(2026, 1, 15))
    assert sorted((m["kind"], m["status"], tuple(surnames(m))) for m in found) == [
        ("in_person", "cancelled", ("Langat", "Mugisha")), ("phone_call", "occurred", ("Langat", "Mugisha"))]


def test_the_two_men_named_in_the_sentence_hold_talks_of_their_own(extract):
    found = extract("Georgian leader in London\n\nPresident Levan Gogadze held talks with Foreign Secretary Robin Ash "
                    "at the Foreign Office on Tuesday.\n\nLast month Mr Gogadze stood alongside Azerbaijan's president, "
                    "Ilgar Mamedli, at a ceremony near Baku, and the two men held talks afterwards on sharing the cost "
                    "of guarding the pipeline.", None)
    assert sorted(tuple(surnames(m)) for m in found) == [("Ash", "Gogadze"), ("Gogadze", "Mamedli")]


def test_a_name_run_into_a_listed_ministry_and_an_agreement_beside_a_side(extract):
    found = extract("KUALA LUMPUR, Sept 24 - Trade Minister Harith Kamal said he met his Japanese counterpart, "
                    "Minister of Economy, Trade and Industry Ishiguro Masato, in the morning.\n\nHarith subsequently "
                    "held talks with Philippine Trade Secretary Maria Dizon on halal certification and the proposed "
                    "Asean Digital Economy Framework Agreement.", dt.date(2025, 9, 24))
    assert sorted(tuple(names(m)) for m in found) == [("Harith Kamal", "Ishiguro Masato"), ("Harith Kamal", "Maria Dizon")]


def test_a_building_named_before_what_it_is_and_the_building_told_again(extract):
    found = extract("ROME (AP) — The pope received Chilean President Ana Ruiz in a private audience on Thursday.\n\n"
                    "The audience in the Apostolic Palace lasted 20 minutes. Ruiz then held talks in the palace with "
                    "Cardinal Pietro Zanetti, the Vatican's secretary of state.\n\nOn Friday she met Italian President "
                    "Marco Bellini at the Quirinale Villa Ada presidential palace.", dt.date(2026, 4, 17))
    assert [(surnames(m)[-1], m["location"]) for m in found] == [
        ("Ruiz", "Apostolic Palace, Rome"), ("Zanetti", "Apostolic Palace, Rome"), ("Ruiz", "Quirinale Villa Ada, Rome")]


def test_a_building_the_meeting_is_told_at_again_beats_the_city(extract):
    [m] = extract("Malta's prime minister, Dr Karl Vella, held talks in Valletta on Monday with Italy's interior "
                  "minister, Paolo Ricci.\n\nThe two men met at the Auberge de Castille, the prime minister's office, "
                  "and agreed to step up patrols.", None)
    assert m["location"] == "Auberge de Castille"


@pytest.mark.parametrize("where, place", [
    ("on the Friendship International Bridge", "Friendship International Bridge"),
    ("at COEX in southern Seoul", "COEX, Seoul")])
def test_a_bridge_met_on_and_a_named_hall_in_its_city_are_the_venue(extract, where, place):
    [m] = extract(f"Trade Minister Ana Ruiz will meet her Korean counterpart, Kim Ji-ho, {where} on Tuesday.")
    assert m["location"] == place


@pytest.mark.parametrize("words, place", [("crossed Rome for talks with", "Rome"),
                                          ("held talks near Baku with", "Baku")])
def test_a_city_crossed_for_talks_or_talks_near_a_city(extract, words, place):
    [m] = extract(f"Finance Minister Tom Hale {words} the Italian economy minister, Paolo Ricci, on Monday.")
    assert m["location"] == place


def test_a_headline_with_a_colon_then_a_dateline_and_the_day_of_a_series_of_meetings(extract):
    found = extract("Kamal: RM2bil in pledges from bilateral talks\n\nKUALA LUMPUR: Malaysia secured pledges from a "
                    "series of bilateral meetings held on the sidelines of the trade ministers' meeting yesterday, "
                    "says Trade Minister Harith Kamal.\n\nHarith said he met his Japanese counterpart, Ishiguro "
                    "Masato, in the morning.", dt.date(2025, 9, 24))
    assert [(m["date"], m["location"]) for m in found] == [("2025-09-23", "Kuala Lumpur")]


def test_styles_of_address_stand_for_the_office_they_style(extract):
    found = extract("MANAMA, April 16 (BNA) -- His Majesty the King received the President of the Republic of "
                    "Latvia, Janis Ozols, at Sakhir Palace on Tuesday.\n\nHM the King welcomed the visiting President "
                    "and his accompanying delegation.\n\nOn Wednesday, His Royal Highness the Crown Prince and Prime "
                    "Minister held official talks with President Ozols at Gudaibiya Palace.", dt.date(2026, 4, 16))
    assert [names(m) for m in found] == [["King of Bahrain", "Janis Ozols"],
                                         ["Crown Prince and Prime Minister of Bahrain", "Janis Ozols"]]


def test_a_short_style_the_parser_takes_for_the_name(extract):
    [m] = extract("Minister Liis Kask held talks with Eng. Jaffar Al Sayegh on the sidelines of the forum.")
    assert names(m) == ["Liis Kask", "Jaffar Al Sayegh"]


def test_a_meeting_that_was_to_be_co_chaired_after_it_was_postponed(extract):
    found = extract("KATHMANDU, Aug 29: The fifth meeting of the Nepal-Bhutan Joint Commission, scheduled to be held "
                    "in Kathmandu next week, has been postponed, the ministry said.\n\nThe meeting was to be co-chaired "
                    "by Foreign Minister Anita Rai and Bhutan's Foreign Minister Sonam Dorji.", dt.date(2025, 8, 29))
    assert [(m["status"], surnames(m)) for m in found] == [("cancelled", ["Dorji", "Rai"])]
    [m] = extract("The commission meeting was to be co-chaired by Foreign Minister Anita Rai and Bhutan's Foreign "
                  "Minister Sonam Dorji.")
    assert m["status"] == "planned"


def test_what_a_denied_report_said_was_denied(extract):
    [m] = extract("CARACAS (AP) — The government on Wednesday denied that its oil minister had met secretly with a "
                  "US envoy last weekend, calling a newspaper report \"pure fiction.\"\n\nThe report, which cited two "
                  "people familiar with the talks, said Oil Minister Pedro Rangel and US envoy Mark Tread met in "
                  "Bridgetown on Saturday.", dt.date(2025, 10, 16))
    assert (m["status"], m["location"], surnames(m)) == ("denied", "Bridgetown", ["Rangel", "Tread"])


def test_a_readout_of_a_working_visit_day_by_day(extract):
    found = extract("Embassy press release\n\nOn 16 November, in Riyadh, Undersecretary Ana Ochoa held a meeting with "
                    "the Vice Minister of Foreign Affairs of Saudi Arabia, Eng. Sami Al-Rasheed.\n\nOn 17 November, "
                    "Undersecretary Ochoa and Vice Minister Al-Rasheed co-chaired the Fourth Meeting of the Mechanism "
                    "for Political Consultations between Mexico and Saudi Arabia.\n\nThe same day, the Undersecretary "
                    "met with the Chairman of the Friendship Committee of the Shura Council, Dr. Ziyad Al-Zahrani, and "
                    "later with the Secretary-General of the Federation of Saudi Chambers, with whom she discussed a "
                    "business forum in 2026.\n\nOn 18 November, in Kuwait City, the Undersecretary was received by the "
                    "Deputy Minister of Foreign Affairs of Kuwait, Ambassador Khaled Al-Fadhli.\n\nA meeting scheduled "
                    "for 19 November with the Director-General of the Kuwait Fund, Marzouq Al-Shatti, was cancelled.",
                    dt.date(2025, 11, 20))
    assert [(m["date"], m["status"], names(m)) for m in found] == [
        ("2025-11-16", "occurred", ["Ana Ochoa", "Sami Al-Rasheed"]),
        ("2025-11-17", "occurred", ["Ana Ochoa", "Sami Al-Rasheed"]),
        ("2025-11-17", "occurred", ["Ana Ochoa", "Ziyad Al-Zahrani"]),
        ("2025-11-17", "occurred", ["Ana Ochoa", "Secretary-General of the Federation of Saudi Chambers"]),
        ("2025-11-18", "occurred", ["Ana Ochoa", "Khaled Al-Fadhli"]),
        ("2025-11-19", "cancelled", ["Ana Ochoa", "Marzouq Al-Shatti"])]


def test_a_presidential_press_release_of_a_series_of_meetings(extract):
    found = extract("Press Service of the President\n\nPresident of the Kyrgyz Republic Askar Beishenov held a number "
                    "of bilateral meetings in Abu Dhabi on 13-14 January.\n\nOn 13 January, the Head of State was "
                    "received by the President of the United Arab Emirates at Qasr Al Watan.\n\nOn 14 January, the "
                    "President met with the Prime Minister of Latvia, Janis Ozols.", dt.date(2026, 1, 15))
    assert [(names(m), m["location"]) for m in found] == [
        (["Askar Beishenov", "President of the United Arab Emirates"], "Qasr Al Watan"),
        (["Askar Beishenov", "Janis Ozols"], "Abu Dhabi")]
    assert found[0]["participants"][0]["title"] == "President of the Kyrgyz Republic"


def test_a_name_run_past_an_office_is_one_sentence(extract):
    [m] = extract("SEOUL, Feb 4 (Reuters) - South Korea's Trade Minister Ryu Seong-ho met Qatar's Minister of State "
                  "for Energy Affairs Yousef bin Jaber Al Kuwari in Doha on Tuesday, the ministry said.", dt.date(2026, 2, 4))
    assert (sorted(names(m)), m["location"]) == (["Ryu Seong-ho", "Yousef bin Jaber Al Kuwari"], "Doha")


def test_a_short_form_in_brackets_is_not_the_venue(extract):
    [m] = extract("Trade Minister Harith Kamal met Japan's trade minister, Ishiguro Masato, at the Kuala Lumpur "
                  "Convention Centre (KLCC) on Tuesday.")
    assert m["location"] == "Kuala Lumpur Convention Centre"


def test_a_planned_meeting_that_did_not_take_place_is_the_travellers_and_called_off(extract):
    found = extract("ASTANA - Foreign Minister Murat Bekov held talks with Finnish Foreign Minister Outi Virtanen in "
                    "Helsinki on Sept. 16.\n\nIcelandic Foreign Minister Anna Sveinsdottir held a phone call with "
                    "Bekov on Tuesday.\n\nA planned meeting with Swedish Trade Minister Fredrik Berg on Sept. 17 did "
                    "not take place, as the Swedish minister had to return to Stockholm.", dt.date(2024, 9, 18))
    assert [(m["status"], surnames(m)) for m in found][-1] == ("cancelled", ["Bekov", "Berg"])
    [m] = extract("The talks between Foreign Minister Anna Berg and Foreign Minister Ivan Petrov did not go ahead.")
    assert m["status"] == "cancelled"
    assert extract("No meeting between Foreign Minister Anna Berg and Foreign Minister Ivan Petrov took place.") == []


def test_an_unnamed_emir_is_named_as_a_monarch_and_an_unnamed_source_is_no_side(extract):
    found = extract("DOHA (AFP) — Qatar's emir received Senegalese President Mamadou Sarr at the Amiri Diwan on "
                    "Tuesday.\n\nSarr's talks with Qatar's Prime Minister Fahad Al Kuwari, which had been set for "
                    "Wednesday, were postponed, a Senegalese diplomat told AFP.", dt.date(2025, 10, 22))
    assert [(m["status"], names(m), m["location"]) for m in found] == [
        ("occurred", ["Emir of Qatar", "Mamadou Sarr"], "Amiri Diwan, Doha"),
        ("cancelled", ["Mamadou Sarr", "Fahad Al Kuwari"], "Doha")]


def test_the_two_sides_read_as_their_states_tell_more_of_the_meeting_before(extract):
    found = extract("KUWAIT, Nov 13 (KUNA) -- The Crown Prince affirmed the relations between the State of Kuwait "
                    "and the Republic of Kazakhstan.\n\nEarlier in the day, Kuwait's Foreign Minister Adel Al-Roumi "
                    "held official talks with Kazakh Foreign Minister Murat Bekov at the Foreign Ministry in Kuwait "
                    "City. The two sides reviewed bilateral relations and ways to enhance them, and exchanged views "
                    "on regional and international issues of mutual interest.", dt.date(2025, 11, 13))
    assert [(m["kind"], surnames(m)) for m in found] == [("in_person", ["Al-Roumi", "Bekov"])]


def test_the_office_before_a_styled_name_is_the_title_and_the_office_named_again_is_hers(extract):
    found = extract("ABUJA - The Honourable Minister of State for Foreign Affairs, Ambassador Zainab Bako, on Tuesday "
                    "received a delegation from Saudi Arabia led by the Deputy Minister of Agriculture, Abdullah "
                    "Al-Shammari, at the Ministry of Foreign Affairs.\n\nAlso on Tuesday, the Ambassador of Bahrain to "
                    "Nigeria, Yousif Al-Doseri, paid a courtesy call on the Minister of State.", dt.date(2024, 5, 22))
    assert [names(m) for m in found] == [["Zainab Bako", "Abdullah Al-Shammari"], ["Yousif Al-Doseri", "Zainab Bako"]]
    assert found[0]["participants"][0]["title"] == "Minister of State for Foreign Affairs"


def test_a_state_visit_programme_lunch_with_a_mayor_dinner_hosted_and_the_call_that_prepared_it(extract):
    found = extract("Kazakh leader in London\n\nThe president of Kazakhstan, Bolat Zhanov, arrived in London on "
                    "Monday.\n\nOn Wednesday he is due to have lunch with the Lord Mayor of London at Mansion House, "
                    "before a dinner at Lancaster House hosted by the Foreign Secretary, Peter Hale.\n\nThe visit was "
                    "prepared in a telephone call last week between Trade Secretary Helen Carr and Kazakhstan's energy "
                    "minister, Kairat Seitov.", None)
    assert [(m["kind"], m["status"], names(m), m["location"]) for m in found] == [
        ("in_person", "planned", ["Bolat Zhanov", "Mayor of London"], "Mansion House, London"),
        ("in_person", "planned", ["Bolat Zhanov", "Peter Hale"], "Lancaster House, London"),
        ("phone_call", "occurred", ["Helen Carr", "Kairat Seitov"], None)]
    assert extract("Mr Blair said he was prepared to meet union leader Tom Smith.") == []


def test_more_than_six_hours_with_someone_and_a_city_named_before_its_building(extract):
    [m] = extract("Union leader Gordon Penn spent more than six hours with the managing director, Alison Thrale, on "
                  "Tuesday.", None)
    assert surnames(m) == ["Penn", "Thrale"]
    [m] = extract("Union leader Gordon Penn held talks with managing director Alison Thrale at the Birmingham "
                  "offices of the conciliation service Acas on Tuesday.", None)
    assert m["location"] == "Birmingham"


def test_talks_with_each_in_turn_the_second_the_following_day(extract):
    found = extract("OSLO - Prime Minister Sigrid Haug is due to hold talks with Saudi Arabia's crown prince in "
                    "Riyadh on Monday and with the Emir of Qatar in Doha the following day, her office said.",
                    dt.date(2025, 3, 5))
    assert [(m["date"], m["location"]) for m in found] == [("2025-03-10", "Riyadh"), ("2025-03-11", "Doha")]


def test_a_strike_called_off_after_someone_held_talks_the_talks_took_place(extract):
    [m] = extract("A similar strike in 2003 was called off at the last minute after the union's then president, "
                  "Musa Ringa, held overnight talks with President Emeka Adeba at the villa.", None)
    assert (m["status"], surnames(m)) == ("occurred", ["Adeba", "Ringa"])


def test_the_leadership_of_a_body_led_by_its_president_with_the_place_and_day_after(extract):
    [m] = extract("The Minister of Trade, Ama Boateng, spoke in Kumasi on Monday. The Minister also met the leadership "
                  "of the Chamber of Ghana Millers, led by its President, Dr Kofi Asare-Bediako, at the chamber's "
                  "secretariat in Kumasi last Friday.", dt.date(2025, 2, 12))
    assert (surnames(m), m["date"], m["location"]) == (["Asare-Bediako", "Boateng"], "2025-02-07", "Kumasi")
    # The board, headed by its president, with a Latin American style ("Ing.") before his name.
    [m] = extract("LIMA — Peru's Minister of Energy, Rosa Quispe Huamán, met with the board of directors of the "
                  "Peruvian-Canadian Chamber of Commerce, headed by its president, Ing. Tomás Valdivia Rojas, on "
                  "Monday.", dt.date(2025, 3, 19))
    assert (surnames(m), m["date"]) == (["Huamán", "Rojas"], "2025-03-17")


def test_talks_that_open_a_sentence_telling_of_no_one_else_are_the_travellers(extract):
    found = extract("Deputy Prime Minister Rustam Aliyev of Uzbekistan met the head of Qatar Airways, Akbar Salem, in "
                    "Doha on Monday. Following talks with the company's chairman, Omar Fahd, an agreement was signed "
                    "on ten new routes.", dt.date(2026, 6, 3))
    assert [surnames(m) for m in found] == [["Aliyev", "Salem"], ["Aliyev", "Fahd"]]
    # A sentence that names who held the talks is read as it stands.
    [_, m] = extract("Deputy Prime Minister Rustam Aliyev of Uzbekistan met the head of Qatar Airways, Akbar Salem, in "
                     "Doha on Monday. After talks with the airline's chairman, Omar Fahd, the minister's deputy, Sanjar "
                     "Karimov, said ten routes would open.", dt.date(2026, 6, 3))
    assert surnames(m) == ["Fahd", "Karimov"]


def test_a_review_begun_with_talks_with_someone_is_the_missions_led_by_a_name_told_next(extract):
    found = extract("ACCRA, March 11 - A World Bank mission began its third review of Ghana's energy reforms on Tuesday with "
                    "talks with Finance Minister Yaw Mensah-Bonsu, the ministry said. The mission, led by Ingrid "
                    "Halvorsen, is expected to meet President Kojo Antwi next week.", dt.date(2026, 3, 11))
    assert [(surnames(m), m["status"], m["date"]) for m in found] == [
        (["Halvorsen", "Mensah-Bonsu"], "occurred", "2026-03-10"), (["Antwi", "Halvorsen"], "planned", None)]


def test_the_next_round_of_shuttle_diplomacy_is_no_fixture(extract):
    [m] = extract("Prime Minister Kenji Arata and South Korean President Lee Dong-min are expected to meet in Busan "
                  "next month for the next round of \"shuttle diplomacy\".", dt.date(2025, 11, 18))
    assert (m["status"], m["location"], names(m)) == ("planned", "Busan", ["Kenji Arata", "Lee Dong-min"])


def test_a_meeting_between_a_minister_of_portfolios_listed_in_lower_case_and_another(extract):
    [m] = extract("A meeting between Peru's minister of production, foreign trade and tourism, Carmen Rosa Llosa "
                  "Vargas, and Chilean Economy Minister Andrés Fuenzalida Roa, scheduled for Friday in the border "
                  "city of Tacna, has been postponed, the ministry said.", dt.date(2025, 2, 13))
    assert (m["status"], m["date"], m["location"]) == ("cancelled", "2025-02-14", "Tacna")
    assert [(p["name"], p["country"]) for p in m["participants"]] == [
        ("Carmen Rosa Llosa Vargas", "PE"), ("Andrés Fuenzalida Roa", "CL")]


def test_a_meeting_of_two_countries_ministers_named_beside_them(extract):
    [m] = extract("A meeting of the two countries' fisheries ministers, Kofi Amankwah of Ghana and Ibrahima Sow of "
                  "Senegal, that had been planned for Monday in Dakar has been postponed, the statement added.",
                  dt.date(2025, 5, 22))
    assert (m["status"], m["location"], surnames(m)) == ("cancelled", "Dakar", ["Amankwah", "Sow"])
    # A body's meeting with some of those at it named is not one between them.
    assert extract("A meeting of EU finance ministers, including Gordon Brown and Hans Eichel, will be held in "
                   "Brussels on Monday.", dt.date(2005, 1, 14)) == []


def test_talks_with_a_body_led_by_someone_are_with_its_leader(extract):
    [m] = extract("In Sucre, talks between Mining Minister Rosa Mamani Quispe and the cooperative miners' "
                  "federation, led by its executive secretary Hugo Condori, that were set for Wednesday have been "
                  "postponed, the ministry said.", dt.date(2026, 3, 17))
    assert (m["status"], m["location"], surnames(m)) == ("cancelled", "Sucre", ["Condori", "Quispe"])


def test_lunch_at_a_named_house_with_someone(extract):
    found = extract("Kenya's President Daniel Mbugua arrived in London on Monday. He later had lunch at Lancaster "
                    "House with International Development Secretary Anne Fenwick, who announced new aid.",
                    dt.date(2024, 12, 10))
    assert [(surnames(m), m["location"], m["date"]) for m in found] == [
        (["Fenwick", "Mbugua"], "Lancaster House, London", "2024-12-09")]


def test_the_two_men_are_those_of_the_meeting_just_told_one_of_them_as_he(extract):
    found = extract("Kenya's President Daniel Mbugua held talks with Chancellor Peter Lane at the Treasury. The two men "
                    "discussed debt relief.\n\nHe later had lunch with Development Secretary Anne Fenwick, who "
                    "announced new aid.\n\nMs Fenwick said Kenya was a model for the continent. The two men last met in "
                    "Nairobi in November.", dt.date(2024, 12, 10))
    assert [surnames(m) for m in found] == [["Lane", "Mbugua"], ["Fenwick", "Mbugua"], ["Fenwick", "Mbugua"]]
    assert (found[2]["location"], found[2]["date"]) == ("Nairobi", "2024-11-01")


def test_a_building_named_without_its_city_in_a_readout_is_in_the_city_of_the_day_before(extract):
    found = extract("On 3 March, in Doha, Deputy Minister Lucía Ferrer Ibáñez held a meeting with the Minister of State "
                    "of Qatar, Khalid Al-Misnad.\n\nOn 4 March, the Deputy Minister met the Speaker of the Shura "
                    "Council, Hassan Al-Ghanim, at the Shura Council building.\n\nThe same day, the Deputy Minister met "
                    "with the Chairman of the Qatar Chamber, Sheikh Faisal Al-Thani.", dt.date(2025, 3, 6))
    assert [(m["date"], m["location"]) for m in found] == [
        ("2025-03-03", "Doha"), ("2025-03-04", "Shura Council building, Doha"),
        ("2025-03-04", "Shura Council building, Doha")]
    assert surnames(found[2]) == ["Al-Thani", "Ibáñez"]


def test_a_meeting_with_a_party_by_its_initials_put_back_because_of_a_funeral_elsewhere(extract):
    found = extract("Northern Ireland Secretary Paul Trevor met Sinn Fein on Monday. A separate meeting between Mr "
                    "Trevor and the SDLP, which had been arranged for Tuesday, has been put back because of the "
                    "funeral of a party councillor in Newry.", dt.date(2024, 10, 8))
    assert [(names(m)[-1], m["status"], m["location"]) for m in found] == [
        ("Sinn Fein", "occurred", None), ("SDLP", "cancelled", None)]
    [m] = extract("The meeting between Mr Trevor and the Alliance Party has been pushed back to next week.", None)
    assert m["status"] == "cancelled"


def test_a_delegation_received_then_told_as_headed_by_someone(extract):
    [m] = extract("Energy Minister Marcelo Quispe received a delegation from Japanese trading house Kanzaki Corp at the "
                  "ministry in La Paz on Monday. The delegation was headed by Kanzaki's executive vice president for "
                  "metals, Takemura Ryo, and included engineers.", dt.date(2026, 10, 27))
    assert (surnames(m), m["date"]) == (["Quispe", "Ryo"], "2026-10-26")


def test_talks_with_a_counterpart_named_and_another_listed_after_the_name(extract):
    [m] = extract("Foreign Secretary Peter Hale held two days of talks at Lancaster House in London with his Spanish "
                  "counterpart, Miguel Ángel Robles, and Gibraltar's Chief Minister, Albert Rizzo.", None)
    assert surnames(m) == ["Hale", "Rizzo", "Robles"]


def test_an_office_for_a_region_before_a_hyphenated_name(extract):
    [m] = extract("World Bank Vice President for Europe and Central Asia Ingrid Solberg-Dahl was received by "
                  "President Joseph Mutua at State House on Monday.", dt.date(2025, 10, 14))
    assert [(p["name"], p["title"]) for p in m["participants"]] == [
        ("Ingrid Solberg-Dahl", "World Bank Vice President for Europe and Central Asia"), ("Joseph Mutua", "President")]


def test_talks_before_travelling_on_to_meet_someone_a_day_to_come(extract):
    found = extract("Mr Rao is due to hold talks with the chancellor, Grace Whitby, at the Treasury on Thursday, before "
                    "travelling to Edinburgh on Friday to meet Scotland's First Minister, Callum Reid.",
                    dt.date(2025, 6, 24))
    assert [(surnames(m), m["status"], m["date"], m["location"]) for m in found] == [
        (["Rao", "Whitby"], "planned", "2025-06-26", "Treasury"), (["Rao", "Reid"], "planned", "2025-06-27", "Edinburgh")]


def test_called_one_leader_on_saturday_and_another_on_sunday(extract):
    found = extract("Edward Lane called Pakistan's prime minister, Naeem Bhatti, on Saturday and India's prime minister, "
                    "Devendra Rao, on Sunday, Downing Street said.", dt.date(2025, 5, 12))
    assert sorted((m["kind"], m["date"], names(m)) for m in found) == [
        ("phone_call", "2025-05-10", ["Edward Lane", "Naeem Bhatti"]),
        ("phone_call", "2025-05-11", ["Edward Lane", "Devendra Rao"])]


def test_met_the_leaders_of_two_parties_named_after_them(extract):
    [m] = extract("Prime Minister Karen Lund met the leaders of the Liberal party and the Moderates, Sören Brix and "
                  "Lotte Dam, at her residence on Sunday.", dt.date(2026, 3, 30))
    assert (surnames(m), m["date"]) == (["Brix", "Dam", "Lund"], "2026-03-29")
    assert extract("Prime Minister Karen Lund met the leaders of the opposition parties on Sunday, aides said.",
                   dt.date(2026, 3, 30)) == []


def test_a_building_whose_city_follows_it_after_a_comma(extract):
    [m] = extract("Trade Minister Halima Garba on Wednesday received the Ambassador of Peru, Jorge Salas Quiroga, at the "
                  "Ministry of Industry, Abuja.", dt.date(2025, 7, 3))
    assert (surnames(m), m["location"]) == (["Garba", "Quiroga"], "Ministry of Industry, Abuja")
    [m] = extract("Trade Minister Halima Garba on Wednesday received the Ambassador of Peru, Jorge Salas Quiroga, at the "
                  "Ministry of Industry, Nigeria's capital being closed to traffic.", dt.date(2025, 7, 3))
    assert m["location"] == "Ministry of Industry"


def test_received_at_the_ministry_an_ambassador_posted_to_the_host_state(extract):
    [m] = extract("On 2 June, Deputy Foreign Minister Dana Mukanova received at the Ministry the Ambassador of the "
                  "Kingdom of Norway to the Republic of Kazakhstan, Eirik Holm.", dt.date(2025, 6, 3))
    assert (surnames(m), m["date"], m["location"]) == (["Holm", "Mukanova"], "2025-06-02", "Ministry")


def test_the_headline_meeting_takes_the_building_the_story_gives_not_the_dateline(extract):
    [m] = extract("His Highness the Crown Prince receives Chilean Foreign Minister\n\nDOHA, June 4 (QNA) -- His Highness the Crown "
                  "Prince Sheikh Fahad bin Ali Al Thani received at Lusail Palace today Chile's Minister of Foreign "
                  "Affairs Rosa Undurraga.", dt.date(2025, 6, 4))
    assert (surnames(m), m["date"], m["location"]) == (["Thani", "Undurraga"], "2025-06-04", "Lusail Palace")


def test_the_whole_name_of_a_building_in_its_city(extract):
    found = extract("Interior Minister Rafael Ocampo received his Chilean counterpart at the San Martín Palace in Lima "
                    "on Monday.\n\nGovernor Dale Pruitt met Governor Marisol Treviño Garza at the Palacio de Gobierno in "
                    "Saltillo on Tuesday.\n\nTrade Secretary Olivia Marsh met Arjun Khatri-Bose, chairman of Deccan "
                    "Alloys, at the Department for Energy and Industry in London on Wednesday.\n\nThe talks between "
                    "Foreign Minister Palesa Moloi and Deputy Minister Sipho Dube were held at the department's OR "
                    "Tambo Building in Pretoria on Thursday.", dt.date(2025, 9, 5))
    assert [m["location"] for m in found] == [
        "San Martín Palace, Lima", "Palacio de Gobierno, Saltillo", "Department for Energy and Industry, London",
        "OR Tambo Building, Pretoria"]


def test_the_place_of_a_meeting_with_a_delegation_hung_on_its_leader(extract):
    found = extract("Scotland Secretary Ewan Baird will meet a Plaid delegation led by Mr Rhys Tudor at Holyrood on "
                    "Monday.\n\nOn 9 May, President Arif Gasimli received a delegation led by the Deputy Speaker of "
                    "the Senate, Marta Ricci-Lenzi, at the Gabala residence.", dt.date(2025, 5, 10))
    assert [(surnames(m), m["location"]) for m in found] == [
        (["Baird", "Tudor"], "Holyrood"), (["Gasimli", "Ricci-Lenzi"], "Gabala residence")]


def test_where_a_meeting_to_come_is_told_by_a_where_clause_or_there(extract):
    found = extract("Mr Hollis will fly home via Vienna, where he is expected to meet the IAEA's director general, Rafael "
                    "Ortiz, on Saturday.\n\nMs Chen left for Bangkok on Wednesday evening and is due to meet Thai Prime "
                    "Minister Anan Wongsakul there on Friday.", dt.date(2025, 4, 2))
    assert [(surnames(m), m["location"]) for m in found] == [
        (["Hollis", "Ortiz"], "Vienna"), (["Chen", "Wongsakul"], "Bangkok")]


def test_a_place_inside_an_office_is_not_where_they_met(extract):
    [m] = extract("Defence Secretary Tom Hale then flew to Kandahar, where he met Gen Sir Peter Walsh, the commander of "
                  "British forces in southern Afghanistan, at the airfield.", dt.date(2025, 4, 2))
    assert (surnames(m), m["location"]) == (["Hale", "Walsh"], "Kandahar")


def test_offices_in_a_city_the_model_takes_for_a_body(extract):
    [m] = extract("Trade Minister Rosa Ibarra met with the board of the Peruvian-German Chamber of Commerce, headed by its "
                  "president, Klaus Weber, at the chamber's offices in Arequipa on Monday.", dt.date(2025, 4, 2))
    assert m["location"] == "Arequipa"


def test_a_meeting_told_after_a_lead_that_dates_what_both_sides_did(extract):
    found = extract("Vietnamese Foreign Minister Tran Thi Mai and her Malaysian counterpart, Ahmad Faisal Rahman, "
                    "agreed on Wednesday to speed up a border survey.\n\nThe two "
                    "ministers met at the ministry's guest house in Hanoi, a statement said.\n\nA day earlier, Mai spoke "
                    "by telephone with Philippine Foreign Secretary Ramon Dizon about maritime security.",
                    dt.date(2025, 5, 8))
    assert [(m["kind"], m["date"]) for m in found] == [("in_person", "2025-05-07"), ("phone_call", "2025-05-06")]


def test_the_same_day_and_the_morning_count_from_the_day_the_lead_tells(extract):
    [m] = extract("Ghana and Portugal signs deals\n\nBy OUR CORRESPONDENT\n\nGhana and Portugal yesterday signed two "
                  "agreements on fisheries during a one-day visit to Accra by Portugal's Foreign Minister, Rui Tavares "
                  "Pinto.\n\nMr Tavares Pinto paid a courtesy call on President Kwesi Boakye at Jubilee House in the "
                  "morning.", dt.date(2026, 5, 28))
    assert (surnames(m), m["date"]) == (["Boakye", "Pinto"], "2026-05-27")
    [m] = extract("Trade Minister Paul Ekane held talks with a senior official of the regional development bank in "
                  "Kigali last Thursday, the ministry said on Monday.\n\nThe minister also met Rwanda's Minister of "
                  "Infrastructure, Jean Mugabo, in Kigali the same day.", dt.date(2026, 9, 22))
    assert (surnames(m), m["date"]) == (["Ekane", "Mugabo"], "2026-09-17")


def test_a_trip_made_for_talks_and_a_call_about_flights_that_were_cancelled(extract):
    [m] = extract("The ministry said Ms Novak had travelled to Vienna on June 3 only for talks with Austrian State "
                  "Secretary Karl Huber on gas transit.", dt.date(2025, 6, 20))
    assert (surnames(m), m["status"]) == (["Huber", "Novak"], "occurred")
    [m] = extract("The foreign minister said on Wednesday that the ambassador in Cairo, Musa Danjuma, had spoken by phone "
                  "with Egypt's Deputy Minister of Tourism Hany Fawzi on Tuesday about 300 pilgrims stranded in Cairo "
                  "after their return flights were cancelled.", dt.date(2025, 6, 19))
    assert (surnames(m), m["status"]) == (["Danjuma", "Fawzi"], "occurred")


def test_a_call_in_the_past_tense_before_a_visit_to_come_happened(extract):
    [m] = extract("Her visit comes a week after President Anton Melnyk spoke by telephone to Prime Minister Clara Voss.",
                  dt.date(2025, 5, 20))
    assert (m["kind"], m["status"]) == ("phone_call", "occurred")


def test_an_unnamed_office_of_a_country_before_a_time(extract):
    # The model tags "Uzbekistan" as a nationality here; "the same day" follows the office.
    [talks, audience] = extract("Latvian minister Ilze Kalnina arrived in Samarkand on Monday. On Wednesday she will hold "
                                "talks with Deputy Prime Minister Bakhrom Yusupov. She will be received by the President "
                                "of Uzbekistan the same day.")
    assert surnames(talks) == ["Kalnina", "Yusupov"]
    assert names(audience) == ["Ilze Kalnina", "President of Uzbekistan"]
    assert audience["participants"][1]["country"] == "UZ"
    assert audience["date"] == talks["date"] == "2025-03-26"


def test_two_offices_joined_by_a_dash_and_portfolios_listed_before_the_name(extract):
    [meeting] = extract("Deputy Prime Minister – Minister of Energy, Mining and Trade of the Republic of Moldova "
                        "Victor Rusu paid a working visit to Oman. In Muscat, the Deputy Prime Minister held talks "
                        "with Omani Energy Minister Salim Al Aufi.")
    rusu = meeting["participants"][0]
    assert rusu["name"] == "Victor Rusu" and rusu["country"] == "MD"
    assert rusu["title"].startswith("Deputy Prime Minister – Minister of Energy, Mining and Trade")
    assert surnames(meeting) == ["Aufi", "Rusu"]


def test_a_bare_office_is_the_one_the_story_follows(extract):
    found = extract("Minister for Development Aino Laine will visit Georgia and Armenia next week. In Tbilisi, "
                    "Minister Laine will meet Georgia's Minister of Economy, Levan Gelashvili. In Yerevan, the "
                    "Minister will hold talks with Armenian Deputy Prime Minister Aram Sargsyan.")
    assert sorted(surnames(m) for m in found) == [["Gelashvili", "Laine"], ["Laine", "Sargsyan"]]


def test_a_title_case_dateline_before_an_agency_is_no_party(extract):
    found = extract("Tirana (ATA) - Albanian Foreign Minister Elona Hoxha received the Ambassador of Austria, "
                    "Markus Weber, and the Ambassador of Sweden, Karin Lund, in two separate meetings at the "
                    "ministry on Thursday.")
    assert sorted(surnames(m) for m in found) == [["Hoxha", "Lund"], ["Hoxha", "Weber"]]
    assert all(m["date"] == "2025-03-20" for m in found)


def test_a_headline_naming_a_side_by_office_is_the_meeting_the_story_names(extract):
    found = extract("Chile's foreign minister meets Holy See's top diplomat\n\nChilean Foreign Minister Rosa "
                    "Vidal met the Vatican's secretary of state, Cardinal Marco Bellini, in Vatican City on "
                    "Tuesday, her ministry said.")
    [meeting] = found
    assert surnames(meeting) == ["Bellini", "Vidal"]


def test_a_visit_whose_meetings_are_told_is_no_meeting_with_the_state(extract):
    # The people met are given no country: where and when they were met tells they were the hosts.
    found = extract("Peruvian Mining Minister Rosa Quispe began a three-day visit to Chile on Monday. In "
                    "Santiago on Tuesday, she met Economy Minister Tomas Lagos and later held talks with Finance "
                    "Minister Ana Ruiz.")
    assert sorted(surnames(m) for m in found) == [["Lagos", "Quispe"], ["Quispe", "Ruiz"]]


def test_a_city_the_model_takes_for_a_body_is_visited_not_met(extract):
    found = extract("The deal will be signed by the two ministers when Mexican Economy Secretary Raul Ortega "
                    "visits Abu Dhabi in March, an official said.")
    assert all("Abu Dhabi" not in names(m) for m in found)


def test_an_abbreviated_office_in_a_headline_is_the_meeting_below(extract):
    [call] = extract("Omani FM receives phone call from Chilean counterpart\n\nMUSCAT - Foreign Minister Badr "
                     "Al Harthi received a phone call on Tuesday from Chile's Foreign Minister Ana Morales.")
    assert surnames(call) == ["Harthi", "Morales"]


def test_offices_listed_before_one_name_and_an_envoy_posted_to_the_kingdom(extract):
    found = extract("RIYADH - Minister of State for Foreign Affairs, Cabinet Member and Envoy for Climate "
                    "Affairs Faisal Al-Harbi received in his office on Tuesday the Ambassador of Norway to the "
                    "Kingdom Erik Haugland. Talks between the Kingdom and Chile were postponed.")
    meeting = found[0]
    assert names(meeting) == ["Faisal Al-Harbi", "Erik Haugland"]
    assert meeting["participants"][0]["title"].startswith("Minister of State for Foreign Affairs, Cabinet Member")
    assert meeting["participants"][1]["title"] == "Ambassador of Norway to the Kingdom"
    # The envoy posted to the Kingdom does not stand for it.
    assert all("Erik Haugland" not in names(m) for m in found[1:])


def test_union_and_employer_sides_stand_for_the_people_who_led_them(extract):
    [talks] = extract("Leaders of the Coastal Ferry Workers' Union (CFWU) spent six hours with management at "
                      "the offices of Acas in Glasgow on Tuesday. CFWU general secretary Morag Duncan said no "
                      "progress had been made. The company's negotiating team was led by its chief executive, "
                      "Iain Kerr, who called the offer fair.")
    assert surnames(talks) == ["Duncan", "Kerr"]
    # An employer's side no one is said to have led is no party.
    assert extract("Union representatives met management at the depot on Tuesday.") == []


def test_both_sides_agreeing_to_resume_talks_is_a_meeting_to_come(extract):
    found = extract("Welsh Water Workers' Union general secretary Gareth Pugh met the utility's chief "
                    "executive, Carys Morgan, in Cardiff on Monday. The talks lasted four hours. \"We are not "
                    "there yet,\" Mr Pugh said. Ms Morgan said the offer was generous. Both sides have agreed to "
                    "resume talks on Friday.")
    assert [(m["status"], m["date"]) for m in found] == [("occurred", "2025-03-17"), ("planned", "2025-03-21")]
    assert all(surnames(m) == ["Morgan", "Pugh"] for m in found)


def test_a_counterpart_named_with_a_style_then_an_office_and_a_deadline_is_no_date(extract):
    [talks] = extract("Algeria's energy minister has promised to cut gas flaring by June after talks with his "
                      "Qatari counterpart in Doha. Energy Minister Karim Bensalah met Sheikh Hamad Al Kuwari, "
                      "Qatar's minister of energy, at the ministry on Monday, officials said.")
    assert surnames(talks) == ["Bensalah", "Kuwari"]
    assert talks["participants"][1]["title"] == "minister of energy"
    assert talks["date"] == "2025-03-17"


def test_leaders_of_two_bodies_named_after_are_the_sides_not_the_bodies(extract):
    [meeting] = extract("Prime Minister Anna Berg met the leaders of the Liberal party and the Moderates, Lars Holm "
                        "and Eva Lind, at Harpsund on Sunday.")
    assert names(meeting) == ["Anna Berg", "Lars Holm", "Eva Lind"]


def test_a_hyphenated_first_name_the_model_splits_and_talks_before_an_agreement(extract):
    [talks] = extract("OSLO, March 21 (Reuters) - Norway's fisheries minister, Jan-Erik Solberg, and his Icelandic "
                      "counterpart, Anna Jonsdottir, agreed on Thursday to set up a joint patrol after talks at "
                      "the ministry in Oslo.")
    assert names(talks) == ["Jan-Erik Solberg", "Anna Jonsdottir"]
    assert (talks["status"], talks["date"]) == ("occurred", "2025-03-20")


def test_portfolios_listed_after_an_office_whatever_the_model_tagged_them(extract):
    [talks] = extract("Italian Foreign Minister Paolo Ricci arrived in Nairobi on Monday. He then held talks with "
                      "the Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs, Hon. "
                      "Grace Wanjiru Kamau, at the Old Treasury Building.")
    assert names(talks) == ["Paolo Ricci", "Grace Wanjiru Kamau"]
    assert talks["participants"][1]["title"] == "Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs"


@pytest.mark.parametrize("text, place", [
    ("Regional Prime Minister Dara Karim led a high-level delegation to Basra on Sunday for talks.", "Basra"),
    ("The deputy minister headed a trade mission to Nairobi last week.", "Nairobi"),
    ("The minister led the debate in parliament on Sunday.", None),
])
def test_a_delegation_led_to_a_city_is_a_trip_there(extractor, text, place):
    doc = extractor.nlp(text)
    verb = next(t for t in doc if t.lemma_ in ("lead", "head"))
    assert details.destination(verb) == place


def test_a_meeting_told_after_a_dated_trip_is_on_the_trips_day(extract):
    found = extract("ERBIL — Regional Prime Minister Dara Karim led a high-level delegation to Baghdad on Sunday "
                    "for talks with the federal government on public sector pay, his office said.\n\nKarim met "
                    "Iraqi Prime Minister Ali Mansour at the government palace for about two hours.")
    [met] = [m for m in found if "Ali Mansour" in names(m)]
    assert (met["date"], met["location"]) == ("2025-03-16", "Baghdad")


# Long official titles in regional and agency styles.

@pytest.mark.parametrize("text, name, title", [
    # The title pattern runs into the name; the relative clause after it is no part of the office.
    ("Minister Anna Berg met with Finnish Minister for Foreign Affairs Outi Vartiola, who hosted the ministerial "
     "meeting.", "Outi Vartiola", "Minister for Foreign Affairs"),
    # A name after the country the office is of, the complement parsed as running on to the comma.
    ("Minister Anna Berg met with Minister of Foreign Affairs and Trade of Slovenia Marko Zupan, who hosted her.",
     "Marko Zupan", "Minister of Foreign Affairs and Trade of Slovenia"),
    # Portfolios of other governments' offices.
    ("Minister Anna Berg met with Argentine Minister of Foreign Affairs, International Trade and Worship Pablo "
     "Ferreyra, who hosted her.", "Pablo Ferreyra", "Minister of Foreign Affairs, International Trade and Worship"),
    # A rank set before the office by a comma is the same person's.
    ("Minister Anna Berg met with Tunisian Minister of State, Minister of Foreign Affairs Karim Belhadj, who "
     "hosted her.", "Karim Belhadj", "Minister of State, Minister of Foreign Affairs"),
    # "Son" is a name here, not a relation.
    ("Minister Anna Berg met with Vietnamese Deputy Prime Minister and Minister of Foreign Affairs Bui Van Son "
     "on Monday.", "Bui Van Son", "Deputy Prime Minister and Minister of Foreign Affairs"),
    # The words of a region's or a body's name are no person's.
    ("Minister Anna Berg met with Secretary of the Party Committee of the Inner Mongolia Autonomous Region Li "
     "Wenbo on Monday.", "Li Wenbo", "Secretary of the Party Committee of the Inner Mongolia Autonomous Region"),
    ("Minister Anna Berg met with Chairman of the China Rail Construction Corporation Zhou Ming on Monday.",
     "Zhou Ming", "Chairman of the China Rail Construction Corporation"),
])
def test_a_long_office_before_a_name_is_the_title_not_the_name(extract, text, name, title):
    [meeting] = extract(text)
    assert names(meeting) == ["Anna Berg", name]
    assert meeting["participants"][1]["title"] == title


@pytest.mark.parametrize("text, name", [
    ("Minister Anna Berg received Ambassador Extraordinary and Plenipotentiary of Japan Kenji Sato on Monday.",
     "Kenji Sato"),
    # (Posted "to Kazakhstan": the posting, not where they met.)
    ("Minister Anna Berg received the Ambassador Extraordinary and Plenipotentiary of Japan to Kazakhstan, Kenji "
     "Sato, on Monday.", "Kenji Sato"),
    ("Minister Anna Berg received the Ambassador of the People's Republic of China to Kazakhstan Zhang Xiao on Monday.",
     "Zhang Xiao"),
])
def test_an_ambassador_extraordinary_and_plenipotentiary_is_one_office(extract, text, name):
    [meeting] = extract(text)
    assert names(meeting) == ["Anna Berg", name]
    assert meeting["location"] is None


def test_a_bare_minister_is_the_one_the_release_names_first_when_two_are_named_as_often(extract):
    found = extract("Minister Ts.Oyunaa concludes official visit to Beijing\n\n"
                    "Minister of Foreign Affairs of Mongolia Ts.Oyunaa paid an official visit to China from 8 to 10 "
                    "April at the invitation of Minister of Foreign Affairs of the People's Republic of China Wei Lan."
                    "\n\nOn 8 April, Minister Ts.Oyunaa was welcomed by Minister Wei Lan at the Diaoyutai State "
                    "Guesthouse.\n\n"
                    "On 9 April, the Minister called on Vice President of the People's Republic of China Xu Gang at the "
                    "Great Hall of the People.", dt.date(2025, 4, 11))
    [call] = [m for m in found if "Xu Gang" in names(m)]
    assert "Wei Lan" not in names(call)


def test_a_portfolios_last_word_the_model_runs_into_the_name_stays_out_of_it(extract):
    [meeting] = extract("Minister Anna Berg met with Ecuador's Minister of Foreign Affairs and Human Mobility Lucía "
                        "Paredes in Quito on Monday.")
    assert names(meeting) == ["Anna Berg", "Lucía Paredes"]


def test_a_name_with_a_two_letter_initial_is_one_person(extract):
    [meeting] = extract("Mongolian Foreign Minister Ts.Oyunaa met Kazakh Foreign Minister Aidos Serik in Astana on "
                        "Monday. Ts.Oyunaa said the talks were useful.")
    assert people(meeting) == [("Ts.Oyunaa", "MN"), ("Aidos Serik", "KZ")]


@pytest.mark.parametrize("text, name", [
    # The complement goes on past a bracket: the words before it are the body's, not a name.
    ("Speaker of the State Great Khural (Parliament) of Mongolia Bold Ganbat received Kazakh Foreign Minister "
     "Aidos Serik on Monday.", "Bold Ganbat"),
    # A surname the model tags as a body's name.
    ("Kazakh Foreign Minister Aidos Serik received Ambassador of the People's Republic of China to Mongolia Shen "
     "Minglu on Monday.", "Shen Minglu"),
])
def test_a_name_after_a_long_office_keeps_all_its_words(extract, text, name):
    [meeting] = extract(text)
    assert name in names(meeting) and "Aidos Serik" in names(meeting) and len(names(meeting)) == 2


def test_the_counted_bodies_of_a_second_round_are_whom_the_side_met_before(extract):
    first, second = extract("Transport Minister Hugo Lenoir met the leaders of the Unite and GMB unions, Sam Rowe "
                            "and Ella Marsh, at the ministry on Monday.\n\nA second round of talks between Mr Lenoir "
                            "and the two unions, which had been scheduled for Thursday, has been called off, the "
                            "ministry said.")
    assert names(first) == names(second) == ["Hugo Lenoir", "Sam Rowe", "Ella Marsh"]
    assert (first["status"], second["status"]) == ("occurred", "cancelled")


def test_a_top_diplomat_is_the_foreign_minister_named_next(extract):
    [meeting] = extract("WASHINGTON, March 21 (AP) - Chile's top diplomat sat down with Secretary of State Paul Reeve "
                        "at the State Department on Thursday. Foreign Minister Marta Ibañez told reporters after the "
                        "session that the talks had been useful.")
    assert names(meeting) == ["Marta Ibañez", "Paul Reeve"]


def test_whom_a_traveller_goes_to_meet_is_the_other_one_named(extract):
    found = extract("Trade Representative Jane Holt said she spoke with Canadian Trade Minister Priya Roy on Monday "
                    "and would travel to Ottawa next week to meet her.")
    [visit] = [m for m in found if m["status"] == "planned"]
    assert (names(visit), visit["location"]) == (["Jane Holt", "Priya Roy"], "Ottawa")


def test_an_unnamed_officer_of_a_body_is_named_body_first(extract):
    [call] = extract("Planning Minister Rana Haddad held a video call on Monday with the managing director of the "
                     "International Monetary Fund on the next review of the loan.")
    assert names(call) == ["Rana Haddad", "International Monetary Fund managing director"]


def test_an_envoys_brief_in_lower_case_is_part_of_the_title(extract):
    [talks] = extract("U.S. special envoy for Middle East peace Mark Dale is expected in Amman on Sunday for talks "
                      "with Jordanian Foreign Minister Omar Haddad, a diplomatic source said.")
    assert names(talks) == ["Mark Dale", "Omar Haddad"]
    assert talks["participants"][0]["title"] == "special envoy for Middle East peace"


def test_the_two_meeting_again_sentences_later_are_the_pair_met_before(extract):
    found = extract("HALIFAX — Premier Ruth Ellis met Vermont Governor Sam Pratt in Montpelier on Monday to discuss "
                    "power exports.\n\nThe meeting, held at the State House, lasted an hour. Ellis told reporters "
                    "that the two leaders had agreed to set up a working group. The two are expected to meet again "
                    "at a regional conference in Quebec City in September.")
    [again] = [m for m in found if m["status"] == "planned"]
    assert (names(again), again["location"]) == (["Ruth Ellis", "Sam Pratt"], "Quebec City")


def test_a_meeting_by_video_conference_with_two_is_one_call_of_three(extract):
    [call] = extract("AMMAN, March 21 (Petra) - Later today, al-Rawabdeh held a trilateral meeting by video conference "
                     "with Egyptian Foreign Minister Hisham Abdel-Aziz Mostafa and Palestinian Foreign Minister Rania "
                     "Khalil Odeh to coordinate positions.")
    assert call["kind"] == "video_call"
    assert surnames(call) == ["Mostafa", "Odeh", "al-Rawabdeh"]


def test_the_last_portfolio_the_model_runs_into_the_name_is_the_titles(extract):
    [meeting] = extract("Secretary of State Paul Reeve met Jordanian Deputy Prime Minister and Minister of Foreign "
                        "Affairs and Expatriates Nasser Fayez al-Khasawneh at the Department of State on Wednesday.")
    assert names(meeting) == ["Paul Reeve", "Nasser Fayez al-Khasawneh"]
    assert meeting["participants"][1]["title"] == (
        "Deputy Prime Minister and Minister of Foreign Affairs and Expatriates")


def test_looking_forward_to_welcoming_someone_is_a_planned_meeting_of_the_speaker(extract):
    call, visit = extract("Secretary of State Paul Reeve spoke today with Chilean Foreign Minister Marta Ibanez. The "
                          "Secretary said he looked forward to welcoming Foreign Minister Ibanez to Washington next "
                          "month for the strategic dialogue.")
    assert (call["kind"], call["status"]) == ("phone_call", "occurred")
    assert (names(visit), visit["status"], visit["location"]) == (["Paul Reeve", "Marta Ibanez"], "planned", "Washington")


def test_agreeing_to_keep_talking_sets_no_new_meeting(extract):
    [met] = extract("Trade Minister Aida Kern met Commerce Secretary Paul Roth in Washington on Tuesday. The two men "
                    "agreed to keep talking.")
    assert (met["kind"], met["status"]) == ("in_person", "occurred")


def test_an_aside_on_the_sides_after_with_is_no_other_side(extract):
    [summit] = extract("Swedish Prime Minister Anna Lind and Finnish Prime Minister Paavo Koski opened the Nordic summit "
                       "at the Stenbock House near Tallinn on Thursday, with the two leaders expected to sign "
                       "agreements on energy.")
    assert (names(summit), summit["status"]) == (["Anna Lind", "Paavo Koski"], "occurred")


def test_a_commonwealth_style_between_office_and_name_keeps_the_office(extract):
    [meeting] = extract("REGINA — Premier the Hon. Dana Whitford met with Montana Governor Carl Osgood in Helena on "
                        "Monday to discuss grain transport.")
    assert names(meeting) == ["Dana Whitford", "Carl Osgood"]
    assert meeting["participants"][0]["title"] == "Premier"


def test_an_office_with_an_adjective_then_a_styled_name_in_apposition_is_that_person(extract):
    found = extract("Transport Minister Gilles Aubin held talks with port officials in Saint John.\n\nOn Tuesday, "
                    "Premier Ruth Ellis spoke by telephone with the federal Minister of Fisheries, Hon. Omar Kassab, "
                    "about the quota.")
    [call] = [m for m in found if m["kind"] == "phone_call"]
    assert names(call) == ["Ruth Ellis", "Omar Kassab"]
    assert call["participants"][1]["title"] == "Minister of Fisheries"


def test_a_source_speaking_on_condition_of_anonymity_holds_no_conversation(extract):
    [meeting] = extract("A meeting of the two central bank governors, Omar Haddad and Sami Karam, that was set for "
                        "Friday in Valletta has been called off, two officials said, speaking on condition of "
                        "anonymity.")
    assert (names(meeting), meeting["status"]) == (["Omar Haddad", "Sami Karam"], "cancelled")


def test_an_earlier_meeting_with_no_sides_is_another_of_the_pair_just_told(extract):
    met, earlier = extract("President Kofi Amankwah and President Paul Agbeko met on Wednesday in the border town of "
                           "Aflao.\n\nIt was their first meeting in a year. An earlier summit planned for September "
                           "in Lome was postponed after Agbeko fell ill.")
    assert (names(met), met["status"]) == (["Kofi Amankwah", "Paul Agbeko"], "occurred")
    assert (names(earlier), earlier["status"], earlier["location"]) == (["Kofi Amankwah", "Paul Agbeko"], "cancelled", "Lome")


def test_a_visit_agreed_on_a_call_is_hosted_by_the_one_called(extract):
    call, visit = extract("TUNIS, Nov 23 - Tunisian President Kamel Jaziri and Libyan President Salem Fitouri spoke by "
                          "telephone on Thursday about fuel smuggling, the presidency said. The two leaders agreed that "
                          "Fitouri would visit Tunis in early December, the statement said.")
    assert call["kind"] == "phone_call"
    assert (names(visit), visit["status"], visit["location"]) == (["Salem Fitouri", "Kamel Jaziri"], "planned", "Tunis")


def test_a_summit_that_was_to_bring_two_together_has_them_for_sides(extract):
    [summit] = extract("MADRID, May 8 (EFE) - The Spain-Morocco summit that was to bring Spanish Prime Minister Elena "
                       "Marquez Soler and Moroccan Prime Minister Driss Benali together in Rabat on May 20 has been "
                       "postponed, the government said on Thursday.")
    assert names(summit) == ["Elena Marquez Soler", "Driss Benali"]
    assert (summit["status"], summit["location"], summit["date"]) == ("cancelled", "Rabat", "2025-05-20")


def test_agreeing_to_set_something_up_and_to_meet_again_plans_the_next_meeting(extract):
    summit, again = extract("The presidents of Chile, Argentina and Uruguay, Ana Rojas, Pablo Ferrer and Luis Bentancor, "
                            "gathered in Montevideo on Thursday for a summit on fisheries. The three leaders agreed to "
                            "set up a joint fund to patrol the estuary and to meet again in Santiago next year.")
    assert (summit["status"], summit["location"]) == ("occurred", "Montevideo")
    assert (surnames(again), again["status"], again["location"]) == (["Bentancor", "Ferrer", "Rojas"], "planned", "Santiago")


def test_the_same_afternoon_is_the_day_of_the_meeting_before(extract):
    first, second = extract("MAPUTO, Feb 19 - Vice President Marcos Lins called on President Jaime Nhaca at the "
                            "presidency on Wednesday. Agriculture Minister Claudio Pires met the same afternoon with "
                            "his Mozambican counterpart, Celso Tembe, on maize exports.", dt.date(2026, 2, 19))
    assert first["date"] == second["date"] == "2026-02-18"


@pytest.mark.parametrize("text", [
    "Agriculture Minister Ines Cabral met her Angolan counterpart, Tomas Neto, on Tuesday to discuss seed exports.",
    "Finance Minister Ines Cabral met Planning Minister Tomas Neto on Tuesday to review the climate goals.",
])
def test_a_sport_word_a_noun_turns_to_something_else_leaves_the_meeting(extract, text):
    [meeting] = extract(text)
    assert meeting["status"] == "occurred"


def test_a_denied_meeting_placed_elsewhere_is_not_the_one_that_took_place(extract):
    met, denied = extract("WARSAW, Oct 14 - Interior Minister Jan Nowicki conferred with his Ukrainian counterpart, "
                          "Olena Marchuk, in Chelm on Monday on smuggling. The ministry on Tuesday dismissed as "
                          "\"fiction\" a report in a Kyiv daily that Nowicki and Marchuk had held a secret meeting in "
                          "Kyiv in March.", dt.date(2025, 10, 14))
    assert (met["status"], denied["status"], denied["location"]) == ("occurred", "denied", "Kyiv")
    assert names(met) == names(denied) == ["Jan Nowicki", "Olena Marchuk"]


def test_a_session_of_a_joint_commission_its_cochairs_were_due_to_chair(extract):
    [session] = extract("A session of the joint trade commission, which Finance Minister Jan Nowicki and Economy "
                        "Minister Olena Marchuk were due to co-chair in Lublin in June, has been postponed until next "
                        "year, the ministry said.")
    assert (names(session), session["status"], session["location"]) == (
        ["Jan Nowicki", "Olena Marchuk"], "cancelled", "Lublin")


@pytest.mark.parametrize("text", ["President Jan Nowicki addressed a session of parliament on Monday.",
                                  "Jan Nowicki and Olena Marchuk attended a session of the UN General Assembly."])
def test_a_session_of_a_body_is_no_meeting(extract, text):
    assert extract(text) == []


def test_a_visit_moved_to_a_new_day_is_planned_for_that_day(extract):
    found = extract("MONTEVIDEO, March 13 - Uruguayan President Tomás Arocha Vidal and Chilean President Camila "
                    "Errandonea Mont held a video conference on Tuesday on a joint hydrogen project, the presidency "
                    "said. Arocha's visit to Santiago, initially set for next week, has been moved to April 22, when "
                    "he will meet Errandonea at La Moneda, officials said.", dt.date(2024, 3, 13))
    assert [(m["kind"], m["status"], m["date"]) for m in found] == [
        ("video_call", "occurred", "2024-03-12"), ("in_person", "planned", "2024-04-22")]
    [meeting] = extract("The meeting between Economy Minister Tomás Arocha Vidal and Finance Minister Camila "
                        "Errandonea Mont has been moved to Friday, officials said.", dt.date(2024, 3, 13))
    assert (meeting["status"], meeting["date"]) == ("planned", "2024-03-15")


def test_a_surname_the_model_tags_as_an_adjective_is_still_the_person(extract):
    # The model tags "Pavic" in "Babic-Pavic" an adjective in the last sentence.
    met, denied = extract("ZAGREB, Oct 14 (Hina) - Croatian Interior Minister Ivan Babic-Pavic conferred with his "
                          "Serbian counterpart, Nikola Peric-Jovanovic, at the border on Monday. The Croatian interior "
                          "ministry on Tuesday dismissed as \"fiction\" a report in a Belgrade daily that Babic-Pavic "
                          "and Peric-Jovanovic had held a secret meeting in Belgrade in March.", dt.date(2025, 10, 14))
    assert (denied["status"], names(denied)) == ("denied", ["Ivan Babic-Pavic", "Nikola Peric-Jovanovic"])


def test_a_meeting_noun_that_is_the_occasion_of_a_meeting_verb_is_no_second_meeting(extract):
    met, again = extract("Foreign Minister Ana Ruiz met Foreign Minister Paul Dube in Bridgetown on Tuesday. The two "
                         "foreign ministers will meet again at a meeting of the CARICOM Council in Georgetown on Dec. 9.",
                         dt.date(2025, 11, 27))
    assert (again["status"], again["location"], again["date"]) == ("planned", "Georgetown", "2025-12-09")


def test_each_office_holder_is_of_the_country_named_after_the_name(extract):
    [call] = extract("ASUNCION, March 13 - President Rodrigo Benitez of Paraguay and President Marcela Quiroga of "
                     "Bolivia spoke by telephone on Tuesday.", dt.date(2024, 3, 13))
    assert people(call) == [("Rodrigo Benitez", "PY"), ("Marcela Quiroga", "BO")]
    assert (call["kind"], call["date"]) == ("phone_call", "2024-03-12")


def test_a_name_after_the_meeting_verb_parsed_as_the_subject_of_said_is_the_one_met(extractor):
    # The parse the small model gives some such sentences, made by hand: "Fawzi" the subject of
    # "said", with the ministry in apposition to him, and "met" left without an object.
    doc = extractor.nlp("The speaker, Salem Obeidi, traveled to Cairo on Tuesday, where he met Egyptian Foreign "
                        "Minister Tarek Fawzi, Egypt's foreign ministry said.")
    fawzi, ministry, said = doc[19], doc[24], doc[25]
    fawzi.head, fawzi.dep_ = said, "nsubj"
    ministry.head, ministry.dep_ = fawzi, "appos"
    [meeting] = [m.to_json() for m in extractor._meetings(doc, dt.date(2024, 10, 2), False)]
    assert names(meeting) == ["Salem Obeidi", "Tarek Fawzi"]


def test_a_name_left_hanging_off_the_meeting_verb_is_the_one_met(extractor):
    # The parse the small model gives some such sentences, made by hand: "Hale" a "dep" of "met",
    # which is left without an object.
    doc = extractor.nlp("Kestrel's chief executive, Tan Sri Rahim Yusof, met Barlow & Finch chairman Sir Martin Hale "
                        "in Leeds last week.")
    hale = next(t for t in doc if t.text == "Hale")
    assert hale.dep_ == "dobj"
    hale.dep_ = "dep"
    [meeting] = [m.to_json() for m in extractor._meetings(doc, dt.date(2024, 10, 2), False)]
    assert names(meeting) == ["Tan Sri Rahim Yusof", "Martin Hale"]


def test_a_visit_announced_after_a_call_about_it_is_hosted_by_the_one_called(extract):
    # "he" is the subject of what the office said; the call's day is its own, not the saying's.
    visit, call = extract("TASHKENT, Dec 5 (AFP) - Uzbek President Akmal Tursunov will pay a state visit to Astana "
                          "on December 17-18, his office said Thursday, after he discussed the trip with Kazakh "
                          "President Asylbek Nurov in a phone call on Wednesday.", dt.date(2024, 12, 5))
    assert (names(visit), visit["status"], visit["date"]) == (["Akmal Tursunov", "Asylbek Nurov"], "planned", "2024-12-17")
    assert (names(call), call["kind"], call["date"]) == (["Akmal Tursunov", "Asylbek Nurov"], "phone_call", "2024-12-04")


def test_a_trip_discussed_with_someone_is_a_topic_not_a_meeting(extract):
    [call] = extract("Uzbek President Akmal Tursunov discussed the trip with Kazakh President Asylbek Nurov in a "
                     "phone call on Wednesday.", dt.date(2024, 12, 5))
    assert call["kind"] == "phone_call"


def test_a_session_one_cochaired_with_another_is_their_meeting(extract):
    [session] = extract("SOFIA, Nov 18 - Energy Minister Radu Oprea co-chaired a session of the joint commission on "
                        "the Danube bridge with Bulgarian Regional Development Minister Todor Marinov on Monday.",
                        dt.date(2025, 11, 18))
    assert (names(session), session["date"]) == (["Radu Oprea", "Todor Marinov"], "2025-11-17")


def test_a_joint_session_to_be_cochaired_by_two_named_far_after_it(extract):
    found = extract("NOUAKCHOTT, April 23 - The visit prepares the Spain-Mauritania high-level meeting, a joint "
                    "session of the two governments scheduled for June 3 in Madrid, which will be co-chaired by "
                    "Spanish Prime Minister Elena Castrillo Vidal and Mauritanian Prime Minister Cheikh Ould Baba.",
                    dt.date(2025, 4, 23))
    assert any(names(m) == ["Elena Castrillo Vidal", "Cheikh Ould Baba"] and m["status"] == "planned" for m in found)


def test_an_office_whose_brief_is_told_after_it_is_the_name_set_off_after(extract):
    [m] = extract("Kuwait's oil minister Ali Saleh held talks in Doha with Qatar's minister responsible for energy "
                  "affairs, Salim bin Rashid, on gas prices.")
    assert [(p["name"], p["title"], p["country"]) for p in m["participants"]] == [
        ("Ali Saleh", "oil minister", "KW"), ("Salim bin Rashid", "minister responsible for energy affairs", "QA")]


def test_the_head_of_a_body_met_is_the_one_the_next_sentence_names_as_the_bodys(extract):
    [m] = extract("Shipping minister Tom Hale has met the head of the Ports Authority. Mr Hale told the authority's "
                  "chief executive, Anne Moss, that the new levy would be fair.")
    assert names(m) == ["Tom Hale", "Anne Moss"]


def test_a_bare_office_opening_a_sentence_is_the_untitled_lead_of_the_sentence_before(extract):
    [m] = extract("Tony Blair has urged both sides to keep talking. The prime minister will host Mr Sharon at "
                  "Chequers next month.")
    assert [(p["name"], p["title"]) for p in m["participants"]] == [("Tony Blair", "prime minister"), ("Sharon", None)]


def test_a_spokesman_after_the_lead_is_someone_else(extract):
    [m] = extract("Tony Blair has met Italian Prime Minister Marco Rossi in Rome. The spokesman said the talks went "
                  "well.")
    assert m["participants"][0]["title"] is None


def test_a_meeting_of_the_pair_to_come_after_one_held_is_another(extract):
    found = extract("Foreign Minister Ana Lopes met her Spanish counterpart Jose Ruiz in Lisbon on Monday. Lopes will "
                    "travel to Madrid in June for a meeting of the joint commission hosted by Ruiz.",
                    published=dt.date(2025, 3, 5))
    assert [(names(m), m["status"], m["location"]) for m in found] == [
        (["Ana Lopes", "Jose Ruiz"], "occurred", "Lisbon"), (["Ana Lopes", "Jose Ruiz"], "planned", "Madrid")]


def test_the_delegation_told_before_gives_its_leader_a_country(extract):
    met = extract("A Malian trade delegation reached Dakar on Sunday. The delegation was led by Commerce Minister "
                  "Awa Traore and met Senegalese Trade Minister Ousmane Ndiaye on Monday.")
    assert [people(m) for m in met] == [[("Awa Traore", "ML"), ("Ousmane Ndiaye", "SN")]]


def test_it_opening_the_sentence_after_a_delegation_arrived_is_the_delegation(extract):
    [meeting] = extract("KHARTOUM - A Chadian delegation headed by Mines Minister Idriss Mahamat Abakar arrived in "
                        "Khartoum on Wednesday. It is expected to meet Sudanese Energy Minister Omer Hassan Bashir on "
                        "Saturday to discuss oil exports.", dt.date(2025, 2, 13))
    assert (names(meeting), meeting["status"], meeting["date"]) == (
        ["Idriss Mahamat Abakar", "Omer Hassan Bashir"], "planned", "2025-02-15")


def test_one_who_joins_the_two_by_video_link_holds_a_call_with_both(extract):
    met, call = extract("BUCHAREST - Romanian President Mircea Popescu met Moldovan President Elena Rusnac at "
                        "Cotroceni Palace on Tuesday.\n\nUkrainian Prime Minister Denys Hrytsenko joined the two "
                        "presidents by video link for part of their talks to discuss a power line.")
    assert (call["kind"], names(call)) == ("video_call", ["Denys Hrytsenko", "Mircea Popescu", "Elena Rusnac"])


def test_joining_a_body_is_no_meeting(extract):
    assert extract("Romania joined the European Union by a vote of its parliament in 2007.") == []


def test_a_counterpart_named_after_a_comma_is_that_person_whatever_the_model_tags_the_name(extract):
    # The model tags "Elena Rusnac-Gheorghiu" a body here.
    [meeting] = extract("BUCHAREST, Romania (AP) — Romanian President Mircea Aldea-Popescu hosted his Moldovan "
                        "counterpart, Elena Rusnac-Gheorghiu, at Cotroceni Palace on Tuesday.", dt.date(2025, 3, 26))
    assert sorted(people(meeting)) == [("Elena Rusnac-Gheorghiu", "MD"), ("Mircea Aldea-Popescu", "RO")]


@pytest.mark.parametrize("text, expected", [
    # The model tags "Lyonpo Tshering Sonam Dukpa" a body, and "Tshering" a verb.
    ("On Tuesday, Minister Rasheed held a virtual meeting with the Finance Minister of Bhutan, Lyonpo Tshering Sonam "
     "Dukpa, on Monday, focusing on trade.", ["Lyonpo Tshering Sonam Dukpa", "Rasheed"]),
    # The model tags "the Council Mrs Clémence Adjovi-Sossou" as one organisation: the name starts after the honorific.
    ("Cotonou, 3 March 2026 – The President of the Council, Mr Rodrigue Hounkpè-Ahouansou, received on Monday at the "
     "Presidency of the Council Mrs Clémence Adjovi-Sossou, Minister of Trade and Industry of the Republic of Togo.",
     ["Clémence Adjovi-Sossou", "Rodrigue Hounkpè-Ahouansou"]),
])
def test_a_name_the_model_tags_a_body_with_other_words_in_it_or_around_it(extract, text, expected):
    [meeting] = extract(text, dt.date(2026, 3, 3))
    assert sorted(names(meeting)) == expected


def test_one_who_did_not_join_the_two_by_video_link_holds_no_call(extract):
    [met] = extract("BUCHAREST - Romanian President Mircea Popescu met Moldovan President Elena Rusnac at "
                    "Cotroceni Palace on Tuesday.\n\nUkrainian Prime Minister Denys Hrytsenko did not join the two "
                    "presidents by video link as planned.")
    assert met["kind"] == "in_person"


def test_what_the_named_one_is_between_the_appositive_comma_and_the_name(extract):
    [meeting] = extract("Harbour dispute drags on\n\nThe port minister, Anna Kowalczyk, said she had met the "
                        "chairman of the shipping group, Norwegian businessman Lars Haugland, in Gdansk last week.",
                        None)
    assert (names(meeting)[1], meeting["participants"][1]["title"]) == ("Lars Haugland", "chairman of the shipping group")



def test_a_ministers_courtesy_rank_as_ambassador_is_not_his_office(extract):
    meetings = extract("NAIROBI - Deputy Minister of Foreign Affairs HE Ambassador Joseph Kamau Njoroge received "
                       "the Ambassador of Chile to Kenya, Maria Soto, on Tuesday.\n\nLater, the Deputy Minister "
                       "held talks with the Ambassador of Peru to Kenya, Luis Quispe.", dt.date(2025, 3, 20))
    assert {p["title"] for m in meetings for p in m["participants"] if p["name"] == "Joseph Kamau Njoroge"} == {
        "Deputy Minister of Foreign Affairs"}
    assert len(meetings) == 2


def test_one_received_named_after_the_place_is_the_guest(extract):
    [meeting] = extract("PRESS RELEASE\n\nLusaka, 14 March 2025 - The Minister of Foreign Affairs, Hon. Mulenga "
                        "Banda, received in audience at the Ministry the Ambassador of the Republic of Angola to "
                        "Zambia, H.E. Mr. Carlos Ventura, who delivered a message from his Minister.",
                        dt.date(2025, 3, 14))
    assert surnames(meeting) == ["Banda", "Ventura"]
    assert meeting["location"] != "Ambassador"


def test_an_envoys_country_is_the_one_he_is_of_not_posted_to(extract):
    [meeting] = extract("DAKAR - Foreign Minister Awa Ndiaye received in audience at the Ministry the Ambassador "
                        "of the Republic of Mali to Senegal, Mr. Oumar Traore, on Tuesday.")
    assert ("Oumar Traore", "ML") in people(meeting)


def test_a_meeting_of_the_two_presidents_is_of_the_pair_just_told(extract):
    call, put_off = extract("BISHKEK - President Aibek Osmonov spoke by phone on Thursday with Uzbek President "
                            "Rustam Karimov.\n\nA meeting of the two presidents in Tashkent, which had been expected "
                            "in July, has been postponed, an official said.")
    assert (put_off["status"], surnames(put_off), put_off["location"]) == (
        "cancelled", ["Karimov", "Osmonov"], "Tashkent")


def test_a_plural_office_written_as_a_title_is_each_of_the_two_names_after_it(extract):
    [meeting] = extract("VIENNA - Defence Ministers Karl Huber and Jana Novakova met in Vienna on Monday to discuss "
                        "air policing.")
    assert [(p["name"], p["title"]) for p in meeting["participants"]] == [
        ("Karl Huber", "defence minister"), ("Jana Novakova", "defence minister")]


def test_a_joint_body_they_co_chair_called_off_is_another_meeting_of_the_pair(extract):
    met, off = extract("ATHENS - Prime Minister Nikos Pappas and Turkish President Kemal Arslan held talks in "
                       "Athens on Tuesday.\n\nThe two leaders discussed migration. They also said the Cooperation "
                       "Council, which they co-chair and which had been scheduled to take place in Ankara in November, "
                       "will be postponed.")
    assert (met["status"], off["status"], off["location"], surnames(off)) == (
        "occurred", "cancelled", "Ankara", ["Arslan", "Pappas"])


def test_a_body_co_chaired_by_two_that_sits_is_a_meeting_of_the_two(extract):
    held, planned = extract("The joint water committee, co-chaired by Finnish Environment Minister Aino Lehtola and "
                            "Swedish Climate Minister Karl Berglund, met in Oulu on Tuesday.\n\nThe energy council, "
                            "co-chaired by Prime Minister Juha Salo and his Swedish counterpart Erik Lund, will meet "
                            "in Umea in the spring.", dt.date(2025, 6, 20))
    assert [(surnames(m), m["status"], m["location"]) for m in (held, planned)] == [
        (["Berglund", "Lehtola"], "occurred", "Oulu"), (["Lund", "Salo"], "planned", "Umea")]


def test_a_body_co_chaired_by_two_said_to_do_something_else_is_no_meeting(extract):
    assert extract("The joint water committee, co-chaired by Finnish Environment Minister Aino Lehtola and Swedish "
                   "Climate Minister Karl Berglund, was set up in 2019.") == []


def test_a_body_named_without_its_co_chairs_is_no_meeting(extract):
    [met] = extract("NAIROBI - President Daniel Kiprop met Ugandan President John Okello in Nairobi on Monday.\n\n"
                    "The Joint Commission between Kenya and Uganda was set up in 2004.")
    assert surnames(met) == ["Kiprop", "Okello"]


def test_a_photo_credit_between_a_meeting_and_the_words_about_it_is_no_sentence(extract):
    met, off = extract("ATHENS - Prime Minister Nikos Pappas and Turkish President Kemal Arslan held talks in "
                       "Athens on Tuesday.\n\n[Photo Agency]\n\nThey also said the Cooperation Council, which they "
                       "co-chair and which had been due to meet in Ankara in November, will be postponed.")
    assert (off["status"], surnames(off)) == ("cancelled", ["Arslan", "Pappas"])


def test_the_company_joined_to_a_union_is_the_firm_named_before_not_the_union(extract):
    [meeting] = extract("Bus strike talks fail\n\nTalks to avert a strike at Northway Coaches have failed, the union "
                        "said.\n\nNegotiators from the Transport Workers' Union and the company met at the offices "
                        "of Acas in Leeds on Tuesday.", None)
    assert sorted(p["name"] for p in meeting["participants"]) == [
        "Negotiators from the Transport Workers' Union", "Northway Coaches"]


def test_two_teams_led_by_officers_of_each_body_are_those_officers(extract):
    meetings = extract("Bus strike talks fail\n\nTalks to avert a strike at Northway Coaches have failed, the union "
                       "said.\n\nNegotiators from the Transport Workers' Union and the company met at the offices of "
                       "Acas in Leeds on Tuesday. The two teams were led by the union's general secretary, Alan "
                       "Bright, and Northway Coaches' managing director, Ruth Kemp.", None)
    assert [surnames(m) for m in meetings] == [["Bright", "Kemp"]]


def test_the_two_sides_agreeing_to_meet_again_paragraphs_later_are_the_storys_first_pair(extract):
    met, again = extract("Bus strike talks fail\n\nUnion leader Alan Bright met Northway Coaches managing director "
                         "Ruth Kemp at the offices of Acas in Leeds on Tuesday.\n\nMr Bright said the offer was "
                         "an insult. \"We came to negotiate,\" he said. Mrs Kemp said the door remained open. The "
                         "company said it had met its punctuality targets. It called the offer fair. The union "
                         "called it an insult. Services met with disruption last year. A spokesman called for "
                         "calm. Commuters called it a disgrace.\n\n"
                         "Acas said the two sides had agreed to meet again on Monday.", None)
    assert (again["status"], surnames(again)) == ("planned", ["Bright", "Kemp"])


def test_the_two_men_locked_in_negotiations_are_the_pair_named_before(extract):
    [talks] = extract("Dock strike off\n\nTom Hale, general secretary of the Dockers' Union, and Harbour Board "
                      "chairman Sir Ian Marr shook hands on a deal at a hotel near Dover shortly after 0300.\n\nThe "
                      "two men had been locked in negotiations for almost 20 hours.", None)
    assert (talks["status"], surnames(talks)) == ("occurred", ["Hale", "Marr"])


def test_spoke_with_a_name_the_parser_gave_to_the_reporting_verb(extractor):
    # The parse the small model gives some such sentences, made by hand: "Christou" the subject of
    # "said", and "with" left without an object.
    doc = extractor.nlp("VALLETTA, June 9 - Maltese Prime Minister Paul Borg spoke by telephone on Sunday with "
                        "Cypriot President Nikos Christou about the stalled power cable, spokesman Mark Vella said "
                        "on Monday.")
    christou, said = doc[19], doc[29]
    assert (christou.text, said.text) == ("Christou", "said")
    christou.head, christou.dep_ = said, "nsubj"
    [call] = [m.to_json() for m in extractor._meetings(doc, dt.date(2025, 6, 9), False)]
    assert (call["kind"], surnames(call)) == ("phone_call", ["Borg", "Christou"])


def test_a_hyphenated_country_before_an_office_is_the_officials_not_a_side(extract):
    [talks] = extract("DILI - Australian Foreign Minister Kate Miles and Timor-Leste Foreign Minister Joaquim Freitas "
                      "Guterres held talks in Dili on Thursday.", dt.date(2025, 9, 19))
    assert people(talks) == [("Kate Miles", "AU"), ("Joaquim Freitas Guterres", "TL")]
    assert talks["participants"][1]["title"] == "Foreign Minister"


def test_the_nationality_and_office_is_the_minister_the_story_follows_not_the_last_named(extract):
    meetings = extract("DOHA, May 14 - Qatar's Prime Minister Sheikh Faisal Al Thani received Peruvian Foreign Minister "
                       "Lucia Ramos Vega at the Amiri Diwan on Wednesday. Ramos Vega later held talks with her Qatari "
                       "counterpart at the Foreign Ministry. Peru's Deputy Foreign Minister Jorge Salas Paredes signed "
                       "an air services agreement.\n\nThe Peruvian minister met on Tuesday evening with the chief "
                       "executive of the Qatar Investment Authority, Omar Al Sulaiti, at its headquarters.",
                       dt.date(2025, 5, 14))
    assert ["Lucia Ramos Vega", "Omar Al Sulaiti"] in [sorted(p["name"] for p in m["participants"]) for m in meetings]


def test_two_presidents_meeting_again_are_the_two_who_met_not_one_and_the_president_he_phoned(extract):
    meetings = extract("LIMA, May 8 - Peruvian President Ana Quispe Rojas hosted her Bolivian counterpart Carlos "
                       "Mamani Flores at the Government Palace on Wednesday.\n\nQuispe Rojas had spoken by phone on "
                       "Monday with Ecuadorean President Diego Vera Castillo about the Andean summit.\n\nThe two "
                       "presidents plan to meet again at the summit in Quito in August, officials said.",
                       dt.date(2025, 5, 8))
    [again] = [m for m in meetings if m["status"] == "planned"]
    assert surnames(again) == ["Flores", "Rojas"]


def test_the_groups_members_are_the_body_named_before(extract):
    [met] = extract("The Allied Retail Federation said the levy would close shops. The group's representatives met "
                    "Treasury officials on Tuesday.", None)
    assert sorted(p["name"] for p in met["participants"]) == ["Allied Retail Federation", "Treasury officials"]


def test_its_representatives_with_no_body_named_near_are_no_side(extract):
    assert extract("It said the levy would close shops. Its representatives met Treasury officials on Tuesday.",
                   None) == []


def test_whom_one_thanked_or_briefed_in_a_call_was_on_the_line(extract):
    texts = ["LIMA, May 8 - In a phone call on Wednesday, Peruvian Foreign Minister Ana Ruiz thanked Bolivian "
             "Foreign Minister Carlos Paz for his support.",
             "LIMA, May 8 - Peruvian Foreign Minister Ana Ruiz briefed her Bolivian counterpart, Carlos Paz, on the "
             "summit agenda in a video call on Wednesday."]
    for text, kind in zip(texts, ("phone_call", "video_call")):
        [call] = extract(text, dt.date(2025, 5, 8))
        assert (call["kind"], surnames(call), call["date"]) == (kind, ["Paz", "Ruiz"], "2025-05-07")


def test_the_visiting_leader_is_the_foreign_official_the_story_tells_of(extract):
    meetings = extract("LIMA, May 8 - Peruvian President Ana Quispe and her Bolivian counterpart Carlos Mamani held "
                       "talks at the Government Palace on Wednesday.\n\nMamani arrived on Tuesday for a three-day "
                       "visit. Foreign Minister Jorge Salas called on the visiting leader at his hotel on Tuesday "
                       "evening.", dt.date(2025, 5, 8))
    assert ["Mamani", "Salas"] in [surnames(m) for m in meetings]


def test_talks_between_their_ministers_are_of_each_countrys_minister_named_later(extract):
    [talks] = extract("LIMA (Reuters) - Peru and Bolivia agreed on Wednesday to reopen the Desaguadero crossing, after "
                      "talks in Lima between their interior ministers, the Peruvian government said.\n\nPeruvian "
                      "Interior Minister Ana Ruiz and Carlos Paz, interior minister of Bolivia, also agreed to set up "
                      "a joint police unit.", dt.date(2025, 5, 8))
    assert people(talks) == [("Ana Ruiz", "PE"), ("Carlos Paz", "BO")]


def test_a_session_called_off_that_was_due_after_the_talks_is_another_meeting(extractor):
    text = ("Chilean Economy Minister Marta Soler and Argentine Energy Minister Pablo Ferreyra met in Mendoza on "
            "Tuesday and agreed to expand the gas pipeline.\n\nThe two ministers toured the compressor station."
            "\n\nA session of the two countries' joint commission, which Soler and Ferreyra were due to co-chair "
            "in October, has been postponed until next year, the ministry said.")
    for whole in (False, True):
        extractor.whole_text = whole
        try:
            meetings = [m.to_json() for m in extractor.extract(text, dt.date(2024, 9, 18))]
        finally:
            extractor.whole_text = False
        assert sorted((m["status"], m["date"]) for m in meetings) == [
            ("cancelled", "2024-10-01"), ("occurred", "2024-09-17")]


def test_this_was_followed_by_a_meeting_with_y_is_the_next_of_the_series(extract):
    meetings = extract("LIMA, May 8 - Peruvian Trade Minister Ana Ruiz held talks with Chilean Trade Minister Pablo "
                       "Soto on Wednesday. This was followed by a meeting with Colombia's Trade Minister Carlos Paz, "
                       "during which both sides signed a memorandum.", dt.date(2025, 5, 8))
    assert ["Paz", "Ruiz"] in [surnames(m) for m in meetings]


def test_bodies_headed_by_two_officials_meeting_are_those_officials(extract):
    [met] = extract("LIMA — Peruvian and Bolivian border commissions, headed by Deputy Foreign Ministers Ana Ruiz "
                    "and Carlos Paz, met on Wednesday and agreed on the course of the frontier.", dt.date(2025, 5, 8))
    assert (met["status"], surnames(met)) == ("occurred", ["Paz", "Ruiz"])


def test_both_who_co_chaired_a_session_when_the_parser_hangs_them_off_co(extract):
    [session] = extract("LIMA: A day earlier, Kaya and Deputy Prime Minister and Foreign Minister Jorge Salas Paredes "
                        "co-chaired a session of the joint working group of the Strategic Cooperation Council in "
                        "Lima.", dt.date(2024, 11, 27))
    assert sorted(p["name"] for p in session["participants"]) == ["Jorge Salas Paredes", "Kaya"]


def test_a_deal_that_starts_from_next_month_does_not_date_the_talks_it_followed(extract):
    [talks] = extract("QUITO, May 8 (Reuters) - Ecuador and Peru agreed on Wednesday to fully reopen the Huaquillas "
                      "bridge to lorries from next month, after talks in Quito between their transport ministers, "
                      "the Ecuadorean ministry said.", dt.date(2025, 5, 8))
    assert (talks["status"], talks["date"]) == ("occurred", "2025-05-07")


def test_the_talks_hosted_by_one_of_them_were_held_when_the_unnamed_ministers_met(extract):
    meetings = extract("QUITO, May 8 - The mining ministers of Ecuador, Peru and Bolivia met in Quito on Tuesday to "
                       "discuss a shared tailings register. Ecuadorean Mining Minister Rosa Vera hosted the talks, "
                       "which were attended by Peru's Mining Minister, Jorge Salas.", dt.date(2025, 5, 8))
    assert [(surnames(m), m["date"]) for m in meetings] == [(["Salas", "Vera"], "2025-05-06")]


def test_talks_on_the_sidelines_take_the_day_of_the_meeting_they_were_beside(extract):
    meetings = extract("QUITO, May 8 - Ecuadorean Mining Minister Rosa Vera met Peru's Mining Minister, Jorge Salas, "
                       "on Tuesday. The two agreed to build a road. On the sidelines, a Petroecuador delegation "
                       "headed by its chief executive, Luis Mora, held separate talks in Quito on unpaid bills with "
                       "Petroperu chief executive Ana Rojas.", dt.date(2025, 5, 8))
    assert sorted((surnames(m), m["date"]) for m in meetings) == [
        (["Mora", "Rojas"], "2025-05-06"), (["Salas", "Vera"], "2025-05-06")]


def test_a_surname_in_a_headline_is_the_full_name_told_below_whatever_its_case_or_particle(extract):
    meetings = extract("Minister Vera's Meeting with Peruvian Foreign Minister Al-Salas\nMay 8, 2025\n\n"
                       "Ecuadorean Minister Rosa Vera met today with Peruvian Foreign Minister Jorge Ali al-Salas "
                       "at the Foreign Ministry.", dt.date(2025, 5, 8))
    assert [sorted(names(m)) for m in meetings] == [["Jorge Ali al-Salas", "Rosa Vera"]]


def test_the_call_a_meeting_is_dated_from_is_no_second_meeting_of_its_pair(extract):
    meetings = extract("LIMA, May 8 - Peruvian Trade Minister Ana Ruiz spoke by phone with Chilean Trade Minister "
                       "Pablo Soto on Monday. Ruiz and Bolivian Trade Minister Carlos Paz had met in La Paz three days "
                       "before that call to discuss customs posts.", dt.date(2025, 5, 8))
    assert sorted((m["kind"], surnames(m)) for m in meetings) == [
        ("in_person", ["Paz", "Ruiz"]), ("phone_call", ["Ruiz", "Soto"])]


def test_discussed_plans_for_a_summit_with_someone_the_parser_hangs_off_the_summit(extract):
    [call] = extract("LIMA, May 8 - Peruvian President Ana Ruiz discussed plans for the border summit with Ecuadorean "
                     "President Luis Mora by telephone on Tuesday.", dt.date(2025, 5, 8))
    assert (call["kind"], call["date"], surnames(call)) == ("phone_call", "2025-05-06", ["Mora", "Ruiz"])


def test_whom_the_national_leader_joined_in_a_video_conference_are_its_sides(extract):
    meetings = extract("LIMA, May 8 - Peruvian President Ana Ruiz spoke by phone with Chile's President Pablo Soto on "
                       "Wednesday. A day earlier the Peruvian leader joined Bolivian President Carlos Paz and "
                       "Ecuadorean President Luis Mora in a video conference on lithium prices.", dt.date(2025, 5, 8))
    [video] = [m for m in meetings if m["kind"] == "video_call"]
    assert (video["date"], surnames(video)) == ("2025-05-06", ["Mora", "Paz", "Ruiz"])
    # A trip made together is no meeting of the two.
    assert extract("Peruvian President Ana Ruiz is to join Interior Minister Luis Mora in a visit to Cusco on "
                   "Thursday.", dt.date(2025, 5, 8)) == []


def test_a_meeting_with_someone_that_did_not_take_place_was_the_travellers_past_a_caption(extract):
    meetings = extract("LIMA, May 8 - On Tuesday she flew to La Paz, where Peruvian Foreign Minister Ana Ruiz was "
                       "received by Bolivian President Carlos Paz. The two discussed lithium.\n\nPeruvian Foreign "
                       "Minister Ana Ruiz is greeted by Bolivian President Carlos Paz in La Paz on Tuesday.\n\nA "
                       "meeting with Luis Mora, the head of Bolivia's senate, listed on Ruiz's official schedule for "
                       "Tuesday afternoon, did not take place.", dt.date(2025, 5, 8))
    assert sorted((m["status"], surnames(m)) for m in meetings) == [
        ("cancelled", ["Mora", "Ruiz"]), ("occurred", ["Paz", "Ruiz"])]


def test_conferred_styles_the_model_tags_apart_run_on_to_the_name(extract):
    [m] = extract("KUALA LUMPUR, May 8 - Foreign Minister Datuk Seri Aminah Kassim held talks with her Bruneian "
                  "counterpart, Dato Seri Setia Awang Haji Rosli Hamdan, at Wisma Putra on Wednesday.",
                  dt.date(2025, 5, 8))
    assert names(m) == ["Datuk Seri Aminah Kassim", "Dato Seri Setia Awang Haji Rosli Hamdan"]


def test_a_rank_inside_a_name_with_conferred_styles_is_part_of_the_name(extract):
    # The model cuts the name at the rank; read as a title there, the styles alone were the name.
    [m] = extract("BANDAR SERI BEGAWAN, June 3 - Malaysia's Defence Minister Datuk Seri Hashim Omar was received "
                  "by Brunei's Minister of Defence II, Dato Seri Pahlawan Brigadier General (Rtd) Haji Latif Osman, "
                  "at the defence ministry on Monday.", dt.date(2025, 6, 3))
    assert names(m) == ["Datuk Seri Hashim Omar", "Dato Seri Pahlawan Brigadier General (Rtd) Haji Latif Osman"]


def test_styled_names_are_read_from_the_words_alone():
    doc = spacy.blank("en")("Tan Sri Mohd Azhar Ismail met Tan Chee Keong in Bandar Seri Begawan after flying from "
                            "Sri Lanka; Datuk Seri Anwar bin Ibrahim and Dato' Lim Kok Wah saw Minister Awang.")
    assert [name.text for name in names_module.styled_names(doc)] == [
        "Tan Sri Mohd Azhar Ismail", "Datuk Seri Anwar bin Ibrahim", "Dato' Lim Kok Wah"]


def test_a_monarchs_number_is_part_of_his_name(extract):
    meetings = extract("RABAT, May 8 - Morocco's King Hassan III received Peruvian President Ana Ruiz at the royal "
                       "palace on Wednesday. It was Ruiz's first visit to Morocco since she took office.",
                       dt.date(2025, 5, 8))
    assert [(sorted(people(m)), m["date"]) for m in meetings] == [
        ([("Ana Ruiz", "PE"), ("Hassan III", "MA")], "2025-05-07")]


def test_the_head_of_a_command_named_after_a_comma_is_the_one_met(extract):
    [m] = extract("LIMA, May 8 - On Wednesday, Peruvian President Ana Ruiz received the head of U.S. Southern "
                  "Command, Admiral Joan Pryce, at the Government Palace.", dt.date(2025, 5, 8))
    assert names(m) == ["Ana Ruiz", "Joan Pryce"]


def test_a_name_the_words_before_call_a_firm_is_one_though_tagged_a_person(extract):
    [talks] = extract("Separately, German engineering group Lahnwerk said it had held talks with the Jordanian "
                      "government about building a desalination plant at Aqaba.", None)
    assert people(talks) == [("Lahnwerk", "DE"), ("Jordanian government", "JO")]


def test_the_scottish_executive_is_a_government_beside_which_another_body_is_a_side(extract):
    [talks] = extract("The Scottish Executive and the Treasury have been in talks for weeks over how the grant "
                      "should be counted.", None)
    assert names(talks) == ["Scottish Executive", "Treasury"]


@pytest.mark.parametrize(("building", "venue"), [("the Quai d'Orsay", "Quai d'Orsay"),
                                                 ("Wisma Seri Negara", "Wisma Seri Negara")])
def test_a_building_named_in_its_city_whatever_its_last_word_or_language(extract, building, venue):
    [m] = extract(f"Foreign Minister Anna Smith met Foreign Minister Bruno Jones at {building} in Paris on Thursday.")
    assert m["location"] == f"{venue}, Paris"


def test_two_who_talked_at_a_named_place_talked_to_each_other_there(extract):
    [m] = extract("Foreign Minister Anna Smith of Norway and her Chilean counterpart, Bruno Jones, talked for an "
                  "hour at the Ridder Palace on Thursday.")
    assert (m["kind"], m["location"], names(m)) == ("in_person", "Ridder Palace", ["Anna Smith", "Bruno Jones"])


def test_two_who_talked_at_a_news_conference_spoke_to_reporters(extract):
    assert extract("Foreign Minister Anna Smith and Foreign Minister Bruno Jones talked at a news conference in "
                   "Oslo on Thursday.") == []


def test_the_day_before_an_aims_to_is_the_meetings_day():
    # The parse as the small model gives it on some names: "on Monday" hung on "prepare".
    words = ["Smith", "spoke", "with", "Jones", "on", "Monday", "to", "prepare", "the", "call", "."]
    heads = [1, 1, 1, 2, 7, 4, 7, 1, 9, 7, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "aux", "advcl", "det", "dobj", "punct"]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "ADP", "PROPN", "PART", "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert {"on", "Monday"} <= {t.text for t in triggers.clause(doc[1])}
    assert "call" not in {t.text for t in triggers.clause(doc[1])}
    doc.ents = [Span(doc, 5, 6, "DATE")]
    assert details.date_phrase(doc[1], doc[1]) is not None


def test_talks_at_a_visit_planned_for_a_day_take_that_day(extract):
    [m] = extract("Chilean Foreign Minister Anna Soto has called off a trip to Oslo planned for Friday, at which she "
                  "was to hold talks with her Norwegian counterpart Bruno Haugen, her office said on Tuesday.",
                  published=dt.date(2026, 4, 7))
    assert (m["status"], m["date"], m["location"]) == ("cancelled", "2026-04-10", "Oslo")


def test_talks_a_visit_follows_lend_it_neither_their_place_nor_their_day(extract):
    found = extract("OSLO, May 6 - Chilean Foreign Minister Anna Soto arrived in Oslo on Sunday and held talks with "
                    "her Norwegian counterpart Bruno Haugen on Monday. Soto is due to be received by Prime Minister "
                    "Kari Lunde on Wednesday. The visit follows talks in Santiago last month between Chilean Trade "
                    "Minister Pedro Vial and Norwegian Trade Minister Lars Berge.", published=dt.date(2026, 5, 6))
    assert [(m["location"], m["date"]) for m in found] == [("Oslo", "2026-05-04"), ("Oslo", "2026-05-06"),
                                                            ("Santiago", None)]


@pytest.mark.parametrize("before", ["", "Norway and Chile agree to hold talks with Peru\n"])
def test_the_talks_that_took_place_are_the_meeting_told_not_the_one_planned(extract, before):
    found = extract(f"{before}Norway's Foreign Minister Bruno Haugen has hosted his Chilean counterpart Anna Soto in "
                    "Oslo, with the two agreeing to hold a three-way meeting with Peru's foreign minister next month. "
                    "The talks on Tuesday came as both countries push for a free trade deal.",
                    published=dt.date(2026, 5, 6))
    assert [m["date"] for m in found if m["status"] == "occurred"] == ["2026-05-05"]
    assert {m["date"] for m in found if m["status"] == "planned"} == {None}


def test_meetings_after_announcing_during_a_visit_were_held_where_the_visit_went(extract):
    [m] = extract("Britain is to double its aid to Malawi, Development Secretary Anna Hale has announced during a "
                  "visit to Lilongwe.\nMrs Hale held talks with President Peter Banda on Tuesday.")
    assert m["location"] == "Lilongwe"


def test_a_meeting_in_the_country_a_story_is_filed_from_was_in_the_city_it_is_filed_from(extract):
    [m] = extract("SANTIAGO, May 6 - A meeting between Norwegian Foreign Minister Bruno Haugen and President Ana Soto "
                  "in Chile was called off on Tuesday.")
    assert m["location"] == "Santiago"


def test_a_building_named_for_its_country_is_where_the_meeting_was_held(extract):
    [m] = extract("WASHINGTON, May 6 - Egyptian Foreign Minister Omar Said was received at the White House by "
                  "President Ana Soto on Tuesday.")
    assert m["location"] == "White House, Washington"


def test_talks_held_later_take_the_day_of_the_meeting_told_before(extract):
    found = extract("LIMA, July 2 - Peruvian President Ana Soto received Chilean President Rosa Vidal at the "
                    "Government Palace on Monday for talks on lithium. It was Vidal's first visit to Peru since she "
                    "took office. Chilean Foreign Minister Bruno Haugen later held separate talks with his Peruvian "
                    "counterpart Luis Ramos at the foreign ministry.", published=dt.date(2026, 7, 2))
    assert [m["date"] for m in found] == ["2026-06-29", "2026-06-29"]


def test_talks_held_later_than_what_the_same_sentence_dates_take_its_day(extract):
    [m] = extract("LIMA, July 2 - Chilean Foreign Minister Bruno Haugen laid a wreath at the Monument to the Heroes "
                  "on Wednesday and later held talks with Prime Minister Luis Ramos.", published=dt.date(2026, 7, 2))
    assert m["date"] == "2026-07-01"


def test_two_nationalities_the_parser_splits_from_their_officials_are_two_sides():
    # The parse the small model gives "Senior Dominican and Haitian security officials met …":
    # the first nationality the subject, the officials its conjunct.
    words = ["Senior", "Dominican", "and", "Haitian", "security", "officials", "met", "."]
    heads = [1, 6, 1, 5, 5, 1, 6, 6]
    deps = ["amod", "nsubj", "cc", "amod", "compound", "conj", "ROOT", "punct"]
    pos = ["ADJ", "ADJ", "CCONJ", "ADJ", "NOUN", "NOUN", "VERB", "PUNCT"]
    tags = ["JJ", "JJ", "CC", "JJ", "NN", "NNS", "VBD", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    doc.ents = [Span(doc, 1, 2, "NORP"), Span(doc, 3, 4, "NORP")]
    titles = Matcher(doc.vocab)
    titles.add("title", [[{"LOWER": "minister"}]])  # (no title in these words)
    people = People(doc, titles)
    assert [(p.name, p.country) for p in people.groups_at(doc[1])] == [("Dominican officials", "DO"),
                                                                        ("Haitian officials", "HT")]
    assert people.groups_at(doc[5]) == []


def test_a_whole_name_the_model_took_for_a_people_is_a_name():
    # "The leader of the Civil Servants' Union, Tevita Lolohea, met …" as the small model may tag it:
    # the name a nationality (NORP); "Costa Rican" so tagged stays a nationality.
    words = ["the", "Union", ",", "Tevita", "Lolohea", ",", "and", "Costa", "Rican", "officials"]
    pos = ["DET", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "CCONJ", "PROPN", "PROPN", "NOUN"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    doc.ents = [Span(doc, 3, 5, "NORP"), Span(doc, 7, 9, "NORP")]
    assert [names_module.name_word(doc[i]) for i in (3, 4, 7, 8)] == [True, True, False, False]


def test_two_who_led_their_countries_delegations_are_the_sides_of_officials_meeting(extract):
    [m] = extract("LA PAZ, June 24 - Senior Bolivian and Peruvian security officials met on Tuesday in the border "
                  "town of Desaguadero, the first such talks in a year. Bolivian Interior Minister Carlos Quispe "
                  "Mamani and Peruvian National Police chief Jorge Salas Ugarte led their countries' delegations, "
                  "the ministry said.", published=dt.date(2026, 6, 24))
    assert names(m) == ["Carlos Quispe Mamani", "Jorge Salas Ugarte"]


def test_a_day_the_parser_hangs_on_the_saying_before_whoever_said_it_is_the_meetings():
    # "Smith opened talks with Jones on Tuesday, the ministry said", "on Tuesday" hung on "said".
    words = ["Smith", "opened", "talks", "with", "Jones", "on", "Tuesday", ",", "the", "ministry", "said", "."]
    heads = [1, 10, 1, 2, 3, 10, 5, 10, 9, 10, 10, 10]
    deps = ["nsubj", "ccomp", "dobj", "prep", "pobj", "prep", "pobj", "punct", "det", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    lemmas = ["Smith", "open", "talk", "with", "Jones", "on", "Tuesday", ",", "the", "ministry", "say", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    doc.ents = [Span(doc, 6, 7, "DATE")]
    assert details.date_phrase(doc[2], doc[1]) == "on Tuesday"
    # (Said on a day of its own, after the saying: the saying's day.)
    words = ["Smith", "opened", "talks", "with", "Jones", ",", "the", "ministry", "said", "on", "Tuesday", "."]
    heads = [1, 8, 1, 2, 3, 8, 7, 8, 8, 8, 9, 8]
    deps = ["nsubj", "ccomp", "dobj", "prep", "pobj", "punct", "det", "nsubj", "ROOT", "prep", "pobj", "punct"]
    pos = ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"]
    lemmas = ["Smith", "open", "talk", "with", "Jones", ",", "the", "ministry", "say", "on", "Tuesday", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    doc.ents = [Span(doc, 10, 11, "DATE")]
    assert details.date_phrase(doc[2], doc[1]) is None


def test_who_headed_a_countrys_delegation_stands_for_its_officials(extract):
    [m] = extract("Chilean and Peruvian officials held talks in Lima on Tuesday on a new border crossing. A Chilean "
                  "delegation headed by Deputy Foreign Minister Ana Soto Vidal presented a draft, the ministry said.")
    assert [(p["name"], p["country"]) for p in m["participants"]] == [("Ana Soto Vidal", "CL"),
                                                                       ("Peruvian officials", "PE")]


def test_an_infinitive_joined_to_a_plan_is_planned_too(extract):
    found = extract("PODGORICA, May 6 - Foreign Minister Ana Soto had been due to hold talks with Prime Minister Luis "
                    "Ramos and to be received by President Carla Vidal during the trip.", published=dt.date(2026, 5, 6))
    assert [(names(m), m["status"]) for m in found] == [(["Ana Soto", "Luis Ramos"], "planned"),
                                                        (["Ana Soto", "Carla Vidal"], "planned")]


def test_what_talks_agreed_to_do_does_not_make_them_a_plan(extract):
    [m] = extract("JAKARTA, May 16 - Chile and Peru agreed to set up a joint committee and to hold patrols along their "
                  "border after talks between Chilean Defence Minister Ana Soto and her Peruvian counterpart, Luis "
                  "Ramos, in Jakarta on Thursday.", published=dt.date(2024, 5, 16))
    assert m["status"] == "occurred"



@pytest.mark.parametrize("text", [
    "LIMA, May 6 - Peruvian President Ana Soto instead hosted Amra Delić-Hasanović, chair of Bosnia and "
    "Herzegovina's Council of Ministers, in Lima on Tuesday.",
    "LIMA, Oct 3 - Amra Delić-Hasanović, chair of Bosnia and Herzegovina's Council of Ministers, sat down with "
    "Peruvian Prime Minister Luis Ramos in Lima on Thursday."])
def test_a_name_set_off_before_its_office_is_the_one_who_met_past_the_dateline(extract, text):
    [m] = extract(text, published=dt.date(2026, 5, 6))
    assert "Amra Delić-Hasanović" in names(m)


@pytest.mark.parametrize(("place", "where"), [("at the Naval Museum", "Naval Museum, Callao"),
                                              ("at the National Congress", "National Congress, Callao")])
def test_a_year_since_which_a_first_is_counted_is_no_meetings_date_and_a_building_is_in_the_city_gone_to(extract, place, where):
    [m] = extract(f"LIMA, Oct 17 - On Wednesday, Chilean President Ana Soto traveled to the port city of Callao, where "
                  f"she met Senate President Luis Ramos {place}, the first Chilean leader to do so since 2009.",
                  published=dt.date(2024, 10, 17))
    assert (m["date"], m["location"]) == ("2024-10-16", where)


def test_two_named_after_their_office_who_discussed_by_phone_a_day_before_the_call_told(extract):
    found = extract("LIMA, Nov 20 - Peruvian President Ana Soto spoke by telephone on Tuesday with Chilean President "
                    "Luis Ramos. The call came a day after the two countries' prime ministers, Carla Vidal-Mena and "
                    "Jorge Salas-Ugarte, discussed by phone the modernisation of the Tacna-Arica railway, according to "
                    "the Chilean government.", published=dt.date(2024, 11, 20))
    assert [(names(m), m["kind"], m["date"]) for m in found] == [
        (["Ana Soto", "Luis Ramos"], "phone_call", "2024-11-19"),
        (["Carla Vidal-Mena", "Jorge Salas-Ugarte"], "phone_call", "2024-11-18")]


def test_a_name_hung_on_the_body_of_its_office_stands_for_the_body():
    # "… met with Reza Tavakoli, secretary of Iran's Security Council", as the parser may read it:
    # "Council" the object, the name hung on it.
    words = ["Smith", "met", "with", "Reza", "Tavakoli", ",", "secretary", "of", "Iran", "'s", "Security", "Council", "."]
    heads = [1, 1, 1, 4, 11, 4, 4, 6, 11, 8, 11, 2, 1]
    deps = ["nsubj", "ROOT", "prep", "compound", "nmod", "punct", "appos", "prep", "poss", "case", "compound", "pobj",
            "punct"]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "PROPN", "PART", "PROPN", "PROPN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, 0, 1, "PERSON"), Span(doc, 3, 5, "PERSON"), Span(doc, 8, 9, "GPE"), Span(doc, 10, 12, "ORG")]
    titles = Matcher(doc.vocab)
    titles.add("title", [[{"LOWER": "minister"}]])  # (no title in these words)
    assert roles.named_before_office(doc[11], People(doc, titles)).name == "Reza Tavakoli"


def test_whom_one_will_host_after_a_call_told_as_reported_is_the_one_called(extract):
    found = extract("LIMA, June 12 - Foreign Minister Ana Soto did speak by phone on Sunday with her Chilean "
                    "counterpart, Luis Ramos, about the border, the ministry said, and will host him in Lima on June 20.",
                    published=dt.date(2024, 6, 12))
    assert [(sorted(names(m)), m["status"], m["date"]) for m in found] == [
        (["Ana Soto", "Luis Ramos"], "occurred", "2024-06-09"), (["Ana Soto", "Luis Ramos"], "planned", "2024-06-20")]


def test_a_meeting_to_discuss_something_is_one_meeting(extract):
    found = extract("LIMA, Oct 8 - Peruvian President Ana Soto received Chilean President Luis Ramos on Monday. A day "
                    "earlier, the two countries' oil ministers, Carla Vidal-Mena and Jorge Salas-Ugarte, met in Arica "
                    "to discuss swapping crude for gas.", published=dt.date(2024, 10, 8))
    assert [(names(m), m["date"]) for m in found] == [(["Ana Soto", "Luis Ramos"], "2024-10-07"),
                                                      (["Carla Vidal-Mena", "Jorge Salas-Ugarte"], "2024-10-06")]


def test_three_counted_back_to_are_the_last_three_who_met_though_a_pair_met_since(extract):
    found = extract("LIMA, Oct 8 - Foreign Minister Ana Soto of Peru hosted Chile's Luis Ramos and Bolivia's Carla "
                    "Vidal at the foreign ministry on Monday. Soto and Ramos also held a bilateral meeting on the "
                    "sidelines. The three foreign ministers agreed to meet again in La Paz in January, according to a "
                    "joint statement.", published=dt.date(2024, 10, 8))
    assert [(names(m), m["status"]) for m in found][-1] == (["Ana Soto", "Luis Ramos", "Carla Vidal"], "planned")


def test_a_pages_dateline_below_its_date_line_and_caption_is_no_party(extract):
    [m] = extract("Iraq, Iran discuss border security\nPublished: 10 March 2025 - 09:42\nIraqi Prime Minister Ali Hassan "
                  "receives Iranian Foreign Minister Reza Karimi at the Government Palace. (Media Office)\nBaghdad (IDM) "
                  "– Iraqi Prime Minister Ali Hassan received Iranian Foreign Minister Reza Karimi on Sunday, and the two "
                  "discussed border security, the prime minister's media office said.", published=dt.date(2025, 3, 10))
    assert (names(m), m["date"]) == (["Ali Hassan", "Reza Karimi"], "2025-03-09")


def test_who_would_welcome_a_meeting_wishes_for_one(extract):
    assert extract("President Ana Soto said in an interview that she \"would welcome a meeting\" with Chilean President "
                   "Luis Ramos \"once relations improve\", but said no contacts were planned.") == []
    [m] = extract("President Ana Soto will welcome Chilean President Luis Ramos in Lima on Friday.",
                  published=dt.date(2025, 4, 9))
    assert (m["status"], m["date"]) == ("planned", "2025-04-11")


def test_a_trip_told_in_the_present_tense_is_to_come_and_dates_the_call_there(extract):
    found = extract("LIMA, July 9 - Peruvian Foreign Minister Ana Soto met Bolivian officials on Tuesday. Soto flies to "
                    "Santiago on Thursday, where she is to call on President Luis Ramos at La Moneda, an official said.",
                    published=dt.date(2025, 7, 9))
    assert (found[-1]["status"], found[-1]["date"]) == ("planned", "2025-07-10")


def test_an_agency_page_dated_the_day_after_its_dateline_counts_today_from_the_dateline(extract):
    found = extract("Kuwait, Oman review trade\nPublished: 10 Feb 2026\nMuscat, Feb 9 (ONA) – Omani Foreign Minister "
                    "Salim Al Harthy received Kuwaiti Foreign Minister Nasser Al Ajmi today at the foreign ministry. "
                    "The two ministers had yesterday co-chaired a session of the joint committee.",
                    published=dt.date(2026, 2, 10))
    assert [m["date"] for m in found][:1] == ["2026-02-09"]


def test_talks_between_two_countries_told_with_their_ministers_sitting_down_are_one_meeting_of_them(extract):
    found = extract("LUSAKA, June 19 (Reuters) - Talks between Zambia and Zimbabwe on the Kariba Dam opened in Lusaka "
                    "on Wednesday, with a Zimbabwean delegation headed by Energy Minister Farai Moyo sitting down with "
                    "Zambian Energy Minister Kelvin Banda at the Mulungushi International Conference Centre, the "
                    "ministry said.", published=dt.date(2025, 6, 19))
    assert [names(m) for m in found] == [["Farai Moyo", "Kelvin Banda"]]


def test_a_summit_pushed_back_to_a_day_is_planned_on_that_day(extract):
    [m] = extract("LIMA, April 23 (Reuters) - A summit between Peruvian President Ana Soto and Bolivian President Luis "
                  "Paz that had been set for April 28 in Puno has been pushed back to May 12 because of protests, the "
                  "foreign ministry said.", published=dt.date(2025, 4, 23))
    assert (m["status"], m["date"]) == ("planned", "2025-05-12")


def test_who_would_be_glad_to_meet_wishes_to(extract):
    assert extract("Prime Minister Alexandros Pappas said in a television interview that he would be \"glad to meet\" "
                   "North Macedonia's prime minister, Hristijan Mitrev, once Skopje had met its commitments, but no "
                   "meeting is planned.") == []


def test_the_team_met_is_the_one_whose_leader_was_named(extract):
    [m] = extract("HARARE, Feb 26 - An International Monetary Fund team led by mission chief Pedro Alves arrived in "
                  "Harare on Monday. Finance Minister Tinashe Moyo met the team on Tuesday.", published=dt.date(2026, 2, 26))
    assert names(m) == ["Tinashe Moyo", "Pedro Alves"]


def test_what_a_denied_report_had_said_did_not_happen(extract):
    found = extract("KUWAIT CITY, Feb 5 - Kuwait's oil ministry on Tuesday denied a report that Oil Minister Khaled "
                    "Al Anezi had met Omani Energy Minister Hilal Al Rawahi in Muscat last week. \"No such meeting took "
                    "place,\" the ministry said. The report, in a Gulf business newsletter, had said the two ministers "
                    "dined at a private residence.", published=dt.date(2025, 2, 5))
    assert found and {m["status"] for m in found} == {"denied"}


def test_a_name_before_and_and_a_titled_subject_is_a_side_though_hung_off_a_comma(extract):
    found = extract("HANOI, March 5 - Lao Deputy Prime Minister Vilayvanh Sengdara arrived in Hanoi on Tuesday for the "
                    "annual meeting of the intergovernmental committee. On Wednesday, Sengdara and Deputy Prime Minister "
                    "Nguyễn Đức Thắng, the committee's Vietnamese co-chair, held talks and signed a plan for cooperation "
                    "in 2026.", published=dt.date(2026, 3, 5))
    assert ["Nguyễn Đức Thắng", "Vilayvanh Sengdara"] in [sorted(names(m)) for m in found]


def test_a_read_more_line_is_another_storys_headline(extract):
    found = extract("Kuwait, Oman agree to link power grids\nKUWAIT: Kuwait and Oman agreed on Wednesday to link their "
                    "grids by 2029, energy officials said.\nRead more: Kuwait's Amir receives Saudi Foreign Minister\n"
                    "See also: Omani minister meets Qatari counterpart in Doha", published=dt.date(2026, 11, 19))
    assert found == []


def test_an_agency_dateline_ending_in_a_full_stop_and_hyphen_is_no_party(extract):
    found = extract("Budget talks\nMadrid\nMadrid, Jan 22 (EFE).- Spanish Prime Minister Ignacio Valcárcel Ruiz will "
                    "host Moroccan Head of Government Youssef El Amrani at the Moncloa Palace on Feb. 4, government "
                    "sources said Thursday.", published=dt.date(2026, 1, 22))
    assert [(names(m), m["date"]) for m in found] == [(["Ignacio Valcárcel Ruiz", "Youssef El Amrani"], "2026-02-04")]


def test_a_ministry_where_they_met_is_given_with_its_city(extract):
    [m] = extract("ATHENS, Jan 22 (Reuters) - Greek Foreign Minister Eleni Karra met North Macedonia's Deputy Prime "
                  "Minister Arben Rusi at the Foreign Ministry on Wednesday.", published=dt.date(2026, 1, 22))
    assert (m["location"], m["date"]) == ("Foreign Ministry, Athens", "2026-01-21")


def test_a_pages_dateline_in_capitals_below_its_head_is_no_party(extract):
    [m] = extract("Greece, North Macedonia revive council\nBy Staff Reporter\nJanuary 22, 2026\nATHENS – Greek Foreign "
                  "Minister Eleni Karra and North Macedonia's Deputy Prime Minister Arben Rusi met at the Foreign "
                  "Ministry on Wednesday and agreed to reconvene the council.", published=dt.date(2026, 1, 22))
    assert (names(m), m["location"]) == (["Eleni Karra", "Arben Rusi"], "Foreign Ministry, Athens")


def test_the_ministers_are_those_of_the_last_meeting_who_hold_that_office(extract):
    found = extract("LA PAZ, Aug 11 (Reuters) - Bolivian Foreign Minister Gabriela Antezana and Peruvian Foreign Minister "
                    "Jorge Ampuero met on Thursday in Desaguadero. On Wednesday the two ministers also spoke by phone with "
                    "Andean Community Secretary-General Paola Echenique. The ministers will meet again in Lima on Aug. 29, "
                    "together with their Chilean counterpart, the ministry said.", published=dt.date(2025, 8, 11))
    planned = [m for m in found if m["status"] == "planned"]
    assert planned and "Paola Echenique" not in names(planned[0]) and "Gabriela Antezana" in names(planned[0])


def test_the_pair_of_a_denied_report_retold_is_the_meeting_denied(extract):
    found = extract("ROME, May 3 (Reuters) - Italy's defence ministry on Friday denied a report that Defence Minister "
                    "Paolo Ferri had met Libyan Interior Minister Salem Gheriani in Tripoli last month to discuss "
                    "migration. \"The minister has not been to Libya this year and no such meeting took place,\" the "
                    "ministry said. The report, in a weekly magazine, had said the two ministers dined at a private "
                    "residence and agreed on joint patrols.", published=dt.date(2025, 5, 3))
    assert [(m["status"], m["location"]) for m in found] == [("denied", "Tripoli")]


@pytest.mark.parametrize("joining", ["also took part in the talks", "participated in the talks",
                                     "was also present at the meeting", "was among those at the meeting"])
def test_who_took_part_in_the_talks_told_is_one_more_side(extract, joining):
    [m] = extract("Trade Minister Aldo Ferrante met his Slovenian counterpart, Mojca Rupnik, in Trieste on Monday. "
                  f"Gianni Cortese, chairman of the port authority, {joining}.", published=dt.date(2025, 6, 4))
    assert names(m) == ["Aldo Ferrante", "Mojca Rupnik", "Gianni Cortese"]


@pytest.mark.parametrize("text", [
    "On Thursday, Energy Minister Jonas Kalenga was granted an audience by King Letsie Mohato at the Royal Palace.",
    "On Thursday, King Letsie Mohato granted Energy Minister Jonas Kalenga an audience at the Royal Palace.",
    "On Thursday, Energy Minister Jonas Kalenga was given a dinner by King Letsie Mohato at the Royal Palace."])
def test_a_meeting_given_to_someone_has_the_giver_for_its_other_side(extract, text):
    [m] = extract(text, published=dt.date(2025, 10, 3))
    assert sorted(names(m)) == ["Jonas Kalenga", "Letsie Mohato"]


def test_where_after_a_trip_hung_off_the_verb_above_is_the_trips_place(extract):
    [m] = extract("WINDHOEK, May 6 (Reuters) - Namibia's Minister of Trade and Industry, Petrina Shikongo, is due to "
                  "travel to Gaborone next week, where she will meet Botswana Trade Minister Kabo Sebele to discuss "
                  "tariffs, her ministry said.", published=dt.date(2025, 5, 6))
    assert (m["status"], m["location"]) == ("planned", "Gaborone")


def test_with_after_the_body_whose_session_it_is_names_the_other_side(extract):
    [m] = extract("Qatari Foreign Minister Hamad Al Sulaiti will travel to Muscat in June for the next session of the "
                  "Qatari-Omani Joint Committee with Omani Foreign Minister Sayyid Badr Al Hinai, the agency said.",
                  published=dt.date(2026, 4, 15))
    assert (sorted(names(m)), m["status"]) == (["Hamad Al Sulaiti", "Sayyid Badr Al Hinai"], "planned")


@pytest.mark.parametrize("text, status", [
    ("President Lena Varga visited Maputo on Monday at the invitation of President Tomas Nhaca.", "occurred"),
    ("President Lena Varga is expected to pay a state visit to Mozambique in May at the invitation of President "
     "Tomas Nhaca.", "planned")])
def test_who_invited_a_visitor_is_the_other_side_of_the_visit(extract, text, status):
    [m] = extract(text, published=dt.date(2025, 3, 12))
    assert (names(m), m["status"]) == (["Lena Varga", "Tomas Nhaca"], status)


def test_the_prime_ministers_of_three_countries_are_those_listed_next(extract):
    [m] = extract("BRNO, June 3 (Reuters) - The prime ministers of the Czech Republic, Slovakia and Austria met on "
                  "Tuesday at Lednice Castle and pledged to link their power grids by 2030, their governments said. "
                  "Czech Prime Minister Jan Kolar, Slovakia's Peter Dusek and Austrian Chancellor Maria Gruber also "
                  "agreed to ask Brussels for funds.", published=dt.date(2026, 6, 3))
    assert sorted(names(m)) == ["Jan Kolar", "Maria Gruber", "Peter Dusek"]


def test_the_owner_of_a_named_party_is_not_one_of_the_two_men(extract):
    found = extract("Czech Prime Minister Petr Svoboda has resigned. Mr Svoboda handed his resignation to President Josef "
                    "Novák at Prague Castle on Monday. Mr Novák is expected to ask Interior Minister Jiří Málek, of Mr "
                    "Svoboda's Social Democrats, to form a new government. The two men will meet at the castle on "
                    "Friday, a presidential spokesman said.", published=dt.date(2025, 3, 12))
    assert [sorted(names(m)) for m in found if m["status"] == "planned"] == [["Jiří Málek", "Josef Novák"]]


def test_between_after_the_talks_place_and_day_names_their_sides(extract):
    [m] = extract("The deal followed talks in Seoul last month between Slovak Prime Minister Juraj Benko and Hanshin "
                  "chairman Lee Min-ho, the Slovak government said.", published=dt.date(2025, 3, 12))
    assert (sorted(names(m)), m["location"]) == (["Juraj Benko", "Lee Min-ho"], "Seoul")


def test_a_firms_talks_with_a_government_its_chairman_met_the_minister_of_are_no_second_meeting(extract):
    found = extract("Vandermolen chairman Pieter Smits met Industry Minister Adam Kowal in Warsaw on Tuesday, the "
                    "ministry said. Vandermolen has been in talks with the Polish government for several months about "
                    "buying the Gdynia yard.", published=dt.date(2025, 3, 12))
    assert [sorted(names(m)) for m in found] == [["Adam Kowal", "Pieter Smits"]]


def test_a_meeting_set_as_a_condition_with_until_is_none(extract):
    assert extract("An FNL spokesman said the group would not lay down its arms until it had met President Paul "
                   "Niyonzima.", published=dt.date(2025, 3, 12)) == []


def test_a_summit_to_sign_a_treaty_settling_something_is_of_those_who_sign(extract):
    found = extract("Uzbek President Jasur Rakhimov and Turkmen President Serdar Orazov agreed on Monday to sign a "
                    "treaty settling their water dispute at a summit in Khiva.", published=dt.date(2025, 3, 12))
    assert [(sorted(names(m)), m["location"]) for m in found if m["status"] == "planned"] == [
        (["Jasur Rakhimov", "Serdar Orazov"], "Khiva")]


def test_a_summit_told_again_as_pushed_back_takes_the_new_day(extract):
    found = extract("Uzbek President Jasur Rakhimov and Turkmen President Serdar Orazov will hold a summit in Khiva "
                    "on March 20. The summit, initially set for March 20, has been pushed back to April 3, officials "
                    "said.", published=dt.date(2025, 3, 12))
    assert [(m["status"], m["date"]) for m in found] == [("planned", "2025-04-03")]


def test_a_dateline_with_the_agency_and_a_colon_gives_the_city_and_its_state(extract):
    [m] = extract("Manama, Nov. 4 (BNA): His Royal Highness the Crown Prince and Prime Minister received Kuwaiti Foreign "
                  "Minister Abdullah Al-Yahya today.", published=dt.date(2025, 11, 4))
    assert (people(m), m["location"]) == ([("Crown Prince and Prime Minister of Bahrain", "BH"),
                                          ("Abdullah Al-Yahya", "KW")], "Manama")


def test_headlines_under_a_related_news_heading_are_other_stories(extract):
    found = extract("Manama, Nov. 4 (BNA): Foreign Minister Rashid Al Zayani received Kuwaiti Foreign Minister "
                    "Abdullah Al-Yahya today.\n\nRelated News\nHM the King receives phone call from Omani Sultan\n"
                    "Crown Prince meets Saudi envoy", published=dt.date(2025, 11, 4))
    assert [sorted(names(m)) for m in found] == [["Abdullah Al-Yahya", "Rashid Al Zayani"]]


def test_headlines_under_a_similar_articles_heading_are_other_stories(extract):
    found = extract("Gitega, July 6 (ABP) – President Evariste Ndikumana received Ugandan Trade Minister Grace Atim "
                    "today.\n\nShare\nSimilar articles\n"
                    "The Head of State receives the Kenyan Minister of Energy\nThe Head of State meets Zambian envoy",
                    published=dt.date(2026, 7, 7))
    assert [names(m) for m in found] == [["Evariste Ndikumana", "Grace Atim"]]


def test_headlines_under_an_other_news_heading_far_down_a_long_page_are_other_stories(extract):
    body = ("Foreign Minister Edgars Zalite met his Lithuanian counterpart, Ruta Jaksaite, in Daugavpils on "
            "Wednesday.\nThe two agreed to align rules on border crossings.\n" + "".join(
                f"Paragraph {n} of the story says nothing of anyone meeting anyone.\n" for n in range(8)))
    for heading in ("Other news", "Read also:", "Related articles"):
        found = extract(f"{body}{heading}\nPrime Minister Nodar Beradze meets Ambassador of Japan\n"
                        "President Askar Dzhumabek to meet Uzbek counterpart in Tashkent next week\n",
                        published=dt.date(2025, 9, 25))
        assert [names(m) for m in found] == [["Edgars Zalite", "Ruta Jaksaite"]], heading


def test_a_visit_at_the_invitation_of_someone_met_later_is_that_meeting(extract):
    found = extract("Minister of Foreign Affairs of Mongolia B.Oyun paid an official visit to the Republic of Korea "
                    "from 3 to 5 May 2025 at the invitation of Minister of Foreign Affairs of the Republic of Korea Park "
                    "Ji-hoon.\n\nOn 3 May, Minister B.Oyun was welcomed by Minister Park Ji-hoon at the Foreign Ministry "
                    "in Seoul, where the two Ministers held official talks.", published=dt.date(2025, 5, 6))
    assert len([m for m in found if "Park Ji-hoon" in names(m)]) == 1


def test_a_state_whose_official_is_a_side_is_no_side_of_its_own(extract):
    [m] = extract("JAKARTA, May 16 (Reuters) - Indonesia and Malaysia agreed to hold joint patrols along their border "
                  "after talks between Indonesian Defence Minister Budi Santoso and his Malaysian counterpart, Azlan "
                  "Hashim, in Jakarta on Thursday.", published=dt.date(2024, 5, 16))
    assert sorted(names(m)) == ["Azlan Hashim", "Budi Santoso"]


def test_a_courtesy_call_on_someone_the_parser_made_the_object_of_paid(extract):
    [m] = extract("Thai Prime Minister Somchai Wongsawat arrived in Vientiane on Monday. He paid a courtesy call on Lao "
                  "President Bounthong Phommavong, who urged faster progress on the railway.", dt.date(2025, 9, 10))
    assert surnames(m) == ["Phommavong", "Wongsawat"]


def test_a_pronoun_after_a_passive_with_no_one_as_subject_is_its_doer(extract):
    [m] = extract("Chile has offered Bolivia a port, as La Paz looks for a way to the sea.\n\nThe offer was made by "
                  "Chilean President Andres Molina when he met Bolivian President Ruben Quispe in Arica on 3 March.",
                  dt.date(2025, 3, 5))
    assert sorted(names(m)) == ["Andres Molina", "Ruben Quispe"]


def test_a_pronoun_after_a_sentence_whose_subject_is_no_one_is_the_person_it_moved(extract):
    found = extract("Thai Prime Minister Somchai Wongsawat and his Lao counterpart Khamla Inthavong held talks in "
                    "Vientiane on Tuesday.\n\nThe afternoon took Somchai to the Presidential Palace. There he paid a "
                    "courtesy call on Lao President Bounthong Phommavong.", dt.date(2025, 9, 10))
    assert sorted(surnames(m) for m in found) == [["Inthavong", "Wongsawat"], ["Phommavong", "Wongsawat"]]



def test_a_call_paid_on_a_named_person_on_a_given_day_to_offer_help_is_a_visit(extract):
    [m] = extract("Australia's High Commissioner, Jane Ashworth, called on Prime Minister Tevita Fifita on Tuesday to "
                  "offer emergency supplies, his office said.", dt.date(2026, 2, 18))
    assert (surnames(m), m["date"]) == (["Ashworth", "Fifita"], "2026-02-17")


def test_a_call_on_someone_to_offer_something_with_no_day_between_stays_a_demand(extract):
    assert extract("The opposition leader, Mele Tupou, called on Prime Minister Tevita Fifita to offer an apology "
                   "to the victims.", dt.date(2026, 2, 18)) == []


def test_a_pronoun_in_a_clause_on_a_visit_under_a_dateline_is_the_visitor(extract):
    found = extract("APIA, Feb 18 (AFP) - Fijian Prime Minister Jone Ravuvu's visit to Apia, during which he was to "
                    "have held talks with Samoan Prime Minister Tui Faleolo, has been called off because of a "
                    "cyclone, Samoa's government said.", dt.date(2026, 2, 18))
    assert ["Faleolo", "Ravuvu"] in [surnames(m) for m in found]


def test_the_ministers_together_with_someone_new_met_him_too(extract):
    found = extract("Danish Interior Minister Lars Holm and his Swedish counterpart Eva Berg met in Malmo on Wednesday, "
                    "the ministry said.\n\nLast Friday, the two ministers, together with Norwegian Justice Minister Ola "
                    "Dahl, met in Oslo and agreed on joint patrols.", dt.date(2024, 11, 28))
    assert sorted((surnames(m), m["location"]) for m in found) == [
        (["Berg", "Dahl", "Holm"], "Oslo"), (["Berg", "Holm"], "Malmo")]


def test_their_meeting_of_a_body_named_in_its_own_clause_is_not_the_meeting_told(extract):
    [m] = extract("Danish Interior Minister Lars Holm and his Swedish counterpart Eva Berg met on Wednesday to discuss "
                  "joint patrols, the ministry said.\n\nEU interior ministers are expected to decide on border checks "
                  "at their meeting in Brussels on December 12.", dt.date(2024, 11, 28))
    assert (surnames(m), m["location"]) == (["Berg", "Holm"], None)


def test_a_date_line_above_a_dateline_is_not_its_place(extract):
    [m] = extract("Minister of State Meets Peruvian Foreign Minister\nDiplomacy\n08/09/2025\nDoha, September 08 (QNA) - "
                  "HE Minister of State for Foreign Affairs Dr. Salem bin Khalid Al-Kuwari met today with HE Minister of "
                  "Foreign Affairs of Peru Rosa Quispe Huaman, who is currently visiting the country.", dt.date(2025, 9, 9))
    assert m["location"] == "Doha"



def test_two_named_before_a_reciprocal_verb_the_second_with_a_long_title_the_model_did_not_tag(extract):
    [m] = extract("Costa Rican Trade Minister Julia Vargas Solís and Panamanian Minister of Commerce and Industries "
                  "Tomás Herrera Quirós met on Tuesday in San José to review the border customs post, the ministry "
                  "said.", dt.date(2025, 5, 7))
    assert (surnames(m), m["location"]) == (["Quirós", "Solís"], "San José")


def test_between_hung_off_the_venue_of_the_talks_names_their_sides(extract):
    [m] = extract("Nurses in Ghana have called off their strike. The deal was reached after talks at the Jubilee House "
                  "in Accra between Health Minister Kwame Asante and Ama Owusu, president of the nurses' association.")
    assert (surnames(m), m["location"]) == (["Asante", "Owusu"], "Jubilee House, Accra")


def test_leaders_headed_by_someone_are_his_side(extract):
    [m] = extract("Nurses in Ghana have called off their strike. The deal was reached after talks at the Jubilee House "
                  "in Accra between Health Minister Kwame Asante and union leaders headed by Ama Owusu, president of "
                  "the nurses' association.")
    assert surnames(m) == ["Asante", "Owusu"]


def test_a_meeting_a_day_before_another_hung_as_a_second_verb_counts_back_from_it(extract):
    found = extract("Lima, 28 May 2025\nPeruvian Trade Minister Ana Quispe and Chilean Trade Minister Jorge Vidal met on "
                    "Tuesday at the Tacna border post.\nThe meeting came a day after the governor of the Tacna region, "
                    "Luis Mamani Condori, was received in Lima by Interior Minister Rosa Huamán Torres, to whom he "
                    "conveyed the urgency of reopening the crossing.", dt.date(2025, 5, 28))
    assert sorted(m["date"] for m in found) == ["2025-05-26", "2025-05-27"]


def test_a_day_earlier_the_model_left_untagged_dates_the_talks_not_the_saying(extractor):
    # (The model tags "a day earlier" here; some sentences it leaves untagged: untagged by hand.)
    doc = extractor.nlp("LIMA, May 6 (Reuters) - Peru and Chile will build a port, Peruvian Trade Minister Ana Quispe "
                        "said on Tuesday, after talks with Chilean Trade Minister Jorge Vidal in Arica a day earlier.")
    doc.ents = [e for e in doc.ents if "day" not in e.text]
    talks = next(t for t in doc if t.lower_ == "talks")
    assert details.date_phrase(talks, talks.head.head) == "a day earlier"


def test_said_on_a_day_after_meeting_someone_dates_the_meeting(extract):
    [m] = extract("OSLO, Jan 21 (Reuters) - Norway and Denmark will step up joint patrols in the North Sea after damage "
                  "to two more cables this month, Norwegian Defence Minister Lars Berg said on Wednesday after meeting "
                  "his Danish counterpart Mette Holm in Oslo.", dt.date(2026, 1, 21))
    assert (surnames(m), m["date"]) == (["Berg", "Holm"], "2026-01-21")


def test_a_day_phrase_the_verbs_of_a_sentence_share_is_one_day_for_all(extract):
    found = extract("LISBON, Oct 9 (EFE) - Belgian Prime Minister Jan Peeters was welcomed by Portuguese Prime Minister "
                    "Rui Costa at the Sao Bento Palace on Monday for talks on migration, the government said.\n\nThe "
                    "following day, Peeters was received by President Ana Sousa at the Belem Palace and then held "
                    "separate talks with opposition leader Pedro Nunes at the Assembly, the Belgian embassy said.",
                    dt.date(2024, 10, 9))
    assert sorted((m["date"], surnames(m)[0]) for m in found) == [
        ("2024-10-07", "Costa"), ("2024-10-08", "Nunes"), ("2024-10-08", "Peeters")]


def test_a_meeting_of_officials_no_one_names_is_kept_below_the_alert_floor(extract):
    both, one = (extract(text, dt.date(2025, 6, 20)) for text in (
        "Zambia's trade minister will meet his Zimbabwean counterpart in Livingstone next week, officials said.",
        "Trade Minister Bwalya Mumba will meet his Zimbabwean counterpart in Livingstone next week, officials said."))
    assert [m["confidence"] < DEFAULT_MIN_CONFIDENCE for m in both + one] == [True, False]


def test_a_described_official_under_a_section_name_is_named_on_one_line(extract):
    found = extract("Gulf Times\nQatar\nPM holds talks with Egyptian President in Cairo\nQNA/Cairo\nHE the Prime "
                    "Minister Sheikh Fahad Al Thani was received by Egyptian President Mostafa Wahdan at Al-Ittihadiya "
                    "Palace in Cairo yesterday.", dt.date(2026, 3, 9))
    assert found and not any("\n" in p["name"] for m in found for p in m["participants"])


def test_a_commander_of_armed_forces_is_named_after_the_comma_not_by_the_forces(extract):
    [m] = extract("Defence Minister Arif Rahman arrived on Monday. Rahman's meeting with the Chief of the Royal "
                  "Bahrain Armed Forces, Lieutenant General Sheikh Hamad Yusri, followed on Tuesday at the "
                  "ministry.", FRIDAY)
    assert names(m)[1].endswith("Hamad Yusri")
    assert m["participants"][1]["title"] == "Chief of the Royal Bahrain Armed Forces"


@pytest.mark.parametrize(("text", "place"), [
    ("Vietnamese Defence Minister Tran Van Minh was received by his Philippine counterpart Jose Reyes at Camp "
     "Aguinaldo on Tuesday for talks on fishing rights in the West Philippine Sea.", "Camp Aguinaldo"),
    ("The Minister of Foreign Affairs, Elena Ruiz Paz, received today at the Ministry her Salvadoran counterpart, "
     "Jorge Molina Vega, for a working meeting focused on fishing rights in the Gulf of Fonseca.", "Ministry"),
])
def test_a_place_in_what_the_talks_were_about_is_not_where_they_were(extract, text, place):
    [m] = extract(text, FRIDAY)
    assert m["location"] == place


def test_what_was_discussed_by_phone_with_someone_is_a_call_with_them(extract):
    [m] = extract("Dutch Finance Minister Eva de Wit said she had discussed the cost of the loans offered to Kyiv "
                  "by phone with Belgian Finance Minister Luc Maes on Wednesday.", FRIDAY)
    assert (m["kind"], surnames(m)) == ("phone_call", ["Maes", "Wit"])


def test_people_met_each_at_their_own_place_or_day_are_met_apart(extract):
    found = extract("On Thursday, Portuguese President Rui Lopes will meet Prime Minister Ana Matos at the Sao Bento "
                    "Palace and Speaker of Parliament Jorge Alves at the Assembly building.", FRIDAY)
    assert sorted((surnames(m), m["location"]) for m in found) == [
        (["Alves", "Lopes"], "Assembly building"), (["Lopes", "Matos"], "Sao Bento Palace")]
    found = extract("Polish President Jan Nowak met Prime Minister Adam Lis on Monday and Speaker Olga Wrona on "
                    "Tuesday.", FRIDAY)
    assert sorted((surnames(m), m["date"]) for m in found) == [
        (["Lis", "Nowak"], "2025-03-17"), (["Nowak", "Wrona"], "2025-03-18")]


def test_a_dateline_of_a_town_the_model_does_not_know_is_no_party(extract):
    [m] = extract("CTK\n3 June 2025 | 09:12\n\nMikulov, South Moravia, June 2 (CTK) – Czech Interior Minister Eva "
                  "Kurkova and her Slovak counterpart Peter Hlina agreed at their meeting in the town on Monday to set "
                  "up joint patrols on mountain trails, Kurkova told reporters.", dt.date(2025, 6, 3))
    assert surnames(m) == ["Hlina", "Kurkova"]


@pytest.mark.parametrize("text", [
    # the office taken for the root, "received" for a description of it
    "The Minister of Foreign Affairs, Awa Kone, received in audience on Thursday the Ambassador of Ghana, Kwesi "
    "Boateng.",
    # the envoy's host state the model leaves untagged
    "The Minister of Health, Marie Kablan, received in audience on Thursday the Ambassador of Ghana to Côte d'Ivoire, "
    "Kwesi Boateng.",
    # the one received put after the day and the place, taken for a modifier of the verb
    "The Minister of Health, Marie-Louise Ahoua Kablan, received in audience this Thursday, March 20, 2025, at her "
    "office in the Plateau, the Ambassador of Ghana to Côte d'Ivoire, Kwesi Boateng-Mensah.",
])
def test_an_audience_in_a_state_agency_release_is_a_meeting(extract, text):
    [m] = extract(text, FRIDAY)
    assert (surnames(m)[0], m["date"]) == ("Boateng" if "Mensah" not in text else "Boateng-Mensah", "2025-03-20")
    assert any(name.endswith(("Kablan", "Kone")) for name in names(m))


def test_a_state_named_by_a_word_for_any_state_is_no_place(extract):
    [m] = extract("Amman, March 18 (Petra) -- Foreign Minister Nasser Haddad on Tuesday held talks with Kuwaiti "
                  "Foreign Minister Fahad al-Sabah, who is visiting the Kingdom.", dt.date(2025, 3, 18))
    assert m["location"] == "Amman"


def test_where_someone_is_due_to_meet_another_is_the_meeting_place(extract):
    [m] = extract("OSLO, May 5 (Reuters) - Norwegian Trade Minister Ingrid Solberg-Dahl is due in Brussels on Thursday "
                  "to meet European Trade Commissioner Pavel Hruby.", dt.date(2025, 5, 5))
    assert (m["status"], m["location"]) == ("planned", "Brussels")


def test_a_place_named_at_the_talks_is_where_they_were_not_the_country_visited(extract):
    [m] = extract("Kenya's President Daniel Mwangi has held talks with Peter Hale at Whitehall on his first visit to "
                  "the UK since his election.", None)
    assert m["location"] == "Whitehall"


def test_a_page_date_line_above_the_story_is_the_day_its_today_means(extract):
    [m] = extract("Government of Norway\nNews\nPrime Minister met the Taoiseach in Tirana\n16 May 2025\nPrime Minister's "
                  "Office\nPrime Minister Jonas Berge met Taoiseach Sean Doyle today on the sidelines of the summit "
                  "in Tirana.", dt.date(2025, 5, 17))
    assert m["date"] == "2025-05-16"


def test_a_name_told_once_without_its_middle_name_is_the_same_person(extract):
    found = extract("President receives Namibian minister\nAngolan Head of State, Rosa Neto, receives Namibian minister "
                    "Peter Hamutenya at the Palácio da Cidade Alta\nLuanda - The President of the Republic, Rosa Neto, "
                    "received in audience on Tuesday, in Luanda, the Namibian Minister of Trade, Peter Kalenga "
                    "Hamutenya, who delivered a message from his president.", dt.date(2024, 6, 19))
    assert [names(m) for m in found] == [["Rosa Neto", "Peter Kalenga Hamutenya"]]


def test_earlier_at_the_start_of_a_sentence_is_the_day_told_before(extract):
    found = extract("Namibian President Anna Shipanga received Angolan Foreign Minister Rosa Neto in Windhoek on "
                    "Tuesday. Earlier, Neto held talks with her Namibian counterpart Peter Hamutenya.",
                    dt.date(2024, 6, 20))
    assert [m["date"] for m in found] == ["2024-06-18", "2024-06-18"]


def test_the_capital_named_after_a_comma_is_the_place(extract):
    [m] = extract("Mr Dunmore also visited Mauritius, where he met Prime Minister Ravi Ramgoolam in the capital, Port "
                  "Louis.", None)
    assert m["location"] == "Port Louis"


def test_an_akim_is_an_office_not_a_name(extract):
    [m] = extract("SHYMKENT - Georgian Transport Minister Davit Beridze met Akim of Shymkent Yerlan Saparov on "
                  "Tuesday to discuss a new bus route.", published=dt.date(2026, 5, 14))
    assert names(m) == ["Davit Beridze", "Yerlan Saparov"]


def test_a_dateline_of_place_day_and_agency_in_capitals_dates_today(extract):
    # The page is of the next morning; "today" is the dateline's day.
    [m] = extract("Prime Ministers speak by phone\nTBILISI, MARCH 3, GEONEWS. Prime Minister of Georgia Irakli "
                  "Lomidze had a telephone conversation today with Prime Minister of Moldova Ion Rusu.",
                  published=dt.date(2026, 3, 4))
    assert m["date"] == "2026-03-03"


def test_surnames_told_again_are_mentions_whatever_the_model_tagged_them(extract):
    # The model tags "Sargsyan" a body and "Mammadzade" a place; "the two ministers" are those two,
    # not the host named last before them.
    *_, earlier = extract("BAKU, March 6 - Armenian Foreign Minister Gohar Sargsyan and her Azerbaijani counterpart "
                          "Rauf Mammadzade met in Baku on Thursday for talks hosted by Kazakh Foreign Minister Daniyar "
                          "Abenov. After the session, Sargsyan and Mammadzade continued one-on-one for an hour. The two "
                          "ministers last met in Geneva in January.", published=dt.date(2026, 3, 6))
    assert (names(earlier), earlier["location"]) == (["Gohar Sargsyan", "Rauf Mammadzade"], "Geneva")


def test_a_clubs_negotiations_with_its_player_have_him_for_a_side(extract):
    # A defender is no official, but the club's bargaining with him is talks all the same.
    [m] = extract("The striker Tom Hale has two years left on his contract. Hale is in negotiations with "
                  "Rovers over extending his deal, the club said.")
    assert names(m) == ["Tom Hale", "Rovers"]



def test_a_capital_taken_for_a_person_is_no_side():
    # The parser may hang an envoy's name off the city he was received in, the city made a person.
    minister, city, capital_as_body = (Party("Rose Agbo", "Foreign Minister", "BJ"), Party("Cotonou", None, None),
                                       Party("Moscow", None, "RU", group=True))
    assert extractor_module._sides_not_places([minister, city, capital_as_body], set()) == [minister, capital_as_body]


def test_what_they_agreed_at_a_meeting_dates_the_meeting(extract):
    [m] = extract("TUNIS, May 14 - Algerian Prime Minister Karim Bensalah and his Tunisian counterpart, Leila Gharbi, "
                  "agreed on Wednesday to revive plans for a coastal railway and to speed up work on connecting their "
                  "power grids, at a meeting in the Tunisian town of Tabarka, the Algerian government said.",
                  published=dt.date(2026, 5, 14))
    assert (m["location"], m["date"]) == ("Tabarka", "2026-05-13")


def test_a_part_of_the_day_dates_as_the_day(extract):
    # The model tags "this morning" a time, not a date.
    [m] = extract("President Ali Rasheed met this morning with the Minister of Foreign Affairs of Nepal, Sita Gurung.",
                  published=dt.date(2025, 9, 4))
    assert m["date"] == "2025-09-04"
    # "late Wednesday", "on Sunday night": a weekday with its part of the day, one time to the model.
    [night] = extract("Union leader Rui Costa held a secret meeting with the Labour Minister, Ana Lopes, at her "
                      "residence on Sunday night.", published=dt.date(2025, 9, 4))
    assert night["date"] == "2025-08-31"


def test_a_visit_by_someone_is_where_their_meetings_are_held(extract):
    # "by" hangs on the noun the visit is of as often as on the visit; the capital is tagged a person.
    [m] = extract("Chile and Peru agreed on a fisheries plan at the end of a two-day visit to Lima by Chilean Prime "
                  "Minister Tomas Errazuriz. On Thursday, the Chilean premier was received by President Ana Quispe "
                  "at the presidential residence.", published=dt.date(2026, 5, 22))
    assert (m["location"], m["date"]) == ("Lima", "2026-05-21")


def test_a_building_named_without_its_city_is_in_the_city_of_the_trip_or_the_dateline(extract):
    [m] = extract("OSLO, June 3 - Norwegian Foreign Minister Kari Lunde and her Icelandic counterpart, Jon Einarsson, "
                  "talked for two hours at the Victoria Terrace building on Tuesday.", published=dt.date(2026, 6, 3))
    assert m["location"] == "Victoria Terrace building, Oslo"
    # The traveller's city before the dateline's.
    [_, there] = extract("OSLO, June 3 - Norwegian Foreign Minister Kari Lunde met Danish Foreign Minister Lars Holm on "
                         "Monday. Lunde arrived in Helsinki on Tuesday. Lunde was received by Finnish President "
                         "Aino Virtanen at the Koivisto Palace.", published=dt.date(2026, 6, 3))
    assert there["location"] == "Koivisto Palace, Helsinki"


def test_a_trip_told_earlier_in_the_meetings_own_sentence_is_where_it_was_held(extract):
    [m] = extract("The Samoan deputy prime minister, who arrived in Suva on Monday, held talks on Tuesday with Fijian "
                  "Foreign Minister Jone Tawake.", published=dt.date(2026, 3, 5))
    assert m["location"] == "Suva"
    [m] = extract("Tongan Prime Minister Sione Vea arrived in Apia on Monday and held talks with his Samoan "
                  "counterpart Tuila Faleolo at the Ministry of Foreign Affairs.", published=dt.date(2026, 3, 5))
    assert m["location"] == "Ministry of Foreign Affairs, Apia"


def test_the_later_fields_of_a_long_office_are_no_party(extract):
    # The model tags "Industry and Investment Promotion" an organisation.
    [m] = extract("Kuwaiti Minister Fahad Al Mutairi met today with Salem Al Shukaili, Minister of Commerce, Industry "
                  "and Investment Promotion, to discuss Kuwaiti investments in the free zones.")
    assert [p["name"] for p in m["participants"]] == ["Fahad Al Mutairi", "Salem Al Shukaili"]
    # The one field an office is of may name a people.
    [king] = extract("Tanzanian President Halima Juma Mwakalinga was received by the King of the Belgians at the "
                     "Royal Palace on Tuesday.")
    assert [p["name"] for p in king["participants"]][0] == "Halima Juma Mwakalinga" and len(king["participants"]) == 2


def test_the_eve_of_a_meeting_is_the_day_before_it(extract):
    # The model tags no date in "On the eve of the meeting".
    [_, eve] = extract("RIGA, Dec 19 - Latvian Foreign Minister Ilze Berzina and EU envoy Anna Kask co-chaired a "
                       "ministerial meeting at the House of the Blackheads on Tuesday. On the eve of the meeting, "
                       "Kask was received by President Janis Ozols.", published=dt.date(2025, 12, 19))
    assert eve["date"] == "2025-12-15"


def test_a_dateline_with_its_agency_between_slashes(extract):
    text = ("Bucharest, May 6 /Agerpres/ - Defence Minister Elena Tudose met today with her Bulgarian counterpart "
            "Stoyan Grozdev at the Kogalniceanu Air Base.")
    for page in (text, f"AGERPRES\nPolitics / Defence\nDefence ministers review air policing\n{text}"):
        [m] = extract(page, published=dt.date(2025, 5, 7))
        assert (names(m), m["location"], m["date"]) == (
            ["Elena Tudose", "Stoyan Grozdev"], "Kogalniceanu Air Base, Bucharest", "2025-05-06")


def test_a_headline_in_title_case_names_no_one_after_the_title(extract):
    # The model tags "Receives Courtesy" a person.
    found = extract("Prime Minister Receives Courtesy Call from Ambassador of Peru\nBelmopan. April 15, 2025. Prime "
                    "Minister Hon. Dean Castillo this morning received a courtesy call from the Ambassador of Peru, H.E. "
                    "Ana Quispe, at the Sir Edney Cain Building.", published=dt.date(2025, 4, 15))
    assert [names(m) for m in found] == [["Dean Castillo", "Ana Quispe"]]


def test_an_object_named_after_the_place_and_the_day(extract):
    # The parser hangs the name on the dateline, not on "received".
    [m] = extract("Doha: His Highness the Amir received at the Amiri Diwan yesterday Sayyid Badr bin Hamad Al Busaidi, "
                  "Minister of Foreign Affairs of the Sultanate of Oman, who conveyed the greetings of His Majesty the "
                  "Sultan.", published=dt.date(2026, 4, 9))
    assert "Al Busaidi" in names(m)[-1] and m["date"] == "2026-04-08"


def test_talks_that_followed_with_one_side_named_are_the_visitors(extract):
    [_, talks] = extract("MUSCAT, April 23 - Yemeni Foreign Minister Salim Haddad was received by Oman's Deputy Prime "
                         "Minister Sayyid Fahd Al Said at Al Alam Palace on Wednesday. Talks with Foreign Minister Badr "
                         "Al Harthi followed at the foreign ministry in Muscat.", published=dt.date(2026, 4, 23))
    assert (names(talks), talks["location"]) == (["Salim Haddad", "Badr Al Harthi"], "Muscat")


def test_a_dateline_place_whose_first_word_is_short(extract):
    [m] = extract("EL ALTO, June 12 - Bolivian Foreign Minister Rosa Mamani met her Peruvian counterpart Luis Ortiz on "
                  "Wednesday.", published=dt.date(2025, 6, 12))
    assert (m["location"], m["date"]) == ("El Alto", "2025-06-11")



def test_a_state_with_and_in_its_name_is_no_side_of_its_own(extractor):
    # The parser reads "Trinidad and Tobago Prime Minister X" as "Trinidad" and X; which sentences it
    # splits so depends on the names, so the word test is checked on its own.
    doc = extractor.nlp("Trinidad and Tobago and Bosnia and Herzegovina signed; France and Germany did not.")
    halves = [t.text for t in doc if people_module._half_of_a_state(t)]
    assert halves == ["Trinidad", "Bosnia"]


def test_an_official_of_a_state_named_with_and_has_its_country(extract):
    [m] = extract("Venezuelan Oil Minister Hector Marin met on Thursday in Caracas with Trinidad and Tobago's Energy "
                  "Minister Keith Ramdial to discuss the gas field.", published=dt.date(2025, 2, 21))
    assert people(m) == [("Hector Marin", "VE"), ("Keith Ramdial", "TT")]


def test_a_meeting_skipped_did_not_take_place(extract):
    [m] = extract("Czech Prime Minister Jan Horak flew home on Wednesday night, skipping a meeting with Slovak "
                  "parliament speaker Peter Kral that had been planned for Thursday.", published=dt.date(2026, 4, 29))
    assert (names(m), m["status"]) == (["Jan Horak", "Peter Kral"], "cancelled")


def test_talks_with_a_group_told_again_as_talks_with_its_named_officer_are_one_meeting(extract):
    found = extract("Swedish envoy meets Karen rebel leaders\n\nSweden's peace envoy to Myanmar, Ola Berg, has held "
                    "talks with leaders of the Karen rebels in their northern stronghold of Manerplaw, in an attempt to "
                    "revive stalled peace negotiations.\n\nMr Berg met the head of the Karens' political wing, Saw Htoo, "
                    "for more than four hours, the rebels' website said.", None)
    assert [names(m) for m in found] == [["Ola Berg", "Saw Htoo"]]


def test_the_two_ministers_are_no_prime_minister_met_since(extract):
    found = extract("Zambian Mines Minister Joseph Banda held talks with Congo's Mines Minister Pierre Kalala in Lusaka "
                    "on Tuesday. Mr Kalala also paid a courtesy call on Prime Minister Anna Mwale on Wednesday. The two "
                    "ministers will meet again in Lubumbashi in October.", published=dt.date(2026, 5, 15))
    planned = [m for m in found if m["status"] == "planned"]
    assert [(names(m), m["location"]) for m in planned] == [(["Joseph Banda", "Pierre Kalala"], "Lubumbashi")]


def test_they_of_the_two_presidents_said_are_the_presidents_who_met(extract):
    # The meeting told last is a called-off one with a group, which no "two presidents" can be.
    found = extract("Guillermo Soto Ruiz and Alberto Mena Castro met on Friday at the Penas Blancas crossing. Mr Soto, "
                    "Nicaragua's president, said the queues of lorries were costing both countries dearly. He had been "
                    "due to meet coffee growers' leaders in Rivas afterwards, but the meeting was called off because of "
                    "a strike. The two presidents said they would meet again in San Jose in March.", None)
    planned = [m for m in found if m["status"] == "planned"]
    assert [(surnames(m), m["location"]) for m in planned] == [(["Castro", "Ruiz"], "San Jose")]


def test_a_headline_told_in_the_story_stays_beside_the_pairs_next_meeting(extract):
    # "PM" is one of "the two Prime Ministers"; the headline's talks, told again in the story, are
    # kept though the pair's next meeting is told below.
    found = extract("Government of Tonga\nMedia Centre > News\nPM Tupou holds bilateral talks with Fijian Prime Minister"
                    "\n17/10/2025\nPrime Minister Hon. Siaosi Tupou today held bilateral talks with the Prime Minister of "
                    "the Republic of Fiji, Hon. Joape Nailatikau, at the Prime Minister's Office in Nuku'alofa.\nHon. "
                    "Nailatikau will travel to Vava'u tomorrow, where he will meet the Governor of Vava'u, Lord Fulivai. "
                    "The two Prime Ministers will meet again at the Pacific Islands Forum in Honiara next month.",
                    published=dt.date(2025, 10, 17))
    pair = [(m["status"], names(m)) for m in found if "Siaosi Tupou" in names(m)]
    assert pair == [("occurred", ["Siaosi Tupou", "Joape Nailatikau"]), ("planned", ["Siaosi Tupou", "Joape Nailatikau"])]


def test_whom_the_two_prime_ministers_or_the_two_ministers_can_be():
    assert holds_office("PM", "minister", "prime")  # a headline's abbreviation
    assert holds_office("Foreign Minister", "minister") and holds_office("Minister of Foreign Affairs", "minister")
    assert not holds_office("Prime Minister", "minister") and not holds_office("Vice-President", "president")
    assert not holds_office("Defence Minister", "minister", "foreign")


def test_an_invitation_accepted_from_someone_is_a_visit_planned_with_them(extract):
    found = extract("BISHKEK, June 20 - Kyrgyz President Nurlan Toktomatov received Tajik Prime Minister Davlat Safarov "
                    "on Friday. Toktomatov has accepted an invitation from Tajik President Saidmurod Hakimov to make a "
                    "state visit to Dushanbe in the autumn, the press service said.", published=dt.date(2025, 6, 20))
    assert [(names(m), m["status"], m["location"]) for m in found][1:] == [
        (["Nurlan Toktomatov", "Saidmurod Hakimov"], "planned", "Dushanbe")]


def test_an_invitation_accepted_from_the_one_just_met_is_another_meeting_of_theirs(extract):
    found = extract("DUBLIN, March 12 - Irish Foreign Minister Niamh Walsh met Icelandic Foreign Minister Hildur "
                    "Jonsdottir at Iveagh House on Wednesday. They discussed fisheries. Walsh accepted an invitation "
                    "from Minister Jonsdottir to visit Reykjavik later this year.", published=dt.date(2025, 3, 12))
    assert [(m["status"], m["location"]) for m in found] == [("occurred", "Iveagh House, Dublin"), ("planned", "Reykjavik")]


def test_an_invitation_accepted_from_no_one_named_is_from_the_host_met_of_that_state(extract):
    found = extract("TASHKENT, June 11 - Kazakh Prime Minister Serik Zhanbekov held talks with Uzbek President Bakhtiyor "
                    "Yusupov at the Kuksaroy residence on Tuesday, after meeting Uzbek Foreign Minister Anvar Saidov. "
                    "Zhanbekov later flew home. Yusupov accepted an invitation to pay a return visit to Kazakhstan next "
                    "year.", published=dt.date(2026, 6, 11))
    planned = [m for m in found if m["status"] == "planned"]
    assert [(names(m), m["location"]) for m in planned] == [(["Bakhtiyor Yusupov", "Serik Zhanbekov"], "Kazakhstan")]


def test_a_return_visit_is_the_visitors_next_meeting_with_the_host(extract):
    found = extract("SANTIAGO, Oct 17 - Chilean Foreign Minister Camila Orrego received Argentine Foreign Minister "
                    "Federico Anchorena at La Moneda on Tuesday. Orrego will make a return visit to Buenos Aires in the "
                    "first half of next year, the two governments said.", published=dt.date(2025, 10, 17))
    assert [(names(m), m["status"], m["location"]) for m in found][1:] == [
        (["Camila Orrego", "Federico Anchorena"], "planned", "Buenos Aires")]


def test_a_report_dismissed_with_its_clause_parsed_as_a_second_verb_is_a_denial():
    # "The ministry dismissed as fiction a report that Kamau had held talks with Lual", the parser
    # joining "held" to "dismissed" as a second verb rather than to the report as its clause.
    words = ["The", "ministry", "dismissed", "as", "fiction", "a", "report", "that", "Kamau", "had", "held",
             "talks", "with", "Lual", "."]
    heads = [1, 2, 2, 2, 3, 6, 4, 8, 10, 10, 2, 10, 11, 12, 2]
    deps = ["det", "nsubj", "ROOT", "prep", "pobj", "det", "appos", "nsubj", "nsubj", "aux", "conj", "dobj",
            "prep", "pobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "ADP", "NOUN", "DET", "NOUN", "PRON", "PROPN", "AUX", "VERB", "NOUN", "ADP",
           "PROPN", "PUNCT"]
    lemmas = ["the", "ministry", "dismiss", "as", "fiction", "a", "report", "that", "Kamau", "have", "hold",
              "talk", "with", "Lual", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert triggers.status(doc[11], doc[10]) == Status.DENIED


def test_a_place_named_with_of_is_the_whole_name(extract):
    # The model tags "Port" a place and "Spain" another.
    [m] = extract("Guyanese Foreign Minister Devi Persaud held talks with her Trinidadian counterpart Ravi Maharaj in "
                  "Port of Spain on Monday.", published=dt.date(2025, 6, 11))
    assert m["location"] == "Port of Spain"
    [m] = extract("PORT OF SPAIN, June 11 - Guyanese Foreign Minister Devi Persaud held talks with her Trinidadian "
                  "counterpart Ravi Maharaj on Monday.", published=dt.date(2025, 6, 11))
    assert m["location"] == "Port of Spain"


def test_a_courtesy_call_of_someone_is_theirs(extract):
    [m] = extract("MANILA - Foreign Affairs Secretary Antonio Bernabe received the courtesy call of Italian Ambassador "
                  "Marco Rossi at the DFA on Tuesday.", published=dt.date(2024, 6, 12))
    assert (names(m), m["kind"]) == (["Antonio Bernabe", "Marco Rossi"], "in_person")


def test_the_office_holders_of_two_states_are_those_named_before(extract):
    # Prime Minister Parvu is given no country: she is of the state the story is filed from.
    found = extract("BUCHAREST, March 13 - Bulgarian Prime Minister Desislava Marinova held talks with Prime Minister "
                    "Ioana Parvu at Victoria Palace on Wednesday. The prime ministers of Romania and Bulgaria will meet "
                    "again on April 2 in Ruse, Parvu's spokesman said.", published=dt.date(2025, 3, 13))
    planned = [m for m in found if m["status"] == "planned"]
    assert [(surnames(m), m["location"], m["date"]) for m in planned] == [(["Marinova", "Parvu"], "Ruse", "2025-04-02")]


def test_a_counterpart_is_no_deputy_of_the_office(extract):
    found = extract("KUWAIT, Nov 13 - Kuwait's Foreign Minister Adel Al-Roumi held talks with Kazakhstan's Minister of "
                    "Foreign Affairs Murat Baikenov on Thursday. Kazakhstan's Deputy Foreign Minister Almas Ibrayev "
                    "attended. Al-Roumi accepted an invitation from his Kazakh counterpart to visit Astana next year.",
                    published=dt.date(2025, 11, 13))
    planned = [m for m in found if m["status"] == "planned"]
    assert [names(m) for m in planned] == [["Adel Al-Roumi", "Murat Baikenov"]]


def test_a_day_run_into_the_next_phrase_across_a_comma(extract):
    # The model tags "Thursday, days" as one date; the comma hangs outside it.
    [m] = extract("Malian President Oumar Keita and his Chadian counterpart, General Idriss Ahmat, discussed border "
                  "security in a telephone conversation on Thursday, days after an attack on an army post near the "
                  "frontier killed nine soldiers, the Malian presidency said.", published=dt.date(2025, 6, 20))
    assert (m["kind"], m["date"]) == ("phone_call", "2025-06-19")


def test_a_day_after_a_datelines_dash_run_into_it(extract):
    # The model tags "Jan 17 - Wednesday's" as one date, which the dateline's dash splits.
    [m] = extract("DOHA, Jan 17 - Wednesday's talks between Qatari Foreign Minister Nasser Al Kuwari and Omani "
                  "Foreign Minister Talal Al Harthy produced an agreement on a rail link, the ministry said.",
                  published=dt.date(2026, 1, 17))
    assert m["date"] == "2026-01-14"


def test_a_visit_put_off_holds_its_meeting_on_the_new_day(extract):
    # The meeting is in a relative clause of the visitor; the visit is what is pushed back.
    found = extract("SUVA, Sept 4 - A stop in Suva next Tuesday by Australian Foreign Minister Claire Bennett, who "
                    "was due to hold talks with Prime Minister Jone Rabuka on climate finance, has been pushed back "
                    "to Oct. 2 at Canberra's request.", published=dt.date(2025, 9, 4))
    assert [(surnames(m), m["status"], m["date"]) for m in found] == [(["Bennett", "Rabuka"], "planned", "2025-10-02")]
    found = extract("DAKAR, Oct 30 - A visit by ECOWAS Commission President Amadou Diallo, who had been due in Dakar "
                    "on Thursday to meet President Moussa Sall, has been postponed to Nov. 12, a source said.",
                    published=dt.date(2025, 10, 30))
    assert [(surnames(m), m["status"], m["date"]) for m in found] == [(["Diallo", "Sall"], "planned", "2025-11-12")]


def test_last_weekday_told_on_a_sunday_is_of_the_week_it_ends(extract):
    [m] = extract("Polish President Adam Kowal met Czech Prime Minister Petr Novak last Tuesday.",
                  published=dt.date(2025, 3, 23))
    assert m["date"] == "2025-03-18"


def test_a_meeting_before_an_agreement_is_dated_by_it(extract):
    # "agreed on Monday …, after X met Y": the meeting came just before the agreement.
    found = extract("NASSAU, March 3 - The Bahamas and the United States agreed on Monday to expand cooperation "
                    "on intercepting migrant boats, after Bahamas Foreign Minister Lavern Moss met U.S. Deputy "
                    "Secretary of State Carla Whitfield in Nassau.", published=dt.date(2026, 3, 3))
    assert [(surnames(m), m["date"]) for m in found] == [(["Moss", "Whitfield"], "2026-03-02")]


def test_a_portfolio_of_nationals_abroad_ends_before_the_name(extract):
    # (The model tags the portfolio's last words and the name as one organisation, or neither.)
    [m] = extract("President Youssef Chaabane received Algerian Minister of Foreign Affairs and National Community "
                  "Abroad Nadir Ziani at Carthage Palace.")
    assert [(p["name"], p["title"]) for p in m["participants"]][1] == (
        "Nadir Ziani", "Minister of Foreign Affairs and National Community Abroad")
    [m] = extract("President Youssef Chaabane received Minister of Foreign Affairs, Migration and Tunisians Abroad Hedi "
                  "Mejri at Carthage Palace.")
    assert names(m) == ["Youssef Chaabane", "Hedi Mejri"]


def test_a_hyphenated_office_is_one_title(extract):
    [m] = extract("Prime Minister Paul Mbarga met Gabon's Vice-President Hermann Obiang in Libreville.")
    assert (m["participants"][1]["title"], m["participants"][1]["country"]) == ("Vice-President", "GA")
    # The parser may make the word before the hyphen the object of "with": it is still the person.
    [m] = extract("Prime Minister Paul Mbarga is due in Libreville on Friday for talks with Gabon's Vice-President of "
                  "the Government, Hermann Obiang Ndong, a year after a planned meeting was called off.",
                  published=dt.date(2026, 10, 20))
    assert surnames(m) == ["Mbarga", "Ndong"]


def test_a_portfolio_listed_with_a_region(extract):
    [m] = extract("Australia's Minister for International Development and the Pacific, Callum Ashby, met Vanuatu "
                  "Prime Minister Kalo Naupa on Thursday.", published=dt.date(2026, 8, 14))
    assert [(p["name"], p["title"]) for p in m["participants"]][0] == (
        "Callum Ashby", "Minister for International Development and the Pacific")


def test_the_pairs_earlier_call_on_a_day_of_its_own_is_another_meeting(extract):
    found = extract("DOHA, Jan 17 - Qatari Foreign Minister Nasser Al Kuwari met Omani Foreign Minister Talal Al Harthy "
                    "in Doha on Wednesday. The two ministers had spoken by telephone on Jan. 8.",
                    published=dt.date(2026, 1, 17))
    assert [(m["kind"], m["date"]) for m in found] == [("in_person", "2026-01-14"), ("phone_call", "2026-01-08")]
    # Not others named apart under a plural of their own.
    found = extract("N'DJAMENA, Oct 8 - Chad's President Idriss Haggar and Niger's President Moussa Garba discussed "
                    "the postponement by telephone on Tuesday, a source said. The army chiefs of staff of Chad and "
                    "Niger, Abdelkerim Defallah and Boubacar Seyni, met on Monday in Diffa, in southeastern Niger, to "
                    "set up joint patrols.", published=dt.date(2026, 10, 8))
    assert not [m for m in found if m["kind"] == "in_person" and "Haggar" in surnames(m)]


def test_the_ministers_meeting_again_are_the_last_pair_of_ministers(extract):
    # The pair told last is a minister and a president; "the ministers" are the two met before.
    found = extract("Honduras's security minister, Rigoberto Suazo, and his Salvadoran counterpart, Julio Portillo, met "
                    "in the border town of El Poy on Friday. Mr Suazo later met President Alfredo Mejia. The ministers "
                    "are due to meet again in San Salvador on 15 March 2005.", published=None)
    planned = [m for m in found if m["status"] == "planned"]
    assert [(surnames(m), m["location"]) for m in planned] == [(["Portillo", "Suazo"], "San Salvador")]


def test_the_ministers_of_a_meeting_with_a_prime_minister_are_the_ministers(extract):
    found = extract("Foreign Minister Anna Berg and her Danish counterpart Lars Holm met Prime Minister Erik Dahl in "
                    "Oslo on Monday. The ministers will meet again in Copenhagen in May.",
                    published=dt.date(2025, 3, 5))
    planned = [m for m in found if m["status"] == "planned"]
    assert [surnames(m) for m in planned] == [["Berg", "Holm"]]


def test_a_time_read_as_the_subject_after_and_leaves_the_first_verbs_subject(extract):
    # The parser makes "the next morning" the subject of "sat down"; she sat down with Y.
    found = extract("Dutch Trade Minister Ingrid de Wolf called on President Marek Hanus at the castle on Monday "
                    "evening and the next morning sat down with Prime Minister Tomas Vrba for talks on energy, her "
                    "office said.", published=dt.date(2026, 2, 4))
    assert [(surnames(m), m["date"]) for m in found] == [(["Hanus", "Wolf"], "2026-02-02"),
                                                          (["Vrba", "Wolf"], "2026-02-03")]


def test_talks_after_which_someone_urged_took_place(extract):
    # What was urged is to come; the talks it followed were held.
    [m] = extract("Kenya's President Daniel Mwangi has urged Britain to lead a push to cancel Africa's debts, after "
                  "talks with Prime Minister Edward Hale in Downing Street.")
    assert (surnames(m), m["status"], m["location"]) == (["Hale", "Mwangi"], "occurred", "Downing Street")


def test_a_firm_called_by_the_first_word_of_its_name_is_that_firm(extract):
    # "Corvid" after "Corvid Airlines", however the model tags it; "the Dutch carrier Stellair" is
    # named there, not the last firm before.
    found = extract("Corvid Airlines has confirmed it is in talks with Lisbon-based Transatlantica about a merger.\n\n"
                    "Analysts at Harwood Securities welcomed the news. Last year talks between Corvid and the Dutch "
                    "carrier Stellair broke down over pensions.")
    assert [[p["name"] for p in m["participants"]] for m in found] == [
        ["Corvid Airlines", "Transatlantica"], ["Corvid Airlines", "Stellair"]]


def test_a_fixture_told_in_a_clause_of_its_own_leaves_the_meeting(extract):
    # The sport is the row's, in a clause below the meeting's, and in the sides' offices.
    [m] = extract("Welsh Rugby Union chief executive Owen Pritchard will meet Fiji Rugby chairman Josefa Naivalu on "
                  "Monday, after a dispute over player releases threatened to derail the three-match test series.",
                  published=None)
    assert (surnames(m), m["status"]) == (["Naivalu", "Pritchard"], "planned")
    # A fixture the sentence is about is no meeting, even when told in a clause of its own.
    assert extract("The row may overshadow a Nations League match in June, when Latvia meet Estonia in Riga.",
                   published=dt.date(2026, 3, 2)) == []
    assert extract("Separately, Olimpia and Cerro Porteño will meet in the Supercopa on Sunday in Asunción, the "
                   "Paraguayan Football Association said.", published=dt.date(2026, 3, 2)) == []


def test_a_headlines_bare_infinitive_is_a_plan(extract):
    [m] = extract("Ofcom to meet Vodafone over prices\n\nThe regulator is concerned about roaming charges.",
                  published=None)
    assert m["status"] == "planned"


def test_a_firm_the_words_before_call_a_developer_or_publisher(extract):
    [m] = extract("British games developer Kestrel Games has confirmed it is in takeover talks with US publisher "
                  "Orion Interactive.", published=None)
    assert [p["name"] for p in m["participants"]] == ["Kestrel Games", "Orion Interactive"]


def test_ringing_in_their_ears_is_no_call(extract):
    assert extract("Mr Hale and Mr Brody will fight the election with the sounds of open warfare between the two men "
                   "ringing in their ears.", published=None) == []


def test_a_country_is_not_the_first_word_of_a_party_named_before(extract):
    [m] = extract("The Pakistan People's Party has criticised the budget. Separately, India and Pakistan held talks on "
                  "trade in Islamabad on Monday.", published=dt.date(2005, 3, 2))
    assert [p["name"] for p in m["participants"]] == ["India", "Pakistan"]


def test_the_alliance_is_the_alliance_named_before(extract):
    found = extract("The Clean Screens Alliance says the quiz show is cruel. Ms Ortega defended it. The alliance last met "
                    "Channel Nine bosses in 2003 over a dating show.", published=None)
    assert [[p["name"] for p in m["participants"]][0] for m in found] == ["Clean Screens Alliance"]
    # "The ministry said": a source, not a side.
    found = extract("A meeting with officials from Chad and Niger set for May 2 was cancelled, the ministry said.",
                    published=None)
    assert not [p for m in found for p in m["participants"] if "ministry" in p["name"]]


def test_officials_from_a_body_are_named_to_the_end_of_its_name(extract):
    [m] = extract("Chief executive Joan Pratt met officials from the Office of Rail Regulation (ORR) on Tuesday.",
                  published=None)
    assert [p["name"] for p in m["participants"]][1] == "officials from the Office of Rail Regulation"


def test_the_summit_of_a_chart_is_no_meeting(extract):
    assert extract("Indie band The Ferry Society have reached the summit of the UK album chart with their second "
                   "album, Quay Lights, a week after its release.", published=None) == []


def test_an_office_holder_to_be_would_meet_no_one_yet(extract):
    assert extract("Shadow transport secretary Ruth Dunmore launched the plan in Westminster. Ms Dunmore said a "
                   "Conservative transport secretary would meet the Dutch transport minister within weeks of taking "
                   "office.", published=None) == []
    # A named holder's "would meet" is a plan told in reported speech.
    [m] = extract("Transport Secretary Ruth Dunmore said she would meet the Dutch transport minister, Pieter Smit, "
                  "next week.", published=None)
    assert m["status"] == "planned"


def test_talks_after_which_a_speaker_says_relations_changed_were_the_speakers(extract):
    [m] = extract("Kenya's President Daniel Mwangi Otieno has said ties with Britain have reached \"a new level\" after "
                  "talks with Margaret Fenwick.", published=None)
    assert [p["name"] for p in m["participants"]] == ["Daniel Mwangi Otieno", "Margaret Fenwick"]


def test_an_agent_hung_off_the_place_is_the_other_side(extract):
    [m] = extract("Chanda Mulenga was hosted at the Lusaka residence of the British high commissioner by the deputy "
                  "minister, Joseph Banda.")
    assert [p["name"] for p in m["participants"]] == ["Chanda Mulenga", "Joseph Banda"]


def test_a_department_named_by_its_portfolios_runs_to_the_last(extract):
    [m] = extract("Culture Secretary Helen Ashby met BBC chairman Martin Crewe at the Department for Culture, Media and "
                  "Sport on Thursday.")
    assert m["location"] == "Department for Culture, Media and Sport"


def test_they_are_the_bodies_named_beside_the_subject_above(extract):
    [m] = extract("Two of Scotland's oldest building societies, Clydeview and Lomond Mutual, have confirmed they are in "
                  "talks about a merger.", published=None)
    assert [p["name"] for p in m["participants"]] == ["Clydeview", "Lomond Mutual"]


def test_members_of_a_group_led_by_someone_are_led_by_him(extract):
    [m] = extract("Members of the Save Our Piers campaign, led by its chairman Dr Colin Breck, met the council's chief "
                  "executive, Alison Pharoah, at the town hall on Tuesday.", published=None)
    assert [p["name"] for p in m["participants"]] == ["Colin Breck", "Alison Pharoah"]


def test_a_trade_named_by_what_its_firms_do_is_a_side(extract):
    planned, met = extract("Culture minister Dawn Petrie is to meet internet service providers next week. The minister "
                           "met mobile phone operators in January.", published=None)
    assert [p["name"] for p in planned["participants"]][1] == "internet service providers"
    assert [p["name"] for p in met["participants"]][1] == "mobile phone operators"
    # The phone names the trade, not the medium.
    assert met["kind"] == "in_person"
    # "The two companies" are firms named before; a bare "companies" names none.
    assert extract("Culture minister Dawn Petrie met companies on Monday.", published=None) == []
    # A firm word listed after a trade is another trade.
    [summit] = extract("Ms Petrie is to hold a summit with games publishers, retailers and film censors.", published=None)
    assert [p["name"] for p in summit["participants"]][1:] == ["games publishers", "retailers"]


def test_the_two_men_are_people_not_the_country_one_visited(extract):
    found = extract("Ghana's President Kofi Mensah-Boateng has hailed a new partnership after talks with Edward "
                    "Carrow. Mr Mensah-Boateng, on his first state visit to the UK, dined at Chequers on Sunday. The "
                    "two men last met at the Commonwealth summit in Malta in November 2005.", published=None)
    malta = [m for m in found if m["location"] == "Malta"]
    assert [[p["name"] for p in m["participants"]] for m in malta] == [["Kofi Mensah-Boateng", "Edward Carrow"]]


def test_an_earlier_call_of_the_two_ministers_is_another_meeting(extract):
    found = extract("Trade Secretary Helen Dacre held talks with the Qatari Commerce Minister, Dr Hamad al-Thani, in Doha "
                    "on Sunday. The two ministers had already spoken by phone in December about trade.", published=None)
    assert sorted(m["kind"] for m in found) == ["in_person", "phone_call"]
    # A general secretary is no minister.
    assert not holds_office("general secretary", "minister")
    assert holds_office("Home Secretary", "minister")


def test_the_officials_the_sentence_before_describes_did_it_that_day(extract):
    # FRIDAY is 21 March 2025: Tuesday is the 18th.
    [m] = extract("The interior ministers of Chile and Peru agreed on Tuesday to share border patrol data. Chilean "
                  "Interior Minister Rosa Quintanilla and Peruvian Interior Minister Tomas Huaman met for four hours "
                  "at the border post.")
    assert m["date"] == "2025-03-18"
    # And one named with no office is one of the ministers of its country.
    [m] = extract("The foreign ministers of Ghana and Togo met on Tuesday. Ghanaian Foreign Minister Ama Boateng "
                  "hosted Togo's Koffi Agbeko at the foreign ministry for three hours of talks.")
    assert m["date"] == "2025-03-18"
    # Officials of another country than the ones described are not.
    [m] = extract("The foreign ministers of Ghana and Togo agreed on Tuesday to reopen the border. Nigerian Foreign "
                  "Minister Bello Adamu hosted Ghanaian Foreign Minister Ama Boateng for three hours of talks.")
    assert m["date"] is None


def test_a_meeting_had_earlier_took_place_on_the_visitors_day_in_the_city_filed_from(extract):
    found = extract("LIMA, March 21 - Bolivian Foreign Minister Rosa Vargas was received on Thursday by President "
                    "Mateo Quispe at the Casa de Pizarro. Vargas had earlier held talks with Peruvian Foreign Minister "
                    "Luis Castro.")
    earlier = next(m for m in found if "Luis Castro" in names(m))
    assert (earlier["date"], earlier["location"]) == ("2025-03-20", "Lima")


def test_a_name_after_the_cabinet_of_ministers_is_the_chairmans(extract):
    [m] = extract("Chairman of the Cabinet of Ministers Aibek Sultanov met Tajik Deputy Chairman of the Council of "
                  "Ministers Rustam Nazarov in Osh on Tuesday.")
    assert names(m) == ["Aibek Sultanov", "Rustam Nazarov"]
    assert m["participants"][0]["title"] == "Chairman of the Cabinet of Ministers"


def test_a_chief_of_staff_named_after_the_office_is_the_side(extract):
    [m] = extract("Presidential adviser Nora Quist held talks with White House chief of staff Paul Renner-Voss in "
                  "Washington on Monday.")
    assert names(m) == ["Nora Quist", "Paul Renner-Voss"]
    assert m["participants"][1]["title"] == "chief of staff"


def test_one_named_before_the_meeting_is_not_the_official_it_describes(extract):
    found = extract("MANAMA, Oct. 28 - The King received Omani Foreign Minister Salim al-Harthy at Sakhir Palace today. "
                    "The meeting was attended by Foreign Minister Dr. Khalid Al Mansoori.\n\nLater, His Royal Highness "
                    "the Crown Prince and Prime Minister received al-Harthy at Gudaibiya Palace.\n\nThe Omani "
                    "minister and Dr. Al Mansoori had co-chaired yesterday the fifth meeting of the joint committee.")
    gudaibiya = next(m for m in found if m["location"] and "Gudaibiya" in m["location"])
    assert "Al Mansoori" not in " ".join(p["name"] for p in gudaibiya["participants"])


def test_a_body_named_in_a_sides_title_is_no_side_of_its_own(extract):
    [m] = extract("Al-Masri will travel to Erbil on Wednesday to meet Kurdistan Regional Government Prime Minister "
                  "Dilshad Barzani.", published=None)
    assert names(m) == ["Al-Masri", "Dilshad Barzani"]
    # Nor is the office alone another side.
    [m] = extract("A Chilean delegation led by Interior Minister Rosa Elena Vidal Soto held talks in Tacna on Monday "
                  "with Peruvian Security Minister Hugo Salas Quispe.", published=None)
    assert sorted(names(m)) == ["Hugo Salas Quispe", "Rosa Elena Vidal Soto"]


def test_the_office_holder_named_after_a_comma_holds_the_office_of_the_body_before_it(extract):
    [m] = extract("Interior Minister Paul Fenech met the commander of Italy's Coast Guard, Marco Bellini, in Valletta "
                  "on Tuesday.", published=None)
    assert names(m) == ["Paul Fenech", "Marco Bellini"]
    assert m["participants"][1]["title"] == "commander of Italy's Coast Guard"


def test_a_follow_up_meeting_is_another_meeting_of_the_pair(extract):
    found = extract("Interior Minister Rosa Vidal held talks in Tacna on Monday with Peruvian Security Minister Hugo "
                    "Salas. Salas will travel to Santiago in May for a follow-up meeting with Vidal.", published=None)
    assert sorted((m["status"], m["location"]) for m in found) == [("occurred", "Tacna"), ("planned", "Santiago")]


# Co-chairing a sitting together ("co-chair", one word again after the parse).

def test_co_chairing_a_sitting_together_is_a_meeting_of_the_co_chairs(extract):
    [m] = extract("Swedish Foreign Minister Ana Lindqvist and her Estonian counterpart, Peeter Kask, co-chaired a "
                  "session of the Nordic-Baltic consultative council in Tallinn on Thursday.")
    assert surnames(m) == ["Kask", "Lindqvist"]
    assert (m["kind"], m["status"], m["date"], m["location"]) == ("in_person", "occurred", "2025-03-20", "Tallinn")


def test_the_other_co_chair_may_hang_anywhere_in_what_was_chaired(extract):
    found = extract("BUCHAREST, March 21 - Romanian Energy Minister Andrei Popescu met Bulgarian Deputy Prime Minister "
                    "Elena Dimova in Bucharest on Thursday. Later the same day, Popescu co-chaired a session of the "
                    "joint commission on the Giurgiu-Ruse bridge with Bulgarian Regional Development Minister Ivan Petrov.")
    assert sorted(surnames(m) for m in found) == [["Dimova", "Popescu"], ["Petrov", "Popescu"]]


def test_a_sitting_co_chaired_by_two_is_theirs_not_the_sittings(extract):
    [m] = extract("The fourth session of the Chile-Argentina border committee was co-chaired in Mendoza on Wednesday "
                  "by Chilean Interior Minister Rosa Vidal and Argentine Security Minister Pablo Ferraro.")
    assert surnames(m) == ["Ferraro", "Vidal"]
    assert (m["status"], m["date"], m["location"]) == ("occurred", "2025-03-19", "Mendoza")


def test_a_meeting_co_chaired_by_two_is_theirs_not_its_holders(extract):
    [m] = extract("The two governments will hold a joint cabinet meeting in Lisbon in May, co-chaired by Portuguese "
                  "Prime Minister Rui Lobo and Spanish Prime Minister Marta Gil.")
    assert surnames(m) == ["Gil", "Lobo"]
    assert (m["status"], m["location"]) == ("planned", "Lisbon")


def test_what_the_parser_hangs_on_a_split_co_chairs_auxiliary_is_the_verbs(extract):
    [m] = extract("The visit prepares a joint session of the two governments set for June 3 in Madrid, which will be "
                  "co-chaired by Spanish Prime Minister Marta Gil and Moroccan Head of Government Karim Idrissi.")
    assert surnames(m) == ["Gil", "Idrissi"]
    assert (m["status"], m["date"]) == ("planned", "2025-06-03")


def test_a_past_plan_in_the_perfect_did_not_come_about(extract):
    [m] = extract("Trade Minister Lina Haddad was to have met her Cypriot counterpart, Andreas Petrou, in Nicosia "
                  "on Monday.")
    assert m["status"] == "cancelled"
    [m] = extract("Trade Minister Lina Haddad is to meet her Cypriot counterpart, Andreas Petrou, in Nicosia on Monday.")
    assert m["status"] == "planned"


def test_the_co_chairs_the_next_sentence_names_are_the_sides_of_a_sitting_called_off(extract):
    found = extract("BEIRUT, March 21 - A session of the Lebanese-Jordanian security committee that had been set for "
                    "Thursday in Amman has been postponed, the foreign ministry said. Interior ministers Karim Haddad of "
                    "Lebanon and Omar Zoubi of Jordan were to have co-chaired it.")
    [m] = found
    assert surnames(m) == ["Haddad", "Zoubi"]
    assert (m["status"], m["location"]) == ("cancelled", "Amman")


def test_a_participle_joined_to_a_planned_sitting_shares_its_fate(extract):
    [m] = extract("The fifth meeting of the Kenya–Uganda Joint Commission, which was to be held in Kampala on 12 April "
                  "and co-chaired by Kenyan Foreign Minister Ruth Wanjiru and Ugandan Foreign Minister Moses Okello, "
                  "has been postponed.")
    assert surnames(m) == ["Okello", "Wanjiru"]
    assert (m["status"], m["location"]) == ("cancelled", "Kampala")


def test_the_next_session_two_leaders_will_co_chair_is_another_meeting(extract):
    found = extract("Georgian Prime Minister Nodar Kvaratskhelia met Armenian Prime Minister Hayk Sargsyan in Tbilisi "
                    "on Tuesday. The two prime ministers will co-chair the next session of the intergovernmental "
                    "commission in Yerevan in November.")
    assert sorted((m["status"], m["location"]) for m in found) == [("occurred", "Tbilisi"), ("planned", "Yerevan")]


def test_a_session_the_two_co_chaired_the_same_day_tells_more_of_their_talks(extract):
    found = extract("Japanese Foreign Minister Aoki Ren held talks with Thai Foreign Minister Somchai Rattana in Bangkok "
                    "on Wednesday. The two ministers also co-chaired a session of the countries' joint committee on "
                    "Wednesday afternoon.")
    assert len(found) == 1


def test_a_topic_in_apposition_to_a_state_taken_for_the_object_has_the_other_co_chair(extract):
    found = extract("State Minister Dawit Alemu met the Canadian ambassador in Addis Ababa on Monday. The state minister "
                    "will travel to Paris next week, where he will co-chair the Ethiopia–France political consultations "
                    "with the Secretary General of the French foreign ministry, Anne-Sophie Laval.")
    paris = [m for m in found if m["location"] == "Paris"]
    assert [names(m) for m in paris] == [["Dawit Alemu", "Anne-Sophie Laval"]]


def test_a_call_spoken_of_in_the_perfect_keeps_its_caller(extract):
    [m] = extract("Foreign Minister Ana Ruiz had spoken by phone with Chilean Foreign Minister Pedro Soto on Monday.")
    assert (m["kind"], surnames(m)) == ("phone_call", ["Ruiz", "Soto"])


def test_the_pair_of_a_meeting_to_come_who_spoke_by_phone_paragraphs_later(extract):
    planned, called = extract(
        "Piet Varga will meet Japanese Trade Minister Ken Sato on Tuesday amid pressure from "
        "steelmakers. Figures published on Monday showed imports had doubled. Mr Varga said he wanted a negotiated "
        "answer. \"We do not want a trade war,\" he said. \"Nobody wins one.\" The two men spoke by telephone on "
        "Friday, and Mr Varga said the conversation had been useful.", dt.date(2025, 6, 9))
    assert (planned["status"], planned["kind"]) == ("planned", "in_person")
    assert (called["status"], called["kind"], called["date"]) == ("occurred", "phone_call", "2025-06-06")
    assert sorted(p["name"] for p in called["participants"]) == ["Ken Sato", "Piet Varga"]


@pytest.mark.parametrize("text", [
    "Headed by Deputy Prime Minister Lena Varga, the delegation sat down with Croatian Prime Minister Ivo Marić at "
    "the government's offices on Tuesday.",
    "Led by Deputy Prime Minister Lena Varga, the delegation was received on Tuesday by Croatian Prime Minister "
    "Ivo Marić, the government said.",
])
def test_a_delegation_whose_leader_is_told_before_it(extract, text):
    [m] = extract(text)
    assert sorted(p["name"] for p in m["participants"]) == ["Ivo Marić", "Lena Varga"]


@pytest.mark.parametrize("text", [
    "NATO Secretary General Mark Ross visited Kyiv on Tuesday and met Ukrainian President Oleh Marchenko.",
    "NATO Secretary General Mark Ross visited Kyiv on Tuesday and held talks with Ukrainian President Oleh Marchenko.",
])
def test_a_meeting_joined_to_a_visit_is_where_the_visit_went(extract, text):
    [m] = extract(text)
    assert m["location"] == "Kyiv"


@pytest.mark.parametrize("text", [
    "The two delegations, led by Maria Fernandez and Rafael Condori, last met in the Bolivian capital in September.",
    "SANTIAGO - Chilean and Peruvian border commissions, headed by Deputy Foreign Ministers Maria Fernandez and "
    "Rafael Condori, met on Wednesday and agreed on the course of the frontier.",
])
def test_delegations_told_in_the_plural_are_their_leaders(extract, text):
    [m] = extract(text, dt.date(2025, 10, 10))
    assert sorted(p["name"] for p in m["participants"]) == ["Maria Fernandez", "Rafael Condori"]



@pytest.mark.parametrize(("text", "word", "phrase"), [
    ("The talks, the first visit to Kigali by a Burundian foreign minister in more than two years, followed a "
     "telephone conversation a day earlier between Rwandan President Emmanuel Rugwiro and his Burundian "
     "counterpart, Pascal Niyonzima.", "conversation", "a day earlier"),
    ("The two presidents talked for three hours on Tuesday.", "talked", "on Tuesday"),
    ("The two ministers will meet again in two weeks.", "meet", "in two weeks"),
    ("A meeting scheduled for Thursday was postponed.", "meeting", "for Thursday"),
    ("VILNIUS, May 8 - Estonian President Heiki Soovali will pay a two-day state visit to Lithuania starting on "
     "Monday, the presidency said on Friday.", "visit", None),
    ("After two days of talks in Geneva on Tuesday, the ministers signed the deal.", "talks", "on Tuesday"),
    ("The two ministers met for the second time this year on Tuesday.", "met", "on Tuesday"),
    ("The ministers met two days later.", "met", "two days later"),
])
def test_a_length_of_time_does_not_date_a_meeting(extractor, text, word, phrase):
    doc = extractor.nlp(text)
    token = next(t for t in doc if t.text == word)
    assert details.date_phrase(token, token.head if token.pos_ == "NOUN" else token) == phrase


def test_a_bare_weekday_is_one_day_throughout_a_story(extract):
    lunch, dropped = extract(
        "VILNIUS, May 8 - Estonian President Heiki Soovali will pay a two-day state visit to Lithuania starting on "
        "Monday. On Tuesday, the Estonian leader is scheduled to have a working lunch with Prime Minister Ausra "
        "Jankauskiene. A meeting with Seimas Speaker Arvydas Mockunas, originally set for Tuesday morning at the "
        "Seimas, has been dropped from the programme because the speaker will be abroad.", dt.date(2026, 5, 8))
    assert (lunch["date"], dropped["status"], dropped["date"]) == ("2026-05-12", "cancelled", "2026-05-12")


def test_talks_a_side_said_it_would_not_hold_are_no_meeting(extract):
    assert extract("Opposition leader Dan Hale said he would not hold talks with Prime Minister Ruth Gale until the "
                   "vote was recounted.") == []


def test_a_day_counted_from_a_verb_itself_counted_from_the_meeting_before(extract):
    hosted, talks = extract(
        "BRIDGETOWN, Nov 27 - Guyanese Foreign Minister Devan Ramsaran was hosted on Tuesday by Barbados Foreign "
        "Minister Kerri Blackett, who announced that Barbados would begin buying gas. Ramsaran had arrived a day "
        "earlier and held talks that evening with Prime Minister Desmond Clarke at Ilaro Court.", dt.date(2025, 11, 27))
    assert (hosted["date"], talks["date"]) == ("2025-11-25", "2025-11-24")
    received, discussed = extract(
        "European Commissioner Kristina Makela arrived in Freetown on Wednesday for a two-day visit. She was received "
        "by President Abubakarr Kamara at State House on Thursday.\n\nA day earlier, Makela and Fisheries Minister "
        "Fatmata Bangura inspected a patrol boat donated by Spain and held discussions at the ministry.",
        dt.date(2024, 9, 27))
    assert (received["date"], discussed["date"]) == ("2024-09-26", "2024-09-25")


@pytest.mark.parametrize("text", [
    "Kenyan President Daniel Kiprono pulled out of a meeting with Tanzanian President Amina Juma, citing illness.",
    "Kenyan President Daniel Kiprono withdrew from a summit with Tanzanian President Amina Juma on Friday.",
    "Kenyan President Daniel Kiprono will no longer meet Tanzanian President Amina Juma on Friday, his office said.",
    "Kenyan President Daniel Kiprono will not now meet Tanzanian President Amina Juma, officials said.",
    "The planned summit between Kenyan President Daniel Kiprono and Tanzanian President Amina Juma fell through.",
])
def test_a_meeting_a_side_left_or_no_longer_holds_is_called_off(extract, text):
    [m] = extract(text)
    assert m["status"] == "cancelled"
    assert sorted(p["name"] for p in m["participants"]) == ["Amina Juma", "Daniel Kiprono"]


def test_they_in_a_where_clause_are_the_travellers_named_above(extract):
    [m] = extract("The three leaders, Emmanuel Marchand, Friedrich Molz and Keir Stanton, travelled together to Kyiv, "
                  "where they met President Volodymyr Zelensky.")
    assert sorted(p["name"] for p in m["participants"]) == [
        "Emmanuel Marchand", "Friedrich Molz", "Keir Stanton", "Volodymyr Zelensky"] and m["location"] == "Kyiv"


def test_the_medium_hung_on_the_verb_a_meeting_noun_is_under(extract):
    [m] = extract("Kenyan President Daniel Kiprono joined Tanzanian President Amina Juma by video link on Tuesday for "
                  "talks on trade.")
    assert m["kind"] == "video_call"


def test_talks_carried_on_at_the_end_of_a_trip_to_come_are_the_next_meeting(extract):
    found = extract("Trade Minister Hilde Rask spent the afternoon with Brazilian Agriculture Minister Paulo Sertão "
                    "in Oslo on Monday, touring a salmon plant.\n\nMs Rask said she intends to travel to Brasília in "
                    "March to continue the talks.", published=dt.date(2025, 6, 4))
    assert [(m["status"], m["location"]) for m in found] == [("occurred", "Oslo"), ("planned", "Brasília")]


def test_an_official_described_of_another_country_is_not_the_one_just_met(extract):
    # "Kenya's interior minister" cannot be the Ugandan met before: a trip to see him is a meeting of its own.
    found = extract("Health Minister Petra Lund met Uganda's health minister, Joseph Okello, to discuss cholera.\n\nShe "
                    "will fly to Nairobi next to see Kenya's interior minister about refugee camps.")
    assert [(m["status"], m["location"]) for m in found] == [("occurred", None), ("planned", "Nairobi")]
    assert names(found[0]) == ["Petra Lund", "Joseph Okello"]


def test_it_after_which_said_is_the_firm_the_clause_describes(extract):
    [m] = extract("Three groups are bidding, among them Nordhavn Bank, which said it had already held talks with the sale "
                  "agency Privcorp.")
    assert names(m) == ["Nordhavn Bank", "Privcorp"]




def test_the_two_delegations_meeting_again_are_those_who_led_the_sides(extract):
    found = extract("Negotiators from the two rival sides resumed talks in Valletta on Wednesday. The government team "
                    "is led by Interior Minister Tomas Rennik, while the rebel delegation is headed by Colonel Ahmed "
                    "Saleh.\n\nA day earlier, the U.N. envoy, Paolo Brandt, was received by Foreign Minister Carmel "
                    "Azzopardi.\n\nThe two delegations are due to meet again in Geneva next Thursday.",
                    published=dt.date(2026, 6, 11))
    planned = [m for m in found if m["status"] == "planned"]
    assert [(names(m), m["location"]) for m in planned] == [(["Tomas Rennik", "Ahmed Saleh"], "Geneva")]


def test_commissions_meeting_again_are_the_meeting_of_their_heads(extract):
    found = extract("Estonian and Latvian fisheries commissions, led by Deputy Ministers Juris Ozols and Rasa Vaitkus, "
                    "met in Riga on Wednesday to set quotas.\n\nThe foreign ministers spoke by phone on Monday.\n\nThe "
                    "commissions will meet again in Tallinn next month.", published=dt.date(2026, 1, 29))
    assert [(names(m), m["status"], m["location"]) for m in found if m["kind"] == "in_person"] == [
        (["Juris Ozols", "Rasa Vaitkus"], "occurred", "Riga"), (["Juris Ozols", "Rasa Vaitkus"], "planned", "Tallinn")]


def test_saw_a_name_opening_with_a_lowercase_particle(extract):
    [m] = extract("The U.N. envoy to Yemen, Henrik Lund, also saw al-Hakimi on Wednesday, his office said.")
    assert names(m) == ["Henrik Lund", "al-Hakimi"]


def test_talks_that_open_a_visit_are_the_visitors(extract):
    [m] = extract("Economy Minister Rui Matos began his visit to Zambia with talks in Lusaka with Finance Minister Grace "
                  "Banda.")
    assert names(m) == ["Rui Matos", "Grace Banda"] and m["location"] == "Lusaka"


def test_a_name_the_parser_hangs_under_the_day_opening_the_sentence_is_the_subject(extract):
    # "On Friday Tane met …": the parser reads "Friday Tane" as the object of "On".
    found = extract("Ports Minister Aroha Tane toured the damaged wharf on Thursday.\n\nOn Friday Tane met Prime Minister "
                    "Fiona Castellan in Suva.", published=dt.date(2026, 8, 14))
    assert [(names(m), m["location"]) for m in found] == [(["Aroha Tane", "Fiona Castellan"], "Suva")]


def test_a_programme_that_included_an_audience_is_its_owners(extract):
    [m] = extract("President Tomas Marnach flew into Valletta late on Wednesday.\n\nMarnach's programme for the visit "
                  "included an audience with President Joseph Borg on Thursday.")
    assert names(m) == ["Tomas Marnach", "Joseph Borg"]


def test_the_two_heads_of_state_named_after_the_office(extract):
    [m] = extract("President Tomas Marnach flew into Valletta late on Wednesday.\n\nThe two heads of state, Marnach and "
                  "President Joseph Borg, signed a health accord after their talks at the palace.")
    assert names(m) == ["Tomas Marnach", "Joseph Borg"]


def test_talks_held_at_a_place_between_two_named_after_it(extract):
    # The parser hangs "between" on the place, past "were held".
    [m] = extract("Later that day, talks were held at the Ministry of Energy of Kazakhstan between Aibek Toktomushev and "
                  "Minister of Energy of Kazakhstan Batyr Orazmuradov.")
    assert names(m) == ["Aibek Toktomushev", "Batyr Orazmuradov"]


def test_a_meeting_word_left_with_one_side_meets_the_only_other_official_of_its_sentence(extract):
    # The parser hangs the greeting apart from the visit; no meeting word finds both.
    [m] = extract("Health Minister Ana Lobo arrived in Maputo on Monday for a two-day visit and was greeted at the "
                  "airport by Mozambique's Health Minister, Celso Tembe.", dt.date(2026, 3, 4))
    assert (names(m), m["status"], m["location"]) == (["Ana Lobo", "Celso Tembe"], "occurred", "Maputo")
    assert m["confidence"] < 0.8  # read loosely: less sure than a frame naming both


@pytest.mark.parametrize("text", [
    "At a lunch on Friday, former President Tomas Berg backed Chancellor Ida Lund's plan.",
    "Senator Paul Greer, a member of the upper house, said Foreign Minister Ida Lund's visit was a mistake.",
])
def test_an_official_a_sentence_only_quotes_or_whose_plan_it_is_is_no_other_side(extract, text):
    assert extract(text) == []


def test_a_loose_reading_in_a_sentence_that_calls_something_off_is_no_meeting_that_happened(extract):
    found = extract("Health Minister Ana Lobo arrived in Maputo for a two-day visit, though a planned greeting at "
                    "the airport by Mozambique's Health Minister, Celso Tembe, was cancelled.")
    assert [m for m in found if m["status"] == "occurred"] == []


def test_a_loose_reading_takes_the_one_day_its_sentence_gives(extract):
    # "on Monday" hangs on the greeting, which no meeting word reads.
    [m] = extract("Health Minister Ana Lobo arrived in Maputo for a two-day visit and was greeted at the airport on "
                  "Monday by Mozambique's Health Minister, Celso Tembe.", dt.date(2026, 3, 4))
    assert (names(m), m["date"]) == (["Ana Lobo", "Celso Tembe"], "2026-03-02")


def test_an_official_a_story_opens_on_is_the_person_named_as_the_next_sentence_opens(extract):
    # BBC style: the lead describes the official; the next sentence names them with no office.
    found = extract("Moldova's prime minister has asked Britain to back his country's bid to join the EU.\n\n"
                    "Ion Vatamanu held talks with Foreign Secretary Peter Hallam at the Foreign Office on Tuesday.\n\n"
                    "The Moldovan leader also had lunch with Europe minister Graham Wells.")
    assert sorted(people(m)[0] for m in found) == [("Ion Vatamanu", "MD"), ("Ion Vatamanu", "MD")]
    assert sorted(names(m)[1] for m in found) == ["Graham Wells", "Peter Hallam"]


def test_a_person_introduced_after_an_opening_official_with_a_role_of_their_own_is_not_that_official(extract):
    [m] = extract("Japan's prime minister will hold talks with South Korean President Lee Min-ho next week.\n\n"
                  "Kenji Mori, an analyst at Nomura, said the talks would focus on trade.")
    assert "Kenji Mori" not in names(m)


def test_an_official_described_by_portfolio_is_the_one_of_that_country_named_later_by_office_alone(extract):
    [m] = extract("Fisheries Minister Tom Askey also spoke by telephone to the Icelandic fisheries minister on Tuesday "
                  "about herring, officials said.\n\nIceland's minister, Gudmundur Haraldsson, told Icelandic radio "
                  "that his country would not be dictated to.")
    assert names(m) == ["Tom Askey", "Gudmundur Haraldsson"]


def test_a_person_named_after_an_opening_on_two_officials_is_neither(extract):
    found = extract("Kenya's president and Uganda's leader have warned of a famine in the north.\n\n"
                    "Yoweri Kaguta held talks with Foreign Minister Ana Obura in Kampala on Monday.")
    assert all(p["country"] != "KE" for m in found for p in m["participants"] if p["name"] == "Yoweri Kaguta")


@pytest.mark.parametrize("text", [
    "Minister in charge of Foreign Affairs Aminata Diallo received the Ambassador of Japan, Kenji Sato, on Monday.",
    "Burundian Foreign Minister Albert Ntaho and Rwanda's Minister of State in charge of East African Community "
    "Affairs, Jean-Claude Habimana, met in Kigali on Tuesday.",
])
def test_an_office_whose_portfolio_is_told_as_a_charge(extract, text):
    [m] = extract(text)
    assert len(m["participants"]) == 2 and all(" " in p["name"] and "Minister" not in p["name"] for p in m["participants"])


def test_one_attending_something_else_is_no_side_of_the_meeting_told_before(extract):
    found = extract("Oil company chief Rachid Kaci held talks in Algiers on Wednesday.\n\nThe visitor's meeting with "
                    "Prime Minister Nadir Belkacem, which had been set for Wednesday, was put off because the prime "
                    "minister was attending a funeral in Oran.")
    assert all("Nadir Belkacem" not in names(m) for m in found if "Rachid Kaci" in names(m))


def test_the_pair_to_co_chair_the_next_session_is_another_meeting(extract):
    found = extract("Georgian Prime Minister Nodar Beri held talks with his Azerbaijani counterpart Ilgar Rahim in "
                    "Tbilisi on Tuesday. The two prime ministers will co-chair the next session of the "
                    "intergovernmental commission in Baku in November, Beri told reporters.", dt.date(2025, 6, 4))
    assert sorted((m["status"], m["location"], surnames(m)) for m in found) == [
        ("occurred", "Tbilisi", ["Beri", "Rahim"]), ("planned", "Baku", ["Beri", "Rahim"])]


@pytest.mark.parametrize("text, pairs", [
    ("Slovak Prime Minister Jan Kraj was received by his Czech counterpart, Radek Sima, in Prague on Wednesday. "
     "Kraj will host a joint session of the two cabinets in Bratislava on March 12, the statement said.",
     [("occurred", ["Kraj", "Sima"]), ("planned", ["Kraj", "Sima"])]),
    ("Slovak Prime Minister Jan Kraj was received by his Czech counterpart, Radek Sima, in Prague on Wednesday. "
     "Kraj will address a joint session of parliament in Bratislava on March 12, the statement said.",
     [("occurred", ["Kraj", "Sima"])]),
])
def test_a_joint_session_of_the_two_sides_is_the_pairs_next_meeting(extract, text, pairs):
    assert sorted((m["status"], surnames(m)) for m in extract(text, dt.date(2025, 6, 4))) == pairs


def test_the_two_countries_officials_are_the_holders_of_that_office_the_story_names(extract):
    found = extract("Malta and Libya have agreed to share coastguard patrols, after talks between the two countries' "
                    "foreign ministers in Valletta.\n\nMalta's Foreign Minister Anton Grech and his Libyan "
                    "counterpart, Abdel Bukhris, signed the accord on Thursday.", dt.date(2025, 6, 4))
    assert [(surnames(m), m["location"]) for m in found] == [(["Bukhris", "Grech"], "Valletta")]


def test_the_two_countries_officials_to_meet_are_not_the_pair_told_meeting_already(extract):
    found = extract("Malta and Libya will hold talks between the two countries' foreign ministers in Tripoli next "
                    "month, officials said.\n\nMalta's Foreign Minister Anton Grech and his Libyan counterpart, Abdel "
                    "Bukhris, met in Valletta on Thursday.", dt.date(2025, 6, 4))
    assert ("occurred", ["Bukhris", "Grech"]) in [(m["status"], surnames(m)) for m in found]


def test_talks_on_a_phone_business_are_no_phone_call(extract):
    [m] = extract("Portugal's biggest telecoms firm, Lusitel, has confirmed it is in talks with Brazilian rival "
                  "Televerde about combining their mobile phone businesses.")
    assert m["kind"] == "in_person"


def test_a_styled_person_called_by_style_and_given_name_is_the_one_named_in_full(extract):
    found = extract("MUSCAT - Oman's Deputy Prime Minister Sayyid Khalid bin Hilal Al Said received Kuwaiti Foreign "
                    "Minister Abdullah al-Yahya on Wednesday. Later, Sayyid Khalid hosted a dinner for the Kuwaiti "
                    "minister and Omani officials.")
    assert {names(m)[0] for m in found} == {"Sayyid Khalid bin Hilal Al Said"}


@pytest.mark.parametrize("text, place", [
    ("Malawi's Trade Minister Yamikani Chirwa and her Zambian counterpart, Commerce Minister Mulenga Kapwepwe, met at "
     "the Mwami border post on Tuesday.", "Mwami border post"),
    ("Libyan Interior Minister Fathi al-Sharif met his Tunisian counterpart Hichem Jaziri at the Ras Jedir crossing "
     "on Monday.", "Ras Jedir crossing"),
    # A building the model takes for an organisation.
    ("The next day, Peruvian Foreign Minister Rosa Ibarra was received by President Camila Ortega at La Moneda.",
     "La Moneda"),
    ("Romanian Prime Minister Sorin Balan was received by his Bulgarian counterpart, Desislava Petkova, at the Council "
     "of Ministers on Monday.", "Council of Ministers"),
])
def test_a_meeting_at_a_named_border_post_or_building(extract, text, place):
    [m] = extract(text)
    assert m["location"] == place


def test_a_venue_the_guest_is_received_at_is_no_side_and_ends_before_the_guest(extract):
    [m] = extract("The Prime Minister, Smail Derradji, received today at the Palais du Gouvernement the Ambassador of "
                  "Tunisia to Algeria, Mohamed Ali Chebbi, who paid him a farewell visit.")
    assert (names(m), m["location"]) == (["Smail Derradji", "Mohamed Ali Chebbi"], "Palais du Gouvernement")


@pytest.mark.parametrize("text", [
    # The parser hangs the names off the meeting, or lists them as more of the plural.
    "A planned meeting of the energy ministers, Oskar Lindqvist and Aino Virtanen, in Tampere on Monday was called off.",
    "The meeting of the two trade ministers, Oskar Lindqvist and Aino Virtanen, in Tampere ended without a deal.",
])
def test_the_officials_a_meeting_is_of_set_off_after_the_plural(extract, text):
    [m] = extract(text)
    assert (surnames(m), m["location"]) == (["Lindqvist", "Virtanen"], "Tampere")


def test_a_subject_the_parser_hangs_as_an_apposition_to_the_opening_place(extract):
    [m] = extract("Back in Lusaka, the agency's director general, Mwansa Tembo Chanda, held a video call on Tuesday "
                  "with World Bank country director Anne-Marie Dubois Kane on funding.")
    assert (names(m), m["kind"]) == (["Mwansa Tembo Chanda", "Anne-Marie Dubois Kane"], "video_call")


@pytest.mark.parametrize("text, expected", [
    ("Prime Minister Siaosi Tuilagi paid a courtesy call on Fiji's head of state before flying home.",
     ("Fiji's head of state", "FJ")),
    ("Prime Minister Siaosi Tuilagi met the Fijian head of government in Suva on Monday.",
     ("Fijian head of government", "FJ")),
])
def test_a_head_of_state_or_government_unnamed_is_that_countrys_official(extract, text, expected):
    [m] = extract(text)
    assert people(m)[1] == expected


def test_the_kind_of_visitor_a_first_visit_is_by_is_no_side(extract):
    [m] = extract("Tuesday's talks between Irish Prime Minister Niamh Gorman and Estonia's Jaan Tamm, the first "
                  "official visit to Dublin by an Estonian prime minister in twenty years, ended with a trade deal.")
    assert names(m) == ["Niamh Gorman", "Jaan Tamm"]


@pytest.mark.parametrize("text, side", [
    ("A World Bank mission held talks with Malawi's government on the grain reserve last week.", "World Bank mission"),
    ("An IMF mission is due in Lilongwe next week for talks with the Malawian government.", "IMF mission"),
])
def test_a_bodys_mission_is_a_side(extract, text, side):
    [m] = extract(text)
    assert names(m)[0] == side



@pytest.mark.parametrize("text, expected", [
    # Another minister of the country is named before: not the one of the portfolio told.
    ("Lesotho's foreign minister, Palesa Mokete, said on Monday the dam was vital. Energy Minister Jonas Kavari is due "
     "to meet Lesotho's minister of water and energy in Maseru next week.", "Lesotho's minister of water and energy"),
    ("Lesotho's foreign minister, Palesa Mokete, said on Monday the dam was vital. Energy Minister Jonas Kavari is due "
     "to meet Lesotho's minister of foreign affairs in Maseru next week.", "Palesa Mokete"),
])
def test_a_portfolio_told_in_lower_case_after_the_office_tells_which_minister(extract, text, expected):
    [m] = extract(text)
    assert names(m)[1] == expected


def test_a_prime_ministers_counterpart_is_no_other_minister_of_that_country_named_later(extract):
    found = extract("Relations have improved since Thailand's prime minister met his Lao counterpart in Vientiane in "
                    "January. Thailand's energy minister Somchai Rattana is due in Vientiane next week for talks with "
                    "her Lao counterpart, Bounmy Sisavath, on a power purchase deal.")
    assert [names(m) for m in found if "Bounmy Sisavath" in names(m)] == [["Somchai Rattana", "Bounmy Sisavath"]]


def test_a_brief_ending_in_affairs_in_lower_case_is_the_whole_office(extract):
    [m] = extract("Foreign Minister Ruta Kalnina met China's special envoy for African affairs in Riga on Monday.")
    assert people(m)[1] == ("China's special envoy for African affairs", "CN")


def test_the_state_visited_is_the_officials_the_talks_there_are_with(extract):
    [m] = extract("Armenia's foreign minister, Ara Sargsyan, is expected to visit Tbilisi next month for talks with "
                  "Georgian officials on the border crossing.")
    assert people(m)[1] == ("Georgian officials", "GE")


def test_a_guest_the_parser_hangs_off_the_place_of_the_venue(extract):
    [m] = extract("Prime Minister Nadia Ben Salah received today at the Government Palace in the Kasbah Algerian "
                  "Minister of Energy Karim Boudiaf Saadi, who is on a working visit to Tunisia.")
    assert names(m) == ["Nadia Ben Salah", "Karim Boudiaf Saadi"]


@pytest.mark.parametrize("text, expected", [
    ("Minister of Defence Omar Salem Haddad met Minister of Health Ali Ahmed Saleh in Tripoli.",
     ["Omar Salem Haddad", "Ali Ahmed Saleh"]),
    ("Minister of Foreign Affairs Omar Salem Haddad met Head of Government Nadia Ben Salah in Tunis.",
     ["Omar Salem Haddad", "Nadia Ben Salah"]),
    # The brief goes on past the field: its words are no part of the name.
    ("Foreign Minister Omar Salem Haddad met Minister of External Relations Paul Biyong Essomba in Yaounde.",
     ["Omar Salem Haddad", "Paul Biyong Essomba"]),
    ("Foreign Minister Omar Salem Haddad met High Representative for Foreign Affairs and Security Policy Ingrid "
     "Solberg-Dahl in Tunis.", ["Omar Salem Haddad", "Ingrid Solberg-Dahl"]),
])
def test_a_three_word_name_after_an_office_of_a_field_or_of_government(extract, text, expected):
    [m] = extract(text)
    assert names(m) == expected


def test_a_holder_set_off_after_a_bodys_office_past_an_abbreviated_rank(extract):
    [m] = extract("Defence Minister Kodjo Amedzro met the commander of Ghana's Operation Calm Waters, Col. Yaw "
                  "Boateng Mensah, on Friday.")
    assert surnames(m) == ["Amedzro", "Mensah"]


@pytest.mark.parametrize("text", [
    "In sport, Bahrain will meet Kuwait in the opening match of the Gulf Cup in Doha in December.",
    "On the pitch, Wales will meet Austria in a World Cup qualifier at the Cardiff City Stadium in October.",
])
def test_a_fixture_by_its_place_in_a_competition_is_no_meeting(extract, text):
    assert extract(text) == []


def test_an_office_with_a_long_brief_set_off_before_the_holder_and_another_office_of_theirs(extract):
    [m] = extract("Serbia's special envoy for dialogue with Kosovo, Deputy Speaker of Parliament Milica Jovanovic, "
                  "and the EU's special representative Anna Lindqvist held their third meeting on Tuesday.")
    assert people(m)[0] == ("Milica Jovanovic", "RS")


def test_who_called_on_someone_after_a_relative_clause_ending_in_another_name(extract):
    found = extract("Kenya's Foreign Minister Wanjiru Kamau arrived in Bridgetown on Sunday. Kamau, who was greeted at "
                    "the airport by Deputy Prime Minister Colin Alleyne-Brathwaite, called on President Dame Ruth "
                    "Clarke at State House on Tuesday.")
    assert ["Ruth Clarke", "Wanjiru Kamau"] in [sorted(names(m)) for m in found]



def test_the_officials_of_the_two_countries_set_off_after_the_count(extract):
    [m] = extract("The presidents of the two countries, Oscar Villeda and Enrique Zamora, held talks at the border "
                  "town of Guasaule at the weekend.")
    assert [(p["name"], p["title"]) for p in m["participants"]] == [
        ("Oscar Villeda", "president"), ("Enrique Zamora", "president")]


def test_joining_two_leaders_for_dinner_the_parser_hangs_off_the_second(extract):
    [m] = extract("Dutch Prime Minister Pieter de Graaf will join Chancellor Klaus Wendler and President Henri "
                  "Duval-Ancel for dinner in Brussels before next month's EU summit.")
    assert (surnames(m), m["status"]) == (["Duval-Ancel", "Graaf", "Wendler"], "planned")


def test_a_name_set_off_after_the_body_an_office_is_of_whatever_the_model_tagged_it(extract):
    [m] = extract("The leader of the Public Servants Association, Melino Paongo, met the acting prime minister, "
                  "Siaosi Fifita, in Nuku'alofa on Friday.")
    assert names(m) == ["Melino Paongo", "Siaosi Fifita"]


@pytest.mark.parametrize("text", [
    # The model takes the short form for a person in a quote before the meeting…
    "British games developer Kestrel Games has confirmed it is in takeover talks with US publisher Ardent "
    "Interactive. \"Gary understands that what makes Kestrel special is the people,\" Mr Penhale said. Kestrel "
    "held talks with Japanese firm Kaito Entertainment about a possible tie-up two years ago.",
    # … or for a common noun at the meeting itself.
    "British games developer Lapwing Games has confirmed it is in takeover talks with US publisher Ardent "
    "Interactive. Lapwing employs 240 people and is working on its first game for the next generation of consoles. "
    "Lapwing held talks with Japanese firm Kaito Entertainment about a possible tie-up two years ago.",
])
def test_a_firm_told_by_the_first_word_of_its_name_is_that_firm(extract, text):
    met = [people(m) for m in extract(text) if "Kaito Entertainment" in names(m)]
    assert met == [[(text.split()[3] + " Games", "GB"), ("Kaito Entertainment", "JP")]]


def test_it_opening_a_sentence_after_one_about_the_company_is_that_firm(extract):
    [m] = extract("Norvik Holdings reported a loss of 40 million crowns on Monday. The company says it must cut costs "
                  "as sales slow. It is also in merger talks with Dalmark Shipping.")
    assert names(m) == ["Norvik Holdings", "Dalmark Shipping"]


@pytest.mark.parametrize("text, office", [
    ("Samuel Otieno, who leads the dockers' union, met managers of the Coastal Terminals Company in Mombasa to "
     "press a pay claim.", "managers"),
    ("Samuel Otieno, head of the dockers' union, held talks with the board of the Coastal Terminals Company in "
     "Mombasa.", "board"),
])
def test_the_managers_or_board_of_a_named_firm_are_that_firm(extract, text, office):
    [m] = extract(text)
    assert (names(m), m["participants"][1]["title"]) == (["Samuel Otieno", "Coastal Terminals Company"], office)


@pytest.mark.parametrize("text, pair", [
    ("Kestrel Logistics lifted its profits by a fifth last year. It is also in preliminary talks with the Danish "
     "shipping group Nordhavn Lines about a possible bid.", ["Kestrel Logistics", "Nordhavn Lines"]),
    ("Hollin Group has bought a 6% stake in Marwood, a toy retailer. It has also held talks with the Belfast chain "
     "Lowry & Finch over a possible offer.", ["Hollin Group", "Lowry & Finch"]),
])
def test_it_opening_a_sentence_after_one_about_a_named_firm_is_that_firm(extract, text, pair):
    [m] = extract(text)
    assert names(m) == pair


def test_they_opening_a_sentence_after_the_two_firms_is_that_pair(extract):
    [m] = extract("Kelso Tours has rejected a takeover approach from German travel group Rheinreisen. It is not the "
                  "first time the two firms have been linked. They held preliminary talks about a possible "
                  "combination last autumn.")
    assert names(m) == ["Kelso Tours", "Rheinreisen"]


def test_a_firms_executives_the_parser_hangs_off_the_other_side(extract):
    [m] = extract("A meeting between Wexford County Council chief executive Aoife Brennan and Norland Foods "
                  "executives on the new plant, set for next Wednesday, has been put back to May.")
    assert sorted(names(m)) == ["Aoife Brennan", "Norland Foods"]


def test_a_firms_management_is_not_its_chairman_named_elsewhere(extract):
    found = extract("Engineering group Castell & Rowe said it had received an approach from Perdana Holdings. Castell "
                    "& Rowe chairman Sir Alan Pryce met Perdana's chief executive in London last week. Union officer "
                    "Derek Colley is due to meet Castell & Rowe management at the firm's Coventry headquarters on "
                    "Friday.")
    [m] = [m for m in found if "Derek Colley" in names(m)]
    assert [(p["name"], p["title"]) for p in m["participants"]][1] == ("Castell & Rowe", "management")


def test_a_holder_set_off_after_an_envoys_posting_the_parser_hangs_off_the_place(extract):
    [m] = extract("The UN envoy to Burundi, Margit Halvorsen, held talks with President Pierre Nkurunziza in "
                  "Bujumbura on Sunday.")
    assert sorted(names(m)) == ["Margit Halvorsen", "Pierre Nkurunziza"]


@pytest.mark.parametrize("text", [
    # (The parser hangs the second side off the verb, or joins it to the verb with the adverb its own.)
    "The special envoy of the African Union, Kofi Mensah-Bonsu, met Mr Odhiambo and, separately, opposition leaders "
    "on Monday.",
    "Britain's trade minister, Helen Marsh, visited Nairobi on Monday and met Mr Odhiambo and, separately, "
    "opposition leaders in the run-up to the election.",
])
def test_met_one_side_and_separately_another_is_a_meeting_with_each(extract, text):
    found = extract(text)
    assert sorted(names(m)[1] for m in found) == ["Odhiambo", "opposition leaders"]


def test_talks_with_one_side_and_separately_with_another_are_a_meeting_with_each(extract):
    found = extract("Oluwole Adebanjo held talks in Monrovia with the chairman of the transitional government, Edwin "
                    "Togba Barclay, and, separately, with leaders of the former rebel groups.")
    assert sorted(names(m)[1] for m in found) == ["Edwin Togba Barclay", "leaders of the former rebel groups"]


def test_leaders_of_a_described_group_are_a_side(extract):
    [m] = extract("UN envoy Oluwole Adebanjo met leaders of the main opposition parties in Harare on Monday.")
    assert names(m) == ["Oluwole Adebanjo", "leaders of the main opposition parties"]


def test_leaders_of_people_described_are_no_side_of_their_own(extract):
    # (Guard: whoever speaks for hospital consultants is named later, if at all.)
    assert extract("Health Secretary Neil Garside is to meet leaders of hospital consultants next week.") == []


def test_one_sitting_of_a_yearly_meeting_given_its_day(extract):
    [m] = extract("The annual meeting between Prime Minister Azman Hakim and the Sultan of Brunei will be held in "
                  "Langkawi on May 26.")
    assert (m["status"], m["date"], m["location"]) == ("planned", "2025-05-26", "Langkawi")
    # (Guard: the habit itself is no meeting.)
    assert extract("Prime Minister Azman Hakim and the Sultan of Brunei hold annual meetings.") == []


def test_a_name_told_of_with_which_is_a_firm_whatever_the_model_tagged_it(extract):
    [m] = extract("Toronto-listed Harrow Peak Gold, which runs Ghana's second-largest mine, said it was in merger "
                  "talks with Redlake Minerals.")
    assert names(m) == ["Harrow Peak Gold", "Redlake Minerals"]


@pytest.mark.parametrize("text, side", [
    ("Energy minister Clara Hume met the heads of the seven largest energy suppliers on Monday.",
     "heads of the seven largest energy suppliers"),
    ("Trade minister Owen Pryce met the bosses of Britain's four largest supermarket chains in London on Tuesday.",
     "bosses of Britain's four largest supermarket chains"),
])
def test_the_heads_of_more_firms_than_a_story_names_are_a_side(extract, text, side):
    [m] = extract(text)
    assert names(m)[1] == side


def test_the_leaders_of_a_few_counted_groups_are_the_ones_named(extract):
    # (Guard: "the three parliamentary groups" are named, or their leaders are.)
    found = extract("President Ana Lopes held talks on Friday with the speaker, Rui Tavares, and the leaders of the "
                    "three parliamentary groups.")
    assert not any("groups" in name for m in found for name in names(m))


def test_a_charity_match_is_a_fixture(extract):
    assert extract("Riverside Rovers will meet Hillcrest Athletic in a charity match at Elm Park on Sunday.") == []


def test_a_charge_daffaires_set_off_after_the_post(extract):
    [m] = extract("Ghana's foreign minister, Ama Owusu-Ansah, on Tuesday received Chad's chargé d'affaires in "
                  "Accra, Idriss Mahamat-Saleh.")
    assert names(m) == ["Ama Owusu-Ansah", "Idriss Mahamat-Saleh"]


def test_talks_during_which_one_side_urged_the_other(extract):
    # (The parser hangs "during talks" off what was urged.)
    [m] = extract("Irish Prime Minister Declan Moran has urged Germany to support a joint energy fund during talks "
                  "with Economy Minister Anna Weber.")
    assert (m["status"], names(m)) == ("occurred", ["Declan Moran", "Anna Weber"])
    # (Guard: talks urged are none held.)
    assert extract("Irish Prime Minister Declan Moran has urged Germany to hold talks with Norway.") == []


def test_a_countrys_donors_are_a_side(extract):
    [m] = extract("Planning Minister Grace Phiri will meet Malawi's biggest donors in Lilongwe next week to discuss "
                  "budget support.")
    assert names(m) == ["Grace Phiri", "Malawi's biggest donors"]



def test_a_delegation_led_by_someone_named_in_the_next_sentence_as_it(extract):
    [m] = extract("In Accra, President Kofi Mensah-Boateng received a European Union delegation on Tuesday. It was "
                  "led by the EU's director for West Africa, Ines Baumann-Keller.")
    assert names(m) == ["Kofi Mensah-Boateng", "Ines Baumann-Keller"]


def test_the_club_is_the_club_named_before(extract):
    found = extract("Kestrel Park Rangers lost again on Saturday. The club said it was in talks with the Danish "
                    "defender Mads Holm over a new contract.")
    assert [names(m) for m in found] == [["Kestrel Park Rangers", "Mads Holm"]]


def test_a_delegation_from_a_firm_led_by_its_officer(extract):
    # (The parser hangs "from" off the verb and "led by" off the firm.)
    [m] = extract("The energy minister, Pengiran Haji Bahrin, received a delegation from Vietnam's Petrovietnam led "
                  "by its deputy chief executive Nguyen Van Hoa on Monday.")
    assert names(m) == ["Pengiran Haji Bahrin", "Nguyen Van Hoa"]


def test_union_leaders_are_the_union_officials_the_next_sentence_brings_in(extract):
    [m] = extract("Transport Secretary Ruth Kelly-Bain met rail union leaders at her department on Tuesday. The "
                  "RMT's general secretary, Owen Fisk, told reporters the talks had been frank.")
    assert names(m) == ["Ruth Kelly-Bain", "Owen Fisk"]


def test_both_sides_after_a_pair_who_met_at_a_ministry_are_that_pair(extract):
    # (Not the ministry they met at: the place is no side of the meeting to come.)
    found = extract("Dame Alice Rowe, chair of the Angling Council, and Peter Moss, head of the Boatyards' Guild, met "
                    "at the Ministry of Rivers on Tuesday. Both sides described the meeting as useful, and they will meet "
                    "again in May.")
    assert sorted((m["status"], tuple(surnames(m))) for m in found) == [("occurred", ("Moss", "Rowe")),
                                                                       ("planned", ("Moss", "Rowe"))]


def test_seeing_both_party_leaders_separately_is_a_meeting_with_each(extract):
    found = extract("The home secretary, Jo Banner, met Liberal leader Cal Hythe on Tuesday, before seeing Green "
                    "Party leader Ida Marr in the evening. The prime minister, Owen Rudd, will see both party leaders, "
                    "separately, in Downing Street next week.")
    planned = [m for m in found if m["status"] == "planned"]
    assert sorted(tuple(surnames(m)) for m in planned) == [("Hythe", "Rudd"), ("Marr", "Rudd")]
    # (Next week is no day, and not the day of the meetings told before.)
    assert [m["date"] for m in planned] == [None, None]
    # (Guard: seeing both sides of an argument is no meeting.)
    assert len(extract("The home secretary, Jo Banner, met Liberal leader Cal Hythe on Tuesday. The prime minister, "
                       "Owen Rudd, said he could see both sides of the argument.")) == 1


def test_the_two_men_are_the_pair_one_phrase_named_though_untitled(extract):
    [m] = extract("Fiji's Mosese Qarase and his Tongan counterpart, Sione Fifita, said the reef patrols had "
                  "failed. The two men held talks in Suva on Monday.")
    assert surnames(m) == ["Fifita", "Qarase"]
    # (Guard: two people each named by a clause of their own are no pair the words name.)
    assert extract("Mosese Qarase said the reef patrols had failed. Sione Fifita agreed. The two men held talks "
                   "in Suva on Monday.") == []


def test_both_party_leaders_are_leaders_not_a_minister_named_since(extract):
    found = extract("The Wales Secretary, Tom Price, met Labour leader Rhys Owen on Monday and then Green Party "
                    "president Nia Lloyd. He later spoke by telephone to Irish Foreign Minister Sean Kelly. The prime "
                    "minister, Ann Doyle, will see both party leaders next week.")
    [planned] = [m for m in found if m["status"] == "planned"]
    assert surnames(planned) == ["Doyle", "Lloyd", "Owen"]


def test_a_meeting_to_come_later_in_the_week_is_not_the_one_held(extract):
    found = extract("Opposition leader Kay Hart met the Danish prime minister, Lars Bech, in Copenhagen on Thursday. "
                    "She will see the Dutch prime minister later in the week.")
    assert sorted((m["status"], m["date"]) for m in found) == [("occurred", "2025-03-20"), ("planned", None)]


def test_a_hyphen_in_a_name_below_a_capitalised_line_is_no_dateline(extract):
    # (A page's "ADVERTISEMENT" line, then a hyphened name within twelve words: no "PLACE -" dateline.)
    [m] = extract("Harbour News\nPorts | Shipping\nBy Ana Reis | March 20, 2025\nThe port authority said cargo was up.\n"
                  "ADVERTISEMENT\nOn Wednesday, Mayor Rui Costa met Jean-Luc Moreau-Petit, the chief executive of "
                  "Atlantic Ferries, at city hall in Porto.")
    assert surnames(m) == ["Costa", "Moreau-Petit"]


def test_talks_planned_where_the_trip_ends_are_the_travellers(extract):
    found = extract("Austrian Chancellor Karl Binder met Kenyan President Grace Wanjiru in Nairobi on Thursday. The "
                    "tour ends in Kampala, where talks with Ugandan President Moses Okello are planned for Saturday.")
    assert sorted(tuple(surnames(m)) for m in found) == [("Binder", "Okello"), ("Binder", "Wanjiru")]
    [planned] = [m for m in found if m["status"] == "planned"]
    assert planned["location"] == "Kampala"


def test_bosses_of_a_firm_the_model_took_for_a_place_are_the_firm(extract):
    [m] = extract("Union leaders have met bosses of Bexley Pharma in a bid to save a factory in Leeds.")
    assert names(m)[1] == "Bexley Pharma"
    # (Guard: a state is no firm with bosses.)
    assert not any("Bahrain" in name for m in extract("Union leaders have met the owners of Bahrain's biggest "
                                                      "shipyard in Manama.") for name in names(m))


def test_a_meeting_held_separately_is_not_placed_where_one_to_come_will_be(extract):
    found = extract("DOHA, March 20 - Foreign Minister Ali Hamad met Peruvian Foreign Minister Rosa Quispe in Doha on "
                    "Thursday. Ali Hamad and Rosa Quispe agreed to hold the first round of consultations in Lima next "
                    "year. Separately, Ali Hamad met the Egyptian ambassador, Tarek Fahmy, on Thursday.")
    [other] = [m for m in found if "Tarek Fahmy" in names(m)]
    assert other["location"] != "Lima"
    [planned] = [m for m in found if m["status"] == "planned"]
    assert (planned["location"], planned["date"]) == ("Lima", None)


def test_states_in_talks_are_their_ministers_named_with_of_not_a_president_said_elsewhere(extract):
    found = extract("Chile and Bolivia have resumed talks on their border waters. Foreign ministers Ana Rojas of "
                    "Chile and Luis Mamani of Bolivia met in Lima on Wednesday. Bolivia's President Evo Quispe said "
                    "he was ready to talk.")
    assert [people(m) for m in found] == [[("Ana Rojas", "CL"), ("Luis Mamani", "BO")]]
    assert [p["title"] for p in found[0]["participants"]] == ["Foreign minister", "Foreign minister"]


def test_members_of_parliament_of_a_nation_are_a_side(extract):
    [m] = extract("Education Secretary Ruth Ogden has defended the school funding plans. She will meet Welsh "
                  "Conservative MPs at the Commons on Tuesday.")
    assert names(m) == ["Ruth Ogden", "Welsh Conservative MPs"]
    # (Guard: telling MPs something, or speaking to them in the chamber, is no meeting.)
    assert extract("Education Secretary Ruth Ogden told MPs on Tuesday that the plans were sound.") == []
    assert extract("Education Secretary Ruth Ogden was speaking to MPs amid rumours of a rift with her deputy, "
                   "Tom Vine.") == []


def test_whom_she_saw_separately_though_parsed_as_a_second_subject(extract):
    found = extract("Mr Tom Hartley, general secretary of the Unite union, said talks had stalled. The company side "
                    "was led by its chairman, Sir Paul Denby. Earlier in the week the business secretary, Mrs Jane "
                    "Rowley, saw Mr Hartley and Sir Paul separately at her department and urged both men to keep "
                    "talking.")
    assert sorted(tuple(surnames(m)) for m in found) == [("Denby", "Rowley"), ("Hartley", "Rowley")]
    # (Guard: no plans for a meeting are none, however the parser hangs the other side.)
    assert extract("A spokesman said there were no plans for the chancellor, Karl Binder, to meet opposition "
                   "leader Moses Okello-Tabu, who is on trial.") == []


def test_the_german_exchange_is_not_the_london_one_and_two_firms_talks_stay_theirs(extract):
    found = extract("Main Boerse Group has made an offer for the London Metal Exchange. The German exchange said it "
                    "had held friendly talks with the LME. Paris Bourse chief Jean Morel also held talks with LME boss "
                    "Anna Grey on Friday.")
    assert sorted(tuple(names(m)) for m in found) == [("Jean Morel", "Anna Grey"),
                                                      ("Main Boerse Group", "London Metal Exchange")]


def test_the_european_union_is_no_trade_union_whose_people_the_next_sentence_names(extract):
    found = extract("Fishermen fear deeper cuts after talks between the European Union and Norway on quotas ended "
                    "without agreement. Fisheries Minister Tom Hale held talks with his Norwegian counterpart, Odd "
                    "Berge, in Brussels on Monday.")
    assert not any(sorted(names(m)) == ["Norway", "Tom Hale"] for m in found)
    # (Guard: a trade union by its name is still the people the next sentence brings in.)
    [m] = extract("Kestrel Buses has won the city contract. The Bus Drivers' Union said it would meet Kestrel's "
                  "management next week to seek guarantees on jobs. \"We want those guarantees in writing,\" said "
                  "the union's general secretary, Amy Lowe.")
    assert names(m)[0] == "Amy Lowe"
    # (Guard: "Union leaders" opening a sentence are still a described union side.)
    [m] = extract("Union leaders met Transport Secretary Ruth Kelly-Bain at her department on Tuesday. The RMT's "
                  "general secretary, Owen Fisk, told reporters the talks had been frank.")
    assert sorted(names(m)) == ["Owen Fisk", "Ruth Kelly-Bain"]


def test_the_pair_met_then_will_meet_elsewhere_later_is_their_next_meeting(extract):
    found = extract("Interior Minister Anna Lind of Sweden met Interior Minister Pekka Salo of Finland in Umea on "
                    "Tuesday. The two ministers will meet in Oulu in October to sign the border accord.",
                    dt.date(2025, 5, 22))
    assert sorted((m["status"], m["location"], m["date"]) for m in found) == [
        ("occurred", "Umea", "2025-05-20"), ("planned", "Oulu", "2025-10-01")]
    # (Guard: the call the pair's ministers prepared, in the sentence of their own call, is no
    # call of theirs to come.)
    found = extract("President Ana Ruiz of Chile and President Luis Mora of Peru spoke by phone on Wednesday. "
                    "Foreign Minister Eva Soto of Chile spoke with her Peruvian counterpart, Juan Vega, on Monday to "
                    "prepare the leaders' call.", dt.date(2025, 5, 22))
    assert sorted((m["status"], m["date"]) for m in found) == [("occurred", "2025-05-19"), ("occurred", "2025-05-21")]


def test_a_plan_of_the_pairs_at_an_occasion_of_others_is_not_theirs(extract):
    # (Guard: a dinner of "the leaders'" may be any leaders', not the pair's next meeting.)
    found = extract("Prime Minister Ana Lind of Sweden met Prime Minister Pekka Salo of Finland in Umea on Monday. "
                    "At the leaders' dinner in Oulu on Friday, the prime minister will have a brief conversation "
                    "with the President of the European Commission.", dt.date(2025, 5, 22))
    assert not any(m["status"] == "planned" and sorted(surnames(m)) == ["Lind", "Salo"] for m in found)

def test_a_presenter_meeting_the_stations_managing_director_is_a_meeting(extract):
    [m] = extract("Northway Radio managing director Ken Oduya said he had a meeting with presenter Sally Birch before "
                  "Easter to discuss her contract.")
    assert sorted(surnames(m)) == ["Birch", "Oduya"]
    # (Guard: two people of no office meeting are no news of officials.)
    assert extract("Presenter Sally Birch met singer Tom Ashe in Leeds on Monday.") == []


def test_calling_on_a_king_the_model_takes_for_a_place_is_a_meeting_with_the_king(extract):
    [m] = extract("Indian Foreign Minister Rajiv Kashyap called on the King of Bhutan on Wednesday.")
    assert names(m) == ["Rajiv Kashyap", "King of Bhutan"]
    # (Guard: a visit to the kingdom itself is still a place visited.)
    [m] = extract("Indian Foreign Minister Rajiv Kashyap visited the Kingdom of Bhutan on Wednesday.")
    assert m["location"] == "Kingdom of Bhutan"


def test_clubs_talks_about_a_striker_are_no_fixture(extract):
    [m] = extract("Hartley Rovers have held talks with Dutch champions Zeeland United about a loan deal for striker "
                  "Joop Vermeer.")
    assert m["status"] == "occurred" and len(m["participants"]) == 2
    # (Guard: two clubs that "meet" in a final play a match.)
    assert extract("Hartley Rovers will meet Vila Nova in the cup final on Saturday.") == []


def test_a_capital_of_two_words_the_model_splits_is_whole(extract):
    [m] = extract("Interior Minister Ana Ruiz met the envoy, Peter Vance, at a hotel in Santo Domingo on Tuesday.")
    assert m["location"] == "Santo Domingo"


def test_seeing_someone_as_something_judges_them(extract):
    assert extract("Rovers chairman Dan Hale is lining up a move for striker Leo Marsh. He sees Marsh as the ideal "
                   "replacement for his captain.") == []
    assert extract("Prime Minister Ana Lind sees President Tom Berg as a reliable partner.") == []
    # (Guard: seeing an official "as part of" a visit is meeting them.)
    [m] = extract("Foreign Minister Ana Lind will see the Danish prime minister as part of her visit on Monday.")
    assert m["status"] == "planned"


def test_the_tanaiste_is_the_person_holding_the_office_named_before(extract):
    found = extract("The Tánaiste and Minister for Foreign Affairs, Aoife Brennan, met Norway's Minister of Foreign "
                    "Affairs, Jonas Dahl, in Dublin on Monday. The Tánaiste later accepted an invitation from Mr Dahl "
                    "to visit Oslo in the autumn.", dt.date(2025, 3, 14))
    assert sorted((m["status"], m["location"], tuple(sorted(names(m)))) for m in found) == [
        ("occurred", "Dublin", ("Aoife Brennan", "Jonas Dahl")), ("planned", "Oslo", ("Aoife Brennan", "Jonas Dahl"))]


def test_the_pair_signing_the_accord_elsewhere_later_is_their_next_meeting(extract):
    found = extract("Chilean Foreign Minister Ana Rojas held talks in Lima on Tuesday with her Peruvian counterpart, "
                    "Luis Paredes, on a fishing accord. Officials said the two ministers plan to sign the accord in "
                    "Santiago on April 2.", dt.date(2025, 3, 14))
    assert sorted((m["status"], m["location"], m["date"]) for m in found) == [
        ("occurred", "Lima", "2025-03-11"), ("planned", "Santiago", "2025-04-02")]
    # (Guard: signing it the same day is more of the talks told.)
    [m] = extract("Chilean Foreign Minister Ana Rojas held talks in Lima on Tuesday with her Peruvian counterpart, "
                  "Luis Paredes. The two ministers signed a fishing accord.", dt.date(2025, 3, 14))
    assert m["status"] == "occurred"
    # (Guard: "the leaders" need not be the two ministers.)
    [m] = extract("Chilean Foreign Minister Ana Rojas held talks in Lima on Tuesday with her Peruvian counterpart, "
                  "Luis Paredes. The leaders are expected to sign the accord in Santiago on April 2.",
                  dt.date(2025, 3, 14))
    assert m["status"] == "occurred"


def test_a_return_visit_by_the_guest_is_a_planned_meeting_with_the_host(extract):
    found = extract("Norwegian Prime Minister Kari Lunde and her host, Swedish Prime Minister Erik Borg, met at "
                    "Harpsund on Thursday. A return visit by Borg to Oslo has been pencilled in for September, "
                    "Lunde's office said.", dt.date(2025, 3, 14))
    assert sorted((m["status"], m["location"], tuple(sorted(surnames(m)))) for m in found) == [
        ("occurred", "Harpsund", ("Borg", "Lunde")), ("planned", "Oslo", ("Borg", "Lunde"))]


def test_a_visit_the_call_came_ahead_of_is_still_to_come(extract):
    found = extract("Prime Minister Jan Visser of the Netherlands held a video call with his Danish counterpart, "
                    "Mette Holm, on Monday to discuss farm subsidies. The call came ahead of Holm's official visit to "
                    "The Hague, which has been brought forward from June to May 19.", dt.date(2025, 3, 14))
    assert sorted((m["kind"], m["status"], m["date"]) for m in found) == [
        ("in_person", "planned", "2025-05-19"), ("video_call", "occurred", "2025-03-10")]
    assert {p["name"]: p["country"] for m in found for p in m["participants"]} == {"Jan Visser": "NL", "Mette Holm": "DK"}


def test_an_energy_transition_minister_is_of_the_country_before_the_title(extract):
    found = extract("Chile's Minister of Mining, Ana Rojas, received Moroccan Energy Transition Minister Leila Amrani "
                    "in Santiago on Monday. Later the same day, the Moroccan minister was received by President Luis "
                    "Mora.", dt.date(2025, 3, 14))
    assert sorted(tuple(sorted(names(m))) for m in found) == [("Ana Rojas", "Leila Amrani"), ("Leila Amrani", "Luis Mora")]
    assert {p["name"]: (p["title"], p["country"]) for m in found for p in m["participants"]}["Leila Amrani"] == (
        "Energy Transition Minister", "MA")


def test_the_pm_is_the_prime_minister_named_before(extract):
    [m] = extract("Portuguese Prime Minister Rui Costa arrived in Dublin on Monday. On Tuesday, Taoiseach Sean Kelly "
                  "hosted the Portuguese PM at Government Buildings.", dt.date(2025, 7, 3))
    assert sorted(names(m)) == ["Rui Costa", "Sean Kelly"]

def test_a_headlines_meeting_the_story_tells_too_stays_beside_the_pairs_next(extract):
    found = extract("Lind and Salo discuss border accord\n\nSwedish Foreign Minister Anna Lind met Finnish Foreign "
                    "Minister Pekka Salo in Umea on Tuesday.\n\nThe ministers discussed the border accord and fishing "
                    "rights.\n\nThe ministers will meet again in Oulu in October to sign the accord.", dt.date(2025, 7, 3))
    assert sorted((m["status"], m["location"]) for m in found) == [("occurred", "Umea"), ("planned", "Oulu")]


def test_a_second_meeting_with_the_minister_is_one_more(extract):
    found = extract("Harlow chairman Tom Berg met Poland's finance minister, Anna Nowak, in Warsaw last week. He is due "
                    "to return to Warsaw next month for a second meeting with the minister.", dt.date(2025, 7, 3))
    assert sorted(m["status"] for m in found) == ["occurred", "planned"]
    # (Guard: "their second meeting this year" is the one told.)
    [m] = extract("Harlow chairman Tom Berg met Poland's finance minister, Anna Nowak, in Warsaw on Monday. It was "
                  "their second meeting this year.", dt.date(2025, 7, 3))
    assert m["status"] == "occurred"


def test_a_meeting_a_day_before_the_call_told_is_dated_from_the_call(extract):
    found = extract("President Ana Lind of Norway spoke by phone with President Jonas Kairys of Lithuania on Tuesday. "
                    "A day before the presidents spoke, Norway's Transport Minister Per Dahl and Lithuania's Transport "
                    "Minister Rita Vaitkus had held a virtual meeting on rail links.", dt.date(2025, 12, 5))
    assert sorted((m["kind"], m["date"]) for m in found) == [("phone_call", "2025-12-02"), ("video_call", "2025-12-01")]


def test_a_meeting_after_the_call_told_is_on_its_day(extract):
    found = extract("Foreign Minister Ana Lind paid a courtesy call on President Jonas Kairys in Vilnius on Tuesday. "
                    "After the courtesy call, Lind huddled with her Lithuanian counterpart, Rita Vaitkus, at the "
                    "ministry.", dt.date(2025, 12, 5))
    assert [m["date"] for m in found] == ["2025-12-02", "2025-12-02"]
    # (Guard: a day of its own is its day.)
    found = extract("Foreign Minister Ana Lind paid a courtesy call on President Jonas Kairys in Vilnius on Tuesday. "
                    "After the talks, Lind met Lithuanian Prime Minister Rita Vaitkus on Thursday.", dt.date(2025, 12, 5))
    assert [m["date"] for m in found] == ["2025-12-02", "2025-12-04"]


def test_an_hour_in_gmt_is_no_venue(extract):
    [m] = extract("The meeting between Fiat boss Carlo Ruffini and Ford's Tom Baker is due to take place at 1330 GMT in "
                  "Zurich.")
    assert m["location"] == "Zurich"


def test_a_trade_opening_the_sentence_is_no_part_of_the_name(extract):
    [m] = extract("Striker Nicolas Anelka has held talks with City chairman John Wardle about a move.")
    assert sorted(names(m)) == ["John Wardle", "Nicolas Anelka"]


def test_an_official_named_without_a_country_is_of_the_storys_home(extract):
    [m] = extract("ASTANA, March 20 - Prime Minister Arman Dauletov held talks with Chinese Premier Zhao Lin in Beijing "
                  "on Thursday, the government said. Kazakhstan wants Chinese investment in its railways, and "
                  "Kazakh exporters have long complained about queues at the border.")
    assert {p["name"]: p["country"] for p in m["participants"]} == {"Arman Dauletov": "KZ", "Zhao Lin": "CN"}


def test_the_home_is_none_of_the_other_sides_countries(extract):
    # Turkey is named most, but the President met is Turkish: the Prime Minister is of Greece.
    [m] = extract("Prime Minister Nikos Vlachos met Turkish President Emre Kaya at a summit on Thursday. Turkish "
                  "officials said Athens had asked for the meeting. Turkey says Greece is arming its islands, and "
                  "Turkish ships will stay out of the disputed waters.")
    assert {p["name"]: p["country"] for p in m["participants"]} == {"Nikos Vlachos": "GR", "Emre Kaya": "TR"}


def test_no_home_beside_another_official_of_no_country(extract):
    # One of the two foreign ministers is foreign, and the story does not say which.
    [m] = extract("Foreign Minister Nikos Vlachos met Foreign Minister Emre Kaya in Skopje on Thursday. Greece "
                  "says Turkey is sending ships into its waters, Greek officials said, and Greek ships will stay "
                  "in port.")
    assert {p["country"] for p in m["participants"]} == {None}


def test_no_home_when_two_countries_are_named_as_often(extract):
    [m] = extract("Prime Minister Nikos Vlachos met Cypriot President Andreas Loizou on Thursday. Greece and Turkey "
                  "are at odds over gas.")
    assert {p["name"]: p["country"] for p in m["participants"]} == {"Nikos Vlachos": None, "Andreas Loizou": "CY"}


def test_a_country_in_a_title_is_the_holders_unless_posted_there(extract):
    [m] = extract("Canadian International Development Minister Priya Shah held talks with Anne Holm, the Commissioner "
                  "to Malta, on Thursday.")
    assert {p["name"]: p["country"] for p in m["participants"]} == {"Priya Shah": "CA", "Anne Holm": None}


def test_a_country_of_three_words_before_a_title_is_whole(extract):
    [m] = extract("Papua New Guinea Prime Minister Kila Oala received a telephone call on Tuesday from Indonesian "
                  "President Bambang Wiratmoko.")
    assert people(m) == [("Kila Oala", "PG"), ("Bambang Wiratmoko", "ID")]


def test_a_headline_ending_on_a_country_gives_the_next_lines_title_none(extract):
    [m] = extract("Lund presses neighbours over Belarus\n\nForeign Secretary Ian Lund held talks with Polish President "
                  "Adam Nowak in Warsaw on Monday.")
    assert people(m) == [("Ian Lund", "GB"), ("Adam Nowak", "PL")]


def test_a_meeting_dated_by_its_month_alone_is_not_where_a_side_travels_now(extract):
    found = extract("Finance Minister Carl Boyd is visiting Ghana and Kenya this week. Deputy Prime Minister Ann Holt "
                    "hosted a dinner in November 2003 where Prime Minister Tom Reid told Mr Boyd he would stand down.")
    [dinner] = [m for m in found if m["date"] == "2003-11-01"]
    assert dinner["location"] is None


def test_a_bodys_initials_taken_for_a_common_noun_are_a_side(extract):
    [m] = extract("TPC has held talks with Rosneft over transit fees.")
    assert names(m) == ["TPC", "Rosneft"]



def test_a_state_whose_name_has_and_in_it_is_one_side(extract):
    [m] = extract("Talks between Trinidad and Tobago and Jamaica on gas prices ended on Thursday without a deal.")
    assert people(m) == [("Trinidad and Tobago", "TT"), ("Jamaica", "JM")]


def test_a_state_the_model_left_untagged_keeps_its_country(extract):
    [m] = extract("Grenada held talks with Barbados on ferry links on Monday.")
    assert people(m) == [("Grenada", "GD"), ("Barbados", "BB")]


def test_a_headlines_described_official_is_the_one_the_story_names_below(extract):
    [m] = extract("Taoiseach meets Dutch PM over hydrogen\n\nTaoiseach Declan Fahy has said Ireland and the "
                  "Netherlands will work together on hydrogen following a meeting with Dutch Prime Minister Pieter "
                  "de Vries in Dublin today.")
    assert people(m) == [("Declan Fahy", "IE"), ("Pieter de Vries", "NL")]



def test_a_headlines_second_bare_infinitive_is_a_plan_too(extract):
    [m] = extract("Ruiz to tour Baltics, meet Estonian premier\n\nSpanish Prime Minister Ana Ruiz will leave for Riga "
                  "on Sunday, her office said.")
    assert m["status"] == "planned"


def test_a_place_keeps_the_article_that_is_part_of_its_name(extract):
    [m] = extract("Dutch Foreign Minister Anna de Wit met Belgian Foreign Minister Luc Peeters in The Hague on Monday.")
    assert m["location"] == "The Hague"


def test_a_sports_word_in_what_was_discussed_tells_no_fixture(extract):
    [m] = extract("Uruguay's sports minister Carla Ortiz held a video call with Chilean sports minister Jorge Mena on "
                  "Tuesday about the schedule of the qualifiers.")
    assert (m["kind"], m["status"]) == ("video_call", "occurred")


def test_a_meeting_called_off_is_no_phone_call(extract):
    meetings = extract("Belize's Foreign Minister Ana Cal met her Guatemalan counterpart, Rosa Tzul, on Tuesday. "
                       "The session the two were due to co-chair in Flores on Friday has been called off.")
    assert [m["kind"] for m in meetings] == ["in_person"]


@pytest.mark.parametrize("text, day", [
    ("Before leaving Lima on Tuesday, Foreign Minister Ana Rojas spoke by phone with Chilean Foreign Minister "
     "Luis Paredes.", "2025-03-18"),
    ("After landing in Quito on Wednesday, Foreign Minister Ana Rojas held talks with Ecuadorian Foreign Minister "
     "Luis Paredes.", "2025-03-19"),
])
def test_a_meeting_told_against_a_journey_has_the_journeys_day(extract, text, day):
    [m] = extract(text)
    assert m["date"] == day


def test_a_dateline_closed_by_three_hyphens_gives_the_day_filed(extract):
    [m] = extract("Oman News Agency\nHome > Local News\nMinister speaks to envoy\n20/03/2025 21:40\n\nMuscat, "
                  "March 20 (ONA) --- Oman's Foreign Minister Ali Saidi opened a water exhibition. Earlier today, "
                  "Saidi held a telephone conversation with the UN envoy for Yemen, Hans Lindqvist.")
    assert m["date"] == "2025-03-20"


def test_a_place_has_no_full_stop_the_model_took_into_its_name(extract):
    meetings = extract("On 9 April, Mongolian Foreign Minister Bat Erdene called on Chinese Vice President Li Dongsheng "
                       "at the Great Hall of the People. Later that day, she met with Chinese Premier Wang Qiang.")
    assert meetings[0]["location"] == "Great Hall of the People"


def test_a_capital_visited_is_the_place_whatever_the_model_tagged(extract):
    held, to_come = extract("MBABANE, Sept 12 - Eswatini Prime Minister Themba Dube hosted his Mozambican counterpart "
                            "Celeste Nhaca on Thursday for talks on water. Dube accepted an invitation from Nhaca to "
                            "visit Maputo in November.")
    assert (to_come["status"], to_come["location"]) == ("planned", "Maputo")


def test_the_head_of_state_is_the_storys_president_not_a_vice_president(extract):
    meetings = extract("President of Kyrgyzstan Almaz Tokoev received a delegation led by Vice President of the Senate "
                       "Anna Ricci. The head of state recalled his meeting with Spanish Prime Minister Luis Gomez in "
                       "Madrid last year.")
    assert [names(m) for m in meetings][-1] == ["Almaz Tokoev", "Luis Gomez"]


def test_the_head_of_state_may_be_the_president_of_the_republic(extract):
    meetings = extract("N'Djamena, April 8, 2026 - The President of the Republic, Abdelkerim Haroun, received Qatar's "
                       "Minister of State Ali Al-Kuwari on Wednesday. The audience comes a month after a telephone "
                       "conversation between the Head of State and the Emir of Qatar.", dt.date(2026, 4, 8))
    assert [(m["kind"], names(m)) for m in meetings][-1] == ("phone_call", ["Abdelkerim Haroun", "Emir of Qatar"])


def test_a_place_ends_before_the_words_the_model_ran_on_with(extract):
    [m] = extract("N'Djamena, April 8, 2026 - The President of the Republic, Head of State, Abdelkerim Haroun, received "
                  "in audience this Wednesday at the Palais Rose the Minister of State for Foreign Affairs of the State "
                  "of Qatar, H.E. Ali Al-Kuwari.", dt.date(2026, 4, 8))
    assert m["location"] == "Palais Rose, N'Djamena"  # (the venue, in the dateline's town)


def test_a_headlines_verb_ends_the_name_after_a_title(extract):
    meetings = extract("President Wreh Receives Outgoing Sierra Leonean Envoy, Holds Virtual Talks with AfDB Chief\n\n"
                       "The President is expected to travel to Freetown on March 20, where he will hold talks with "
                       "President Foday Bangura.")
    assert [p["name"] for p in meetings[0]["participants"]][0] == "Wreh"


def test_a_counterpart_named_with_no_office_holds_the_other_sides(extract):
    meetings = extract("Namibian Foreign Minister Petra Haufiku called on Angolan President Adelino Mateus on Tuesday. "
                       "He then conferred with his Angolan counterpart, Teresa Cassoma, at the foreign ministry.")
    assert [p["title"] for p in meetings[-1]["participants"]] == ["Foreign Minister", "Foreign Minister"]


def test_a_title_has_no_determiner_of_the_phrase_it_was_read_from(extract):
    [m] = extract("The United Nations envoy for Yemen, Hans Lindqvist, met Omani Foreign Minister Badr Albusaidi in "
                  "Muscat on Monday.")
    assert [p["title"] for p in m["participants"]][0] == "United Nations envoy for Yemen"


@pytest.mark.parametrize("text, status", [
    ("Estonian Foreign Minister Kaja Tamm met Latvian President Edgars Ozols in Riga for an hour and cancelled a "
     "planned news conference.", "occurred"),
    ("A planned meeting with President Omar Fathi in Cairo was called off because the president had travelled to "
     "Aqaba, where he held talks with Jordanian Prime Minister Samir Haddad.", "occurred"),
    ("A visit to Ottawa by Irish Prime Minister Sean Kelly, scheduled for March 12 and due to include talks with "
     "Canadian Prime Minister Anne Roy, has been postponed because of the dispute.", "cancelled"),
])
def test_what_befell_something_else_is_not_the_meetings_fate(extract, text, status):
    [m] = extract(text)
    assert m["status"] == status


@pytest.mark.parametrize("leaving, place", [("before leaving Suva", "Suva"), ("before leaving for Suva", None)])
def test_a_meeting_held_before_leaving_a_city_was_held_there(extract, leaving, place):
    [m] = extract(f"Tongan Foreign Minister Sione Vakauta also paid a courtesy call on Fiji's President, Wiliame "
                  f"Katonivere, {leaving}.")
    assert m["location"] == place


def test_an_office_named_after_its_body_is_a_side_unnamed(extract):
    [m] = extract("Chancellor Ruth Tanner saw the World Bank president on Saturday morning.")
    assert names(m) == ["Ruth Tanner", "World Bank president"]


def test_a_meeting_whose_other_side_has_no_country_does_not_veto_the_home_country(extract):
    meetings = extract("Monrovia, Liberia - President Samuel Wreh on Tuesday received the outgoing Ambassador of the "
                       "Republic of Sierra Leone to Liberia, Christiana Sesay, at the Executive Mansion. The President is "
                       "expected to travel to Freetown on March 20, where he will hold talks with President Foday Bangura.",
                       dt.date(2026, 3, 11))
    assert [p["country"] for m in meetings for p in m["participants"] if p["name"] == "Samuel Wreh"] == ["LR", "LR"]


def test_an_international_official_gets_no_home_country(extract):
    meetings = extract("MONROVIA, March 11 - The United Nations envoy for West Africa, Anna Berg, met Sierra Leone's "
                       "Foreign Minister Musa Kamara in Monrovia on Tuesday. Liberia hosts the regional talks, and "
                       "Liberia's government said the talks went well.", dt.date(2026, 3, 11))
    assert [p["country"] for m in meetings for p in m["participants"] if p["name"] == "Anna Berg"] == [None]


def test_a_team_bosses_meeting_a_firms_executives_in_a_sports_story_is_business(extract):
    # Among match reports, a fixture is no meeting; a team boss meeting a carmaker's executives is.
    sport = " ".join(["The team finished fifth in the championship last season."] * 2) + (
        " Its driver took a podium at the final race and hopes to win the title.")
    [m] = extract("Hugo Marr, the team principal, said he had met senior Velora executives in Turin last week. " + sport,
                  None)
    assert (m["status"], m["location"], names(m)) == ("occurred", "Turin", ["Hugo Marr", "Velora"])
    assert extract("Hugo Marr will meet Tomas Ash in Turin on Sunday. " + sport, None) == []


def test_the_two_heads_of_state_are_the_presidents_not_a_congress_president_named_since(extract):
    [talks, congress, session] = extract(
        "President Lena Varga of Hungary held talks with President Pavol Hruby of Slovakia in Budapest on Monday. "
        "On Tuesday, Hruby met Congress President Otto Lenz. The two heads of state will co-chair a joint cabinet "
        "session in Kosice on May 4.")
    assert surnames(talks) == surnames(session) == ["Hruby", "Varga"]
    assert (session["status"], session["location"], surnames(congress)) == ("planned", "Kosice", ["Hruby", "Lenz"])


def test_the_two_heads_of_government_may_be_a_premier_and_a_cabinet_chairman(extract):
    # With fewer heads named than the phrase counts, it means the officials named last.
    [talks] = extract("Tajik Prime Minister Ivo Dask arrived in Bishkek on Thursday. Dask was greeted at the airport "
                      "by Kyrgyz Chairman of the Cabinet of Ministers Azat Umarov. The two heads of government then "
                      "held talks at the Government House.")
    assert surnames(talks) == ["Dask", "Umarov"] and talks["location"].startswith("Government House")


def test_talks_about_a_takeover_are_held_with_the_firm_to_be_bought(extract):
    [m] = extract("Dutch lender Vesta Bank has confirmed it is in early talks about a possible takeover of Harrow, "
                  "a British building society.")
    assert names(m) == ["Vesta Bank", "Harrow"]


def test_a_described_official_is_the_one_the_story_names_of_that_country_and_office(extract):
    # The person's country is known only from the delegation he led, after he was described.
    [talks, visit] = extract(
        "A Malian government delegation arrived in Dakar on Monday. It was headed by Foreign Minister Issa Konate, "
        "who held talks with Senegalese Foreign Minister Awa Ndiaye on Tuesday. The Malian minister is also due to "
        "meet Senegal's Minister of Trade, Ousmane Fall, before returning home.")
    assert surnames(talks) == ["Konate", "Ndiaye"]
    assert (visit["status"], surnames(visit)) == ("planned", ["Fall", "Konate"])


def test_a_body_that_sent_representatives_is_the_side_they_met(extract):
    [m] = extract("Culture minister Gareth Lowe met representatives of the Board Game Makers' Guild on Wednesday "
                  "to discuss the plans.")
    assert names(m) == ["Gareth Lowe", "Board Game Makers' Guild"]
    # Met beside someone named, whom the body sent is not said: the person is the side.
    [m] = extract("Culture minister Gareth Lowe met guild chairman Tom Rees and representatives of the Board Game "
                  "Makers' Guild on Wednesday.")
    assert "Board Game Makers' Guild" not in names(m)


def test_the_president_of_the_republic_is_the_storys_own_and_his_counterpart_the_other(extract):
    # A call with the President of the Portuguese Republic, then "the President of the Republic
    # accepted an invitation from his Portuguese counterpart": the story's own president and the other.
    [call, visit] = extract(
        "ALGIERS - The President of the Republic, Mr. Karim Belaid, had a phone conversation Sunday with the "
        "President of the Portuguese Republic, Rui Tavares Costa, the presidency said. On this occasion, the "
        "President of the Republic accepted an invitation from his Portuguese counterpart to pay a state visit to "
        "Portugal in November.")
    assert surnames(call) == surnames(visit) == ["Belaid", "Costa"]
    assert (visit["status"], visit["location"]) == ("planned", "Portugal")



def test_national_titles_of_kiribati_and_turkmenistan_are_offices(extract):
    # "Te Beretitenti" is Kiribati's president; a hyakim governs a Turkmen province.
    [m] = extract("On Tuesday, Te Beretitenti met the visiting Secretary General of the Pacific Islands Forum, "
                  "Ms Ana Loto. The talks were held at State House.\n\nHis Excellency Te Beretitenti, Taneti Moa, "
                  "thanked the Forum for its support.")
    assert surnames(m) == ["Loto", "Moa"] and ("Taneti Moa", "KI") in people(m)
    [m] = extract("Kyrgyz Foreign Minister Aibek Toktosunov will meet the hyakim of Balkan province, Merdan "
                  "Atayev, in Awaza on Friday.")
    assert surnames(m) == ["Atayev", "Toktosunov"] and m["status"] == "planned"
    assert ("Merdan Atayev", "TM") in people(m)


def test_a_pronoun_opening_a_paragraph_continues_the_traveller_past_sentences_about_the_place(extract):
    found = extract(
        "From Kenya, Foreign Secretary Tom Hale flew to Kampala, where he met Uganda's President, Isaac Okello. "
        "Uganda has been praised by donors for its schools. British aid to the country pays mainly for clinics, "
        "though critics say donors ask too much.\n\nIn Kigali on Wednesday, he called on the head of the East "
        "African Development Bank, Dr Ruth Mugisha, at its offices.")
    assert sorted(surnames(m) for m in found) == [["Hale", "Mugisha"], ["Hale", "Okello"]]


def test_an_unnamed_office_of_a_body_before_a_purpose_is_a_side(extract):
    [m] = extract("Maltese Prime Minister Anton Micallef will meet the president of the European Commission to press "
                  "for an emergency fund.")
    assert names(m) == ["Anton Micallef", "European Commission president"] and m["status"] == "planned"


def test_talks_with_a_countrys_described_leaders_are_those_with_its_official_named(extract):
    [m] = extract("Vanuatu's prime minister Edward Molisale has held talks with senior Chinese leaders in Beijing. "
                  "Mr Molisale met Premier Huang Dexin on Tuesday.")
    assert names(m) == ["Edward Molisale", "Huang Dexin"] and m["location"] == "Beijing"
    # (Guard: a meeting of another fate is another meeting.)
    found = extract("Vanuatu's prime minister Edward Molisale has held talks with senior Chinese leaders in Beijing. "
                    "Mr Molisale will meet Premier Huang Dexin on Tuesday.")
    assert sorted(m["status"] for m in found) == ["occurred", "planned"]


def test_a_firms_talks_with_a_government_are_its_officers_meeting_with_that_states_minister(extract):
    [m] = extract("Irish airline Celtic Wings has held talks with the Portuguese government about buying a stake in "
                  "Lusitania Air. Its chief executive, Dermot Kinsella, met Portuguese transport minister Jorge "
                  "Prates in Lisbon on Monday.")
    assert names(m) == ["Dermot Kinsella", "Jorge Prates"] and m["status"] == "occurred"
    # (Guard: an officer of another body met the minister; the firm's talks are their own.)
    found = extract("Irish airline Celtic Wings has held talks with the Portuguese government about buying a stake "
                    "in Lusitania Air. The chairman of Atlantic Cargo, Dermot Kinsella, met Portuguese transport "
                    "minister Jorge Prates in Lisbon on Monday.")
    assert ["Celtic Wings", "Portuguese government"] in [names(m) for m in found]


def test_a_headlines_group_with_no_country_is_the_one_named_below(extract):
    [m] = extract("Renwick meets Muslim leaders over terror law\n\nHome Secretary Patricia Renwick has sought to "
                  "reassure Muslims over the new law.\n\nMs Renwick held talks with a delegation from the Muslim "
                  "Community Council, led by its secretary general Dr Faisal Mirza, at the Home Office on Tuesday.\n")
    assert names(m) == ["Patricia Renwick", "Faisal Mirza"]


def test_representatives_of_a_body_only_described_are_a_side_of_its_country(extract):
    [m] = extract("Trade Minister Halvard Nesse toured the north. On Monday he met representatives of Italian "
                  "textile manufacturers in Milan.")
    assert names(m) == ["Halvard Nesse", "representatives of Italian textile manufacturers"]
    assert m["participants"][1]["country"] == "IT"
    [m] = extract("Representatives of local traders and hauliers held talks with Economy Minister Rafael Tondo on "
                  "Tuesday.")
    assert names(m) == ["representatives of local traders and hauliers", "Rafael Tondo"]
    [m] = extract("Energy Minister Kenji Arata met representatives of three Japanese utilities in Osaka on Friday.")
    assert names(m)[1] == "representatives of three Japanese utilities"
    # (Guards: the body named before, told again, is no description of its own.)
    assert extract("Union leader Sam Dorrit met representatives of the company on Friday.") == []
    assert extract("Kestrel Motors plans to close its plant. Union leader Sam Dorrit met representatives of its "
                   "management on Friday.") == []


def test_an_official_and_representatives_met_on_one_visit_are_two_meetings(extract):
    found = extract("Finance Minister Ruth Kalua will meet central bank governor Ottilie Banda and representatives of "
                    "local exporters in Blantyre on Friday.")
    assert sorted(names(m)[-1] for m in found) == ["Ottilie Banda", "representatives of local exporters"]
    assert all(len(m["participants"]) == 2 for m in found)


def test_where_he_met_tells_of_the_subject_above_however_deep_the_parse(extract):
    found = extract("Trade Minister Aurel Vintila arrived in Warsaw on Monday. The chairman of Baltic Grain, Marek "
                    "Solski, welcomed the visit. On Tuesday, Vintila took part in a business forum at the Federation "
                    "of Polish Chambers, where he met representatives of more than 30 Polish exporters.")
    assert ["Aurel Vintila", "representatives of more than 30 Polish exporters"] in [names(m) for m in found]


def test_representatives_meeting_only_described_executives_is_no_meeting(extract):
    # (Which firm's executives the sentence does not say: no side to alert on.)
    assert extract("Representatives of farmers near the dam are due to meet company executives in Halden next week.") == []


def test_representatives_met_say_nothing_of_the_officials_country(extract):
    [m] = extract("TALLINN - Estonia's exports to Latvia fell again. Latvia blamed Latvia's new tariffs, and Latvian "
                  "traders protested in Riga.\n\nThe governor of Harju, Emil Tarrow, met representatives of fishermen's "
                  "associations on Monday.")
    assert names(m) == ["Emil Tarrow", "representatives of fishermen's associations"]
    assert m["participants"][0]["country"] is None


def test_a_counterpart_from_a_country_is_that_countrys_official(extract):
    [m] = extract("Zambian Transport Minister Mwamba Chileshe on Tuesday received his counterpart from Malawi at his "
                  "office in Lusaka, with the two discussing the rail corridor. Malawian Transport Minister Ruth Kalua "
                  "said the corridor was vital.")
    assert names(m) == ["Mwamba Chileshe", "Ruth Kalua"]
    # (Unnamed, the official of that country and office.)
    [m] = extract("Zambian Transport Minister Mwamba Chileshe on Tuesday received his counterpart from Malawi at his "
                  "office in Lusaka.")
    assert m["participants"][1]["country"] == "MW" and m["participants"][1]["title"] == "Transport Minister"


def test_a_country_whose_name_has_an_and_is_one_of_the_list(extract):
    [m] = extract("The foreign ministers of Ghana, Trinidad and Tobago and Saint Kitts and Nevis, Kwame Asante, Rhea "
                  "Baptiste-Lyons and Colin Skerritt-Hart, held a three-way meeting in Accra on Friday.")
    assert names(m) == ["Kwame Asante", "Rhea Baptiste-Lyons", "Colin Skerritt-Hart"]
    assert [p["country"] for p in m["participants"]] == ["GH", "TT", "KN"]


def test_a_counterpart_of_no_office_known_is_the_one_official_of_that_country_named_on(extract):
    found = extract("Malaysia's Harith Kamaruddin met Japan's Ishiguro Masato on Monday. Harith also met his "
                    "counterpart from South Korea, with both sides agreeing to conclude negotiations by the end of the "
                    "year. The talks were cordial. Officials said the deal would follow. Investors welcomed it. Korea's "
                    "Minister for Trade, Yoon Jae-hyun, told reporters that most issues were resolved.")
    assert ["Harith Kamaruddin", "Yoon Jae-hyun"] in [names(m) for m in found]

