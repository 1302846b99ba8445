from __future__ import annotations

from pathlib import Path

import pytest

from newswatch.flows.feeds import FeedListError, add_feed, load_feed_list, parse_feed
from newswatch.settings import SEEDS_DIR


def test_shipped_feed_list_is_valid() -> None:
    feeds = load_feed_list(SEEDS_DIR / "feeds.toml")
    assert len(feeds) >= 10
    assert {f.tier for f in feeds} <= {"wire", "international", "regional", "local"}
    assert all(f.url.startswith("https://") for f in feeds)


def test_bad_entries_are_each_named(tmp_path: Path) -> None:
    path = tmp_path / "feeds.toml"
    path.write_text(
        '[[feeds]]\nurl = "file:///etc/passwd"\n'
        '[[feeds]]\nurl = "https://a.example/rss"\ntier = "gossip"\n'
        '[[feeds]]\nurl = "https://a.example/rss"\n'
        '[[feeds]]\nurl = "https://b.example/rss"\ncolour = "blue"\n'
    )
    with pytest.raises(FeedListError) as error:
        load_feed_list(path)
    lines = str(error.value).splitlines()
    assert any("entry 1" in line and "http(s)" in line for line in lines)
    assert any("entry 2" in line and "gossip" in line for line in lines)
    assert any("entry 3" in line and "duplicate" in line for line in lines)
    assert any("entry 4" in line and "colour" in line for line in lines)


def test_invalid_toml_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "feeds.toml"
    path.write_text("[[feeds]\nurl=")
    with pytest.raises(FeedListError, match="not valid TOML"):
        load_feed_list(path)


def test_rss_items_keep_links_dates_and_drop_non_http_links() -> None:
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
    <item><title>One</title><link>/a/1</link><guid>g1</guid><pubDate>Mon, 17 Nov 2025 08:30:00 GMT</pubDate>
      <description>&lt;p&gt;Ministers &lt;b&gt;met&lt;/b&gt;.&lt;/p&gt;</description></item>
    <item><title>Local</title><link>file:///etc/passwd</link></item>
    </channel></rss>"""
    feed = parse_feed(rss, "https://news.example/rss")
    assert feed.malformed is None
    assert [i.link for i in feed.items] == ["https://news.example/a/1"]
    assert feed.items[0].published == "2025-11-17T08:30:00+00:00"
    assert feed.items[0].key("https://news.example/rss") != feed.items[0].key("https://other.example/rss")
    assert len(feed.skipped) == 1 and "not http(s)" in feed.skipped[0]


def test_real_world_feed_files_parse_and_malformed_ones_are_flagged(real_feeds: tuple[Path, list[dict]]) -> None:
    folder, entries = real_feeds
    flagged: list[str] = []
    missed: list[str] = []
    for entry in entries:
        headers = {k.lower(): v for k, v in (entry.get("emulated_http_headers") or {}).items()}
        feed = parse_feed((folder / entry["file"]).read_bytes(), f"http://127.0.0.1/{entry['file']}",
                          headers.get("content-type"))
        if entry["expect_bozo"]:
            (flagged if feed.malformed else missed).append(entry["file"])
        elif entry["group"].startswith("wellformed"):
            assert feed.malformed is None, entry["file"]
    assert len(flagged) == 17 and missed == [], missed


def test_feeds_are_added_and_removed_keeping_the_rest_of_the_file(tmp_path: Path) -> None:
    from newswatch.flows.feeds import add_feed, remove_feed

    path = tmp_path / "feeds.toml"
    original = '# my feeds\n[[feeds]]\nname = "A"\nurl = "https://a.example/rss"  # the first\n'
    path.write_text(original)
    spec = add_feed(path, {"url": "https://b.example/rss", "name": 'B "quoted"', "tier": "regional",
                           "language": "fr", "interval_minutes": 15})
    assert spec.interval_minutes == 15
    assert [f.name for f in load_feed_list(path)] == ["A", 'B "quoted"']
    with pytest.raises(FeedListError, match="already"):
        add_feed(path, {"url": "https://b.example/rss"})
    with pytest.raises(FeedListError, match="interval_minutes"):
        add_feed(path, {"url": "https://c.example/rss", "interval_minutes": 0})
    assert [f.url for f in remove_feed(path, 'B "quoted"')] == ["https://b.example/rss"]
    assert path.read_text() == original
    with pytest.raises(FeedListError, match="no feed"):
        remove_feed(path, "https://z.example/rss")


@pytest.mark.parametrize("url", ["https://news.example .com/feed", "https:///feed", " https://news.example.com/",
                                 "ftp://news.example.com/feed", "https://news_example.com/feed"])
def test_a_feed_url_must_have_a_real_host(tmp_path: Path, url: str) -> None:
    path = tmp_path / "feeds.toml"
    with pytest.raises(FeedListError, match="valid host"):
        add_feed(path, {"url": url})
    assert not path.exists() or url not in path.read_text()


def test_international_and_numeric_hosts_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "feeds.toml"
    for url in ("https://bücher.example/rss", "http://127.0.0.1:8080/feed.xml", "http://[::1]:8080/feed.xml"):
        assert add_feed(path, {"url": url}).url == url
