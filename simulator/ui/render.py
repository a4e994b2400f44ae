"""Headless rendering for the CLI: the panels' own figures drawn offscreen to PNG or SVG, no window.

The pictures are written by ui/export.py, the same code as File → Export picture in the window.
"""

from __future__ import annotations

import os

from ..engine.records import ScheduleCurves
from ..session import SessionError


def _application():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .app import make_application

    return make_application()


def render_schedules(result: ScheduleCurves, path: str, size: tuple[int, int] = (1280, 720),
                     log_y: bool = False) -> None:
    """The schedule plot of the LR panel with the same colours and legend, saved as PNG."""
    _application()
    from .export import write_png
    from .figures import ScheduleFigure

    figure = ScheduleFigure()
    figure.cursor.hide()
    for i, curve in enumerate(result.curves):
        if curve.lrs is not None:
            figure.set_series(i, curve.label, curve.lrs, i)
    figure.set_log_y(log_y)
    figure.resize(*size)
    write_png(figure, path, size)


def render_race(record, path: str, size: tuple[int, int] = (1280, 720)) -> None:
    """The race panel's surface figure with every racer's whole trail, saved as PNG."""
    _application()
    from ..engine.surfaces import surface_image
    from .export import write_png
    from .figures import RaceFigure

    figure = RaceFigure()
    figure.resize(*size)
    surface = record.surface
    figure.set_surface(surface_image(surface), surface.minima, surface.box)
    start = record.positions[0, 0, 0]
    figure.set_start(start, start[1] if surface.dims == 2 else record.loss[0, 0, 0])
    figure.set_racers([r.label for r in record.racers])
    figure.show_paths([record.positions[:, r, 0] for r in range(len(record.racers))],
                      [record.loss[:, r, 0] for r in range(len(record.racers))])
    write_png(figure, path, size)


def render_training(record, path: str, size: tuple[int, int] = (1280, 720)) -> None:
    """The training lab's decision-boundary figure for the (first) run, saved as PNG."""
    _application()
    from PySide6.QtCore import QCoreApplication

    from .export import write_png
    from .figures import BoundaryFigure

    figure = BoundaryFigure()
    figure.resize(*size)
    figure.show_record(record, 0)
    figure.plot_item.setTitle(QCoreApplication.translate("render", "{0} · epoch {1} · test accuracy {2:.3f}").format(
        record.runs[0].label, record.epoch, record.runs[0].test_acc[-1]))
    write_png(figure, path, size)


def render_range_test(test, path: str, size: tuple[int, int] = (1280, 720)) -> None:
    """The learning-rate range test's curve with its suggestions, saved as PNG."""
    _application()
    from PySide6.QtCore import QCoreApplication

    from .export import write_png
    from .widgets.range_plot import RangePlot

    plot = RangePlot()
    plot.resize(*size)
    plot.show_test(test)
    plot.getPlotItem().setTitle(QCoreApplication.translate("render", "learning-rate range test · {0} steps{1}").format(
        len(test.lrs), QCoreApplication.translate("render", " · stopped: the loss exploded") if test.exploded else ""))
    write_png(plot, path, size)


def render_landscape(landscape, path: str, size: tuple[int, int] = (1280, 720)) -> None:
    """The loss landscape with the path, the line from the start and the distances off the plane, as PNG."""
    _application()
    from .export import write_png
    from .widgets.landscape_plot import LandscapeFigure

    figure = LandscapeFigure()
    figure.resize(*size)
    figure.show_landscape(landscape)
    figure.set_cursor(landscape.iteration)
    write_png(figure, path, size)


def render_panel(name: str, outputs: list[tuple[str, str]], size: tuple[int, int] = (1920, 1080),
                 scale: float = 1.0, timeout: float = 60.0, session: dict | None = None,
                 language: str = "en", look: str | None = None) -> None:
    """A whole panel as the window shows it (at ``scale`` for presentation mode, in ``language``), once its
    work is done; with ``session`` (checked session data), at that session's settings and step; ``look``
    is a theme (light, contrast, dark) and wins over the session's.

    ``outputs``: (path, "png" or "svg") pairs; every picture is exactly ``size`` pixels.
    Raises SessionError when the session does not fit the panels.
    """
    import tempfile
    import time

    app = _application()
    from PySide6.QtCore import QEvent, QSettings

    from . import i18n, theme
    from .controller import Controller
    from .export import write_picture
    from .main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:  # never the user's saved window
        settings = QSettings(f"{folder}/render.ini", QSettings.IniFormat)
        i18n.install(app, language)
        controller = Controller()
        window = MainWindow(controller, settings, name)
        theme.set_scale(app, scale)
        controller.start()
        window.resize(*size)
        window.show()
        deadline = time.monotonic() + timeout

        def settle() -> None:
            quiet_since = None
            while time.monotonic() < deadline:
                app.processEvents()
                app.sendPostedEvents(None, QEvent.DeferredDelete)  # what the event loop would do
                time.sleep(0.01)
                ready = name in window.panels and controller.engine_ready and controller.idle()
                quiet_since = (quiet_since or time.monotonic()) if ready else None
                if quiet_since and time.monotonic() - quiet_since > 0.5:
                    return
            window.close()
            raise TimeoutError(f"panel '{name}' did not finish its work within {timeout:g} s")

        settle()
        playback = getattr(window.panels[name], "playback", None)
        if session is not None:
            try:
                window.apply_session(session)
            except SessionError:
                window.close()
                raise
            theme.set_scale(app, scale)  # the command line's size wins over the session's view
            window.open_panel(name)
            settle()
        if look is not None:
            window.view.set_theme(look)
            settle()  # the palette reaches the widgets through events
        if playback is not None and (session or {}).get("panels", {}).get(name, {}).get("step") is None:
            playback.stop()  # an animation that started on its own: show where it ends
            playback.last()
            app.processEvents()
        try:
            for path, fmt in outputs:
                write_picture(window, path, fmt, size)
        finally:
            window.close()
