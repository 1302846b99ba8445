"""Hostile and broken input through one real ingest flow run: each feed and page below misbehaves
in its own way; the run completes, every failure is visible with its reason, the good items still
become articles (from the feed summary where the page could not be used), and nothing private is
fetched."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest

from newswatch.flows.ingest import FeedReport, ingest_feeds
from newswatch.settings import Settings
from tests.integration.localsite import LocalSite, Page, article_html, feed_list, rss
from tests.integration.test_ingest_polling import story
from tests.integration.test_kafka import read_all

pytestmark = pytest.mark.timeout(180)

BOMB = gzip.compress(bytes(50_000_000), compresslevel=1)
LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
""" + b"".join(
    f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'.encode() for i in range(1, 10)
) + b"""]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>Laughing item &lol9;</title><link>http://127.0.0.1:{port}/pages/ok</link><description>&lol9;</description></item>
</channel></rss>"""
TEN_THOUSAND = 10_000
CAP = 20


def _stream(size: int):
    def handler(h) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml" if h.path.endswith(".xml") else "text/html")
        h.send_header("Connection", "close")
        h.end_headers()
        try:
            for _ in range(size // 100_000):
                h.wfile.write(b"<p>" + b"x" * 99_993 + b"</p>\n")
        except OSError:
            pass
    return handler


def _stall(h) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "100")
    h.end_headers()
    h.wfile.flush()
    time.sleep(3)


def _redirect_to(target: str):
    def handler(h) -> None:
        h.send_response(302)
        h.send_header("Location", target)
        h.send_header("Content-Length", "0")
        h.end_headers()
    return handler


def _hostile_run(settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    for key, value in {"PER_HOST_DELAY_SECONDS": "0", "FETCH_TIMEOUT_SECONDS": "0.5", "FETCH_DEADLINE_SECONDS": "1.5",
                       "MAX_ITEMS_PER_POLL": str(CAP)}.items():
        monkeypatch.setenv(f"NEWSWATCH_{key}", value)
    with LocalSite() as site:
        base = site.base
        r = site.routes
        r["/pages/ok"] = Page(article_html("Ministers meet", story(1)))
        r["/pages/tiny"] = Page(article_html("Short item", story(2, words=60)))
        r["/pages/latin1"] = Page(article_html("Café talks", ["Le café de la gare ouvre à sept heures ; élève et mère s'y retrouvent. " * 8] * 3)
                                  .decode().encode("latin-1"), "text/html; charset=utf-8")
        r["/pages/huge"] = _stream(10_000_000)
        r["/pages/bomb"] = Page(BOMB, "text/html", headers={"Content-Encoding": "gzip"})
        r["/pages/pdf"] = Page(b"%PDF-1.4 " + b"x" * 1000, "application/pdf")
        r["/pages/hang"] = _stall
        r["/pages/loop-a"] = _redirect_to("/pages/loop-b")
        r["/pages/loop-b"] = _redirect_to("/pages/loop-a")
        r["/pages/to-metadata"] = _redirect_to("http://169.254.169.254/latest/meta-data/")
        links = ["ok", "latin1", "huge", "bomb", "pdf", "hang", "loop-a", "to-metadata"]
        items = [{"link": f"{base}/pages/{name}", "title": f"Item {name}", "description": f"Feed summary of {name}."} for name in links]
        items += [{"link": "http://169.254.169.254/latest/meta-data/", "title": "Metadata", "description": "Cloud metadata."},
                  {"link": "http://10.1.2.3/internal", "title": "Private", "description": "A private address."},
                  {"link": "file:///etc/passwd", "title": "Local file", "description": "Not the web."}]
        r["/good.xml"] = Page(rss(items), "application/rss+xml")
        r["/huge.xml"] = _stream(10_000_000)
        r["/bomb.xml"] = Page(BOMB, "application/rss+xml", headers={"Content-Encoding": "gzip"})
        r["/hang.xml"] = _stall
        r["/loop.xml"] = _redirect_to("/loop.xml")
        r["/laughs.xml"] = Page(LAUGHS.replace(b"{port}", base.rsplit(":", 1)[1].encode()), "application/rss+xml")
        r["/image.xml"] = Page(b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png")
        r["/cp1252.xml"] = Page(rss([{"link": f"{base}/pages/tiny", "title": "Crème brûlée diplomacy — “quoted”"}])
                                .decode().replace('encoding="utf-8"', 'encoding="windows-1252"').encode("cp1252"),
                                "application/rss+xml; charset=utf-8")
        r["/many.xml"] = Page(rss([{"link": f"{base}/pages/tiny?n={i}", "guid": f"item-{i}", "title": f"Item {i}"}
                                   for i in range(TEN_THOUSAND)]), "application/rss+xml")
        names = ["good", "huge", "bomb", "hang", "loop", "laughs", "image", "cp1252", "many"]
        feeds = [(name, f"{base}/{name}.xml") for name in names] + [("private", "http://10.255.0.1/feed.xml")]
        path = tmp_path / "feeds.toml"
        path.write_text(feed_list(feeds))
        started = time.monotonic()
        reports = {report.feed: report for report in ingest_feeds(str(path))}
        elapsed = time.monotonic() - started
    articles = [json.loads(m.value) for m in read_all(settings, "articles", expect=9 + 2 + 1 + CAP, timeout_ms=5000)]
    return reports, {a["link"]: a for a in articles}, elapsed


def _failed(report: FeedReport, reason: str) -> bool:
    return report.status == "failed" and reason in report.error


def _broken_feeds_fail_alone_with_their_reason(run) -> None:
    reports, _, elapsed = run
    assert _failed(reports["huge"], "TooLarge")
    assert _failed(reports["bomb"], "TooLarge")
    assert _failed(reports["hang"], "Timeout")
    assert _failed(reports["loop"], "redirect loop")
    assert _failed(reports["image"], "image/png")
    assert _failed(reports["private"], "Refused") and "private" in reports["private"].error
    assert reports["good"].status == "changed" and reports["good"].error is None
    assert elapsed < 60


def _billion_laughs_is_not_expanded(run) -> None:
    reports, articles, _ = run
    laughs = reports["laughs"]
    assert laughs.status == "changed" and laughs.malformed and "entity" in laughs.malformed
    assert laughs.items == 1  # what could be salvaged was kept


def _mislabelled_feed_encoding_is_read(run) -> None:
    reports, articles, _ = run
    assert reports["cp1252"].status == "changed" and reports["cp1252"].items == 1


def _ten_thousand_items_are_bounded_per_poll(run) -> None:
    reports, articles, _ = run
    many = reports["many"]
    assert (many.items, many.new, many.backlog) == (TEN_THOUSAND, CAP, TEN_THOUSAND - CAP)
    assert many.produced == CAP


def _bad_pages_fall_back_to_the_feed_summary_with_the_reason(run) -> None:
    reports, articles, _ = run
    by_name = {link.rsplit("/", 1)[-1]: a for link, a in articles.items()}
    assert by_name["ok"]["body_source"] == "page"
    assert by_name["latin1"]["body_source"] == "page" and "élève et mère" in by_name["latin1"]["body"]
    for name, reason in [("huge", "TooLarge"), ("bomb", "TooLarge"), ("pdf", "application/pdf"), ("hang", "Timeout"),
                         ("loop-a", "redirect loop"), ("to-metadata", "metadata")]:
        article = by_name[name]
        assert article["body_source"] == "feed_summary" and reason in article["fetch_error"], name
        assert article["body"].endswith(f"Feed summary of {name}.")


def _private_and_metadata_addresses_and_non_http_links_are_refused(run) -> None:
    reports, articles, _ = run
    assert "Refused" in articles["http://169.254.169.254/latest/meta-data/"]["fetch_error"]
    assert "private" in articles["http://10.1.2.3/internal"]["fetch_error"]
    assert "file:///etc/passwd" not in articles
    assert any("file:" in s and "not http(s)" in s for s in reports["good"].skipped_entries)
    assert reports["good"].produced == 10


def test_hostile_feeds_and_pages_in_one_run(settings: Settings, prefect_server: str, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    # One flow run for all cases (each a section below): that the others are unaffected is the point.
    run = _hostile_run(settings, tmp_path, monkeypatch)
    assert "feed entries skipped feed=good count=1 first=" in caplog.text  # the file: link, said aloud
    _broken_feeds_fail_alone_with_their_reason(run)
    _billion_laughs_is_not_expanded(run)
    _mislabelled_feed_encoding_is_read(run)
    _ten_thousand_items_are_bounded_per_poll(run)
    _bad_pages_fall_back_to_the_feed_summary_with_the_reason(run)
    _private_and_metadata_addresses_and_non_http_links_are_refused(run)
