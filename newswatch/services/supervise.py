"""Child processes kept running: restarted when they die, stopped in order with SIGTERM.

``newswatch run`` supervises the consumers and the served ingest flow this way, and
``newswatch consume --processes N`` its N consumers. Each child finishes the batch it is on before
it exits, so nothing is committed half-done.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import threading
import time

log = logging.getLogger(__name__)


class Child:
    """A supervised child process: restarted when it dies (it resumes from its committed work),
    given up on when it keeps dying."""

    MAX_RESTARTS = 5
    WINDOW_SECONDS = 600.0

    def __init__(self, name: str, command: list[str], env: dict[str, str] | None = None):
        self.name = name
        self.command = command
        self.env = env  # added to the environment
        self.process: subprocess.Popen | None = None
        self.restarts: list[float] = []

    def start(self) -> None:
        # Its own session: Ctrl-C reaches the supervisor only, which stops children in order.
        env = {**os.environ, **self.env} if self.env else None
        self.process = subprocess.Popen(self.command, start_new_session=True, env=env)

    def keep_alive(self) -> bool:
        """Restart the child if it died; False once it died too often to keep trying."""
        if self.process is None or self.process.poll() is None:
            return True
        now = time.monotonic()
        self.restarts = [t for t in self.restarts if now - t < self.WINDOW_SECONDS] + [now]
        if len(self.restarts) > self.MAX_RESTARTS:
            log.error("process failing process=%s exit_code=%s exits=%d window=%.0fs action=shutdown", self.name,
                      self.process.returncode, len(self.restarts), self.WINDOW_SECONDS)
            return False
        delay = 2 ** len(self.restarts)
        log.error("process exited process=%s exit_code=%s restart_in=%ds", self.name, self.process.returncode, delay)
        time.sleep(delay)
        self.start()
        return True

    def stop(self, timeout: float = 60.0) -> None:
        process = self.process
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            log.warning("process killed process=%s stop_timeout=%.0fs", self.name, timeout)
            process.kill()
            process.wait()
        log.info("process stopped process=%s exit_code=%s", self.name, process.returncode)


def supervise(children: list[Child], stop: threading.Event) -> None:
    """Run the children until ``stop``, restarting one that dies; then stop them all."""
    for child in children:
        child.start()
    try:
        while not stop.wait(1.0):
            for child in children:
                if not child.keep_alive():
                    stop.set()
    finally:
        for child in children:
            child.stop()
