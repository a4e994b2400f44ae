"""Predict the next step, in the race inspector: a field per quantity of the selected racer's next update
(g, b, m, s, m̂, ŝ, η, Δw, w), each judged on Enter (engine/check_step.py) with its verdict beside it and the
first mistake named under them."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ....engine import check, check_step
from ....engine.specs import SpecError
from ... import theme
from ...check_texts import step_mistake, verdict_text


class PredictForm(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.switch = QCheckBox(self.tr("predict the next step"))
        self.switch.setToolTip(self.tr("Hide the numbers of the update; type your own and press Enter"))
        self.grid = QGridLayout()
        self.message = QLabel()  # under the fields: a value that is not a number, or the first mistake
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.switch)
        layout.addLayout(self.grid)
        layout.addWidget(self.message)
        self.fields: dict[str, tuple[QLineEdit, QLabel]] = {}
        self.context = None  # (record, racer, step)
        self.switch.toggled.connect(self._toggled)
        self._toggled(False)

    @property
    def on(self) -> bool:
        return self.switch.isChecked()

    def _toggled(self, on: bool) -> None:
        for k in range(self.grid.count()):
            self.grid.itemAt(k).widget().setVisible(on)
        self.message.setVisible(on)

    def set_context(self, record, racer: int, step: int) -> None:
        """The update the fields are for; new fields when the quantities change, cleared when the step does."""
        previous, self.context = self.context, (record, racer, step)
        try:
            names = check_step.quantities(record, racer)
        except SpecError as e:
            names = ()
            self._say(str(e), "muted")
        if tuple(self.fields) != names:
            while self.grid.count():
                self.grid.takeAt(0).widget().deleteLater()
            self.fields = {}
            for k, name in enumerate(names):  # two to a row: the inspector's equations keep their room
                field, verdict = QLineEdit(), QLabel()
                field.setPlaceholderText(self.tr("your value"))
                field.returnPressed.connect(self.judge)
                row, column = divmod(k, 2)
                # (a combining hat is lost in some fonts: m̂ and ŝ carry their ASCII names too)
                shown = {"m̂": "m̂ (m_hat)", "ŝ": "ŝ (s_hat)"}.get(name, name)
                self.grid.addWidget(QLabel(shown), row, 3 * column)
                self.grid.addWidget(field, row, 3 * column + 1)
                self.grid.addWidget(verdict, row, 3 * column + 2)
                self.fields[name] = (field, verdict)
            self._toggled(self.on)
        elif previous is not None and previous[1:] != (racer, step):
            for field, verdict in self.fields.values():
                field.clear()
                verdict.clear()
            self.message.clear()

    def judge(self) -> None:
        if self.context is None:
            return
        answers = {name: field.text() for name, (field, _) in self.fields.items() if field.text().strip()}
        try:
            verdicts = check_step.judge(*self.context, answers)
        except SpecError as e:
            self._say(str(e), "error")
            return
        for _, verdict in self.fields.values():
            verdict.clear()
        for v in verdicts:
            label = self.fields[v.quantity][1]
            label.setText(verdict_text(v.verdict))
            theme.colored(label, "error" if v.verdict == check.WRONG else "good")
        first = next((v for v in verdicts if v.verdict == check.WRONG), None)
        if first is None:
            self._say(self.tr("No mistake in your {0} values.").format(len(verdicts)), "good")
        else:
            right = ", ".join(f"{x:.6g}" for x in first.expected)
            self._say(self.tr("First mistake: {0} — {1}. The right value: {2}.").format(
                first.quantity, step_mistake(first.diagnosis), right), "error")

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        theme.colored(self.message, role)
