"""The network drawn the tutorial's way: inputs on the left, neurons as labelled circles, weights as
lines coloured by sign and as thick as |w|. Items are created once per network and only restyled while
stepping, so scrubbing stays fast."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsLineItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QToolTip,
)

from ...engine.network import Network  # (or anything with its sizes and names: engine.picture.Columns)
from .. import theme

POSITIVE, NEGATIVE, HIGHLIGHT, FOCUS = 0, 1, 4, 3  # series colours (blue, vermillion, orange, purple)
LABELS_UP_TO = 40  # edges; beyond this only highlighted or focused edges carry numbers
NODE_VALUES_UP_TO = 6  # neurons per layer; in taller layers only highlighted or focused neurons show values
LABEL_SPOTS = (0.5, 0.32, 0.68, 0.2, 0.8, 0.42, 0.58)  # where along its edge a label may sit


class NetworkDiagram(QGraphicsView):
    sig_focus = Signal(str)  # a neuron name (h1) or a parameter name (w5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.Antialiasing)
        self.nodes: dict[str, tuple[QGraphicsEllipseItem, QGraphicsSimpleTextItem, QGraphicsSimpleTextItem]] = {}
        self.edges: dict[str, tuple[QGraphicsLineItem, QGraphicsSimpleTextItem]] = {}
        self.network: Network | None = None
        self._state = None  # the last show_state arguments, to restyle after a rebuild
        self._value_lines = 0.0
        self.tip = None  # name -> what hovering it reads (None: no tooltips)
        self.captions: dict[int, str] = {}  # column -> a word above it
        self.biases: dict[int, tuple[QGraphicsSimpleTextItem, QPointF]] = {}  # layer -> its bias text, where
        self._crossings: list[QRectF] = []  # where edges cross: no label sits there
        theme.on_restyle(self, NetworkDiagram._restyle)

    def _restyle(self) -> None:
        """Presentation mode or another theme: rebuild the items with the new font size and colours and show
        the same state."""
        self.setBackgroundBrush(QBrush(theme.color("bg")))
        net, self.network = self.network, None
        if net is not None:
            self.set_network(net, self.captions)
            if self._state is not None:
                self.show_state(*self._state)

    @property
    def font_size(self) -> float:
        return theme.BASE_POINT_SIZE * theme.scale

    def set_network(self, net: Network, captions: dict[int, str] | None = None) -> None:
        """Build the items (only when the architecture changes; weights are restyled in show()); ``captions``:
        a word above some columns (column -> text)."""
        captions = captions or {}
        same = self.network is not None and _layout(self.network) == _layout(net) and captions == self.captions
        self.network, self.captions = net, captions
        if same:
            return
        scene = self.scene()
        scene.clear()
        self.nodes, self.edges = {}, {}
        biggest = max(net.sizes)
        # the view fits the whole scene, so text larger by `scale` would crowd a fixed layout: the layout
        # grows by √scale, the text still reads √scale larger on screen
        spread = theme.scale ** 0.5
        radius = max(14.0, min(34.0, 260.0 / biggest)) * spread
        dx, dy = 260.0 * spread, max(2.6 * radius, 440.0 * spread / biggest)
        positions = {}
        for layer, size in enumerate(net.sizes):
            for j in range(size):
                positions[(layer, j)] = QPointF(layer * dx, (j - (size - 1) / 2) * dy)
        label_backing = QColor(theme.color("bg"))
        label_backing.setAlpha(210)
        label_font, value_font = QFont(), QFont()
        label_font.setPointSizeF(self.font_size)
        label_font.setBold(True)
        value_font.setPointSizeF(self.font_size * 0.85)
        self._value_lines = 2 * QFontMetricsF(value_font).lineSpacing()  # "net …" and "out …" under a neuron
        for layer in range(1, len(net.sizes)):
            for j in range(net.sizes[layer]):
                for i in range(net.sizes[layer - 1]):
                    a, b = positions[(layer - 1, i)], positions[(layer, j)]
                    name = net.weight_name(layer, j, i)
                    if name is None:  # (no edge: a BatchNorm unit feeds only its own neuron)
                        continue
                    line = QGraphicsLineItem(a.x(), a.y(), b.x(), b.y())
                    line.setData(0, name)
                    line.setZValue(0)
                    scene.addItem(line)
                    text = QGraphicsSimpleTextItem()
                    text.setData(0, name)
                    text.setFont(value_font)
                    text.setBrush(theme.color("fg"))
                    text.setZValue(3)
                    scene.addItem(text)
                    backing = scene.addRect(QRectF(), QPen(Qt.NoPen), QBrush(label_backing))  # lines pass under
                    backing.setData(0, name)
                    backing.setZValue(2.5)
                    self.edges[name] = (line, text, backing)
        for (layer, j), p in positions.items():
            name = net.neuron(layer, j)
            circle = QGraphicsEllipseItem(p.x() - radius, p.y() - radius, 2 * radius, 2 * radius)
            circle.setBrush(QBrush(theme.color("node" if layer else "input")))
            circle.setPen(QPen(theme.color("outline"), 1.5 * theme.current.line_factor))
            circle.setData(0, name)
            circle.setZValue(2)
            scene.addItem(circle)
            label = QGraphicsSimpleTextItem(name)
            label.setData(0, name)
            label.setFont(label_font)
            label.setBrush(theme.color("fg"))
            label.setZValue(4)
            label.setPos(p.x() - label.boundingRect().width() / 2, p.y() - label.boundingRect().height() / 2)
            scene.addItem(label)
            value = QGraphicsSimpleTextItem()
            value.setData(0, name)
            value.setFont(value_font)
            value.setBrush(theme.color("fg"))
            value.setZValue(4)
            value.setPos(p.x() - radius, p.y() + radius + 2)
            scene.addItem(value)
            self.nodes[name] = (circle, label, value)
        self.biases = {}
        if hasattr(net, "bias_name"):  # (the backprop network: its biases above their layers)
            for layer in range(1, len(net.sizes)):
                bias = QGraphicsSimpleTextItem()
                bias.setData(0, net.bias_name(layer, 0))  # a click focuses it
                bias.setFont(value_font)
                bias.setBrush(theme.color("formula"))
                bias.setZValue(4)
                scene.addItem(bias)
                top = positions[(layer, 0)]
                self.biases[layer] = (bias, QPointF(top.x(), top.y() - radius - 4))
        # (only where every edge carries its label: wider networks label the highlighted ones alone)
        lines = [line for line, _, _ in self.edges.values()]
        self._crossings = _crossings(lines, 0.5 * self.font_size) if len(lines) <= LABELS_UP_TO else []
        for column, text in captions.items():
            top = positions[(column, 0)]
            caption = QGraphicsSimpleTextItem(text)
            caption.setFont(label_font)
            caption.setBrush(theme.color("muted"))
            box = caption.boundingRect()
            caption.setPos(top.x() - box.width() / 2, top.y() - radius - box.height() - 4)
            scene.addItem(caption)
        self.fit()

    def fit(self) -> None:
        # room below for the values under the bottom neurons, which arrive after the layout is made
        # (and above, for the biases' two lines)
        rect = self.scene().itemsBoundingRect().adjusted(-40, -30 - self._value_lines, 40, 30 + self._value_lines)
        self.setSceneRect(rect)
        self.fitInView(rect, Qt.KeepAspectRatio)

    def resizeEvent(self, event):  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.scene().items():
            self.fit()

    def show_state(self, weights: dict[str, float], grads: dict[str, float], values: dict[str, str],
                   nodes: set[str], edges: set[str], focus: str | None, dropped=frozenset()) -> None:
        """Restyle for one step: weights (sign, |w|), known values, the step's nodes/edges, the focus, and
        the neurons Dropout switched off in this iteration (grey, dashed)."""
        self._state = (weights, grads, values, nodes, edges, focus, dropped)
        biggest = max((abs(v) for v in weights.values()), default=1.0) or 1.0
        many = len(self.edges) > LABELS_UP_TO
        crowded = max(self.network.sizes) > NODE_VALUES_UP_TO
        placed: list = list(self._crossings)  # what edge labels must not cover: crossings, neurons, values
        for name, (circle, _, value) in self.nodes.items():
            highlighted, focused = name in nodes, name == focus
            off = name in dropped
            outline = theme.series_color(HIGHLIGHT if highlighted else FOCUS) if highlighted or focused else \
                theme.color("outline")
            circle.setPen(QPen(outline, (4.0 if highlighted or focused else 1.5) * theme.current.line_factor,
                               Qt.DashLine if off else Qt.SolidLine))
            circle.setBrush(QBrush(theme.color("off" if off else "node" if name[0] != "i" else "input")))
            value.setText(values.get(name, "") if not crowded or highlighted or focused else "")
            placed.append(circle.sceneBoundingRect())
            if value.text():
                placed.append(value.sceneBoundingRect())
        for layer, (bias, top) in self.biases.items():
            names = list(dict.fromkeys(self.network.bias_name(layer, j) for j in range(self.network.sizes[layer])))
            known = [n for n in names if n in weights]
            if not known:
                bias.setText("")
                continue
            shown = ", ".join(f"{weights[n]:.4g}" for n in known[:3]) + (", …" if len(known) > 3 else "")
            grads_shown = [f"{grads[n]:.4g}" for n in known[:3] if n in grads]
            bias.setText(f"b{layer}={shown}" + (f"\n∂E={', '.join(grads_shown)}" if grads_shown else ""))
            box = bias.boundingRect()
            bias.setPos(top.x() - box.width() / 2, top.y() - box.height())
            placed.append(bias.sceneBoundingRect())
        for name, (line, text, backing) in self.edges.items():
            w = weights.get(name, 0.0)
            highlighted, focused = name in edges, name == focus
            color = HIGHLIGHT if highlighted else FOCUS if focused else (POSITIVE if w >= 0 else NEGATIVE)
            pen = QPen(theme.series_color(color),
                       (1.0 + 5.0 * abs(w) / biggest + (2.0 if highlighted or focused else 0.0)) * theme.line_scale())
            pen.setCosmetic(True)
            line.setPen(pen)
            line.setZValue(1 if highlighted or focused else 0)
            show = not many or highlighted or focused
            text.setVisible(show)
            backing.setVisible(show)
            if show:
                label = f"{name}={w:.4g}" + (f"\n∂E={grads[name]:.4g}" if name in grads else "")
                text.setText(label)
                rect = self._place(line, text, placed)
                backing.setRect(rect.adjusted(-2, -1, 2, 1))
                placed.append(rect)

    @staticmethod
    def _place(line, text, placed):
        """Put the label at the first spot along its line that overlaps nothing placed before it, or where
        it overlaps least."""
        a, b = line.line().p1(), line.line().p2()
        size = text.boundingRect()
        best = None
        for t in LABEL_SPOTS:
            corner = a + (b - a) * t - QPointF(size.width() / 2, size.height() / 2)
            rect = QRectF(corner, size.size())
            covered = sum(_area(rect.intersected(other)) for other in placed)
            if best is None or covered < best[0]:
                best = (covered, corner)
            if covered == 0:
                break
        text.setPos(best[1])
        return text.sceneBoundingRect()

    def show_maps(self, images: dict[str, QImage]) -> None:
        """A picture inside each named neuron (the training lab: its output over the input plane), clipped
        to the circle; neurons not named keep their plain fill."""
        for name, (circle, label, _) in self.nodes.items():
            old = [c for c in circle.childItems() if isinstance(c, QGraphicsPixmapItem)]
            image = images.get(name)
            if image is None:
                for item in old:
                    self.scene().removeItem(item)
                label.setVisible(True)
                continue
            rect = circle.rect()
            item = old[0] if old else QGraphicsPixmapItem(circle)
            item.setPixmap(_round(image, rect.size().toSize()))
            item.setPos(rect.topLeft())
            label.setVisible(False)  # the map is the neuron; its name is in the tooltip

    def viewportEvent(self, event):  # noqa: N802 (Qt override)
        """Hovering a neuron or a weight shows ``self.tip(name)`` (asked for only then, not on every step)."""
        if event.type() == QEvent.ToolTip and self.tip is not None:
            item = self.itemAt(event.pos())
            name = item.data(0) if item is not None else None
            text = self.tip(str(name)) if name is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event):  # noqa: N802 (Qt override)
        item = self.itemAt(event.position().toPoint())
        while item is not None and item.data(0) is None:
            item = item.parentItem()
        if item is not None:
            self.sig_focus.emit(str(item.data(0)))
        super().mousePressEvent(event)


def _layout(net) -> tuple:
    """What the items depend on: the columns' sizes and names (the same sizes may be other columns)."""
    return net.sizes, net.classic_names, tuple(net.neuron(c, 0) for c in range(len(net.sizes)))


def _crossings(lines, half: float) -> list[QRectF]:
    """A square of side 2·``half`` around each point where two edges cross (away from their ends)."""
    found = []
    for k, a in enumerate(lines):
        for b in lines[k + 1:]:
            kind, point = a.line().intersects(b.line())
            ends = (a.line().p1(), a.line().p2(), b.line().p1(), b.line().p2())
            if kind == a.line().IntersectionType.BoundedIntersection and all(
                    (point - e).manhattanLength() > half for e in ends):
                found.append(QRectF(point.x() - half, point.y() - half, 2 * half, 2 * half))
    return found


def _area(rect: QRectF) -> float:
    return max(0.0, rect.width()) * max(0.0, rect.height())


def _round(image: QImage, size) -> QPixmap:
    """``image`` scaled into a circle of ``size`` (cut once here: clipping every item at every paint costs far
    more)."""
    pixmap = QPixmap(size)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setRenderHint(QPainter.SmoothPixmapTransform)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, size.width(), size.height()))
    painter.setClipPath(path)
    painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
    painter.end()
    return pixmap
