"""The safe fetcher against a hostile-ish HTTP server on 127.0.0.1.

Every route of :class:`_Handler` plays one kind of server: mislabelled charsets, conditional
GET, oversized and gzip-bomb bodies, slow drips, redirect loops, redirects into private space.
Timeouts are tiny so the whole module runs in a few seconds.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newswatch.flows import fetch
from newswatch.flows.fetch import (
    BadContentType,
    Fetcher,
    FetchError,
    HTTPStatusError,
    Refused,
    Timeout,
    TooLarge,
    TooManyRedirects,
    Unreachable,
)
from newswatch.settings import Settings

pytestmark = [pytest.mark.integration, pytest.mark.timeout(30)]

MAX_BYTES = 1_000_000
TIMEOUT = 0.5
DEADLINE = 2 * TIMEOUT
FRENCH = "Le café de la gare ouvre à sept heures ; élève, garçon et mère s'y retrouvent. " * 20
BOMB = gzip.compress(bytes(50_000_000), compresslevel=1)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    routes: dict[str, Callable[[_Handler], None]] = {}

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        route = self.routes.get(self.path.split("?")[0])
        if route is None:
            self.reply(404, b"not found")
        else:
            route(self)

    def reply(
        self, status: int, body: bytes, content_type: str = "text/html", **headers: str
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def _route(path: str) -> Callable[[Callable[[_Handler], None]], Callable[[_Handler], None]]:
    def register(handler: Callable[[_Handler], None]) -> Callable[[_Handler], None]:
        _Handler.routes[path] = handler
        return handler

    return register


@_route("/utf8")
def _utf8(h: _Handler) -> None:
    h.reply(200, f"<html><body><p>{FRENCH}</p></body></html>".encode(), "text/html; charset=utf-8")


@_route("/latin1-meta")
def _latin1_meta(h: _Handler) -> None:
    page = f'<html><head><meta charset="iso-8859-1"></head><body>{FRENCH}</body></html>'
    h.reply(200, page.encode("latin-1"), "text/html")


@_route("/utf8-labelled-latin1")
def _utf8_labelled_latin1(h: _Handler) -> None:
    h.reply(200, f"<html><body>{FRENCH}</body></html>".encode(), "text/html; charset=ISO-8859-1")


@_route("/latin1-labelled-utf8")
def _latin1_labelled_utf8(h: _Handler) -> None:
    h.reply(
        200, f"<html><body>{FRENCH}</body></html>".encode("latin-1"), "text/html; charset=utf-8"
    )


@_route("/unknown-charset")
def _unknown_charset(h: _Handler) -> None:
    h.reply(
        200, b"<html><body>caf\xe9 \xff\xfe</body></html>", "text/html; charset=x-no-such-thing"
    )


@_route("/user-agent")
def _user_agent(h: _Handler) -> None:
    h.reply(200, (h.headers.get("User-Agent") or "").encode(), "text/html")


@_route("/etag")
def _etag(h: _Handler) -> None:
    validators = {"ETag": '"v1"', "Last-Modified": "Mon, 18 Nov 2019 10:00:00 GMT"}
    if (
        h.headers.get("If-None-Match") == '"v1"'
        or h.headers.get("If-Modified-Since") == validators["Last-Modified"]
    ):
        h.send_response(304)
        h.send_header("ETag", '"v1"')
        h.end_headers()
    else:
        h.reply(200, b"<html><body>fresh</body></html>", "text/html", **validators)


@_route("/big-declared")
def _big_declared(h: _Handler) -> None:
    h.reply(200, b"x" * (MAX_BYTES + 1), "text/html")


@_route("/big-streamed")
def _big_streamed(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Connection", "close")
    h.end_headers()
    try:
        for _ in range(20):
            h.wfile.write(b"x" * 100_000)
    except OSError:
        pass


@_route("/gzip-bomb")
def _gzip_bomb(h: _Handler) -> None:
    h.reply(200, BOMB, "text/html", Content_Encoding="gzip")


@_route("/drip-body")
def _drip_body(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "1000")
    h.end_headers()
    _drip(h, b"x" * 1000)


@_route("/drip-headers")
def _drip_headers(h: _Handler) -> None:
    _drip(h, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + b"X-Padding: " + b"y" * 1000)


@_route("/stall")
def _stall(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "10")
    h.end_headers()
    h.wfile.flush()
    time.sleep(3 * TIMEOUT)


@_route("/loop-a")
def _loop_a(h: _Handler) -> None:
    h.redirect("/loop-b")


@_route("/loop-b")
def _loop_b(h: _Handler) -> None:
    h.redirect("/loop-a")


@_route("/redirect-to-loopback-ip")
def _redirect_to_loopback_ip(h: _Handler) -> None:
    h.redirect(f"http://127.0.0.1:{h.server.server_address[1]}/utf8")


@_route("/redirect-to-metadata")
def _redirect_to_metadata(h: _Handler) -> None:
    h.redirect("http://169.254.169.254/latest/meta-data/")


@_route("/redirect-to-file")
def _redirect_to_file(h: _Handler) -> None:
    h.redirect("file:///etc/passwd")


@_route("/redirect-ok")
def _redirect_ok(h: _Handler) -> None:
    h.redirect("/utf8")


@_route("/json")
def _json(h: _Handler) -> None:
    h.reply(200, b'{"a": 1}', "application/json")


@_route("/gone")
def _gone(h: _Handler) -> None:
    h.reply(410, b"gone")


def _drip(h: _Handler, data: bytes) -> None:
    try:
        for byte in data:
            h.wfile.write(bytes([byte]))
            h.wfile.flush()
            time.sleep(TIMEOUT / 5)
    except OSError:
        pass


def _redirect_chain(h: _Handler) -> None:
    step = int(h.path.rsplit("/", 1)[1])
    h.redirect(f"/chain/{step + 1}")


for _step in range(10):
    _Handler.routes[f"/chain/{_step}"] = _redirect_chain


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the fetcher hanging up on a bomb or a drip is the point of those routes


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _settings(allow: list[str]) -> Settings:
    return Settings(
        allow_private_hosts=allow,
        fetch_timeout_seconds=TIMEOUT,
        fetch_deadline_seconds=DEADLINE,
        fetch_max_bytes=MAX_BYTES,
        fetch_max_redirects=3,
    )


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(_settings(["127.0.0.1", "localhost"])) as f:
        yield f


@pytest.mark.parametrize(
    "path", ["/utf8", "/latin1-meta", "/utf8-labelled-latin1", "/latin1-labelled-utf8"]
)
def test_decodes_declared_sniffed_and_mislabelled_charsets(
    fetcher: Fetcher, server: str, path: str
) -> None:
    result = fetcher.get(server + path)
    assert result.status == 200
    assert result.content_type == "text/html"
    assert "Le café de la gare ouvre à sept heures ; élève, garçon et mère" in result.text


def test_unknown_charset_does_not_crash(fetcher: Fetcher, server: str) -> None:
    assert "caf" in fetcher.get(server + "/unknown-charset").text


def test_sends_identifying_user_agent(fetcher: Fetcher, server: str) -> None:
    assert fetcher.get(server + "/user-agent").text == Settings().user_agent


def test_headers_are_lower_case(fetcher: Fetcher, server: str) -> None:
    result = fetcher.get(server + "/etag")
    assert result.headers["content-type"] == "text/html"
    assert result.etag == '"v1"'
    assert result.last_modified == "Mon, 18 Nov 2019 10:00:00 GMT"
    assert not result.not_modified


@pytest.mark.parametrize(
    "validators", [{"etag": '"v1"'}, {"last_modified": "Mon, 18 Nov 2019 10:00:00 GMT"}]
)
def test_conditional_get_returns_not_modified(
    fetcher: Fetcher, server: str, validators: dict[str, str]
) -> None:
    result = fetcher.get(server + "/etag", **validators)
    assert result.not_modified
    assert result.status == 304
    assert result.content == b""


@pytest.mark.parametrize("path", ["/big-declared", "/big-streamed", "/gzip-bomb"])
def test_body_over_the_limit_is_cut_off(fetcher: Fetcher, server: str, path: str) -> None:
    started = time.monotonic()
    with pytest.raises(TooLarge, match=path):
        fetcher.get(server + path)
    assert time.monotonic() - started < DEADLINE


@pytest.mark.parametrize("path", ["/drip-body", "/drip-headers", "/stall"])
def test_slow_server_cannot_outlast_the_deadline(fetcher: Fetcher, server: str, path: str) -> None:
    started = time.monotonic()
    with pytest.raises(Timeout, match=path):
        fetcher.get(server + path)
    assert time.monotonic() - started < DEADLINE + TIMEOUT


def test_follows_a_redirect_and_reports_the_final_url(fetcher: Fetcher, server: str) -> None:
    result = fetcher.get(server + "/redirect-ok")
    assert result.url == server + "/utf8"
    assert "café" in result.text


def test_redirect_loop_is_detected(fetcher: Fetcher, server: str) -> None:
    with pytest.raises(TooManyRedirects, match="loop"):
        fetcher.get(server + "/loop-a")


def test_redirect_chain_longer_than_the_limit(fetcher: Fetcher, server: str) -> None:
    with pytest.raises(TooManyRedirects, match="more than 3"):
        fetcher.get(server + "/chain/0")


def test_redirect_to_a_private_address_is_refused(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    with Fetcher(_settings(["localhost"])) as only_localhost:
        assert only_localhost.get(f"http://localhost:{port}/utf8").status == 200
        with pytest.raises(Refused, match="127.0.0.1.*loopback"):
            only_localhost.get(f"http://localhost:{port}/redirect-to-loopback-ip")


def test_redirect_to_cloud_metadata_is_refused(fetcher: Fetcher, server: str) -> None:
    with pytest.raises(Refused, match="metadata"):
        fetcher.get(server + "/redirect-to-metadata")


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.org/x",
        "data:text/html,<p>x</p>",
        "javascript:alert(1)",
        "gopher://x/",
    ],
)
def test_non_http_schemes_are_refused(fetcher: Fetcher, url: str) -> None:
    with pytest.raises(Refused, match="scheme"):
        fetcher.get(url)


def test_redirect_to_file_scheme_is_refused(fetcher: Fetcher, server: str) -> None:
    with pytest.raises(Refused, match="scheme 'file'"):
        fetcher.get(server + "/redirect-to-file")


def test_content_type_outside_the_allowed_ones_is_refused(fetcher: Fetcher, server: str) -> None:
    with pytest.raises(BadContentType, match="application/json"):
        fetcher.get(server + "/json")
    feed_like = fetcher.get(
        server + "/json", accept="application/json", allowed_types=("application/json",)
    )
    assert feed_like.text == '{"a": 1}'


def test_error_status_carries_the_status(fetcher: Fetcher, server: str) -> None:
    with pytest.raises(HTTPStatusError) as caught:
        fetcher.get(server + "/gone")
    assert caught.value.status == 410
    assert "/gone" in str(caught.value)


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "localhost",
        "[::1]",
        "2130706433",
        "0.0.0.0",
        "169.254.169.254",
        "10.1.2.3",
        "[fd00:ec2::254]",
    ],
)
def test_private_addresses_are_refused_when_none_are_allowed(server: str, host: str) -> None:
    port = server.rsplit(":", 1)[1]
    with Fetcher(_settings([])) as strict, pytest.raises(Refused):
        strict.get(f"http://{host}:{port}/utf8")


def test_name_rebound_to_a_private_address_after_the_check_is_refused(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first resolution says "public"; the connection then lands on 127.0.0.1.
    monkeypatch.setattr(fetch, "_resolve", lambda host, port: ["93.184.216.34"])
    port = server.rsplit(":", 1)[1]
    with Fetcher(_settings([])) as strict, pytest.raises(Refused, match="127.0.0.1"):
        strict.get(f"http://localhost:{port}/utf8")


def test_connection_failure_is_a_fetch_error_named_for_its_cause(fetcher: Fetcher) -> None:
    with pytest.raises(Unreachable, match="connection refused") as caught:
        fetcher.get("http://127.0.0.1:9/")
    assert isinstance(caught.value, FetchError)
