"""The learning-rate range test on y = 4x², where the answer is known: one step with lr = 0.125 lands on the
minimum, and from lr = 0.25 on every step overshoots at least as far as it started. The same test as the
training lab's (engine/lr_finder.py), so the two curves can be read side by side."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ....compute.job import Job
from ....engine import lr_finder
from ...widgets.range_plot import RangeFields, RangePlot, rule_text
from ..base import Panel

ONE_STEP, OVERSHOOT = 0.125, 0.25  # 1 − 8·lr = 0 and |1 − 8·lr| = 1


class QuadraticRangeView(Panel):
    NAME = "lr.range"

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.test: lr_finder.RangeTest | None = None
        self.fields = RangeFields(1e-3, 1.0)
        self.fields.sig_run.connect(self._run)
        self.fields.sig_error.connect(lambda message: self.show_error(message or None))
        self.plot = RangePlot(log_loss=True)
        self.explained = QLabel()
        self.explained.setWordWrap(True)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("SGD on y = 4x² from x = 2, the lr growing exponentially from step to step: the "
                               "learning-rate range test where the right answer is known."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.explained)
        self.run()

    def run(self) -> None:
        self.fields.run()

    def _run(self, start: float, end: float, iterations: int) -> None:
        self.submit(Job.of(lr_finder.quadratic, start, end, iterations), self.show_test)

    def show_test(self, test: lr_finder.RangeTest) -> None:
        self.test = test
        self.plot.show_test(test, ((ONE_STEP, self.tr("0.125: one step\nto the minimum")),
                                   (OVERSHOOT, self.tr("0.25: each step\novershoots"))))
        self.explained.setText(self.explain(test))

    def explain(self, test: lr_finder.RangeTest) -> str:
        """Where the curve shows 0.125 and 0.25, read off its numbers."""
        lines = []
        if len(test.losses) > 1:
            ratio = test.losses[1:] / test.losses[:-1]  # the loss after the step at lrs[i] over the one before
            fastest = float(test.lrs[int(np.nanargmin(ratio))])
            lines.append(self.tr("The loss falls fastest in the step with lr = {0:.3g}, the schedule's nearest to "
                                 "0.125: there x − lr·8x = 0, one step lands on the minimum.").format(fastest))
            lowest = int(np.nanargmin(test.losses))
            if 0 < lowest < len(test.lrs):
                lines.append(self.tr("The loss is lowest after the step with lr = {0:.3g}; from lr = 0.25 on "
                                     "|1 − 8·lr| ≥ 1, so each step ends at least as far from 0 as it began and "
                                     "the loss climbs back.").format(float(test.lrs[lowest - 1])))
        if test.suggestions:
            lines.append(self.tr("The range test's rules read the smoothed curve: {0}. Here they miss, because "
                                 "the smoothing averages the loss itself, and a loss that falls by 30 orders of "
                                 "magnitude averages to its first values; on this curve read the raw loss.").format(
                ", ".join(f"{rule_text(s.rule)} {s.lr:.3g}" for s in test.suggestions)))
        return "\n".join(lines)

    def state_fields(self) -> dict[str, QWidget]:
        return {"start": self.fields.start, "end": self.fields.end, "iterations": self.fields.iterations}

    def csv_writer(self):
        test = self.test
        return None if test is None else lambda file: lr_finder.write_csv(test, file)
