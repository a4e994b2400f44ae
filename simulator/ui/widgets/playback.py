"""First / back / play / forward / last buttons with a slider: moves a position through 0..maximum."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

from .. import theme
from .keys import bind

SPEEDS = (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100)  # multiples of the bar's base rate
TICK_MS = 33  # fast speeds advance several steps per tick instead of ticking faster than the screen


class PlaybackBar(QWidget):
    sig_position_changed = Signal(int)

    def __init__(self, unit: str, base_rate: float = 2.0, parent: QWidget | None = None):
        super().__init__(parent)
        self.unit = unit
        self.base_rate = base_rate  # steps per second at 1×
        self._maximum = 0
        self._due = 0.0  # fractional steps owed by the timer
        self._pending: int | None = None  # a position asked for before the computation got there
        self.first_button = self._button("⇤", self.tr("First (Home)"), self.first)
        self.back_button = self._button("←", self.tr("Step back (←)"), self.back)
        self.play_button = self._button("▶", self.tr("Play / pause (Space)"), self.toggle_play)
        self.forward_button = self._button("→", self.tr("Step forward (→)"), self.forward)
        self.last_button = self._button("⇥", self.tr("Last (End)"), self.last)
        self.slider = QSlider(Qt.Horizontal)
        self.slider.valueChanged.connect(self._moved)
        self.label = QLabel()
        self.speed = QComboBox()
        for s in SPEEDS:
            self.speed.addItem(f"{s:g}×", s)
        self.speed.setCurrentIndex(SPEEDS.index(1))
        self.speed.setToolTip(self.tr("Playback speed (1× = {0:g} steps per second)").format(base_rate))
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for b in (self.first_button, self.back_button, self.play_button, self.forward_button, self.last_button):
            row.addWidget(b)
        row.addWidget(self.slider, 1)
        row.addWidget(self.label)
        row.addWidget(self.speed)
        self._update_label()
        theme.on_restyle(self, PlaybackBar._update_label, "label")  # presentation mode: a larger font

    def bind_keys(self, owner: QWidget) -> None:
        """←/→ step, Home/End jump, Space plays: while focus is inside ``owner``."""
        bind(owner, ((Qt.Key_Left, self.back), (Qt.Key_Right, self.forward), (Qt.Key_Home, self.first),
                     (Qt.Key_End, self.last), (Qt.Key_Space, self.toggle_play)))

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.setToolTip(tip)
        b.setMinimumSize(40, 34)
        b.clicked.connect(slot)
        return b

    @property
    def position(self) -> int:
        return self.slider.value()

    @property
    def maximum(self) -> int:
        return self._maximum

    def set_maximum(self, maximum: int, position: int | None = None) -> None:
        self._maximum = max(0, maximum)
        if self._pending is not None and self._maximum >= self._pending:
            position, self._pending = self._pending, None
        self.slider.blockSignals(True)
        self.slider.setRange(0, self._maximum)
        self.slider.blockSignals(False)
        self.set_position(self.position if position is None else position, force=True)

    def set_position(self, position: int, force: bool = False) -> None:
        position = min(max(0, position), self._maximum)
        if position == self.slider.value() and not force:
            return
        self.slider.blockSignals(True)
        self.slider.setValue(position)
        self.slider.blockSignals(False)
        self._moved(position)

    def request_position(self, position: int) -> None:
        """Go to ``position`` now, or as soon as the computation behind the bar reaches it (a restored
        session asks for step 40 before the race has computed it)."""
        self._pending = position  # kept until data at least that long arrives (set_maximum)
        self.set_position(position)

    def _moved(self, position: int) -> None:
        self._update_label()
        self.sig_position_changed.emit(position)

    def _update_label(self) -> None:
        self.label.setText(f"{self.unit} {self.position} / {self._maximum}")
        # as wide as its widest text at this length and font size, so the row does not shift while playing
        widest = QFontMetrics(QApplication.font()).horizontalAdvance(f"{self.unit} {self._maximum} / {self._maximum}")
        self.label.setMinimumWidth(widest + 8)

    def first(self) -> None:
        self.stop()
        self.set_position(0)

    def last(self) -> None:
        self.stop()
        self.set_position(self._maximum)

    def back(self) -> None:
        self.stop()
        self.set_position(self.position - 1)

    def forward(self) -> None:
        self.stop()
        self.set_position(self.position + 1)

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    def toggle_play(self) -> None:
        if self.playing:
            self.stop()
        else:
            if self.position >= self._maximum:
                self.set_position(0)
            self._due = 1.0  # the first step comes at once
            self._timer.start()
            self.play_button.setText("❚❚")

    def stop(self) -> None:
        self._pending = None  # the user took over
        self._timer.stop()
        self.play_button.setText("▶")

    def _tick(self) -> None:
        if self.position >= self._maximum:
            self.stop()
            return
        self._due += self.base_rate * self.speed.currentData() * TICK_MS / 1000
        steps, self._due = int(self._due), self._due % 1
        if steps:
            self.set_position(self.position + steps)
