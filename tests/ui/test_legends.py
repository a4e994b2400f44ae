"""Legends stay off the data (ui/legends.py)."""

import numpy as np
import pyqtgraph as pg

from simulator.ui import legends
from simulator.ui.panels import panel_class


def kept_clear(qtbot):
    """A plot whose legend keeps clear of its curves, and its PlotItem."""
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    plot.resize(600, 400)
    item = plot.getPlotItem()
    item.addLegend(offset=(-10, 10))
    legends.keep_clear(item)
    return plot, item


def test_a_legend_moves_to_the_corner_its_curve_leaves_free(qtbot):
    plot, item = kept_clear(qtbot)
    x = np.linspace(0, 1, 200)
    curve = plot.plot(x, x, name="rising: fills the top right and the bottom left")
    plot.show()
    qtbot.waitUntil(lambda: getattr(item.legend, "corner", None) is not None, timeout=5000)
    assert item.legend.corner[0] in ((0, 0), (1, 1))  # top left or bottom right: where y = x is not
    assert legends.covered(item, item.legend.sceneBoundingRect()) == 0
    curve.setData(x, 1 - x)  # now falling: the free corners swap
    qtbot.waitUntil(lambda: item.legend.corner[0] in ((1, 0), (0, 1)), timeout=5000)
    assert legends.covered(item, item.legend.sceneBoundingRect()) == 0


def test_the_weighted_average_legend_covers_none_of_the_days(show_panel, qtbot):
    panel = show_panel(panel_class("ewa"), (1280, 720))
    qtbot.waitUntil(lambda: panel.result is not None, timeout=30_000)
    qtbot.wait(100)
    item = panel.plot.getPlotItem()
    assert legends.covered(item, item.legend.sceneBoundingRect()) == 0


def test_a_histograms_legend_is_placed_too(qtbot):
    """A histogram's curve has one more edge than bars (the BatchNorm lab's): its bars count, nothing breaks."""
    plot, item = kept_clear(qtbot)
    counts, edges = np.histogram(np.linspace(0, 1, 50) ** 0.2, bins=12)
    plot.plot(edges, counts, stepMode="center", name="leans right")
    plot.show()
    qtbot.waitUntil(lambda: getattr(item.legend, "corner", None) is not None, timeout=5000)
    assert item.legend.corner[0] != (1, 0)  # the tall bars are on the right: not the top-right corner
