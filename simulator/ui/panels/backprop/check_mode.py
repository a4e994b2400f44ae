"""Check my work, in the backprop panel: the switch, loading a file of answers or pasting a column of them,
the first mistake told in words (CheckBar), and the panel's side of it (CheckWork: the answers, judged by
engine/check.py in the compute process, shown in the table and on the diagram)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....compute.job import Job
from ....engine import check
from ....engine.specs import SpecError
from ... import theme
from ...check_texts import backprop_mistake, verdict_text
from .steps import quantity, size_step_columns


def detail_text(verdict: check.Verdict) -> str:
    """What the diagnosed mistake implies, with its numbers."""
    if verdict.rate is not None:
        return QCoreApplication.translate("CheckMode", "η = {0:g}").format(verdict.rate)
    if verdict.places is not None:
        return QCoreApplication.translate("CheckMode", "every step rounded to {0} decimals gives {1:.9g}").format(
            verdict.places, verdict.implied)
    return QCoreApplication.translate("CheckMode", "this gives {0:.9g}").format(verdict.implied)


class CheckBar(QWidget):
    sig_toggled = Signal(bool)
    sig_loaded = Signal(list)  # (quantity, value) pairs from a file
    sig_pasted = Signal(list)  # values, for the rows from the selected one on

    def __init__(self, parent=None):
        super().__init__(parent)
        self.switch = QCheckBox(self.tr("check my work"))
        self.switch.setToolTip(self.tr("Hide the values; type yours in the table and see the first mistake"))
        self.load = QPushButton(self.tr("load answers…"))
        self.load.setToolTip(self.tr("A CSV file of quantity,value rows (net_h1, E_total, dE/dw5, w5_new …)"))
        self.paste = QPushButton(self.tr("paste a column"))
        self.paste.setToolTip(self.tr("Values from the clipboard, one per line, from the selected row down"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        row = QHBoxLayout()
        for widget in (self.switch, self.load, self.paste):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        self.switch.toggled.connect(self._toggled)
        self.load.clicked.connect(self._load)
        self.paste.clicked.connect(self._paste)
        self._toggled(False)

    def _toggled(self, on: bool) -> None:
        self.load.setVisible(on)
        self.paste.setVisible(on)
        self.summary.setVisible(on)
        self.say(self.tr("Type your value for each step in the table (column “your value”)."), "muted")
        self.sig_toggled.emit(on)

    def say(self, text: str, role: str = "muted") -> None:
        self.summary.setText(text)
        theme.colored(self.summary, role)

    def _load(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Answers"), "", self.tr("CSV files (*.csv *.txt)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        try:
            self.sig_loaded.emit(check.load_answers(path))
        except SpecError as e:
            self.say(str(e), "error")

    def _paste(self) -> None:
        values = [v.strip() for v in QGuiApplication.clipboard().text().splitlines() if v.strip()]
        if values:
            self.sig_pasted.emit(values[:check.MAX_ANSWERS])

    def show_result(self, result: check.Result) -> None:
        first = result.first_mistake
        if first is None:
            right = sum(v.verdict == check.RIGHT for v in result.verdicts)
            self.say(self.tr("No mistake in your {0} values ({1} right, {2} right from your own numbers).").format(
                len(result.verdicts), right, len(result.verdicts) - right), "good")
            return
        detail = f" ({detail_text(first)})" if first.implied is not None else ""
        self.say(self.tr("First mistake: {0} = {1}. {2}{3}.\nThe right step: {4}").format(
            first.quantity, first.typed, backprop_mistake(first.diagnosis), detail, first.formula), "error")


class CheckWork:
    """Mixed into BackpropPanel (which has the record, the step table, the diagram and the check bar): the
    student's answers, judged in the compute process, shown in the table, on the diagram and in words."""

    def _checking(self, on: bool) -> None:
        self.step_model.set_checking(on)
        size_step_columns(self.step_table)
        self.show_step(self.playback.position)
        if on and self.answers:
            self._judge()

    def _answer_all(self, typed: dict[str, str]) -> None:
        for name, text in typed.items():
            if text:
                self.answers[name] = text
            else:
                self.answers.pop(name, None)
        self._judge()

    def _pasted(self, values: list[str]) -> None:
        """A column of values for the rows from the selected one down."""
        rows = self.step_table.selectionModel().selectedRows()
        start = rows[0].row() if rows else 0
        steps = self.step_model.steps[start:start + len(values)]
        self._answer_all({quantity(s): v for s, v in zip(steps, values, strict=False)})

    def _judge(self) -> None:
        """Every answer that reads as a number, judged in the compute process; the others marked at once."""
        if self.record is None:
            return
        names = {quantity(s) for s in self.record.trace.steps}  # (dE/dw5 typed in a file is ∂E/∂w5)
        self.answers = {check.canonical(k, names): v for k, v in self.answers.items()
                        if check.canonical(k, names) in names}
        valid, unreadable = [], {}
        for name, text in self.answers.items():
            try:
                check.typed(text)
                valid.append((name, text))
            except ValueError:
                unreadable[name] = self.tr("not a number")
        self.step_model.answers = dict(self.answers)
        self.step_model.set_verdicts(unreadable, None)
        # a job of its own owner: judging must not replace a trace still being computed
        self.controller.submit(f"{self.NAME}.check", Job.of(check.check_job, self.record.trace.network, valid),
                               lambda result: self._judged(result, unreadable),
                               lambda _state, error: error and self.check_bar.say(error, "error"))

    def _judged(self, result: check.Result, unreadable: dict[str, str]) -> None:
        self.check_result = result
        words = {v.quantity: verdict_text(v.verdict) for v in result.verdicts}
        first = result.first_mistake
        self.step_model.set_verdicts({**words, **unreadable}, None if first is None else first.quantity)
        self.check_bar.show_result(result)
        self.show_step(self.playback.position)

    def _show_check_on_diagram(self) -> None:
        """Check mode: no values on the diagram; the first mistake's neurons and weights highlighted."""
        trace, first = self.record.trace, self.check_result and self.check_result.first_mistake
        step = next((s for s in trace.steps if first is not None and quantity(s) == first.quantity), None)
        self.diagram.show_state(trace.network.parameters(), {}, {}, set(step.nodes) if step else set(),
                                set(step.edges) if step else set(), self.focus, trace.dropped)
