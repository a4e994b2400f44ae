"""Start the GUI: application, theme, compute process, main window."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from . import i18n, theme
from .controller import Controller
from .main_window import MainWindow

# Set by benchmarks/startup.py: print timings (seconds since the epoch) and quit once everything is up.
STARTUP_REPORT_ENV = "DESCENTLAB_STARTUP_REPORT"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("DescentLab")
    app.setOrganizationName("DescentLab")
    theme.apply(app)
    return app


def run_gui(panel: str | None = None, session_file: str | None = None) -> int:
    app = make_application()
    settings = QSettings()
    i18n.install(app, settings.value("view/language") or i18n.system_language())
    controller = Controller()
    window = MainWindow(controller, settings, panel)
    if session_file is not None:  # once the window is up, so a message about the file has a parent
        window.sig_first_frame.connect(lambda: QTimer.singleShot(0, lambda: window.open_file(session_file)))
    app.aboutToQuit.connect(controller.shutdown)  # also when the app quits without closing the window
    if os.environ.get(STARTUP_REPORT_ENV):
        _report_startup(app, controller, window)
    controller.start()
    window.show()
    return app.exec()


def _report_startup(app: QApplication, controller: Controller, window: MainWindow) -> None:
    pending = {"first_frame", "engine_ready", "panel_ready"}

    def mark(name: str) -> None:
        print(f"{name} {time.time():.6f}", flush=True)
        pending.discard(name)
        if not pending:
            QTimer.singleShot(0, window.close)

    window.sig_first_frame.connect(lambda: mark("first_frame"))
    window.sig_panel_ready.connect(lambda _: mark("panel_ready"))
    controller.sig_engine_ready.connect(lambda _: mark("engine_ready"))
