"""Labelled input fields laid out in a row or a grid (the label is the field's buddy: Alt+letter works)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QLabel


def add_row(layout: QBoxLayout, fields, stretch: dict | None = None) -> None:
    """``fields``: (label text, widget) pairs added left to right; ``stretch``: widget -> stretch factor."""
    for text, widget in fields:
        label = QLabel(text)
        label.setBuddy(widget)
        layout.addWidget(label)
        layout.addWidget(widget, (stretch or {}).get(widget, 0))


def grid(fields, columns: int) -> QGridLayout:
    """(label text, widget) pairs in rows of ``columns`` fields, labels right-aligned."""
    layout = QGridLayout()
    for k, (text, widget) in enumerate(fields):
        label = QLabel(text)
        label.setBuddy(widget)
        row, column = divmod(k, columns)
        layout.addWidget(label, row, 2 * column, Qt.AlignRight)
        layout.addWidget(widget, row, 2 * column + 1)
    return layout
