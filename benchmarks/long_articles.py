"""Time and memory of meeting extraction on very long articles (issue: one huge body must not hold a
partition for minutes).

Builds article bodies of N words of short sentences with a meeting ("X met Y") every 40 words,
each with other names, then prints for each size: seconds for the whole extraction as the consumer
runs it (text cut at ``NEWSWATCH_NLP_MAX_CHARS``, rules stopped after ``NEWSWATCH_NLP_MAX_SECONDS``),
and with neither, the spaCy parse and the rules
apart, so that their growth with length shows (linear: twice the words, about twice the time).

    python benchmarks/long_articles.py [--sizes 10000 100000 200000] [--uncut 5000 10000 20000 40000]
"""

from __future__ import annotations

import argparse
import random
import resource
import time

from newswatch.consumers.extraction import MeetingExtractor, load_nlp
from newswatch.settings import Settings

FIRST = "Alma Oskar Lena Tomas Ines Pavel Nadia Karim Sofia Marek Yusuf Hana Emil Rosa Ivan Leila".split()
LAST = "Redl Vinter Okafor Lindqvist Moreau Haddad Novak Brandt Sato Costa Petrov Mensah Kovacs Ortiz".split()
FILLER = ("the ministry said on Monday that talks on trade and energy would continue next week while officials "
          "reviewed the budget and the harbour plans in the capital").split()


def body(words: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    sentences, count = [], 0
    while count < words:
        a, b = (f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2))
        meeting = f"Foreign Minister {a} met Defence Minister {b} in Vienna."
        filler = " ".join(rng.choice(FILLER) for _ in range(32)).capitalize() + "."
        sentences += [meeting, filler]
        count += len(meeting.split()) + 32
    return " ".join(sentences)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 200_000])
    parser.add_argument("--uncut", type=int, nargs="+", default=[5_000, 10_000, 20_000, 40_000])
    args = parser.parse_args()
    settings = Settings()
    nlp = load_nlp(settings.spacy_model)
    nlp.max_length = 10_000_000
    consumer = MeetingExtractor(nlp, max_chars=settings.nlp_max_chars, max_seconds=settings.nlp_max_seconds)
    uncut = MeetingExtractor(nlp, max_chars=10_000_000, max_seconds=float("inf"))
    consumer.extract(body(200), None)  # warm-up
    print(f"as the consumer runs it (text cut at {settings.nlp_max_chars} characters, rules stopped after "
          f"{settings.nlp_max_seconds} s):")
    for words in args.sizes:
        text = body(words)
        start = time.perf_counter()
        meetings = consumer.extract(text, None)
        print(f"  {words:>7} words ({len(text):>9} chars)  {time.perf_counter() - start:6.2f} s  "
              f"{len(meetings)} meetings")
    print("uncut: spaCy parse and rules apart:")
    previous = None
    for words in args.uncut:
        text = body(words)
        start = time.perf_counter()
        doc = nlp(text)
        parsed = time.perf_counter() - start
        start = time.perf_counter()
        meetings = uncut._meetings(doc, None, sporting=False)
        rules = time.perf_counter() - start
        growth = f"  rules x{rules / previous:.1f} for x2 words" if previous else ""
        print(f"  {words:>7} words  parse {parsed:6.2f} s  rules {rules:6.2f} s  {len(meetings)} meetings{growth}")
        previous = rules
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
