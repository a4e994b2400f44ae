"""The learning-rate range test's fields (lr from, to, iterations, run) and its curve: the loss against the
lr on a log axis (each step's loss faint, the smoothed loss bold), a marked line at each suggested lr, and
optional reference lines (the learning-rate lab's 0.125 and 0.25)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ...engine import lr_finder
from ...engine.lr_finder import RangeTest
from .. import legends, theme
from ..figures import DecadeAxis
from .flow import FlowRow, pair

RULE_SERIES = {"minimum / 10": 1, "steepest descent": 2, "valley": 4}  # series colours of the suggestions


def rule_text(rule: str) -> str:
    """A suggestion rule's name in the user's language."""
    return {"minimum / 10": QCoreApplication.translate("RangePlot", "minimum / 10"),
            "steepest descent": QCoreApplication.translate("RangePlot", "steepest descent"),
            "valley": QCoreApplication.translate("RangePlot", "valley")}.get(rule, rule)


class RangeFields(QWidget):
    """lr from, to, iterations and the run button, in one row; ``sig_run`` with the values once they check."""

    sig_run = Signal(float, float, int)
    sig_error = Signal(str)  # what is wrong with the fields ("" once they are right)

    def __init__(self, start: float = lr_finder.START, end: float = lr_finder.END, parent=None):
        super().__init__(parent)
        self.start, self.end = QLineEdit(f"{start:g}"), QLineEdit(f"{end:g}")
        self.iterations = QSpinBox()
        self.iterations.setRange(5, lr_finder.MAX_ITERATIONS)
        self.iterations.setValue(lr_finder.ITERATIONS)
        self.button = QPushButton(self.tr("Run the range test"))
        row = QVBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(FlowRow((pair(self.tr("lr from"), self.start), pair(self.tr("to"), self.end),
                               pair(self.tr("iterations"), self.iterations), self.button)))
        for field in (self.start, self.end):
            field.setMaximumWidth(110)
            field.returnPressed.connect(self.run)
        self.button.clicked.connect(self.run)

    def run(self) -> None:
        try:
            start, end = float(self.start.text()), float(self.end.text())
        except ValueError:
            start = end = math.nan
        try:
            lr_finder.check(start, end, self.iterations.value())
        except lr_finder.SpecError as e:
            self.sig_error.emit(str(e))
            return
        self.sig_error.emit("")
        self.sig_run.emit(start, end, self.iterations.value())


class RangePlot(pg.PlotWidget):
    def __init__(self, parent=None, log_loss: bool = False):
        axes = {"bottom": DecadeAxis("bottom")}  # (a log loss may span 30 decades: pyqtgraph's own spacing)
        super().__init__(parent, axisItems=axes)
        axes["bottom"].setStyle(maxTextLevel=0)
        item = self.getPlotItem()
        theme.style_plot(item, self.tr("learning rate (log scale)"), self.tr("loss"))
        # (a label size as ScheduleFigure's: without one this legend outlived its view box when torn down)
        self.legend = item.addLegend(offset=(-10, 10), labelTextSize=f"{theme.PLOT_FONT_SIZE}pt")
        legends.keep_clear(item)
        item.setLogMode(x=True, y=log_loss)
        self.raw = self.plot(pen=theme.series_pen(0, width=1.5, dashed=False), name=self.tr("each step's loss"))
        self.smooth = self.plot(pen=theme.series_pen(0, width=3, dashed=False), name=self.tr("smoothed (β = 0.98)"))
        self._marks: list = []
        self.setMinimumHeight(200)
        theme.refresh(item)  # the legend's labels at the current scale

    def show_test(self, test: RangeTest | None, references: tuple[tuple[float, str], ...] = ()) -> None:
        """The curve and its suggestions; ``references``: (lr, label) lines drawn dashed."""
        for mark in self._marks:
            self.removeItem(mark)
        self._marks = []
        if test is None or not len(test.lrs):
            self.raw.setData([], [])
            self.smooth.setData([], [])
            return
        finite = np.isfinite(test.losses) & (test.losses > 0)
        self.raw.setData(test.lrs[finite], test.losses[finite])
        finite = np.isfinite(test.smoothed) & (test.smoothed > 0)
        self.smooth.setData(test.lrs[finite], test.smoothed[finite])
        for s in test.suggestions:
            self._line(s.lr, f"{rule_text(s.rule)}\n{s.lr:.2g}", theme.series_color(RULE_SERIES.get(s.rule, 3)),
                       Qt.SolidLine)
        for lr, label in references:
            self._line(lr, label, theme.color("muted"), Qt.DashLine)
        for k, mark in enumerate(self._marks):  # labels at different heights: the lines may lie close
            mark.label.setPosition(0.93 - 0.7 * k / max(1, len(self._marks) - 1))
        lo, hi = float(test.lrs[0]), float(test.lrs[-1])
        self.setXRange(np.log10(lo), np.log10(max(hi, lo * 10)), padding=0.02)
        top = test.smoothed[np.isfinite(test.smoothed)]
        if len(top) and not self.getPlotItem().getViewBox().state["logMode"][1]:
            # the blow-up at the end would flatten the part worth reading: up to twice the first loss
            self.setYRange(0, max(float(np.max(top[: max(1, len(top) - 1)])), float(top[0]) * 2), padding=0.05)
        else:
            self.enableAutoRange(y=True)

    def _line(self, lr: float, label: str, color, style) -> None:
        line = pg.InfiniteLine(np.log10(lr), angle=90, movable=False, pen=pg.mkPen(color, width=2, style=style),
                               label=label, labelOpts={"color": color, "movable": False})
        self.addItem(line, ignoreBounds=True)
        self._marks.append(line)
