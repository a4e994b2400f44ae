"""Plots shared by the panels and by headless ``--png`` rendering, so both show the same figure.

Plot items are created once per series and updated with ``setData``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal

from . import theme

# Every module that draws plots imports this one, so these global options are set before any plot exists.
pg.setConfigOptions(background="w", foreground="k", antialias=True)


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
        theme.style_plot(self.plot_item, "epoch", "learning rate")
        self.legend = self.plot_item.addLegend(offset=(-10, 10), labelTextSize=f"{theme.PLOT_FONT_SIZE}pt")
        self._curves: dict[object, pg.PlotDataItem] = {}
        self._data: dict[object, np.ndarray] = {}
        self._labels: dict[object, str] = {}
        self.log_y = False
        self.cursor = pg.InfiniteLine(0, angle=90, movable=True, pen=pg.mkPen("#555555", width=1.5))
        self.cursor.setZValue(10)
        self.plot_item.addItem(self.cursor, ignoreBounds=True)
        self.cursor.sigPositionChanged.connect(self._snap_cursor)

    def set_series(self, key, label: str, lrs: np.ndarray, color_index: int) -> None:
        curve = self._curves.get(key)
        if curve is None:
            curve = self.plot_item.plot(pen=theme.series_pen(color_index), name=label, connect="finite")
            self._curves[key] = curve
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
