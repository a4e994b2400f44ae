"""Keyboard shortcuts that act while focus is anywhere inside a panel (not in other panels)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def bind(owner: QWidget, pairs) -> None:
    """``pairs``: (key or key sequence, slot). Text fields still get their own arrow keys first."""
    for key, slot in pairs:
        QShortcut(QKeySequence(key), owner, slot, context=Qt.WidgetWithChildrenShortcut)
