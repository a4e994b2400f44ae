"""Check my work in a concept lab: pick one of the numbers the lab shows, type your own value for it, and
see it judged at the precision you typed — or the usual mistake that gives your number named
(engine/check_labs.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from ...engine import check, check_labs
from .. import theme
from ..check_texts import lab_mistake
from .flow import FlowRow


class CheckField(QWidget):
    """"check: [which ▾] <prompt> = [your value] → verdict". ``source(index)`` gives the prompt, the right
    value and the mistakes' values of the number ``index`` (1 …  count)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.which = QSpinBox()
        self.which.setMinimum(1)
        self.prompt = QLabel()
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("your value"))
        self.value.setMaximumWidth(160)
        self.value.setToolTip(self.tr("Type your own value and press Enter"))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        row = QVBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(FlowRow((QLabel(self.tr("check your number:")), self.which, self.prompt, self.value,
                               (self.verdict, True))))  # the verdict wraps under on a small screen
        self.source: Callable | None = None
        self.value.returnPressed.connect(self.judge)
        self.which.valueChanged.connect(lambda _: self._refresh())

    def set_source(self, source: Callable | None, count: int) -> None:
        """What to judge (None: nothing computed yet); ``count`` numbers to choose from."""
        self.source = source
        self.which.setMaximum(max(1, count))
        self.which.setVisible(count > 1)
        self._refresh()

    def _refresh(self) -> None:
        self.verdict.clear()
        if self.source is not None:
            self.prompt.setText(self.source(self.which.value())[0] + " =")

    def judge(self) -> None:
        if self.source is None or not self.value.text().strip():
            return
        _, right, mistakes = self.source(self.which.value())
        try:
            result = check_labs.judge(self.value.text(), right, mistakes)
        except ValueError:
            self._say(self.tr("not a number"), "error")
            return
        if result.verdict == check.RIGHT:
            self._say(self.tr("✓ right ({0:.9g})").format(right), "good")
        else:
            self._say(self.tr("✗ {0}; the right value is {1:.9g}").format(lab_mistake(result.diagnosis), right),
                      "error")

    def _say(self, text: str, role: str) -> None:
        self.verdict.setText(text)
        theme.colored(self.verdict, role)
