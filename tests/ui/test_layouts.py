"""Every panel is usable on a projector: in presentation mode at 1280×720, 1366×768 and 1920×1080, in both
languages, the window keeps the screen's size, the panel fits without scrolling, and no control is cut or
covers another."""

import itertools
import time

import pytest
from PySide6.QtCore import QEvent, QRect, QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QSplitterHandle,
    QTabBar,
    QWidget,
)

from simulator.ui import i18n, theme
from simulator.ui.main_window import MainWindow
from simulator.ui.panels import PANELS

SIZES = ((1280, 720), (1366, 768), (1920, 1080))
LEAVES = (QAbstractButton, QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QComboBox, QLabel, QLineEdit,
          QTabBar)  # what a user reads or clicks; their insides are theirs


def leaves(panel: QWidget) -> list[tuple[QWidget, QRect]]:
    """The visible controls of ``panel`` with their rectangles in its coordinates."""
    found, todo = [], [panel]
    while todo:
        widget = todo.pop()
        for child in widget.children():
            if not isinstance(child, QWidget) or not child.isVisible() or isinstance(child, QSplitterHandle):
                continue
            if isinstance(child, LEAVES):
                found.append((child, QRect(child.mapTo(panel, child.rect().topLeft()), child.size())))
            else:
                todo.append(child)
    return found


def problems(panel: QWidget) -> list[str]:
    found = []
    bounds = panel.rect()
    controls = leaves(panel)
    for widget, rect in controls:
        name = f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r:.40}"
        if not bounds.contains(rect):
            found.append(f"{name} at {rect.getRect()} reaches outside the panel {bounds.getRect()}")
        hint = widget.minimumSizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            if widget.height() + 1 < widget.heightForWidth(widget.width()):
                found.append(f"{name} is cut: {widget.height()} px tall, its text needs "
                             f"{widget.heightForWidth(widget.width())}")
        elif not isinstance(widget, QAbstractScrollArea) and (widget.width() + 1 < hint.width()
                                                             or widget.height() + 1 < hint.height()):
            found.append(f"{name} is squeezed to {widget.width()}×{widget.height()} (needs {hint.width()}×"
                         f"{hint.height()})")
    for (a, ra), (b, rb) in itertools.combinations(controls, 2):
        if a.isAncestorOf(b) or b.isAncestorOf(a):
            continue
        overlap = ra.intersected(rb)
        if overlap.width() > 2 and overlap.height() > 2:
            found.append(f"{type(a).__name__} {getattr(a, 'text', lambda: '')()!r:.30} and {type(b).__name__} "
                         f"{getattr(b, 'text', lambda: '')()!r:.30} overlap by {overlap.width()}×{overlap.height()}")
    return found


def settle(app, controller, seconds: float) -> None:
    end = time.monotonic() + seconds
    quiet = None
    while time.monotonic() < end:
        app.processEvents()
        app.sendPostedEvents(None, QEvent.DeferredDelete)
        time.sleep(0.01)
        ready = controller.engine_ready and controller.idle()
        quiet = (quiet or time.monotonic()) if ready else None
        if quiet and time.monotonic() - quiet > 0.3:
            return


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_panel_fits_projector_sizes_in_presentation_mode(language, ready_controller, tmp_path, qtbot):
    app = QApplication.instance()
    found = []
    try:
        i18n.install(app, language)
        window = MainWindow(ready_controller, QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
        qtbot.addWidget(window)
        theme.set_scale(app, theme.PRESENTATION_SCALE)
        window.show()
        for name in PANELS:
            window.open_panel(name)
            settle(app, ready_controller, 20)
            for size in SIZES:
                window.resize(*size)
                settle(app, ready_controller, 1)
                where = f"{name} at {size[0]}×{size[1]} ({language})"
                if window.size().toTuple() != size:
                    found.append(f"{where}: the window cannot be this small ({window.size().toTuple()})")
                panel, room = window.panels[name], window.panel_frame(name).viewport().size()
                if panel.width() > room.width() or panel.height() > room.height():
                    found.append(f"{where}: needs scrolling, {panel.width()}×{panel.height()} in "
                                 f"{room.width()}×{room.height()}")
                found += [f"{where}: {p}" for p in problems(panel)]
    finally:
        theme.set_scale(app, 1.0)
        i18n.install(app, "en")
    assert not found, "\n".join(found)
