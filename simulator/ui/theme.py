"""Colours, pens and fonts shared by every panel and by headless rendering.

Three themes: light (the default), a high-contrast light one for washed-out classroom projectors, and dark.
Every colour lives here. Code elsewhere asks for a role (``theme.color("muted")``) or a series colour
(``theme.series_color(i)``); both answer in the current theme. Plots, labels and painted widgets register a
restyle function (``on_restyle``), which runs again whenever the presentation scale or the theme changes, so
both switch live. Qt only: pyqtgraph takes a quarter of a second to import, so it is imported only once a
plot needs restyling.
"""

from __future__ import annotations

import sys
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyleFactory

# Okabe-Ito, the colour-blind-safe palette, ordered for contrast on white (its yellow is left out).
SERIES_COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
# A second cue besides colour, so series stay apart in greyscale print-outs too.
SERIES_STYLES = (Qt.SolidLine, Qt.DashLine, Qt.DotLine, Qt.DashDotLine)
# What each role looks like in the light theme. The light hex values double as the keys by which the other
# themes recolour (see Theme.colors), so a plot item drawn in one theme can be recoloured for another.
ROLES = {
    "fg": "#000000",  # text, axes, grid, the black series
    "bg": "#FFFFFF",  # plot and diagram backgrounds
    "outline": "#333333",  # neuron outlines
    "muted": "#555555",  # cursors, secondary text
    "reference": "#777777",  # reference curves (a 1-D surface, the parabola)
    "faint": "#999999",  # raw data points, diverged racers, dropped neurons' outlines
    "off": "#BBBBBB",  # the fill of a dropped neuron / batch
    "node": "#F2F2F2",  # neuron fill
    "input": "#E8F0F8",  # input neuron fill
    "kept": "#30B4FF",  # a neuron Dropout kept
    "formula": "#0B4F8A",  # numbers substituted into a formula
    "good": "#007A4D",
    "warn": "#B35C00",
    "error": "#B00020",
    "highlight": "#D55E00",  # the current point (the vermillion series colour)
    "highlight_bg": "#FFE8CC",  # a highlighted table row
    "boundary_low": "#9CC3E6",  # the decision boundary's colours for class 0 and 1 (uncertain: bg)
    "boundary_high": "#F4B183",
    "notice_bg": "#FFF4CE",  # the crash-restore bar
}
BASE_POINT_SIZE = 11
PLOT_FONT_SIZE = 11
LINE_WIDTH = 2.5
PRESENTATION_SCALE = 1.6  # the default size of presentation mode; 1.0 to 3.0 from the View menu
SCALES = (1.0, 1.25, 1.5, 1.6, 1.75, 2.0, 2.5, 3.0)


@dataclass(frozen=True)
class Theme:
    key: str
    title: str  # for the View menu (translated there)
    colors: dict[str, str] = field(default_factory=dict)  # light hex -> this theme's hex; missing: unchanged
    window: dict[str, str] | None = None  # QPalette roles (Fusion style); None: the platform's own look
    line_factor: float = 1.0  # axes and lines, on top of the presentation scale
    grid_alpha: float = 0.25
    bold_headlines: bool = False  # headline labels, axis titles and plot titles

    def label(self) -> str:
        return QCoreApplication.translate("theme", self.title)

    def value(self, light: str) -> str:
        return self.colors.get(light.upper(), light.upper())


THEMES = {
    "light": Theme("light", QT_TRANSLATE_NOOP("theme", "Light")),
    "contrast": Theme(
        "contrast", QT_TRANSLATE_NOOP("theme", "High contrast"),
        colors={
            # Okabe-Ito's orange, sky blue and purple are too pale on white (2.3, 2.3, 3.1 : 1); darker
            # shades of the same hues reach 3.5 : 1. Blue, vermillion and green are left as they are.
            "#E69F00": "#B67E00", "#56B4E9": "#1B90D2", "#CC79A7": "#C66A9D",
            "#333333": "#1A1A1A", "#555555": "#262626", "#777777": "#404040", "#999999": "#595959",
            "#BBBBBB": "#A6A6A6", "#F2F2F2": "#FAFAFA", "#E8F0F8": "#E3EEF9",
            "#0B4F8A": "#003B6F", "#007A4D": "#005C3A", "#B35C00": "#8A4600", "#B00020": "#8C0019",
            "#FFE8CC": "#FFD9A8", "#FFF4CE": "#FFF0B3",
        },
        window={"window": "#FFFFFF", "text": "#000000", "base": "#FFFFFF", "alternate": "#EDEDED",
                "button": "#EDEDED", "highlight": "#0050A0", "highlighted_text": "#FFFFFF",
                "disabled": "#595959", "mid": "#000000", "link": "#003B6F"},
        line_factor=1.5, grid_alpha=0.45, bold_headlines=True,
    ),
    "dark": Theme(
        "dark", QT_TRANSLATE_NOOP("theme", "Dark"),
        colors={
            # On the dark plot background blue and vermillion are lightened to 5 : 1; black becomes light grey.
            "#0072B2": "#0093E5", "#D55E00": "#E76600", "#000000": "#E6E6E6", "#FFFFFF": "#1E1E1E",
            "#333333": "#D0D0D0", "#555555": "#BDBDBD", "#777777": "#9E9E9E", "#999999": "#8A8A8A",
            "#BBBBBB": "#4D4D4D", "#F2F2F2": "#383838", "#E8F0F8": "#24384C", "#30B4FF": "#1F4F78",
            "#0B4F8A": "#8FC7FF", "#007A4D": "#5CD6A0", "#B35C00": "#FFB066", "#B00020": "#FF7A8A",
            "#FFE8CC": "#5A3A10", "#FFF4CE": "#4A3F12", "#9CC3E6": "#1D4466", "#F4B183": "#66391A",
        },
        window={"window": "#2B2B2B", "text": "#E6E6E6", "base": "#1E1E1E", "alternate": "#333333",
                "button": "#3A3A3A", "highlight": "#0093E5", "highlighted_text": "#000000",
                "disabled": "#8A8A8A", "mid": "#5A5A5A", "link": "#8FC7FF"},
        grid_alpha=0.3,
    ),
}
DEFAULT_THEME = "light"
# Any theme's colour -> the light colour it stands for, to recolour an existing plot item for another theme.
_LIGHT_OF = {value.upper(): light for t in THEMES.values() for light, value in t.colors.items()}

scale = 1.0  # the current size factor: fonts, line widths and markers everywhere
current = THEMES[DEFAULT_THEME]
_native: tuple[str, QPalette] | None = None  # the platform's style and palette, for the light theme
_restylers: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # object -> {aspect: how to restyle it}


def color(name: str) -> QColor:
    """A role (``"muted"``) or a light-theme colour (``"#555555"``) as the current theme shows it."""
    return QColor(current.value(ROLES.get(name, name)))


def recolor(original: QColor) -> QColor:
    """``original`` (a colour some theme gave out) as the current theme shows it, keeping its alpha;
    colours no theme knows (surface colour maps, translucent white isolines) stay as they are."""
    light = _LIGHT_OF.get(original.name().upper(), original.name().upper())
    if light not in _LIGHTS:
        return QColor(original)
    out = QColor(current.value(light))
    out.setAlpha(original.alpha())
    return out


# White items (isolines, marker outlines, points over a surface) are drawn over data colours, not over the
# background: they stay white in every theme.
_LIGHTS = {c.upper() for c in (*SERIES_COLORS, *ROLES.values())} - {ROLES["bg"]}


def series_color(index: int) -> QColor:
    return color(SERIES_COLORS[index % len(SERIES_COLORS)])


def line_scale() -> float:
    """How much thicker than their base width lines and axes are now (presentation scale × theme)."""
    return scale * current.line_factor


def apply(app: QApplication) -> None:
    """Font size, style and palette of the application for the current scale and theme."""
    global _native
    font = app.font()
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    if _native is None:
        _native = (app.style().name(), QPalette(app.palette()))
    style = "fusion" if current.window is not None else _native[0]
    if app.style().name().lower() != style.lower():
        app.setStyle(QStyleFactory.create(style))
    app.setPalette(palette() if current.window is not None else _native[1])
    app.setStyleSheet(_indicator_style() if current.window is not None else "")


def _indicator_style() -> str:
    """Check boxes and radio buttons that show on a dark window: Fusion outlines them in a shade darker
    than the window, which vanishes on dark grey."""
    w, size = current.window, round(13 * scale)
    return (f"QCheckBox::indicator, QRadioButton::indicator {{ width: {size}px; height: {size}px; "
            f"border: {max(1, round(scale))}px solid {w['text']}; background: {w['base']}; }} "
            f"QRadioButton::indicator {{ border-radius: {size // 2 + 1}px; }} "
            f"QCheckBox::indicator:checked, QRadioButton::indicator:checked {{ background: {w['highlight']}; }}")


def palette() -> QPalette:
    """The window colours of a theme that brings its own (Fusion style honours every role)."""
    w = current.window
    pal = QPalette()
    text, window = QColor(w["text"]), QColor(w["window"])
    for role, value in ((QPalette.Window, window), (QPalette.WindowText, text), (QPalette.Base, QColor(w["base"])),
                        (QPalette.AlternateBase, QColor(w["alternate"])), (QPalette.Text, text),
                        (QPalette.Button, QColor(w["button"])), (QPalette.ButtonText, text),
                        (QPalette.ToolTipBase, window), (QPalette.ToolTipText, text),
                        (QPalette.Highlight, QColor(w["highlight"])),
                        (QPalette.HighlightedText, QColor(w["highlighted_text"])),
                        (QPalette.PlaceholderText, QColor(w["disabled"])), (QPalette.Mid, QColor(w["mid"])),
                        (QPalette.Link, QColor(w["link"])), (QPalette.BrightText, QColor(ROLES["error"]))):
        pal.setColor(role, value)
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        pal.setColor(QPalette.Disabled, role, QColor(w["disabled"]))
    return pal


def set_scale(app: QApplication, factor: float) -> None:
    """Presentation mode: every font, axis, line and marker grows by ``factor`` (1.0 = normal)."""
    global scale
    scale = min(3.0, max(1.0, factor))
    apply(app)
    _restyle_all()


def set_theme(app: QApplication, key: str) -> None:
    """Switch to the theme called ``key`` (one of THEMES): window palette, plots, painted widgets."""
    global current
    current = THEMES[key]
    apply(app)
    if "pyqtgraph" in sys.modules:  # plots created from now on start in the theme's colours
        configure_pyqtgraph()
    _restyle_all()


def configure_pyqtgraph() -> None:
    import pyqtgraph as pg

    pg.setConfigOptions(background=color("bg"), foreground=color("fg"), antialias=True)


def _restyle_all() -> None:
    for owner in list(_restylers.keys()):
        if shiboken6.isValid(owner):
            refresh(owner)
        else:  # Qt deleted the widget while Python still held its wrapper
            del _restylers[owner]


def on_restyle(owner, restyle: Callable[[object], None], aspect: str = "") -> None:
    """Call ``restyle(owner)`` now and whenever the scale or the theme changes (for as long as ``owner``
    lives). Registering again for the same ``aspect`` (e.g. "font", "color") replaces the previous one."""
    _restylers.setdefault(owner, {})[aspect] = restyle
    restyle(owner)


def refresh(owner) -> None:
    """Restyle ``owner`` again, e.g. a plot that just got new curves while presentation mode is on."""
    for restyle in list(_restylers.get(owner, {}).values()):
        restyle(owner)


def emphasis(widget, extra_points: float = 3, bold: bool = False) -> None:
    """A larger font for headline labels (verdicts, formulas) that follows the presentation scale (and is
    bold in the high-contrast theme)."""

    def restyle(w):
        font = QFont(w.font())
        font.setPointSizeF((BASE_POINT_SIZE + extra_points) * scale)
        font.setBold(bold or current.bold_headlines)
        w.setFont(font)

    on_restyle(widget, restyle, "font")


def colored(widget, role: str) -> None:
    """The widget's text in a role's colour (``"error"``, ``"good"``, ...), following theme switches.
    Call again to change the role."""
    on_restyle(widget, lambda w: w.setStyleSheet(f"color: {color(role).name()};"), "color")


def notice(widget) -> None:
    """A notice bar (the crash-restore question): the theme's notice colours, also for its buttons."""
    on_restyle(widget, lambda w: w.setStyleSheet(f"background: {color('notice_bg').name()}; "
                                                 f"color: {color('fg').name()};"), "color")


def series_pen(index: int, width: float = LINE_WIDTH, dashed: bool = True) -> QPen:
    """Colour plus a dash pattern; ``dashed=False`` for long trails, whose dashes cost more to draw
    than everything else in a frame (they keep their marker shape as the second cue)."""
    style = SERIES_STYLES[index % len(SERIES_STYLES)] if dashed else Qt.SolidLine
    pen = QPen(series_color(index), width, style)
    pen.setCosmetic(True)  # width in pixels, whatever the zoom
    return pen


def style_plot(plot, x_label: str, y_label: str) -> None:
    """Readable axes: larger tick labels and titles, a light grid; all of it, and every line and marker
    in the plot, grows with the presentation scale and takes the theme's colours. Axis labels set later
    (``plot.setLabel``) are kept by every restyle."""
    plot.setLabel("bottom", x_label)
    plot.setLabel("left", y_label)
    plot.showGrid(x=True, y=True, alpha=current.grid_alpha)
    on_restyle(plot, _restyle_plot)


def _restyle_plot(p) -> None:
    import pyqtgraph as pg

    fg = color("fg")
    font = QFont()
    font.setPointSizeF(PLOT_FONT_SIZE * scale)
    label_style = {"color": fg.name(), "font-size": f"{(PLOT_FONT_SIZE + 1) * scale:.1f}pt"}
    if current.bold_headlines:
        label_style["font-weight"] = "bold"
    for name in ("left", "bottom"):
        axis = p.getAxis(name)
        axis.setTickFont(font)
        axis.setTextPen(fg)
        axis.setPen(QPen(fg, max(1.0, scale) * current.line_factor))
        if axis.grid is not False:  # (figures whose isolines are the grid switch it off)
            axis.setGrid(int(current.grid_alpha * 255))
        axis.setLabel(axis.labelText, axis.labelUnits or None, **label_style)  # the label it has now
        # no SI prefix: "100 (x0.001)" misleads when reading off a learning rate. pyqtgraph 0.14 still
        # computes a prefix scale when disabling (and keeps it), unless no range allows one
        axis.setSIPrefixEnableRanges(())
        # kept as a pixmap between its own changes: replaying its drawing (text and grid lines) at every
        # repaint of the plot cost ~2 ms an axis, most of a live plot's paint
        axis.setCacheMode(axis.CacheMode.DeviceCoordinateCache)
        axis.enableAutoSIPrefix(False)
    if p.scene() is not None:
        for view in p.scene().views():
            view.setBackground(color("bg"))
    # LabelItem keeps these options, so titles set later get the same size, colour and weight
    p.titleLabel.opts.update(size=f"{(PLOT_FONT_SIZE + 1) * scale:.1f}pt", color=fg.name(), bold=current.bold_headlines)
    if p.titleLabel.text:
        p.titleLabel.setText(p.titleLabel.text)
    for item in p.items:
        restyle_item(item)
    if p.legend is not None:
        size = f"{PLOT_FONT_SIZE * scale:.1f}pt"
        p.legend.setLabelTextSize(size)  # labels added later
        p.legend.setLabelTextColor(fg)
        # a backing so curves running under the legend do not strike through its text; a legend that
        # brought its own (over a surface) keeps its transparency
        brush = p.legend.opts["brush"]
        own = brush is not None and brush.style() != Qt.NoBrush and not getattr(p.legend, "_theme_backing", False)
        background = color("bg")
        background.setAlpha(brush.color().alpha() if own else 215)
        p.legend.setBrush(pg.mkBrush(background))
        p.legend._theme_backing = not own
        for _, label in p.legend.items:  # labels already there
            label.setText(label.text, size=size, color=fg.name())


def restyle_item(item) -> None:
    """An item of a plot in the current scale and theme: line width and marker size from its base size
    (kept on first sight), colours recoloured for the theme; an item with ``keeps_colors = True`` (drawn
    over a surface's colours, not over the background) is left as it is."""
    import pyqtgraph as pg

    if getattr(item, "keeps_colors", False):
        return
    if isinstance(item, pg.PlotDataItem):
        scale_item(item)
        if item.opts.get("symbolPen") is not None:
            item.setSymbolPen(_recolored_pen(pg.mkPen(item.opts["symbolPen"])))
        if item.opts.get("symbolBrush") is not None:
            brush = pg.mkBrush(item.opts["symbolBrush"])
            brush.setColor(recolor(brush.color()))
            item.setSymbolBrush(brush)
    elif isinstance(item, pg.ScatterPlotItem):  # the default pen and brush; per-point ones stay
        item.setPen(_recolored_pen(pg.mkPen(item.opts["pen"])))
        brush = pg.mkBrush(item.opts["brush"])
        brush.setColor(recolor(brush.color()))
        item.setBrush(brush)
    elif isinstance(item, pg.InfiniteLine):
        item.setPen(_recolored_pen(item.pen))
    elif isinstance(item, pg.BarGraphItem) and item.opts.get("brush") is not None:
        brush = pg.mkBrush(item.opts["brush"])
        brush.setColor(recolor(brush.color()))
        item.setOpts(brush=brush)
    elif isinstance(item, pg.ArrowItem) and item.opts.get("brush") is not None:
        brush = pg.mkBrush(item.opts["brush"])
        brush.setColor(recolor(brush.color()))
        item.setStyle(brush=brush)


def _recolored_pen(pen: QPen) -> QPen:
    pen = QPen(pen)
    pen.setColor(recolor(pen.color()))
    return pen


def scale_item(item) -> None:
    """Line width (× the theme's line factor) and marker size of a plot item, from its base size (kept on
    first sight), and its line in the theme's colour."""
    if not hasattr(item, "_base_sizes"):
        pen = item.opts.get("pen")
        width = pen.widthF() if isinstance(pen, QPen) else None
        item._base_sizes = (width, item.opts.get("symbolSize"))
    width, symbol = item._base_sizes
    pen = item.opts.get("pen")
    if width is not None and isinstance(pen, QPen):
        pen = _recolored_pen(pen)
        pen.setWidthF(width * line_scale())
        item.setPen(pen)
    if symbol:
        item.setSymbolSize(symbol * scale)
