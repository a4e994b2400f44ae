"""What the training lab's plots say under the mouse: the class probabilities at a point of the decision
boundary, and every run's loss, accuracy and lr at an epoch of the curves."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from ....engine import training

translate = QCoreApplication.translate  # (lupdate reads translate("Readouts", "…") calls)


def boundary_text(record: training.TrainRecord, run: int, x: float, y: float) -> str:
    """The model's answer at (x, y), read from the grid cell under it (what the picture shows there)."""
    xs, ys = record.grid
    if not (xs[0] <= x <= xs[-1] and ys[0] <= y <= ys[-1]):
        return ""
    i = round((y - ys[0]) / (ys[-1] - ys[0]) * (len(ys) - 1))
    j = round((x - xs[0]) / (xs[-1] - xs[0]) * (len(xs) - 1))
    value = float(record.boundary[run][i, j])
    where = f"x1 = {x:.2f}, x2 = {y:.2f}"
    if record.setup.data.classes == 2:
        return translate("Readouts", "{0}: P(class 0) = {1:.3f}, P(class 1) = {2:.3f}").format(where, 1 - value, value)
    label = math.floor(value)  # engine.training.boundary: the class plus half its probability
    return translate("Readouts", "{0}: class {1}, P = {2:.3f}").format(where, label, (value - label) * 2)


def curves_text(record: training.TrainRecord, x: float) -> str:
    """Each run's numbers at the epoch nearest to ``x`` (one line per run)."""
    done = record.epoch
    if done == 0:
        return ""
    e = min(max(round(x), 1), done)
    lines = [translate("Readouts", "epoch {0}").format(e)]
    for h in record.runs:
        lines.append(translate("Readouts", "{0}: loss {1:.4f} / {2:.4f}, accuracy {3:.3f} / {4:.3f} (training / "
                                           "test), lr {5:.3g}")
                     .format(h.label, h.train_loss[e - 1], h.test_loss[e - 1], h.train_acc[e - 1],
                             h.test_acc[e - 1], h.lr[e - 1]))
    return "\n".join(lines)


def follow_mouse(plot: pg.PlotWidget, text_at, show) -> None:
    """Call ``show(text_at(x, y))`` as the mouse moves over ``plot`` (in the plot's coordinates)."""
    def moved(pos):
        if plot.plotItem.vb.sceneBoundingRect().contains(pos):
            point = plot.plotItem.vb.mapSceneToView(pos)
            show(text_at(point.x(), point.y()))

    plot.scene().sigMouseMoved.connect(moved)

