"""The loss landscape of the training lab's default network (2-32-32-2 ReLU, Adam, 100 training samples)
after 20 epochs: a G x G grid of training losses around the trained weights.

Targets: 51 x 51 <= 1 s and >= 10x faster than a loop of ordinary forward passes over the same grid points
(both measured in turns in the same run); 101 x 101 <= 5 s. The job's time is all of it: directions,
paths, the line from the start, the coarse first pass and the full grid.
Usage: python benchmarks/landscape.py [--repeats 3]
"""

import argparse
import time

import numpy as np
import torch

from simulator.engine import datasets, landscape, models, optimizers, runtime, training


def trained() -> training.Session:
    run = training.RunSpec("Adam", models.ModelSpec(), optimizers.OPTIMIZERS.parse("Adam(lr=0.01)"))
    session = training.Session(training.Setup(datasets.make_dataset("moons", 600, 0.2, 0), 100, 0.3, (run,), 16, 20))
    list(session.advance(10**9))
    return session


def job_seconds(session, grid: int) -> float:
    start = time.perf_counter()
    *_, result = landscape.steps(session, grid=grid)
    assert result.loss.shape == (grid, grid)
    return time.perf_counter() - start


def grid_against_loop(session, grid: int, rounds: int = 3) -> tuple[float, float]:
    """Seconds for the grid's losses evaluated in batches (the job's own evaluator) and for a loop of
    ordinary forward passes over the same points (weights set point by point), run in turns."""
    model = session.models[0]
    evaluator = landscape._Evaluator(session, model)
    centre = landscape._vector(model)
    rng = np.random.default_rng(0)
    d1, d2 = (rng.normal(size=len(centre)) * 0.01 for _ in range(2))
    a = np.linspace(-1, 1, grid)
    batched = looped = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        *_, = evaluator.plane(centre, d1, d2, a, a, session.x, session.y)
        batched += time.perf_counter() - start
        start = time.perf_counter()
        saved = torch.nn.utils.parameters_to_vector(model.parameters()).detach().clone()
        c, u, v = (torch.tensor(w, dtype=torch.float32) for w in (centre, d1, d2))
        model.eval()
        with torch.no_grad():
            for x in a:
                for y in a:
                    torch.nn.utils.vector_to_parameters(c + float(x) * u + float(y) * v, model.parameters())
                    session.loss_fn(model(session.x), session.y).item()
        torch.nn.utils.vector_to_parameters(saved, model.parameters())
        looped += time.perf_counter() - start
    return batched / rounds, looped / rounds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    repeats = parser.parse_args().repeats
    runtime.load()
    session = trained()
    job_seconds(session, 11)  # (the first vmap call compiles its batching rules)
    for grid, target in ((51, 1.0), (101, 5.0)):
        best = min(job_seconds(session, grid) for _ in range(repeats))
        batched, looped = grid_against_loop(session, grid)
        print(f"{grid} x {grid}: the whole job best {best:.2f} s (target <= {target:g} s); the grid alone "
              f"{batched:.3f} s against {looped:.2f} s for a loop of forward passes over the same points, in "
              f"turns: {looped / batched:.1f}x (target >= 10x)")


if __name__ == "__main__":
    main()
