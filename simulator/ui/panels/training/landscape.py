"""The training lab's loss landscape: the loss on a plane through the shown run's weights now, the racers'
paths on it, a marker at the time cursor."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....engine import landscape
from ....engine.specs import SpecError
from ... import theme
from ...widgets.flow import FlowRow, pair
from ...widgets.landscape_plot import LandscapeFigure, kind_text


class LandscapeView(QWidget):
    sig_compute = Signal(str, int, float, bool)  # directions, grid, span, with the test set

    def __init__(self, parent=None):
        super().__init__(parent)
        self.directions = QComboBox()  # short names; what each is, in its tooltip and in the plot's title
        names = {"random": self.tr("random"), "pca": self.tr("principal components"),
                 "start-end": self.tr("start → now")}
        for k, kind in enumerate(landscape.DIRECTIONS):
            self.directions.addItem(names[kind], kind)
            self.directions.setItemData(k, kind_text(kind), Qt.ToolTipRole)
        self.grid = QSpinBox()
        self.grid.setRange(3, landscape.MAX_GRID)
        self.grid.setValue(landscape.GRID)
        self.span = QLineEdit(f"{landscape.SPAN:g}")
        self.span.setMaximumWidth(80)
        self.span.setToolTip(self.tr("The grid reaches from −span to span along each direction (for the principal "
                                     "components and start → now: in units of how far the paths reach)"))
        self.with_test = QCheckBox(self.tr("test set too"))
        self.show_test = QCheckBox(self.tr("show the test set"))
        self.show_test.setEnabled(False)
        self.compute = QPushButton(self.tr("Compute the landscape"))
        self.compute.setToolTip(self.tr("Pauses training; around the shown run's weights now"))
        bar = FlowRow((pair(self.tr("directions"), self.directions), pair(self.tr("grid"), self.grid),
                       pair(self.tr("span"), self.span), self.with_test, self.compute, self.show_test))
        self.message = QLabel()  # under the fields: what is wrong with them
        theme.colored(self.message, "error")
        self.message.hide()
        self.figure = LandscapeFigure()
        self.figure.caption.setText(self.tr("Train a while, then compute the landscape around where the network "
                                            "is now."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.figure, 1)
        self.compute.clicked.connect(self._compute)
        self.show_test.toggled.connect(self._redraw)

    def _compute(self) -> None:
        try:
            span = float(self.span.text())
        except ValueError:
            span = math.nan
        kind = self.directions.currentData()
        try:
            landscape.check(self.grid.value(), span, kind)
        except SpecError as e:
            self.message.setText(str(e))
            self.message.show()
            return
        self.message.hide()
        self.sig_compute.emit(kind, self.grid.value(), span, self.with_test.isChecked())

    def show_landscape(self, result: landscape.Landscape, cursor: int) -> None:
        self.show_test.setEnabled(result.test_loss is not None)
        self.figure.show_landscape(result, self.show_test.isChecked())
        self.figure.set_cursor(cursor)

    def _redraw(self) -> None:
        if self.figure.landscape is not None:
            self.figure.show_landscape(self.figure.landscape, self.show_test.isChecked())

    def set_cursor(self, iteration: int) -> None:
        self.figure.set_cursor(iteration)
