"""Exponentially weighted averages (tutorial 3.3.1), computed with torch float32 as the tutorial does.

S_1 = Y_1 and S_t = β·S_{t−1} + (1 − β)·Y_t; with bias correction the average starts from S_0 = 0 and
is divided by (1 − β^t), which is what Adam does with its moments.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .specs import SpecError

DAYS = 30
TUTORIAL_BETAS = (0.5, 0.9)
MAX_VALUES = 10_000


@dataclass(frozen=True)
class EwaCurve:
    beta: float
    ewa: np.ndarray  # S_1..S_n
    corrected: np.ndarray  # S_t / (1 − β^t) from S_0 = 0


@dataclass(frozen=True)
class EwaResult:
    values: np.ndarray  # Y_1..Y_n
    curves: tuple[EwaCurve, ...]


def tutorial_temperatures() -> np.ndarray:
    """The tutorial's 30 days: torch.manual_seed(0), then torch.randn(30) * 10 (its own generator, so the
    global random state is left alone)."""
    import torch

    generator = torch.Generator().manual_seed(0)
    return (torch.randn(DAYS, generator=generator) * 10).numpy().astype(np.float64)


def check(values, betas) -> None:
    if not 1 <= len(values) <= MAX_VALUES:
        raise SpecError(f"data: give from 1 to {MAX_VALUES} numbers")
    if not all(math.isfinite(v) for v in values):
        raise SpecError("data: every value must be a finite number")
    if not betas:
        raise SpecError("give at least one β")
    for b in betas:
        if not (isinstance(b, (int, float)) and 0 <= b < 1):
            raise SpecError(f"β must be from 0 up to (not including) 1, got {b}")


def average_job(values, betas) -> EwaResult:
    """Job: the averages of ``values``, or of the tutorial's temperatures when None (drawn by torch)."""
    return average(tutorial_temperatures() if values is None else values, betas)


def average(values, betas) -> EwaResult:
    import torch

    check(values, betas)
    y = torch.tensor(np.asarray(values, dtype=np.float32))
    curves = []
    for beta in betas:
        s = [y[0]]
        for t in range(1, len(y)):
            s.append(s[-1] * beta + (1 - beta) * y[t])
        corrected, raw = [], torch.zeros((), dtype=torch.float32)
        for t in range(len(y)):
            raw = raw * beta + (1 - beta) * y[t]
            corrected.append(raw / (1 - beta ** (t + 1)))
        curves.append(EwaCurve(float(beta), torch.stack(s).numpy().astype(np.float64),
                               torch.stack(corrected).numpy().astype(np.float64)))
    return EwaResult(y.numpy().astype(np.float64), tuple(curves))


class CorrectedAverage:
    """The bias-corrected average one value at a time (as ``average`` computes it, in float64):
    S_t = β·S_{t−1} + (1 − β)·Y_t from S_0 = 0, read as S_t / (1 − β^t)."""

    def __init__(self, beta: float):
        self.beta, self.raw, self.t = beta, 0.0, 0

    def add(self, value: float) -> float:
        self.t += 1
        self.raw = self.beta * self.raw + (1 - self.beta) * value
        return self.raw / (1 - self.beta ** self.t)


def weights(beta: float, days: int) -> np.ndarray:
    """Weight of the value k days back in today's average: (1 − β)·β^k."""
    return (1 - beta) * beta ** np.arange(days)


def window(beta: float) -> float:
    """The rule of thumb: an EWA averages over about 1 / (1 − β) recent values."""
    return math.inf if beta >= 1 else 1 / (1 - beta)


def write_csv(result: EwaResult, file, corrected: bool = False) -> None:
    import csv

    writer = csv.writer(file, lineterminator="\n")
    writer.writerow(["beta", "day", "value", "ewa"] + (["ewa_corrected"] if corrected else []))
    for curve in result.curves:
        for day, (value, s) in enumerate(zip(result.values, curve.ewa, strict=True), start=1):
            row = [repr(curve.beta), day, repr(float(value)), repr(float(s))]
            writer.writerow(row + ([repr(float(curve.corrected[day - 1]))] if corrected else []))
