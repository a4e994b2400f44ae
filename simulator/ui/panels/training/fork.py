"""Fork the training run at the time cursor: one setting changed, both futures trained from the same state
(engine/forks.py), their curves overlaid."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ....engine import forks, training
from ....engine.specs import SpecError
from ... import theme

SETTING_NAMES = {  # forks.SETTINGS on screen
    "learning rate": QT_TRANSLATE_NOOP("ForkBar", "learning rate"),
    "optimizer": QT_TRANSLATE_NOOP("ForkBar", "optimizer (fresh state)"),
    "Dropout p": QT_TRANSLATE_NOOP("ForkBar", "Dropout p"),
    "weight decay": QT_TRANSLATE_NOOP("ForkBar", "weight decay"),
}
EXAMPLES = {"learning rate": "0.05", "optimizer": "SGD(lr=0.1, momentum=0.9)", "Dropout p": "0.5",
            "weight decay": "0.01"}


class ForkBar(QWidget):
    sig_fork = Signal(str, str)  # the setting and the typed value, checked

    def __init__(self, parent=None):
        super().__init__(parent)
        self.where = QLabel()
        self.setting = QComboBox()
        for key in forks.SETTINGS:
            self.setting.addItem(self.tr(SETTING_NAMES[key]), key)
        self.value = QLineEdit()
        self.run_button = QPushButton(self.tr("train both futures"))
        self.message = QLabel()  # under the value: what is wrong with it
        theme.colored(self.message, "error")
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.where, self.setting, self.value, self.run_button):
            row.addWidget(w)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.base: training.RunSpec | None = None
        self.iteration = 0
        self.setting.activated.connect(lambda _: self._hint())
        self.value.returnPressed.connect(self._run)
        self.run_button.clicked.connect(self._run)
        self._hint()

    def aim(self, base: training.RunSpec, iteration: int) -> None:
        """Fork ``base`` at ``iteration`` (the cursor's run and position)."""
        self.base, self.iteration = base, iteration
        self.where.setText(self.tr("fork {0} at iteration {1}, changing").format(base.label, iteration))

    def _hint(self) -> None:
        self.value.setPlaceholderText(self.tr("e.g. {0}").format(EXAMPLES[self.setting.currentData()]))
        self.message.hide()

    def _run(self) -> None:
        if self.base is None:
            return
        try:  # checked here, next to the field (the compute process checks again)
            forks.fork_spec(self.base, self.setting.currentData(), self.value.text(), self.iteration)
        except SpecError as e:
            self.message.setText(str(e))
            self.message.show()
            return
        self.message.hide()
        self.sig_fork.emit(self.setting.currentData(), self.value.text())
