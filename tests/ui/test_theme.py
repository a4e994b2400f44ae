"""Themes: light, high contrast and dark switch live (plots, window palette, painted widgets), are
remembered and saved in sessions; restyles keep labels set after styling."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from simulator.engine.surfaces import BUILTIN, surface_image
from simulator.ui import theme
from simulator.ui.figures import RaceFigure, ScheduleFigure
from simulator.ui.main_window import MainWindow
from simulator.ui.widgets.network_diagram import NetworkDiagram


@pytest.fixture
def figure(qtbot):
    f = ScheduleFigure()
    qtbot.addWidget(f)
    f.set_series("a", "first", [1.0, 0.5, 0.25], 0)
    f.set_series("k", "black", [0.3, 0.2, 0.1], 6)  # the black series
    return f


@pytest.fixture
def normal_size(qapp):
    yield
    theme.set_scale(qapp, 1.0)


def luminance(c: QColor) -> float:
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()


def test_switching_to_dark_recolours_plots_pictures_and_the_window(qapp, qtbot, figure):
    diagram = NetworkDiagram()
    qtbot.addWidget(diagram)
    axis = figure.plot_item.getAxis("left")
    black = figure._curves["k"]
    assert figure.backgroundBrush().color() == QColor("white")
    assert axis.pen().color() == QColor("black") and axis.textPen().color() == QColor("black")
    assert black.opts["pen"].color() == QColor("black")
    light_window = qapp.palette().color(QPalette.Window)

    theme.set_theme(qapp, "dark")
    assert luminance(figure.backgroundBrush().color()) < 0.2
    assert luminance(axis.pen().color()) > 0.8 and luminance(axis.textPen().color()) > 0.8
    assert "#e6e6e6" in axis.labelString().lower()  # the axis title follows the text colour
    assert luminance(black.opts["pen"].color()) > 0.8  # a black line would vanish on dark
    assert black.opts["pen"].style() == theme.SERIES_STYLES[6 % len(theme.SERIES_STYLES)]  # only the colour
    legend_label = figure.legend.getLabel(black)
    assert luminance(QColor(legend_label.opts["color"])) > 0.8
    assert luminance(qapp.palette().color(QPalette.Window)) < 0.2
    qapp.processEvents()  # (Qt hands the new palette to the widgets by event)
    assert luminance(figure.palette().color(QPalette.WindowText)) > 0.8  # widgets get the dark palette
    assert luminance(diagram.backgroundBrush().color()) < 0.2

    theme.set_theme(qapp, "light")
    assert figure.backgroundBrush().color() == QColor("white")
    assert axis.pen().color() == QColor("black") and black.opts["pen"].color() == QColor("black")
    assert qapp.palette().color(QPalette.Window) == light_window
    qapp.processEvents()
    assert figure.palette().color(QPalette.WindowText) == QColor("black")
    assert diagram.backgroundBrush().color() == QColor("white")


def test_high_contrast_draws_thicker_lines_and_darker_pale_colours(qapp, figure, normal_size):
    theme.set_scale(qapp, 1.6)
    axis, curve = figure.plot_item.getAxis("left"), figure._curves["a"]
    light_line, light_axis = curve.opts["pen"].widthF(), axis.pen().widthF()
    theme.set_theme(qapp, "contrast")
    assert curve.opts["pen"].widthF() == pytest.approx(1.5 * light_line)
    assert axis.pen().widthF() == pytest.approx(1.5 * light_axis)
    assert figure.backgroundBrush().color() == QColor("white") and axis.pen().color() == QColor("black")
    assert figure.plot_item.getAxis("bottom").grid > 0.25 * 255  # a stronger grid
    orange = theme.series_color(4)
    assert luminance(orange) < luminance(QColor("#E69F00"))
    theme.set_theme(qapp, "light")
    assert curve.opts["pen"].widthF() == pytest.approx(light_line)


def test_every_theme_colour_stands_for_one_light_colour():
    """Recolouring an item drawn in one theme for another needs the way back to be unambiguous."""
    seen: dict[str, str] = {}
    lights = {c.upper() for c in (*theme.SERIES_COLORS, *theme.ROLES.values())}
    for look in theme.THEMES.values():
        assert set(look.colors) <= lights, f"{look.key} recolours a colour no role uses"
        for light in lights:
            value = look.value(light)
            assert seen.setdefault(value, light) == light, f"{value} stands for {seen[value]} and {light}"


def test_a_label_set_after_styling_survives_restyles(qapp, qtbot, normal_size):
    figure = RaceFigure()
    qtbot.addWidget(figure)
    surface = BUILTIN["tutorial"]
    assert surface.dims == 1
    figure.set_surface(surface_image(surface), surface.minima, surface.box)
    left = figure.plot_item.getAxis("left")
    assert left.labelText == "loss"
    theme.set_scale(qapp, 2.0)
    assert left.labelText == "loss"
    theme.set_theme(qapp, "contrast")
    assert left.labelText == "loss" and figure.plot_item.getAxis("bottom").labelText == "x"
    theme.set_theme(qapp, "dark")  # isolines and minima are drawn over the surface's colours: unchanged
    assert figure.isolines.opts["pen"].color().name() == "#ffffff"
    assert figure.minima.opts["pen"].color() == QColor("black")


def open_window(controller, qtbot, settings) -> MainWindow:
    w = MainWindow(controller, settings, "race")
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.sig_panel_ready, timeout=20_000):
        w.show()
    return w


def test_the_theme_is_remembered_and_saved_in_sessions(ready_controller, qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    w = open_window(ready_controller, qtbot, settings)
    plot = w.panels["race"].series.loss_plot
    assert theme.current.key == "light" and w.theme_actions["light"].isChecked()
    w.theme_actions["dark"].trigger()  # View → Theme → Dark
    assert theme.current.key == "dark" and w.theme_actions["dark"].isChecked()
    assert not w.theme_actions["light"].isChecked()
    assert luminance(plot.backgroundBrush().color()) < 0.2
    assert w.session_state()["view"]["theme"] == "dark"
    assert w.sessions.save_session(str(tmp_path / "dark.json"))

    w.view.set_theme("light")
    assert plot.backgroundBrush().color() == QColor("white")
    assert w.sessions.open_session(str(tmp_path / "dark.json"))
    assert theme.current.key == "dark" and w.theme_actions["dark"].isChecked()
    assert luminance(plot.backgroundBrush().color()) < 0.2
    w.close()

    assert settings.value("view/theme") == "dark"
    theme.set_theme(QApplication.instance(), "light")
    again = open_window(ready_controller, qtbot, QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    assert theme.current.key == "dark" and again.theme_actions["dark"].isChecked()


@pytest.mark.parametrize("change", ["scale", "theme"])
def test_small_values_keep_their_tick_numbers_after_a_restyle(qtbot, qapp, normal_size, change):
    """pyqtgraph scales an axis spanning (0, 1) to milli units (0.2 shown as 200) when SI prefixes are
    switched off during a restyle, unless no range allows a prefix."""
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    theme.style_plot(plot.getPlotItem(), "day", "weight")
    plot.plot([1, 2, 3], [0.05, 0.1, 0.23])
    plot.getPlotItem().setYRange(0, 0.25, padding=0)
    try:
        theme.set_scale(qapp, 1.6) if change == "scale" else theme.set_theme(qapp, "dark")
        axis = plot.getPlotItem().getAxis("left")
        assert axis.tickStrings([0.1, 0.2], axis.autoSIPrefixScale * axis.scale, 0.1) == ["0.1", "0.2"]  # as drawn
    finally:
        theme.set_theme(qapp, "light")
