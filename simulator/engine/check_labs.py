"""Check my work in the concept labs: one number typed by hand — an average S_t, a learning rate at an
epoch, a BatchNorm x̂ or y, a Dropout output — judged at the precision it was typed (check.py), and when
wrong, named by the usual mistake that gives it. Each ``*_candidates`` function returns the right value and
what each mistake would give, from the lab's own record (the numbers torch computed).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .check import RIGHT, WRONG, typed

LAB_MISTAKES = {  # code -> what the student did
    "betas-swapped": "swapped β and 1 − β",
    "bias-correction": "mixed up the average with its bias-corrected value",
    "off-by-one": "took the learning rate of the epoch before or after",
    "unbiased-variance": "normalised with the unbiased variance (÷ (N − 1)); training mode uses ÷ N",
    "eps-missing": "left out ε under the square root",
    "gamma-beta-missing": "left out γ and β (y = γ·x̂ + β)",
    "times-keep": "multiplied by (1 − p) instead of dividing by it",
    "no-scale": "forgot to scale the survivors by 1 / (1 − p)",
    "unknown": "none of the usual mistakes gives this number",
}


@dataclass(frozen=True)
class LabVerdict:
    verdict: str  # check.RIGHT or check.WRONG
    expected: float
    diagnosis: str | None = None  # a LAB_MISTAKES code
    implied: float | None = None  # what that mistake gives


def judge(text: str, right: float, mistakes: list[tuple[str, float]]) -> LabVerdict:
    """``text`` against ``right``, then against each (mistake, value it gives); ValueError for text that is
    not a number."""
    t = typed(text)
    if t.matches(right):
        return LabVerdict(RIGHT, right)
    for code, value in mistakes:
        if np.isfinite(value) and t.matches(value):
            return LabVerdict(WRONG, right, code, float(value))
    return LabVerdict(WRONG, right, "unknown")


def dropout_candidates(result, j: int) -> tuple[float, list]:
    """Output j of the Dropout lab: x / (1 − p) for a survivor, 0 for a dropped one (training mode)."""
    x, kept, p = float(result.before[0, j]), bool(result.kept[0, j]), result.p
    right = float(result.after[0, j])
    if not result.training or not kept or p == 0:
        return right, []
    return right, [("times-keep", x * (1 - p)), ("no-scale", x)]


def batchnorm_candidates(result, index: tuple, which: str, eps: float) -> tuple[float, list]:
    """x̂ or y of the element at ``index`` ((n, c) or (n, c, h, w)) in the BatchNorm lab, training mode."""
    c = index[1]
    x = float(result.inputs[index])
    mean, var, unbiased = float(result.mean[c]), float(result.var_biased[c]), float(result.var_unbiased[c])
    gamma, beta = float(result.gamma[c]), float(result.beta[c])
    x_hat = float(result.normalized[index])
    wrong_var = (x - mean) / np.sqrt(unbiased + eps)
    no_eps = (x - mean) / np.sqrt(var) if var > 0 else np.nan
    if which == "x̂":
        return x_hat, [("unbiased-variance", wrong_var), ("eps-missing", no_eps)]
    return float(result.output[index]), [("unbiased-variance", gamma * wrong_var + beta),
                                        ("eps-missing", gamma * no_eps + beta), ("gamma-beta-missing", x_hat)]


def ewa_candidates(values, beta: float, day: int, corrected: bool, right: float) -> tuple[float, list]:
    """S_day of the weighted-average lab (``right``: the lab's own value), with β swapped and the other of
    the plain and bias-corrected averages as the mistakes."""
    y = np.asarray(values, dtype=np.float64)[:day]

    def plain(b):
        s = y[0]
        for v in y[1:]:
            s = b * s + (1 - b) * v
        return s

    def with_correction(b):
        s = 0.0
        for v in y:
            s = b * s + (1 - b) * v
        return s / (1 - b ** len(y)) if b < 1 else np.nan

    own, other = (with_correction, plain) if corrected else (plain, with_correction)
    return right, [("betas-swapped", own(1 - beta)), ("bias-correction", other(beta))]


def schedule_candidates(lrs, epoch: int) -> tuple[float, list]:
    """The lr in force during ``epoch`` (a schedule's curve from epoch 0), and its neighbours'."""
    lrs = np.asarray(lrs, dtype=np.float64)
    return float(lrs[epoch]), [("off-by-one", float(lrs[e])) for e in (epoch - 1, epoch + 1)
                               if 0 <= e < len(lrs) and lrs[e] != lrs[epoch]]
