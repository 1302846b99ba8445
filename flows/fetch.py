"""Fetch pages and feeds from the open web without letting the web reach back inside.

A :class:`Fetcher` follows redirects itself so that every hop passes the same checks: http(s)
only, and a host whose addresses are all public (no loopback, private, link-local, multicast,
reserved or cloud-metadata address) unless ``settings.allow_private_hosts`` names it. The address
is checked twice: once when the name is resolved, for a clear error, and again on the socket
actually connected, so a name that re-resolves to a private address between the two (DNS
rebinding) is still refused before a request byte is sent.

Bodies are streamed and cut off at ``settings.fetch_max_bytes`` of *decoded* bytes (a gzip bomb
stops there), and a watchdog closes the socket at an overall deadline, so a server that drips
one byte a second cannot hold a worker past it.

Left out: proxies from the environment are ignored (``trust_env=False``) because a proxy would
connect on our behalf where these checks cannot see; and connections are not kept alive between
requests, because the deadline watchdog needs a fresh socket per request.
"""

from __future__ import annotations

import codecs
import ipaddress
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from types import TracebackType
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
from charset_normalizer import from_bytes

from newswatch.errors import NewswatchError
from newswatch.settings import Settings

HTML_TYPES = ("text/html", "application/xhtml+xml")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CLOUD_METADATA = frozenset(
    {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_SNIFF_BYTES = 4096
# Labels servers use by default; a body that is valid UTF-8 under one of them was mislabelled.
_LEGACY_DEFAULTS = frozenset(
    {"iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252", "ascii", "us-ascii"}
)


class FetchError(NewswatchError):
    """A URL could not be fetched; the message says why."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{reason}: {url}")
        self.url = url
        self.reason = reason


class Refused(FetchError):
    """Not fetched for safety: a scheme other than http(s), or a non-public address."""


class Unreachable(FetchError):
    """The host's name does not resolve, or it refuses or drops the connection."""


class TooLarge(FetchError):
    """The body exceeded ``settings.fetch_max_bytes``."""


class Timeout(FetchError):
    """Connecting or reading timed out, or the whole fetch ran past its deadline."""


class BadContentType(FetchError):
    """The response's media type is not one the caller accepts."""


class TooManyRedirects(FetchError):
    """More redirects than ``settings.fetch_max_redirects``, or a redirect loop."""


class HTTPStatusError(FetchError):
    """The server answered with an error status (400 or above)."""

    def __init__(self, url: str, status: int) -> None:
        super().__init__(url, f"HTTP {status}")
        self.status = status


def _reason(err: httpx.HTTPError) -> str:
    """"connection refused", "network unreachable"…: the socket error under httpx's."""
    cause = err.__cause__ or err.__context__
    while cause is not None and not isinstance(cause, OSError):
        cause = cause.__cause__ or cause.__context__
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror.lower()
    return str(err) or type(err).__name__


@dataclass(frozen=True)
class FetchResult:
    url: str
    status: int
    headers: dict[str, str]
    content: bytes
    text: str
    content_type: str | None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


class Fetcher:
    """One HTTP client for a process or flow run; use as a context manager or call close()."""

    def __init__(self, settings: Settings) -> None:
        self._max_bytes = settings.fetch_max_bytes
        self._max_redirects = settings.fetch_max_redirects
        self._deadline_seconds = settings.fetch_deadline_seconds
        self._allowed_private = {_bare_host(h) for h in settings.allow_private_hosts}
        self._client = httpx.Client(
            headers={"User-Agent": settings.user_agent},
            timeout=httpx.Timeout(settings.fetch_timeout_seconds),
            follow_redirects=False,
            trust_env=False,
            limits=httpx.Limits(max_keepalive_connections=0),
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(
        self,
        url: str,
        *,
        accept: str = "text/html,application/xhtml+xml",
        allowed_types: tuple[str, ...] = HTML_TYPES,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> FetchResult:
        """GET ``url``, following redirects, and return the decoded body.

        ``etag``/``last_modified`` from an earlier fetch make the request conditional; an
        unchanged resource comes back with ``not_modified=True`` and no content. Raises a
        :class:`FetchError` subclass for anything but a successful response of an allowed type.
        """
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        deadline = time.monotonic() + self._deadline_seconds
        seen: list[str] = []
        while True:
            self._check_target(url)
            seen.append(url)
            with self._watchdog(url, deadline) as extensions:
                result = self._get_once(url, headers, allowed_types, extensions, deadline)
            if isinstance(result, FetchResult):
                return result
            url = self._next_hop(url, result, seen)

    def _get_once(
        self,
        url: str,
        headers: dict[str, str],
        allowed_types: tuple[str, ...],
        extensions: dict[str, Any],
        deadline: float,
    ) -> FetchResult | str:
        """One request: a result, or the Location of a redirect to follow."""
        try:
            request = self._client.build_request("GET", url, headers=headers, extensions=extensions)
            response = self._client.send(request, stream=True)
            try:
                if response.status_code in _REDIRECTS and "location" in response.headers:
                    return response.headers["location"]
                if response.status_code == 304:
                    return _result(response, b"", not_modified=True)
                if response.status_code >= 400:
                    raise HTTPStatusError(url, response.status_code)
                _check_type(url, response, allowed_types)
                return _result(response, self._read(url, response, deadline))
            finally:
                response.close()
        except httpx.TimeoutException as err:
            raise Timeout(url, f"timed out ({type(err).__name__})") from err
        except httpx.HTTPError as err:
            if time.monotonic() >= deadline:
                raise Timeout(url, "deadline passed") from err
            if isinstance(err, httpx.ConnectError):
                raise Unreachable(url, f"connection failed ({_reason(err)})") from err
            raise FetchError(url, f"request failed ({type(err).__name__}: {err})") from err

    def _read(self, url: str, response: httpx.Response, deadline: float) -> bytes:
        declared = response.headers.get("content-length", "")
        if (
            declared.isdigit()
            and int(declared) > self._max_bytes
            and "content-encoding" not in response.headers
        ):
            raise TooLarge(url, f"Content-Length {declared} exceeds {self._max_bytes} bytes")
        chunks, size = [], 0
        # iter_bytes yields decompressed data, so the limit holds for gzip bombs too.
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self._max_bytes:
                raise TooLarge(url, f"body exceeds {self._max_bytes} bytes")
            if time.monotonic() >= deadline:
                raise Timeout(url, "deadline passed while reading the body")
            chunks.append(chunk)
        return b"".join(chunks)

    def _next_hop(self, url: str, location: str, seen: list[str]) -> str:
        target = urljoin(url, location.strip())
        if target in seen:
            raise TooManyRedirects(url, f"redirect loop back to {target}")
        if len(seen) > self._max_redirects:
            raise TooManyRedirects(url, f"more than {self._max_redirects} redirects")
        return target

    def check(self, url: str) -> None:
        """Raise :class:`Refused` (or :class:`FetchError` if the name does not resolve) for a URL
        that :meth:`get` would refuse, without sending anything."""
        self._check_target(url)

    def _check_target(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise Refused(url, f"scheme {parts.scheme or '(none)'!r} is not http or https")
        host = _bare_host(parts.hostname or "")
        if not host:
            raise Refused(url, "no host")
        if host in self._allowed_private:
            return
        try:
            addresses = _resolve(host, parts.port or (443 if parts.scheme == "https" else 80))
        except (OSError, ValueError, UnicodeError) as err:
            raise Unreachable(url, f"DNS: cannot resolve {host!r} ({err})") from err
        for address in addresses:
            self._check_address(url, address)

    def _check_address(self, url: str, address: str) -> None:
        if _bare_host(address) in self._allowed_private:
            return
        reason = _non_public_reason(ipaddress.ip_address(address.split("%")[0]))
        if reason:
            raise Refused(url, f"address {address} is {reason}")

    @contextmanager
    def _watchdog(self, url: str, deadline: float) -> Iterator[dict[str, Any]]:
        """Request extensions that vet the connected peer and close its socket at the deadline."""
        sockets: list[socket.socket] = []

        def on_event(name: str, info: dict[str, Any]) -> None:
            if name == "connection.connect_tcp.complete":
                stream = info["return_value"]
                peer = stream.get_extra_info("server_addr")
                sockets.append(stream.get_extra_info("socket"))
                host = _bare_host(urlsplit(url).hostname or "")
                if host not in self._allowed_private:
                    self._check_address(url, peer[0])

        def expire() -> None:
            for sock in sockets:
                # shutdown (not close) wakes a thread blocked in recv on this socket.
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

        timer = threading.Timer(max(0.0, deadline - time.monotonic()), expire)
        timer.daemon = True
        timer.start()
        try:
            yield {"trace": on_event}
        finally:
            timer.cancel()


def _resolve(host: str, port: int) -> list[str]:
    return [info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)]


def _bare_host(host: str) -> str:
    return host.strip().strip("[]").rstrip(".").lower()


def _non_public_reason(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if address in _CLOUD_METADATA:
        return "a cloud metadata service"
    for label, flag in (
        ("loopback", address.is_loopback),
        ("private", address.is_private),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("reserved", address.is_reserved),
        ("unspecified", address.is_unspecified),
        ("not globally routable", not address.is_global),
    ):
        if flag:
            return label
    return None


def _check_type(url: str, response: httpx.Response, allowed_types: tuple[str, ...]) -> None:
    media_type = _media_type(response)
    if media_type not in {t.lower() for t in allowed_types}:
        raise BadContentType(
            url, f"content type {media_type or '(none)'!r} not in {list(allowed_types)}"
        )


def _media_type(response: httpx.Response) -> str:
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def _result(response: httpx.Response, content: bytes, *, not_modified: bool = False) -> FetchResult:
    return FetchResult(
        url=str(response.request.url),
        status=response.status_code,
        headers=dict(response.headers.items()),
        content=content,
        text=decode(content, response.charset_encoding),
        content_type=_media_type(response) or None,
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
        not_modified=not_modified,
    )


def decode(content: bytes, declared: str | None) -> str:
    """Decode a body: BOM, the declared charset if the bytes fit it, <meta>, UTF-8, then a guess.

    A legacy default label (ISO-8859-1, windows-1252, ASCII) on a body that is valid UTF-8 is
    taken for a server default rather than the truth. Never raises.
    """
    if not content:
        return ""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if content.startswith(bom):
            return content.decode(encoding, errors="replace")
    candidates = [declared, _meta_charset(content), "utf-8"]
    if declared and declared.lower() in _LEGACY_DEFAULTS:
        candidates.insert(0, "utf-8")
    for encoding in candidates:
        text = _try_decode(content, encoding)
        if text is not None:
            return text
    return content.decode(_guess_encoding(content), errors="replace")


def _guess_encoding(content: bytes) -> str:
    matches = from_bytes(content[: _SNIFF_BYTES * 16])
    best = matches.best()
    if best is None:
        return "utf-8"
    # Single-byte code pages often tie on short texts; windows-1252, the web's default for
    # unlabelled pages, wins a tie.
    for match in matches:
        if match.chaos <= best.chaos and "cp1252" in match.could_be_from_charset:
            return "cp1252"
    return best.encoding


def _meta_charset(content: bytes) -> str | None:
    match = _META_CHARSET.search(content[:_SNIFF_BYTES])
    return match.group(1).decode("ascii", errors="ignore") if match else None


def _try_decode(content: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return content.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None
