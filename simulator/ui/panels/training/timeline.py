"""The training lab's time cursor and speed: scrub back to any iteration the run has passed (the boundary,
the curves and the layer statistics follow), or follow the training live at a chosen pace."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

SPEEDS = (1, 3, 10, 30, 100, 300, None)  # iterations per second; None: as fast as the machine trains


class Timeline(QWidget):
    sig_moved = Signal(int)  # the user put the cursor on iteration k
    sig_live = Signal()  # back to the newest iteration

    def __init__(self, counter: QWidget, parent=None):
        super().__init__(parent)
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setToolTip(self.tr("Drag to see the run at an earlier iteration (← / →: one iteration, "
                                       "Shift+← / Shift+→: one epoch, End: back to the newest)"))
        self.label = QLabel()
        self.live_button = QPushButton(self.tr("back to the newest (End)"))
        self.speed = QComboBox()
        for rate in SPEEDS:
            self.speed.addItem(self.tr("full speed") if rate is None else self.tr("{0} iterations/s").format(rate),
                               rate)
        self.speed.setCurrentIndex(len(SPEEDS) - 1)
        self.speed.setToolTip(self.tr("How fast ▶ trains: slow enough to talk over, or as fast as it goes"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(counter)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.live_button)
        layout.addWidget(QLabel(self.tr("speed")))
        layout.addWidget(self.speed)
        self.live = True  # the cursor follows the newest iteration
        self.slider.valueChanged.connect(self._moved)
        self.live_button.clicked.connect(self.go_live)

    @property
    def rate(self) -> int | None:
        return self.speed.currentData()

    @property
    def position(self) -> int:
        return self.slider.value()

    @property
    def dragging(self) -> bool:
        return self.slider.isSliderDown()

    def set_newest(self, iteration: int) -> None:
        """The run has reached ``iteration``: the slider's end (and, when live, its position)."""
        self.slider.blockSignals(True)
        self.slider.setMaximum(iteration)
        if self.live:
            self.slider.setValue(iteration)
        self.slider.blockSignals(False)
        self._show_label()

    def move_by(self, steps: int) -> None:
        self.slider.setValue(max(0, min(self.slider.maximum(), self.slider.value() + steps)))

    def go_live(self) -> None:
        self.live = True
        self.set_newest(self.slider.maximum())
        self.sig_live.emit()

    def _moved(self, value: int) -> None:
        self.live = value >= self.slider.maximum()
        self._show_label()
        if self.live:
            self.sig_live.emit()
        else:
            self.sig_moved.emit(value)

    def _show_label(self) -> None:
        """Where the cursor is, and the way back, only while it is not at the newest iteration."""
        self.label.setText(self.tr("showing iteration {0}").format(self.slider.value()))
        self.label.setVisible(not self.live)
        self.live_button.setVisible(not self.live)
