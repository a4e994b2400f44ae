"""The backprop panel's table of steps: every value computed so far, as a student checks a hand calculation.
In check mode every step is listed with a column for the student's own value and its verdict, and the right
value stays hidden until the student has given theirs."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QTableView

from ....engine import backprop, check_sheet
from ... import theme
from .formula import phase_text

_ROOT = QModelIndex()
YOURS, VERDICT = 2, 3  # the check-mode columns, beside the quantity


def quantity(step: backprop.Step) -> str:
    """What check mode calls a step's result (an updated parameter: w5_new)."""
    return check_sheet.updated(step.target) if step.phase == backprop.UPDATE else step.target


class StepTable(QAbstractTableModel):
    """Every step up to the current one: phase, quantity and its value first (what a student compares
    with a hand calculation), then the formula, the numbers in it and the autograd difference."""

    sig_answer = Signal(str, str)  # check mode: a quantity and the value the student typed for it

    HEADERS = ("#", QT_TRANSLATE_NOOP("StepTable", "phase"), QT_TRANSLATE_NOOP("StepTable", "quantity"),
               QT_TRANSLATE_NOOP("StepTable", "value"), QT_TRANSLATE_NOOP("StepTable", "formula"),
               QT_TRANSLATE_NOOP("StepTable", "numbers"), QT_TRANSLATE_NOOP("StepTable", "|manual − autograd|"))
    CHECK_HEADERS = (HEADERS[0], HEADERS[2], QT_TRANSLATE_NOOP("StepTable", "your value"),
                     QT_TRANSLATE_NOOP("StepTable", "verdict"), HEADERS[3], HEADERS[1], HEADERS[4], HEADERS[5])
    WIDTHS = (44, 90, 170, 150, 300, 300)  # at scale 1 (a path's name, ∂E/∂out_h2 via o1, in full); the last stretches
    CHECK_WIDTHS = (44, 170, 130, 190, 130, 90, 300)

    def __init__(self):
        super().__init__()
        self.steps: tuple[backprop.Step, ...] = ()
        self.count = 0
        self.digits = 9
        self.checking = False
        self.answers: dict[str, str] = {}  # quantity -> as typed
        self.verdicts: dict[str, str] = {}  # quantity -> the verdict's words
        self.mistake: str | None = None  # the quantity of the first wrong answer

    def show(self, steps, count: int, digits: int) -> None:
        """Rows 0..count-1 (every step in check mode); stepping only inserts or removes rows at the end."""
        count = len(steps) if self.checking else count
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

    def set_checking(self, on: bool) -> None:
        self.beginResetModel()
        self.checking = on
        self.count = len(self.steps) if on else min(self.count, len(self.steps))
        self.endResetModel()

    def set_verdicts(self, verdicts: dict[str, str], mistake: str | None) -> None:
        self.verdicts, self.mistake = verdicts, mistake
        if self.count:
            self.dataChanged.emit(self.index(0, 0), self.index(self.count - 1, self.columnCount() - 1))

    @property
    def headers(self) -> tuple[str, ...]:
        return self.CHECK_HEADERS if self.checking else self.HEADERS

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else self.count

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.tr(self.headers[section])
        return None

    def row_texts(self, k: int) -> list[str]:
        s = self.steps[k]
        diff = "" if s.diff is None else f"{s.diff:.1e}"
        value = f"{s.value:.{self.digits}g}"
        if not self.checking:
            # "∂E/∂out_h1 via o1" in the user's language (check mode keeps the name a student types)
            via = self.tr("via")
            shown = s.target.replace(" via ", f" {via} ")
            return [str(k), phase_text(s.phase), shown, value, s.formula, s.substituted, diff]
        name = quantity(s)
        judged = name in self.verdicts
        return [str(k), name, self.answers.get(name, ""), self.verdicts.get(name, ""), value if judged else "?",
                phase_text(s.phase), s.formula, s.substituted if judged else ""]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.DisplayRole, Qt.EditRole):
            return self.row_texts(index.row())[index.column()]
        if role == Qt.BackgroundRole and self.checking and quantity(self.steps[index.row()]) == self.mistake:
            color = theme.color("error")
            color.setAlpha(60)
            return color
        return None

    def flags(self, index):
        flags = super().flags(index)
        return flags | Qt.ItemIsEditable if self.checking and index.column() == YOURS else flags

    def setData(self, index, value, role=Qt.EditRole):  # noqa: N802 (Qt override)
        if not (self.checking and index.column() == YOURS and role == Qt.EditRole):
            return False
        self.sig_answer.emit(quantity(self.steps[index.row()]), str(value).strip())
        return True

    def as_text(self) -> str:
        """Tab-separated, for the clipboard (pastes into a spreadsheet)."""
        lines = ["\t".join(self.headers)] + ["\t".join(self.row_texts(k)) for k in range(self.count)]
        return "\n".join(lines)


def size_step_columns(table: QTableView) -> None:
    # fixed widths (sizing to contents would read every row of a long trace on every step), scaled with
    # presentation mode so the value column stays in view
    model = table.model()
    widths = StepTable.CHECK_WIDTHS if getattr(model, "checking", False) else StepTable.WIDTHS
    for column, width in enumerate(widths):
        table.setColumnWidth(column, round(width * theme.scale))

