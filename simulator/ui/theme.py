"""Colours, pens and fonts shared by every panel and by headless rendering.

Light background by default: dark themes wash out on classroom projectors. Qt only: pyqtgraph takes
a quarter of a second to import, so it is left out of what runs before the first frame.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QApplication

# Okabe-Ito, the colour-blind-safe palette, ordered for contrast on white (its yellow is left out).
SERIES_COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
# A second cue besides colour, so series stay apart in greyscale print-outs too.
SERIES_STYLES = (Qt.SolidLine, Qt.DashLine, Qt.DotLine, Qt.DashDotLine)
ERROR_COLOR = "#B00020"
HIGHLIGHT_COLOR = "#D55E00"
BASE_POINT_SIZE = 11
PLOT_FONT_SIZE = 11
LINE_WIDTH = 2.5
PRESENTATION_SCALE = 1.6  # the default size of presentation mode; 1.0 to 3.0 from the View menu
SCALES = (1.0, 1.25, 1.5, 1.6, 1.75, 2.0, 2.5, 3.0)

scale = 1.0  # the current size factor: fonts, line widths and markers everywhere
_restylers: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # object -> how to restyle it


def apply(app: QApplication) -> None:
    font = app.font()
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)


def set_scale(app: QApplication, factor: float) -> None:
    """Presentation mode: every font, axis, line and marker grows by ``factor`` (1.0 = normal)."""
    global scale
    scale = min(3.0, max(1.0, factor))
    apply(app)
    for owner, restyle in list(_restylers.items()):
        if shiboken6.isValid(owner):
            restyle(owner)
        else:  # Qt deleted the widget while Python still held its wrapper
            del _restylers[owner]


def on_scale(owner, restyle: Callable[[object], None]) -> None:
    """Call ``restyle(owner)`` now and whenever the scale changes (for as long as ``owner`` lives)."""
    _restylers[owner] = restyle
    restyle(owner)


def refresh(owner) -> None:
    """Restyle ``owner`` again, e.g. a plot that just got new curves while presentation mode is on."""
    restyle = _restylers.get(owner)
    if restyle is not None:
        restyle(owner)


def emphasis(widget, extra_points: float = 3, bold: bool = False) -> None:
    """A larger font for headline labels (verdicts, formulas) that follows the presentation scale."""

    def restyle(w):
        font = QFont(w.font())
        font.setPointSizeF((BASE_POINT_SIZE + extra_points) * scale)
        font.setBold(bold)
        w.setFont(font)

    on_scale(widget, restyle)


def series_color(index: int) -> QColor:
    return QColor(SERIES_COLORS[index % len(SERIES_COLORS)])


def series_pen(index: int, width: float = LINE_WIDTH, dashed: bool = True) -> QPen:
    """Colour plus a dash pattern; ``dashed=False`` for long trails, whose dashes cost more to draw
    than everything else in a frame (they keep their marker shape as the second cue)."""
    style = SERIES_STYLES[index % len(SERIES_STYLES)] if dashed else Qt.SolidLine
    pen = QPen(series_color(index), width, style)
    pen.setCosmetic(True)  # width in pixels, whatever the zoom
    return pen


def style_plot(plot, x_label: str, y_label: str) -> None:
    """Readable axes: larger tick labels and titles, a light grid; all of it, and every line and marker
    in the plot, grows with the presentation scale."""
    labels = {"bottom": x_label, "left": y_label}
    plot.showGrid(x=True, y=True, alpha=0.25)

    def restyle(p):
        font = QFont()
        font.setPointSizeF(PLOT_FONT_SIZE * scale)
        for name in ("left", "bottom"):
            axis = p.getAxis(name)
            axis.setTickFont(font)
            axis.setTextPen("k")
            axis.setPen(QPen(QColor("k"), max(1.0, scale)))
            axis.enableAutoSIPrefix(False)  # "100 (x0.001)" misleads when reading off a learning rate
            p.setLabel(name, labels[name], **{"font-size": f"{(PLOT_FONT_SIZE + 1) * scale:.1f}pt"})
        title = p.titleLabel  # its size also applies to titles set later (LabelItem keeps its options)
        title.opts["size"] = f"{(PLOT_FONT_SIZE + 1) * scale:.1f}pt"
        if title.text:
            title.setText(title.text)
        for item in p.listDataItems():
            scale_item(item)
        if p.legend is not None:
            size = f"{PLOT_FONT_SIZE * scale:.1f}pt"
            p.legend.setLabelTextSize(size)  # labels added later
            for _, label in p.legend.items:  # labels already there
                label.setText(label.text, size=size)

    on_scale(plot, restyle)


def scale_item(item) -> None:
    """Line width and marker size of a plot item, from its base size (kept on first sight)."""
    if not hasattr(item, "_base_sizes"):
        pen = item.opts.get("pen")
        width = pen.widthF() if isinstance(pen, QPen) else None
        item._base_sizes = (width, item.opts.get("symbolSize"))
    width, symbol = item._base_sizes
    pen = item.opts.get("pen")
    if width is not None and isinstance(pen, QPen):
        pen = QPen(pen)
        pen.setWidthF(width * scale)
        item.setPen(pen)
    if symbol:
        item.setSymbolSize(symbol * scale)


def error_style() -> str:
    return f"color: {ERROR_COLOR};"
