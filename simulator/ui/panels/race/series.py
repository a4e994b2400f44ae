"""The race's curves over the steps: loss (mean over a swarm's points) and distance to the nearest minimum,
with the playback cursor and a hover cursor."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QSplitter

from ....engine import race
from ... import theme
from ...figures import positive_or_nan
from ...widgets.flow import stacked


class SeriesPlots(QSplitter):
    sig_hovered = Signal(int)  # the step under the mouse, -1 when it left the plots
    sig_enlarge = Signal()  # a double-click on a plot: give the curves the surface's room (again: back)

    def __init__(self, parent=None):
        super().__init__(Qt.Horizontal, parent)
        self.loss_plot = pg.PlotWidget()
        theme.style_plot(self.loss_plot.getPlotItem(), self.tr("step"), self.tr("loss"))
        self.dist_plot = pg.PlotWidget()
        theme.style_plot(self.dist_plot.getPlotItem(), self.tr("step"), self.tr("distance"))
        self.plots = (self.loss_plot, self.dist_plot)
        self.loss_curves: list[pg.PlotDataItem] = []
        self.dist_curves: list[pg.PlotDataItem] = []
        self.step_lines = [pg.InfiniteLine(0, angle=90, pen=pg.mkPen(theme.color("muted"), width=1.5))
                           for _ in self.plots]
        self.hover_lines = [pg.InfiniteLine(0, angle=90, pen=pg.mkPen(theme.color("highlight"), width=1,
                                                                      style=Qt.DashLine))
                            for _ in self.plots]
        for plot, line, hover in zip(self.plots, self.step_lines, self.hover_lines, strict=True):
            plot.setMinimumHeight(100)
            plot.addItem(line, ignoreBounds=True)
            plot.addItem(hover, ignoreBounds=True)
            hover.hide()
            plot.scene().sigMouseMoved.connect(lambda pos, plot=plot: self.hovered(plot, pos))
            plot.scene().sigMouseClicked.connect(lambda event: self.sig_enlarge.emit() if event.double() else None)
            plot.setToolTip(self.tr("Double-click: enlarge the curves (double-click again: back to the surface)"))
        self.log_loss = QCheckBox(self.tr("log scale"))
        self.log_loss.toggled.connect(self._set_log)
        self.addWidget(stacked(self.loss_plot, self.log_loss, grow=self.loss_plot))
        self.addWidget(self.dist_plot)
        self._record: race.RaceRecord | None = None
        self._box_values: np.ndarray | None = None  # the surface's values in its view box

    def new_race(self, count: int) -> None:
        """One curve per racer in each plot."""
        for plot, curves in ((self.loss_plot, self.loss_curves), (self.dist_plot, self.dist_curves)):
            for c in curves:
                plot.removeItem(c)
            curves.clear()
            for i in range(count):
                curves.append(plot.plot(pen=theme.series_pen(i, width=2), connect="finite"))
            theme.refresh(plot.getPlotItem())

    def set_surface(self, known_minimum: bool, values: np.ndarray) -> None:
        self.dist_plot.setTitle(self.tr("distance to the nearest minimum") if known_minimum
                                else self.tr("no known minimum on this surface"))
        self._box_values = values[np.isfinite(values)]

    def draw(self, record: race.RaceRecord) -> None:
        self._record = record
        steps = record.recorded.astype(float)
        mean_loss = record.mean_loss  # over a swarm's points; for one point, its loss
        for r in range(len(record.racers)):
            loss = mean_loss[:, r]
            self.loss_curves[r].setData(steps, positive_or_nan(loss) if self.log_loss.isChecked() else loss)
            self.dist_curves[r].setData(steps, record.distance[:, r])
        finite = mean_loss[np.isfinite(mean_loss)]
        box = self._box_values
        if not self.log_loss.isChecked() and box is not None and box.size and finite.size:
            # the racers' losses, clipped to those inside the view box: one racer running off to −∞
            # must not flatten the others
            low, high = max(finite.min(), box.min()), min(finite.max(), box.max())
            if high > low:
                self.loss_plot.setYRange(float(low), float(high), padding=0.05)

    def set_step(self, step: float) -> None:
        for line in self.step_lines:
            line.setValue(step)

    def _set_log(self, on: bool) -> None:
        self.loss_plot.getPlotItem().setLogMode(y=on)
        self.loss_plot.enableAutoRange(y=on)
        if self._record is not None:
            self.draw(self._record)

    def hovered(self, plot, pos) -> None:
        record = self._record
        if record is None or record.n_points > 1:
            return
        vb = plot.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(pos):
            for line in self.hover_lines:
                line.hide()
            self.sig_hovered.emit(-1)
            return
        step = int(np.clip(round(vb.mapSceneToView(pos).x()), 0, record.steps_done))
        for line in self.hover_lines:
            line.setValue(step)
            line.show()
        self.sig_hovered.emit(step)
