"""One optimizer step explained: the update equations of torch's algorithms with the numbers of that
step substituted, computed from the state torch stored (``optimizer.state``) before and after it.

The predicted update is compared by the tests (and shown in the panel) against the update torch
actually made, so the equations on screen are checked against torch, not against themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .race import RaceRecord
from .updates import Line, fmt


@dataclass(frozen=True)
class Explanation:
    optimizer: str
    step: int  # the update from this step to the next
    lines: tuple[Line, ...]
    predicted: np.ndarray  # Δw from the equations
    actual: np.ndarray  # Δw torch made (next position − position)
    effective_lr: np.ndarray  # per-parameter step size multiplying the (averaged) gradient

    @property
    def difference(self) -> float:
        return float(np.max(np.abs(self.predicted - self.actual)))

    def agrees(self, position: np.ndarray) -> bool:
        """Whether w + predicted lands on torch's next w within float32 rounding (a few ulps of w)."""
        scale = np.maximum(np.abs(position), np.abs(position + self.actual)).astype(np.float32)
        return bool(np.all(np.abs(self.predicted - self.actual) <= 4 * np.spacing(scale)))


def explain(record: RaceRecord, racer: int, step: int) -> Explanation:
    """The update racer ``racer`` made from ``step`` to ``step + 1`` (needs a single-point race)."""
    if record.state is None or step >= record.steps_done:
        raise ValueError("no single-point update recorded at this step")
    hyper = record.hyper[racer]
    w = record.positions[step, racer, 0].astype(np.float64)
    actual = record.positions[step + 1, racer, 0].astype(np.float64) - w
    g = record.grad[step, racer, 0].astype(np.float64)
    lr = float(record.lr[step, racer])
    state = record.state[racer]

    def at(name, row):  # tensors are stored as (rows, points, dims), the step counter as (rows,)
        value = state[name][row] if name in state else np.nan
        return value[0] if np.ndim(value) else value

    def before(name, default=0.0):  # absent (NaN) before torch creates the state on the first step
        value = at(name, step)
        return np.where(np.isnan(value), default, value) if np.ndim(value) else (default if np.isnan(value) else value)

    def after(name):
        return at(name, step + 1)

    name = record.racers[racer].optimizer.entry.torch_name
    lines = [Line("g", "g = ∂L/∂w (autograd)", f"w = {fmt(w)} → g = {fmt(g)}", g)]
    wd = hyper.get("weight_decay", 0.0)
    if wd and name != "AdamW":
        g = g + wd * w
        lines.append(Line("g", "g ← g + λ·w", f"+ {wd:g}·{fmt(w)} = {fmt(g)}", g))
    predicted, effective = record.racers[racer].optimizer.entry.explain(lines, hyper, g, w, lr, before, after)
    if wd and name == "AdamW":  # decoupled: w shrinks by lr·λ·w before the Adam step
        decay = -lr * wd * w
        lines.insert(-1, Line("Δw", "Δw ← Δw − lr·λ·w", f"{fmt(predicted)} − {lr:g}·{wd:g}·{fmt(w)}",
                              predicted + decay))
        predicted = predicted + decay
    lines.append(Line("w", "w ← w + Δw", f"{fmt(w)} + {fmt(predicted)} = {fmt(w + predicted)}", w + predicted))
    return Explanation(record.racers[racer].label, step, tuple(lines), predicted, actual, effective)
