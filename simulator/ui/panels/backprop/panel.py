"""Backpropagation step by step (tutorial 3.2): the diagram, the formula of each step, every value. The
network settings are in settings.py, one step's explanation in formula.py, the table of steps in steps.py."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....compute.job import Job
from ....engine import backprop, check, network
from ....engine.specs import SpecError
from ....session import SessionError
from ... import notebook_texts, theme
from ...widgets.flow import FlowRow, scrolled, stacked
from ...widgets.keys import bind
from ...widgets.network_diagram import NetworkDiagram
from ...widgets.playback import PlaybackBar
from ...widgets.state import write
from ..base import Panel
from .check_mode import CheckBar, CheckWork
from .formula import StepFormula
from .settings import NetworkSettings, SettingsError, settings_of
from .steps import StepTable, quantity, size_step_columns


class BackpropPanel(CheckWork, Panel):
    NAME = "backprop"

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.network = network.classic()
        self.iteration = 0
        self.record: backprop.BackpropRecord | None = None
        self.focus: str | None = None

        self.settings = NetworkSettings()

        # -- diagram, formula, tables -------------------------------------------------------------------
        self.diagram = NetworkDiagram()
        self.diagram.setMinimumSize(360, 180)
        self.explanation = StepFormula()
        self.digits = QSpinBox()
        self.digits.setRange(4, 9)
        self.digits.setValue(9)
        self.digits.setToolTip(self.tr("Significant digits of the numbers shown"))
        self.copy_button = QPushButton(self.tr("Copy table"))
        self.step_model = StepTable()
        self.check_bar = CheckBar()
        self.answers: dict[str, str] = {}  # check mode: quantity -> the student's value as typed
        self.check_result: check.Result | None = None
        self.step_table = QTableView()
        self.step_table.setModel(self.step_model)
        self.step_table.verticalHeader().hide()
        # fixed widths: sizing to contents would read every row of a long trace on every step
        theme.on_restyle(self.step_table, size_step_columns, "columns")
        self.step_table.horizontalHeader().setStretchLastSection(True)
        self.params = QTableWidget(0, 2)
        self.params.setHorizontalHeaderLabels([self.tr("parameter"), self.tr("value (edit)")])
        self.params.verticalHeader().hide()
        self.params.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.loss_plot = pg.PlotWidget()
        theme.style_plot(self.loss_plot.getPlotItem(), self.tr("iteration"), "E_total")
        self.loss_plot.setMinimumHeight(64)
        self.loss_curve = self.loss_plot.plot(pen=theme.series_pen(0, width=2), symbol="o", symbolSize=5,
                                              symbolBrush=theme.series_color(0), symbolPen=None)

        # -- stepping ----------------------------------------------------------------------------------
        self.playback = PlaybackBar(self.tr("step"), base_rate=2)
        self.prev_phase = QPushButton(self.tr("◀ phase"))
        self.next_phase = QPushButton(self.tr("phase ▶"))
        self.run_to_param = QComboBox()
        self.run_to = QPushButton(self.tr("run to update of"))
        self.next_iteration = QPushButton(self.tr("next iteration"))
        self.reset_button = QPushButton(self.tr("reset"))
        self.iteration_label = QLabel()
        # one flowing row, so that a 1280×720 projector in presentation mode fits it on two lines
        controls = FlowRow((self.prev_phase, self.next_phase, self.run_to, self.run_to_param, self.next_iteration,
                            self.reset_button, (self.iteration_label, True), QLabel(self.tr("digits")),
                            self.digits, self.copy_button, self.check_bar, (self.playback, True)))

        top = QSplitter(Qt.Horizontal)
        top.addWidget(self.diagram)
        top.addWidget(scrolled(self.explanation))  # a long formula on a small screen scrolls, never cut
        top.setSizes([3000, 2000])  # splitters share by these ratios; the diagram gets the larger part
        top.widget(1).setMinimumWidth(300)
        bottom = QSplitter(Qt.Horizontal)
        bottom.addWidget(self.step_table)
        side = QSplitter(Qt.Vertical)
        self.param_error = QLabel()  # under the table: what is wrong with the value typed in a cell
        theme.colored(self.param_error, "error")
        self.param_error.setWordWrap(True)
        self.param_error.hide()
        side.addWidget(stacked(self.params, self.param_error, grow=self.params))
        side.addWidget(self.loss_plot)
        side.setSizes([3000, 2000])  # the parameters get the larger part: a teacher reads them
        bottom.addWidget(side)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 1)
        body = QSplitter(Qt.Vertical)
        body.addWidget(top)
        body.addWidget(bottom)
        body.setSizes([3000, 2000])
        self.step_table.setMinimumHeight(90)

        layout = QVBoxLayout(self)
        layout.addWidget(self.settings)
        layout.addWidget(self.error)
        layout.addWidget(body, 1)
        layout.addWidget(controls)

        # -- wiring ------------------------------------------------------------------------------------
        self.settings.sig_preset_chosen.connect(self.load_preset)
        self.settings.sig_edited.connect(self.apply_settings)
        self.digits.valueChanged.connect(lambda _: self.run())
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.step_model.as_text()))
        self.params.itemChanged.connect(self._param_edited)
        self.playback.sig_position_changed.connect(self.show_step)
        self.prev_phase.clicked.connect(lambda: self.jump_phase(-1))
        self.next_phase.clicked.connect(lambda: self.jump_phase(1))
        self.run_to.clicked.connect(self.run_to_breakpoint)
        self.next_iteration.clicked.connect(lambda: self.set_iteration(self.iteration + 1))
        self.reset_button.clicked.connect(lambda: self.set_iteration(0))
        self.diagram.sig_focus.connect(self.set_focus)
        self.check_bar.sig_toggled.connect(self._checking)
        self.check_bar.sig_loaded.connect(lambda pairs: self._answer_all(dict(pairs)))
        self.check_bar.sig_pasted.connect(self._pasted)
        self.step_model.sig_answer.connect(lambda name, text: self._answer_all({name: text}))
        self.playback.bind_keys(self)
        bind(self, ((Qt.Key_N, lambda: self.set_iteration(self.iteration + 1)),
                    (Qt.Key_R, lambda: self.set_iteration(0)),
                    ("Shift+Left", lambda: self.jump_phase(-1)), ("Shift+Right", lambda: self.jump_phase(1))))
        # the focus view's colours are in its HTML
        theme.on_restyle(self.explanation.focus_view, lambda _: self.show_step(self.playback.position))
        self.load_preset("classic")

    # -- settings -> network ---------------------------------------------------------------------------
    def load_preset(self, name: str) -> None:
        self.set_network(network.PRESETS[name]())

    def set_network(self, net: network.Network, keep_iteration: bool = False) -> None:
        self.network = net
        self.settings.fill(net)
        self.show_error(None)
        if not keep_iteration:
            self.iteration = 0
        self.run()

    def apply_settings(self, reseed: bool = False) -> None:
        """Rebuild the network from the fields; an invalid edit shows a message and keeps the last network."""
        try:
            net = self.settings.network(self.network, reseed)
        except SettingsError as e:
            self.show_error(str(e))  # right under the fields, the wrong one framed in red
            self.settings.mark(e.field)
            return
        self.show_error(None)  # (a value fixed: its message goes)
        self.settings.mark(None)
        if reseed or settings_of(net) != settings_of(self.network):  # a field left unchanged keeps the iteration
            self.set_network(net)

    def _param_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != 1:
            return
        name = self.params.item(item.row(), 0).text()
        try:
            net = self.network.with_parameter(name, float(item.text()))
        except (ValueError, SpecError) as e:
            self.param_error.setText(self.tr("{0}: {1}").format(name, e if isinstance(e, SpecError) else
                                                                self.tr("'{0}' is not a number").format(item.text())))
            self.param_error.show()
            return
        self.param_error.hide()
        self.set_network(net)

    def set_iteration(self, iteration: int) -> None:
        self.iteration = max(0, min(iteration, backprop.MAX_ITERATIONS))
        self.run()

    # -- job ---------------------------------------------------------------------------------------------
    def run(self) -> None:
        net, iteration, digits = self.network, self.iteration, self.digits.value()
        self.submit(Job.of(backprop.backprop_job, net, iteration, digits), self.show_record)

    def show_record(self, record: backprop.BackpropRecord) -> None:
        keep = self.record is not None and self.record.trace.network.sizes == record.trace.network.sizes \
            and self.record.trace.iteration == record.trace.iteration
        self.record = record
        trace = record.trace
        self.diagram.set_network(trace.network)
        self.params.blockSignals(True)
        current = trace.network.parameters()
        self.params.setRowCount(len(current))
        for r, (name, value) in enumerate(current.items()):
            key = QTableWidgetItem(name)
            key.setFlags(key.flags() & ~Qt.ItemIsEditable)
            self.params.setItem(r, 0, key)
            self.params.setItem(r, 1, QTableWidgetItem(f"{value:.{self.digits.value()}g}"))  # as the steps show
        self.params.blockSignals(False)
        chosen = self.run_to_param.currentText()
        self.run_to_param.clear()
        self.run_to_param.addItems(list(trace.grads))
        if chosen in trace.grads:
            self.run_to_param.setCurrentText(chosen)
        self.iteration_label.setText(self.tr("iteration {0} · E_total = {1:.9g}").format(trace.iteration, trace.loss))
        self.loss_curve.setData(np.arange(len(record.losses) + 1), [*record.losses, trace.loss])
        self.loss_plot.setXRange(0, max(5, len(record.losses)), padding=0.05)  # whole iterations, from 0
        self.playback.set_maximum(len(trace.steps) - 1, position=self.playback.position if keep else 0)
        if self.check_bar.switch.isChecked() and self.answers:  # another network or iteration: judged anew
            self._judge()

    # -- stepping --------------------------------------------------------------------------------------------
    def jump_phase(self, direction: int) -> None:
        if self.record is None:
            return
        starts = sorted(self.record.trace.phase_starts().values())
        k = self.playback.position
        targets = [s for s in starts if s > k] if direction > 0 else [s for s in starts if s < k]
        if targets:
            self.playback.set_position(targets[0] if direction > 0 else targets[-1])
        elif direction > 0:
            self.playback.last()

    def run_to_breakpoint(self) -> None:
        if self.record is not None and self.run_to_param.currentText():
            self.playback.stop()
            self.playback.set_position(self.record.trace.update_step(self.run_to_param.currentText()))

    def set_focus(self, name: str) -> None:
        self.focus = None if name == self.focus else name
        self.show_step(self.playback.position)

    def show_step(self, k: int) -> None:
        if self.record is None:
            return
        trace, digits = self.record.trace, self.digits.value()
        steps = trace.steps
        k = min(k, len(steps) - 1)
        step = steps[k]
        checking = self.check_bar.switch.isChecked()
        self.explanation.show_step(step, k, len(steps) - 1, digits,
                                   hidden=checking and quantity(step) not in self.step_model.verdicts)
        self.step_model.show(steps, k + 1, digits)
        if checking:
            self.step_table.scrollTo(self.step_model.index(k, 0))
            self.step_table.selectRow(k)
            self._show_check_on_diagram()
            return
        self.step_table.scrollToBottom()
        # what is known after this step: node values, gradients, updated weights
        weights = trace.network.parameters()
        values: dict[str, str] = {}
        grads: dict[str, float] = {}
        for s in steps[: k + 1]:
            if s.phase == backprop.FORWARD and s.target.startswith(("net_", "out_")):
                kind, node = s.target.split("_", 1)
                values[node] = (values.get(node, "").split("\n")[0] + "\n" if kind == "out" else "") + \
                    f"{kind} {s.value:.4g}"
            elif s.phase == backprop.BACKWARD and s.param is not None:
                grads[s.param] = s.value
            elif s.phase == backprop.UPDATE and s.param in weights:
                weights[s.param] = s.value
        self.diagram.show_state(weights, grads, values, set(step.nodes), set(step.edges), self.focus, trace.dropped)
        self.explanation.show_focus(self.focus, steps[: k + 1], digits)

    # -- session -------------------------------------------------------------------------------------------
    EXTRA = ("parameters", "iteration", "focus", "check")

    def state_fields(self) -> dict[str, QWidget]:
        return {**self.settings.fields(), "digits": self.digits}

    def state(self) -> dict:
        return {**super().state(), "parameters": self.network.parameters(), "iteration": self.iteration,
                "focus": self.focus, "check": {"on": self.check_bar.switch.isChecked(), "answers": dict(self.answers)}}

    def check_state(self, state: dict, where: str) -> None:
        super().check_state(state, where)
        params = state.get("parameters", {})
        if not isinstance(params, dict) or not all(
                isinstance(v, int | float) and not isinstance(v, bool) for v in params.values()):
            raise SessionError(f"{where}.parameters: expected names with numbers, e.g. {{\"w1\": 0.15}}")
        iteration = state.get("iteration", 0)
        if not isinstance(iteration, int) or isinstance(iteration, bool) or \
                not 0 <= iteration <= backprop.MAX_ITERATIONS:
            raise SessionError(f"{where}.iteration: a whole number from 0 to {backprop.MAX_ITERATIONS}")
        if not isinstance(state.get("focus"), str | None):
            raise SessionError(f"{where}.focus: a neuron or weight name, or null")
        checking = state.get("check", {})
        answers = checking.get("answers", {}) if isinstance(checking, dict) else None
        if not isinstance(checking, dict) or not isinstance(checking.get("on", False), bool) or \
                not isinstance(answers, dict) or len(answers) > check.MAX_ANSWERS or not all(
                isinstance(k, str) and isinstance(v, str) and len(k) <= 80 and len(v) <= check.MAX_TEXT
                for k, v in answers.items()):
            raise SessionError(f"{where}.check: {{\"on\": true or false, \"answers\": {{quantity: value as typed}}}} "
                               f"(at most {check.MAX_ANSWERS} answers of {check.MAX_TEXT} characters)")

    def restore(self, state: dict) -> None:
        if "preset" in state:
            self.load_preset(state["preset"])  # its weights, unless the session names its own
        write(self.state_fields(), state)
        self.apply_settings()
        try:
            net = self.network.with_parameters(state.get("parameters", {}))
        except SpecError as e:
            self.show_error(str(e))
            net = self.network
        self.focus = state.get("focus")
        self.iteration = state.get("iteration", 0)
        self.answers = dict(state.get("check", {}).get("answers", {}))
        self.step_model.answers = dict(self.answers)
        self.check_bar.switch.setChecked(state.get("check", {}).get("on", False))
        self.set_network(net, keep_iteration=True)
        self.restore_step(state)

    def pytorch_script(self):
        return None if self.record is None else notebook_texts.backprop(self.record.trace.network)

    def csv_writer(self):
        record = self.record
        return None if record is None else lambda file: backprop.write_csv(record.trace, file)
