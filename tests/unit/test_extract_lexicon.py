"""The meeting lexicon: its loader, and one sentence per construction it and the frame rules read.

Every sentence is written for these tests (none is taken from an evaluation set). Adding a
construction to ``lexicon.toml`` means adding its sentence here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newswatch.consumers.extraction import MeetingExtractor, lexicon, load_nlp, triggers

THURSDAY = dt.date(2025, 6, 12)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def extractor(nlp) -> MeetingExtractor:
    return MeetingExtractor(nlp)


@pytest.fixture
def extract(extractor):
    def run(text: str, published: dt.date | None = THURSDAY) -> list[dict]:
        return [m.to_json() for m in extractor.extract(text, published)]
    return run


def names(meeting: dict) -> list[str]:
    return sorted(p["name"] for p in meeting["participants"])


# The loader.

def test_every_entry_names_a_known_frame_and_kind() -> None:
    lex = lexicon.load()
    assert {e.frame.name for e in lex.entries} <= set(lex.frames)
    assert {"meet", "host", "visit", "talks", "call"} <= lex.words()
    assert any(e.phrase and e.words == ("call", "on") for e in lex.entries)


def test_a_word_read_only_before_a_name_brings_only_such_text_to_the_parse() -> None:
    prefilter = lexicon.load().prefilter
    assert prefilter.search("Sales saw a sharp rise in March, and analysts see how it ends.") is None
    assert prefilter.search("He also saw the Libyan foreign minister.") is not None
    assert prefilter.search("She will see Mr Gracey on Friday.") is not None


def test_a_word_ruled_out_by_its_neighbour_brings_no_text_to_the_parse() -> None:
    prefilter = lexicon.load().prefilter
    assert prefilter.search("The so-called reform plan was shelved. Unions called for calm; the mayor's calls "
                            "for patience went unheard.") is None
    assert prefilter.search("Blair called Putin on Monday.") is not None
    assert prefilter.search("The paper called Forbes to check.") is not None  # ("for", not "Forbes")


def test_a_word_that_does_not_open_is_read_only_beside_another() -> None:
    lex = lexicon.load()
    assert lex.prefilter.search("Smith joined the club on a three-year deal after a trip to Spain.") is None
    assert {"join", "trip"} <= lex.words()


def test_the_same_neighbour_rules_the_word_out_after_the_parse(extractor) -> None:
    # The matcher agrees with the prefilter: a text another word brought to the parse reads the same.
    doc = extractor.nlp("Ruiz called for calm in the so-called crisis and called Novak, who took the call.")
    words = [(t.token.text, t.token.i) for t in triggers.find(doc, extractor._triggers, extractor.lexicon)]
    assert words == [("called", 11), ("call", 17)]  # ("called Novak", "the call"; not "called for", "so-called")


def test_a_word_read_only_when_chaired_never_makes_a_text_worth_parsing() -> None:
    lex = lexicon.load()
    assert any(e.chaired and "council" in e.words for e in lex.entries)
    assert lex.prefilter.search("The Security Council and the European Commission said on Monday.") is None


def test_a_hyphenated_word_is_known_in_every_form_it_is_written_in() -> None:
    hyphenated = lexicon.load().hyphenated()
    assert hyphenated["co-chaired"] == hyphenated["co-chairing"] == ("co-chair", "VERB")
    assert hyphenated["tête-à-tête"] == ("tête-à-tête", "NOUN")
    assert "tête-à-têted" not in hyphenated  # a noun only as written


@pytest.mark.parametrize(("text", "message"), [
    ("[frames.x]\nobjects = true\n", "lacks 'preps'"),
    ('[[entry]]\nlemmas = ["meet"]\npos = "VERB"\nframe = "nope"\nkind = "in_person"\n', "unknown frame 'nope'"),
    ('[frames.f]\nobjects = true\npreps = []\nreciprocal = true\npassive = false\n'
     '[[entry]]\nlemmas = ["meet"]\npos = "VERB"\nframe = "f"\nkind = "by_pigeon"\n', "kind must be one of"),
    ("not toml [", "cannot read the meeting lexicon"),
    ('[frames.f]\nobjects = true\npreps = []\nreciprocal = true\npassive = false\n'
     '[[entry]]\nlemmas = ["meet"]\npos = "VERB"\nframe = "f"\nkind = "in_person"\n'
     '[[entry]]\nlemmas = ["greet", "meet"]\npos = "VERB"\nframe = "f"\nkind = "in_person"\n',
     "'meet' \\(VERB\\) is in two entries"),
    ('[frames.f]\nobjects = true\npreps = []\nreciprocal = true\npassive = false\n'
     '[[entry]]\nlemmas = ["meet"]\npos = "VERB"\nframe = "f"\nkind = "in_person"\nunless = "nope"\n',
     "unless names no list under \\[words\\]: 'nope'"),
    ('[frames.f]\nobjects = true\npreps = []\nreciprocal = true\npassive = false\n'
     '[[entry]]\nlemmas = ["meet"]\nphrases = [["sit", "down"]]\npos = "VERB"\nframe = "f"\nkind = "in_person"\n',
     "give one of lemmas, phrase or phrases"),
])
def test_a_malformed_lexicon_is_refused_with_the_reason(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "lexicon.toml"
    path.write_text(text)
    with pytest.raises(lexicon.LexiconError, match=message):
        lexicon.load(path)


def test_a_new_construction_is_a_row_not_code(tmp_path: Path, nlp) -> None:
    sentence = "Foreign Minister Ada Lorne parleyed with Trade Minister Ivo Sand in Oslo on Monday."
    assert MeetingExtractor(nlp).extract(sentence, THURSDAY) == []
    path = tmp_path / "lexicon.toml"
    path.write_text(lexicon.DEFAULT_PATH.read_text() + '\n[[entry]]\nlemmas = ["parley"]\npos = "VERB"\n'
                    'frame = "encounter"\nkind = "in_person"\n')
    [m] = MeetingExtractor(nlp, lexicon.load(path)).extract(sentence, THURSDAY)
    assert sorted(p.name for p in m.participants) == ["Ada Lorne", "Ivo Sand"] and m.location == "Oslo"


# Frames: who is on each side.

def test_passive_host_the_agent_is_the_other_side(extract):
    [m] = extract("Kenyan President Amos Kiprono was received by Ghanaian President Efua Mensah "
                  "at Jubilee House on Tuesday.")
    assert names(m) == ["Amos Kiprono", "Efua Mensah"] and m["date"] == "2025-06-10"


def test_pronoun_passive_in_a_where_clause_takes_the_place(extract):
    [m] = extract("Chilean Foreign Minister Rosa Ibarra flew to Lima on Monday, where she was welcomed by "
                  "Peruvian Foreign Minister Jorge Paredes.")
    assert names(m) == ["Jorge Paredes", "Rosa Ibarra"] and m["location"] == "Lima"


def test_received_a_telephone_call_from(extract):
    [m] = extract("Prime Minister Lena Holt received a telephone call from Danish Prime Minister Karl Munk on Wednesday.")
    assert m["kind"] == "phone_call" and names(m) == ["Karl Munk", "Lena Holt"]


def test_hosted_for_a_meal_by_someone(extract):
    # The parser hangs "by" on the meal, not on the verb.
    [m] = extract("Foreign Minister Ana Ruiz was hosted for a working lunch by Peruvian Foreign Minister Luis Vargas "
                  "on Tuesday.")
    assert sorted(names(m)) == ["Ana Ruiz", "Luis Vargas"]


def test_held_a_working_session_with(extract):
    # The noun heads the expression: its verb's subject is one side, its "with" the other.
    [m] = extract("The finance minister, Tesfaye Alemu, held a working session with Ports Minister Amina Farah in "
                  "Djibouti on Monday.")
    assert names(m) == ["Amina Farah", "Tesfaye Alemu"] and m["location"] == "Djibouti"
    assert extract("The committee held a working session on the budget.") == []


def test_went_into_talks_with(extract):
    [m] = extract("Foreign Minister Idriss Saleh landed in Bamako on Sunday and went into talks with Mali's foreign "
                  "minister, Amina Traore, about refugees.")
    assert names(m) == ["Amina Traore", "Idriss Saleh"]


def test_sat_down_with(extract):
    [m] = extract("Defence Minister Omar Haidari sat down with NATO Secretary-General Ilse Brandt in Brussels.")
    assert m["kind"] == "in_person" and names(m) == ["Ilse Brandt", "Omar Haidari"] and m["location"] == "Brussels"


def test_joined_by_for_talks_the_agent_joins_the_pair(extract):
    [m] = extract("Foreign Minister Sara Lind and Dutch Foreign Minister Joost Bakker were joined by Belgian Foreign "
                  "Minister Luc Peeters for talks in Brussels.")
    assert sorted(p["name"] for p in m["participants"]) == ["Joost Bakker", "Luc Peeters", "Sara Lind"]


def test_exchanged_views_by_phone(extract):
    [m] = extract("President Tomas Varga exchanged views by phone with Polish President Marek Zielinski on Tuesday.")
    assert (m["kind"], m["date"]) == ("phone_call", "2025-06-10") and names(m) == ["Marek Zielinski", "Tomas Varga"]


def test_conferred_in_a_city_was_in_person(extract):
    [m] = extract("Interior Minister Sara Lind conferred with Dutch Interior Minister Joost Bakker in Rotterdam.")
    assert m["kind"] == "in_person" and m["location"] == "Rotterdam"


def test_welcomed_someone_to_a_city_for_talks(extract):
    [m] = extract("Irish Taoiseach Niamh Walsh welcomed Estonian Prime Minister Kaja Tamm to Dublin on Monday for talks.")
    assert names(m) == ["Kaja Tamm", "Niamh Walsh"]


@pytest.mark.parametrize("text", [
    "Foreign Minister Hana Sato welcomed the decision by the two governments to reopen their embassies.",
    "President Ivan Petrov welcomed Italian Prime Minister Carla Rossi at the airport.",
    "Opposition leader Dan Hale called on Prime Minister Ruth Gale to resign over the scandal.",
    "Prime Minister Paul Kerr visits Leeds, Bristol, Exeter and Norwich this week.",
    "Energy Minister Ana Ruiz and her husband hosted a dinner at the embassy.",
    "Home Secretary Tom Birch told BBC Radio's Breakfast with Jones that the plan would work.",
    "Prime Minister Alan Crewe called him a giant of the movement.",
    "Speaking to Parliament on Monday, Home Secretary Ruth Hale said the law would be renewed.",
    "The carmaker is calling back 12,000 Ferrow Vistas and Ferrow Altos because of a brake fault.",
    "He walked to the depot, where he called Benton's to ask for a price.",
    "Entry talks with Kazakhstan and Mongolia have been taking place for six years.",
    "Composer Ray Holt received an Oscar in 1983 for the score of Night Train.",
    "Prime Minister Alan Crewe said Mr Dale would be warmly welcomed by Labour MPs.",
    "DJ Dee Marsh has been hosting The Andy Kerr Show since the presenter's death.",
])
def test_readings_that_are_no_meeting(extract, text):
    assert extract(text) == []


def test_working_lunch_with(extract):
    [m] = extract("Finance Minister Luis Prado then had a working lunch with Bolivian Finance Minister Ana Quispe.")
    assert names(m) == ["Ana Quispe", "Luis Prado"]


def test_visited_the_office_of(extract):
    [m] = extract("Japanese Foreign Minister Ken Mori visited the office of Vietnamese Prime Minister Tran Van Long "
                  "in Hanoi on Wednesday.")
    assert names(m) == ["Ken Mori", "Tran Van Long"] and m["location"] == "Hanoi"


# Parties without titles: honorifics, bodies, descriptions.

def test_honorific_names_resolve_to_the_full_name(extract):
    [m] = extract("Labour MP Gordon Ashby criticised the plan. Mr Ashby held talks with Alan Perry on Friday "
                  "over the budget.")
    assert names(m) == ["Alan Perry", "Gordon Ashby"]


def test_states_as_parties_when_no_person_is_named(extract):
    [m] = extract("Ethiopia and Eritrea held talks in Djibouti on Monday.")
    assert sorted(p["country"] for p in m["participants"]) == ["ER", "ET"] and m["location"] == "Djibouti"


def test_a_body_named_by_its_description(extract):
    [m] = extract("Deputy Prime Minister Ellen Cray held a private meeting with senior union figures on Thursday.")
    assert names(m) == ["Ellen Cray", "senior union figures"]


def test_an_unnamed_counterpart_of_a_country(extract):
    [m] = extract("Trade Minister Ines Caro will travel to Seoul next week, where she will meet her South Korean "
                  "counterpart.")
    assert m["status"] == "planned" and m["location"] == "Seoul"
    assert [p["country"] for p in m["participants"]] == [None, "KR"]


def test_an_organisation_gives_way_to_its_representative(extract):
    meetings = extract("Shipping group Norvik met with Baltline on Monday. Norvik chief Elin Dahl held talks with "
                       "Baltline boss Mats Ekberg.")
    assert [names(m) for m in meetings] == [["Elin Dahl", "Mats Ekberg"]]


@pytest.mark.parametrize("text", [
    "Former minister Hugh Dale met his future wife Clara at university.",
    "Actor Leo Grant met singer Mia Lowe at a film festival.",
])
def test_private_encounters_are_no_meeting(extract, text):
    assert extract(text) == []


def test_a_title_marks_confidence_not_entry(extract):
    [titled] = extract("Foreign Minister Rui Costa met Spanish Foreign Minister Elena Gil in Madrid.")
    [bare] = extract("Rui Costa met Elena Gil in Madrid.")
    assert titled["confidence"] > bare["confidence"]


# Status, per clause.

def test_due_to_take_place_is_planned(extract):
    [m] = extract("The meeting between Avro chairman Sam Hill and Kestrel's Dana Cole is due to take place in Zurich.")
    assert m["status"] == "planned" and m["location"] == "Zurich"


def test_a_described_stop_called_off_cancels_the_meeting(extract):
    [m] = extract("A planned stop in Suva on Sunday, where Foreign Minister Tui Vaka was to meet Samoan Prime "
                  "Minister Lani Faleolo, was called off because of a cyclone.")
    assert (m["status"], m["location"]) == ("cancelled", "Suva")


def test_ruling_out_a_meeting_is_no_meeting(extract):
    assert extract("Foreign Minister Pia Roos on Tuesday ruled out a meeting with her Latvian counterpart.") == []


def test_sports_fixtures_are_no_meeting(extract):
    text = ("The striker scored twice as the champions won the match. Their coach said the squad was tired. "
            "Leon Berg will now meet Marco Tell in the semi-final.")
    assert extract(text) == []


# Places.

def test_a_dateline_with_a_hyphen_is_no_party_and_places_the_lead(extract):
    [m] = extract("VALLETTA, June 11 - Maltese Prime Minister Rita Borg hosted Cypriot President Andreas Kyprianou "
                  "in the capital on Tuesday for talks on migration.")
    assert names(m) == ["Andreas Kyprianou", "Rita Borg"] and m["location"] == "Valletta"


def test_a_named_venue_that_is_an_institution(extract):
    [m] = extract("On Tuesday, Prime Minister Jan Novak sat down with parliament speaker Eva Horak at the "
                  "National Assembly.")
    assert m["location"] == "National Assembly"


def test_talks_between_two_states_name_both_sides(extract):
    [m] = extract("Talks between Kazakhstan and Mongolia have been taking place in Astana since March.")
    assert sorted(p["country"] for p in m["participants"]) == ["KZ", "MN"]


def test_a_headline_does_not_run_into_the_lead(extract):
    [m] = extract("Ports deal in sight\n\nPortugal and Morocco have agreed to begin talks on a ferry link, "
                  "officials said.")
    assert m["status"] == "planned" and sorted(p["country"] for p in m["participants"]) == ["MA", "PT"]


def test_a_pair_that_met_again_is_a_second_meeting(extract):
    first, second = extract("Foreign Minister Ola Berg of Norway met Finnish Foreign Minister Aino Laine in Oslo on "
                            "Monday. The two foreign ministers met again on Wednesday in Bergen.")
    assert names(first) == names(second) == ["Aino Laine", "Ola Berg"]
    assert (first["location"], second["location"], second["date"]) == ("Oslo", "Bergen", "2025-06-11")


def test_a_call_with_each_of_several(extract):
    meetings = extract("President Ana Lima spoke separately by phone with Argentine President Jorge Ruiz and "
                       "Uruguayan President Pablo Sosa on Monday.")
    assert sorted(names(m) for m in meetings) == [["Ana Lima", "Jorge Ruiz"], ["Ana Lima", "Pablo Sosa"]]


def test_a_delegation_headed_by_an_office_holder_named_in_apposition(extract):
    [m] = extract("Chinese envoy Li Wen held talks on Sunday in Kunming with a delegation of the Northern Shan "
                  "Army headed by its spokesman, Sai Htun Aung.")
    assert names(m) == ["Li Wen", "Sai Htun Aung"] and m["location"] == "Kunming"


def test_a_group_named_with_its_members_is_its_members(extract):
    [m] = extract("BAKU, June 11 - The foreign ministers of Georgia and Armenia, David Kobalia and Anna Petrosyan, "
                  "were hosted by Azerbaijani Foreign Minister Rauf Mammadov in Baku on Tuesday.")
    assert names(m) == ["Anna Petrosyan", "David Kobalia", "Rauf Mammadov"] and m["location"] == "Baku"


def test_is_to_hold_talks_is_a_plan(extract):
    [m] = extract("The Arctic Council is to hold talks with Iceland and Norway in Tromso in May.")
    assert m["status"] == "planned"


def test_the_following_day_counts_from_an_arrival_and_a_later_sentence_names_the_building(extract):
    [m] = extract("PARIS - Kenyan President Amos Kiprono arrived in Paris on Monday for a three-day visit. He was "
                  "received the following day by French Prime Minister Paul Girard. The meeting, at the Hôtel "
                  "Matignon, lasted two hours.")
    assert (m["date"], m["status"], m["location"]) == ("2025-06-10", "occurred", "Hôtel Matignon, Paris")


def test_on_the_margins_of_talks_told_before(extract):
    meetings = extract("Talks between the two water ministers opened in Khartoum on Tuesday. On the margins of the "
                       "talks, Water Minister Abebe Tadesse received Kenyan Water Minister Grace Njeri.")
    assert [m["location"] for m in meetings if "Grace Njeri" in names(m)] == ["Khartoum"]


def test_a_huge_body_is_read_only_up_to_the_cap(nlp):
    extractor = MeetingExtractor(nlp, max_chars=2_000)
    first = "Foreign Minister Ada Lorne met Trade Minister Ivo Sand in Oslo on Monday.\n"
    filler = "The committee reviewed the budget lines for the coming year in great detail. " * 60
    last = "\nPresident Tomas Varga met Polish President Marek Zielinski in Warsaw on Tuesday."
    meetings = extractor.extract(first + filler + last, THURSDAY)
    assert [sorted(p.name for p in m.participants) for m in meetings] == [["Ada Lorne", "Ivo Sand"]]
    assert len(MeetingExtractor(nlp).extract(first + filler + last, THURSDAY)) == 2


def test_rules_stop_at_their_time_budget_and_keep_what_they_found(nlp):
    meeting = "Foreign Minister Ada Lorne met Trade Minister Ivo Sand in Oslo on Monday. "
    text = meeting + " ".join(f"Minister Tomas Varga{chr(97 + i % 26)} met Minister Marek Zielinski in Warsaw."
                              for i in range(200))
    assert len(MeetingExtractor(nlp).extract(text, THURSDAY)) > 1
    [first] = MeetingExtractor(nlp, max_seconds=1e-9).extract(text, THURSDAY)  # one rule pass, then the budget is spent
    assert sorted(p.name for p in first.participants) == ["Ada Lorne", "Ivo Sand"]


def test_the_two_sides_are_the_pair_named_together_before(extract):
    [m] = extract("Serbia and Kosovo have clashed over licence plates for months. On Tuesday the mediator said the "
                  "two sides had agreed to resume talks in Brussels next month.")
    assert m["status"] == "planned" and sorted(p["country"] for p in m["participants"]) == ["RS", "XK"]


def test_a_pair_acting_together_on_a_third_is_not_the_two_sides(extract):
    # Hamas and Iran blaming Israel stand on one side: "both sides" is not that pair.
    assert extract("While Chad and Sudan have blamed Libya for the raid, Libya has said nothing. Mediators said "
                   "negotiations continue between both sides.") == []


def test_an_officials_visit_to_a_country_or_its_capital_is_a_meeting_with_its_government(extract):
    [m] = extract("Chilean President Rosa Ibarra began a three-day visit to Hanoi on Monday, signing a deal "
                  "for rice imports.")
    assert [(p["name"], p["country"]) for p in m["participants"]] == [("Rosa Ibarra", "CL"), ("Vietnam", "VN")]
    assert (m["kind"], m["status"], m["location"]) == ("in_person", "occurred", "Hanoi")
    [m] = extract("Mr Ortega, the Nicaraguan president, who is visiting Japan, said the talks went well.")
    assert [(p["name"], p["title"], p["country"]) for p in m["participants"]] == [
        ("Ortega", "president", "NI"), ("Japan", None, "JP")]


def test_a_trip_a_city_visit_at_home_or_an_unnamed_visitor_is_no_meeting_with_a_state(extract):
    assert extract("Prime Minister Ada Lorne left for a medical treatment trip to the US on Friday.") == []
    assert extract("The French president's visit to London was planned for weeks.") == []
    assert extract("French President Luc Marchal visited Paris on Friday to open a museum.") == []


def test_the_pair_met_are_the_two_public_figures_named_just_before(extract):
    [m] = extract("Mayor Ivo Sand clashed on Thursday with campaigner Mr Tomas Varga. Mr Sand said the plan "
                  "would work. The pair met on the platform at the station as Mr Sand toured the region.")
    assert sorted(p["name"] for p in m["participants"]) == ["Ivo Sand", "Tomas Varga"]
    assert extract("President Ada Lorne said she would be willing to meet President Ivo Sand anywhere. Sand "
                   "has refused. Analysts said a meeting between the two leaders was unlikely.") == []


def test_the_dateline_is_no_party(extract):
    [m] = extract("KAMPALA, Aug 5 (Reuters) - Rwandan Vice President Ada Lorne-Kayitesi was welcomed by "
                  "Ugandan President Ivo Sand at State House on Monday for talks on trade.")
    assert sorted(p["name"] for p in m["participants"]) == ["Ada Lorne-Kayitesi", "Ivo Sand"]
    [m] = extract("SHENZHEN, China, Nov 12 - Peruvian President Rosa Cardenas and Chilean President Tomas Cruzat "
                  "held their first talks on Wednesday in Shenzhen.")
    assert sorted(p["name"] for p in m["participants"]) == ["Rosa Cardenas", "Tomas Cruzat"]


@pytest.mark.parametrize("text", [
    "The two presidents met in Paris.", "Talks resumed.", "She telephoned him.", "He rang the minister.",
    "They dined together.", "The leaders spoke by phone.", "A tête-à-tête followed.", "He sat down with the envoy.",
    "The delegations gathered in Riga.", "She hosted her counterpart.", "HE CALLED ON THE KING.",
    "She spent an hour with the envoy.",
])
def test_the_prefilter_lets_through_every_form_of_a_meeting_word(text: str) -> None:
    assert lexicon.load().prefilter.search(text)


def test_the_prefilter_stops_text_without_one() -> None:
    assert not lexicon.load().prefilter.search("Shares rose 3% after the company reported higher profits.")
    # A delegation's word only marks its leader, read where another meeting word brought the text.
    assert not lexicon.load().prefilter.search("The team led by Carla Bruno won the cup; a mission left for Oslo.")


# The tagging-only step: texts whose tags leave no meeting word are not parsed further.

def test_a_form_reports_a_meeting_with_the_part_of_speech_its_entry_asks_for() -> None:
    lex = lexicon.load()
    assert lex.may_report("VERB", "called") and lex.may_report("NOUN", "talks") and lex.may_report("PROPN", "talks")
    assert not lex.may_report("NOUN", "sites")  # the prefilter's "sit" + "es"
    assert not lex.may_report("NOUN", "phone")  # a verb entry only
    assert not lex.may_report("PROPN", "breakfast")  # "Breakfast with Frost": common nouns only
    assert not lex.may_report("NOUN", "delegation")  # marks a leader, reports no meeting
    assert not lex.may_report("ADJ", "called")
    # A multiword noun ("session of") by its first word only.
    assert lex.may_report("NOUN", "session") and not lex.may_report("NOUN", "of")
    assert "session" in lex.words(pos="NOUN") and "of" not in lex.words(pos="NOUN")


@pytest.mark.parametrize("text, may", [
    ("The phone sites were visited by millions.", True),  # "visited" is a verb
    ("The phone sites drew millions.", False),
    ("Prime Minister Tony Blair held talks with President Jacques Chirac.", True),
])
def test_the_tagging_step_stops_only_texts_without_a_possible_meeting_word(extractor, text, may) -> None:
    tagged = extractor.nlp(text, disable=extractor._rest)
    assert extractor._may_meet(tagged) is may


@pytest.mark.parametrize("text", [
    "Prime Minister Tony Blair held talks with President Jacques Chirac in Paris on Monday.\n\n"
    "The two leaders discussed Iraq. They will meet again in May, officials said.",
    "Mr Brown, the chancellor, phoned his German counterpart. The so-called summit was called off.",
])
def test_a_text_parsed_in_two_steps_is_parsed_as_in_one(extractor, text) -> None:
    def parse(doc):
        return [(t.text, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_, t.is_sent_start)
                for t in doc]

    (two, _), = extractor._parsed([(text, None, 0)], batch_size=1, n_process=1)
    assert parse(two) == parse(extractor.nlp(text))


NARROWED = "\n".join([
    "Phone makers gain",
    "Sales of mobile phones rose in March.",
    "Rain fell. Snow fell. Wind blew.",
    "Shares in phone makers rose. Analysts were pleased. Fog lifted.",
    "Hail fell. Frost came. Clouds formed.",
    "Minister Ana Soler met Carlos Paz in Lima on Monday. Sun shone.",
])


def test_passages_are_narrowed_to_sentences_whose_meeting_words_the_tags_allow(extractor) -> None:
    text, kept = extractor._to_parse(NARROWED)
    assert "Shares in phone makers rose." in text  # "phone" is a form of a meeting word
    (doc, _), = extractor._parsed([(text, kept, 0)], batch_size=1, n_process=1)
    # The tags make "phone" a noun no entry reads: its sentence and neighbours go.
    assert doc.text == ("Phone makers gain\nSales of mobile phones rose in March.\n"
                        "Clouds formed.\nMinister Ana Soler met Carlos Paz in Lima on Monday. Sun shone.")
    # Parsed with the tags and tagger vectors read in the wider passages (not tagged again).
    whole = extractor.nlp(text, disable=extractor._rest)
    meets = next(t for t in whole if t.text == "met")
    assert doc[[t.text for t in doc].index("met")].tag_ == meets.tag_
    assert (doc.tensor[[t.text for t in doc].index("met")] == whole.tensor[meets.i]).all()
    assert [names(m.to_json()) for m in extractor.extract(NARROWED, None)] == [["Ana Soler", "Carlos Paz"]]


def test_dined_with(extract):
    # The model's lemmatizer makes "dined" "din".
    [m] = extract("Chilean Mining Minister Ana Soler dined with Bolivian Foreign Minister Carlos Paz on Tuesday.")
    assert [p["name"] for p in m["participants"]] == ["Ana Soler", "Carlos Paz"]


def test_leaders_who_held_their_annual_retreat_met_the_day_it_names(extract):
    [retreat] = extract("LIMA, June 12 - Peruvian President Ana Soler and Bolivian President Carlos Paz held their "
                        "annual Leaders' Retreat at the Palacio de Gobierno on Wednesday, the foreign ministry said.")
    assert (names(retreat), retreat["date"], retreat["location"]) == (
        ["Ana Soler", "Carlos Paz"], "2025-06-11", "Palacio de Gobierno, Lima")
    [m] = extract("Peruvian President Ana Soler held a retreat with Bolivian President Carlos Paz in Cusco on Monday.")
    assert names(m) == ["Ana Soler", "Carlos Paz"]
    assert extract("The army's retreat from the hills was held up by rain on Monday.") == []


def test_the_first_word_of_a_phrase_with_words_between_is_no_meeting_word_alone() -> None:
    lex = lexicon.load()
    assert any(e.phrase and e.words == ("hold", "retreat") for e in lex.entries)
    assert "hold" not in lex.words(pos="VERB") and {"sit", "meet", "call"} <= lex.words(pos="VERB")


def test_a_firm_that_is_talking_to_a_government_is_in_talks_with_it(extract):
    [talks] = extract("Indian carmaker Mahadev Motors is talking to the Welsh Assembly Government about building a "
                      "factory near Newport.", None)
    assert names(talks) == ["Mahadev Motors", "Welsh Assembly Government"]
    assert extract("Speaking to Parliament on Monday, Prime Minister Ana Soler said the talks had failed.") == []


def test_briefed_an_official(extract):
    [m] = extract("Foreign Minister Petar Ivanov briefed President Kalin Vasilev on the talks on Tuesday, the "
                  "presidency said.")
    assert (names(m), m["kind"], m["date"]) == (["Kalin Vasilev", "Petar Ivanov"], "in_person", "2025-06-10")
    [m] = extract("President Anna Lind was briefed on the incident by Defence Minister Ville Korpi at the presidential "
                  "residence on Tuesday evening.")
    assert names(m) == ["Anna Lind", "Ville Korpi"]


@pytest.mark.parametrize("text", [
    "Defence Minister Ville Korpi briefed reporters on the incident on Tuesday.",
    "Prime Minister Ana Lund briefed the cabinet on the talks.",
])
def test_briefing_no_one_in_particular_is_no_meeting(extract, text):
    assert extract(text) == []


def test_a_briefing_inside_a_call_or_as_a_meetings_aim_is_that_meeting(extract):
    # (The call keeps no place from what it was about.)
    [m] = extract("Jordanian Foreign Minister Sameh Mansour took a call on Monday from Spanish Foreign Minister Alvaro "
                  "Ruiz, who briefed him on preparations for a conference in Madrid.")
    assert (m["kind"], m["location"]) == ("phone_call", None)
    [m] = extract("Tien Shan's chief executive, Douglas Hale, met Kyrgyz Prime Minister Talgat Omurov in Bishkek last "
                  "week. Gobi Minerals executives are due to meet Mongolia's prime minister, Dambadorj Gansukh, in "
                  "Ulaanbaatar next month to brief him on the plan.", published=None)[1:]
    assert (m["status"], m["location"]) == ("planned", "Ulaanbaatar")


def test_signed_with_someone(extract):
    [m] = extract("Harbour Group chairman Khalid Mansouri signed the concession agreement with President Hassan Abdi at "
                  "a ceremony in Djibouti on Sunday.")
    assert (names(m), m["location"], m["date"]) == (["Hassan Abdi", "Khalid Mansouri"], "Djibouti", "2025-06-08")
    [m] = extract("Transport Minister Fatima Said will travel to Antananarivo on Friday to sign the revised agreement "
                  "with her Malagasy counterpart, Andry Rakoto.")
    assert (names(m), m["status"], m["location"]) == (["Andry Rakoto", "Fatima Said"], "planned", "Antananarivo")


@pytest.mark.parametrize("text", [
    "Caledonian Oil has become the first British company to sign an exploration agreement with Libya.",
    "Prime Minister Ana Lund signed the bill into law on Tuesday.",
    "Airbus has also recently signed fresh deals with two Indian airlines, Air Deccan and Kingfisher.",
    "Last year's winner, Paul Cavell, went on to sign a deal with Harper Collins.",
])
def test_signing_with_no_one_is_no_meeting(extract, text):
    assert extract(text) == []


def test_a_pair_signing_at_their_meeting_is_that_meeting(extract):
    [m] = extract("Peruvian Energy Minister Fernando Huaman held talks with Trade Minister Ryu Sung-ho at COEX in Seoul "
                  "on Tuesday. The two ministers signed a memorandum on minerals, according to the Ministry of Trade.")
    assert m["location"] == "COEX, Seoul"


def test_saw_an_official(extract):
    [m] = extract("Maltese Prime Minister Joseph Camilleri also saw the Libyan foreign minister, Abdel Salam Bukhris, "
                  "before flying home.")
    assert (names(m), m["kind"]) == (["Abdel Salam Bukhris", "Joseph Camilleri"], "in_person")


@pytest.mark.parametrize("text", [
    "A fan says she saw Richey Edwards in the hippy resort of Goa, India.",
    "Japanese firms saw Saudi Arabia as a hub for the region, Trade Minister Kenta Oshiro said.",
    "Analysts saw Chancellor Gordon Brown as the likely winner.",
])
def test_seeing_that_is_no_meeting(extract, text):
    assert extract(text) == []


# Settling something together: two officials of two countries who agree or sign as one subject,
# or as the agents of a passive, met to do it.

def test_two_officials_agreeing_together_met(extract):
    [m] = extract("Chilean Energy Minister Rosa Ibarra and her Bolivian counterpart, Jorge Mamani, agreed on Tuesday "
                  "to build a power line across the Atacama. Talks on a second line are to follow next year.")
    assert (names(m), m["kind"], m["status"], m["date"]) == (
        ["Jorge Mamani", "Rosa Ibarra"], "in_person", "occurred", "2025-06-10")


def test_a_deal_signed_by_two_officials_is_their_meeting(extract):
    [m] = extract("The fisheries accord was signed by Icelandic Fisheries Minister Jon Olafsson and Norway's Fisheries "
                  "Minister, Kari Berg, in Tromso on Monday, ending three years of talks.")
    assert (names(m), m["location"], m["date"]) == (["Jon Olafsson", "Kari Berg"], "Tromso", "2025-06-09")
    [m] = extract("Ghanaian Trade Minister Kofi Boateng and his Togolese counterpart, Ama Kodjo, signed the customs "
                  "agreement in Lome on Wednesday. Talks on a rail link will follow.")
    assert names(m) == ["Ama Kodjo", "Kofi Boateng"] and m["location"] == "Lome"


def test_agreeing_to_meet_is_the_meeting_agreed_on(extract):
    [m] = extract("Chilean Foreign Minister Rosa Ibarra and her Bolivian counterpart, Jorge Mamani, agreed to meet "
                  "again in La Paz in May. Talks on the border are to continue.")
    assert (m["status"], m["location"], m["rule"]) == ("planned", "La Paz", "encounter:meet")
    [m] = extract("Chilean Foreign Minister Rosa Ibarra and her Bolivian counterpart, Jorge Mamani, agreed to hold "
                  "talks in La Paz next month.")
    assert (m["status"], m["location"]) == ("planned", "La Paz")
    assert extract("Chilean Foreign Minister Rosa Ibarra and her Bolivian counterpart, Jorge Mamani, agreed to hold "
                   "the next round of their strategic dialogue in La Paz in 2027. Talks will follow.") == []


def test_agreeing_on_a_day_to_meet_again_is_a_meeting_too(extract):
    agreed, planned = extract("Chilean Foreign Minister Rosa Ibarra and her Bolivian counterpart, Jorge Mamani, "
                              "agreed in Arica on Tuesday to meet again in La Paz in May. Talks will follow.")
    assert (agreed["status"], agreed["date"], agreed["location"]) == ("occurred", "2025-06-10", "Arica")
    assert (planned["status"], planned["location"]) == ("planned", "La Paz")


@pytest.mark.parametrize("text", [
    # One government's own ministers, or a concurring view, are no meeting.
    "Finance Minister Ana Lopez and Labour Minister Jorge Ruiz agreed to raise the minimum wage after talks with "
    "the unions stalled.",
    "President Tomas Varga agreed with Polish President Marek Zielinski that the talks had been useful.",
    "Analysts and officials agree that the talks will be difficult.",
    "Prime Minister Ana Lund signed the decree on Tuesday, a day after talks with the unions broke down.",
])
def test_agreeing_or_signing_that_is_no_meeting(extract, text):
    assert not any(m["rule"].startswith("settle") for m in extract(text))


def test_discussed_a_dispute_with_a_person_is_a_talk_with_them(extract):
    [m] = extract("Prime Minister Ana Lund discussed the fishing dispute with Icelandic Prime Minister Jon Olafsson on "
                  "the sidelines of the Nordic Council in Oslo.")
    assert names(m) == ["Ana Lund", "Jon Olafsson"] and m["location"] == "Oslo"
    assert extract("Prime Minister Ana Lund discussed the fishing dispute with Iceland in a speech in Oslo.") == []


def test_touring_a_site_with_a_foreign_official_is_a_meeting(extract):
    [m] = extract("A visit to the dam on Friday by Qatari Energy Minister Ali Kuwari, who was to have toured it with his "
                  "Omani counterpart, Khalid Rawas, was called off.")
    assert names(m) == ["Ali Kuwari", "Khalid Rawas"] and m["status"] == "cancelled"
    # Touring with one's own officials, or with no one named, is none.
    assert extract("Omani Energy Minister Khalid Rawas toured the dam with Omani governor Said Harthi on Friday.") == []
    assert extract("Omani Energy Minister Khalid Rawas toured the dam with reporters on Friday.") == []
