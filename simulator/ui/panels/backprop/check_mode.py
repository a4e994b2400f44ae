"""Check my work, in the backprop panel: the switch, loading a file of answers or pasting a column of them,
and the first mistake told in words. The judging is engine/check.py's (run in the compute process)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....engine import check
from ....engine.specs import SpecError
from ... import theme


def diagnosis_text(code: str | None) -> str:
    """A check.DIAGNOSES code in the user's language."""
    words = {
        "updated-weights": QCoreApplication.translate(
            "CheckMode", "you used the updated weights of the layer above on the way back; the example uses the "
            "old ones (all gradients come from the same forward pass)"),
        "missing-derivative": QCoreApplication.translate("CheckMode", "you left out ∂out/∂net, the activation's "
                                                                      "derivative"),
        "derivative-of-out": QCoreApplication.translate("CheckMode", "you took the activation's derivative at out "
                                                                     "instead of at net"),
        "sign": QCoreApplication.translate("CheckMode", "the sign of ∂E/∂out is flipped"),
        "missing-half": QCoreApplication.translate("CheckMode", "you left out the ½ of E = ½·(target − out)²"),
        "missing-path": QCoreApplication.translate("CheckMode", "you left out one of the paths from this neuron to "
                                                                "the loss"),
        "net-for-out": QCoreApplication.translate("CheckMode", "you passed net on to the next layer instead of out"),
        "update-sign": QCoreApplication.translate("CheckMode", "you added η·∂E/∂w instead of subtracting it"),
        "learning-rate": QCoreApplication.translate("CheckMode", "you used another learning rate"),
        "rounding": QCoreApplication.translate("CheckMode", "you rounded the steps before, and the rounding grew"),
        "unknown": QCoreApplication.translate("CheckMode", "none of the usual mistakes gives this number"),
    }
    return words.get(code or "", code or "")


def detail_text(verdict: check.Verdict) -> str:
    """What the diagnosed mistake implies, with its numbers."""
    if verdict.rate is not None:
        return QCoreApplication.translate("CheckMode", "η = {0:g}").format(verdict.rate)
    if verdict.places is not None:
        return QCoreApplication.translate("CheckMode", "every step rounded to {0} decimals gives {1:.9g}").format(
            verdict.places, verdict.implied)
    return QCoreApplication.translate("CheckMode", "this gives {0:.9g}").format(verdict.implied)


def verdict_text(verdict: check.Verdict) -> str:
    if verdict.verdict == check.RIGHT:
        return QCoreApplication.translate("CheckMode", "✓ right")
    if verdict.verdict == check.CARRIED:
        return QCoreApplication.translate("CheckMode", "✓ right from your numbers")
    return QCoreApplication.translate("CheckMode", "✗ wrong")


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
            first.quantity, first.typed, diagnosis_text(first.diagnosis), detail, first.formula), "error")
