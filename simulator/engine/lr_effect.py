"""Why the learning rate matters (tutorial 4.1): plain gradient descent on y = 4x² with torch autograd.

Computed in float32 with the same torch operations a reader of the tutorial would run, so every
printed number (x, its gradient, the loss) is exactly what torch gives.
"""

from __future__ import annotations

import math

import numpy as np

from .records import DescentPath

FORMULA = "y = 4·x²"
START = 2.0
MAX_ITERATIONS = 10_000
CONVERGED_TOL = 1e-6  # |x| below this counts as having reached the minimum at x = 0

# The tutorial's cases: (learning rate, short name, what happens)
PRESETS = (
    (0.01, "too small", "creeps towards the minimum"),
    (0.1, "normal", "converges in a few steps"),
    (0.125, "one step", "lands exactly on the minimum in one step"),
    (0.2, "overshoots", "jumps across 0 and oscillates while shrinking"),
    (0.3, "diverges", "oscillates ever wider and diverges"),
)


def loss_fn(x):
    """y = 4x², written as (2x)² like the tutorial so float32 rounding matches it."""
    import torch

    return torch.pow(2 * x, 2)


def step_factor(lr: float) -> float:
    """For y = 4x² the gradient is 8x, so each update multiplies x by (1 − 8·lr)."""
    return 1.0 - 8.0 * lr


def check(lr: float, x0: float, iterations: int) -> None:
    if not (isinstance(lr, (int, float)) and math.isfinite(lr) and lr >= 0):
        raise ValueError(f"learning rate must be a number ≥ 0, got {lr}")
    if not (isinstance(x0, (int, float)) and math.isfinite(x0) and abs(x0) <= 1e6):
        raise ValueError(f"start x must be a number between -1e6 and 1e6, got {x0}")
    if not (isinstance(iterations, int) and 1 <= iterations <= MAX_ITERATIONS):
        raise ValueError(f"iterations must be a whole number from 1 to {MAX_ITERATIONS}, got {iterations}")


def descend(lr: float, x0: float = START, iterations: int = 10, snapshot_every: int = 256):
    """Run ``iterations`` updates x ← x − lr·dy/dx; yield DescentPath snapshots, the last one complete.

    A run whose values overflow stops there and is reported as diverged, never raised.
    """
    import torch

    check(lr, x0, iterations)
    x = torch.tensor([x0], dtype=torch.float32, requires_grad=True)
    xs, grads, losses, updates = [], [], [], []

    def measure() -> bool:
        y = loss_fn(x)
        y.backward()
        xs.append(x.item())
        grads.append(x.grad.item())
        losses.append(y.item())
        return math.isfinite(xs[-1]) and math.isfinite(grads[-1]) and math.isfinite(losses[-1])

    finite = measure()
    for k in range(1, iterations + 1):
        if not finite:
            break
        with torch.no_grad():
            update = lr * x.grad
            x.sub_(update)
        updates.append(update.item())
        x.grad.zero_()
        finite = measure()
        if k % snapshot_every == 0 and k < iterations:
            yield _path(lr, xs, grads, losses, updates, iterations)
    yield _path(lr, xs, grads, losses, updates, iterations)


def _path(lr, xs, grads, losses, updates, iterations) -> DescentPath:
    x, loss = np.array(xs), np.array(losses)
    verdict, step = classify(x, loss)
    return DescentPath(FORMULA, lr, x, np.array(grads), loss, np.array(updates), iterations, verdict, step)


def classify(x: np.ndarray, loss: np.ndarray) -> tuple[str, int | None]:
    """What the path did, and the step where it happened when that is one step:

    diverged (overflowed at step k) · diverging (ends farther from 0 than it started) · converged
    (|x| ≤ tol from step k on) · oscillating (crosses 0 back and forth) · converging · stalled (never moves).
    """
    bad = np.flatnonzero(~(np.isfinite(x) & np.isfinite(loss)))
    if bad.size:
        return "diverged", int(bad[0])
    if abs(x[-1]) > abs(x[0]):
        return "diverging", None
    reached = np.flatnonzero(np.abs(x) <= CONVERGED_TOL)
    if reached.size:
        return "converged", int(reached[0])
    if np.any(np.sign(x[1:]) * np.sign(x[:-1]) < 0):
        return "oscillating", None
    if np.all(x == x[0]):
        return "stalled", None
    return "converging", None


def write_csv(path: DescentPath, file) -> None:
    """One row per iteration: iteration,x,grad,loss,lr."""
    import csv

    writer = csv.writer(file)
    writer.writerow(["iteration", "x", "grad", "loss", "lr"])
    for k in range(len(path.x)):
        writer.writerow([k, repr(path.x[k]), repr(path.grad[k]), repr(path.loss[k]), path.lr])
