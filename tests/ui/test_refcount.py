"""Regression guard for the PySide6 pin (<6.12): PySide6 6.12.0 on Python 3.11 loses a reference to True
on every repaint, and the process aborts with "Fatal Python error: bool_dealloc" after a few thousand
frames. Lift the pin only when this passes on the new version."""

import sys

import numpy as np
import pyqtgraph as pg
import pytest

FRAMES = 300


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12 on")
def test_repainting_a_plot_does_not_leak_references_to_true(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    curve = widget.plot(pen="b")
    x = np.arange(100.0)
    widget.grab()  # first paint builds caches
    before = sys.getrefcount(True)
    for i in range(FRAMES):
        curve.setData(x, np.sin(x / 10 + i))
        widget.grab()
    lost = before - sys.getrefcount(True)
    assert lost < FRAMES // 10, f"{lost} references to True lost over {FRAMES} frames"
