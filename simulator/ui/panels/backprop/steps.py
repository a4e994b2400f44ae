"""The backprop panel's table of steps: every value computed so far, as a student checks a hand calculation."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from ....engine import backprop
from ... import theme
from .formula import phase_text

_ROOT = QModelIndex()


class StepTable(QAbstractTableModel):
    """Every step up to the current one: phase, quantity and its value first (what a student compares
    with a hand calculation), then the formula, the numbers in it and the autograd difference."""

    HEADERS = ("#", QT_TRANSLATE_NOOP("StepTable", "phase"), QT_TRANSLATE_NOOP("StepTable", "quantity"),
               QT_TRANSLATE_NOOP("StepTable", "value"), QT_TRANSLATE_NOOP("StepTable", "formula"),
               QT_TRANSLATE_NOOP("StepTable", "numbers"), QT_TRANSLATE_NOOP("StepTable", "|manual − autograd|"))
    WIDTHS = (44, 90, 130, 150, 300, 300)  # at scale 1; the last column stretches

    def __init__(self):
        super().__init__()
        self.steps: tuple[backprop.Step, ...] = ()
        self.count = 0
        self.digits = 9

    def show(self, steps, count: int, digits: int) -> None:
        """Rows 0..count-1; stepping only inserts or removes rows at the end (no full reset)."""
        if steps is not self.steps or digits != self.digits:
            self.beginResetModel()
            self.steps, self.count, self.digits = steps, count, digits
            self.endResetModel()
        elif count > self.count:
            self.beginInsertRows(_ROOT, self.count, count - 1)
            self.count = count
            self.endInsertRows()
        elif count < self.count:
            self.beginRemoveRows(_ROOT, count, self.count - 1)
            self.count = count
            self.endRemoveRows()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else self.count

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def row_texts(self, k: int) -> list[str]:
        s = self.steps[k]
        diff = "" if s.diff is None else f"{s.diff:.1e}"
        return [str(k), phase_text(s.phase), s.target, f"{s.value:.{self.digits}g}", s.formula, s.substituted, diff]

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and index.isValid():
            return self.row_texts(index.row())[index.column()]
        return None

    def as_text(self) -> str:
        """Tab-separated, for the clipboard (pastes into a spreadsheet)."""
        lines = ["\t".join(self.HEADERS)] + ["\t".join(self.row_texts(k)) for k in range(self.count)]
        return "\n".join(lines)


def size_step_columns(table: QTableView) -> None:
    # fixed widths (sizing to contents would read every row of a long trace on every step), scaled with
    # presentation mode so the value column stays in view
    for column, width in enumerate(StepTable.WIDTHS):
        table.setColumnWidth(column, round(width * theme.scale))
