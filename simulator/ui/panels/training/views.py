"""What the training lab shows of a run: the decision boundary on the left; on the right, in tabs, the curves
per epoch, the layer statistics, the network, the learning-rate range test and the loss landscape; what the
mouse points at, under each; the time cursor's lines on all of them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget

from ....engine import training, training_jobs
from ... import theme
from ...figures import BoundaryFigure
from ...widgets.flow import stacked
from .curves import TrainingCurves
from .landscape import LandscapeView
from .layers import LayerStatsView
from .network import NetworkView
from .range_test import RangeTestView
from .readouts import boundary_text, curves_text, follow_mouse


class TrainingViews(QSplitter):
    def __init__(self, parent=None):
        super().__init__(Qt.Horizontal, parent)
        self.boundary = BoundaryFigure()
        self.boundary.setMinimumSize(300, 220)
        self.curves = TrainingCurves()
        self.layer_stats = LayerStatsView()
        self.network_view = NetworkView()
        self.range_test = RangeTestView()
        self.landscape = LandscapeView()
        self.boundary_readout, self.curves_readout = QLabel(), QLabel()  # the numbers under the mouse
        for label in (self.boundary_readout, self.curves_readout):
            theme.colored(label, "muted")
            label.setWordWrap(True)
        self.boundary_readout.setText(self.tr("Point at the plane to read the class probabilities there."))
        self.curves_readout.setText(self.tr("Point at the curves to read every run's numbers at an epoch."))
        self.tabs = QTabWidget()
        self.tabs.addTab(stacked(self.curves_readout, self.curves, grow=self.curves), self.tr("curves per epoch"))
        self.tabs.addTab(self.layer_stats, self.tr("inside the layers"))
        self.tabs.addTab(self.network_view, self.tr("the network"))
        self.tabs.addTab(self.range_test, self.tr("lr range test"))
        self.tabs.addTab(self.landscape, self.tr("loss landscape"))
        self.addWidget(stacked(self.boundary, self.boundary_readout, grow=self.boundary))
        self.addWidget(self.tabs)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.record: training.TrainRecord | None = None  # the newest record shown
        follow_mouse(self.boundary, self._boundary_text, self.boundary_readout.setText)
        for plot in self.curves.plots:
            follow_mouse(plot, lambda x, _y: curves_text(self.record, x) if self.record else "",
                         self.curves_readout.setText)

    def new_runs(self, record: training.TrainRecord, run: int) -> None:
        self.curves.new_runs(record)
        self.show_layers_of(record, run)

    def show_layers_of(self, record: training.TrainRecord, run: int) -> None:
        h = record.runs[run]
        self.layer_stats.new_run(h.stats, h.label, record.setup.epochs * record.batches_per_epoch)

    def show_record(self, record: training.TrainRecord, run: int, live: bool, editable: bool) -> None:
        """The newest record: the curves and statistics always, the pictures when the cursor is live."""
        self.record = record
        self.curves.draw(record)
        self.layer_stats.draw(record.runs[run].stats)
        if live:
            self.boundary.show_record(record, run)
            self.network_view.draw(record.pictures[run] if record.pictures else None, editable)
            self.set_cursor(record.iteration)

    def show_view(self, view: training_jobs.TrainView, run: int) -> None:
        """The run at the time cursor's iteration."""
        self.boundary.show_record(replace(self.record, boundary=view.boundary), run)
        self.network_view.draw(view.pictures[run], editable=False)  # edits go to the newest iteration
        self.set_cursor(view.iteration)

    def set_cursor(self, iteration: int) -> None:
        if self.record is not None:
            self.curves.set_cursor(iteration / self.record.batches_per_epoch)
        self.layer_stats.set_cursor(iteration)
        self.landscape.set_cursor(iteration)

    def fit_sizes(self, font: QFont) -> None:
        self.curves.fit_sizes(font)

    def _boundary_text(self, x: float, y: float) -> str:
        shown = self.boundary._shown  # the record drawn (at the time cursor's iteration)
        return "" if shown is None else boundary_text(*shown, x, y)


