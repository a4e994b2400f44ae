"""Backpropagation step by step (tutorial 3.2): the diagram, the formula of each step, every value (steps.py:
the table of steps)."""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
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
from ....engine import backprop, codegen, network
from ....engine.specs import SpecError
from ....session import SessionError
from ... import theme
from ...widgets.fields import grid
from ...widgets.keys import bind
from ...widgets.network_diagram import NetworkDiagram
from ...widgets.playback import PlaybackBar
from ...widgets.state import write
from ..base import Panel
from .steps import StepTable, size_step_columns

# what the preset and bias choices are called on screen (the engine's names stay the items' data)
CHOICE_NAMES = {
    "classic": QT_TRANSLATE_NOOP("BackpropPanel", "classic 2-2-2 (tutorial 3.2)"),
    "xor": QT_TRANSLATE_NOOP("BackpropPanel", "XOR 2-2-1"),
    "tanh342": QT_TRANSLATE_NOOP("BackpropPanel", "3-4-2 tanh / softmax"),
    "deep": QT_TRANSLATE_NOOP("BackpropPanel", "4-8-8-3 relu"),
    "shared": QT_TRANSLATE_NOOP("BackpropPanel", "one per layer (tutorial)"),
    "per-neuron": QT_TRANSLATE_NOOP("BackpropPanel", "one per neuron (nn.Linear)"),
}
class BackpropPanel(Panel):
    NAME = "backprop"

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.network = network.classic()
        self.iteration = 0
        self.record: backprop.BackpropRecord | None = None
        self.focus: str | None = None

        # -- network settings -------------------------------------------------------------------------
        self.preset = QComboBox()
        for name in network.PRESETS:
            self.preset.addItem(self.tr(CHOICE_NAMES[name]), name)
        self.layers = QLineEdit()
        self.activation = QComboBox()
        self.activation.addItems(network.ACTIVATIONS)
        self.output_activation = QComboBox()
        self.output_activation.addItems(network.OUTPUT_ACTIVATIONS)
        self.loss = QComboBox()
        self.loss.addItems(network.LOSSES)
        self.inputs = QLineEdit()
        self.targets = QLineEdit()
        self.lr = QLineEdit()
        self.lr.setMaximumWidth(80)
        self.bias_mode = QComboBox()
        for mode in network.BIAS_MODES:
            self.bias_mode.addItem(self.tr(CHOICE_NAMES[mode]), mode)
        self.train_bias = QCheckBox(self.tr("train biases"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 10**6)
        self.dropout = QLineEdit("0")
        self.dropout.setMaximumWidth(60)
        self.dropout.setToolTip(self.tr("Dropout p after every hidden activation (0 to 0.9); masks change each "
                                        "iteration"))
        fields = ((self.tr("preset"), self.preset), (self.tr("layers"), self.layers),
                  (self.tr("hidden activation"), self.activation), (self.tr("output"), self.output_activation),
                  (self.tr("loss"), self.loss), (self.tr("inputs"), self.inputs), (self.tr("targets"), self.targets),
                  (self.tr("learning rate η"), self.lr), (self.tr("bias"), self.bias_mode),
                  (self.tr("seed"), self.seed), (self.tr("dropout p"), self.dropout))
        settings = grid(fields, 6)
        settings.addWidget(self.train_bias, 0, 12)

        # -- diagram, formula, tables -------------------------------------------------------------------
        self.diagram = NetworkDiagram()
        self.diagram.setMinimumSize(520, 380)
        self.phase_label = QLabel()
        self.formula = QLabel()
        self.substituted = QLabel()
        self.result = QLabel()
        self.check = QLabel()
        for w in (self.formula, self.substituted, self.result):
            theme.emphasis(w, 4)
            w.setWordWrap(True)
            w.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.focus_view = QLabel()
        self.focus_view.setWordWrap(True)
        self.focus_view.setTextFormat(Qt.RichText)
        self.focus_view.setAlignment(Qt.AlignTop)
        self.digits = QSpinBox()
        self.digits.setRange(4, 9)
        self.digits.setValue(9)
        self.digits.setToolTip(self.tr("Significant digits of the numbers shown"))
        self.copy_button = QPushButton(self.tr("Copy table"))
        self.step_model = StepTable()
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
        self.loss_plot.setMinimumHeight(120)
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
        controls = QHBoxLayout()
        for w in (self.prev_phase, self.next_phase, self.run_to, self.run_to_param, self.next_iteration,
                  self.reset_button, self.iteration_label):
            controls.addWidget(w)
        controls.addStretch(1)
        controls.addWidget(QLabel(self.tr("digits")))
        controls.addWidget(self.digits)
        controls.addWidget(self.copy_button)

        formula_box = QWidget()
        formula_layout = QVBoxLayout(formula_box)
        formula_layout.setContentsMargins(8, 0, 0, 0)
        for w in (self.phase_label, self.formula, self.substituted, self.result, self.check):
            formula_layout.addWidget(w)
        formula_layout.addWidget(self.focus_view, 1)
        top = QSplitter(Qt.Horizontal)
        top.addWidget(self.diagram)
        top.addWidget(formula_box)
        top.setSizes([3000, 2000])  # splitters share by these ratios; the diagram gets the larger part
        formula_box.setMinimumWidth(380)
        bottom = QSplitter(Qt.Horizontal)
        bottom.addWidget(self.step_table)
        side = QSplitter(Qt.Vertical)
        side.addWidget(self.params)
        side.addWidget(self.loss_plot)
        bottom.addWidget(side)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 1)
        body = QSplitter(Qt.Vertical)
        body.addWidget(top)
        body.addWidget(bottom)
        body.setSizes([3000, 2000])
        self.step_table.setMinimumHeight(150)

        layout = QVBoxLayout(self)
        layout.addLayout(settings)
        layout.addWidget(self.error)
        layout.addWidget(body, 1)
        layout.addLayout(controls)
        layout.addWidget(self.playback)

        # -- wiring ------------------------------------------------------------------------------------
        self.preset.activated.connect(lambda _: self.load_preset(self.preset.currentData()))
        for w in (self.layers, self.inputs, self.targets, self.lr, self.dropout):
            w.editingFinished.connect(self.apply_settings)
        for w in (self.activation, self.output_activation, self.loss, self.bias_mode):
            w.activated.connect(lambda _: self.apply_settings())
        self.train_bias.toggled.connect(lambda _: self.apply_settings())
        self.seed.valueChanged.connect(lambda _: self.apply_settings(reseed=True))
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
        self.playback.bind_keys(self)
        bind(self, ((Qt.Key_N, lambda: self.set_iteration(self.iteration + 1)),
                    (Qt.Key_R, lambda: self.set_iteration(0)),
                    ("Shift+Left", lambda: self.jump_phase(-1)), ("Shift+Right", lambda: self.jump_phase(1))))
        theme.on_restyle(self.focus_view, lambda _: self.show_step(self.playback.position))  # colours in HTML
        self.load_preset("classic")

    # -- settings -> network ---------------------------------------------------------------------------
    def load_preset(self, name: str) -> None:
        self.set_network(network.PRESETS[name]())

    def set_network(self, net: network.Network, keep_iteration: bool = False) -> None:
        self.network = net
        self._fill_fields(net)
        self.show_error(None)
        if not keep_iteration:
            self.iteration = 0
        self.run()

    def _fill_fields(self, net: network.Network) -> None:
        widgets = (self.preset, self.activation, self.output_activation, self.loss, self.bias_mode, self.train_bias,
                   self.seed)
        for w in widgets:
            w.blockSignals(True)
        if net.name in network.PRESETS:
            self.preset.setCurrentIndex(self.preset.findData(net.name))
        self.layers.setText(",".join(str(s) for s in net.sizes))
        self.activation.setCurrentText(net.activations[0] if net.activations else "sigmoid")
        self.output_activation.setCurrentText(net.output_activation)
        self.loss.setCurrentText(net.loss)
        self.inputs.setText(", ".join(f"{v:g}" for v in net.inputs))
        self.targets.setText(", ".join(f"{v:g}" for v in net.targets))
        self.lr.setText(f"{net.lr:g}")
        self.dropout.setText(f"{net.dropout:g}")
        self.bias_mode.setCurrentIndex(self.bias_mode.findData(net.bias_mode))
        self.train_bias.setChecked(net.train_bias)
        for w in widgets:
            w.blockSignals(False)

    def apply_settings(self, reseed: bool = False) -> None:
        """Rebuild the network from the fields; an invalid edit shows a message and keeps the last network."""
        try:
            sizes = [int(v) for v in self.layers.text().replace(" ", "").split(",") if v]
        except ValueError:
            self.show_error(self.tr("layers: whole numbers separated by commas, e.g. 2,3,2"))
            return
        try:
            inputs = [float(v) for v in self.inputs.text().split(",")]
            targets = [float(v) for v in self.targets.text().split(",")]
            lr = float(self.lr.text())
            dropout = float(self.dropout.text())
        except ValueError:
            self.show_error(self.tr("inputs, targets, learning rate and dropout take numbers "
                                     "(comma-separated lists)"))
            return
        old = self.network
        if tuple(sizes) != old.sizes and sizes:  # new architecture: inputs and targets follow its ends
            inputs = (inputs + [0.5] * sizes[0])[: sizes[0]]
            targets = (targets + [0.5] * sizes[-1])[: sizes[-1]]
        same_shape = tuple(sizes) == old.sizes and self.bias_mode.currentData() == old.bias_mode and not reseed
        try:
            net = network.build(
                sizes, self.activation.currentText(), self.output_activation.currentText(), self.loss.currentText(),
                inputs, targets, lr, self.bias_mode.currentData(), self.train_bias.isChecked(), self.seed.value(),
                weights=old.weights if same_shape else None, biases=old.biases if same_shape else None,
                classic_names=old.classic_names and same_shape, name=old.name if same_shape else "custom",
                dropout=dropout)
        except SpecError as e:
            self.show_error(str(e))
            return
        if reseed or _settings(net) != _settings(old):  # leaving a field unchanged keeps the iteration
            self.set_network(net)

    def _param_edited(self, item: QTableWidgetItem) -> None:
        if item.column() != 1:
            return
        name = self.params.item(item.row(), 0).text()
        try:
            net = self.network.with_parameter(name, float(item.text()))
        except (ValueError, SpecError) as e:
            self.show_error(self.tr("{0}: {1}").format(name, e if isinstance(e, SpecError) else
                                                        self.tr("'{0}' is not a number").format(item.text())))
            return
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
            self.params.setItem(r, 1, QTableWidgetItem(repr(value)))
        self.params.blockSignals(False)
        chosen = self.run_to_param.currentText()
        self.run_to_param.clear()
        self.run_to_param.addItems(list(trace.grads))
        if chosen in trace.grads:
            self.run_to_param.setCurrentText(chosen)
        self.iteration_label.setText(self.tr("iteration {0} · E_total = {1:.9g}").format(trace.iteration, trace.loss))
        self.loss_curve.setData(np.arange(len(record.losses) + 1), [*record.losses, trace.loss])
        self.playback.set_maximum(len(trace.steps) - 1, position=self.playback.position if keep else 0)

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
        # numbered like the slider and the table's # column: 0 … last
        self.phase_label.setText(self.tr("{0} · step {1} / {2}").format(self.tr(step.phase), k, len(steps) - 1))
        self.formula.setText(step.formula)
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
        self.step_model.show(steps, k + 1, digits)
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
        self._show_focus(steps[: k + 1], digits)

    def _show_focus(self, done, digits: int) -> None:
        if self.focus is None:
            self.focus_view.setText(self.tr("<i>Click a neuron or a weight to see every computation it takes "
                                            "part in.</i>"))
            return
        mine = [s for s in done if self.focus in s.nodes or self.focus in s.edges or s.param == self.focus]
        rows = "".join(f"<tr><td>{html.escape(s.formula)}<br><span style='color:{theme.color('formula').name()}'>= "
                       f"{html.escape(s.substituted)} = {s.value:.{digits}g}</span></td></tr>" for s in mine[-8:])
        self.focus_view.setText(f"<b>{html.escape(self.focus)}</b><table>{rows}</table>" if rows else
                                self.tr("<b>{0}</b>: nothing computed yet at this step").format(self.focus))

    # -- export -------------------------------------------------------------------------------------
    # -- session -------------------------------------------------------------------------------------------
    EXTRA = ("parameters", "iteration", "focus")

    def state_fields(self) -> dict[str, QWidget]:
        return {"preset": self.preset, "layers": self.layers, "hidden_activation": self.activation,
                "output_activation": self.output_activation, "loss": self.loss, "inputs": self.inputs,
                "targets": self.targets, "lr": self.lr, "bias": self.bias_mode, "seed": self.seed,
                "dropout": self.dropout, "digits": self.digits, "train_biases": self.train_bias}

    def state(self) -> dict:
        return {**super().state(), "parameters": self.network.parameters(), "iteration": self.iteration,
                "focus": self.focus}

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
        self.set_network(net, keep_iteration=True)
        self.restore_step(state)

    def pytorch_code(self) -> str | None:
        return None if self.record is None else codegen.backprop_script(self.record.trace.network)

    def csv_writer(self):
        record = self.record
        return None if record is None else lambda file: backprop.write_csv(record.trace, file)


def _settings(net: network.Network) -> tuple:
    """Everything a user sets in the fields (not the weights)."""
    return (net.sizes, net.activations, net.output_activation, net.loss, net.inputs, net.targets, net.lr,
            net.bias_mode, net.train_bias, net.dropout)
