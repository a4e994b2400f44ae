"""The training lab's learning-rate range test: from the shown run's weights now, the lr grows exponentially
for a number of steps; the curve, the three suggested lrs side by side with why they disagree, and one click
to race the suggestions from the same seed."""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ....engine import lr_finder
from ... import theme
from ...widgets.flow import FlowRow
from ...widgets.range_plot import RangeFields, RangePlot, rule_text


class RangeTestView(QWidget):
    sig_run = Signal(float, float, int)  # start, end, iterations
    sig_race = Signal(list)  # the suggested lrs, to race in the lab

    def __init__(self, parent=None):
        super().__init__(parent)
        self.fields = RangeFields()
        self.fields.button.setToolTip(self.tr("Pauses training; the run is left exactly as it was"))
        self.race_button = QPushButton(self.tr("Race the suggested learning rates"))
        self.race_button.setToolTip(self.tr("A new run of the lab, one racer per suggestion, same seed"))
        self.race_button.setEnabled(False)
        self.smoothing = QPushButton(self.tr("The smoothing, in the weighted-average lab ▶"))
        self.smoothing.setToolTip(self.tr("These losses averaged with β = 0.98 and bias correction, day by day"))
        self.smoothing.setEnabled(False)
        self.smoothing.clicked.connect(self._open_smoothing)
        links = FlowRow((self.race_button, self.smoothing))  # under the curve: what to do with it
        self.message = QLabel()  # under the fields: what is wrong with them
        theme.colored(self.message, "error")
        self.message.hide()
        self.plot = RangePlot()
        self.explained = QLabel(self.tr("The range test trains a few steps while the learning rate grows from "
                                        "tiny to huge, and reads a good learning rate off the loss."))
        self.explained.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.explained)
        layout.addWidget(links)
        self.test: lr_finder.RangeTest | None = None
        self.fields.sig_run.connect(self.sig_run)
        self.fields.sig_error.connect(self._say)
        self.race_button.clicked.connect(lambda: self.sig_race.emit([s.lr for s in self.test.suggestions]))

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def _open_smoothing(self) -> None:
        window = self.window()
        if self.test is not None and hasattr(window, "open_panel"):
            window.open_panel("ewa").show_series(self.test.losses, lr_finder.BETA)

    def show_test(self, test: lr_finder.RangeTest, iteration: int, label: str) -> None:
        """The finished test of run ``label``, made from its weights after ``iteration`` steps."""
        self.test = test
        self.plot.show_test(test)
        self.race_button.setEnabled(bool(test.suggestions))
        self.smoothing.setEnabled(True)
        self.explained.setText(explain(test, iteration, label, self.tr))


def explain(test: lr_finder.RangeTest, iteration: int, label: str, tr) -> str:
    """What was done, each suggestion with its reading, and why they disagree on this curve."""
    lines = [tr("{0}, from its weights after {1} iterations (reset first to test the untrained network): "
                "{2} steps.").format(label, iteration, len(test.lrs))]
    if test.exploded:
        lines.append(tr("Stopped at lr = {0:.2g}: the smoothed loss passed 4× its lowest.").format(test.lrs[-1]))
    else:
        lines.append(tr("Reached lr = {0:.2g} without the loss blowing up: a larger end lr would show the "
                        "cliff.").format(test.lrs[-1]))
    if test.reshuffles:
        lines.append(tr("The training set ran out {0} times; each time its batches were drawn from a new "
                        "permutation.").format(test.reshuffles))
    reading = {"minimum / 10": tr("a tenth of the lr where the smoothed loss is lowest: clear of the cliff "
                                  "that follows the minimum"),
               "steepest descent": tr("where the loss falls fastest per decade of lr, on its way down to its lowest"),
               "valley": tr("halfway along the longest stretch over which the loss keeps falling")}
    for s in test.suggestions:
        lines.append(f"• {rule_text(s.rule)}: lr = {s.lr:.2g} — {reading.get(s.rule, '')}")
    if len(test.suggestions) > 1:
        lrs = [s.lr for s in test.suggestions]
        lines.append(tr("They span {0:.1f} decades of lr: each reads another feature of one noisy curve (its "
                        "lowest point, its steepest slope, its longest fall); racing them shows which one trains "
                        "best here.").format(math.log10(max(lrs) / min(lrs))))
    elif not test.suggestions:
        lines.append(tr("Too few steps for a suggestion."))
    return "\n".join(lines)
