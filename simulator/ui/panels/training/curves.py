"""The training lab's curves per epoch: loss (training solid, test dashed, the gap of run 1 shaded),
accuracy and the learning rate, one colour per run."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QSplitter

from ....engine import training
from ... import legends, theme
from ...figures import set_data_quietly


def initial_lr(optimizer) -> float | None:
    """The lr an optimizer spec starts with (written or its default)."""
    try:
        return float(optimizer.kwargs.get("lr", optimizer.entry.param("lr").default))
    except (KeyError, TypeError, ValueError):
        return None


class TrainingCurves(QSplitter):
    def __init__(self, parent=None):
        super().__init__(Qt.Vertical, parent)
        self.loss_plot = pg.PlotWidget()
        theme.style_plot(self.loss_plot.getPlotItem(), self.tr("epoch"), self.tr("loss"))
        self.loss_plot.setTitle(self.tr("loss — solid: training set, dashed: test set; shaded: the gap"))
        self.loss_plot.addLegend(offset=(-10, 10))
        legends.keep_clear(self.loss_plot.getPlotItem())  # (off the test loss where the gap is widest)
        self.acc_plot = pg.PlotWidget()
        theme.style_plot(self.acc_plot.getPlotItem(), self.tr("epoch"), self.tr("accuracy"))
        self.lr_plot = pg.PlotWidget()
        theme.style_plot(self.lr_plot.getPlotItem(), self.tr("epoch"), self.tr("learning rate"))
        self.plots = (self.loss_plot, self.acc_plot, self.lr_plot)
        self.cursors = [pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(theme.color("muted"), width=1.5))
                        for _ in self.plots]  # the time cursor, in epochs
        self.gap = None
        self._record: training.TrainRecord | None = None  # the newest, drawn when shown
        self._loss_fitted = False
        self.curves: list[tuple] = []  # per run: train loss, test loss, train accuracy, test accuracy, lr
        for p in self.plots:
            self.addWidget(p)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setStretchFactor(2, 1)

    def new_runs(self, record: training.TrainRecord) -> None:
        for plot in self.plots:
            plot.getPlotItem().clear()
        self.loss_plot.getPlotItem().legend.clear()
        self.curves = []
        for r, h in enumerate(record.runs):
            solid = theme.series_pen(r, width=2, dashed=False)
            dashed = pg.mkPen(theme.series_color(r), width=2, style=Qt.DashLine)
            self.curves.append((self.loss_plot.plot(pen=solid, name=h.label), self.loss_plot.plot(pen=dashed),
                                self.acc_plot.plot(pen=solid), self.acc_plot.plot(pen=dashed),
                                self.lr_plot.plot(pen=solid)))
        for plot, cursor in zip(self.plots, self.cursors, strict=True):
            plot.addItem(cursor, ignoreBounds=True)  # (clear() removed it)
            theme.refresh(plot.getPlotItem())
        epochs = record.setup.epochs  # the empty plots already read right: epochs 0 … all, accuracy 0 … 1
        for plot in self.plots:
            plot.setXRange(0, epochs, padding=0.02)
        self.acc_plot.setYRange(0, 1, padding=0.02)
        lrs = [lr for lr in (initial_lr(run.optimizer) for run in record.setup.runs) if lr]
        self.loss_plot.setYRange(0, 1, padding=0.02)  # until the first epoch's losses come in (draw)
        self._loss_fitted = False
        self.lr_plot.setYRange(0, max(lrs, default=1.0) * 1.15, padding=0)
        # without a scheduler the lr is a flat line: its room goes to the loss and accuracy
        self.lr_plot.setVisible(any(run.scheduler is not None for run in record.setup.runs))
        first = self.curves[0]
        color = theme.series_color(0)
        brush = pg.mkBrush(color.red(), color.green(), color.blue(), 40)
        self.gap = pg.FillBetweenItem(first[0], first[1], brush=brush)  # the generalization gap of run 1
        self.loss_plot.addItem(self.gap)

    def draw(self, record: training.TrainRecord) -> None:
        """The curves so far; drawn now if on screen, else when shown."""
        self._record = record
        if not self.isVisible():
            return
        for r, (train_loss, test_loss, train_acc, test_acc, lr) in enumerate(self.curves):
            h = record.runs[r]
            epochs = np.arange(1, len(h.train_loss) + 1)
            if r == 0:  # the gap's edges: it is redrawn once, when the second changes
                set_data_quietly(train_loss, epochs, h.train_loss)
            else:
                train_loss.setData(epochs, h.train_loss)
            test_loss.setData(epochs, h.test_loss)
            train_acc.setData(epochs, h.train_acc)
            test_acc.setData(epochs, h.test_acc)
            lr.setData(epochs, h.lr)
        if record.epoch and not self._loss_fitted:  # the first losses are in: fit them from now on
            self._loss_fitted = True
            self.loss_plot.enableAutoRange(y=True)
        top = max((float(np.nanmax(h.lr)) for h in record.runs if len(h.lr)), default=0.0)
        if top > 0:  # from 0, so a constant lr reads as a flat line at its value
            self.lr_plot.setYRange(0, top * 1.15, padding=0)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._record is not None:
            self.draw(self._record)

    def set_cursor(self, epoch: float) -> None:
        for cursor in self.cursors:
            cursor.setValue(epoch)

    def fit_sizes(self, font: QFont) -> None:
        """Plots tall enough, at the current scale, for a few tick labels and their whole axis title."""
        title = QFont(font)
        title.setPointSizeF((theme.PLOT_FONT_SIZE + 1) * theme.scale)  # as theme.style_plot sets axis titles
        for plot, height in zip(self.plots, (80, 70, 70), strict=True):
            along = QFontMetrics(title).horizontalAdvance(plot.getPlotItem().getAxis("left").labelText)
            plot.setMinimumHeight(max(round(height * theme.scale), along + round(45 * theme.scale)))
