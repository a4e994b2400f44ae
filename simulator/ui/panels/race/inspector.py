"""The race's inspector: one racer's update at the current step, its equations with this step's numbers
(engine/internals.py, checked against torch), or what a swarm's colours mean."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ....engine import internals, race
from ... import theme
from ...engine_texts import catalog_text
from .predict import PredictForm
from .ranking import status_text


class Inspector(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.racer = QComboBox()
        self.view = QTextBrowser()
        self.view.setMinimumSize(280, 50)  # (room for two lines: a 1280×720 projector has little)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("inspect")))
        row.addWidget(self.racer, 1)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.predict = PredictForm()
        layout.addWidget(self.predict)
        self._shown = None  # the last show_update arguments, to hide or show the numbers again
        self.predict.switch.toggled.connect(lambda _: self._shown and self.show_update(*self._shown))

    @property
    def index(self) -> int:
        return max(0, self.racer.currentIndex())

    def set_racers(self, labels: list[str], keep: int | None = None) -> None:
        current = self.racer.currentIndex() if keep is None else keep
        self.racer.clear()
        self.racer.addItems(labels)
        self.racer.setCurrentIndex(min(max(current, 0), len(labels) - 1))

    def show_update(self, record: race.RaceRecord, step: int) -> internals.Explanation | None:
        """The selected racer's update from ``step`` to the next (None after the last step)."""
        r = self.index
        status, at = record.status[r]
        at_step = "" if at is None else self.tr(" at step {0}").format(at)  # outside the f-string: lupdate sees it
        head = f"<p><b style='color:{theme.series_color(r).name()}'>" \
               f"{html.escape(record.racers[r].label)}</b> — {status_text(status)}{at_step}</p>" \
               + self._about(record.racers[r])
        if status == "diverged" and at is not None and step >= at:  # nothing left to explain from here
            self.view.setHtml(head + self.tr("<p>Diverged at step {0}: w or the loss overflowed float32, so "
                                             "there is no update to explain from step {1} on. A smaller "
                                             "learning rate keeps it finite.</p>").format(at, step))
            return None
        if step >= record.steps_done:
            point = record.positions[step, r, 0]
            self.view.setHtml(head + self.tr("<p>Step {0}: w = {1}, loss = {2}. No update after the last "
                                             "step.</p>").format(step, internals.fmt(point),
                                                                 f"{record.loss[step, r, 0]:.6g}"))
            return None
        explanation = internals.explain(record, r, step)
        self._shown = (record, step)
        self.predict.set_context(record, r, step)
        hidden = self.predict.on  # predicting: the formulas without this step's numbers
        rows = "".join(  # the formula, then the same with this step's numbers under it
            f"<tr><td valign='top'><b>{html.escape(line.name)}</b></td><td>{html.escape(line.formula)}<br>"
            f"<span style='color:{theme.color('formula').name()}'>{'' if hidden else html.escape(line.substituted)}"
            "</span></td></tr>" for line in explanation.lines)
        check = "" if hidden else self.tr("torch's update: Δw = {0} (equations differ by {1:.1e})").format(
            internals.fmt(explanation.actual), explanation.difference)
        self.view.setHtml(
            head + self.tr("<p>Update from step {0} to {1}, lr = {2:g}</p>").format(step, step + 1,
                                                                                 record.lr[step, r])
            + f"<table cellspacing='4'>{rows}</table><p>{html.escape(check)}</p>")
        return explanation

    def _about(self, racer: race.Racer) -> str:
        """The optimizer's rule in one line and what it is for, from its catalog entry."""
        entry = racer.optimizer.entry
        what = self.tr("{0}; {1}").format(catalog_text(entry.style), catalog_text(entry.use))
        return (f"<p style='color:{theme.color('formula').name()}'>{html.escape(catalog_text(entry.rule))}<br>"
                f"{html.escape(what)}</p>") + self._momentum_forms(racer)

    def _momentum_forms(self, racer: race.Racer) -> str:
        """Momentum is written two ways; say both, which one this racer follows, and which the tutorial's
        printed numbers follow."""
        hyper = racer.optimizer.resolved()
        if racer.optimizer.entry.torch_name != "SGD" or not hyper.get("momentum"):
            return ""
        mu, damp = hyper["momentum"], hyper.get("dampening", 0.0)
        torch_form = self.tr("torch: b ← μ·b + g, w ← w − lr·b (the tutorial's printed results, 0.9711 after two "
                             "steps on w²/2, follow this form)")
        average = self.tr("the tutorial's formula: s ← β·s + (1 − β)·g, w ← w − lr·s, starting from s₁ = g₁ (by hand "
                          "0.98001 after two steps): torch's dampening = β gives it")
        this = (self.tr("this racer follows torch's form") if damp == 0 else
                self.tr("this racer follows the tutorial's formula (β = {0:g})").format(mu) if damp == mu else
                self.tr("this racer: b ← μ·b + (1 − dampening)·g"))
        title = self.tr("Two ways to write momentum:")  # (outside the f-string: lupdate sees it)
        return (f"<p>{html.escape(title)}<br>• {html.escape(torch_form)}<br>"
                f"• {html.escape(average)}<br><b>{html.escape(this)}</b></p>")

    def show_swarm(self, record: race.RaceRecord, row: int) -> None:
        self.view.setHtml(self.tr(
            "<p><b>Swarm</b>: each dot is a start point of <b>{0}</b>, coloured by where it is at step {1}. "
            "Grey: no known minimum reached (or diverged).</p>").format(html.escape(record.racers[self.index].label),
                                                                         record.recorded[row]))
