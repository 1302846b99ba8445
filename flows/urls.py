"""Canonical article URLs: one story, one key, however the link was decorated."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that track the reader rather than identify the page.
TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_", "oly_")
TRACKING_PARAMS = {
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mkt_tok",
    "ocid", "cmpid", "smid", "ref", "ref_src", "ref_url", "src", "at_medium", "at_campaign",
    "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "spm", "share", "s_cid",
    "dm_source", "cmp", "_gl",  # publisher tags found by benchmarks/dependencies.py beside courlan
}


def canonical_url(url: str, declared: str | None = None) -> str:
    """The page's declared canonical URL when it is a usable http(s) URL, else ``url``; either way
    without fragment, tracking parameters, default port or case differences in scheme and host."""
    if declared:
        candidate = urljoin(url, declared.strip())
        if urlsplit(candidate).scheme in ("http", "https") and urlsplit(candidate).netloc:
            url = candidate
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if ":" in host:  # an IPv6 literal keeps its brackets, or the port would read as part of it
        host = f"[{host}]"
    port = parts.port
    if port and not ((parts.scheme == "http" and port == 80) or (parts.scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(TRACKING_PREFIXES) and k.lower() not in TRACKING_PARAMS
    ]
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", urlencode(query), ""))


def article_id(url: str) -> str:
    return hashlib.sha256(url.encode()).hexdigest()[:16]
