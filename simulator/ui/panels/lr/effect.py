"""Tutorial 4.1: gradient descent on y = 4x² with a chosen learning rate, step by step."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....compute.job import Job
from ....engine import lr_effect
from ....engine.records import DescentPath
from ... import theme
from ...figures import positive_or_nan
from ...widgets.flow import FlowRow, pair, stacked
from ...widgets.playback import PlaybackBar
from ..base import Panel

DEFAULT_LR = 0.1
DEFAULT_ITERATIONS = 10
_ROOT = QModelIndex()  # Qt's "no parent" index, for the model overrides
GOOD, WARN, BAD = "good", "warn", "error"  # theme roles


def f32(value: float) -> str:
    """The shortest text that reads back as the same float32, as torch prints it (0.39999998)."""
    return str(np.float32(value)) if np.isfinite(value) else str(value)


class DescentTable(QAbstractTableModel):
    """One row per point of the path: what torch computed there and the update that followed."""

    HEADERS = (QT_TRANSLATE_NOOP("DescentTable", "iteration"), "x", "dy/dx",
               QT_TRANSLATE_NOOP("DescentTable", "loss y"), "lr · dy/dx", QT_TRANSLATE_NOOP("DescentTable", "next x"))

    def __init__(self):
        super().__init__()
        self.path: DescentPath | None = None
        self.current = 0

    def set_path(self, path: DescentPath) -> None:
        self.beginResetModel()
        self.path = path
        self.endResetModel()

    def set_current(self, row: int) -> None:
        old, self.current = self.current, row
        for r in (old, row):
            self.dataChanged.emit(self.index(r, 0), self.index(r, len(self.HEADERS) - 1))

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if self.path is None or parent.isValid() else len(self.path.x)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def cell(self, row: int, column: int) -> str:
        p = self.path
        has_next = row + 1 < len(p.x)
        values = (
            str(row),
            f32(p.x[row]),
            f32(p.grad[row]),
            f32(p.loss[row]),
            f32(p.update[row]) if has_next else "",
            f32(p.x[row + 1]) if has_next else "",
        )
        return values[column]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or self.path is None:
            return None
        if role == Qt.DisplayRole:
            return self.cell(index.row(), index.column())
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.BackgroundRole and index.row() == self.current:
            return theme.color("highlight_bg")
        return None


class EffectView(Panel):
    NAME = "lr.effect"

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.path: DescentPath | None = None

        # settings
        self.lr_edit = QLineEdit(str(DEFAULT_LR))
        self.lr_edit.setMaximumWidth(110)
        self.lr_edit.setToolTip(self.tr("Learning rate (Enter to apply)"))
        self.x0_edit = QLineEdit(str(lr_effect.START))
        self.x0_edit.setMaximumWidth(90)
        self.iterations = QSpinBox()
        self.iterations.setRange(1, lr_effect.MAX_ITERATIONS)
        self.iterations.setValue(DEFAULT_ITERATIONS)
        self.preset_buttons = []
        for lr, name, meaning in lr_effect.PRESETS:
            b = QPushButton(f"{lr} · {self.tr(name)}")
            b.setToolTip(self.tr("{0} — the tutorial's case: from x = {1:g}, {2} iterations").format(
                self.tr(meaning), lr_effect.START, DEFAULT_ITERATIONS))
            b.clicked.connect(lambda _=False, lr=lr: self.tutorial_case(lr))
            self.preset_buttons.append(b)
        settings = FlowRow((pair(self.tr("learning rate"), self.lr_edit), pair(self.tr("start x"), self.x0_edit),
                            pair(self.tr("iterations"), self.iterations), *self.preset_buttons))

        self.verdict = QLabel()
        theme.emphasis(self.verdict, 3, bold=True)
        self.verdict.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)

        # plots: the loss curve with the path on it, and the loss per iteration
        self.curve_plot = pg.PlotWidget()
        theme.style_plot(self.curve_plot.getPlotItem(), "x", "y = 4x²")
        self.curve_plot.setTitle(self.tr("y = 4x² and the path of x"))
        self.parabola = self.curve_plot.plot(pen=pg.mkPen(theme.color("reference"), width=2))
        self.trail = self.curve_plot.plot(
            pen=pg.mkPen(theme.series_color(0), width=2), symbol="o", symbolSize=9,
            symbolBrush=theme.series_color(0), symbolPen=None, connect="finite",
        )
        self.current_point = self.curve_plot.plot(
            symbol="o", symbolSize=18, symbolBrush=theme.color("highlight"),
            symbolPen=pg.mkPen(theme.color("fg"), width=1.5), pen=None,
        )
        self.loss_plot = pg.PlotWidget()
        theme.style_plot(self.loss_plot.getPlotItem(), self.tr("iteration"), self.tr("loss"))
        self.loss_plot.setTitle(self.tr("loss per iteration"))
        self.loss_curve = self.loss_plot.plot(
            pen=pg.mkPen(theme.series_color(1), width=2), symbol="o", symbolSize=7,
            symbolBrush=theme.series_color(1), symbolPen=None, connect="finite",
        )
        self.loss_marker = pg.InfiniteLine(0, angle=90, pen=pg.mkPen(theme.color("muted"), width=1.5))
        self.loss_plot.addItem(self.loss_marker, ignoreBounds=True)
        self.log_loss = QCheckBox(self.tr("log scale"))
        self.log_loss.toggled.connect(self._set_log_loss)

        self.table_model = DescentTable()
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.clicked.connect(lambda index: self.playback.set_position(index.row()))

        self.playback = PlaybackBar(self.tr("iteration"))
        self.playback.sig_position_changed.connect(self.show_position)

        plots = QSplitter(Qt.Horizontal)
        plots.addWidget(self.curve_plot)
        plots.addWidget(stacked(self.loss_plot, self.log_loss, grow=self.loss_plot))
        body = QSplitter(Qt.Vertical)
        body.addWidget(plots)
        body.addWidget(self.table)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        for widget in (self.curve_plot, self.loss_plot):
            widget.setMinimumHeight(170)
        self.table.setMinimumHeight(90)

        layout = QVBoxLayout(self)
        layout.addWidget(settings)
        layout.addWidget(self.error)
        layout.addWidget(self.verdict)
        layout.addWidget(self.explanation)
        layout.addWidget(body, 1)
        layout.addWidget(self.playback)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(350)
        self._debounce.timeout.connect(self.run)
        self.lr_edit.textEdited.connect(lambda _: self._debounce.start())
        self.x0_edit.textEdited.connect(lambda _: self._debounce.start())
        self.lr_edit.returnPressed.connect(self.run)
        self.x0_edit.returnPressed.connect(self.run)
        self.iterations.valueChanged.connect(lambda _: self._debounce.start())
        self.playback.bind_keys(self)
        self.verdict.setText(self.tr("Waiting for the engine…"))
        self.run()

    # -- settings -> job ----------------------------------------------------------------------------
    def set_lr(self, lr: float) -> None:
        self.lr_edit.setText(str(lr))
        self.run()

    def tutorial_case(self, lr: float) -> None:
        """One of the tutorial's cases, with all its settings (a lesson may have left others behind)."""
        self.x0_edit.setText(f"{lr_effect.START:g}")
        self.iterations.blockSignals(True)
        self.iterations.setValue(DEFAULT_ITERATIONS)
        self.iterations.blockSignals(False)
        self.set_lr(lr)

    def read_settings(self) -> tuple[float, float, int] | None:
        """The typed settings, or None after showing what is wrong next to the fields."""
        try:
            lr = _number(self.lr_edit.text(), self.tr("learning rate"))
            x0 = _number(self.x0_edit.text(), self.tr("start x"))
            lr_effect.check(lr, x0, self.iterations.value())
        except ValueError as e:
            self.show_error(str(e))
            return None
        self.show_error(None)
        return lr, x0, self.iterations.value()

    def run(self) -> None:
        self._debounce.stop()
        settings = self.read_settings()
        if settings is None:
            return  # the last good run stays on screen
        lr, x0, iterations = settings
        self.submit(Job.of(lr_effect.descend, lr, x0, iterations), self.show_path)

    # -- record -> screen ---------------------------------------------------------------------------
    def show_path(self, path: DescentPath) -> None:
        self.path = path
        self.table_model.set_path(path)
        self.loss_curve.setData(np.arange(len(path.loss)), self._loss_for_axis(path.loss))
        self.loss_curve.setSymbolSize(7 if len(path.loss) <= 80 else 0)
        self.trail.setSymbolSize(9 if len(path.x) <= 80 else 4)
        self._show_verdict(path)
        self.playback.set_maximum(path.steps, position=path.steps)

    def _loss_for_axis(self, loss: np.ndarray) -> np.ndarray:
        return positive_or_nan(loss) if self.log_loss.isChecked() else loss

    def _set_log_loss(self, on: bool) -> None:
        self.loss_plot.getPlotItem().setLogMode(y=on)
        if self.path is not None:
            self.loss_curve.setData(np.arange(len(self.path.loss)), self._loss_for_axis(self.path.loss))
            self.show_position(self.playback.position)

    def show_position(self, k: int) -> None:
        path = self.path
        if path is None:
            return
        k = min(k, path.steps)
        xs, ys = path.x[: k + 1], path.loss[: k + 1]
        finite = np.isfinite(xs) & np.isfinite(ys)
        reach = max(2.5, float(np.max(np.abs(xs[finite]))) * 1.15) if finite.any() else 2.5
        grid = np.linspace(-reach, reach, 401)
        self.parabola.setData(grid, 4.0 * grid**2)  # the drawn curve only; every marked value comes from torch
        self.trail.setData(xs, ys)
        if finite[-1]:
            self.current_point.setData([xs[-1]], [ys[-1]])
        else:
            self.current_point.setData([], [])
        self.curve_plot.getPlotItem().enableAutoRange()
        self.loss_marker.setValue(k)
        self.table_model.set_current(k)
        self.table.scrollTo(self.table_model.index(k, 0))

    def _show_verdict(self, path: DescentPath) -> None:
        factor = lr_effect.step_factor(path.lr)
        k = path.verdict_step
        closer = abs(path.x[-1]) < abs(path.x[0])
        texts = {
            "converged": (GOOD, self.tr("Converged: x reached the minimum at iteration {0}.").format(k)),
            "converging": (GOOD, self.tr("Converging: x = {0} after {1} iterations.").format(
                f32(path.x[-1]), path.steps)),
            "oscillating": (WARN, self.tr("Oscillating: each step jumps across the minimum at x = 0, closing in on it.")
                            if closer else
                            self.tr("Oscillating: each step jumps across the minimum at x = 0, never closer.")),
            "diverging": (BAD, self.tr("Diverging: x moves away from the minimum.")),
            "diverged": (BAD, self.tr("Diverged at iteration {0}: the values overflowed float32.").format(k)),
            "stalled": (WARN, self.tr("Stalled: with lr = 0 nothing moves.")),
        }
        color, text = texts[path.verdict]
        self.verdict.setText(text)
        theme.colored(self.verdict, color)
        self.explanation.setText(
            self.tr(
                "The gradient of y = 4x² is 8x, so each update x ← x − lr·8x multiplies x by (1 − 8·lr) = {0}. "
                "|1 − 8·lr| < 1 converges, 0 hits the minimum at once, a negative factor overshoots, "
                "|1 − 8·lr| > 1 diverges."
            ).format(f"{factor:.6g}")
        )

    # -- export -------------------------------------------------------------------------------------
    def state_fields(self) -> dict[str, QWidget]:
        return {"lr": self.lr_edit, "start_x": self.x0_edit, "iterations": self.iterations, "log_loss": self.log_loss}

    def csv_writer(self):
        path = self.path
        return None if path is None else lambda file: lr_effect.write_csv(path, file)


def _number(text: str, what: str) -> float:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        raise ValueError(QCoreApplication.translate("EffectView", "{0}: '{1}' is not a number").format(what, text)) \
            from None
