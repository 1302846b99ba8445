import random

from newswatch.flows.dedup import distance, simhash

WORDS = "minister talks summit trade border energy visit officials met aid port election court storm".split()


def _text(seed: int, words: int = 400) -> list[str]:
    rng = random.Random(seed)
    text = [rng.choice(WORDS) for _ in range(words)]
    return [" ".join(text[i : i + 40]) for i in range(0, words, 40)]


def test_syndicated_copies_are_close_and_other_stories_far() -> None:
    paragraphs = _text(1)
    original = simhash("\n".join(paragraphs))
    rewrapped = simhash("\n".join(["LONDON (Wire) - " + paragraphs[0], *paragraphs[1:], "Reporting by A. Writer"]))
    trimmed = simhash("\n".join(paragraphs[:8]))
    assert distance(original, rewrapped) <= 10 and distance(original, trimmed) <= 10
    assert min(distance(original, simhash("\n".join(_text(seed)))) for seed in range(2, 30)) > 10


def test_short_text_has_no_fingerprint() -> None:
    assert simhash("Ministers met on Monday.") is None
