"""The attribute ruler applied by table, and the lemmatizer with its indexes as sets, write what
spaCy's own components write; titles matched over runs of title words are the whole text's."""

from __future__ import annotations

import pytest

from spacy.matcher import Matcher

from newswatch.consumers.extraction import lexicon, load_nlp
from newswatch.consumers.extraction.lemmas import _IndexedList
from newswatch.consumers.extraction.titles import field_title_patterns, title_patterns, title_matches

# Longer patterns ("gon na", "ai n't", "let 's", "there is"), the DEP tests (pronoun case, "did" as
# a verb, "which" as a pronoun), runs of spaces and a paragraph break, and ordinary news.
TEXTS = [
    "I think you gon na like it. Y'all ain't got ta go. Let's c'm on. There is a man. But it is.",
    "He gets it, she got it.  \n\n  Odd   spaces\t here. Did you? It does. I have to. Which one is it? "
    "That is what I did.",
    "Prime Minister Tony Blair met French President Jacques Chirac in Paris on Monday, officials said. "
    "The two leaders discussed Iraq, and they will meet again in May.",
]


@pytest.fixture(scope="module")
def pipelines():
    tabled = load_nlp()
    stock = load_nlp(plain=True)
    stock.add_pipe("newswatch_sentences", before="parser")
    return tabled, stock


def test_the_tabled_ruler_replaces_spacys(pipelines):
    tabled, stock = pipelines
    assert "newswatch_attributes" in tabled.pipe_names and "attribute_ruler" not in tabled.pipe_names
    assert "attribute_ruler" in stock.pipe_names


@pytest.mark.parametrize("text", TEXTS)
def test_every_token_gets_the_same_attributes(pipelines, text):
    def attributes(doc):
        return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]

    tabled, stock = pipelines
    assert attributes(tabled(text)) == attributes(stock(text))


def test_the_lemmatizer_indexes_are_the_same_words_searched_as_a_set(pipelines):
    tabled, stock = pipelines
    indexed = tabled.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    shipped = stock.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert indexed.keys() == shipped.keys()
    for pos, words in indexed.items():
        assert isinstance(words, _IndexedList) and words == shipped[pos]
        assert words[0] in words and "not-a-word-anywhere" not in words


def test_before_the_parse_a_verb_or_noun_has_its_final_part_of_speech(pipelines):
    """What the extractor's tagging-only step relies on (MeetingExtractor._may_meet): the ruler's
    tests of the dependency make verbs or nouns only of words it names ("did", "has", "is"), none
    a meeting word; every other word has its final part of speech from its tag alone."""
    tabled, stock = pipelines
    table = tabled.get_pipe("newswatch_attributes")
    making = [pattern for entry in stock.get_pipe("attribute_ruler").patterns for pattern in entry["patterns"]
              if entry["attrs"].get("POS") in ("VERB", "NOUN", "PROPN") and any("DEP" in spec for spec in pattern)]
    named = {w for pattern in making for spec in pattern for w in _lower_values(spec)}
    assert making and all(any("LOWER" in spec for spec in pattern) for pattern in making)
    assert not named & lexicon.load().words()
    for text in TEXTS:
        for t in tabled(text):
            if t.pos_ in ("VERB", "NOUN", "PROPN") and t.lower_ not in named:
                assert tabled.vocab.strings[table.pos_before_parse(t.tag_, t.lower_, t.is_space)] == t.pos_, t.text


def _lower_values(spec: dict) -> list[str]:
    lower = spec.get("LOWER")
    if isinstance(lower, dict):
        return list(lower.get("IN", []))
    return [lower] if isinstance(lower, str) else []


def test_titles_matched_over_runs_of_title_words_are_those_of_the_whole_text(pipelines):
    nlp = pipelines[0]
    matcher = Matcher(nlp.vocab)
    matcher.add("title", title_patterns(), greedy="LONGEST")
    matcher.add("fields", field_title_patterns(), greedy="LONGEST")
    doc = nlp("Deputy Prime Minister and Minister of Trade and Industry Ana Reyes met the Ambassador Extraordinary "
              "and Plenipotentiary of the Republic of Chile to the Kingdom of Spain. Chad's petroleum minister "
              "and the secretary of Armenia's Security Council joined Secretary-General Ban. Shares rose. "
              "Sales fell. Former Foreign Minister Lt. Gen. Ivo Kral spoke.\nThe President of France and Foreign "
              "Minister Li Wei talked.")
    assert len(matcher(doc)) >= 6
    assert sorted(title_matches(matcher, doc)) == sorted(matcher(doc))
