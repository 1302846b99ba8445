"""What a Prefect task run costs, to decide where the ingest flow uses one.

Starts a private Prefect server (as ``newswatch run`` does), then times, inside one flow run:
N plain calls of a tiny function, N task runs of it submitted to the thread-pool task runner, and
N task runs called one after another. The difference per task is Prefect's bookkeeping, to be
weighed against what one unit of work costs: a 304 poll (~1-2 ms on localhost), cleaning an
article (~30 ms), fetching a real page (~100-500 ms).

    python benchmarks/prefect_tasks.py [-n 500]
"""

from __future__ import annotations

import argparse
import os
import socket
import tempfile
import time
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=500, help="task runs per measurement")
    args = parser.parse_args()
    port = _free_port()
    os.environ.update({
        "NEWSWATCH_STATE_DIR": tempfile.mkdtemp(prefix="newswatch-prefect-bench-"),
        "NEWSWATCH_PREFECT_PORT": str(port),
        "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
        "PREFECT_LOGGING_TO_API_ENABLED": "false",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    })
    os.environ["PREFECT_HOME"] = str(Path(os.environ["NEWSWATCH_STATE_DIR"]) / "prefect")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")  # one line per task run would be timed too
    from prefect import flow, task
    from prefect.cache_policies import NO_CACHE

    from newswatch.services.prefect_server import PrefectServer
    from newswatch.settings import Settings

    def work(i: int) -> int:
        return i * 2

    tiny = task(work, cache_policy=NO_CACHE, persist_result=False)

    @flow(name="prefect-task-cost")
    def measure(n: int) -> dict[str, float]:
        timings = {}
        started = time.perf_counter()
        for i in range(n):
            work(i)
        timings["plain call"] = time.perf_counter() - started
        started = time.perf_counter()
        futures = [tiny.submit(i) for i in range(n)]
        for future in futures:
            future.result()
        timings["task submitted (thread pool)"] = time.perf_counter() - started
        started = time.perf_counter()
        for i in range(n):
            tiny(i)
        timings["task called in sequence"] = time.perf_counter() - started
        return timings

    server = PrefectServer(Settings())
    server.start()
    try:
        measure(10)  # warm-up: client, flow and task registration
        timings = measure(args.n)
    finally:
        server.stop()
    for name, seconds in timings.items():
        print(f"{name:30s} {args.n} in {seconds:7.3f} s   {1000 * seconds / args.n:7.3f} ms each")


if __name__ == "__main__":
    main()
