"""GUI responsiveness while the compute process works, and panels that do not wait for each other.

1. Heartbeat: the longest gap between 10 ms GUI ticks while (a) the schedules job (60 schedules x 100,000
   epochs), (b) a 10,000-point swarm race, (c) the training lab and (d) all three at once run, the GUI
   receiving their records at display rate. Baseline in the same run: nothing computing.
   Target: longest gap <= 20 ms.
2. A race story (5 racers x 1,000 steps on Rosenbrock) submitted while the training lab trains 2,000
   epochs: its first record and its end after submission, against the same race alone.
   Targets: first record <= 0.3 s; done <= 2x alone.
Usage: python benchmarks/responsiveness.py [--seconds 3]
"""

import argparse
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from heartbeat import TICK_MS, Heartbeat  # benchmarks/heartbeat.py, beside this script

from simulator.compute.job import Job
from simulator.engine import datasets, models, optimizers, race, schedules, surfaces, training, training_jobs
from simulator.ui.app import make_application
from simulator.ui.controller import Controller

FIVE = ["SGD(lr=0.0005)", "Momentum(lr=0.0005)", "Adagrad(lr=0.5)", "RMSprop(lr=0.01)", "Adam(lr=0.05)"]


def wait(app, condition, timeout=120.0) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise SystemExit("timed out")
        app.processEvents()
        time.sleep(0.001)


def training_setup(epochs: int) -> training.Setup:
    data = datasets.make_dataset("moons", 600, 0.2, 0)
    run = training.RunSpec("Adam", models.ModelSpec((2, 32, 32, 2)), optimizers.OPTIMIZERS.parse("Adam(lr=0.01)"))
    return training.Setup(data, 200, 0.3, (run,), 16, epochs, 0)


class Loads:
    """The jobs of the heartbeat test, each as a panel would submit it."""

    def __init__(self, app, controller):
        self.app, self.controller, self.records = app, controller, 0

    def keep(self, _record) -> None:
        self.records += 1

    def schedules(self) -> None:
        specs = [(i, schedules.SCHEDULERS.parse(t)) for i, t in enumerate(schedules.TUTORIAL_SPECS)]
        self.controller.submit("schedules", Job.of(schedules.curves_job, specs * 20, 0.1, schedules.MAX_EPOCHS),
                               self.keep)

    def swarm(self) -> None:
        surface = surfaces.BUILTIN["himmelblau"]
        starts = race.swarm_starts(surface, 10_000, "grid")
        racers = tuple(race.parse_racers(["SGD(lr=0.01)", "Adam(lr=0.05)"]))
        self.controller.submit("race", Job.of(race.race_job, surface, racers, starts, 5_000, True), self.keep)

    def training(self, epochs: int = 2_000) -> None:
        started = []
        self.controller.submit("training", Job.in_workspace(training_jobs.start_job, training_setup(epochs), 1),
                               started.append)
        wait(self.app, lambda: bool(started))
        self.controller.submit("training", Job.in_workspace(training_jobs.advance_job, 10**9), self.keep)

    def stop(self) -> None:
        self.controller.cancel_all()
        wait(self.app, self.controller.idle)


def heartbeat(app, seconds: float, start=None) -> list[float]:
    beat = Heartbeat()
    beat.start()
    if start is not None:
        start()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    return beat.stop()


def describe(name: str, gaps: list[float]) -> float:
    gaps = sorted(gaps)
    worst, p99 = gaps[-1] * 1000, gaps[int(len(gaps) * 0.99)] * 1000
    print(f"  {name:44s} ticks {len(gaps):4d}   longest gap {worst:6.1f} ms   p99 {p99:5.1f} ms")
    return worst


def race_beside_training(app, controller, loads) -> None:
    surface = surfaces.BUILTIN["rosenbrock"]
    job = Job.of(race.race_job, surface, tuple(race.parse_racers(FIVE)), [surface.start], 1000, True)

    def timed_race() -> tuple[float, float]:
        marks = []
        start = time.perf_counter()
        controller.submit("race", job, lambda r: marks.append(time.perf_counter()) if not marks else None,
                          lambda state, error: marks.append(time.perf_counter()))
        wait(app, lambda: len(marks) == 2)
        return marks[0] - start, marks[1] - start

    alone = min(timed_race()[1] for _ in range(3))
    loads.training(2_000)
    time.sleep(0.5)
    first, done = timed_race()
    busy = controller.busy("training")
    loads.stop()
    print(f"race story (5 racers x 1,000 steps) while the training lab trains 2,000 epochs (still training: {busy}):")
    print(f"  first record after {first:.3f} s (target <= 0.3 s); done after {done:.3f} s = {done / alone:.2f}x "
          f"the race alone ({alone:.3f} s; target <= 2x)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=3.0)
    seconds = parser.parse_args().seconds
    app = make_application()
    controller = Controller()
    controller.start()
    wait(app, lambda: controller.engine_ready)
    loads = Loads(app, controller)

    print(f"heartbeat every {TICK_MS} ms for {seconds:g} s each:")
    idle = describe("nothing computing (baseline)", heartbeat(app, seconds))
    worst = 0.0
    for name, start in (("60 schedules x 100,000 epochs", loads.schedules),
                        ("10,000-point swarm, 2 optimizers", loads.swarm),
                        ("training lab, 2,000 epochs", loads.training),
                        ("all three at once", lambda: (loads.schedules(), loads.swarm(), loads.training()))):
        worst = max(worst, describe(name, heartbeat(app, seconds, start)))
        loads.stop()
    print(f"records delivered to the GUI: {loads.records} (display rate, not per step)")
    print(f"longest gap busy / idle: {worst / idle:.2f}x; target <= 20 ms: {'met' if worst <= 20 else 'NOT met'}")
    race_beside_training(app, controller, loads)
    controller.shutdown()


if __name__ == "__main__":
    main()
