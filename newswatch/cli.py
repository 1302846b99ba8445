"""The ``newswatch`` command."""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
from datetime import date
from pathlib import Path

from newswatch import logs
from newswatch.errors import operator_message
from newswatch.settings import Settings


def _kafka(args: argparse.Namespace, settings: Settings) -> int:
    from newswatch.broker import LocalBroker

    if not settings.uses_local_kafka:
        print(f"KAFKA_BOOTSTRAP_SERVERS is set ({settings.bootstrap_servers}): no local broker is managed")
        if args.action != "status":
            return 2
        from newswatch.messaging import wait_for_cluster

        reachable = wait_for_cluster(settings.bootstrap_servers, timeout=10)
        print(f"kafka cluster at {settings.bootstrap_servers} {'answers' if reachable else 'does not answer'}")
        return 0 if reachable else 3
    broker = LocalBroker(settings)
    if args.action == "start":
        print(f"kafka {broker.start()}")
    elif args.action == "stop":
        print("kafka stopped" if broker.stop() else "kafka was not running")
    else:
        status = broker.status()
        print(f"kafka {status}")
        return 0 if status.accepting else 3
    return 0


def _status(args: argparse.Namespace, settings: Settings) -> int:
    from newswatch.status import check, render

    status = check(settings)
    print(render(status))
    return status.exit_code


def _topics(args: argparse.Namespace, settings: Settings) -> int:
    from newswatch.topics import TOPICS, ensure_topics, topic_name

    created = ensure_topics(settings)
    for key in TOPICS:
        name = topic_name(settings, key)
        print(f"{name}{'  (created)' if name in created else ''}")
    return 0


def stop_on_signals() -> threading.Event:
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    return stop


def _consume(args: argparse.Namespace, settings: Settings) -> int:
    from newswatch.consumers.meetings import MeetingConsumer

    stop = stop_on_signals()
    if args.processes > 1:
        from newswatch.run import consumers, supervise

        supervise(consumers(settings, args.processes), stop)
        return 0
    consumer = MeetingConsumer(settings)
    try:
        stats = consumer.run(stop, until_idle=args.until_idle)
    finally:
        consumer.close()
    print(f"consumed articles={stats.articles} meetings={stats.meetings} new={stats.new_meetings} "
          f"deliveries={stats.deliveries} dead_letters={stats.dead_letters}", file=sys.stderr)
    return 0


def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    from newswatch.flows.feeds import load_feed_list
    from newswatch.flows.ingest import ingest_feeds

    load_feed_list(args.feeds or settings.feeds_file)  # a missing or broken list fails here, in one line
    reports = ingest_feeds(str(args.feeds) if args.feeds else None, force=args.force)
    return 1 if reports and all(r.status == "failed" for r in reports) else 0


def _feeds(args: argparse.Namespace, settings: Settings) -> int:
    from newswatch.flows.feeds import FeedListError, add_feed, load_feed_list, remove_feed

    path = args.feeds or settings.feeds_file
    try:
        if args.action == "add":
            entry = {"url": args.url, "name": args.name, "tier": args.tier, "language": args.language,
                     "interval_minutes": args.interval}
            feed = add_feed(path, {k: v for k, v in entry.items() if v is not None})
            print(f"added {feed.url} ({feed.name}, {feed.tier}) to {path}")
        elif args.action == "remove":
            for feed in remove_feed(path, args.url):
                print(f"removed {feed.url} ({feed.name}) from {path}")
        elif args.action == "validate":
            print(f"{path}: {len(load_feed_list(path))} feeds, all valid")
        else:
            _print_feeds(load_feed_list(path), settings)
    except FeedListError as exc:
        print(f"newswatch feeds: {exc}", file=sys.stderr)
        return 1
    return 0


def _print_feeds(feeds: list, settings: Settings) -> None:
    from newswatch import db
    from newswatch.flows.schedule import states

    known = states(db.connect(settings), [f.url for f in feeds])
    print("status        failures  next poll (UTC)   tier           lang  name — url — last error")
    for feed in feeds:
        state = known.get(feed.url)
        status = "disabled" if not feed.enabled else (state.last_status or "?") if state else "never polled"
        due = f"{state.next_poll_at:%Y-%m-%d %H:%M}" if state and state.next_poll_at else "now"
        error = f" — {state.last_error}" if state and state.last_error else ""
        print(f"{status:13s} {state.consecutive_failures if state else 0:8d}  {due:16s}  {feed.tier:13s}  "
              f"{feed.language or '-':4s}  {feed.name} — {feed.url}{error}")


def _serve_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import UTC, datetime, timedelta

    from prefect.schedules import Interval

    from newswatch.flows.ingest import ingest_feeds

    # The first poll is asked for as soon as the deployment exists: a schedule alone puts it a whole
    # interval away whenever the scheduler first looks after the anchor has passed.
    threading.Thread(target=_poll_now, name="first-poll", daemon=True).start()
    ingest_feeds.serve(
        name=_INGEST_DEPLOYMENT.split("/")[1],
        schedules=[Interval(timedelta(seconds=settings.poll_interval_seconds), anchor_date=datetime.now(UTC))],
        parameters={"feeds_file": str(settings.feeds_file)},
        description="Poll the feed list and produce new articles",
        print_starting_message=False,
        limit=1,  # a poll still running when the next is due is not doubled
    )
    return 0


_INGEST_DEPLOYMENT = "ingest-feeds/newswatch-ingest"


def _poll_now(wait_seconds: float = 120.0) -> None:
    """One run of the served ingest deployment now, once the deployment is registered."""
    import time

    from prefect.deployments import run_deployment
    from prefect.exceptions import ObjectNotFound

    deadline = time.monotonic() + wait_seconds
    while time.monotonic() < deadline:
        try:
            run_deployment(_INGEST_DEPLOYMENT, timeout=0)
            return
        except ObjectNotFound:
            time.sleep(1)
    logging.getLogger(__name__).warning("first poll not requested deployment=%s waited=%.0fs",
                                        _INGEST_DEPLOYMENT, wait_seconds)


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from newswatch.run import run

    return run(settings, once=args.once, demo=args.demo, consumer_processes=args.consumers)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def _extract(args: argparse.Namespace, settings: Settings) -> int:
    from newswatch.extract_cli import extract_file, extract_jsonl

    if args.jsonl:
        return extract_jsonl(settings, args.jsonl, sys.stdout, min_confidence=args.min_confidence)
    if not args.file:
        print("newswatch extract: give FILE or --jsonl IN", file=sys.stderr)
        return 2
    published = date.fromisoformat(args.published) if args.published else None
    return extract_file(settings, args.file, published, sys.stdout, min_confidence=args.min_confidence)


def _clean(args: argparse.Namespace, settings: Settings) -> int:
    from newswatch.flows.clean import CleaningError, clean_html

    status = 0
    for path in args.files:
        try:
            page = clean_html(Path(path).read_bytes(), args.url)
        except (OSError, CleaningError) as exc:
            print(f"newswatch clean: {path}: {exc}", file=sys.stderr)
            status = 1
            continue
        print(json.dumps({
            "file": str(path), "url": page.canonical_url or args.url, "title": page.title,
            "authors": page.authors, "date": page.date, "language": page.language,
            "sitename": page.sitename, "body": page.body,
        }, ensure_ascii=False))
    return status


def _db(args: argparse.Namespace, settings: Settings) -> int:
    from newswatch import db

    db.connect(settings)
    print(f"database at the newest revision: {settings.db_url}")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="newswatch", description="News feeds → Kafka → meetings between officials → alerts.")
    p.add_argument("--log-level", help="DEBUG, INFO (default), WARNING…")
    p.add_argument("--debug", action="store_true", help="show the traceback of a failure instead of one line")
    sub = p.add_subparsers(dest="command", required=True)

    sub.add_parser("status", help="is everything up and keeping up? exit 3: Kafka down, 4: something else")\
        .set_defaults(func=_status)

    run = sub.add_parser("run", help="run everything in the foreground until Ctrl-C")
    run.add_argument("--once", action="store_true", help="poll the feeds once, process what arrived, exit")
    run.add_argument("--demo", action="store_true", help="serve the seed articles on 127.0.0.1 and poll only their feed")
    run.add_argument("--consumers", type=_positive, default=1, metavar="N", help="consumer processes (default 1)")
    run.set_defaults(func=_run)

    kafka = sub.add_parser("kafka", help="the local single-node Kafka broker")
    kafka.add_argument("action", choices=["start", "stop", "status"])
    kafka.set_defaults(func=_kafka)

    sub.add_parser("topics", help="create the topics (idempotent) and list them").set_defaults(func=_topics)
    sub.add_parser("db", help="migrate the database to the newest revision").set_defaults(func=_db)

    ingest = sub.add_parser("ingest", help="run the ingest flow once")
    ingest.add_argument("--feeds", type=Path, help="feed list (default: settings feeds_file)")
    ingest.add_argument("--force", action="store_true", help="poll every enabled feed, due or not")
    ingest.set_defaults(func=_ingest)

    feeds = sub.add_parser("feeds", help="the feed list: add, list (with poll state), remove, validate")
    feeds.add_argument("--feeds", type=Path, help="feed list (default: settings feeds_file)")
    feeds_sub = feeds.add_subparsers(dest="action", required=True)
    feeds_sub.add_parser("list", help="every feed with its last poll status, failures and next poll")
    feeds_sub.add_parser("validate", help="check the list; each bad entry is named with its problem")
    add = feeds_sub.add_parser("add", help="append a feed (the list must stay valid)")
    add.add_argument("url")
    add.add_argument("--name")
    add.add_argument("--tier", help="wire | international | regional | local")
    add.add_argument("--language", help="e.g. en, fr, pt-BR")
    add.add_argument("--interval", type=int, metavar="MINUTES", help="poll interval of this feed")
    remove = feeds_sub.add_parser("remove", help="remove the feed with this url or name")
    remove.add_argument("url", metavar="URL_OR_NAME")
    feeds.set_defaults(func=_feeds)

    sub.add_parser("serve-ingest", help="serve the ingest flow on its interval (Prefect)").set_defaults(func=_serve_ingest)

    consume = sub.add_parser("consume", help="run the meeting consumer until Ctrl-C")
    consume.add_argument("--until-idle", type=float, metavar="SECONDS",
                         help="exit once caught up and idle this long")
    consume.add_argument("--processes", type=_positive, default=1, metavar="N",
                         help="N consumer processes of the one group, each with its own partitions, supervised")
    consume.set_defaults(func=_consume)

    extract = sub.add_parser("extract", help="print the meetings found in an article as JSON")
    extract.add_argument("file", nargs="?", type=Path, help="plain text or HTML file")
    extract.add_argument("--published", metavar="YYYY-MM-DD", help="article date for relative dates")
    extract.add_argument("--jsonl", type=Path, metavar="IN",
                         help='JSON Lines of {"id", "text" or "html", "published"}; "-" for stdin')
    extract.add_argument("--min-confidence", type=float, metavar="C",
                         help="print meetings of at least this confidence (default: what subscriptions alert by "
                              "default, 0.65; 0 prints every candidate)")
    extract.set_defaults(func=_extract)

    clean = sub.add_parser("clean", help="print the cleaned article of each HTML file as JSON")
    clean.add_argument("files", nargs="+", type=Path)
    clean.add_argument("--url", help="the page's URL, to resolve relative links")
    clean.set_defaults(func=_clean)

    from newswatch import cli_alerts

    cli_alerts.register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logs.configure(args.log_level)
    settings = None
    try:
        settings = Settings()
        return args.func(args, settings)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if args.debug:
            raise
        message = operator_message(exc, kafka=settings and settings.kafka_bootstrap_servers,
                                   database=settings and settings.db_url)
        if message is None:  # not an operating failure: a bug, said in one line all the same
            message = f"unexpected {type(exc).__name__}: {logs.brief(exc)} (run with --debug for the traceback)"
        print(f"newswatch: {message}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
