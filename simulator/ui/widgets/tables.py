"""Tables sized to their rows at the current presentation scale."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableWidget

from .. import theme


def fit_rows(table: QTableWidget, fewest: int, most: int) -> int:
    """Rows as tall as the current font, and the table as tall as its header and rows (at least ``fewest``,
    at most ``most``; beyond that it scrolls), so presentation mode cuts no row in half. Returns its height."""
    font = QFont(table.font())
    font.setPointSizeF(theme.BASE_POINT_SIZE * theme.scale)  # (the widget may not have the new font yet)
    row = QFontMetrics(font).height() + round(8 * theme.scale)
    rows = table.verticalHeader()
    rows.setMinimumSectionSize(row)
    rows.setDefaultSectionSize(row)
    for i in range(table.rowCount()):
        rows.resizeSection(i, row)
    header = max(table.horizontalHeader().sizeHint().height(), row)
    count = min(max(fewest, table.rowCount()), most)
    height = header + count * row + 2 * table.frameWidth() + 2
    table.setFixedHeight(height)
    return height
