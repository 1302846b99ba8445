"""What one poll of a thousand feeds costs: every feed unchanged (304) versus every feed changed.

Serves N feeds of 20 items each from localhost, spread over H hosts (loopback addresses
127.0.1.x, so per-host limits apply as they would on the web), runs the real ``ingest-feeds``
Prefect flow against a private Prefect server and a scratch SQLite database, and prints wall time,
per-feed cost, requests/s and bytes served for:

* first poll: robots.txt of every host, full documents, validators stored;
* all changed: every feed answers 200 with a new ETag and its full document (items already seen,
  so this is the cost of fetching, parsing and checking items, not of producing articles);
* all 304: every feed answers 304 Not Modified to the conditional GET.

The per-host delay is 0 here: the figure is what a poll costs us, not how long politeness waits.
The feed servers run in a child process, so that they do not share the flow's interpreter lock.

    python benchmarks/poll_cost.py [--feeds 1000] [--hosts 100]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import socket
import tempfile
import threading
import time
from email.utils import format_datetime
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ITEMS = 20


class Feeds:
    """The feed servers' state, shared with the benchmark process: the mode they answer in
    (0: always 200 with the current version's ETag, 1: 304 to a matching If-None-Match)."""

    def __init__(self) -> None:
        self.mode = multiprocessing.Value("i", 0)
        self.version = multiprocessing.Value("i", 0)
        self.requests = multiprocessing.Value("l", 0)
        self.bytes = multiprocessing.Value("q", 0)

    def document(self, host: str, path: str) -> bytes:
        start = datetime(2025, 11, 17, tzinfo=UTC)
        items = "".join(
            f"<item><title>Story {i} of {path}</title><link>http://{host}{path}/story/{i}</link>"
            f"<guid>{host}{path}/{i}</guid><pubDate>{format_datetime(start - timedelta(minutes=i))}</pubDate>"
            f"<description>Ministers met to discuss item {i} of {path}; talks continue next week.</description></item>"
            for i in range(ITEMS)
        )
        return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{path}</title>'
                f"{items}</channel></rss>").encode()


def _serve(feeds: Feeds, sockets: list[tuple[str, int]], ready) -> None:
    for host, port in sockets:
        server = ThreadingHTTPServer((host, port), _handler(feeds))
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
    ready.set()
    threading.Event().wait()


def _handler(feeds: Feeds):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            with feeds.requests.get_lock():
                feeds.requests.value += 1
            etag = f'"v{feeds.version.value}"'
            if self.path == "/robots.txt":
                self._send(404, b"", "text/plain")
            elif feeds.mode.value == 1 and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
            else:
                body = feeds.document(self.headers.get("Host", ""), self.path)
                self._send(200, body, "application/rss+xml", etag)

        def _send(self, status: int, body: bytes, content_type: str, etag: str | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)
            with feeds.bytes.get_lock():
                feeds.bytes.value += len(body)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=100)
    args = parser.parse_args()

    state = Path(tempfile.mkdtemp(prefix="newswatch-poll-bench-"))
    hosts = [f"127.0.1.{i + 1}" for i in range(args.hosts)]
    prefect_port = _free_port()
    os.environ.update({
        "NEWSWATCH_STATE_DIR": str(state),
        "NEWSWATCH_DATABASE_URL": f"sqlite:///{state / 'bench.db'}",
        "NEWSWATCH_ALLOW_PRIVATE_HOSTS": "[" + ",".join(f'"{h}"' for h in hosts) + "]",
        "NEWSWATCH_PER_HOST_DELAY_SECONDS": "0",
        "NEWSWATCH_PREFECT_PORT": str(prefect_port),
        "PREFECT_HOME": str(state / "prefect"),
        "PREFECT_API_URL": f"http://127.0.0.1:{prefect_port}/api",
        "PREFECT_LOGGING_TO_API_ENABLED": "false",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
    })
    from newswatch import db
    from newswatch.flows.feeds import FeedItem
    from newswatch.flows.ingest import ingest_feeds
    from newswatch.services.prefect_server import PrefectServer
    from newswatch.settings import Settings

    feeds = Feeds()
    sockets = [(host, _free_port()) for host in hosts]
    ready = multiprocessing.Event()
    child = multiprocessing.Process(target=_serve, args=(feeds, sockets, ready), daemon=True)
    child.start()
    ready.wait(30)
    urls = [f"http://{sockets[i % len(hosts)][0]}:{sockets[i % len(hosts)][1]}/feed-{i}.xml"
            for i in range(args.feeds)]
    feed_list = state / "feeds.toml"
    feed_list.write_text("".join(f'[[feeds]]\nname = "feed {i}"\nurl = "{u}"\n\n' for i, u in enumerate(urls)))

    # Every item seen already: the poll's cost is measured, not the articles'.
    sessions = db.connect(Settings())
    with sessions.begin() as session:
        for url in urls:
            host = url.split("/")[2]
            path = "/" + url.split("/", 3)[3]
            for i in range(ITEMS):
                item = FeedItem(link=f"http://{host}{path}/story/{i}", guid=f"{host}{path}/{i}", title=None,
                                summary=None, published=None)
                session.add(db.SeenItem(item_key=item.key(url), feed_url=url, link=item.link,
                                        article_id="0" * 16, produced_at=datetime.now(UTC)))

    prefect = PrefectServer(Settings())
    prefect.start()
    try:
        rows = []
        for label, mode in (("first poll", 0), ("all changed", 0), ("all 304", 1)):
            feeds.mode.value = mode
            feeds.version.value += mode == 0
            requests, served = feeds.requests.value, feeds.bytes.value
            started = time.perf_counter()
            reports = ingest_feeds(str(feed_list), force=True)
            seconds = time.perf_counter() - started
            failed = sum(r.status == "failed" for r in reports)
            rows.append((label, seconds, feeds.requests.value - requests, feeds.bytes.value - served, failed))
    finally:
        prefect.stop()
        child.terminate()
    settings = Settings()
    print(f"{args.feeds} feeds of {ITEMS} items on {args.hosts} hosts; poll_concurrency={settings.poll_concurrency}, "
          f"per-host concurrency {settings.per_host_concurrency}, per-host delay 0 s, robots.txt on")
    for label, seconds, requests, served, failed in rows:
        print(f"{label:12s} {seconds:6.2f} s  {1000 * seconds / args.feeds:6.2f} ms/feed  {requests:5d} requests "
              f"{requests / seconds:7.0f} req/s  {served / 1e6:6.2f} MB served  failed {failed}")


if __name__ == "__main__":
    main()
