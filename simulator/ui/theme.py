"""Colours, pens and fonts shared by every panel and by headless rendering.

Light background by default: dark themes wash out on classroom projectors. Qt only: pyqtgraph takes
a quarter of a second to import, so it is left out of what runs before the first frame.
"""

from __future__ import annotations

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


def apply(app: QApplication) -> None:
    font = app.font()
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)


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
    """Readable axes: larger tick labels and titles, a light grid."""
    font = QFont()
    font.setPointSize(PLOT_FONT_SIZE)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setTickFont(font)
        axis.setTextPen("k")
        axis.enableAutoSIPrefix(False)  # "100 (x0.001)" misleads when reading off a learning rate
    plot.setLabel("bottom", x_label, **{"font-size": f"{PLOT_FONT_SIZE + 1}pt"})
    plot.setLabel("left", y_label, **{"font-size": f"{PLOT_FONT_SIZE + 1}pt"})
    plot.showGrid(x=True, y=True, alpha=0.25)


def error_style() -> str:
    return f"color: {ERROR_COLOR};"
