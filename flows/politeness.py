"""Being a good guest on other people's servers: robots.txt, per-host concurrency and delay.

A :class:`PoliteFetcher` wraps the safe :class:`~newswatch.flows.fetch.Fetcher`. Before a request
it asks the host's robots.txt (fetched once per host and cached, read for our User-Agent), then
waits for a slot of that host: at most ``settings.per_host_concurrency`` requests to one host at
once, and ``settings.per_host_delay_seconds`` (or the host's Crawl-delay, if longer, up to
``settings.max_crawl_delay_seconds``) between the starts of two of them.

The host gates and robots cache are per process, not per fetcher, so the concurrent poll tasks of
one flow run share them. They are not shared between processes: ``newswatch serve-ingest`` runs
one flow run at a time, so one process is all that polls.

robots.txt follows RFC 9309: a 4xx answer (no robots.txt) allows everything; a 5xx answer or an
unreachable server disallows everything until the cache entry expires, because the server may be
asking crawlers to back off.
"""

from __future__ import annotations

import logging
import threading
import time
import urllib.robotparser
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

from newswatch.flows.fetch import BadContentType, Fetcher, FetchError, FetchResult, HTTPStatusError, TooLarge
from newswatch.settings import Settings

log = logging.getLogger(__name__)


class RobotsDisallowed(FetchError):
    """robots.txt of the host does not allow our User-Agent to fetch this URL."""


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class HostGates:
    """Per-host limits on concurrent requests and on the time between their starts."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self._concurrency = concurrency
        self._delay = delay
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}

    def ready_at(self, url: str) -> float:
        """The monotonic time at which a request to ``url``'s host could start, at the earliest."""
        with self._lock:
            return max(time.monotonic(), self._next_start.get(_origin(url), 0.0))

    @contextmanager
    def slot(self, url: str, min_delay: float = 0.0) -> Iterator[None]:
        host = _origin(url)
        with self._lock:
            semaphore = self._slots.setdefault(host, threading.BoundedSemaphore(self._concurrency))
        with semaphore:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start.get(host, now))
                self._next_start[host] = start + max(self._delay, min_delay)
            if start > now:
                time.sleep(start - now)
            yield


@dataclass(frozen=True)
class _Robots:
    parser: urllib.robotparser.RobotFileParser | None  # None: everything disallowed
    reason: str
    expires: float
    error: FetchError | None = None  # why robots.txt could not be read


class RobotsCache:
    """robots.txt per origin (scheme, host, port), fetched on first use and kept for a while."""

    def __init__(self, user_agent: str, ttl: float, max_crawl_delay: float) -> None:
        # robots.txt groups name a product token ("newswatch"), not the full User-Agent header.
        self._agent = user_agent.split("/")[0].strip()
        self._ttl = ttl
        self._max_crawl_delay = max_crawl_delay
        self._lock = threading.Lock()
        self._origin_locks: dict[str, threading.Lock] = {}
        self._entries: dict[str, _Robots] = {}

    def check(self, url: str, fetch) -> float:
        """Raise :class:`RobotsDisallowed` if ``url`` may not be fetched; else the Crawl-delay (s).

        ``fetch(robots_url)`` fetches robots.txt (through the host gate) when it is not cached.
        """
        entry = self._entry(_origin(url), fetch)
        if entry.parser is None and entry.error is not None and not isinstance(entry.error, HTTPStatusError):
            # The host itself is down (refused, unknown, timing out): say that, not "robots.txt".
            raise type(entry.error)(url, f"{entry.error.reason} (reading robots.txt first)")
        if entry.parser is None:
            raise RobotsDisallowed(url, f"robots.txt {entry.reason}: the host is not crawled for now")
        if not entry.parser.can_fetch(self._agent, url):
            raise RobotsDisallowed(url, "disallowed by robots.txt")
        delay = entry.parser.crawl_delay(self._agent)
        return min(float(delay), self._max_crawl_delay) if delay else 0.0

    def _entry(self, origin: str, fetch) -> _Robots:
        with self._lock:
            origin_lock = self._origin_locks.setdefault(origin, threading.Lock())
        with origin_lock:  # one fetch of robots.txt per origin, however many threads ask
            entry = self._entries.get(origin)
            if entry is None or entry.expires < time.monotonic():
                entry = self._load(origin, fetch)
                self._entries[origin] = entry
            return entry

    def _load(self, origin: str, fetch) -> _Robots:
        expires = time.monotonic() + self._ttl
        robots_url = f"{origin}/robots.txt"
        parser = urllib.robotparser.RobotFileParser(robots_url)
        try:
            result: FetchResult = fetch(robots_url)
        except HTTPStatusError as err:
            if err.status < 500:
                parser.parse([])
                return _Robots(parser, f"HTTP {err.status}: everything allowed", expires)
            log.warning("robots unavailable url=%s http_status=%s crawl=skipped", robots_url, err.status)
            return _Robots(None, f"answered HTTP {err.status}", expires)
        except (BadContentType, TooLarge) as err:
            # Not a robots.txt (an HTML error page, say): there are no rules to follow.
            parser.parse([])
            return _Robots(parser, f"unusable ({err.reason}): everything allowed", expires)
        except FetchError as err:
            log.warning("robots unreachable url=%s reason=%r crawl=skipped", robots_url, err.reason)
            return _Robots(None, f"unreachable ({err.reason})", expires, err)
        parser.parse(result.text.splitlines())
        return _Robots(parser, "read", expires)


_gates: dict[tuple[int, float], HostGates] = {}
_robots: dict[tuple[str, float, float], RobotsCache] = {}
_registry_lock = threading.Lock()


def _shared(settings: Settings) -> tuple[HostGates, RobotsCache]:
    gate_key = (settings.per_host_concurrency, settings.per_host_delay_seconds)
    robots_key = (settings.user_agent, settings.robots_cache_seconds, settings.max_crawl_delay_seconds)
    with _registry_lock:
        gates = _gates.setdefault(gate_key, HostGates(*gate_key))
        robots = _robots.setdefault(robots_key, RobotsCache(*robots_key))
    return gates, robots


class PoliteFetcher:
    """A :class:`Fetcher` that asks robots.txt first and waits its turn for the host."""

    def __init__(self, settings: Settings) -> None:
        self._fetcher = Fetcher(settings)
        self._respect_robots = settings.respect_robots_txt
        self._gates, self._robots = _shared(settings)

    def get(self, url: str, **kwargs) -> FetchResult:
        """As :meth:`Fetcher.get`; also raises :class:`RobotsDisallowed`."""
        # Refused addresses and schemes first: their robots.txt is not to be fetched either.
        self._fetcher.check(url)
        crawl_delay = 0.0
        if self._respect_robots:
            crawl_delay = self._robots.check(url, self._get_robots)
        with self._gates.slot(url, crawl_delay):
            return self._fetcher.get(url, **kwargs)

    def ready_at(self, url: str) -> float:
        """When a fetch of ``url`` could start (time.monotonic()), given the host's delays."""
        return self._gates.ready_at(url)

    def _get_robots(self, robots_url: str) -> FetchResult:
        with self._gates.slot(robots_url):
            return self._fetcher.get(robots_url, accept="text/plain", allowed_types=("text/plain",))

    def close(self) -> None:
        self._fetcher.close()

    def __enter__(self) -> PoliteFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
