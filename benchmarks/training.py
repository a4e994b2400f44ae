"""Training lab throughput with the GUI running, against a bare torch loop on the same model and data.

Targets: lab iterations per second >= 0.9x the bare loop (the lab keeps loss and gradient norm per
iteration, layer statistics at up to 1,000 iterations, snapshots for the time cursor, and a decision
boundary and network picture at display rate, in the compute process; the panel, at 1920x1080, draws the
boundary and its visible tab: the curves, the layer statistics, or the network with its neuron maps, each
measured in turn); the longest gap between 10 ms GUI ticks during training <= 20 ms. Measured in the same run.
The last figure, the engine without process or GUI run chunk by chunk beside the bare loop, is the
steadiest: on a shared machine whole runs drift by 10-20 % from one to the next.
Usage: python benchmarks/training.py [--iterations 3000]
"""

import argparse
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import torch
from heartbeat import Heartbeat  # benchmarks/heartbeat.py, beside this script

from simulator.engine import datasets, models, optimizers, runtime, training


def make_setup(iterations: int) -> training.Setup:
    data = datasets.make_dataset("moons", 600, 0.2, 0)
    run = training.RunSpec("Adam", models.ModelSpec((2, 32, 32, 2)), optimizers.OPTIMIZERS.parse("Adam(lr=0.01)"))
    per_epoch = -(-200 // 16)
    return training.Setup(data, 200, 0.3, (run,), 16, -(-iterations // per_epoch), 0)


def bare_steps(setup: training.Setup):
    """A plain torch loop on the same data and initial weights, one iteration per ``next``."""
    session = training.Session(setup)
    model, x, y = session.models[0], session.x, session.y
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    loss_fn = torch.nn.CrossEntropyLoss()
    generator = torch.Generator().manual_seed(0)
    for _ in range(setup.epochs):
        order = torch.randperm(len(y), generator=generator)
        for b in range(0, len(y), setup.batch_size):
            index = order[b:b + setup.batch_size]
            opt.zero_grad()
            loss_fn(model(x[index]), y[index]).backward()
            opt.step()
            yield


def bare(setup: training.Setup) -> float:
    start = time.perf_counter()
    count = sum(1 for _ in bare_steps(setup))
    return count / (time.perf_counter() - start)


def session_steps(setup: training.Setup, snapshot_every: int = 100):
    """The lab's engine: its steps, and a snapshot (boundary + record) every ``snapshot_every`` iterations,
    which is 10 per second at this model's ~1,000 iterations/s."""
    session = training.Session(setup)
    while not session.done:
        session.step()
        if session.iteration % snapshot_every == 0:
            session.boundaries = session._boundaries()
            session.record()
        yield


def engine_beside_bare(setup: training.Setup, chunk: int = 200) -> float:
    """Engine / bare speed, measured in alternating chunks: steadier than whole runs on a drifting machine."""
    bare_run, engine_run = bare_steps(setup), session_steps(setup)
    times = [0.0, 0.0]
    for _ in range(setup.epochs * -(-setup.train_size // setup.batch_size) // chunk):
        for k, steps in enumerate((bare_run, engine_run)):
            start = time.perf_counter()
            for _ in range(chunk):
                next(steps)
            times[k] += time.perf_counter() - start
    return times[0] / times[1]


class Lab:
    """The training lab panel in a 1920x1080 window, its compute process beside it, as a user has it."""

    TABS = ("curves per epoch", "inside the layers", "the network")

    def __init__(self, epochs: int):
        from simulator.ui.app import make_application
        from simulator.ui.controller import Controller
        from simulator.ui.panels.training import TrainingPanel

        self.app = make_application()
        self.controller = Controller()
        self.controller.start()
        self._wait(lambda: self.controller.engine_ready)
        self.panel = TrainingPanel(self.controller)
        self.panel.settings.train_size.setValue(200)
        self.panel.settings.epochs.setValue(epochs)
        self.panel.resize(1920, 1080)
        self.panel.show()
        self._wait(lambda: self.panel.record is not None)

    def _wait(self, condition) -> None:
        while not condition():
            self.app.processEvents()
            time.sleep(0.001)

    def train(self, tab: int) -> tuple[float, float]:
        """Iterations per second at full speed with ``tab`` shown, and the longest gap between GUI ticks (ms)."""
        panel = self.panel
        panel.plots.tabs.setCurrentIndex(tab)
        panel.reset()
        self._wait(lambda: panel.record is not None and not self.controller.busy(panel.NAME))
        deadline = time.perf_counter() + 0.3
        self._wait(lambda: time.perf_counter() > deadline)
        beat = Heartbeat()
        beat.start()
        start = time.perf_counter()
        panel.toggle_play()
        self._wait(lambda: panel.record.done)
        elapsed = time.perf_counter() - start
        gaps = beat.stop()
        self._wait(lambda: not self.controller.busy(panel.NAME))
        return panel.record.iteration / elapsed, max(gaps) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--iterations", type=int, default=3000)
    iterations = parser.parse_args().iterations
    runtime.load()
    setup = make_setup(iterations)
    lab = Lab(setup.epochs)
    ours = lab.panel.record.setup  # the same run as the bare loop's
    assert (ours.train_size, ours.batch_size, ours.epochs, ours.runs[0].model, ours.runs[0].optimizer) == \
        (setup.train_size, setup.batch_size, setup.epochs, setup.runs[0].model, setup.runs[0].optimizer)
    print(f"{iterations} iterations of a 2-32-32-2 ReLU net, Adam, batches of 16 (the panel's own setup); "
          "each tab shown in turn, bare loop run beside each")
    for tab, name in enumerate(Lab.TABS):
        bases, ours, stalls = [], [], []
        for _ in range(3):  # run beside run: this machine's speed drifts by 10-20 % over seconds
            bases.append(bare(setup))
            speed, stall = lab.train(tab)
            ours.append(speed)
            stalls.append(stall)
        ratios = sorted(o / b for o, b in zip(ours, bases, strict=True))
        print(f"{name}: lab / bare median {ratios[1]:.2f}x (each {', '.join(f'{r:.2f}' for r in ratios)}; "
              f"bare {max(bases):.0f} it/s best; target >= 0.9x); longest GUI gap {max(stalls):.1f} ms "
              f"(median run {sorted(stalls)[1]:.1f}; target <= 20 ms)")
    lab.controller.shutdown()
    print(f"the lab's engine alone, in 200-iteration chunks beside the bare loop: "
          f"{engine_beside_bare(make_setup(5 * iterations)):.2f}x")


if __name__ == "__main__":
    main()
