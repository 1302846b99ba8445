"""Our hand-made helpers against the libraries that already ship one (issue 10), side by side.

Usage: python benchmarks/dependencies.py [--urls] [--simhash] [--dates] [--countries] [--articles N]

Prints figures, asserts nothing; with no flag every comparison runs.

- URLs: ``flows.urls.canonical_url`` vs ``courlan.normalize_url`` (default and ``strict=True``)
  over every entry link of the feed files in ``eval/feeds``, the original URLs of the saved pages
  in ``eval/news_html*`` and every absolute link inside those pages; then, as the key for "the
  same article", decorated variants of each page URL (tracking parameters, fragment, upper-case
  host, default port) and whether each method maps them back to the plain URL's key, and whether
  it merges two different pages into one key. Timing per 10k URLs.
- SimHash: ``flows.dedup.simhash`` vs ``trafilatura.deduplication.Simhash`` on BBC article
  bodies (``eval/bbc/articles.jsonl``): re-wrapped copies (dateline and byline added), trimmed
  copies (last fifth of the paragraphs cut) and unrelated pairs; distance distributions, how
  many fall within each threshold, timing.
- Dates: ``consumers.extraction.dates.resolve`` vs ``dateparser.parse`` (RELATIVE_BASE = the
  publication date, PREFER_DATES_FROM past/future) on hand-labelled news phrases; dateparser is
  also tried with the anchor event's date as its base for the phrases that count from an event.
- Countries: ``consumers.extraction.countries.country_code`` vs ``pycountry`` (``lookup`` and
  ``search_fuzzy``; not a dependency, install it by hand to compare) on the GPE/NORP entities
  spaCy finds in the meeting gold texts that either resolver maps to a gold participant country.

The shared folder is the repo's sibling ``shared/`` unless NEWSWATCH_SHARED points elsewhere.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html as html_lib
import json
import os
import random
import re
import statistics
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSWATCH_SHARED") or ROOT.parent / "shared")
EVAL = SHARED / "eval"


def table(headers: list[str], rows: list[list]) -> None:
    cells = [headers, *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  " + "  ".join(c.ljust(w) for c, w in zip(row, widths)))
        if n == 0:
            print("  " + "  ".join("-" * w for w in widths))


def per_10k(fn, items: list) -> float:
    start = time.perf_counter()
    for item in items:
        fn(item)
    return (time.perf_counter() - start) / len(items) * 10_000


# --- 1. URL canonicalisation -------------------------------------------------------------------

_HREF = re.compile(r"""href=["'](https?://[^"'\s<>]+)["']""")


def real_urls() -> tuple[list[str], list[str]]:
    """(every URL seen: feed entry links, page URLs, links inside the pages; the page URLs)."""
    import feedparser

    urls: list[str] = []
    for path in sorted((EVAL / "feeds").iterdir()):
        if path.name in ("README.md", "manifest.json"):
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = feedparser.parse(path.read_bytes())
        urls += [link["href"] for entry in parsed.entries for link in entry.get("links", []) if link.get("href")]
        urls += [entry["link"] for entry in parsed.entries if entry.get("link")]
    pages: list[str] = []
    for folder in sorted(EVAL.glob("news_html*")):
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        for item in manifest["files"]:
            pages.append(item["original_url"])
            html = (folder / item["file"]).read_text(encoding="utf-8", errors="replace")
            urls += [html_lib.unescape(u) for u in _HREF.findall(html)]
    return list(dict.fromkeys(urls + pages)), pages


def decorated(url: str) -> list[str]:
    """The same article as a feed, a share button or a redirect may hand it over."""
    from urllib.parse import urlsplit, urlunsplit

    p = urlsplit(url)
    sep = "&" if p.query else "?"
    return [
        url + sep + "utm_source=rss&utm_medium=feed&utm_campaign=world",
        url + sep + "fbclid=IwAR0abc123",
        url + "#comments",
        urlunsplit((p.scheme.upper(), p.netloc.upper(), p.path, p.query, p.fragment)),
        urlunsplit((p.scheme, p.netloc + (":443" if p.scheme == "https" else ":80"), p.path, p.query, "")),
        url + sep + "ocid=socialflow_twitter&at_medium=RSS",
    ]


def difference(ours: str, theirs: str) -> str:
    """What tells two keys of one URL apart, roughly."""
    from urllib.parse import parse_qsl, urlsplit

    a, b = urlsplit(ours), urlsplit(theirs)
    qa, qb = set(parse_qsl(a.query, keep_blank_values=True)), set(parse_qsl(b.query, keep_blank_values=True))
    if b.fragment:
        return "courlan keeps the fragment"
    if qa != qb:
        return "courlan drops more parameters" if qb < qa else "ours drops more parameters" if qa < qb else "parameters differ"
    if a.query != b.query:
        return "parameter order"
    if a.path.rstrip("/") == b.path.rstrip("/"):
        return "trailing / on an empty path"
    return "path escaping"


# Pages that name their article in a query parameter (older CMSs): two ids must stay two keys.
BY_QUERY = ["https://www.example.com/view?articleid={}", "https://www.example.com/news.aspx?newsid={}",
            "https://www.example.com/detail?nid={}", "https://www.example.com/cgi-bin/news?storyid={}",
            "https://www.example.com/index.php?option=com_content&view=article&id={}",
            "https://www.example.com/read?aid={}", "https://www.example.com/?p={}"]


def compare_urls() -> None:
    from courlan import normalize_url

    from newswatch.flows.urls import canonical_url

    urls, pages = real_urls()
    methods = {
        "ours canonical_url": canonical_url,
        "courlan normalize_url": normalize_url,
        "courlan strict=True": lambda u: normalize_url(u, strict=True),
    }
    keys = {name: [fn(u) for u in urls] for name, fn in methods.items()}
    ours = keys["ours canonical_url"]
    print(f"\n## URL canonicalisation: {len(urls)} distinct real URLs "
          f"(feed entry links, {len(pages)} page URLs, links inside those pages)")
    rows = []
    for name, fn in methods.items():
        same = sum(a == b for a, b in zip(keys[name], ours))
        merged = len(set(zip(ours, keys[name]))) - len(set(keys[name]))  # our distinct keys a method merges
        variants = [(page, v) for page in pages for v in decorated(page)]
        back = sum(fn(v) == fn(page) for page, v in variants)
        apart = sum(fn(pattern.format(101)) != fn(pattern.format(102)) for pattern in BY_QUERY)
        rows.append([name, f"{same}/{len(urls)}", merged, f"{back}/{len(variants)}", f"{apart}/{len(BY_QUERY)}",
                     f"{per_10k(fn, urls) * 1000:.0f}"])
    table(["method", "same key as ours", "our keys merged", "decorated → plain key", "?id= pages kept apart",
           "ms/10k"], rows)
    print("\n  where courlan (default) and ours differ, a few of each kind:")
    seen: dict[str, int] = {}
    for url, a, b, c in zip(urls, ours, keys["courlan normalize_url"], keys["courlan strict=True"]):
        if a == b:
            continue
        kind = difference(a, b)
        seen[kind] = seen.get(kind, 0) + 1
        if seen[kind] <= 2:
            print(f"    [{kind}] {url}\n      ours    {a}\n      courlan {b}\n      strict  {c}")
    print("  differences by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(seen.items())))
    print("\n  where strict=True merges URLs ours keeps apart, a few:")
    groups: dict[str, set[str]] = {}
    for a, c in zip(ours, keys["courlan strict=True"]):
        groups.setdefault(c, set()).add(a)
    for n, (c, members) in enumerate((c, m) for c, m in groups.items() if len(m) > 1):
        if n == 3:
            break
        print(f"    {c}\n      ← " + "\n      ← ".join(sorted(members)[:3]))


# --- 2. SimHash ---------------------------------------------------------------------------------

def percentiles(values: list[int]) -> str:
    return f"{min(values)}/{statistics.median(values):g}/{max(values)}"


def same_story(a: str, b: str) -> bool:
    """At least half the paragraphs of the shorter body occur word for word in the other."""
    pa, pb = ({p.strip() for p in t.split("\n") if p.strip()} for t in (a, b))
    return len(pa & pb) * 2 >= min(len(pa), len(pb))


def compare_simhash(n_articles: int) -> None:
    from trafilatura.deduplication import Simhash

    from newswatch.flows.dedup import distance, simhash
    from newswatch.settings import Settings

    lines = (EVAL / "bbc" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [t for t in dict.fromkeys(json.loads(line)["text"] for line in lines)
             if len(t.split()) >= 200 and sum(1 for p in t.split("\n") if p.strip()) >= 5]
    rng = random.Random(10)
    texts = rng.sample(texts, min(n_articles, len(texts)))
    ours_bits = Settings().near_duplicate_max_bits
    methods = {"ours simhash (3-word shingles)": simhash,
               "trafilatura Simhash (words)": lambda t: Simhash(t).hash}
    print(f"\n## SimHash: {len(texts)} BBC article bodies of 200+ words in 5+ paragraphs; a copy re-wrapped (dateline + byline), "
          "trimmed (last fifth of paragraphs cut); each body against the next one (unrelated) and against "
          "its nearest other body in the sample (often the same topic; a 'same story' when half the paragraphs "
          "of one occur in the other: the BBC set has repeats)")
    rows, sweep, fingerprints = [], [], {}
    for name, fn in methods.items():
        rewrapped, trimmed = [], []
        prints = []
        start = time.perf_counter()
        for text in texts:
            prints.append(fn(text))
        ms = (time.perf_counter() - start) / len(texts) * 1000
        fingerprints[name] = prints
        for text, original in zip(texts, prints):
            paragraphs = [p for p in text.split("\n") if p.strip()]
            rewrapped.append(distance(original, fn("\n".join(
                ["LONDON (Reuters) - " + paragraphs[0], *paragraphs[1:], "Reporting by Jane Doe; editing by John Roe"]))))
            trimmed.append(distance(original, fn("\n".join(paragraphs[: max(1, len(paragraphs) * 4 // 5)]))))
        unrelated = [distance(a, b) for a, b in zip(prints, prints[1:] + prints[:1])]
        # The hard case: each body's nearest other body in the sample, often on the same topic, and
        # sometimes the same story filed twice (at least half the paragraphs of one found in the other).
        nearest = [min((distance(a, b), j) for j, b in enumerate(prints) if j != i) for i, a in enumerate(prints)]
        repeats = [d for i, (d, j) in enumerate(nearest) if same_story(texts[i], texts[j])]
        others = [d for i, (d, j) in enumerate(nearest) if not same_story(texts[i], texts[j])]
        rows.append([name, percentiles(rewrapped), percentiles(trimmed), percentiles(unrelated),
                     percentiles(repeats), percentiles(others), f"{ms:.2f}"])
        sweep += [[name, k, *(f"{sum(d <= k for d in ds)}/{len(ds)}" for ds in (rewrapped, trimmed, unrelated, repeats, others))]
                  for k in (6, 8, ours_bits, 12, 14, 16)]
    table(["method", "re-wrapped min/med/max", "trimmed", "unrelated", "nearest: same story", "nearest: other story",
           "ms/article"], rows)
    print(f"\n  pairs within k bits (ours uses k = {ours_bits}; wanted: all of the first three and of 'same story', "
          "none of the others):")
    table(["method", "k", "re-wrapped", "trimmed", "unrelated", "nearest: same story", "nearest: other story"], sweep)
    print("\n  different stories that either method puts within 14 bits (distance ours / trafilatura):")
    ours, theirs = fingerprints.values()
    close = {(min(i, j), max(i, j)) for prints in (ours, theirs) for i, a in enumerate(prints)
             for j, b in enumerate(prints) if i != j and distance(a, b) <= 14 and not same_story(texts[i], texts[j])}
    for i, j in sorted(close, key=lambda ij: distance(theirs[ij[0]], theirs[ij[1]])):
        print(f"    {distance(ours[i], ours[j]):2d} / {distance(theirs[i], theirs[j]):2d}  "
              f"{texts[i].splitlines()[0][:45]!r} vs {texts[j].splitlines()[0][:45]!r}")
    print("  trafilatura itself applies no distance threshold to its Simhash (its own content dedup is an "
          "exact hash of a bag of words), so both are read at the same k.")


# --- 3. Relative dates --------------------------------------------------------------------------

PUBLISHED = dt.date(2025, 11, 19)  # a Wednesday
ANCHOR = dt.date(2025, 11, 14)  # the Friday the story's event took place
D = dt.date
# (phrase as news writes it, a plan (future) or not, the day it means; None: no single day).
PHRASES: list[tuple[str, bool, dt.date | None]] = [
    ("Monday", False, D(2025, 11, 17)),
    ("on Monday", False, D(2025, 11, 17)),
    ("on Wednesday", False, D(2025, 11, 19)),
    ("last Friday", False, D(2025, 11, 14)),
    ("Sunday night", False, D(2025, 11, 16)),
    ("Friday evening", False, D(2025, 11, 14)),
    ("yesterday", False, D(2025, 11, 18)),
    ("today", False, D(2025, 11, 19)),
    ("this morning", False, D(2025, 11, 19)),
    ("tonight", False, D(2025, 11, 19)),
    ("on March 5", False, D(2025, 3, 5)),
    ("March 5, 2024", False, D(2024, 3, 5)),
    ("on 13 February 2003", False, D(2003, 2, 13)),
    ("the 13th of February", False, D(2025, 2, 13)),
    ("December 3", False, D(2024, 12, 3)),
    ("Nov. 16", False, D(2025, 11, 16)),
    ("Sept 30", False, D(2025, 9, 30)),
    ("on Sunday, November 16", False, D(2025, 11, 16)),
    ("2025-11-10", False, D(2025, 11, 10)),
    ("in April", False, D(2025, 4, 1)),
    ("in December", False, D(2024, 12, 1)),
    ("in mid-March", False, D(2025, 3, 1)),
    ("in 2019", False, D(2019, 1, 1)),
    ("two days ago", False, D(2025, 11, 17)),
    ("a week ago", False, D(2025, 11, 12)),
    ("three weeks ago", False, D(2025, 10, 29)),
    ("a day earlier", False, D(2025, 11, 13)),
    ("the following day", False, D(2025, 11, 15)),
    ("the next day", False, D(2025, 11, 15)),
    ("the day before", False, D(2025, 11, 13)),
    ("the previous day", False, D(2025, 11, 13)),
    ("the day after", False, D(2025, 11, 15)),
    ("two days later", False, D(2025, 11, 16)),
    ("three days later", False, D(2025, 11, 17)),
    ("later that day", False, D(2025, 11, 14)),
    ("earlier in the day", False, D(2025, 11, 14)),
    ("the same day", False, D(2025, 11, 14)),
    ("on the eve", False, D(2025, 11, 13)),
    ("earlier this month", False, None),
    ("late last year", False, None),
    ("recently", False, None),
    ("last week", False, None),
    ("on Friday", True, D(2025, 11, 21)),
    ("next Monday", True, D(2025, 11, 24)),
    ("this Saturday", True, D(2025, 11, 22)),
    ("tomorrow", True, D(2025, 11, 20)),
    ("Thursday, Nov. 20", True, D(2025, 11, 20)),
    ("on December 2", True, D(2025, 12, 2)),
    ("March 3", True, D(2026, 3, 3)),
    ("in January", True, D(2026, 1, 1)),
    ("in two days", True, D(2025, 11, 21)),
    ("next week", True, None),
    ("early next year", True, None),
]


def compare_dates() -> None:
    import dateparser

    from newswatch.consumers.extraction.dates import counts_from_event, resolve

    def parse(phrase: str, base: dt.date, future: bool) -> dt.date | None:
        found = dateparser.parse(phrase, languages=["en"], settings={
            "RELATIVE_BASE": dt.datetime.combine(base, dt.time(12)),
            "PREFER_DATES_FROM": "future" if future else "past", "PREFER_DAY_OF_MONTH": "first"})
        return found.date() if found else None

    methods = {
        "ours resolve": lambda p, f: resolve(p, PUBLISHED, ANCHOR, future=f)[0],
        "dateparser (base: published)": lambda p, f: parse(p, PUBLISHED, f),
        "dateparser (base: anchor when ours says it counts from an event)":
            lambda p, f: parse(p, ANCHOR if counts_from_event(p) else PUBLISHED, f),
    }
    anchored = {p for p, _, _ in PHRASES if counts_from_event(p)}
    print(f"\n## Relative dates: {len(PHRASES)} hand-labelled phrases, published {PUBLISHED} (Wed), "
          f"anchor event {ANCHOR} (Fri); {len(anchored)} count from the event, "
          f"{sum(e is None for _, _, e in PHRASES)} are vague (right answer: no day)")
    answers = {name: [fn(p, f) for p, f, _ in PHRASES] for name, fn in methods.items()}
    rows = []
    for name, fn in methods.items():
        right = [a == e for a, (_, _, e) in zip(answers[name], PHRASES)]
        on_anchor = [r for r, (p, _, _) in zip(right, PHRASES) if p in anchored]
        vague = [r for r, (_, _, e) in zip(right, PHRASES) if e is None]
        us = per_10k(lambda pf: fn(*pf), [(p, f) for p, f, _ in PHRASES]) * 100
        rows.append([name, f"{sum(right)}/{len(right)}", f"{sum(on_anchor)}/{len(on_anchor)}",
                     f"{sum(vague)}/{len(vague)}", f"{us:.0f}"])
    table(["method", "right", "event-anchored right", "vague left undated", "µs/phrase"], rows)
    print()
    names = list(methods)
    table(["phrase", "future", "expected", "ours", "dateparser", "dateparser, anchor base"],
          [[p, "yes" if f else "", e or "-", *[str(a or "-") + ("" if a == e else " ✗") for a in col]]
           for (p, f, e), *col in zip(PHRASES, *(answers[n] for n in names))
           if any(a != e for a in col)])
    print("  (only the phrases some method gets wrong; ✗ marks the wrong answers)")


# --- 4. Countries -------------------------------------------------------------------------------

def compare_countries() -> None:
    try:
        import pycountry
    except ImportError:
        print("\n## Countries: pycountry is not installed (not a dependency); "
              "`.venv/bin/pip install pycountry` to compare")
        return
    from newswatch.consumers.extraction import load_nlp
    from newswatch.consumers.extraction.countries import country_code

    def key(words: str) -> str:
        return words.strip().replace("’", "'").removeprefix("the ").removeprefix("The ").removesuffix("'s")

    def lookup(words: str) -> str | None:
        try:
            return pycountry.countries.lookup(key(words)).alpha_2
        except LookupError:
            return None

    def fuzzy(words: str) -> str | None:
        try:
            return pycountry.countries.search_fuzzy(key(words))[0].alpha_2
        except LookupError:
            return None

    methods = {"ours country_code": country_code, "pycountry lookup": lookup, "pycountry search_fuzzy": fuzzy}
    nlp = load_nlp()
    mentions: list[tuple[str, str, str]] = []  # (entity text, its label, the gold participant country it names)
    for gold in sorted((EVAL / "meetings").glob("*.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            article = json.loads(line)
            if "text" not in article:
                continue
            codes = {p.get("country") for m in article["meetings"] for p in m["participants"]} - {None}
            if not codes:
                continue
            for ent in nlp(article["text"]).ents:
                if ent.label_ in ("GPE", "NORP"):
                    found = {fn(ent.text) for fn in methods.values()} & codes
                    if found:
                        mentions.append((ent.text, ent.label_, found.pop()))
    distinct = sorted(set(mentions))
    print(f"\n## Countries: {len(mentions)} GPE/NORP mentions in the meeting gold texts that some resolver maps "
          f"to a gold participant's country ({len(distinct)} distinct words), pycountry {pycountry.__version__}")
    rows = []
    for name, fn in methods.items():
        row = [name]
        for label in ("NORP", "GPE"):
            these = [(t, c) for t, lab, c in mentions if lab == label]
            answers = [fn(t) for t, _ in these]
            row += [f"{sum(a == c for a, (_, c) in zip(answers, these))}/{len(these)}",
                    sum(a is not None and a != c for a, (_, c) in zip(answers, these))]
        rows.append([*row, f"{sum(fn(t) == c for t, _, c in distinct)}/{len(distinct)}",
                     f"{per_10k(fn, [t for t, _, _ in distinct]) * 100:.1f}"])
    table(["method", "NORP right", "NORP wrong code", "GPE right", "GPE wrong code", "distinct words right",
           "µs/word"], rows)
    print()
    table(["word", "label", "gold", *methods],
          [[t, lab, c, *[(fn(t) or "-") for fn in methods.values()]] for t, lab, c in distinct
           if len({fn(t) for fn in methods.values()}) > 1])
    print("  (only the words the resolvers disagree on; search_fuzzy also searches subdivision names, so a city or "
          "region comes back as the country it lies in)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for part in ("urls", "simhash", "dates", "countries"):
        parser.add_argument(f"--{part}", action="store_true")
    parser.add_argument("--articles", type=int, default=400, help="BBC bodies for the SimHash comparison")
    args = parser.parse_args()
    every = not (args.urls or args.simhash or args.dates or args.countries)
    if every or args.urls:
        compare_urls()
    if every or args.simhash:
        compare_simhash(args.articles)
    if every or args.dates:
        compare_dates()
    if every or args.countries:
        compare_countries()


if __name__ == "__main__":
    main()
