"""A swarm's colours: each start point coloured by the minimum it reached, or by its loss."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from ....engine import race
from ... import theme
from ...figures import basin_color

REACHED = 0.05  # closer than this to a known minimum counts as having reached it


def swarm_brushes(record: race.RaceRecord, racer: int, row: int, by_basin: bool) -> list:
    """One brush per start point of ``racer`` at history row ``row``: its minimum's colour (grey when none
    was reached or the point diverged), or its loss on a log scale (viridis)."""
    if by_basin:
        final = record.positions[row, racer].astype(np.float64)
        basin, distance = record.surface.nearest_minimum(final)
        reached = np.isfinite(final).all(axis=1) & (distance < REACHED)
        return [pg.mkBrush(basin_color(b) if ok else theme.color("faint"))
                for b, ok in zip(basin, reached, strict=True)]
    loss = record.loss[row, racer].astype(np.float64)
    finite = np.isfinite(loss)
    scaled = np.zeros_like(loss)
    if finite.any():
        logs = np.log10(loss[finite] - loss[finite].min() + 1e-9)
        scaled[finite] = (logs - logs.min()) / max(1e-12, np.ptp(logs))
    cmap = pg.colormap.get("viridis")
    return [pg.mkBrush(cmap.map(v, mode="qcolor")) if ok else pg.mkBrush(theme.color("faint"))
            for v, ok in zip(scaled, finite, strict=True)]
