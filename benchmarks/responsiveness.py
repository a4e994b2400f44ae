"""GUI responsiveness while the compute thread works: the longest gap between 10 ms heartbeat ticks.

Baseline measured in the same run: the same heartbeat with the compute thread idle.
Target: longest gap <= 50 ms while a long job runs.
Usage: python benchmarks/responsiveness.py [--seconds 3]
"""

import argparse
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from heartbeat import TICK_MS, Heartbeat  # benchmarks/heartbeat.py, beside this script

from simulator.engine import lr_effect, schedules
from simulator.ui.app import make_application
from simulator.ui.controller import Controller


def heartbeat(app, seconds: float, start_job=None) -> list[float]:
    beat = Heartbeat()
    beat.start()
    if start_job is not None:
        start_job()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    return beat.stop()


def describe(name: str, gaps: list[float]) -> float:
    gaps = sorted(gaps)
    worst, p99 = gaps[-1] * 1000, gaps[int(len(gaps) * 0.99)] * 1000
    print(f"  {name:42s} ticks {len(gaps):4d}   longest gap {worst:6.1f} ms   p99 {p99:5.1f} ms")
    return worst


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=3.0)
    seconds = parser.parse_args().seconds
    app = make_application()
    controller = Controller()
    controller.start()
    while not controller.engine_ready:
        app.processEvents()
        time.sleep(0.01)

    progress = {"records": 0}
    specs = [(i, schedules.SCHEDULERS.parse(t)) for i, t in enumerate(schedules.TUTORIAL_SPECS)]

    def long_schedules():
        controller.submit("bench", lambda: schedules.curves_job(specs * 20, 0.1, schedules.MAX_EPOCHS),
                          lambda r: progress.__setitem__("records", progress["records"] + 1))

    def long_descent():
        controller.submit("bench", lambda: lr_effect.descend(0.01, 2.0, lr_effect.MAX_ITERATIONS, snapshot_every=16),
                          lambda r: progress.__setitem__("records", progress["records"] + 1))

    print(f"heartbeat every {TICK_MS} ms for {seconds:g} s each:")
    idle = describe("idle compute thread (baseline)", heartbeat(app, seconds))
    busy1 = describe("60 schedules x 100,000 epochs running", heartbeat(app, seconds, long_schedules))
    controller.cancel("bench")
    busy2 = describe("gradient descent, 10,000 iterations, loop", heartbeat(app, seconds, lambda: [
        long_descent() for _ in range(1)]))
    controller.shutdown()
    worst = max(busy1, busy2)
    print(f"records delivered to the GUI: {progress['records']} (display rate, not per step)")
    print(f"longest gap busy / idle: {worst / idle:.2f}x; target <= 50 ms: {'met' if worst <= 50 else 'NOT met'}")


if __name__ == "__main__":
    main()
