"""The training lab's network, drawn live (the backprop panel's diagram): every neuron as a small map of its
output over the input plane (grey and dashed when the last step's Dropout mask dropped it, for the batch's
first sample), edges by sign and |w| or by the last gradient; a layer's BatchNorm as a column of its own
(its units' γ·x̂ + β, joined to their neurons by γ); hover to read, and while paused type a new value for
the weight, bias, γ or β you clicked (it applies from the next step)."""

from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ....engine.picture import MAX_SHOWN, NetPicture, beta_name, bias_name, neuron_position
from ... import theme
from ...figures import class_color
from ...widgets.fields import narrow
from ...widgets.flow import FlowRow
from ...widgets.network_diagram import NetworkDiagram

WEIGHTS, GRADIENTS = "weights", "gradients"
MAX_EDIT = 1_000.0  # |w| a typed weight may take


class NetworkView(QWidget):
    sig_edit = Signal(str, float)  # a parameter's name and its new value

    def __init__(self, parent=None):
        super().__init__(parent)
        self.diagram = NetworkDiagram()
        self.diagram.setMinimumSize(320, 240)
        self.edges = narrow(QComboBox(), 14)
        self.edges.addItem(self.tr("edges: sign and size of w"), WEIGHTS)
        self.edges.addItem(self.tr("edges: last gradient ∂L/∂w"), GRADIENTS)
        self.note = QLabel()  # which neurons of a wide layer are drawn
        theme.colored(self.note, "muted")
        self.selected = QLabel(self.tr("Click a weight or a neuron (its bias) to edit it while paused."))
        self.value = QLineEdit()
        self.value.setMaximumWidth(140)
        self.value.setEnabled(False)
        self.message = QLabel()  # under the value: what is wrong with it
        theme.colored(self.message, "error")
        self.message.hide()
        self.selected.setWordWrap(True)
        bar = FlowRow((self.edges, (self.note, True), self.selected, self.value))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.diagram, 1)
        self.picture: NetPicture | None = None
        self.focus: str | None = None
        self.editable = False
        self.edges.activated.connect(lambda _: self.draw(self.picture, self.editable))
        self.diagram.sig_focus.connect(self._focused)
        self.diagram.tip = self._tip
        self._tips_for = None
        self.value.returnPressed.connect(self._typed)

    def draw(self, picture: NetPicture | None, editable: bool) -> None:
        """Draw ``picture``; ``editable``: the run is paused at its newest iteration."""
        self.picture, self.editable = picture, editable
        if picture is None or not self.isVisible():
            return  # (drawn when shown)
        columns = picture.columns
        self.diagram.set_network(columns, {c: self.tr("BatchNorm") for c, (kind, _) in enumerate(columns.kinds)
                                           if kind == "bn"})
        weights, grads = picture.weight_values(), picture.grad_values()
        drawn = weights if self.edges.currentData() == WEIGHTS else grads
        self.diagram.show_state(drawn, {}, {}, set(), set(), self.focus, picture.dropped)
        # a neuron Dropout dropped in the last step: grey and dashed, no map
        self.diagram.show_maps({k: v for k, v in _maps(picture).items() if k not in picture.dropped})
        self._tips_for = (picture, weights, grads)  # made when a tooltip is asked for
        wide = [self.tr("layer {0}: {1}").format(layer, n) for layer, (n, shown) in
                enumerate(zip(picture.widths, picture.sizes, strict=True)) if n > shown]
        self.note.setText(self.tr("the first {0} neurons of each layer drawn ({1})").format(
            MAX_SHOWN, self.tr(", ").join(wide)) if wide else "")
        self._show_selected()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.draw(self.picture, self.editable)

    def _tip(self, name: str) -> str:
        """What hovering the neuron or weight ``name`` reads."""
        if self._tips_for is None:
            return ""
        picture, weights, grads = self._tips_for
        if name in weights:
            return self.tr("{0} = {1:.6g}\n∂L/∂{3} = {2:.3g} (last step)").format(
                name, weights[name], grads[name], "γ" if name.startswith("γ") else "w")
        layer, j = neuron_position(picture.layers, name.replace("bn", "h", 1))
        if name.startswith("bn"):
            norm = picture.norms[layer - 1]
            return self.tr("{0}: γ·x̂ + β from {1:.3g} to {2:.3g} over the plane; γ {3:.6g}, β {4:.6g}; "
                           "normalised with the running mean {5:.4g} and variance {6:.4g}").format(
                name, float(norm.maps[j].min()), float(norm.maps[j].max()), float(norm.gamma[j]),
                float(norm.beta[j]), float(norm.mean[j]), float(norm.var[j]))
        if layer == 0:
            return ""
        m, b = picture.maps[layer - 1][j], picture.biases[layer - 1][j]
        what = self.tr("P(class {0})").format(j) if layer == picture.layers else self.tr("output")
        return self.tr("{0}: {1} from {2:.3g} to {3:.3g} over the plane; bias {4:.6g}").format(
            name, what, float(m.min()), float(m.max()), float(b))

    def _focused(self, name: str) -> None:
        self.focus = None if name == self.focus or name.startswith("i") else name
        self.message.hide()
        self.draw(self.picture, self.editable)

    def parameter(self) -> tuple[str, float] | None:
        """The clicked weight or γ, or the clicked neuron's bias (a BatchNorm unit's β), and its value now."""
        pic, name = self.picture, self.focus
        if pic is None or name is None:
            return None
        if name[0] in "Wγ":
            return name, pic.weight_values().get(name, math.nan)
        layer, j = neuron_position(pic.layers, name.replace("bn", "h", 1))
        if name.startswith("bn"):
            return beta_name(layer, j), float(pic.norms[layer - 1].beta[j])
        return bias_name(layer, j), float(pic.biases[layer - 1][j])

    def _show_selected(self) -> None:
        chosen = self.parameter()
        self.value.setEnabled(chosen is not None and self.editable)
        if chosen is None:
            return
        name, value = chosen
        self.selected.setText(html.escape(name) + " =")
        if not self.value.hasFocus():
            self.value.setText(f"{value:.6g}")
        self.value.setToolTip(self.tr("Enter applies it from the next step") if self.editable else
                              self.tr("Pause at the newest iteration to edit"))

    def _typed(self) -> None:
        chosen = self.parameter()
        if chosen is None:
            return
        try:
            value = float(self.value.text())
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and abs(value) <= MAX_EDIT):
            self.message.setText(self.tr("{0}: a number from −{1:g} to {1:g}").format(chosen[0], MAX_EDIT))
            self.message.show()
            return
        self.message.hide()
        self.sig_edit.emit(chosen[0], value)


def _maps(picture: NetPicture) -> dict[str, QImage]:
    """Each neuron's map as an image: an output neuron's class probability from the background to its class's
    colour; a hidden neuron's output from negative to positive (scaled by its largest |value|, so its pattern
    shows whatever its range)."""
    bg = theme.color("bg")
    hidden = _lut(pg.ColorMap([0.0, 0.5, 1.0], [theme.color("boundary_low"), bg, theme.color("boundary_high")]))
    columns = picture.columns
    images = {}
    for c, (kind, layer) in enumerate(columns.kinds[1:], start=1):
        maps = picture.norms[layer - 1].maps if kind == "bn" else picture.maps[layer - 1]
        for j, m in enumerate(maps):
            if layer == picture.layers:
                lut, unit = _lut(pg.ColorMap([0.0, 1.0], [bg, class_color(j)])), m
            else:
                top = float(np.abs(m).max()) or 1.0
                lut, unit = hidden, 0.5 + 0.5 * m / top
            index = np.clip(unit[::-1] * (LUT_SIZE - 1), 0, LUT_SIZE - 1).astype(np.intp)  # top row: highest x2
            rgba = np.ascontiguousarray(lut[index])
            image = QImage(rgba.data, m.shape[1], m.shape[0], 4 * m.shape[1], QImage.Format_RGBA8888)
            images[columns.neuron(c, j)] = image.copy()  # (the array goes away)
    return images


LUT_SIZE = 256


def _lut(cmap: pg.ColorMap) -> np.ndarray:
    """The colour map as LUT_SIZE RGBA rows (indexing it is much faster than mapping every value)."""
    return cmap.getLookupTable(0.0, 1.0, LUT_SIZE, alpha=True).astype(np.uint8)
