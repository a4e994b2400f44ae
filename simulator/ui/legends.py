"""Legends that stay off the data: after the curves or the view change, a plot's legend moves to the corner
of the view where it covers the fewest points of its curves (top right when they tie)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, QTimer

CORNERS = (((1, 0), (-10, 10)), ((0, 0), (10, 10)), ((1, 1), (-10, -10)), ((0, 1), (10, -10)))
SAMPLES = 400  # points per curve looked at (curves are sampled evenly, with their segments' midpoints)


def covered(plot_item, rect) -> int:
    """How many sampled points of ``plot_item``'s curves fall inside ``rect`` (scene coordinates)."""
    view = plot_item.getViewBox()
    box = view.sceneBoundingRect()
    (x0, x1), (y0, y1) = view.viewRange()
    if box.width() <= 0 or x1 == x0 or y1 == y0:
        return 0
    count = 0
    for item in plot_item.listDataItems():
        if not item.isVisible():
            continue
        x, y = item.getData()
        if x is None or len(x) == 0:
            continue
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
        if len(x) == len(y) + 1:  # a histogram (stepMode): its bars' middles
            x = (x[1:] + x[:-1]) / 2
        x, y = x[:len(y)], y[:len(x)]
        if len(x) > 1:  # the lines between the points cover the legend too
            x, y = np.r_[x, (x[1:] + x[:-1]) / 2], np.r_[y, (y[1:] + y[:-1]) / 2]
        keep = np.isfinite(x) & np.isfinite(y)
        x, y = x[keep], y[keep]
        if len(x) > SAMPLES:
            pick = np.linspace(0, len(x) - 1, SAMPLES).astype(int)
            x, y = x[pick], y[pick]
        sx = box.left() + (x - x0) / (x1 - x0) * box.width()
        sy = box.top() + (y1 - y) / (y1 - y0) * box.height()
        count += int(np.sum((sx >= rect.left()) & (sx <= rect.right()) & (sy >= rect.top()) & (sy <= rect.bottom())))
    return count


def _least_covered(plot_item, legend):
    """The corner where ``legend``, at its current size, covers the fewest points, and how many."""
    box, own = plot_item.getViewBox().sceneBoundingRect(), legend.sceneBoundingRect()
    best, fewest = CORNERS[0], None
    for corner in CORNERS:
        (ax, ay), (dx, dy) = corner
        left = box.left() + ax * box.width() + dx - ax * own.width()
        top = box.top() + ay * box.height() + dy - ay * own.height()
        n = covered(plot_item, own.translated(left - own.left(), top - own.top()))
        if fewest is None or n < fewest:
            best, fewest = corner, n
    return best, fewest


def _columns(legend, count: int) -> None:
    if legend.columnCount != count:  # (a new shape lays the legend out again)
        legend.setColumnCount(count)


def place(plot_item, wide: bool = True) -> None:
    """Move the legend to its least covered corner; when every corner covers some points (a short plot) and
    ``wide``, also try it as one row, and keep the shape that covers fewer."""
    legend = plot_item.legend
    if legend is None or not legend.isVisible():
        return
    _columns(legend, 1)
    (corner, offset), fewest = _least_covered(plot_item, legend)
    best, entries = (corner, offset, 1), len(legend.items)
    if wide and fewest and entries > 1:
        _columns(legend, entries)
        (corner, offset), in_a_row = _least_covered(plot_item, legend)
        if in_a_row < fewest:
            best = (corner, offset, entries)
        else:
            _columns(legend, 1)
    if getattr(legend, "corner", None) != best:  # (anchoring repaints: only when it moves)
        legend.corner = best
        (ax, ay), offset, _ = best
        legend.anchor(itemPos=(ax, ay), parentPos=(ax, ay), offset=offset)


class _Placer(QObject):
    """Places one plot's legend once per event-loop turn after its data or view changed."""

    def __init__(self, plot_item, wide: bool):
        super().__init__(plot_item)  # (a child of the plot: it goes, with its timer, when the plot goes)
        self.plot_item = plot_item
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(lambda: place(self.plot_item, wide))


def keep_clear(plot_item, wide: bool = True) -> None:
    """From now on, keep ``plot_item``'s legend where it covers the fewest points (call after addLegend);
    ``wide``: it may become one row (not for plots redrawn every frame: a new shape lays it out again)."""
    placer = _Placer(plot_item, wide)
    plot_item.getViewBox().sigRangeChanged.connect(lambda *_: placer.timer.start())
    plot_item.getViewBox().sigResized.connect(lambda *_: placer.timer.start())
    original = plot_item.addItem

    def add_item(item, *args, **kwargs):  # new curves: follow their data (a PlotItem has no signal for them)
        original(item, *args, **kwargs)
        if hasattr(item, "sigPlotChanged"):
            item.sigPlotChanged.connect(lambda *_: placer.timer.start())

    plot_item.addItem = add_item
    for item in plot_item.listDataItems():
        item.sigPlotChanged.connect(lambda *_: placer.timer.start())
