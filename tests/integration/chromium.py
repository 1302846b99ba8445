"""Debian's headless Chromium as an operator's browser, driven over the DevTools protocol: a page
of a single-page app is read once its text holds what the caller waits for and its transitions
have ended, and the screenshot is taken of that moment.

Why not ``chromium --dump-dom --screenshot``: its screenshot is taken when a virtual-time budget
runs out, often in the middle of the Prefect UI's fade-in, so a page came out greyed at random."""

from __future__ import annotations

import base64
import itertools
import json
import shutil
import struct
import subprocess
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from websockets.sync.client import ClientConnection, connect

CHROMIUM = Path("/usr/bin/chromium")
# The machines that run the tests reach nothing beyond localhost: Chromium's own connections
# (updates, sync, Google's hosts) would only be refused, many at a time, at every start.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SIZE = (1400, 1000)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# The page's visible text, and how many finite animations (CSS transitions, fades) still run;
# endless ones, such as a spinner, never end and are not waited for.
_PAGE_STATE = """(() => ({
  text: document.body ? document.body.innerText : "",
  moving: document.getAnimations().filter(a => a.playState === "running"
                                          && isFinite(a.effect.getComputedTiming().endTime)).length,
}))()"""


class Chromium:
    """``with Chromium() as browser:`` one headless browser with a new, empty profile."""

    def __init__(self, start_timeout: float = 60) -> None:
        if not CHROMIUM.exists():
            raise FileNotFoundError(f"{CHROMIUM} is missing: run `bash scripts/setup.sh --browser` (Debian's chromium)")
        self.profile = Path(tempfile.mkdtemp(prefix="newswatch-chromium-"))
        self.process = subprocess.Popen(
            [str(CHROMIUM), *FLAGS, f"--user-data-dir={self.profile}", "--remote-debugging-port=0", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Chromium writes the port it chose, and the browser's path, into the profile.
        active = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + start_timeout
        while not (active.exists() and len(active.read_text().split()) == 2):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise RuntimeError(f"chromium did not start (exit code {self.process.returncode})")
            time.sleep(0.2)
        port, path = active.read_text().split()
        self.socket: ClientConnection = connect(f"ws://127.0.0.1:{port}{path}", max_size=None)
        self._ids = itertools.count(1)

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if getattr(self, "socket", None):
            self.socket.close()
        self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)

    def call(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        """One DevTools command and its result (the events that arrive meanwhile are skipped)."""
        number = next(self._ids)
        message: dict[str, Any] = {"id": number, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        self.socket.send(json.dumps(message))
        while True:
            answer = json.loads(self.socket.recv(timeout=60))
            if answer.get("id") == number:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer["result"]

    def page(self, url: str, screenshot: Path, ready: Callable[[str], bool], timeout: float = 60) -> str:
        """The visible text of ``url`` once ``ready(text)`` holds and nothing moves (or at
        ``timeout``), whitespace collapsed; the screenshot of that moment goes to ``screenshot``."""
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        try:
            self.call("Emulation.setDeviceMetricsOverride", session, width=SIZE[0], height=SIZE[1],
                      deviceScaleFactor=1, mobile=False)
            self.call("Page.navigate", session, url=url)
            deadline = time.monotonic() + timeout
            settled = 0
            while settled < 2 and time.monotonic() < deadline:  # twice in a row: not between two renders
                time.sleep(0.5)
                state = self.call("Runtime.evaluate", session, expression=_PAGE_STATE, returnByValue=True)
                state = state["result"]["value"]
                text = " ".join(state["text"].split())
                settled = settled + 1 if ready(text) and state["moving"] == 0 else 0
            png = self.call("Page.captureScreenshot", session, format="png")["data"]
            screenshot.write_bytes(base64.b64decode(png))
            return text
        finally:
            self.call("Target.closeTarget", targetId=target)


def png_facts(path: Path) -> tuple[int, int, int]:
    """Width, height and the number of distinct byte values in the image's scanlines.

    The scanlines are still filtered (PNG stores each row as its difference to a predictor), which
    is enough here: an image of one colour gives a handful of distinct values whatever the
    filters, a page with text and pictures nearly all 256."""
    data = path.read_bytes()
    if not data.startswith(PNG_SIGNATURE):
        raise ValueError(f"{path} is not a PNG file")
    width = height = 0
    idat = []
    pos = len(PNG_SIGNATURE)
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", chunk[:8])
        elif kind == b"IDAT":
            idat.append(chunk)
        pos += 12 + length
    return width, height, len(set(zlib.decompress(b"".join(idat))))
