"""A local news site for the demo and the acceptance tests: the seed articles as HTML pages
behind an RSS feed, served on 127.0.0.1 (so fetching them needs 127.0.0.1 to be allowed)."""

from __future__ import annotations

import html
import threading
import tomllib
from dataclasses import dataclass
from email.utils import format_datetime
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from newswatch.settings import SEEDS_DIR

SITE_NAME = "Newswatch Demo Wire"


@dataclass(frozen=True)
class DemoArticle:
    path: str
    title: str
    published: datetime
    author: str
    paragraphs: list[str]


def load_articles(manifest: Path = SEEDS_DIR / "demo.toml") -> list[DemoArticle]:
    entries = tomllib.loads(manifest.read_text(encoding="utf-8"))["articles"]
    return [
        DemoArticle(
            path=e["path"], title=e["title"], published=datetime.fromisoformat(e["published"]),
            author=e["author"],
            paragraphs=[line.strip() for line in (manifest.parent / e["text"]).read_text(encoding="utf-8").splitlines() if line.strip()],
        )
        for e in entries
    ]


def render_page(article: DemoArticle, base: str) -> str:
    e = html.escape
    body = "\n".join(f"      <p>{e(p)}</p>" for p in article.paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{e(article.title)} | {SITE_NAME}</title>
  <link rel="canonical" href="{base}{article.path}">
  <meta property="og:title" content="{e(article.title)}">
  <meta property="og:site_name" content="{SITE_NAME}">
  <meta property="article:published_time" content="{article.published.isoformat()}">
  <meta name="author" content="{e(article.author)}">
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/world/">World</a> <a href="/about">About us</a></nav></header>
  <main>
    <article>
      <h1>{e(article.title)}</h1>
      <p class="byline">By {e(article.author)}, <time datetime="{article.published.isoformat()}">{article.published:%d %B %Y}</time></p>
{body}
    </article>
  </main>
  <footer><p>© {SITE_NAME}. All rights reserved.</p></footer>
</body>
</html>
"""


def render_feed(articles: list[DemoArticle], base: str) -> str:
    e = html.escape
    items = "\n".join(
        f"""    <item>
      <title>{e(a.title)}</title>
      <link>{base}{a.path}</link>
      <guid isPermaLink="true">{base}{a.path}</guid>
      <pubDate>{format_datetime(a.published)}</pubDate>
      <description>{e(a.paragraphs[0])}</description>
    </item>"""
        for a in articles
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>{SITE_NAME}</title>
    <link>{base}/</link>
    <description>Seed articles for the newswatch demo</description>
{items}
  </channel>
</rss>
"""


class DemoSite:
    """``with DemoSite(port) as site:`` serves ``site.feed_url`` until the block ends."""

    def __init__(self, port: int = 0, host: str = "127.0.0.1"):
        articles = load_articles()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                if self.path == "/feed.xml":
                    self._send(200, "application/rss+xml; charset=utf-8", render_feed(articles, site.base))
                    return
                for article in articles:
                    if self.path == article.path:
                        self._send(200, "text/html; charset=utf-8", render_page(article, site.base))
                        return
                self._send(404, "text/plain; charset=utf-8", "not found")

            def _send(self, status: int, content_type: str, text: str) -> None:
                data = text.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer((host, port), Handler)
        self.base = f"http://{host}:{self.server.server_address[1]}"
        self.feed_url = f"{self.base}/feed.xml"
        self._thread = threading.Thread(target=self.server.serve_forever, name="demo-site", daemon=True)

    def write_feed_list(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f'[[feeds]]\nname = "{SITE_NAME}"\nurl = "{self.feed_url}"\ntier = "wire"\nlanguage = "en"\n',
            encoding="utf-8",
        )
        return path

    def __enter__(self) -> DemoSite:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
