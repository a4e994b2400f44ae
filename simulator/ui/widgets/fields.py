"""Labelled input fields laid out in a row or a grid (the label is the field's buddy: Alt+letter works)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QComboBox, QGridLayout, QLabel, QLayout, QLineEdit, QWidget

TYPING_PAUSE_MS = 700  # a typed field applies once typing stops this long (or at once on Enter / leaving it)


def apply_when_typing_stops(fields: tuple[QLineEdit, ...], apply, owner: QWidget) -> QTimer:
    """``apply()`` once typing in any of ``fields`` pauses, and at once when one is left or Enter is pressed
    (the timer, owned by ``owner``, is stopped then, so it does not apply twice)."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(TYPING_PAUSE_MS)
    timer.timeout.connect(apply)
    for field in fields:
        field.textEdited.connect(lambda _: timer.start())
        field.editingFinished.connect(timer.stop)
        field.editingFinished.connect(apply)
    return timer


def narrow(combo: QComboBox, characters: int = 12) -> QComboBox:
    """A combo box that may be narrower than its longest choice (which its list still shows in full): long
    choices would otherwise set the width of a whole row of fields in presentation mode."""
    combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


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


class FieldGrid(QWidget):
    """Labelled fields in a grid whose number of fields per row follows the width: as many of ``columns``
    (e.g. (6, 4, 3)) as fit, so a narrow window or presentation mode wraps the fields instead of cutting
    them. ``extra``: a widget at the end of the first row (e.g. a check box)."""

    def __init__(self, fields, columns: tuple[int, ...], extra: QWidget | None = None, parent=None):
        super().__init__(parent)
        self.choices = tuple(sorted(columns, reverse=True))
        self.extra = extra
        self.pairs: list[tuple[QLabel, QWidget]] = []
        for text, widget in fields:
            label = QLabel(text)
            label.setBuddy(widget)
            self.pairs.append((label, widget))
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        # the grid must not hold the widget at its current arrangement's width: narrower, it rearranges
        self.grid.setSizeConstraint(QLayout.SetNoConstraint)
        self.columns = 0
        self.arrange(self.choices[0])

    def arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for label, widget in self.pairs:
            self.grid.removeWidget(label)
            self.grid.removeWidget(widget)
        for k, (label, widget) in enumerate(self.pairs):
            row, column = divmod(k, columns)
            self.grid.addWidget(label, row, 2 * column, Qt.AlignRight)
            self.grid.addWidget(widget, row, 2 * column + 1)
        if self.extra is not None:
            self.grid.removeWidget(self.extra)
            self.grid.addWidget(self.extra, 0, 2 * columns)
        self.updateGeometry()

    def width_for(self, columns: int) -> int:
        """The narrowest the grid can be with ``columns`` fields per row."""
        spacing = max(0, self.grid.horizontalSpacing())
        total = 0
        for c in range(columns):
            column = self.pairs[c::columns]
            if column:
                total += max(label.sizeHint().width() for label, _ in column) + spacing
                total += max(max(w.minimumSizeHint().width(), w.minimumWidth()) for _, w in column) + spacing
        if self.extra is not None:
            total += self.extra.sizeHint().width()
        return total

    def fitting(self, width: int) -> int:
        return next((c for c in self.choices if self.width_for(c) <= width), self.choices[-1])

    def refit(self) -> None:
        """Choose the columns again (after the fields' sizes changed, e.g. a new presentation scale)."""
        self.arrange(self.fitting(self.width()))
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.width_for(self.choices[-1]), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.arrange(self.fitting(event.size().width()))
