"""Batch Normalization (tutorial 5.3): torch.nn.BatchNorm1d/2d, channel by channel, batch after batch."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...compute.job import Job
from ...engine import check_labs
from ...engine import regularization as reg
from ...engine.specs import SpecError
from .. import legends, notebook_texts, theme
from ..widgets.check_field import CheckField
from ..widgets.state import write
from ..widgets.tables import fit_rows
from .base import Panel

RANDOM_SHAPE = (16, 3)
TABLE_ROWS = 8  # channels shown without scrolling
SOURCES = (QT_TRANSLATE_NOOP("BatchNormPanel", "tutorial BatchNorm2d (1, 2, 3, 4)"),
           QT_TRANSLATE_NOOP("BatchNormPanel", "tutorial BatchNorm1d (2, 3)"),
           QT_TRANSLATE_NOOP("BatchNormPanel", "random batch (16, 3)"),
           QT_TRANSLATE_NOOP("BatchNormPanel", "typed (N, C) or a pasted tensor"))


class BatchNormPanel(Panel):
    NAME = "batchnorm"

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.result: reg.BatchNormResult | None = None
        self.layer_state: reg.BatchNormState | None = None
        self.history: list[reg.BatchNormState] = []
        self.batch_seed = 0
        self.source = QComboBox()
        for source in SOURCES:
            self.source.addItem(self.tr(source), source)
        self.typed = QLineEdit("1, 2, 3; 4, 6, 8; 7, 10, 13")
        self.typed.setToolTip(self.tr("Rows are samples (;), columns are channels (,)"))
        self.gamma = QLineEdit()
        self.gamma.setPlaceholderText("γ = 1, …")
        self.beta = QLineEdit()
        self.beta.setPlaceholderText("β = 0, …")
        self.momentum = QLineEdit("0.1")
        self.momentum.setMaximumWidth(70)
        self.train = QRadioButton(self.tr("train"))
        self.eval = QRadioButton(self.tr("eval"))
        self.train.setChecked(True)
        self.feed = QPushButton(self.tr("Feed the next batch"))
        self.reset = QPushButton(self.tr("Reset running statistics"))
        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels(
            [self.tr("channel"), self.tr("batch mean"), self.tr("var (biased)"),
             self.tr("var (unbiased)"), "γ", "β", "running_mean", "running_var",
             self.tr("output mean / std")])
        self.table.horizontalHeaderItem(2).setToolTip(self.tr("the batch's variance, divided by n"))
        self.table.horizontalHeaderItem(3).setToolTip(self.tr("the batch's variance, divided by n − 1"))
        self.table.horizontalHeaderItem(8).setToolTip(self.tr("mean / standard deviation of the output"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)  # headers and numbers in full
        header.setStretchLastSection(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.histogram = pg.PlotWidget()
        theme.style_plot(self.histogram.getPlotItem(), self.tr("value"), self.tr("count"))
        self.histogram.addLegend(offset=(-10, 10))
        legends.keep_clear(self.histogram.getPlotItem())
        self.hist_before = self.histogram.plot(stepMode="center", fillLevel=0, brush=(0, 114, 178, 90),
                                               pen=theme.series_pen(0, width=2), name=self.tr("input"))
        self.hist_after = self.histogram.plot(stepMode="center", fillLevel=0, brush=(213, 94, 0, 90),
                                              pen=theme.series_pen(1, width=2), name=self.tr("output"))
        theme.refresh(self.histogram.getPlotItem())  # the legend came after the axes were styled
        self.running_plot = pg.PlotWidget()
        theme.style_plot(self.running_plot.getPlotItem(), self.tr("batches fed"), self.tr("running statistic"))
        self.running_plot.setTitle(self.tr("running_mean (solid) / running_var (dashed)"))
        self.running_curves: list[pg.PlotDataItem] = []
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)

        top = QHBoxLayout()  # what goes in …
        top.addWidget(QLabel(self.tr("input")))
        top.addWidget(self.source)
        top.addWidget(self.typed, 1)
        settings = QHBoxLayout()  # … and the layer's settings and actions
        for text, w in (("γ", self.gamma), ("β", self.beta), (self.tr("momentum"), self.momentum)):
            settings.addWidget(QLabel(text))
            settings.addWidget(w)
        for w in (self.train, self.eval, self.feed, self.reset):
            settings.addWidget(w)
        settings.addStretch(1)
        plots = QSplitter()
        plots.addWidget(self.histogram)
        plots.addWidget(self.running_plot)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(settings)
        layout.addWidget(self.error)
        layout.addWidget(self.explanation)
        self.check = CheckField()  # the student's own x̂ or y of one element (2-D batches, training mode)
        layout.addWidget(self.check)
        layout.addWidget(self.table)  # as tall as its rows (_fit_table); the plots take the rest
        layout.addWidget(plots, 1)

        self.source.activated.connect(lambda _: self.reset_state())
        for w in (self.typed, self.gamma, self.beta, self.momentum):
            w.editingFinished.connect(self.run)
        self.train.toggled.connect(lambda _: self.run())
        self.feed.clicked.connect(self.feed_batch)
        self.reset.clicked.connect(self.reset_state)
        theme.on_restyle(self, lambda _: self._restyle_sizes(), "size")
        self.reset_state()

    def _restyle_sizes(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(theme.BASE_POINT_SIZE * theme.scale)  # (the widgets may not have the new font yet)
        metrics = QFontMetrics(font)
        pad = round(16 * theme.scale)
        self.typed.setMinimumWidth(metrics.horizontalAdvance("1, 2, 3; 4, 6, 8; 7, 10, 13") + pad)
        for field in (self.gamma, self.beta):
            field.setMinimumWidth(metrics.horizontalAdvance("1, 1, 1") + pad)
        self.momentum.setMaximumWidth(metrics.horizontalAdvance("0.999") + pad)
        self._fit_table()

    def _fit_table(self) -> None:
        """The statistics table as tall as its header and rows (up to TABLE_ROWS, then it scrolls)."""
        fit_rows(self.table, 1, TABLE_ROWS)

    # -- inputs ----------------------------------------------------------------------------------------
    def batch(self):
        """Where the batch comes from (torch draws it, in the compute process; see reg.batch_norm_job) and
        its channel count."""
        index = self.source.currentIndex()
        if index in (0, 1):
            kind = ("2d", "1d")[index]
            return ("tutorial", kind), reg.TUTORIAL_SHAPES[kind][1]
        if index == 2:
            return ("random", RANDOM_SHAPE, self.batch_seed, 3.0, 2.0), RANDOM_SHAPE[1]
        text = self.typed.text().strip()
        if text.startswith(("tensor(", "[")):  # a tensor pasted as torch prints it: (N, C) or (N, C, H, W)
            values = reg.parse_tensor(text)
            return ("typed", values), values.shape[1]
        rows = [r for r in text.split(";") if r.strip()]
        try:
            values = np.array([[float(v) for v in r.split(",")] for r in rows])
        except ValueError:
            raise SpecError(self.tr("typed input: numbers, columns separated by ',' and rows by ';' — or paste a "
                                    "tensor as torch prints it")) from None
        if values.ndim != 2 or values.size == 0:
            raise SpecError(self.tr("typed input: every row needs the same number of values"))
        return ("typed", values), values.shape[1]

    def _channel_list(self, field: QLineEdit, channels: int, what: str):
        text = field.text().strip()
        if not text:
            return None
        try:
            values = [float(v) for v in text.split(",")]
        except ValueError:
            raise SpecError(self.tr("{0}: numbers separated by commas").format(what)) from None
        if len(values) != channels:
            raise SpecError(self.tr("{0}: one value per channel ({1})").format(what, channels))
        return values

    def reset_state(self) -> None:
        self.layer_state, self.history, self.batch_seed = None, [], 0
        self.typed.setEnabled(self.source.currentIndex() == 3)
        self.run(commit=False)

    def feed_batch(self) -> None:
        self.batch_seed += 1
        self.run(commit=True)

    # -- job ----------------------------------------------------------------------------------------------
    def run(self, commit: bool = False) -> None:
        """Show this batch; with ``commit`` its running statistics become the layer's state (a fed batch)."""
        try:
            source, channels = self.batch()
            gamma = self._channel_list(self.gamma, channels, "γ")
            beta = self._channel_list(self.beta, channels, "β")
            momentum = float(self.momentum.text())
        except (SpecError, ValueError) as e:
            self.show_error(str(e) if isinstance(e, SpecError) else self.tr("momentum: a number from 0 to 1"))
            return
        state = self.layer_state
        if state is not None and len(state.running_mean) != channels:
            state = None
        training = self.train.isChecked()

        def finished(result):
            self.show_result(result, commit)

        self.submit(Job.of(reg.batch_norm_job, source, gamma, beta, state, training, momentum), finished)

    def _check_source(self, result: reg.BatchNormResult) -> None:
        """Numbers 1 … K are x̂ of the K elements in order, K + 1 … 2K their y (training mode)."""
        if not result.training:
            self.check.set_source(None, 1)
            self.check.prompt.setText(self.tr("(in training mode)"))
            return
        places = list(np.ndindex(*result.inputs.shape))

        def source(k: int):
            which, at = divmod(k - 1, len(places))
            index = places[at]
            name = ("x̂", "y")[which]
            where = ", ".join(str(i) for i in index)
            return (f"{name}[{where}] (x = {result.inputs[index]:.6g})",
                    *check_labs.batchnorm_candidates(result, index, name, reg.BATCHNORM_EPS))

        self.check.set_source(source, 2 * len(places))

    def show_result(self, result: reg.BatchNormResult, commit: bool) -> None:
        self.show_error(None)
        self.result = result
        self._check_source(result)
        if commit or self.layer_state is None:
            if not self.history:
                self.history.append(result.before)
            if commit and result.training:
                self.layer_state = result.after
                self.history.append(result.after)
            elif self.layer_state is None:
                self.layer_state = result.before
        kind = "BatchNorm1d" if result.inputs.ndim == 2 else "BatchNorm2d"
        mode = self.tr("training: normalised with this batch's mean and biased variance; running statistics move "
                       "by momentum (running = (1 − m)·running + m·batch, with the unbiased variance)") \
            if result.training else self.tr("eval: normalised with the running statistics, not the batch's")
        self.explanation.setText(f"{kind}{tuple(result.inputs.shape)} · {mode}")
        channels = result.inputs.shape[1]
        dims = (0,) if result.inputs.ndim == 2 else (0, 2, 3)
        out_mean, out_std = result.output.mean(axis=dims), result.output.std(axis=dims)
        self.table.setRowCount(channels)
        for c in range(channels):
            cells = (str(c), f"{result.mean[c]:.6g}", f"{result.var_biased[c]:.6g}", f"{result.var_unbiased[c]:.6g}",
                     f"{result.gamma[c]:.4g}", f"{result.beta[c]:.4g}",
                     f"{result.before.running_mean[c]:.6g} → {result.after.running_mean[c]:.6g}",
                     f"{result.before.running_var[c]:.6g} → {result.after.running_var[c]:.6g}",
                     f"{out_mean[c]:.3g} / {out_std[c]:.3g}")
            for k, text in enumerate(cells):
                self.table.setItem(c, k, QTableWidgetItem(text))
        self._fit_table()
        edges = np.histogram_bin_edges(np.concatenate([result.inputs.ravel(), result.output.ravel()]), bins=24)
        self.hist_before.setData(edges, np.histogram(result.inputs.ravel(), edges)[0])
        self.hist_after.setData(edges, np.histogram(result.output.ravel(), edges)[0])
        for curve in self.running_curves:
            self.running_plot.removeItem(curve)
        self.running_curves = []
        fed = np.arange(len(self.history))
        for c in range(min(channels, len(theme.SERIES_COLORS))):
            if self.history and len(self.history[0].running_mean) == channels:
                means = [h.running_mean[c] for h in self.history]
                variances = [h.running_var[c] for h in self.history]
                self.running_curves.append(self.running_plot.plot(fed, means, pen=theme.series_pen(c, 2, dashed=False),
                                                                  symbol="o", symbolSize=5))
                dashed = pg.mkPen(theme.series_color(c), width=1.5, style=pg.QtCore.Qt.DashLine)
                self.running_curves.append(self.running_plot.plot(fed, variances, pen=dashed))
        theme.refresh(self.running_plot.getPlotItem())
        self.running_plot.setXRange(0, max(5, len(self.history) - 1), padding=0.03)  # batches fed, not −0.4 … 0.4

    def state_fields(self) -> dict[str, QWidget]:
        return {"input": self.source, "typed": self.typed, "gamma": self.gamma, "beta": self.beta,
                "momentum": self.momentum, "train": self.train, "eval": self.eval}

    def restore(self, state: dict) -> None:
        write(self.state_fields(), state)
        self.reset_state()  # running statistics start again from the restored input

    def pytorch_script(self):
        return None if self.result is None else notebook_texts.batchnorm(self.result)

    def csv_writer(self):
        result = self.result
        return None if result is None else lambda file: reg.write_batch_norm_csv(result, file)
