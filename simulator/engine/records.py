"""Frozen records: the only things that cross from the compute process to the GUI (pickled, with their
large arrays in shared memory; see compute/transport.py).

They hold numpy arrays, never tensors, and each is a complete snapshot, so the GUI may skip any
record but the latest.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class ScheduleCurve:
    key: object  # whatever the caller used to tell its rows apart
    label: str  # the spec as text, e.g. StepLR(step_size=50, gamma=0.5)
    lrs: np.ndarray | None  # lr in force during each epoch (NaN where not computed yet)
    error: str | None  # why there is no curve (torch rejected the values)


@dataclass(frozen=True)
class ScheduleCurves:
    curves: tuple[ScheduleCurve, ...]
    lr: float
    epochs: int
    complete: bool


@dataclass(frozen=True)
class DescentPath:
    """Plain gradient descent on a 1-D loss: the point before each iteration and what torch computed there.

    ``x[k]``, ``grad[k]`` and ``loss[k]`` belong to the point reached after k updates (k = 0 is the
    start), so they have one entry more than the number of updates done; ``update[k]`` is the
    lr·grad that torch subtracted to go from ``x[k]`` to ``x[k + 1]``.
    """

    formula: str
    lr: float
    x: np.ndarray
    grad: np.ndarray
    loss: np.ndarray
    update: np.ndarray
    iterations: int  # updates asked for
    verdict: str  # see lr_effect.classify
    verdict_step: int | None  # where it converged or diverged

    @property
    def steps(self) -> int:
        """Updates actually done (fewer than asked when the run diverged)."""
        return len(self.x) - 1


@dataclass(frozen=True)
class SurfaceImage:
    """A surface sampled for drawing: values on a grid, the colour scale, and isolines as one path."""

    name: str
    formula: str
    xs: np.ndarray
    ys: np.ndarray  # length 1 for 1-D surfaces
    values: np.ndarray  # [y, x] for 2-D, [x] for 1-D
    shade: np.ndarray  # what the colours encode: values, or log10 of (values − min) for wide ranges
    log_scale: bool
    iso_x: np.ndarray  # all isolines joined, NaN between lines
    iso_y: np.ndarray
