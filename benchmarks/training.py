"""Training lab throughput with the GUI running, against a bare torch loop on the same model and data.

Targets: lab iterations per second >= 0.9x the bare loop (the lab keeps loss and gradient norm per
iteration, and a decision boundary at display rate, in the compute process; the GUI draws it); the longest
gap between 10 ms GUI ticks during training <= 20 ms. Both measured in the same run.
Usage: python benchmarks/training.py [--iterations 3000]
"""

import argparse
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import torch
from heartbeat import Heartbeat  # benchmarks/heartbeat.py, beside this script

from simulator.engine import datasets, optimizers, runtime, training


def make_setup(iterations: int) -> training.Setup:
    data = datasets.make_dataset("moons", 600, 0.2, 0)
    run = training.RunSpec("Adam", training.ModelSpec((2, 32, 32, 2)), optimizers.OPTIMIZERS.parse("Adam(lr=0.01)"))
    per_epoch = -(-200 // 16)
    return training.Setup(data, 200, 0.3, (run,), 16, -(-iterations // per_epoch), 0)


def bare(setup: training.Setup) -> float:
    session = training.Session(setup)  # the same data and initial weights, trained by a plain loop
    model, x, y = session.models[0], session.x, session.y
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    loss_fn = torch.nn.CrossEntropyLoss()
    generator = torch.Generator().manual_seed(0)
    start = time.perf_counter()
    for _ in range(setup.epochs):
        order = torch.randperm(len(y), generator=generator)
        for b in range(0, len(y), setup.batch_size):
            index = order[b:b + setup.batch_size]
            opt.zero_grad()
            loss_fn(model(x[index]), y[index]).backward()
            opt.step()
    return session.plan.iterations / (time.perf_counter() - start)


def lab(setup: training.Setup) -> tuple[float, float]:
    from simulator.compute.job import Job
    from simulator.ui.app import make_application
    from simulator.ui.controller import Controller
    from simulator.ui.figures import BoundaryFigure

    app = make_application()
    controller = Controller()
    controller.start()
    while not controller.engine_ready:
        app.processEvents()
        time.sleep(0.01)
    figure = BoundaryFigure()  # the panel's live picture, redrawn at display rate
    figure.resize(1280, 720)
    figure.show()
    started = []
    controller.submit("bench", Job.in_workspace(training.start_job, setup, 1), started.append)
    while not started:
        app.processEvents()
        time.sleep(0.001)
    beat = Heartbeat()
    beat.start()
    done = []
    start = time.perf_counter()
    controller.submit("bench", Job.in_workspace(training.advance_job, 10**9), lambda r: figure.show_record(r, 0),
                      lambda state, error: done.append(time.perf_counter()))
    while not done:
        app.processEvents()
        time.sleep(0.001)
    gaps = beat.stop()
    controller.shutdown()
    return started[0].batches_per_epoch * setup.epochs / (done[0] - start), max(gaps) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--iterations", type=int, default=3000)
    iterations = parser.parse_args().iterations
    runtime.load()
    setup = make_setup(iterations)
    base = max(bare(setup) for _ in range(2))
    ours, stall = lab(setup)
    print(f"bare torch loop: {base:.0f} iterations/s")
    print(f"training lab with the GUI drawing at display rate: {ours:.0f} iterations/s = {ours / base:.2f}x "
          f"(target >= 0.9x)")
    print(f"longest gap between 10 ms GUI ticks while training: {stall:.1f} ms (target <= 20 ms)")


if __name__ == "__main__":
    main()
