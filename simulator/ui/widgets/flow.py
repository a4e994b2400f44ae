"""Layouts for small screens (presentation mode on a 1280×720 projector): a row of controls that wraps onto
more lines instead of pushing the window wider than the screen, and an area that scrolls its content."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless area that scrolls vertically when the widget needs more height than it gets
    (a formula's wrapped lines on a small screen), instead of squeezing its lines into each other."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


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

    def lines(self, width: int) -> list[list[tuple[QWidget, bool]]]:
        lines, used = [[]], 0
        for widget, stretch in self._shown():
            need = widget.sizeHint().expandedTo(widget.minimumSizeHint()).width()
            if lines[-1] and used + self.SPACING + need > width:
                lines.append([])
                used = 0
            used += (self.SPACING if lines[-1] else 0) + need
            lines[-1].append((widget, stretch))
        return lines

    def _height(self, lines) -> int:
        heights = [max(w.sizeHint().height() for w, _ in line) for line in lines if line]
        return sum(heights) + self.SPACING * max(0, len(heights) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        widest = max((w.minimumSizeHint().expandedTo(w.minimumSize()).width() for w, _ in self._shown()), default=0)
        return QSize(widest, self._height(self.lines(max(self.width(), widest))))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        line = self.lines(10 ** 6)[0]
        width = sum(w.sizeHint().width() for w, _ in line) + self.SPACING * max(0, len(line) - 1)
        return QSize(width, self._height([line]))

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
        y, lines = 0, self.lines(self.width())
        for line in lines:
            if not line:
                continue
            height = max(w.sizeHint().height() for w, _ in line)
            widths = [w.sizeHint().expandedTo(w.minimumSizeHint()).width() for w, _ in line]
            spare = max(0, self.width() - sum(widths) - self.SPACING * (len(line) - 1))
            stretchers = sum(1 for _, stretch in line if stretch)
            x = 0
            for (widget, stretch), width in zip(line, widths, strict=True):
                if stretch:
                    width += spare // stretchers
                widget.setGeometry(QRect(x, y + (height - widget.sizeHint().height()) // 2, width,
                                         widget.sizeHint().height()))
                x += width + self.SPACING
            y += height + self.SPACING
        if self.minimumSizeHint().height() != self.height():
            self.updateGeometry()  # another number of lines: ask the layout for that height
