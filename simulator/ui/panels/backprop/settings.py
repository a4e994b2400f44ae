"""The backprop panel's network settings: the fields a user types the network into, filled from a network and
read back into one (an invalid field raises SettingsError with the message to show)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from ....engine import network
from ....engine.specs import SpecError, is_number
from ... import theme
from ...widgets.fields import FieldGrid, apply_when_typing_stops, narrow

# what the preset and bias choices are called on screen (the engine's names stay the items' data)
CHOICE_NAMES = {
    "classic": QT_TRANSLATE_NOOP("NetworkSettings", "classic 2-2-2 (tutorial 3.2)"),
    "xor": QT_TRANSLATE_NOOP("NetworkSettings", "XOR 2-2-1"),
    "tanh342": QT_TRANSLATE_NOOP("NetworkSettings", "3-4-2 tanh / softmax"),
    "deep": QT_TRANSLATE_NOOP("NetworkSettings", "4-8-8-3 relu"),
    "shared": QT_TRANSLATE_NOOP("NetworkSettings", "one per layer (tutorial)"),
    "per-neuron": QT_TRANSLATE_NOOP("NetworkSettings", "one per neuron (nn.Linear)"),
}


class SettingsError(ValueError):
    """A field that does not describe a network; the message is the one to show, ``field`` the widget."""

    def __init__(self, message: str, field: QWidget | None = None):
        super().__init__(message)
        self.field = field


class NetworkSettings(QWidget):
    sig_preset_chosen = Signal(str)
    sig_edited = Signal(bool)  # a field changed; True when the seed changed (new random weights)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.preset = narrow(QComboBox(), 14)
        for name in network.PRESETS:
            self.preset.addItem(self.tr(CHOICE_NAMES[name]), name)
        self.layers = QLineEdit()
        self.activation = QComboBox()
        self.activation.addItems(network.ACTIVATIONS)
        self.output_activation = QComboBox()
        self.output_activation.addItems(network.OUTPUT_ACTIVATIONS)
        self.loss = narrow(QComboBox(), 10)
        self.loss.addItems(network.LOSSES)
        self.inputs = QLineEdit()
        self.targets = QLineEdit()
        self.lr = QLineEdit()
        self.lr.setMaximumWidth(80)
        self.bias_mode = narrow(QComboBox(), 14)
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
                  (self.tr("seed"), self.seed), (self.tr("dropout p"), self.dropout), ("", self.train_bias))
        self.grid = FieldGrid(fields, (6, 4, 3))  # fewer per row when narrow
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)
        theme.on_restyle(self.grid, lambda grid: grid.refit(), "fit")  # presentation mode: fewer per row

        self.preset.activated.connect(lambda _: self.sig_preset_chosen.emit(self.preset.currentData()))
        apply_when_typing_stops((self.layers, self.inputs, self.targets, self.lr, self.dropout),
                                lambda: self.sig_edited.emit(False), self)
        for w in (self.activation, self.output_activation, self.loss, self.bias_mode):
            w.activated.connect(lambda _: self.sig_edited.emit(False))
        self.train_bias.toggled.connect(lambda _: self.sig_edited.emit(False))
        self.seed.valueChanged.connect(lambda _: self.sig_edited.emit(True))

    def fields(self) -> dict[str, QWidget]:
        """The fields by their names in a saved session."""
        return {"preset": self.preset, "layers": self.layers, "hidden_activation": self.activation,
                "output_activation": self.output_activation, "loss": self.loss, "inputs": self.inputs,
                "targets": self.targets, "lr": self.lr, "bias": self.bias_mode, "seed": self.seed,
                "dropout": self.dropout, "train_biases": self.train_bias}

    def fill(self, net: network.Network) -> None:
        """Show ``net`` in the fields (without announcing it as an edit)."""
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

    def network(self, old: network.Network, reseed: bool = False) -> network.Network:
        """The network the fields describe. Weights stay those of ``old`` while its shape is kept (and the seed
        did not change); a new architecture resizes the inputs and targets to its ends."""
        try:
            sizes = [int(v) for v in self.layers.text().replace(" ", "").split(",") if v]
        except ValueError:
            raise SettingsError(self.tr("layers: whole numbers separated by commas, e.g. 2,3,2"), self.layers) from None
        inputs = self._numbers(self.inputs, self.tr("inputs"))
        targets = self._numbers(self.targets, self.tr("targets"))
        (lr,) = self._numbers(self.lr, self.tr("learning rate η"), one=True)
        (dropout,) = self._numbers(self.dropout, self.tr("dropout p"), one=True)
        if tuple(sizes) != old.sizes and sizes:
            inputs = (inputs + [0.5] * sizes[0])[: sizes[0]]
            targets = (targets + [0.5] * sizes[-1])[: sizes[-1]]
        same_shape = tuple(sizes) == old.sizes and self.bias_mode.currentData() == old.bias_mode and not reseed
        try:
            return network.build(
                sizes, self.activation.currentText(), self.output_activation.currentText(), self.loss.currentText(),
                inputs, targets, lr, self.bias_mode.currentData(), self.train_bias.isChecked(), self.seed.value(),
                weights=old.weights if same_shape else None, biases=old.biases if same_shape else None,
                classic_names=old.classic_names and same_shape, name=old.name if same_shape else "custom",
                dropout=dropout)
        except SpecError as e:
            raise SettingsError(str(e), self._field_named(str(e))) from None

    def _numbers(self, field: QLineEdit, name: str, one: bool = False) -> list[float]:
        parts = [v.strip() for v in field.text().split(",")]
        try:
            values = [float(v) for v in parts]
        except ValueError:
            bad = next((v for v in parts if not is_number(v)), field.text())
            raise SettingsError(self.tr("{0}: '{1}' is not a number").format(name, bad) if one else
                                self.tr("{0}: '{1}' is not a number (numbers separated by commas)").format(name, bad),
                                field) from None
        if one and len(values) != 1:
            raise SettingsError(self.tr("{0}: one number").format(name), field)
        return values

    def _field_named(self, message: str) -> QWidget | None:
        """The field an engine message is about (its message starts with the field's name)."""
        names = (("output activation", self.output_activation), ("activation", self.activation),
                 ("layers", self.layers), ("inputs", self.inputs), ("targets", self.targets),
                 ("learning rate", self.lr), ("dropout", self.dropout), ("loss", self.loss), ("bias", self.bias_mode))
        return next((field for word, field in names if message.startswith(word)), None)

    def mark(self, field: QWidget | None) -> None:
        """A red frame around ``field`` (the one whose value is wrong); None: around none."""
        for w in (self.layers, self.inputs, self.targets, self.lr, self.dropout, self.activation,
                  self.output_activation, self.loss, self.bias_mode):
            w.setStyleSheet(f"border: 2px solid {theme.color('error').name()};" if w is field else "")


def settings_of(net: network.Network) -> tuple:
    """Everything a user sets in the fields (not the weights)."""
    return (net.sizes, net.activations, net.output_activation, net.loss, net.inputs, net.targets, net.lr,
            net.bias_mode, net.train_bias, net.dropout)
