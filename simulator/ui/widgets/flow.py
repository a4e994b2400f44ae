"""Small layouts: widgets one under the other; and for small screens (presentation mode on a 1280×720
projector) a row of controls that wraps onto more lines instead of pushing the window wider than the
screen, and an area that scrolls its content."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget


def stacked(*widgets: QWidget, grow: QWidget) -> QWidget:
    """``widgets`` one under the other, without margins; ``grow`` (a plot, a table) takes the spare height."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        column.addWidget(widget, 1 if widget is grow else 0)
    return box


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless area that scrolls vertically when the widget needs more height than it gets
    (a formula's wrapped lines on a small screen), instead of squeezing its lines into each other."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


def pair(text: str, field: QWidget) -> QWidget:
    """A label and its field as one piece of a FlowRow (a line never ends between them)."""
    piece = QWidget()
    row = QHBoxLayout(piece)
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text)
    label.setBuddy(field)
    row.addWidget(label)
    row.addWidget(field, 1)
    return piece


class FlowRow(QWidget):
    """``widgets`` left to right at their preferred widths, as many per line as fit; a widget given as
    ``(widget, True)`` takes what is left of its line (a slider, a status text).

    Its minimum height is that of the lines it needs at its current width, so the layout it sits in gives
    it room for them (as widgets/fields.FieldGrid does)."""

    SPACING = 6

    def __init__(self, widgets, parent: QWidget | None = None):
        super().__init__(parent)
        self.items: list[tuple[QWidget, bool]] = [w if isinstance(w, tuple) else (w, False) for w in widgets]
        for widget, _ in self.items:
            widget.setParent(self)
            widget.installEventFilter(self)  # shown, hidden or new text: place them again
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)

    def _shown(self):
        return [(w, stretch) for w, stretch in self.items if not w.isHidden()]

    @staticmethod
    def _width(widget: QWidget) -> int:
        need = widget.sizeHint().expandedTo(widget.minimumSizeHint()).expandedTo(widget.minimumSize())
        return max(0, need.width())  # (an empty spacer's hint is -1)

    def lines(self, width: int) -> list[list[tuple[QWidget, bool]]]:
        """The shown widgets, line by line, at ``width``."""
        lines, used = [[]], 0
        for widget, stretch in self._shown():
            need = min(self._width(widget), width)
            if lines[-1] and used + self.SPACING + need > width:
                lines.append([])
                used = 0
            used += (self.SPACING if lines[-1] else 0) + need
            lines[-1].append((widget, stretch))
        return [line for line in lines if line]

    def geometry_at(self, width: int) -> tuple[list[tuple[QWidget, QRect]], int]:
        """Where each shown widget goes at ``width``, and the height that takes. A widget wider than the
        row gets the row's width (a wrapped label: the height its lines need)."""
        placed, y = [], 0
        for line in self.lines(width):
            widths = [min(self._width(w), width) for w, _ in line]
            spare = max(0, width - sum(widths) - self.SPACING * (len(line) - 1))
            stretchers = sum(1 for _, stretch in line if stretch)
            for k, (_, stretch) in enumerate(line):
                if stretch:
                    widths[k] += spare // stretchers
            heights = [w.heightForWidth(wd) if w.hasHeightForWidth() else w.sizeHint().height()
                       for (w, _), wd in zip(line, widths, strict=True)]
            tallest, x = max(heights), 0
            for (widget, _), w, h in zip(line, widths, heights, strict=True):
                placed.append((widget, QRect(x, y + (tallest - h) // 2, w, h)))
                x += w + self.SPACING
            y += tallest + self.SPACING
        return placed, max(0, y - self.SPACING)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        widest = max((w.minimumSizeHint().expandedTo(w.minimumSize()).width() for w, _ in self._shown()), default=0)
        return QSize(widest, self.geometry_at(max(self.width(), widest))[1])

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        shown = self._shown()
        width = sum(self._width(w) for w, _ in shown) + self.SPACING * max(0, len(shown) - 1)
        return QSize(width, self.geometry_at(width)[1])

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.ShowToParent, QEvent.HideToParent, QEvent.FontChange):
            self.place()
        return False

    def event(self, event) -> bool:
        if event.type() == QEvent.LayoutRequest:  # a control's size changed (a new text): place them again
            self.place()
        return super().event(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.place()

    def place(self) -> None:
        placed, height = self.geometry_at(self.width())
        for widget, rect in placed:
            widget.setGeometry(rect)
        if height != self.height():
            self.updateGeometry()  # another number of lines: ask the layout for that height
