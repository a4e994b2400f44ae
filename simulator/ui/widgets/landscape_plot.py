"""The loss landscape of a trained network: the loss over a plane through its weights (log colours and
isolines), the racers' paths projected on it with a marker at the time cursor; beside it the loss along the
straight line from the initial weights to the current ones, and how far each path point lies off the plane
(what the projection hides)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGraphicsItem, QLabel, QSplitter, QVBoxLayout, QWidget

from ...engine.landscape import Landscape
from .. import theme


def kind_text(kind: str) -> str:
    return {"random": QCoreApplication.translate("LandscapeFigure", "two random filter-normalised directions"),
            "pca": QCoreApplication.translate("LandscapeFigure", "the paths' first two principal components"),
            "start-end": QCoreApplication.translate("LandscapeFigure", "start → now, and a random direction"),
            }.get(kind, kind)


class LandscapeFigure(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.contour = pg.PlotWidget()
        item = self.contour.getPlotItem()
        theme.style_plot(item, "a (d1)", "b (d2)")
        item.showGrid(x=False, y=False)  # the isolines are the grid here
        self.legend = item.addLegend(offset=(10, 10), labelTextSize=f"{theme.PLOT_FONT_SIZE}pt")
        self.image = pg.ImageItem()
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.isolines = pg.PlotDataItem(pen=pg.mkPen(255, 255, 255, 110, width=1), connect="finite")
        for part in (self.image, self.isolines):
            item.addItem(part)
            part.setCacheMode(QGraphicsItem.DeviceCoordinateCache)  # still while the cursor moves
        self.centre = pg.ScatterPlotItem(symbol="star", size=18, brush="w", pen=pg.mkPen("k", width=1))
        self.centre.keeps_colors = True
        self.cursor = pg.ScatterPlotItem(size=20, brush=None, pen=pg.mkPen("w", width=3))
        self.cursor.keeps_colors = True
        item.addItem(self.centre)
        self.paths: list[pg.PlotDataItem] = []
        self.line = pg.PlotWidget()
        theme.style_plot(self.line.getPlotItem(), self.tr("t (0: initial weights, 1: now)"), self.tr("loss"))
        self.line.setTitle(self.tr("along the straight line from the start"))
        self.line.setLogMode(y=True)
        self.interpolated = self.line.plot(pen=theme.series_pen(0, width=2, dashed=False))
        self.distance = pg.PlotWidget()
        theme.style_plot(self.distance.getPlotItem(), self.tr("iteration"), self.tr("distance"))
        self.distance.setTitle(self.tr("how far each path point lies off the plane"))
        self.distance_curves: list[pg.PlotDataItem] = []
        self.distance_cursor = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(theme.color("muted"), width=1.5))
        self.distance.addItem(self.distance_cursor, ignoreBounds=True)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        side = QSplitter(Qt.Vertical)
        side.addWidget(self.line)
        side.addWidget(self.distance)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.contour)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addWidget(self.caption)
        self.landscape: Landscape | None = None
        for plot in (self.contour, self.line, self.distance):
            plot.setMinimumHeight(120)

    def show_landscape(self, landscape: Landscape, test: bool = False) -> None:
        """The grid (on the test set when ``test`` and computed), the paths, the line and the distances."""
        self.landscape = landscape
        loss = landscape.test_loss if test and landscape.test_loss is not None else landscape.loss
        a, b = landscape.a, landscape.b
        self.image.setImage(np.log10(np.maximum(loss, 1e-12)).T, autoLevels=True)  # (columns: a)
        step_a, step_b = (a[1] - a[0], b[1] - b[0]) if len(a) > 1 else (1.0, 1.0)
        self.image.setRect(pg.QtCore.QRectF(a[0] - step_a / 2, b[0] - step_b / 2, len(a) * step_a, len(b) * step_b))
        self.isolines.setData(*landscape.isolines)
        self.centre.setData([0.0], [0.0])
        item = self.contour.getPlotItem()
        for curve in self.paths:
            item.removeItem(curve)
        for curve in self.distance_curves:
            self.distance.removeItem(curve)
        self.legend.clear()
        self.paths, self.distance_curves = [], []
        for k, path in enumerate(landscape.paths):
            pen = theme.series_pen(k, width=2.5, dashed=False)
            curve = item.plot(path.a, path.b, pen=pen, symbol="o", symbolSize=5, symbolBrush=theme.series_color(k),
                              symbolPen=None, name=path.label)
            self.paths.append(curve)
            self.distance_curves.append(self.distance.plot(path.iterations, path.distance, pen=pen))
        item.removeItem(self.cursor)
        item.addItem(self.cursor)  # above the paths
        item.setRange(xRange=(a[0], a[-1]), yRange=(b[0], b[-1]), padding=0)
        self.interpolated.setData(*landscape.interpolation)
        item.setTitle(self.tr("loss on the plane (log colours), {0}{1}").format(
            kind_text(landscape.kind), self.tr(" · test set") if loss is landscape.test_loss else ""))
        self.caption.setText(self.describe(landscape))
        theme.refresh(item)

    def describe(self, landscape: Landscape) -> str:
        parts = [self.tr("Centre (the star): {0} after {1} iterations, loss {2:.4g}.").format(
            landscape.paths[0].label if landscape.paths else "", landscape.iteration, landscape.centre_loss)]
        if landscape.explained is not None:
            parts.append(self.tr("The two components explain {0:.1%} and {1:.1%} of the paths' variance.").format(
                *landscape.explained))
        if landscape.paths:
            far = max(float(p.distance.max()) for p in landscape.paths if len(p.distance))
            parts.append(self.tr("The paths lie up to {0:.3g} off the plane (right, below): where that is large, "
                                 "the picture shows their shadow, not where they went.").format(far))
        return " ".join(parts)

    def set_cursor(self, iteration: int, racer: int | None = None) -> None:
        """The marker on ``racer``'s path (the centre's by default) at ``iteration``, between kept points on
        the line joining them."""
        self.distance_cursor.setValue(iteration)
        land = self.landscape
        racer = land.racer if land is not None and racer is None else racer
        path = next((p for p in land.paths if p.racer == racer), None) if land is not None else None
        if path is None or not len(path.iterations):
            self.cursor.setData([], [])
            return
        self.cursor.setData([float(np.interp(iteration, path.iterations, path.a))],
                            [float(np.interp(iteration, path.iterations, path.b))])
