"""Inside the network, layer by layer, over the iterations (engine/layer_stats.py): the activations' mean with a
band of ± one standard deviation, the histogram of one layer's activations over time, the fraction of dead
ReLU units and each layer's gradient norm. One colour per layer; a line marks the time cursor."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ....engine import layer_stats
from ... import legends, theme
from ...figures import set_data_quietly


def layer_name(stats: layer_stats.LayerStats, k: int, tr) -> str:
    return tr("output (logits)") if k == stats.layers - 1 else tr("layer {0} ({1})").format(k + 1, stats.activation)


class LayerStatsView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel()
        theme.emphasis(self.title, 1, bold=True)
        self.layer = QComboBox()  # whose histogram is shown
        # titles above the plots rather than rotated axis titles: four plots share little room
        self.moments = self._plot(self.tr("activation mean ± std (hidden layers)"), "")
        self.histogram = self._plot(self.tr("histogram of the activations (log counts)"), "")
        self.histogram.getPlotItem().showGrid(x=False, y=False)
        self.image = pg.ImageItem()
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.histogram.addItem(self.image)
        self.dead = self._plot(self.tr("dead ReLU units (0 for the whole batch)"), self.tr("iteration"))
        self.dead.setYRange(0, 1, padding=0.02)
        self.grads = self._plot(self.tr("gradient norm per layer"), self.tr("iteration"))
        self.grads.setLogMode(y=True)
        self.grads.addLegend(offset=(-10, 10))
        legends.keep_clear(self.grads.getPlotItem())
        self.plots = (self.moments, self.histogram, self.dead, self.grads)
        self.cursors = [pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(theme.color("muted"), width=1.5))
                        for _ in self.plots]
        self.cursors[1].setPen(pg.mkPen("w", width=1.5, style=Qt.DashLine))  # seen on the dark histogram
        for plot, cursor in zip(self.plots, self.cursors, strict=True):
            plot.addItem(cursor, ignoreBounds=True)
            plot.setMinimumHeight(110)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(QLabel(self.tr("histogram of")))
        head.addWidget(self.layer)
        self.grid = grid = QGridLayout()
        grid.addWidget(self.moments, 0, 0)
        grid.addWidget(self.histogram, 0, 1)
        grid.addWidget(self.dead, 1, 0)
        grid.addWidget(self.grads, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addLayout(grid, 1)
        self.layer.activated.connect(lambda _: self.draw(self._stats))
        self._stats: layer_stats.LayerStats | None = None
        self._curves: list[tuple] = []  # per layer: mean, mean + std, mean − std, dead, gradient norm

    @staticmethod
    def _plot(title: str, x_label: str) -> pg.PlotWidget:
        plot = pg.PlotWidget()
        theme.style_plot(plot.getPlotItem(), x_label, "")
        plot.setTitle(title)
        for side in ("left", "bottom"):  # grid lines at the major ticks only: the minor ones cost ~10 ms a paint
            plot.getPlotItem().getAxis(side).setStyle(maxTickLevel=0)
        return plot

    def new_run(self, stats: layer_stats.LayerStats, label: str, iterations: int) -> None:
        """Empty curves for ``stats``' layers, the x axis over the whole run."""
        for plot in (self.moments, self.dead, self.grads):
            for item in [i for i in plot.getPlotItem().items if isinstance(i, pg.PlotDataItem | pg.FillBetweenItem)]:
                plot.removeItem(item)
        self.grads.getPlotItem().legend.clear()
        self._curves = []
        for k in range(stats.layers):
            pen = theme.series_pen(k, width=2, dashed=False)
            color = theme.series_color(k)
            hidden = k < stats.layers - 1  # the logits' spread would dwarf the hidden layers'
            # not antialiased: a thick antialiased pen over ~1,000 noisy points takes ~50 ms to draw
            mean = self.moments.plot(pen=pen, antialias=False) if hidden else None
            edge = pg.mkPen(color.red(), color.green(), color.blue(), 0)  # (a band needs curves that draw)
            upper, lower = (self.moments.plot(pen=edge, antialias=False),
                            self.moments.plot(pen=edge, antialias=False)) if hidden else (None, None)
            if hidden:
                brush = pg.mkBrush(color.red(), color.green(), color.blue(), 45)
                self.moments.addItem(pg.FillBetweenItem(upper, lower, brush=brush))
            dead = self.dead.plot(pen=pen, antialias=False) if hidden else None
            grad = self.grads.plot(pen=pen, name=layer_name(stats, k, self.tr), antialias=False)
            self._curves.append((mean, upper, lower, dead, grad))
        current = self.layer.currentIndex()
        self.layer.clear()
        self.layer.addItems([layer_name(stats, k, self.tr) for k in range(stats.layers)])
        self.layer.setCurrentIndex(min(max(current, 0), stats.layers - 1))
        relu = stats.activation == "relu"  # no dead units to count for the other activations
        self.dead.setVisible(relu)
        self.grid.removeWidget(self.grads)
        self.grid.addWidget(self.grads, 1, 1 if relu else 0, 1, 1 if relu else 2)  # the whole row without them
        self.title.setText(self.tr("inside {0}").format(label))
        for plot in self.plots:  # (not linked: pyqtgraph aligns linked plots of other widths by pixel)
            plot.setXRange(0, iterations, padding=0.02)
        for plot in self.plots:
            theme.refresh(plot.getPlotItem())

    def draw(self, stats: layer_stats.LayerStats | None) -> None:
        """The statistics so far; drawn now if the view is on screen, else when it is shown."""
        self._stats = stats
        if not self.isVisible() or stats is None or not len(stats.iterations) or len(self._curves) != stats.layers:
            return
        x = stats.iterations.astype(float)
        grads = stats.grad_norm[stats.iterations]  # at the recorded iterations: the same few points
        for k, (mean, upper, lower, dead, grad) in enumerate(self._curves):
            if mean is not None:
                mean.setData(x, stats.mean[:, k])
                bx, high, low = _envelope(x, stats.mean[:, k] + stats.std[:, k], stats.mean[:, k] - stats.std[:, k])
                set_data_quietly(upper, bx, high)  # the band is redrawn once, when its second edge changes
                lower.setData(bx, low)
            if dead is not None and stats.activation == "relu":
                dead.setData(x, stats.dead[:, k])
            finite = np.isfinite(grads[:, k]) & (grads[:, k] > 0)
            grad.setData(x[finite], grads[finite, k])
        factor = max(1, -(-len(x) // CURVE_POINTS))  # each drawn point the peak of `factor` iterations
        for plot in (self.moments, self.dead, self.grads):
            plot.setDownsampling(ds=factor, auto=False, mode="peak")
        k = max(0, self.layer.currentIndex())
        lo, hi = stats.ranges[k]
        step = float(x[1] - x[0]) if len(x) > 1 else 1.0
        self.image.setImage(np.log1p(stats.hist[:, k, :]), autoLevels=True)  # rows: iterations, columns: bins
        self.image.setRect(pg.QtCore.QRectF(0, lo, len(x) * step, hi - lo))
        self.histogram.setYRange(lo, hi, padding=0)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.draw(self._stats)

    def set_cursor(self, iteration: int) -> None:
        for cursor in self.cursors:
            cursor.setValue(iteration)

    def fit_sizes(self, scale: float) -> None:
        for plot in self.plots:
            plot.setMinimumHeight(round(110 * scale))


BAND_POINTS = 150  # a filled band over more points of noisy data costs ~100 ms a frame to draw
CURVE_POINTS = 250  # the curves' points drawn (peaks kept): ~3 ms a curve for 1,000 noisy points, ~1 for 250


def _envelope(x, high, low):
    """The band at most BAND_POINTS wide: each chunk of iterations by its highest and lowest edge."""
    chunk = max(1, -(-len(x) // BAND_POINTS))
    starts = np.arange(0, len(x), chunk)
    return x[starts], np.maximum.reduceat(high, starts), np.minimum.reduceat(low, starts)
