"""Which sentences of an article get the full parse (pure text work, no model)."""

from __future__ import annotations

from newswatch.consumers.extraction import lexicon
from newswatch.consumers.extraction.passages import passages

MEETING_WORD = lexicon.load().prefilter

ARTICLE = "\n".join([
    "Budget row deepens",
    "Markets were calm on Monday.",
    "The pound rose against the dollar. Chancellor Ian Boyd defended his spending plans. Shares in banks fell.",
    "Oil prices climbed for a third day. Analysts expect more volatility.",
    "Retail sales were flat in March. Car sales slipped.",
    "Mr Boyd met the chancellor of the U.S. Treasury, Dana Reyes, in Washington on Friday.",
    "Economists said the figures were mixed.",
])


def test_text_without_a_meeting_word_is_not_parsed():
    assert passages("Shares rose 3% after the company reported higher profits. Sales were up.", MEETING_WORD) is None


def test_the_meeting_sentence_its_neighbours_the_lead_and_introductions_are_kept():
    kept = passages(ARTICLE, MEETING_WORD).text
    lines = kept.split("\n")
    assert lines[:2] == ["Budget row deepens", "Markets were calm on Monday."]  # the lead
    assert lines[2] == "Chancellor Ian Boyd defended his spending plans."  # where Boyd was introduced
    assert "Mr Boyd met the chancellor of the U.S. Treasury, Dana Reyes, in Washington on Friday." in lines
    assert "Car sales slipped." in kept and "Economists said the figures were mixed." in kept  # the neighbours
    assert "Oil prices" not in kept and "The pound rose" not in kept and "Shares in banks" not in kept


def test_initials_and_abbreviations_do_not_end_a_sentence():
    kept = passages("Lead.\nFiller one.\nFiller two.\nFiller three.\nMr. Boyd met P. Reyes on Jan. 5 with U.S. "
                    "officials. Filler four. Filler five.", MEETING_WORD).text
    assert "Mr. Boyd met P. Reyes on Jan. 5 with U.S. officials." in kept
    assert "Filler five" not in kept


def test_the_pairs_named_before_both_sides_are_kept():
    text = "\n".join(["Talks resume", "Trade grew.", "India and Pakistan agreed a ceasefire in 2003.", "Rain fell.",
                      "Snow fell.", "Wind blew.", "The two sides will hold talks in May."])
    assert "India and Pakistan agreed a ceasefire in 2003." in passages(text, MEETING_WORD).text


def test_a_sentence_opening_with_a_pronoun_keeps_whom_it_means_past_a_quotation():
    text = ("Terror bill row\n\nThe bill returns to the Commons.\n\nPolls suggested support for the bill. "
            "But Tory leader Ann Lowe told reporters the government was rushing it. \"I hope a compromise is "
            "possible.\" He said after meeting Ian Boyd he was not hopeful. Other news followed.")
    kept = passages(text, lexicon.load().prefilter).text
    assert "Tory leader Ann Lowe told reporters" in kept and "Polls suggested" not in kept


def test_a_capitalised_word_that_names_no_one_introduces_nobody():
    text = "\n".join(["Budget row", "Markets were calm.", "Oil rose.", "However, it fell back. The pound slid.",
                      "Gas rose.", "Coal rose.", "However, Mr Boyd met Dana Reyes on Friday. The talks went well."])
    kept = passages(text, MEETING_WORD).text
    assert "Mr Boyd met Dana Reyes" in kept and "However, it fell back" not in kept and "The pound" not in kept


def test_an_unnamed_counterpart_keeps_the_titled_names_after_it():
    text = "\n".join([
        "Power talks postponed",
        "Markets were calm.",
        "Shares fell. Energy Minister Ana Popa was due in Kyiv for talks with her Ukrainian counterpart.",
        "Oil prices climbed. Analysts expect volatility. Retail sales were flat.",
        "Car sales slipped. Ukrainian Energy Minister Ivan Koval said exports would resume. Bonds rallied.",
    ])
    kept = passages(text, MEETING_WORD).text
    assert "Ukrainian Energy Minister Ivan Koval said exports would resume." in kept
    assert "Bonds rallied." not in kept


def test_the_last_person_named_before_a_pronoun_inside_a_meeting_sentence_is_kept():
    kept = passages("Lead.\nMinister Ken Ito arrived.\nFiller two. Filler three.\n\"Trade matters,\" Ito told reporters. An aide said "
                    "the mood was good.\nIto heads to Oman on Friday, where he is due to meet the sultan. Filler four."
                    " Filler five.", MEETING_WORD).text
    assert "Ito told reporters." in kept and "Filler three" not in kept


def test_hon_before_a_name_ends_no_sentence():
    kept = passages("Lead.\nFiller one.\nFiller two.\nFiller three.\nHe met the Speaker, Hon. Abass Kamara, on "
                    "Friday. Filler four. Filler five.", MEETING_WORD).text
    assert "Filler four" in kept and "Filler five" not in kept  # its neighbour, the name in its sentence


def test_the_lead_is_the_headline_and_first_paragraph_past_blank_lines():
    kept = passages(ARTICLE.replace("\n", "\n\n"), MEETING_WORD).text
    assert kept.split("\n")[:2] == ["Budget row deepens", "Markets were calm on Monday."]


def test_a_body_without_a_headline_has_its_first_paragraph_for_lead():
    body = ARTICLE.split("\n", 1)[1]
    kept = passages(body, MEETING_WORD).text
    assert kept.split("\n")[:2] == ["Markets were calm on Monday.", "Chancellor Ian Boyd defended his spending plans."]


def test_narrowed_passages_keep_what_the_remaining_meeting_words_need_and_nothing_more():
    text = "\n".join(["Talks resume", "Trade grew.", "Rain fell. Mobile phone sales rose. Snow fell.", "Wind blew.",
                      "Fog lifted.", "Mr Boyd met Dana Reyes on Friday. Hail fell.", "Frost came."])
    kept = passages(text, MEETING_WORD)
    assert "Mobile phone sales rose." in kept.text and "Rain fell. " in kept.text
    met = next(n for n, (_, s) in enumerate(kept.sentences) if s.startswith("Mr Boyd"))
    narrowed = kept.narrowed({met})
    assert set(narrowed.kept) <= set(kept.kept) and narrowed.hits == (met,)
    assert narrowed.text == "Talks resume\nTrade grew.\nFog lifted.\nMr Boyd met Dana Reyes on Friday. Hail fell."
    assert [kept.text[at:at + len(kept.sentences[n][1])] for n, at in kept.starts.items()] == [
        kept.sentences[n][1] for n in kept.kept]


def test_a_heading_over_links_to_other_stories_is_kept_before_a_meeting_word_under_it():
    kept = passages("\n".join([*ARTICLE.split("\n"), "Filler one.", "Filler two.", "Other news",
                               "Parliament extends emergency rule", "Filler three", "Minister meets envoy"]),
                    MEETING_WORD).text
    assert "Other news" in kept.split("\n")
    assert "Other news" not in passages(ARTICLE + "\nOther news", MEETING_WORD).text  # (none under it)
