"""Plots shared by the panels and by headless ``--png`` rendering, so both show the same figure.

Plot items are created once per series and updated with ``setData``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGraphicsItem

from . import legends, theme


def _fresh_fragment_pointer() -> None:
    """pyqtgraph hands its scatter markers to Qt through a pointer shiboken makes from a numpy array's
    address; when shiboken still holds a wrapper of a deleted Qt object at that address it returns that
    wrapper instead (seen as "drawPixmapFragments called with (QWidgetItem, …)", the markers not drawn).
    Then copy the array to another address and ask again."""
    from pyqtgraph.Qt import internals

    draw_args = internals.PrimitiveArray.drawargs

    def drawargs(self):
        args = draw_args(self)
        for _ in range(3):
            if not (self.use_ptr_to_array and args[0] is not None) or isinstance(args[0], self._Klass):
                break
            self._ndarray = self._ndarray.copy()
            args = draw_args(self)
        return args

    internals.PrimitiveArray.drawargs = drawargs


_fresh_fragment_pointer()

# Every module that draws plots imports this one, so these global options are set before any plot exists
# (theme.set_theme sets them again for plots created after a switch).
theme.configure_pyqtgraph()


class DecadeAxis(pg.AxisItem):
    """A log axis with numbers at whole decades only, when it spans two or more: pyqtgraph also labels
    2·10¹, 3·10¹ … 9·10¹, which crowd together and overlap at presentation sizes. The ticks stay."""

    def logTickValues(self, min_val, max_val, size, std_ticks):  # noqa: N802 (pyqtgraph override)
        ticks = super().logTickValues(min_val, max_val, size, std_ticks)
        values = [v for _, level in ticks for v in level]
        decades = [v for v in values if abs(v - round(v)) < 1e-9]
        if len(decades) < 2:
            return ticks
        return [(None, decades), (None, [v for v in values if abs(v - round(v)) >= 1e-9])]


def log_plot(x: bool, y: bool) -> pg.PlotWidget:
    """A plot whose log axes are labelled at decades (see DecadeAxis)."""
    axes = {name: DecadeAxis(name) for name, on in (("bottom", x), ("left", y)) if on}
    plot = pg.PlotWidget(axisItems=axes)
    for axis in axes.values():
        axis.setStyle(maxTextLevel=0)
    plot.getPlotItem().setLogMode(x=x, y=y)
    return plot


def positive_or_nan(values: np.ndarray) -> np.ndarray:
    """Log axes cannot show 0 or negative values; leave a gap instead of a warning."""
    out = np.asarray(values, dtype=np.float64).copy()
    out[~(out > 0)] = np.nan
    return out


class ScheduleFigure(pg.PlotWidget):
    """Learning rate against epoch for several schedules, with a draggable epoch cursor."""

    sig_cursor_moved = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot_item = self.getPlotItem()
        theme.style_plot(self.plot_item, self.tr("epoch"), self.tr("learning rate"))
        self.legend = self.plot_item.addLegend(offset=(-10, 10), labelTextSize=f"{theme.PLOT_FONT_SIZE}pt")
        legends.keep_clear(self.plot_item)
        self._curves: dict[object, pg.PlotDataItem] = {}
        self._data: dict[object, np.ndarray] = {}
        self._labels: dict[object, str] = {}
        self.log_y = False
        self.cursor = pg.InfiniteLine(0, angle=90, movable=True, pen=pg.mkPen(theme.color("muted"), width=1.5))
        self.cursor.setZValue(10)
        self.plot_item.addItem(self.cursor, ignoreBounds=True)
        self.cursor.sigPositionChanged.connect(self._snap_cursor)

    def set_series(self, key, label: str, lrs: np.ndarray, color_index: int) -> None:
        curve = self._curves.get(key)
        if curve is None:
            curve = self.plot_item.plot(pen=theme.series_pen(color_index), name=label, connect="finite")
            self._curves[key] = curve
            theme.refresh(self.plot_item)
        elif self._labels[key] != label:
            self.legend.removeItem(curve)
            self.legend.addItem(curve, label)
        self._labels[key] = label
        self._data[key] = lrs
        self._draw(key)

    def remove_series(self, key) -> None:
        curve = self._curves.pop(key, None)
        self._data.pop(key, None)
        self._labels.pop(key, None)
        if curve is not None:
            self.legend.removeItem(curve)
            self.plot_item.removeItem(curve)

    def legend_label(self, key) -> str:
        return self._labels[key]

    def series_keys(self) -> list:
        return list(self._curves)

    def series(self, key) -> np.ndarray | None:
        return self._data.get(key)

    def set_log_y(self, on: bool) -> None:
        self.log_y = on
        self.plot_item.setLogMode(y=on)
        for key in self._curves:
            self._draw(key)
        self.plot_item.enableAutoRange()

    def _draw(self, key) -> None:
        lrs = self._data[key]
        shown = positive_or_nan(lrs) if self.log_y else lrs
        self._curves[key].setData(np.arange(len(lrs)), shown)

    def set_cursor(self, epoch: int) -> None:
        self.cursor.setValue(epoch)

    def cursor_epoch(self) -> int:
        return round(self.cursor.value())

    def _snap_cursor(self) -> None:
        epoch = max(0, round(self.cursor.value()))
        if epoch != self.cursor.value():
            self.cursor.setValue(epoch)  # re-enters once with an integer value
            return
        self.sig_cursor_moved.emit(epoch)


SYMBOLS = ("o", "s", "t", "d", "+", "x", "star", "p", "h", "t1", "t2", "t3")  # a second cue besides colour
BASINS = 6  # colours for the basins of attraction: the first six series colours


def basin_color(basin: int):
    return theme.series_color(basin % BASINS)


TRAIL_POINTS = 1000


def decimate(points: np.ndarray, limit: int = TRAIL_POINTS) -> np.ndarray:
    """At most ``limit`` points of a trail, evenly spaced, always with the last (the racer's position):
    drawing cost then stays flat however long the race runs."""
    if len(points) <= limit:
        return points
    index = np.linspace(0, len(points) - 1, limit).round().astype(int)
    return points[index]


class RaceFigure(pg.PlotWidget):
    """A loss surface (filled colours + isolines, or a curve in 1-D) with racers' trails and positions."""

    sig_clicked = Signal(float, float)
    sig_start_dragged = Signal(float, float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot_item = self.getPlotItem()
        theme.style_plot(self.plot_item, "x", "y")
        self.plot_item.showGrid(x=False, y=False)  # the isolines are the grid here; a grid doubles frame time
        legend_brush = theme.color("bg")
        legend_brush.setAlpha(200)
        self.legend = self.plot_item.addLegend(offset=(10, 10), labelTextSize=f"{theme.PLOT_FONT_SIZE}pt",
                                               brush=legend_brush)
        legends.keep_clear(self.plot_item, wide=False)  # (off the paths)
        self.image = pg.ImageItem()
        self.image.setColorMap(pg.colormap.get("cividis"))
        self.plot_item.addItem(self.image)
        self.isolines = self.plot_item.plot(pen=pg.mkPen(255, 255, 255, 110, width=1), connect="finite")
        # The surface does not change while racers move: keep its rendering as a pixmap (a third of a frame).
        for item in (self.image, self.isolines):
            item.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.curve = self.plot_item.plot(pen=pg.mkPen(theme.color("reference"), width=2))
        self.minima = pg.ScatterPlotItem(symbol="star", size=16, brush="w", pen=pg.mkPen("k", width=1))
        self.minima.keeps_colors = True  # white and black stars show on every surface colour
        self.plot_item.addItem(self.minima)
        self.swarm = pg.ScatterPlotItem(size=5, pen=None)
        self.plot_item.addItem(self.swarm)
        self.trails: list[pg.PlotDataItem] = []
        self.heads: list[pg.PlotDataItem] = []
        # both to scale, above the markers: a step shorter than a marker still shows
        self.gradient_arrow = self.plot_item.plot(pen=pg.mkPen(theme.color("highlight"), width=2, style=Qt.DashLine),
                                                  name=self.tr("−lr·g: a plain gradient step"))
        self.update_arrow = self.plot_item.plot(pen=pg.mkPen(theme.color("fg"), width=3),
                                                name=self.tr("Δw: this step, to scale"))
        for arrow in (self.gradient_arrow, self.update_arrow):
            arrow.setZValue(20)
        self.heads_of_arrows = []
        for color in (theme.color("highlight"), theme.color("fg")):
            head = pg.ArrowItem(headLen=14, tipAngle=35, brush=color, pen=None)
            head.setZValue(21)
            head.hide()
            self.plot_item.addItem(head)
            self.heads_of_arrows.append(head)
        self.hover = pg.ScatterPlotItem(size=14, brush=None, pen=pg.mkPen(theme.color("fg"), width=2))
        self.plot_item.addItem(self.hover)
        self.start = pg.TargetItem((0, 0), size=16, movable=True, pen=pg.mkPen("w", width=2))
        self.start.setToolTip(self.tr("The start point: drag it, or Shift+click anywhere on the surface"))
        self.setToolTip(self.tr("Drag the start point (or Shift+click) to start the race elsewhere; "
                                "scroll to zoom, drag to pan"))
        self.plot_item.addItem(self.start)
        self.start.sigPositionChangeFinished.connect(
            lambda item: self.sig_start_dragged.emit(float(item.pos().x()), float(item.pos().y())))
        self.scene().sigMouseClicked.connect(self._clicked)
        self.dims = 2

    # -- the surface ---------------------------------------------------------------------------------
    def set_surface(self, image, minima, box, name: str | None = None) -> None:
        """``name``: the surface's name as the user's language says it (the engine's otherwise)."""
        self.dims = 1 if image.values.ndim == 1 else 2
        x0, x1, y0, y1 = box
        if self.dims == 2:
            self.image.setImage(image.shade.T, autoLevels=True)
            self.image.setRect(pg.QtCore.QRectF(x0, y0, x1 - x0, y1 - y0))
            self.image.show()
            self.isolines.setData(image.iso_x, image.iso_y)
            self.curve.setData([], [])
            self.plot_item.setLabel("left", "y")
            self.minima.setData([m[0] for m in minima], [m[1] for m in minima])
            self.plot_item.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        else:
            self.image.hide()
            self.isolines.setData([], [])
            self.curve.setData(image.xs, image.values)
            self.plot_item.setLabel("left", self.tr("loss"))
            self.minima.setData([m[0] for m in minima], [float(np.interp(m[0], image.xs, image.values))
                                                         for m in minima])
            self.plot_item.setRange(xRange=(x0, x1), padding=0.05)
        self.plot_item.setTitle(f"{name or image.name}: {image.formula}" + (self.tr("  (colours: log scale)")
                                                                      if image.log_scale else ""))

    def set_start(self, point, height: float) -> None:
        """The draggable start marker at ``point`` (its height: y, or the loss on a 1-D curve)."""
        self.start.blockSignals(True)
        self.start.setPos(point[0], height)
        self.start.blockSignals(False)

    def _clicked(self, event) -> None:
        """Shift+click puts the start point there (a plain click only focuses the window: a click to bring
        it forward must not move the tutorial's start); dragging the start marker works without Shift."""
        if event.button() != Qt.LeftButton or event.isAccepted() or not event.modifiers() & Qt.ShiftModifier:
            return
        pos = self.plot_item.vb.mapSceneToView(event.scenePos())
        if self.plot_item.vb.sceneBoundingRect().contains(event.scenePos()):
            self.sig_clicked.emit(float(pos.x()), float(pos.y()))

    # -- racers ----------------------------------------------------------------------------------------
    def set_racers(self, labels: list[str]) -> None:
        for item in self.trails + self.heads:
            self.legend.removeItem(item)
            self.plot_item.removeItem(item)
        self.trails, self.heads = [], []
        for i, label in enumerate(labels):
            color = theme.series_color(i)
            trail = self.plot_item.plot(pen=theme.series_pen(i, width=2, dashed=False), connect="finite",
                                        skipFiniteCheck=True)
            head = self.plot_item.plot(pen=None, symbol=SYMBOLS[i % len(SYMBOLS)], symbolSize=14,
                                       symbolBrush=color, symbolPen=pg.mkPen("w", width=1.5),
                                       name=label)
            self.trails.append(trail)
            self.heads.append(head)
        theme.refresh(self.plot_item)

    def show_paths(self, paths: list[np.ndarray], heights: list[np.ndarray]) -> None:
        """Trails up to the current step: paths[r] is (steps, dims); heights[r] the loss (used in 1-D)."""
        for r, (path, height) in enumerate(zip(paths, heights, strict=True)):
            xy = np.column_stack([path[:, 0], path[:, 1] if self.dims == 2 else height])
            shown = decimate(xy)
            self.trails[r].setData(shown[:, 0], shown[:, 1])
            self.heads[r].setData(xy[-1:, 0], xy[-1:, 1])

    def show_arrows(self, point, gradient, update, height=None, next_height=None, lr: float = 0.0) -> None:
        """The selected racer's update Δw and, beside it, the plain gradient step −lr·g, both to scale."""
        for head in self.heads_of_arrows:
            head.hide()
        self.gradient_arrow.setData([], [])
        self.update_arrow.setData([], [])
        if point is None:
            return
        if self.dims == 1:
            self._arrow(1, (point[0], height), (point[0] + update[0], next_height))
            return
        plain = -lr * np.asarray(gradient, dtype=np.float64)
        if np.all(np.isfinite(plain)) and np.any(plain):
            self._arrow(0, point, point + plain)
        self._arrow(1, point, (point[0] + update[0], point[1] + update[1]))

    def _arrow(self, which: int, tail, tip) -> None:
        """A line from tail to tip with an arrow head drawn in screen space (the axes may differ in scale)."""
        line = (self.gradient_arrow, self.update_arrow)[which]
        line.setData([tail[0], tip[0]], [tail[1], tip[1]])
        vb = self.plot_item.vb
        a, b = vb.mapViewToScene(pg.Point(*tail)), vb.mapViewToScene(pg.Point(*tip))
        if (b - a).manhattanLength() < 3 or not all(np.isfinite([tip[0], tip[1]])):
            return  # too short to carry a head
        head = self.heads_of_arrows[which]
        head.setStyle(angle=180 + np.degrees(np.arctan2(b.y() - a.y(), b.x() - a.x())))
        head.setPos(tip[0], tip[1])
        head.show()

    def show_hover(self, points: np.ndarray | None) -> None:
        if points is None:
            self.hover.setData([], [])
        else:
            self.hover.setData(points[:, 0], points[:, 1])

    def show_swarm(self, points: np.ndarray | None, colors=None) -> None:
        if points is None:
            self.swarm.setData([], [])
        else:
            y = points[:, 1] if points.shape[1] > 1 else np.zeros(len(points))
            self.swarm.setData(points[:, 0], y, brush=colors)


def class_color(label: int):
    """A class's colour: the series colours, then grey."""
    label %= len(theme.SERIES_COLORS) + 1
    return theme.series_color(label) if label < len(theme.SERIES_COLORS) else theme.color("faint")


class BoundaryFigure(pg.PlotWidget):
    """A classifier's decision boundary over the input plane, with training (filled) and test (hollow) points."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plot_item = self.getPlotItem()
        theme.style_plot(self.plot_item, "x1", "x2")
        self.plot_item.showGrid(x=False, y=False)
        self.image = pg.ImageItem()
        self.plot_item.addItem(self.image)
        self.train_points = pg.ScatterPlotItem(size=9, pen=pg.mkPen("w", width=1))
        self.test_points = pg.ScatterPlotItem(size=9, brush=None)
        self.plot_item.addItem(self.test_points)
        self.plot_item.addItem(self.train_points)
        self._points = None  # the (train, test) arrays drawn, to redraw and refit only when the data changes
        self._shown = None  # the last show_record arguments, to recolour after a theme switch
        theme.on_restyle(self, BoundaryFigure._recolor, "boundary")

    def _recolor(self) -> None:
        """Uncertain regions in the plot's background colour, the classes' regions tinted for the theme."""
        self.image.setColorMap(pg.ColorMap([0.0, 0.5, 1.0], [theme.color("boundary_low"), theme.color("bg"),
                                                             theme.color("boundary_high")]))
        if self._shown is not None:
            self._draw_points(self._shown[0])  # in the theme's class colours

    def show_record(self, record, run: int) -> None:
        self._shown = (record, run)
        xs, ys = record.grid
        self.image.setImage(record.boundary[run].T, levels=(0, 1) if record.setup.data.classes == 2 else None)
        x0, x1, y0, y1 = float(xs[0]), float(xs[-1]), float(ys[0]), float(ys[-1])
        self.image.setRect(pg.QtCore.QRectF(x0, y0, x1 - x0, y1 - y0))
        if not self._same_points(record):  # records arrive unpickled: compare values, not identities
            self._points = (record.train, record.test)
            self._draw_points(record)
            self.plot_item.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def _same_points(self, record) -> bool:
        return self._points is not None and all(
            np.array_equal(a, b) for old, new in zip(self._points, (record.train, record.test), strict=True)
            for a, b in zip(old, new, strict=True))

    def _draw_points(self, record) -> None:
        (xt, yt), (xv, yv) = record.train, record.test
        self.train_points.setData(xt[:, 0], xt[:, 1], brush=[pg.mkBrush(class_color(c)) for c in yt])
        self.test_points.setData(xv[:, 0], xv[:, 1], pen=[pg.mkPen(class_color(c), width=1.5) for c in yv])


def set_data_quietly(curve, x, y) -> None:
    """New data for ``curve`` without telling what depends on it: a FillBetweenItem redraws its band at each
    change of either edge, so the first edge of two is set quietly."""
    curve.blockSignals(True)
    try:
        curve.setData(x, y)
    finally:
        curve.blockSignals(False)
