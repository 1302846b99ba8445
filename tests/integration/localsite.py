"""A programmable news site on 127.0.0.1 for ingest tests: each path answers with a fixed
response or a handler, every request is recorded (path, headers, time). Also a receiver that
never answers, for the alerting side and the fault benchmark."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import format_datetime
from datetime import UTC, datetime, timedelta
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    at: float


Handler = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


class LocalSite:
    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Page | Handler] = {}
        self.requests: list[Request] = []
        site = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                site.requests.append(Request(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic()))
                route = site.routes.get(self.path.split("?")[0])
                if route is None:
                    route = Page(b"not found", "text/plain", 404)
                if isinstance(route, Page):
                    self.send_response(route.status)
                    self.send_header("Content-Type", route.content_type)
                    self.send_header("Content-Length", str(len(route.body)))
                    for name, value in route.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(route.body)
                else:
                    route(self)

            def log_message(self, *args: object) -> None:
                pass

        class _Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: object, client_address: object) -> None:
                pass  # clients hanging up on bombs and drips is what the hostile routes are for

        self.server = _Server((host, 0), _Handler)
        self.base = f"http://{host}:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> LocalSite:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def hits(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path.split("?")[0] == path]


def article_html(title: str, paragraphs: list[str], canonical: str | None = None) -> bytes:
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    link = f'<link rel="canonical" href="{escape(canonical)}">' if canonical else ""
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}</title>{link}"
            f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{escape(title)}</h1>{body}</article>"
            f"<footer>© Test Site</footer></body></html>").encode()


def rss(items: list[dict], title: str = "Test feed") -> bytes:
    """RSS 2.0 of items with link, title and optional guid, description, published (datetime)."""
    start = datetime(2025, 11, 17, 12, tzinfo=UTC)
    parts = []
    for i, item in enumerate(items):
        published = item.get("published") or start - timedelta(minutes=i)
        parts.append(
            f"<item><title>{escape(item.get('title', ''))}</title><link>{escape(item['link'])}</link>"
            + (f"<guid>{escape(item['guid'])}</guid>" if item.get("guid") else "")
            + (f"<description>{escape(item['description'])}</description>" if item.get("description") else "")
            + f"<pubDate>{format_datetime(published)}</pubDate></item>"
        )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
            f"{''.join(parts)}</channel></rss>").encode()


def feed_list(feeds: list[tuple[str, str]], **extra: object) -> str:
    """TOML feed list of (name, url) pairs."""
    lines = []
    for name, url in feeds:
        lines += ["[[feeds]]", f'name = "{name}"', f'url = "{url}"', 'tier = "wire"', 'language = "en"']
        lines += [f"{k} = {v}" for k, v in extra.items()]
        lines.append("")
    return "\n".join(lines)


class Hanging:
    """A webhook receiver on 127.0.0.1 that takes connections and never answers."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}/hook"
        self.held: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                self.held.append(self.listener.accept()[0])
            except OSError:
                return

    def close(self) -> None:
        self.listener.close()
        for conn in self.held:
            conn.close()
