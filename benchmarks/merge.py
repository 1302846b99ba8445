"""How well reports of the same meeting are merged, on a stream of differently-worded articles.

Runs the consumer's extraction and store code (SQLite in a temporary folder, no Kafka) over
tests/fixtures/merge_stream.jsonl in order and compares the meetings the reports became with the
fixture's gold labels. Prints extraction coverage, pairwise merge precision/recall, false merges
(reports of different meetings put together) and missed merges.

    .venv/bin/python benchmarks/merge.py [--fixture PATH]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from datetime import date
from itertools import combinations
from pathlib import Path

from newswatch import db
from newswatch.consumers.extraction import MeetingExtractor, load_nlp
from newswatch.consumers.store import write_article
from newswatch.flows.urls import article_id
from newswatch.schemas.models import Article
from newswatch.settings import Settings

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "merge_stream.jsonl"


def stream_article(item: dict) -> Article:
    """The article message for one fixture line."""
    copy_of = item["near_duplicate_of"]
    url = f"https://example.org/{item['id']}"
    return Article(article_id=article_id(url), url=url, feed_url="https://example.org/rss", title=item["id"], authors=[],
                   published=item["published"], language="en", sitename=item["publisher"], body=item["text"],
                   body_source="page", near_duplicate_of=article_id(f"https://example.org/{copy_of}") if copy_of else None,
                   fetched_at=f"{item['published']}T12:00:00+00:00")


def run(fixture: Path) -> dict:
    items = [json.loads(line) for line in fixture.read_text().splitlines() if line.strip()]
    settings = Settings(database_url=f"sqlite:///{tempfile.mkdtemp()}/merge.db")
    sessions = db.connect(settings)
    extractor = MeetingExtractor(load_nlp(settings.spacy_model))
    found = extractor.extract_many([(i["text"], date.fromisoformat(i["published"])) for i in items])
    reports = []  # (article id, gold label, meeting id)
    for item, meetings in zip(items, found, strict=True):
        article = stream_article(item)
        written = write_article(sessions, article, meetings, settings.merge_window_days)
        # Reports are paired with gold labels in order; an article with fewer extracted meetings
        # than gold ones counts the rest as not extracted.
        reports += [(item["id"], label, mid) for label, mid in zip(item["gold"], written.meeting_ids)]
    gold_reports = sum(len(i["gold"]) for i in items)
    pairs = list(combinations(reports, 2))
    same_gold = {(a[0], b[0]) for a, b in pairs if a[1] == b[1]}
    same_pred = {(a[0], b[0]) for a, b in pairs if a[2] == b[2]}
    false_merges = sorted(same_pred - same_gold)
    missed = sorted(same_gold - same_pred)
    return {
        "articles": len(items),
        "gold_reports": gold_reports,
        "extracted_reports": len(reports),
        "gold_meetings": len({label for i in items for label in i["gold"]}),
        "stored_meetings": len({mid for *_, mid in reports}),
        "pair_precision": len(same_pred & same_gold) / len(same_pred) if same_pred else 1.0,
        "pair_recall": len(same_pred & same_gold) / len(same_gold) if same_gold else 1.0,
        "false_merges": false_merges,
        "missed_merges": missed,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixture", type=Path, default=FIXTURE)
    r = run(parser.parse_args().fixture)
    print(f"articles {r['articles']}  reports extracted {r['extracted_reports']}/{r['gold_reports']}  "
          f"meetings stored {r['stored_meetings']} (gold {r['gold_meetings']})")
    print(f"merge pairs  precision {r['pair_precision']:.3f}  recall {r['pair_recall']:.3f}")
    print(f"false merges {len(r['false_merges'])} {r['false_merges']}")
    print(f"missed merges {len(r['missed_merges'])} {r['missed_merges']}")


if __name__ == "__main__":
    main()
