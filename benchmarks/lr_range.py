"""The learning-rate range test on the training lab's default network (2-32-32-2 ReLU, Adam, batches of 16 of
100 samples): 100 iterations from 1e-7 to 10, with the racer's state saved and restored around them.

Target: <= 0.5 s. The baseline measured in the same run: 100 plain torch steps of the same model on the
same batches (what the test cannot do without), so the ratio is the test's own overhead.
Usage: python benchmarks/lr_range.py [--repeats 5]
"""

import argparse
import time

import torch

from simulator.engine import datasets, lr_finder, models, optimizers, runtime, training


def lab_session() -> training.Session:
    run = training.RunSpec("Adam", models.ModelSpec(), optimizers.OPTIMIZERS.parse("Adam(lr=0.01)"))
    return training.Session(training.Setup(datasets.make_dataset("moons", 600, 0.2, 0), 100, 0.3, (run,), 16, 100))


def plain_steps(session: training.Session, iterations: int) -> float:
    model, loss_fn = session.models[0], torch.nn.CrossEntropyLoss()
    opt = torch.optim.Adam(model.parameters(), lr=1e-7)
    start = time.perf_counter()
    for i in range(iterations):
        xb, yb = session.batches.batch(i)
        opt.zero_grad()
        loss_fn(model(xb), yb).backward()
        opt.step()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    repeats = parser.parse_args().repeats
    runtime.load()
    lr_finder.run(lab_session(), iterations=20)  # (first steps import more of torch)
    tests, bases, steps = [], [], []
    for _ in range(repeats):
        session = lab_session()
        start = time.perf_counter()
        test = lr_finder.run(session, iterations=lr_finder.ITERATIONS)
        tests.append(time.perf_counter() - start)
        steps.append(len(test.lrs))
        bases.append(plain_steps(lab_session(), len(test.lrs)))
    best = min(tests)
    print(f"range test, {lr_finder.ITERATIONS} iterations planned ({min(steps)}-{max(steps)} done before the "
          f"stop): best {best * 1000:.0f} ms, median {sorted(tests)[repeats // 2] * 1000:.0f} ms (target <= 500 ms)")
    print(f"plain torch steps, as many: best {min(bases) * 1000:.0f} ms; test / plain: "
          f"{best / min(bases):.2f}x")


if __name__ == "__main__":
    main()
