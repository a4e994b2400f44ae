"""Scatter markers reach Qt even when shiboken holds a stale wrapper at their array's address (figures.py)."""

import shiboken6
from pyqtgraph.Qt import internals
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from simulator.ui import figures  # noqa: F401 (installs the fix)


def test_a_stale_wrapper_at_the_fragments_address_is_not_handed_to_qt(qapp):
    fragments = internals.PrimitiveArray(QPainter.PixmapFragment, 10)
    fragments.resize(5)
    fragments.ndarray()[:] = 7.0
    stale = shiboken6.wrapInstance(fragments._ndarray.ctypes.data, QWidget)  # as a deleted widget's wrapper
    pointer, count = fragments.drawargs()
    assert isinstance(pointer, QPainter.PixmapFragment) and count == 5
    assert (fragments.ndarray() == 7.0).all()  # the markers' data came along
    del stale
