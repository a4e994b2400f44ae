"""The frame a panel sits in, in the window's tabs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class PanelFrame(QScrollArea):
    """A panel fills the frame but never gets less than its minimum size: a panel larger than the screen
    scrolls instead of pushing the window (and every other tab) past the screen's edges.

    QScrollArea's own resizable mode sizes a panel with word-wrapped labels at its *preferred* height for the
    width, which scrolls panels that would fit; this one uses the minimum. tests/ui/test_layouts.py keeps
    every panel from needing to scroll at projector sizes."""

    def __init__(self, panel: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.NoFrame)
        self.setWidget(panel)
        panel.installEventFilter(self)

    def fit(self) -> None:
        panel = self.widget()
        need = panel.minimumSizeHint().expandedTo(panel.minimumSize())
        panel.resize(self.maximumViewportSize().expandedTo(need))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.LayoutRequest:  # the panel's minimum may have changed (a new scale, texts)
            self.fit()
        return False
