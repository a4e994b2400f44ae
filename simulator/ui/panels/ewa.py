"""Exponentially weighted average (tutorial 3.3.1): how β smooths a series, and why Adam corrects bias."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSlider, QVBoxLayout, QWidget

from ...compute.job import Job
from ...engine import check_labs, ewa
from ...engine.specs import SpecError
from .. import legends, notebook_texts, theme
from ..widgets.check_field import CheckField
from .base import Panel

SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")  # S₃₀, as the tutorial writes it


class EwaPanel(Panel):
    NAME = "ewa"

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.result: ewa.EwaResult | None = None
        self.data = QLineEdit()
        self.data.setPlaceholderText(self.tr("the tutorial's 30 temperatures (or type numbers: 3, 5.5, 4, …)"))
        self.tutorial_betas = [QCheckBox(f"β = {b}") for b in ewa.TUTORIAL_BETAS]
        for box in self.tutorial_betas:
            box.setChecked(True)
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setRange(0, 99)
        self.slider.setValue(95)
        self.slider_label = QLabel()
        self.corrected = QCheckBox(self.tr("bias-corrected (S₀ = 0, ÷ (1 − βᵗ), as Adam)"))
        self.momentum = QPushButton(self.tr("The same average on gradients: Momentum ▶"))
        self.momentum.setToolTip(self.tr(
            "Momentum is written two ways: this average of the gradients, s ← β·s + (1 − β)·g (the tutorial's "
            "formula), and torch's b ← μ·b + g, which the tutorial's printed results follow. The race shows both "
            "side by side."))
        self.plot = pg.PlotWidget()
        theme.style_plot(self.plot.getPlotItem(), self.tr("day"), self.tr("value"))
        self.plot.addLegend(offset=(-10, 10))
        legends.keep_clear(self.plot.getPlotItem())  # (the last days' values are often top right)
        self.values_curve = self.plot.plot(pen=pg.mkPen(theme.color("faint"), width=1), symbol="o", symbolSize=6,
                                           symbolBrush=theme.color("faint"), symbolPen=None,
                                           name=self.tr("daily value Yₜ"))
        self.curves: list[pg.PlotDataItem] = []
        self.cursor = pg.InfiniteLine(30, angle=90, movable=True, pen=pg.mkPen(theme.color("muted"), width=1.5))
        self.plot.addItem(self.cursor)
        self.weights_plot = pg.PlotWidget()
        theme.style_plot(self.weights_plot.getPlotItem(), self.tr("day"), self.tr("weight"))
        self.weights_plot.setTitle(self.tr("weight in the average at the cursor"))
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.8, brush=theme.series_color(2))
        self.weights_plot.addItem(self.bars)
        self.window_label = QLabel()
        self.window_label.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("data")))
        top.addWidget(self.data, 1)
        for box in self.tutorial_betas:
            top.addWidget(box)
        top.addWidget(QLabel(self.tr("and")))
        top.addWidget(self.slider, 1)
        top.addWidget(self.slider_label)
        second = QHBoxLayout()
        second.addWidget(self.corrected)
        second.addStretch(1)
        second.addWidget(self.momentum)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.error)
        layout.addWidget(self.plot, 3)
        layout.addWidget(self.window_label)
        self.check = CheckField()  # the student's own S_t (for the slider's β)
        layout.addWidget(self.check)
        layout.addWidget(self.weights_plot, 2)

        self._rerun = QTimer(self)
        self._rerun.setSingleShot(True)
        self._rerun.setInterval(30)
        self._rerun.timeout.connect(self.run)
        self.data.editingFinished.connect(self._rerun.start)
        for box in self.tutorial_betas:
            box.toggled.connect(lambda _: self._rerun.start())
        self.slider.valueChanged.connect(lambda _: self._rerun.start())
        self.corrected.toggled.connect(lambda _: self.show_result(self.result))
        self.cursor.sigPositionChanged.connect(self._show_weights)
        self.momentum.clicked.connect(self._open_momentum)
        self.run()

    def betas(self) -> list[float]:
        chosen = [b for b, box in zip(ewa.TUTORIAL_BETAS, self.tutorial_betas, strict=True) if box.isChecked()]
        return [*chosen, self.slider.value() / 100]

    def read_data(self) -> list[float] | None:
        text = self.data.text().strip()
        if not text:
            return None
        return [float(v) for v in text.replace(";", ",").split(",") if v.strip()]

    def run(self) -> None:
        self.slider_label.setText(f"β = {self.slider.value() / 100:.2f}")
        try:
            values = self.read_data()
            if values is not None:
                ewa.check(values, self.betas())
        except (ValueError, SpecError) as e:
            self.show_error(str(e) if isinstance(e, SpecError) else self.tr("data: numbers separated by commas"))
            return
        self.show_error(None)
        betas = self.betas()
        self.submit(Job.of(ewa.average_job, values, betas), self.show_result)

    def show_result(self, result: ewa.EwaResult | None) -> None:
        if result is None:
            return
        self.result = result
        days = np.arange(1, len(result.values) + 1)
        self.values_curve.setData(days, result.values)
        legend = self.plot.getPlotItem().legend
        for curve in self.curves:
            legend.removeItem(curve)
            self.plot.removeItem(curve)
        self.curves = []
        for i, c in enumerate(result.curves):
            self.curves.append(self.plot.plot(days, c.ewa, pen=theme.series_pen(i, width=2.5),
                                              name=self.tr("EWA β = {0:g}").format(c.beta)))
            if self.corrected.isChecked():
                pen = pg.mkPen(theme.series_color(i), width=1.5, style=Qt.DotLine)
                self.curves.append(self.plot.plot(days, c.corrected, pen=pen,
                                                  name=self.tr("corrected β = {0:g}").format(c.beta)))
        theme.refresh(self.plot.getPlotItem())
        curve, corrected = result.curves[-1], self.corrected.isChecked()  # the slider's β
        self.check.set_source(lambda day: (
            self.tr("S{0} (β = {1:g}{2})").format(str(day).translate(SUBSCRIPTS), curve.beta,
                                                  self.tr(", bias-corrected") if corrected else ""),
            *check_labs.ewa_candidates(result.values, curve.beta, day, corrected,
                                       float((curve.corrected if corrected else curve.ewa)[day - 1]))),
            len(result.values))
        self.cursor.setBounds((1, len(days)))
        self._show_weights()

    def _show_weights(self) -> None:
        if self.result is None:
            return
        day = round(min(max(self.cursor.value(), 1), len(self.result.values)))
        beta = self.result.curves[-1].beta
        w = ewa.weights(beta, day)
        w[-1] = beta ** (day - 1)  # S_1 = Y_1: the first day keeps what the older days would have had
        self.bars.setOpts(x=day - np.arange(day), height=w)
        self.window_label.setText(self.tr(
            "Day {0}, β = {1:g}: the value k days back weighs (1 − β)·β^k; the weights sum to 1 and about "
            "1 / (1 − β) = {2:.3g} recent days carry most of them. Larger β: smoother and later. Day 1 keeps "
            "β^{3} = {4:.3g}, all that older days would have had: the average starts from its value (S₁ = Y₁)."
        ).format(day, beta, ewa.window(beta), day - 1, w[-1]))

    def show_series(self, values, beta: float) -> None:
        """Someone else's series averaged here, bias-corrected (the range test's smoothing of its losses)."""
        self.data.setText(", ".join(f"{v:.6g}" for v in values))
        for box in self.tutorial_betas:
            box.setChecked(False)
        self.slider.setValue(round(beta * 100))
        self.corrected.setChecked(True)
        self.run()

    def _open_momentum(self) -> None:
        window = self.window()
        if hasattr(window, "open_panel"):
            window.open_panel("race").load_preset("momentum")  # its two forms: torch's and this average

    def state_fields(self) -> dict[str, QWidget]:
        fields = {"data": self.data, "beta": self.slider}
        fields.update({f"show_beta_{b:g}": box for b, box in zip(ewa.TUTORIAL_BETAS, self.tutorial_betas, strict=True)})
        return {**fields, "corrected": self.corrected}

    def pytorch_script(self):
        result = self.result
        if result is None:
            return None
        return notebook_texts.ewa(result.values, [c.beta for c in result.curves], self.read_data() is None)

    def csv_writer(self):
        result, corrected = self.result, self.corrected.isChecked()
        return None if result is None else lambda file: ewa.write_csv(result, file, corrected)
