"""clean_html on hand-made pages: what stays in the body, where metadata comes from, failures."""

from __future__ import annotations

import json
import socket

import pytest

from newswatch.flows.clean import CleaningError, clean_html

PARAGRAPHS = [
    "The foreign minister met her Kenyan counterpart in Nairobi on Tuesday to discuss a new "
    "trade agreement covering agricultural exports and port investments.",
    "Officials from both delegations said the talks had been constructive and that a second "
    "round would follow in Berlin before the end of the year.",
    "According to the ministry, the two ministers also agreed to set up a joint working group "
    "on renewable energy, with a first meeting planned for the spring.",
    "Opposition politicians criticised the visit, arguing that the government had not "
    "disclosed the cost of the delegation or the names of the business leaders travelling along.",
]
HEADLINE = "Foreign minister meets Kenyan counterpart in Nairobi"


def article_page(*, json_ld: dict | None = None, head: str = "", extra_body: str = "") -> str:
    ld = f'<script type="application/ld+json">{json.dumps(json_ld)}</script>' if json_ld else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html><html lang="en-GB"><head>
<title>{HEADLINE} | The Daily Example</title>{head}{ld}
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
<article><h1>{HEADLINE}</h1>
<p class="byline">By Jane Doe</p>
{paragraphs}
<p>Read more: Kenya signs port deal with Gulf investors</p>
<p>Sign up for our Morning Briefing newsletter to get the news in your inbox.</p>
{extra_body}
</article>
<section id="comments"><h2>Comments</h2>
<p>First! Great article, thanks for sharing this.</p></section>
<footer>© 2024 The Daily Example. All rights reserved.</footer>
</body></html>"""


def test_body_keeps_the_article_and_drops_headline_teasers_and_calls_to_action() -> None:
    page = clean_html(article_page(), "https://news.example.org/world/1")
    assert page.body is not None
    for paragraph in PARAGRAPHS:
        assert paragraph in page.body
    assert HEADLINE not in page.body
    assert "Read more" not in page.body
    assert "newsletter" not in page.body
    assert "First! Great article" not in page.body


def test_metadata_prefers_the_declared_schema_org_values() -> None:
    json_ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "The Daily Example"},
            {
                "@type": "NewsArticle",
                "headline": "Minister &amp; counterpart meet in Nairobi",
                "datePublished": "2024-03-05T22:30:00-05:00",
                "author": [
                    {"@type": "Person", "name": "Jane Doe and John Roe"},
                    {"@type": "Organization", "name": "Wire"},
                ],
            },
        ],
    }
    head = '<link rel="canonical" href="/world/minister-meets-counterpart">'
    page = clean_html(
        article_page(json_ld=json_ld, head=head), "https://news.example.org/world/1?utm=x"
    )
    assert page.title == "Minister & counterpart meet in Nairobi"
    assert page.date == "2024-03-05"
    assert page.authors == ["Jane Doe", "John Roe"]
    assert page.language == "en"
    assert page.canonical_url == "https://news.example.org/world/minister-meets-counterpart"


def test_title_without_schema_org_drops_the_site_suffix() -> None:
    head = f'<meta property="og:title" content="{HEADLINE} - The Daily Example">'
    assert clean_html(article_page(head=head)).title == HEADLINE
    assert clean_html(article_page()).title == HEADLINE


def test_og_url_is_the_canonical_fallback() -> None:
    head = '<meta property="og:url" content="https://news.example.org/a/1">'
    assert clean_html(article_page(head=head)).canonical_url == "https://news.example.org/a/1"
    assert clean_html(article_page()).canonical_url is None


def test_date_and_authors_fall_back_to_trafilatura() -> None:
    head = (
        '<meta property="article:published_time" content="2023-11-15T17:00:00+00:00">'
        '<meta name="author" content="Jane Doe; John Roe">'
    )
    page = clean_html(article_page(head=head))
    assert page.date == "2023-11-15"
    assert page.authors == ["Jane Doe", "John Roe"]


def test_bytes_are_decoded_from_the_meta_charset() -> None:
    html = article_page(
        head='<meta charset="iso-8859-1">', extra_body="<p>Le café où s'est tenue la réunion.</p>"
    )
    page = clean_html(html.encode("latin-1"))
    assert "Le café où s'est tenue la réunion." in (page.body or "")


def test_script_rendered_page_falls_back_to_the_declared_article_body() -> None:
    json_ld = {"@type": "NewsArticle", "headline": HEADLINE, "articleBody": "\n".join(PARAGRAPHS)}
    html = (
        f'<html><head><script type="application/ld+json">{json.dumps(json_ld)}</script></head>'
        '<body><div id="app"></div><script>render()</script></body></html>'
    )
    page = clean_html(html)
    assert all(paragraph in (page.body or "") for paragraph in PARAGRAPHS)
    assert page.title == HEADLINE


def test_broken_markup_is_tolerated() -> None:
    html = (
        article_page().replace("</p>", "").replace("</article>", "<div><span>")[: -len("</html>")]
    )
    page = clean_html(html)
    assert PARAGRAPHS[0] in (page.body or "")


@pytest.mark.parametrize(
    "html",
    [
        "",
        b"",
        "   ",
        b"\x00\x01\x02\xff" * 100,
        "<html><body></body></html>",
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
    ],
)
def test_nothing_usable_raises_cleaning_error(html: str | bytes) -> None:
    with pytest.raises(CleaningError):
        clean_html(html, "https://news.example.org/empty")


def test_cleaning_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access during cleaning")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    assert clean_html(article_page(), "https://news.example.org/world/1").body
