import threading
import time
from collections import defaultdict

from newswatch.flows.politeness import HostGates


def test_one_host_gets_at_most_n_requests_at_once_and_spaced_starts() -> None:
    gates, lock = HostGates(concurrency=2, delay=0.05), threading.Lock()
    active: dict[str, int] = defaultdict(int)
    peak: dict[str, int] = defaultdict(int)
    starts: dict[str, list[float]] = defaultdict(list)

    def request(host: str) -> None:
        with gates.slot(f"http://{host}/page"):
            with lock:
                active[host] += 1
                peak[host] = max(peak[host], active[host])
                starts[host].append(time.monotonic())
            time.sleep(0.1)
            with lock:
                active[host] -= 1

    threads = [threading.Thread(target=request, args=("a.example",)) for _ in range(6)]
    threads.append(threading.Thread(target=request, args=("b.example",)))
    began = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert peak["a.example"] == 2 and peak["b.example"] == 1
    # Six starts on one host need at least five delays; the other host did not wait for them.
    assert max(starts["a.example"]) - began >= 5 * 0.05
    assert starts["b.example"][0] < max(starts["a.example"])
