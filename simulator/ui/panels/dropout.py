"""Dropout (tutorial 5.2): torch.nn.Dropout on a Linear(4, 5) + ReLU layer, mask by mask."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ...compute.job import Job
from ...engine import check_labs, regularization
from ...session import SessionError
from .. import notebook_texts, theme
from ..figures import log_plot
from ..widgets.check_field import CheckField
from ..widgets.flow import FlowRow
from ..widgets.keys import bind
from .base import Panel


class DropoutPicture(QWidget):
    """The layer's outputs before and after Dropout: dropped neurons grey, survivors with their scaling."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result: regularization.DropoutResult | None = None
        theme.on_restyle(self, DropoutPicture._resize_for_font)

    def _font(self) -> QFont:
        font = QFont(QApplication.font())  # the presentation scale's size
        font.setPointSizeF(font.pointSizeF() + 2)
        return font

    def _sizes(self, font: QFont) -> tuple[float, float]:
        """The smallest circle radius that holds a value like 0.0000, and the line height."""
        metrics = QFontMetricsF(font)
        return metrics.horizontalAdvance("0.0000") / 2 + 6, metrics.lineSpacing()

    def _resize_for_font(self) -> None:
        radius, line = self._sizes(self._font())
        self.setMinimumHeight(int(4 * radius + 3 * line) + 16)  # two rows of circles, a three-line note between
        self.update()

    def set_result(self, result) -> None:
        self.result = result
        self.update()

    def paintEvent(self, event):  # noqa: N802 (Qt override)
        r = self.result
        if r is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        font = self._font()
        painter.setFont(font)
        n = r.before.shape[1]
        w, h = self.width(), self.height()
        smallest, line = self._sizes(font)
        margin = max(painter.fontMetrics().horizontalAdvance(t) for t in ("ReLU", "Dropout")) + 12  # the rows' names
        w -= margin
        # at least big enough for its value, larger when there is room, never into the note between the rows
        radius = max(smallest, min(38.0 * theme.scale, w / (3 * n), (h - 3 * line - 16) / 4))
        # the rows' centres either side of the note: spread out where there is room, never over the edge
        gap = min(max(1.5 * line + 4 + radius, 0.22 * h), h / 2 - radius - 2)
        scale = 1 / (1 - r.p) if r.training and r.p < 1 else 1.0
        for j in range(n):
            x = margin + w * (j + 0.5) / n
            for row, values, label in ((0, r.before, "ReLU"), (1, r.after, "Dropout")):
                y = h / 2 + (gap if row else -gap)
                kept = bool(r.kept[0, j])
                on = kept or row == 0
                painter.setBrush(QBrush(theme.color("input" if row == 0 else "kept" if kept else "off")))
                painter.setPen(QPen(theme.color("outline" if on else "faint"), 2 * theme.current.line_factor,
                                    Qt.SolidLine if on else Qt.DashLine))
                painter.drawEllipse(QRectF(x - radius, y - radius, 2 * radius, 2 * radius))
                painter.setPen(theme.color("fg" if on else "muted"))
                painter.drawText(QRectF(x - radius, y - line, 2 * radius, 2 * line), Qt.AlignCenter,
                                 f"{values[0, j]:.4f}")
                if j == 0:
                    painter.drawText(QRectF(2, y - line, margin - 6, 2 * line), Qt.AlignLeft | Qt.AlignVCenter, label)
            if r.training:
                note = (f"×1/(1−{r.p:g})\n= ×{scale:.4g}" if r.kept[0, j] and r.before[0, j] != 0
                        else self.tr("dropped → 0") if not r.kept[0, j] else self.tr("0 stays 0"))
                painter.setPen(theme.color("formula"))
                painter.drawText(QRectF(x - w / (2 * n), h * 0.5 - 1.5 * line, w / n, 3 * line), Qt.AlignCenter,
                                 note)


class DropoutPanel(Panel):
    NAME = "dropout"

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.result: regularization.DropoutResult | None = None
        self.mask_seed = 0
        self.p = QSlider(Qt.Horizontal)
        self.p.setRange(0, 18)  # p = 0 … 0.9 in steps of 0.05
        self.p.setValue(8)
        self.p_label = QLabel()
        self.train = QRadioButton(self.tr("training (model.train())"))
        self.eval = QRadioButton(self.tr("evaluation (model.eval())"))
        self.train.setChecked(True)
        self.tutorial = QCheckBox(self.tr("the tutorial's printed ReLU output"))
        self.tutorial.setChecked(True)
        self.new_mask = QPushButton(self.tr("New mask (Space)"))
        self.picture = DropoutPicture()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.mc_plot = log_plot(x=True, y=True)
        self.mc_plot.setMinimumHeight(110)
        theme.style_plot(self.mc_plot.getPlotItem(), self.tr("samples averaged"), self.tr("largest difference"))
        self.mc_plot.setTitle(self.tr("max |mean of dropped outputs − eval output|"))
        self.mc_curve = self.mc_plot.plot(pen=theme.series_pen(1, width=2, dashed=False))
        self.p.setMinimumWidth(160)
        top = FlowRow((QLabel("p"), (self.p, True), self.p_label, self.train, self.eval, self.tutorial,
                       self.new_mask))  # on two lines on a small projector
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(self.error)
        layout.addWidget(self.picture, 1)  # its minimum height fits the font; the plot gets the rest
        layout.addWidget(self.explanation)
        self.check = CheckField()  # the student's own value for one output
        layout.addWidget(self.check)
        layout.addWidget(self.mc_plot, 2)
        self.p.valueChanged.connect(lambda _: self.run())
        self.train.toggled.connect(lambda _: self.run())
        self.tutorial.toggled.connect(lambda _: self.run())
        self.new_mask.clicked.connect(self.next_mask)
        bind(self, ((Qt.Key_Space, self.next_mask),))
        self.run()

    @property
    def probability(self) -> float:
        return round(self.p.value() * 0.05, 2)

    def next_mask(self) -> None:
        self.mask_seed += 1
        self.run()

    def run(self) -> None:
        p, training, seed = self.probability, self.train.isChecked(), self.mask_seed
        before = regularization.TUTORIAL_RELU_OUTPUT if self.tutorial.isChecked() else None
        self.p_label.setText(f"{p:.2f}")
        self.submit(Job.of(regularization.dropout, p, training, mask_seed=seed, before=before), self.show_result)

    def show_result(self, result: regularization.DropoutResult) -> None:
        self.result = result
        self.picture.set_result(result)
        self.check.set_source(lambda j: (f"y{j} (x{j} = {result.before[0, j - 1]:.6g})",
                                         *check_labs.dropout_candidates(result, j - 1)), result.after.shape[1])
        kept = int(result.kept.sum())
        if result.training:
            text = self.tr("torch.nn.Dropout(p={0:g}) in training mode: each output is zeroed with probability p "
                           "({1} of {2} kept this time), survivors are multiplied by 1/(1 − p) so the expected "
                           "output stays the same as without Dropout.").format(result.p, kept, result.kept.size)
        else:
            text = self.tr("Evaluation mode: Dropout is the identity; every neuron takes part, no scaling.")
        self.explanation.setText(text)
        self.mc_curve.setData(result.samples, np.maximum(result.mean_error, 1e-12))

    EXTRA = ("mask",)

    def state_fields(self) -> dict[str, QWidget]:
        return {"p_twentieths": self.p, "training": self.train, "evaluation": self.eval, "tutorial": self.tutorial}

    def state(self) -> dict:
        return {**super().state(), "mask": self.mask_seed}

    def check_state(self, state: dict, where: str) -> None:
        super().check_state(state, where)
        if not isinstance(state.get("mask", 0), int) or isinstance(state.get("mask"), bool):
            raise SessionError(f"{where}.mask: expected a whole number")

    def restore(self, state: dict) -> None:
        self.mask_seed = state.get("mask", self.mask_seed)
        super().restore(state)

    def pytorch_script(self):
        r = self.result
        typed = None if r is None or not self.tutorial.isChecked() else r.before[0].tolist()
        return None if r is None else notebook_texts.dropout(r.p, r.training, self.mask_seed, typed)

    def csv_writer(self):
        result = self.result
        return None if result is None else lambda file: regularization.write_dropout_csv(result, file)
