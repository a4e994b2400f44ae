"""The learning-rate range test (Smith 2015; fastai's ``lr_find``, torch-lr-finder): train a few iterations
while the learning rate grows exponentially, smooth the loss, stop when it explodes, read a good lr off the
curve.

Each iteration is a real optimizer step on the next batch of the run's own batch order (a new permutation
when the data runs out). The loss is smoothed by the bias-corrected exponentially weighted average of the
weighted-average lab (β = 0.98). The model, the optimizer's state and the last gradients are put back
exactly afterwards: the test looks, it does not train.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from . import lr_effect
from .ewa import CorrectedAverage
from .specs import SpecError

START, END, ITERATIONS = 1e-7, 10.0, 100
BETA = 0.98  # the smoothing's β
EXPLODED = 4.0  # stop when the smoothed loss passes this many times its best
SKIP_START, SKIP_END = 10, 5  # points the steepest-descent rule leaves out (the first are noise, the last blow up)
MAX_ITERATIONS = 1_000
LR_LIMITS = (1e-10, 1e3)


@dataclass(frozen=True)
class Suggestion:
    rule: str  # "minimum / 10", "steepest descent", "valley"
    lr: float
    index: int  # the point of the curve it was read from


@dataclass(frozen=True)
class RangeTest:
    lrs: np.ndarray  # the lr of each iteration done (what the optimizer's param groups held for its step)
    losses: np.ndarray  # each iteration's batch loss
    smoothed: np.ndarray  # the bias-corrected weighted average of the losses so far
    planned: int  # iterations asked for
    exploded: bool  # stopped early: the smoothed loss passed EXPLODED × its best, or was not finite
    reshuffles: int  # times the data ran out and a new permutation was drawn
    suggestions: tuple[Suggestion, ...]


def check(start: float, end: float, iterations: int) -> None:
    lo, hi = LR_LIMITS
    if not (math.isfinite(start) and math.isfinite(end) and lo <= start < end <= hi):
        raise SpecError(f"range test: the lr goes from start to a larger end, both from {lo:g} to {hi:g}")
    if not 5 <= iterations <= MAX_ITERATIONS:
        raise SpecError(f"range test: from 5 to {MAX_ITERATIONS} iterations")


def schedule(start: float, end: float, iterations: int) -> np.ndarray:
    """lr_i = start · (end / start)^(i / (N − 1)): exponential from start to end."""
    return start * (end / start) ** (np.arange(iterations) / max(1, iterations - 1))


def run(session, racer: int = 0, start: float = START, end: float = END, iterations: int = ITERATIONS,
        beta: float = BETA) -> RangeTest:
    """The range test on ``session``'s racer from where it is now; the racer is left exactly as it was."""
    *_, test = steps(session, racer, start, end, iterations, beta)
    return test


def steps(session, racer: int = 0, start: float = START, end: float = END, iterations: int = ITERATIONS,
          beta: float = BETA):
    """``run`` as a job: None after each step, the RangeTest last (the racer is put back also when stopped)."""
    import torch

    from .training import BatchOrder, train_step

    check(start, end, iterations)
    model, opt = session.models[racer], session.optimizers[racer]
    saved = _save(model, opt)
    order = BatchOrder(session.x, session.y, session.setup, session.plan.batches_per_epoch)
    rng = [session._rngs[racer]]  # the racer's Dropout generator, a copy moving on with the test's steps

    def step(i: int, lr: float) -> float:
        for group in opt.param_groups:
            group["lr"] = lr
        xb, yb = order.batch(i)
        loss, rng[0] = train_step(model, opt, session.loss_fn, xb, yb, rng[0], lambda m, x, _i: m(x), i)
        opt.step()
        return loss.item()

    try:
        *_, test = (yield from _yielding(sweep(schedule(start, end, iterations), step, beta)))
    finally:
        with torch.no_grad():
            _restore(model, opt, saved)
    reshuffles = (len(test.lrs) - 1) // session.plan.batches_per_epoch
    yield RangeTest(test.lrs, test.losses, test.smoothed, iterations, test.exploded, reshuffles, test.suggestions)


def _yielding(generator):
    """Pass on the Nones of ``generator``; return its other items."""
    items = []
    for item in generator:
        if item is None:
            yield None
        else:
            items.append(item)
    return items


def quadratic(start: float = 1e-3, end: float = 1.0, iterations: int = ITERATIONS, x0: float = lr_effect.START,
              beta: float = BETA) -> RangeTest:
    """The range test on the learning-rate lab's y = 4x² (SGD from x0, in float32 as that lab): one step with
    lr = 0.125 lands on the minimum (x − 0.125·8x = 0); from lr = 0.25 on, each step overshoots at least as
    far as it started (|1 − 8·lr| ≥ 1)."""
    import torch

    check(start, end, iterations)
    x = torch.tensor(x0, dtype=torch.float32, requires_grad=True)
    opt = torch.optim.SGD([x], lr=start)

    def step(_i: int, lr: float) -> float:
        opt.param_groups[0]["lr"] = lr
        opt.zero_grad()
        loss = lr_effect.loss_fn(x)
        loss.backward()
        opt.step()
        return loss.item()

    *_, test = sweep(schedule(start, end, iterations), step, beta)
    return test


def sweep(lrs: np.ndarray, step, beta: float = BETA):
    """``step(i, lr)`` (one optimizer step, its loss) for each lr until the smoothed loss explodes; None after
    each step, the RangeTest last."""
    losses, smoothed = [], []
    average, best, exploded = CorrectedAverage(beta), math.inf, False
    for i, lr in enumerate(lrs):
        value = step(i, float(lr))
        losses.append(value)
        smoothed.append(average.add(value) if math.isfinite(value) else math.inf)
        best = min(best, smoothed[-1])
        yield None
        if not math.isfinite(smoothed[-1]) or smoothed[-1] > EXPLODED * best:
            exploded = True
            break
    done, smoothed = len(losses), np.array(smoothed)
    yield RangeTest(lrs[:done], np.array(losses), smoothed, len(lrs), exploded, 0, suggest(lrs[:done], smoothed))


def suggest(lrs: np.ndarray, smoothed: np.ndarray) -> tuple[Suggestion, ...]:
    """Three readings of one curve (each where it is defined): the lr of the lowest smoothed loss divided by
    10; the steepest descent of the loss against log10 lr on its way down to the lowest point (the first
    SKIP_START points left out, and the last SKIP_END); halfway along the longest valley (the longest
    stretch of falling loss)."""
    finite = np.isfinite(smoothed)
    if finite.sum() < 2:
        return ()
    out = []
    low = int(np.nanargmin(np.where(finite, smoothed, np.nan)))
    out.append(Suggestion("minimum / 10", float(lrs[low] / 10), low))
    stop = int(np.flatnonzero(finite)[-1]) + 1
    lo, hi = SKIP_START, min(stop - SKIP_END, low + 1)  # on the way down: past the lowest point it is noise
    if hi - lo >= 3:
        slope = np.gradient(smoothed[lo:hi], np.log10(lrs[lo:hi]))
        steep = lo + int(np.argmin(slope))
        out.append(Suggestion("steepest descent", float(lrs[steep]), steep))
    first, length = _longest_valley(smoothed[:stop])
    if length >= 3:
        middle = first + length // 2
        out.append(Suggestion("valley", float(lrs[middle]), middle))
    return tuple(out)


def _longest_valley(values: np.ndarray) -> tuple[int, int]:
    """The longest stretch of consecutive points along which the loss keeps falling: its first index and how
    many points it spans. (fastai's valley rule takes the longest falling subsequence, which on a noisy
    plateau can string together points far apart; a stretch must really fall.)"""
    best = (0, 1)
    first = 0
    for i in range(1, len(values) + 1):
        if i == len(values) or not values[i] < values[i - 1]:
            if i - first > best[1]:
                best = (first, i - first)
            first = i
    return best


def _save(model, opt) -> dict:
    from .snapshots import copied_optimizer_state

    return {"model": {k: v.clone() for k, v in model.state_dict().items()},
            "optimizer": copied_optimizer_state(opt.state_dict()),
            "grads": [None if p.grad is None else p.grad.clone() for p in model.parameters()],
            "training": model.training}


def _restore(model, opt, saved: dict) -> None:
    model.load_state_dict(saved["model"])
    opt.load_state_dict(saved["optimizer"])
    for p, grad in zip(model.parameters(), saved["grads"], strict=True):
        p.grad = grad
    model.train(saved["training"])


def write_csv(test: RangeTest, file) -> None:
    """iteration,lr,loss,smoothed rows, then the suggestions as comment lines (# rule,lr,iteration)."""
    import csv

    writer = csv.writer(file, lineterminator="\n")
    writer.writerow(["iteration", "lr", "loss", "smoothed"])
    for i, (lr, loss, smooth) in enumerate(zip(test.lrs, test.losses, test.smoothed, strict=True), start=1):
        writer.writerow([i, repr(float(lr)), repr(float(loss)), repr(float(smooth))])
    for s in test.suggestions:
        file.write(f"# suggestion,{s.rule},{float(s.lr)!r},{s.index + 1}\n")
