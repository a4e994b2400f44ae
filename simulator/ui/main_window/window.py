"""The main window: one tab per panel, menus, status bar with the engine indicator, settings; its other
jobs (sessions and autosave, lessons, the view, exports) are modules of this folder.

The window paints first; panels (which import pyqtgraph) are built right after the first frame, and
torch loads in the compute process meanwhile.
"""

from __future__ import annotations

import platform
import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from ... import __version__, lesson, session
from ...languages import LANGUAGES
from .. import i18n, theme
from ..controller import Controller
from ..panels import PANELS, panel_class, unknown_panel_message
from ..widgets.lesson_bar import LessonBar
from .exports import Exports
from .lessons import Lessons
from .panel_frame import PanelFrame
from .sessions import Sessions
from .view import View

MIN_RESTORED_SIZE = (640, 400)  # a saved window smaller than this is not worth restoring
AUTOSAVE_MS = 30_000
SHORTCUTS = (  # translated at display (QT_TRANSLATE_NOOP lets lupdate see them); the same as the README's table
    ("← / →", QT_TRANSLATE_NOOP("MainWindow", "step back / forward (backprop, race, lr effect); move the epoch "
                                              "cursor (schedules); move the time cursor one iteration (training lab)")),
    ("Shift+← / Shift+→", QT_TRANSLATE_NOOP("MainWindow", "previous / next phase (backprop); move the time cursor "
                                                          "one epoch (training lab)")),
    ("Home / End", QT_TRANSLATE_NOOP("MainWindow", "first / last step; End: the training lab's time cursor back to "
                                                   "the newest iteration")),
    ("Space", QT_TRANSLATE_NOOP("MainWindow", "play / pause")),
    ("N", QT_TRANSLATE_NOOP("MainWindow", "next iteration (backprop)")),
    (QT_TRANSLATE_NOOP("MainWindow", "Space (Dropout)"), QT_TRANSLATE_NOOP("MainWindow", "a new mask")),
    ("R", QT_TRANSLATE_NOOP("MainWindow", "reset: back to the start (race, training lab), to iteration 0 "
                                          "(backprop)")),
    ("Enter", QT_TRANSLATE_NOOP("MainWindow", "apply a typed value now")),
    (QT_TRANSLATE_NOOP("MainWindow", "Page Down / Page Up"),
     QT_TRANSLATE_NOOP("MainWindow", "next / previous lesson slide (what presentation clickers send)")),
    ("Ctrl+1 … Ctrl+9", QT_TRANSLATE_NOOP("MainWindow", "switch panel")),
    ("Ctrl+O / Ctrl+S / Ctrl+Shift+S", QT_TRANSLATE_NOOP("MainWindow", "open / save / save as a session (every "
                                                                       "panel's settings and step)")),
    ("Ctrl+E / Ctrl+Shift+E", QT_TRANSLATE_NOOP("MainWindow", "export the current view's data as CSV / as a "
                                                              "picture (PNG at a chosen size, or SVG)")),
    ("Ctrl+Shift+C", QT_TRANSLATE_NOOP("MainWindow",
                                       "copy a PyTorch script that reproduces the numbers (race, lr, backprop)")),
    (QT_TRANSLATE_NOOP("MainWindow", "F1 or ?"), QT_TRANSLATE_NOOP("MainWindow", "this list")),
    ("F5", QT_TRANSLATE_NOOP("MainWindow", "presentation mode (everything larger; sizes in View → Presentation size)")),
    ("F11", QT_TRANSLATE_NOOP("MainWindow", "full screen")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("MainWindow", "quit")),
)


class MainWindow(QMainWindow):
    sig_first_frame = Signal()
    sig_panel_ready = Signal(str)

    def __init__(self, controller: Controller, settings: QSettings, panel: str | None = None):
        super().__init__()
        self.controller = controller
        self.settings = settings
        self.setWindowTitle("DescentLab")
        self.panels: dict[str, QWidget] = {}
        self.starting_states: dict[str, dict] = {}  # each panel's settings as it opened
        self._painted = False

        self.language = i18n.active_language()
        self.engine_label = QLabel()
        self.statusBar().addPermanentWidget(self.engine_label)
        # the window's other jobs, each a module of this folder
        self.sessions, self.lessons = Sessions(self), Lessons(self)
        self.view, self.exports = View(self), Exports(self)
        self._build_ui(self.sessions.offer_restore)
        controller.sig_engine_ready.connect(self._show_engine_state)
        controller.sig_engine_failed.connect(self._engine_failed)
        controller.sig_job_failed.connect(lambda owner, msg: self.statusBar().showMessage(f"{owner}: {msg}", 15000))
        controller.sig_restarted.connect(self._compute_restarted)
        self._restore(panel)
        if self.settings.value("view/presentation", False) in (True, "true"):
            self.view.set_presentation(True)
        saved_theme = self.settings.value("view/theme", theme.DEFAULT_THEME)
        self.view.set_theme(saved_theme if saved_theme in theme.THEMES else theme.DEFAULT_THEME)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.sessions.autosave)
        self.autosave_timer.start()

    def _build_ui(self, offer_restore: bool) -> None:
        """Tabs (panels are built when first shown), the crash-restore and lesson bars, menus: in the
        current language. Built again, empty, when the language changes."""
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for info in PANELS.values():
            placeholder = QLabel(self.tr("Loading {0}…").format(self.tr(info.title)))
            placeholder.setAlignment(Qt.AlignCenter)
            self.tabs.addTab(placeholder, self.tr(info.title))
        self.tabs.currentChanged.connect(lambda _: self._build_current_panel())
        self.sessions.build_restore_bar(offer_restore)
        self.lesson_bar = LessonBar()
        self.lesson_bar.set_language(self.language)
        self.lesson_bar.sig_slide.connect(self.lessons.show_slide)
        self.lesson_bar.sig_add_requested.connect(self.lessons.add_slide)
        self.lesson_bar.sig_save_requested.connect(self.lessons.save_lesson_dialog)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.sessions.restore_bar)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.lesson_bar)
        self.setCentralWidget(central)  # deletes the previous one
        self.menuBar().clear()
        self._build_menus()
        self.engine_label.setToolTip(self.tr("torch loads in the compute process; the window stays usable"))
        self._show_engine_state()

    def set_language(self, language: str) -> None:
        """Switch every text to ``language`` now: the panels are rebuilt and get their settings and steps
        back through the session mechanism, the lesson keeps its slide."""
        if language == self.language:
            return
        state = self.session_state()
        lesson_now, slide = self.lesson_bar.lesson, self.lesson_bar.index
        self.controller.cancel_all()  # no record may reach the panels about to go
        self.language = i18n.install(QApplication.instance(), language)
        self.settings.setValue("view/language", self.language)
        self.panels = {}
        self._build_ui(self.sessions.restore_bar.isVisible())
        self.apply_session(state)
        if lesson_now is not None:
            self.lesson_bar.lesson, self.lesson_bar.index = lesson_now, slide
            self.lesson_bar.show()
            self.lesson_bar.set_language(self.language)

    # -- start-up -----------------------------------------------------------------------------------
    def _restore(self, panel: str | None) -> None:
        geometry = self.settings.value("window/geometry")
        restored = geometry is not None and self.restoreGeometry(geometry)
        if not restored or self.width() < MIN_RESTORED_SIZE[0] or self.height() < MIN_RESTORED_SIZE[1]:
            # first start, or a geometry saved on a much smaller screen: fill most of this one
            screen = self.screen().availableGeometry()
            self.resize(int(screen.width() * 0.9), int(screen.height() * 0.9))
            self.move(screen.center() - self.rect().center())
        name = panel or self.settings.value("window/panel", next(iter(PANELS)))
        names = list(PANELS)
        self.tabs.setCurrentIndex(names.index(name) if name in names else 0)

    def paintEvent(self, event):  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.sig_first_frame.emit()
            QTimer.singleShot(0, self._build_current_panel)

    def current_panel_name(self) -> str:
        return list(PANELS)[self.tabs.currentIndex()]

    def _build_current_panel(self) -> None:
        if self._painted:
            self.panel(self.current_panel_name())

    def panel(self, name: str) -> QWidget:
        """The panel called ``name``, built (in its tab, without switching to it) on first use."""
        if name in self.panels:
            return self.panels[name]
        panel = panel_class(name)(self.controller)
        self.panels[name] = panel
        self.starting_states[name] = panel.state()  # what "back to the starting settings" restores
        index, current = list(PANELS).index(name), self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, PanelFrame(panel), self.tr(PANELS[name].title))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        self.sig_panel_ready.emit(name)
        return panel

    def panel_frame(self, name: str) -> PanelFrame:
        return self.panels[name].parentWidget().parentWidget()  # the panel's viewport, then its scroll area

    def reset_panel(self) -> None:
        """The current panel's settings as it opened with (a lesson's slides may have left others behind)."""
        name = self.current_panel_name()
        if name in self.starting_states:
            self.panels[name].restore(self.starting_states[name])

    def open_panel(self, name: str) -> QWidget:
        """Switch to a panel (building it if needed) and return it, e.g. for links between panels."""
        panel = self.panel(name)
        self.tabs.setCurrentIndex(list(PANELS).index(name))
        return panel

    def current_panel(self) -> QWidget | None:
        return self.panels.get(self.current_panel_name())

    # -- engine indicator ---------------------------------------------------------------------------
    def _show_engine_state(self, *_) -> None:
        if self.controller.engine_ready:
            self.engine_label.setText(self.tr("engine ready · torch {0}").format(self.controller.torch_version))
        else:
            self.engine_label.setText(self.tr("⏳ engine loading…"))

    def _compute_restarted(self, reason: str, recompute: bool) -> None:
        """The compute process died and a new one is starting: say so; the panels compute again what they
        show (unless it keeps dying, which recomputing the same thing could cause)."""
        self._show_engine_state()
        if recompute:
            for panel in self.panels.values():
                panel.recompute()
            message = self.tr("The compute process stopped ({0}); a new one has started and the panels are "
                              "computing again. Nothing you typed was lost.")
        else:
            message = self.tr("The compute process stopped again ({0}); a new one has started. Change a setting "
                              "or press reset to compute again.")
        self.statusBar().showMessage(message.format(reason), 30000)

    def _engine_failed(self, message: str) -> None:
        self.engine_label.setText(self.tr("⚠ engine failed"))
        self.engine_label.setToolTip(message)
        self.statusBar().showMessage(message)

    # -- menus --------------------------------------------------------------------------------------
    def add_action(self, menu, text: str, slot, shortcut=None) -> QAction:
        """A menu entry (with its shortcut), also for the parts that fill menus (recent files, screens)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.add_action(file_menu, self.tr("&Open session…"), self.sessions.open_session_dialog, QKeySequence.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self.sessions._fill_recent)
        self.add_action(file_menu, self.tr("&Save session"), self.sessions.save_session_now, QKeySequence.Save)
        self.add_action(file_menu, self.tr("Save session &as…"), self.sessions.save_session_dialog, "Ctrl+Shift+S")
        file_menu.addSeparator()
        self.add_action(file_menu, self.tr("Export data as CSV…"), self.exports.export_csv, "Ctrl+E")
        self.add_action(file_menu, self.tr("Export picture…"), self.exports.export_picture, "Ctrl+Shift+E")
        self.add_action(file_menu, self.tr("Export animation…"), self.exports.export_animation)
        self.add_action(file_menu, self.tr("Copy as PyTorch code"), self.exports.copy_code, "Ctrl+Shift+C")
        self.add_action(file_menu, self.tr("Export as notebook…"), self.exports.export_notebook)
        file_menu.addSeparator()
        self.add_action(file_menu, self.tr("&Quit"), self.close, QKeySequence.Quit)
        lesson_menu = self.menuBar().addMenu(self.tr("&Lesson"))
        for path in lesson.builtin():
            title = lesson.load(path, PANELS).name(self.lesson_bar.language)
            self.add_action(lesson_menu, title, lambda _=False, p=str(path): self.lessons.open_lesson(p))
        self.add_action(lesson_menu, self.tr("Open lesson…"), self.lessons.open_lesson_dialog)
        lesson_menu.addSeparator()
        self.add_action(lesson_menu, self.tr("Next slide"), self.lesson_bar.next, "PgDown")
        self.add_action(lesson_menu, self.tr("Previous slide"), self.lesson_bar.previous, "PgUp")
        self.add_action(lesson_menu, self.tr("Add the current view as a slide…"), self.lessons.add_slide)
        self.add_action(lesson_menu, self.tr("Save lesson as…"), self.lessons.save_lesson_dialog)
        self.add_action(lesson_menu, self.tr("Close lesson"), self.lesson_bar.close_lesson)
        lesson_menu.addSeparator()
        self.add_action(lesson_menu, self.tr("Back to this panel's starting settings"), self.reset_panel)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for i, info in enumerate(PANELS.values()):
            self.add_action(view_menu, self.tr(info.title), lambda _=False, i=i: self.tabs.setCurrentIndex(i),
                         f"Ctrl+{i + 1}" if i < 9 else None)
        view_menu.addSeparator()
        self.presentation_action = self.add_action(view_menu, self.tr("Presentation mode"), self.view.set_presentation,
                                                "F5")
        self.presentation_action.setCheckable(True)
        sizes = view_menu.addMenu(self.tr("Presentation size"))
        for factor in theme.SCALES[1:]:
            self.add_action(sizes, f"{factor:g}×", lambda _=False, f=factor: self.view.set_presentation(True, f))
        self.add_action(view_menu, self.tr("Full screen"), self.view.toggle_full_screen, "F11")
        self.screens_menu = view_menu.addMenu(self.tr("Full screen on"))
        self.screens_menu.aboutToShow.connect(self.view._fill_screens)
        themes, group = view_menu.addMenu(self.tr("Theme")), QActionGroup(self)
        self.theme_actions = {}
        for key, look in theme.THEMES.items():
            action = self.add_action(themes, look.label(), lambda _=False, k=key: self.view.set_theme(k))
            action.setCheckable(True)
            action.setChecked(key == theme.current.key)
            group.addAction(action)
            self.theme_actions[key] = action
        languages = view_menu.addMenu(self.tr("Language"))
        for key, name in LANGUAGES.items():  # each in its own language, findable whatever is active
            action = self.add_action(languages, name, lambda _=False, k=key: self.set_language(k))
            action.setCheckable(True)
            action.setChecked(key == self.language)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts = self.add_action(help_menu, self.tr("Keyboard shortcuts"), self.show_shortcuts, "F1")
        shortcuts.setShortcuts([QKeySequence("F1"), QKeySequence("?")])
        self.add_action(help_menu, self.tr("&About DescentLab"), self.show_about)

    # -- sessions -----------------------------------------------------------------------------------
    def session_state(self) -> dict:
        """Every built panel's settings and step, the panel on screen and the view, as session data."""
        panels = {name: panel.state() for name, panel in self.panels.items()}
        view = {"presentation": self.presentation_action.isChecked(), "scale": theme.scale,
                "theme": theme.current.key}
        data = session.new(self.current_panel_name(), panels, view)
        lesson_state = self.lessons.state()
        return data | ({"lesson": lesson_state} if lesson_state is not None else {})

    def apply_session(self, data: dict) -> None:
        """Show a checked session. Every panel's settings are checked before any is applied, so a
        session that does not fit raises SessionError and leaves the window as it was."""
        unknown = [name for name in [data["panel"], *data["panels"]] if name not in PANELS]
        if unknown:
            raise session.SessionError(unknown_panel_message(unknown[0]))
        for name, state in data["panels"].items():
            self.panel(name).check_state(state, name)
        view = data["view"]
        scale = view.get("scale", theme.PRESENTATION_SCALE)
        if not isinstance(scale, int | float) or not 1.0 <= scale <= 3.0:
            raise session.SessionError("view.scale: a number from 1.0 to 3.0")
        look = view.get("theme", theme.current.key)
        if not isinstance(look, str) or look not in theme.THEMES:
            raise session.SessionError(f"view.theme: one of {', '.join(theme.THEMES)}, not {look!r}")
        resumed = self.lessons.load_state(data["lesson"]) if "lesson" in data else None  # (checked before use)
        for name, state in data["panels"].items():
            self.panels[name].restore(state)
        self.open_panel(data["panel"])
        if resumed is not None:
            self.lessons.resume(*resumed)
        if "presentation" in view:
            self.view.set_presentation(bool(view["presentation"]), scale if scale > 1.0 else None)
        if "theme" in view:
            self.view.set_theme(look)

    def open_file(self, path: str) -> bool:
        """A session or a lesson file (as given on the command line)."""
        try:
            data = session.read_json(path)
        except session.SessionError as e:
            QMessageBox.warning(self, self.tr("Cannot open the file"), str(e))
            return False
        is_lesson = isinstance(data, dict) and data.get("format") == lesson.FORMAT
        return self.lessons.open_lesson(path) if is_lesson else self.sessions.open_session(path)

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{self.tr(k)}</b></td><td>&nbsp;&nbsp;{self.tr(v)}</td></tr>" for k, v in SHORTCUTS)
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table>{rows}</table>")

    def versions_text(self) -> str:
        import pyqtgraph
        import PySide6
        from PySide6.QtCore import qVersion

        torch = self.controller.torch_version or self.tr("loading…")
        return (
            f"DescentLab {__version__}<br>torch {torch}<br>Qt {qVersion()} · PySide6 {PySide6.__version__}"
            f"<br>pyqtgraph {pyqtgraph.__version__}<br>"
        ) + self.tr("Python {0} on {1}").format(platform.python_version(), sys.platform)

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About DescentLab"),
            self.tr("<h3>DescentLab</h3><p>See how a neural network learns: gradient descent, learning rates "
                    "and their schedules, computed with PyTorch.</p>") + f"<p>{self.versions_text()}</p>",
        )

    # -- shutdown -----------------------------------------------------------------------------------
    def closeEvent(self, event):  # noqa: N802 (Qt override)
        self.controller.shutdown()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/panel", self.current_panel_name())
        self.settings.setValue("view/presentation", self.presentation_action.isChecked())
        self.settings.sync()
        self.autosave_timer.stop()
        if not self.sessions.restore_bar.isVisible():  # a crash's autosave the user has not answered about stays
            self.sessions.autosave_path().unlink(missing_ok=True)
        self.sessions.autosave_lock.unlock()
        super().closeEvent(event)
