"""Name normalisation: spelling variants of one name share a key (no model needed)."""

import pytest

from newswatch.consumers.extraction.countries import country_code
from newswatch.consumers.extraction.people import normalize


@pytest.mark.parametrize(("a", "b"), [
    ("Yevkurov", "Evkurov"),
    ("Yunus-Bek Yevkurov", "Yunus-Bege Evkurov"),
    ("Mohammed", "Muhammad"),
    ("Khaled Mansour", "Khalid Mansur"),
    ("Mr. José Núñez", "Jose Nunez"),
])
def test_variants_share_a_key(a, b):
    assert normalize(a) == normalize(b)


def test_different_names_keep_different_keys():
    assert normalize("Putin") != normalize("Peskov")


@pytest.mark.parametrize(("words", "code"), [
    ("Russian", "RU"), ("Syria's", "SY"), ("the United States", "US"), ("Kremlin", "RU"), ("Martian", None),
])
def test_country_codes(words, code):
    assert country_code(words) == code
