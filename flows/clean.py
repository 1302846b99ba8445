"""Turn a fetched article page into its body text and metadata, offline, with trafilatura.

trafilatura runs in precision mode without comments, then the text goes through a small line
filter for the boilerplate precision mode still lets through (the headline repeated as the first
line, calls to action such as "Sign up for our newsletter", "Read more: …" link teasers). The
options and filters were chosen by measurement on the article-extraction benchmark
(``benchmarks/aeb.py``); re-run it after any change here.

Nothing here touches the network: trafilatura and htmldate only read the given markup.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from copy import copy
from dataclasses import dataclass, field
from html import unescape
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.metadata import extract_metadata
from trafilatura.settings import Document
from trafilatura.utils import load_html

from newswatch.errors import NewswatchError

# Below this many characters a precision-mode body is more likely a missed article than a short
# one (e.g. only a reprint notice survived), so the balanced mode gets a second try.
_SHORT_BODY_CHARS = 500
# ...and its result (or else the page's declared articleBody) is kept only when clearly longer,
# as trafilatura's own recall retry does.
_RETRY_ACCEPT_RATIO = 1.5
# Fewer words than this is a menu, a label or an error message, not an article.
_MIN_BODY_WORDS = 10

_ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "Report",
        "ScholarlyArticle",
        "TechArticle",
    }
)

_WORD = re.compile(r"\w+")
_NAME_JOINER = re.compile(r"\s+(?:and|&)\s+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:$|[T ])")
_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"'})
# "Headline | Section | Site", "Headline - Site": the part after the last separator is dropped
# only when it is short, so a dash inside the headline itself survives.
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,40}$")
_MIN_TITLE_CHARS = 15

# Lines that introduce a link to another page rather than carry article text.
_TEASER_PREFIX = re.compile(
    r"^(?:read|see|watch|listen|view|related|also read|also on|more|recommended|"
    r"don'?t miss|must read|trending|top stories|(?:read|see|watch) (?:more|also|next))"
    r"(?: on \S+)?\s*[:|]",
    re.IGNORECASE,
)
# Calls to action; a line is dropped only when it is short enough to be nothing else. Signing
# up counts only with a newsletter/inbox in sight: deal and how-to articles say "sign up for".
_CALL_TO_ACTION = re.compile(
    r"\b(?:(?:sign up|subscribe)\b.*\b(?:newsletters?|inbox|alerts)\b|"
    r"newsletters?\b.*\binbox|"
    r"follow (?:us|him|her|them|me|@\w+)\b.*\b(?:on|at) (?:twitter|facebook|instagram|x)\b|"
    r"share (?:this|it) (?:story|article|with)|like this story|tell us what you think|"
    r"download (?:our|the) app|all rights reserved|copyright ©|this copy is for your personal)",
    re.IGNORECASE,
)
_CALL_TO_ACTION_MAX_CHARS = 300
# Section labels standing alone on a line, as _words() spells them.
_LABELS = frozenset(
    {
        "advertisement",
        "tags",
        "share",
        "share this",
        "comments",
        "related",
        "related articles",
        "read more",
        "dont miss",
        "more",
        "most read",
        "recommended",
        "trending",
    }
)


class CleaningError(NewswatchError):
    """The page yielded no article text (empty, not HTML, or all boilerplate)."""


@dataclass(frozen=True)
class CleanedPage:
    body: str | None
    title: str | None
    authors: list[str] = field(default_factory=list)
    date: str | None = None
    language: str | None = None
    sitename: str | None = None
    canonical_url: str | None = None


def clean_html(html: str | bytes, url: str | None = None) -> CleanedPage:
    """Extract body text and metadata from one article page.

    ``url`` is the address the page was fetched from; it resolves relative canonical links.
    Raises :class:`CleaningError` when no body text remains; never anything else on bad markup.
    """
    tree = _parse(html, url)
    structured = list(_json_ld_articles(tree))
    document = _extract(tree, url)
    title = _title(tree, structured, document)
    body = _filter_body(document.text or "", [title, document.title, *_h1_texts(tree)])
    if len(body) < _SHORT_BODY_CHARS:
        body = _longer(body, _declared_body(structured))
    if len(_WORD.findall(body)) < _MIN_BODY_WORDS:
        raise CleaningError(f"no article text found in {url or 'page'} ({body[:80]!r})")
    return CleanedPage(
        body=body,
        title=title,
        authors=_authors(structured, document.author),
        date=_date(structured, document.date),
        language=_language(tree),
        sitename=document.sitename or None,
        canonical_url=_canonical_url(tree, url),
    )


def _parse(html: str | bytes, url: str | None) -> HtmlElement:
    if not html or not (html.strip() if isinstance(html, str) else html.strip()):
        raise CleaningError(f"empty page {url or ''}".strip())
    # load_html decodes bytes by header/meta sniffing and tolerates broken markup.
    try:
        tree = load_html(html)
    except (TypeError, ValueError) as err:
        raise CleaningError(f"unparseable page {url or ''}: {err}") from err
    if tree is None:
        raise CleaningError(f"not HTML: {url or 'page'}")
    return tree


def _extract(tree: HtmlElement, url: str | None) -> Document:
    document = _run_trafilatura(tree, url, favor_precision=True)
    text = document.text or "" if document else ""
    if len(text) < _SHORT_BODY_CHARS:
        retry = _run_trafilatura(tree, url, favor_precision=False)
        if retry is not None and len(retry.text or "") > _RETRY_ACCEPT_RATIO * len(text):
            return retry
    # trafilatura drops the metadata along with a page it finds no text in; keep it for the
    # articleBody fallback.
    return document or extract_metadata(copy(tree), url)


def _longer(extracted: str, declared: str) -> str:
    return declared if len(declared) > _RETRY_ACCEPT_RATIO * len(extracted) else extracted


def _declared_body(structured: list[dict]) -> str:
    # Script-rendered pages can carry the text only in their schema.org articleBody.
    for item in structured:
        body = item.get("articleBody")
        if isinstance(body, str) and body.strip():
            return "\n".join(_tidy(line) for line in unescape(body).splitlines() if line.strip())
    return ""


def _run_trafilatura(
    tree: HtmlElement, url: str | None, *, favor_precision: bool
) -> Document | None:
    # bare_extraction copies a tree it is given, so one parse serves both runs and our own reads.
    document = bare_extraction(
        tree,
        url=url,
        favor_precision=favor_precision,
        include_comments=False,
        with_metadata=True,
    )
    return document if isinstance(document, Document) else None


def _filter_body(text: str, titles: Iterable[str | None]) -> str:
    headlines = {_words(t) for t in titles if t}
    lines = [line.strip() for line in text.splitlines()]
    while lines and (not lines[0] or _words(lines[0]) in headlines):
        lines.pop(0)
    kept = [line for line in lines if line and not _is_boilerplate(line)]
    return "\n".join(kept)


def _is_boilerplate(line: str) -> bool:
    if _words(line) in _LABELS:
        return True
    if _TEASER_PREFIX.match(line.translate(_QUOTES)):
        return True
    return len(line) <= _CALL_TO_ACTION_MAX_CHARS and bool(
        _CALL_TO_ACTION.search(line.translate(_QUOTES))
    )


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.translate(_QUOTES).replace("'", ""))).lower()


def _title(tree: HtmlElement, structured: list[dict], document: Document) -> str | None:
    # The schema.org headline is what the publisher declares the headline to be; og:title and
    # <title> are often rewritten for social media or search engines.
    for item in structured:
        headline = item.get("headline")
        if isinstance(headline, str) and _tidy(headline):
            return _tidy(headline)
    for candidate in (_meta(tree, "og:title"), _meta(tree, "twitter:title"), document.title):
        if candidate:
            return _strip_site_suffix(_tidy(candidate))
    return next(_h1_texts(tree), None)


def _strip_site_suffix(title: str) -> str:
    # Repeated, so "Headline | Section | Site" loses both trailing parts.
    while (match := _SITE_SUFFIX.search(title)) and match.start() >= _MIN_TITLE_CHARS:
        title = title[: match.start()]
    return title


def _tidy(text: str) -> str:
    return _SPACE.sub(" ", unescape(text)).strip()


def _h1_texts(tree: HtmlElement) -> Iterator[str]:
    for h1 in tree.iter("h1"):
        text = _tidy(h1.text_content())
        if text:
            yield text


def _meta(tree: HtmlElement, name: str) -> str | None:
    for element in tree.iterfind(".//meta[@content]"):
        if name in (element.get("property"), element.get("name")):
            return element.get("content")
    return None


def _json_ld_articles(tree: HtmlElement) -> Iterator[dict]:
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        yield from _article_nodes(data)


def _article_nodes(data: object) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _article_nodes(item)
    elif isinstance(data, dict):
        types = data.get("@type")
        types = types if isinstance(types, list) else [types]
        if any(t in _ARTICLE_TYPES for t in types if isinstance(t, str)):
            yield data
        yield from _article_nodes(data.get("@graph", []))
        yield from _article_nodes(data.get("mainEntity", []))


def _date(structured: list[dict], extracted: str | None) -> str | None:
    # htmldate prefers the page's visible or meta dates, which on updated articles and live blogs
    # is often the last update; the schema.org datePublished is the first publication.
    for item in structured:
        published = item.get("datePublished")
        if isinstance(published, str) and _ISO_DATE.match(published.strip()):
            return published.strip()[:10]
    return extracted[:10] if extracted else None


def _authors(structured: list[dict], trafilatura_authors: str | None) -> list[str]:
    for item in structured:
        names = [_person_name(a) for a in _as_list(item.get("author"))]
        names = [n for n in names if n]
        if names:
            return _dedupe(names)
    return _dedupe(_tidy(a) for a in (trafilatura_authors or "").split(";") if a.strip())


def _person_name(author: object) -> str | None:
    if isinstance(author, str):
        return _tidy(author) or None
    if not isinstance(author, dict) or author.get("@type") not in (None, "Person"):
        return None
    name = author.get("name")
    if isinstance(name, str) and _tidy(name):
        return _tidy(name)
    parts = [author.get("givenName"), author.get("familyName")]
    return " ".join(p for p in parts if isinstance(p, str)) or None


def _as_list(value: object) -> list:
    return value if isinstance(value, list) else [value] if value else []


def _dedupe(names: Iterable[str]) -> list[str]:
    # One byline string often holds several people: "A and B", "A & B".
    split = (part.strip() for name in names for part in _NAME_JOINER.split(name))
    return list(dict.fromkeys(n for n in split if n))


def _language(tree: HtmlElement) -> str | None:
    lang = tree.get("lang") or tree.get("xml:lang") or _meta(tree, "og:locale")
    if not lang:
        for element in tree.iterfind(".//meta[@http-equiv]"):
            if element.get("http-equiv", "").lower() == "content-language":
                lang = element.get("content")
                break
    lang = (lang or "").strip().replace("_", "-").split("-")[0].lower()
    return lang if lang.isalpha() and 2 <= len(lang) <= 3 else None


def _canonical_url(tree: HtmlElement, base: str | None) -> str | None:
    candidates = [
        link.get("href")
        for link in tree.iterfind(".//link[@href]")
        if "canonical" in (link.get("rel") or "").lower().split()
    ]
    candidates.append(_meta(tree, "og:url"))
    for href in candidates:
        if not href or not href.strip():
            continue
        absolute = urljoin(base or "", href.strip())
        parts = urlsplit(absolute)
        if parts.scheme in ("http", "https") and parts.netloc:
            return absolute
    return None
