import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newswatch import db
from newswatch.flows.dedup import NearDuplicates, distance, simhash
from newswatch.settings import Settings

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


def test_the_near_duplicate_index_holds_only_its_window(tmp_path: Path) -> None:
    sessions = db.connect(Settings(database_url=f"sqlite:///{tmp_path / 'index.db'}"))
    start = datetime(2025, 1, 1, tzinfo=UTC)
    index = NearDuplicates(sessions, max_bits=3, window=timedelta(days=2), now=start)
    index.add("first", 0b1111, None, start)
    assert index.find(0b1110) == "first"
    for day in range(1, 30):  # a month of a long-running ingest server
        index.add(f"day{day}", 1 << (day + 20), None, start + timedelta(days=day))
    assert len(index) == 3  # the last two days and the day on the window's edge
    assert index.find(0b1110) is None
