"""The backprop panel's explanation of one step: its formula, the same with numbers, the value and the autograd
check; below it every computation the clicked neuron or weight takes part in."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ....engine import backprop
from ... import theme


def phase_text(phase: str) -> str:
    """A step's phase (forward, loss, backward, update) as the user reads it (listed in engine_texts.PHASES)."""
    return QCoreApplication.translate("StepFormula", phase)


class StepFormula(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.phase_label = QLabel()
        self.formula = QLabel()
        self.substituted = QLabel()
        self.result = QLabel()
        self.check = QLabel()
        for w in (self.formula, self.substituted, self.result):
            theme.emphasis(w, 4)
        for w in (self.formula, self.substituted, self.result, self.check):
            w.setWordWrap(True)
            w.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.focus_view = QLabel()
        self.focus_view.setWordWrap(True)
        self.focus_view.setTextFormat(Qt.RichText)
        self.focus_view.setAlignment(Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        for w in (self.phase_label, self.formula, self.substituted, self.result, self.check):
            layout.addWidget(w)
        layout.addWidget(self.focus_view, 1)

    def show_step(self, step: backprop.Step, k: int, last: int, digits: int, hidden: bool = False) -> None:
        """``hidden``: check mode before the student gave this step's value — the formula only."""
        # numbered like the slider and the table's # column: 0 … last
        self.phase_label.setText(self.tr("{0} · step {1} / {2}").format(phase_text(step.phase), k, last))
        self.formula.setText(step.formula)
        if hidden:
            self.substituted.setText("= …")
            self.result.setText(self.tr("= ? (type your value in the table)"))
            self.check.setText("")
            return
        self.substituted.setText("= " + step.substituted)
        self.result.setText(f"= {step.value:.{digits}g}")
        if step.diff is None:
            self.check.setText(self.tr("(no autograd counterpart: one term of a sum)"))
            theme.colored(self.check, "muted")
        else:
            ok = step.diff <= 1e-9 * max(1.0, abs(step.value))
            self.check.setText(("✓ " if ok else "✗ ") + self.tr("autograd {0:.{1}g}, |manual − autograd| = {2:.1e}")
                               .format(step.autograd, digits, step.diff))
            theme.colored(self.check, "good" if ok else "error")

    def show_focus(self, focus: str | None, done, digits: int) -> None:
        """The last computations among ``done`` (the steps so far) that ``focus`` takes part in."""
        if focus is None:
            self.focus_view.setText(self.tr("<i>Click a neuron or a weight to see every computation it takes "
                                            "part in.</i>"))
            return
        # a weight: also the chain its gradient is made of — its neuron's ∂E/∂out (the sum of the paths), the
        # paths themselves, ∂out/∂net and δ — which do not name the weight
        gradient = next((s for s in done if s.param == focus and s.target == f"∂E/∂{focus}"), None)
        neuron = gradient.nodes[0] if gradient is not None and gradient.nodes else None
        chain = {f"∂E/∂out_{neuron}", f"δ_{neuron}", f"∂out_{neuron}/∂net_{neuron}"} if neuron else set()
        mine = [s for s in done if focus in s.nodes or focus in s.edges or s.param == focus or s.target in chain
                or (neuron is not None and s.target.startswith(f"∂E/∂out_{neuron} via "))]
        rows = "".join(f"<tr><td>{html.escape(s.formula)}<br><span style='color:{theme.color('formula').name()}'>= "
                       f"{html.escape(s.substituted)} = {s.value:.{digits}g}</span></td></tr>" for s in mine[-8:])
        self.focus_view.setText(f"<b>{html.escape(focus)}</b><table>{rows}</table>" if rows else
                                self.tr("<b>{0}</b>: nothing computed yet at this step").format(focus))
