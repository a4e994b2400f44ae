"""The main window: one tab per panel, menus, status bar with the engine indicator, settings.

The window paints first; panels (which import pyqtgraph) are built right after the first frame, and
torch loads in the compute process meanwhile.
"""

from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLockFile, QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, lesson, session
from . import i18n, theme
from .controller import Controller
from .panels import PANELS, panel_class, unknown_panel_message
from .widgets.lesson_bar import LessonBar

MIN_RESTORED_SIZE = (640, 400)  # a saved window smaller than this is not worth restoring
AUTOSAVE_MS = 30_000
MAX_RECENT = 8
SHORTCUTS = (  # translated at display; QT_TRANSLATE_NOOP lets lupdate see the texts
    ("Ctrl+1 … Ctrl+9", QT_TRANSLATE_NOOP("MainWindow", "switch panel")),
    ("Ctrl+O / Ctrl+S", QT_TRANSLATE_NOOP("MainWindow", "open / save a session (every panel's settings and step)")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("MainWindow", "export the current view's data as CSV")),
    ("Ctrl+Shift+E", QT_TRANSLATE_NOOP("MainWindow",
                                       "export the current view as a picture (PNG at a chosen size, or SVG)")),
    ("Ctrl+Shift+C", QT_TRANSLATE_NOOP("MainWindow",
                                       "copy a PyTorch script that reproduces the numbers (race, lr, backprop)")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("MainWindow", "quit")),
    (QT_TRANSLATE_NOOP("MainWindow", "Page Down / Page Up"),
     QT_TRANSLATE_NOOP("MainWindow", "next / previous lesson slide (what presentation clickers send)")),
    (QT_TRANSLATE_NOOP("MainWindow", "F1 or ?"), QT_TRANSLATE_NOOP("MainWindow", "this list")),
    ("F5", QT_TRANSLATE_NOOP("MainWindow", "presentation mode (everything larger; sizes in View → Presentation size)")),
    ("F11", QT_TRANSLATE_NOOP("MainWindow", "full screen")),
    ("← / →", QT_TRANSLATE_NOOP("MainWindow",
                                "step back / forward (lr effect); move the epoch cursor (schedules)")),
    ("Home / End", QT_TRANSLATE_NOOP("MainWindow", "first / last iteration")),
    ("Space", QT_TRANSLATE_NOOP("MainWindow", "play / pause")),
    ("Enter", QT_TRANSLATE_NOOP("MainWindow", "apply a typed value now")),
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
        self._painted = False

        self.session_path: str | None = None  # the file the session was last opened from or saved to
        self.lesson_path: str | None = None  # the user's lesson file (not a built-in one)
        self.language = i18n.active_language()
        self.engine_label = QLabel()
        self.statusBar().addPermanentWidget(self.engine_label)
        offer_restore = self._claim_autosave()
        self._build_ui(offer_restore)
        controller.sig_engine_ready.connect(self._show_engine_state)
        controller.sig_engine_failed.connect(self._engine_failed)
        controller.sig_job_failed.connect(lambda owner, msg: self.statusBar().showMessage(f"{owner}: {msg}", 15000))
        controller.sig_restarted.connect(self._compute_restarted)
        self._restore(panel)
        if self.settings.value("view/presentation", False) in (True, "true"):
            self.set_presentation(True)
        saved_theme = self.settings.value("view/theme", theme.DEFAULT_THEME)
        self.set_theme(saved_theme if saved_theme in theme.THEMES else theme.DEFAULT_THEME)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
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
        self.restore_bar = self._restore_bar()
        if not offer_restore:  # (hide only: showing a parentless widget opens a window)
            self.restore_bar.hide()
        self.lesson_bar = LessonBar()
        self.lesson_bar.set_language(self.language)
        self.lesson_bar.sig_slide.connect(self.show_slide)
        self.lesson_bar.sig_add_requested.connect(self.add_slide)
        self.lesson_bar.sig_save_requested.connect(self.save_lesson_dialog)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.restore_bar)
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
        self._build_ui(self.restore_bar.isVisible())
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
        index, current = list(PANELS).index(name), self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, panel, self.tr(PANELS[name].title))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        self.sig_panel_ready.emit(name)
        return panel

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
    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Open session…"), self.open_session_dialog, QKeySequence.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action(file_menu, self.tr("&Save session"), self.save_session_now, QKeySequence.Save)
        self._action(file_menu, self.tr("Save session &as…"), self.save_session_dialog, "Ctrl+Shift+S")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Export data as CSV…"), self.export_csv, "Ctrl+E")
        self._action(file_menu, self.tr("Export picture…"), self.export_picture, "Ctrl+Shift+E")
        self._action(file_menu, self.tr("Export animation…"), self.export_animation)
        self._action(file_menu, self.tr("Copy as PyTorch code"), self.copy_code, "Ctrl+Shift+C")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.Quit)
        lesson_menu = self.menuBar().addMenu(self.tr("&Lesson"))
        for path in lesson.builtin():
            title = lesson.load(path, PANELS).name(self.lesson_bar.language)
            self._action(lesson_menu, title, lambda _=False, p=str(path): self.open_lesson(p))
        self._action(lesson_menu, self.tr("Open lesson…"), self.open_lesson_dialog)
        lesson_menu.addSeparator()
        self._action(lesson_menu, self.tr("Next slide"), self.lesson_bar.next, "PgDown")
        self._action(lesson_menu, self.tr("Previous slide"), self.lesson_bar.previous, "PgUp")
        self._action(lesson_menu, self.tr("Add the current view as a slide…"), self.add_slide)
        self._action(lesson_menu, self.tr("Save lesson as…"), self.save_lesson_dialog)
        self._action(lesson_menu, self.tr("Close lesson"), self.lesson_bar.close_lesson)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for i, info in enumerate(PANELS.values()):
            self._action(view_menu, self.tr(info.title), lambda _=False, i=i: self.tabs.setCurrentIndex(i),
                         f"Ctrl+{i + 1}" if i < 9 else None)
        view_menu.addSeparator()
        self.presentation_action = self._action(view_menu, self.tr("Presentation mode"), self.set_presentation, "F5")
        self.presentation_action.setCheckable(True)
        sizes = view_menu.addMenu(self.tr("Presentation size"))
        for factor in theme.SCALES[1:]:
            self._action(sizes, f"{factor:g}×", lambda _=False, f=factor: self.set_presentation(True, f))
        self._action(view_menu, self.tr("Full screen"), self.toggle_full_screen, "F11")
        self.screens_menu = view_menu.addMenu(self.tr("Full screen on"))
        self.screens_menu.aboutToShow.connect(self._fill_screens)
        themes, group = view_menu.addMenu(self.tr("Theme")), QActionGroup(self)
        self.theme_actions = {}
        for key, look in theme.THEMES.items():
            action = self._action(themes, look.label(), lambda _=False, k=key: self.set_theme(k))
            action.setCheckable(True)
            action.setChecked(key == theme.current.key)
            group.addAction(action)
            self.theme_actions[key] = action
        languages = view_menu.addMenu(self.tr("Language"))
        for key, name in i18n.LANGUAGES.items():  # each in its own language, findable whatever is active
            action = self._action(languages, name, lambda _=False, k=key: self.set_language(k))
            action.setCheckable(True)
            action.setChecked(key == self.language)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts = self._action(help_menu, self.tr("Keyboard shortcuts"), self.show_shortcuts, "F1")
        shortcuts.setShortcuts([QKeySequence("F1"), QKeySequence("?")])
        self._action(help_menu, self.tr("&About DescentLab"), self.show_about)

    # -- sessions -----------------------------------------------------------------------------------
    def session_state(self) -> dict:
        """Every built panel's settings and step, the panel on screen and the view, as session data."""
        panels = {name: panel.state() for name, panel in self.panels.items()}
        view = {"presentation": self.presentation_action.isChecked(), "scale": theme.scale,
                "theme": theme.current.key}
        return session.new(self.current_panel_name(), panels, view)

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
        for name, state in data["panels"].items():
            self.panels[name].restore(state)
        self.open_panel(data["panel"])
        if "presentation" in view:
            self.set_presentation(bool(view["presentation"]), scale if scale > 1.0 else None)
        if "theme" in view:
            self.set_theme(look)

    def open_file(self, path: str) -> bool:
        """A session or a lesson file (as given on the command line)."""
        try:
            data = session.read_json(path)
        except session.SessionError as e:
            QMessageBox.warning(self, self.tr("Cannot open the file"), str(e))
            return False
        is_lesson = isinstance(data, dict) and data.get("format") == lesson.FORMAT
        return self.open_lesson(path) if is_lesson else self.open_session(path)

    def open_session(self, path: str, remember: bool = True) -> bool:
        """Open a session file; a file that cannot be used gets a message and changes nothing."""
        try:
            self.apply_session(session.load(path))
        except session.SessionError as e:
            QMessageBox.warning(self, self.tr("Cannot open the session"), str(e))
            return False
        if remember:
            self.session_path = path
            self._remember(path)
        self.statusBar().showMessage(self.tr("Opened {0}").format(path), 5000)
        return True

    def save_session(self, path: str) -> bool:
        try:
            session.save(path, self.session_state())
        except (OSError, ValueError) as e:
            QMessageBox.warning(self, self.tr("Cannot save the session"), str(e))
            return False
        self.session_path = path
        self._remember(path)
        self.statusBar().showMessage(self.tr("Saved {0}").format(path), 5000)
        return True

    def open_session_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open session"), "", self.tr("Sessions (*.json)"))
        if path:
            self.open_session(path)

    def save_session_now(self) -> None:
        if self.session_path:
            self.save_session(self.session_path)
        else:
            self.save_session_dialog()

    def save_session_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save session"), self.session_path or "session.json",
                                              self.tr("Sessions (*.json)"))
        if path:
            self.save_session(path)

    def recent_sessions(self) -> list[str]:
        recent = self.settings.value("sessions/recent", [])
        return [recent] if isinstance(recent, str) else list(recent or [])

    def _remember(self, path: str) -> None:
        path = str(Path(path).resolve())
        recent = [path, *(p for p in self.recent_sessions() if p != path)][:MAX_RECENT]
        self.settings.setValue("sessions/recent", recent)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_sessions():
            self._action(self.recent_menu, path, lambda _=False, p=path: self.open_session(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    # -- lessons ------------------------------------------------------------------------------------
    def open_lesson(self, path: str) -> bool:
        try:
            loaded = lesson.load(path, PANELS)
        except session.SessionError as e:
            QMessageBox.warning(self, self.tr("Cannot open the lesson"), str(e))
            return False
        self.lesson_path = path if Path(path).parent != lesson.BUILTIN_FOLDER else None
        self.lesson_bar.set_lesson(loaded)
        return True

    def open_lesson_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open lesson"), "", self.tr("Lessons (*.json)"))
        if path:
            self.open_lesson(path)

    def show_slide(self, slide: lesson.Slide) -> None:
        try:
            self.apply_session(session.new(slide.panel, {slide.panel: slide.state}))
        except session.SessionError as e:
            QMessageBox.warning(self, self.tr("Cannot show this slide"), str(e))

    def add_slide(self) -> None:
        """The current panel as it is now becomes a slide after the current one (a new lesson if none)."""
        caption, ok = QInputDialog.getText(self, self.tr("New slide"), self.tr("Caption for this slide:"))
        if not ok:
            return
        name = self.current_panel_name()
        slide = lesson.Slide(name, self.panel(name).state(), {self.lesson_bar.language: caption})
        if self.lesson_bar.lesson is None:
            self.lesson_path = None
            self.lesson_bar.lesson = lesson.Lesson({"en": "My lesson", "zh_CN": "我的课"}, [])
            self.lesson_bar.show()
        self.lesson_bar.insert(slide)

    def save_lesson_dialog(self) -> None:
        if self.lesson_bar.lesson is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save lesson"), self.lesson_path or "lesson.json",
                                              self.tr("Lessons (*.json)"))
        if path:
            try:
                lesson.save(path, self.lesson_bar.lesson)
            except (OSError, ValueError) as e:
                QMessageBox.warning(self, self.tr("Cannot save the lesson"), str(e))
                return
            self.lesson_path = path
            self.statusBar().showMessage(self.tr("Saved {0}").format(path), 5000)

    # -- autosave and crash recovery -------------------------------------------------------------------
    def _claim_autosave(self) -> bool:
        """Pick this window's autosave file (beside the settings; removed on a normal close, so finding it
        at start means a crash) and say whether to offer it back. A lock file tells a crashed run (its lock
        is stale) from another DescentLab still running, which keeps its autosave to itself."""
        if sys.platform == "win32" and self.settings.format() == QSettings.NativeFormat:  # the registry
            folder = Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation))
        else:
            folder = Path(self.settings.fileName()).parent
        folder.mkdir(parents=True, exist_ok=True)
        self.autosave_lock = QLockFile(str(folder / "autosave.lock"))
        first = self.autosave_lock.tryLock(0)
        name = "autosave.descentlab.json" if first else f"autosave-{os.getpid()}.descentlab.json"
        self._autosave_path = folder / name
        return first and self._autosave_path.exists()

    def autosave_path(self) -> Path:
        return self._autosave_path

    def autosave(self) -> None:
        if not self.panels or self.restore_bar.isVisible():  # keep the crash's session until answered
            return
        try:
            session.save(self.autosave_path(), self.session_state())
        except (OSError, ValueError) as e:  # not worth interrupting a lesson for; say it quietly
            self.statusBar().showMessage(self.tr("Autosave failed: {0}").format(e), 5000)

    def _restore_bar(self) -> QWidget:
        bar = QWidget()
        theme.notice(bar)
        row = QHBoxLayout(bar)
        self.restore_label = QLabel(self.tr("DescentLab did not close normally last time. Restore the session "
                                            "it saved automatically?"))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.discard_button = QPushButton(self.tr("Discard"))
        row.addWidget(self.restore_label, 1)
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)
        self.restore_button.clicked.connect(self.restore_autosave)
        self.discard_button.clicked.connect(self.discard_autosave)
        return bar

    def restore_autosave(self) -> None:
        self.restore_bar.hide()
        self.open_session(str(self.autosave_path()), remember=False)  # Ctrl+S then asks where to keep it

    def discard_autosave(self) -> None:
        self.restore_bar.hide()
        self.autosave_path().unlink(missing_ok=True)

    def set_presentation(self, on: bool, factor: float | None = None) -> None:
        """Projector mode: everything (fonts, axes, lines, markers, the diagram) ``factor`` times larger."""
        factor = factor or float(self.settings.value("view/presentation_scale", theme.PRESENTATION_SCALE))
        self.presentation_action.setChecked(on)
        theme.set_scale(QApplication.instance(), factor if on else 1.0)
        if on:
            self.settings.setValue("view/presentation_scale", factor)
        self.statusBar().showMessage(self.tr("Presentation mode {0:g}×").format(factor) if on
                                     else self.tr("Normal size"), 3000)

    def set_theme(self, key: str) -> None:
        """Light, high contrast (for projectors) or dark: the window, every plot and picture, now."""
        theme.set_theme(QApplication.instance(), key)
        self.settings.setValue("view/theme", key)
        self.theme_actions[key].setChecked(True)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.full_screen_on(self.settings.value("view/screen", ""))

    def full_screen_on(self, name: str) -> None:
        """Full screen on the named screen (the projector), remembered for F11; this one if it is gone."""
        screen = next((s for s in QGuiApplication.screens() if s.name() == name), self.screen())
        self.settings.setValue("view/screen", screen.name())
        if self.isFullScreen():
            self.showNormal()
        self.move(screen.geometry().topLeft())
        self.showFullScreen()

    def _fill_screens(self) -> None:
        self.screens_menu.clear()
        chosen = self.settings.value("view/screen", self.screen().name())
        for screen in QGuiApplication.screens():
            name, size = screen.name(), screen.geometry()
            action = self._action(self.screens_menu, f"{name} · {size.width()}×{size.height()}",
                                  lambda _=False, n=name: self.full_screen_on(n))
            action.setCheckable(True)
            action.setChecked(name == chosen)

    def export_csv(self) -> None:
        panel = self.current_panel()
        if panel is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export CSV"), f"{panel.export_name()}.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            try:
                with open(path, "w", newline="", encoding="utf-8") as f:
                    panel.write_csv(f)
            except (OSError, ValueError) as e:
                QMessageBox.warning(self, self.tr("Export failed"), str(e))
                return
            self.statusBar().showMessage(self.tr("Saved {0}").format(path), 5000)

    def copy_code(self) -> None:
        """A short torch script that reproduces the current panel's numbers, to the clipboard."""
        panel = self.current_panel()
        text = panel.pytorch_code() if panel is not None else None
        if not text:
            self.statusBar().showMessage(self.tr("This panel has no PyTorch script (yet)"), 5000)
            return
        QApplication.clipboard().setText(text)
        self.statusBar().showMessage(self.tr("PyTorch code copied: run it with python to get the same numbers"),
                                     5000)

    def export_picture(self) -> None:
        """The current view as PNG at a chosen size, or as SVG."""
        from .export import PictureDialog, write_picture

        panel = self.current_panel()
        if panel is None:
            return
        view = panel.current_view()
        dialog = PictureDialog(view.size(), self)
        if dialog.exec() != QDialog.Accepted:
            return
        fmt, size = dialog.choice()
        filters = {"png": self.tr("PNG images (*.png)"), "svg": self.tr("SVG drawings (*.svg)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export picture"), f"{panel.export_name()}.{fmt}",
                                              filters[fmt])
        if not path:
            return
        try:
            written = write_picture(view, path, fmt, size)
        except (OSError, ValueError) as e:
            QMessageBox.warning(self, self.tr("Export failed"), self.tr("Could not write {0}: {1}").format(path, e))
            return
        self.statusBar().showMessage(self.tr("Saved {0} ({1}×{2})").format(path, written.width(), written.height()),
                                     5000)

    def export_animation(self) -> None:
        """The current panel's playback (race, backprop) as GIF or MP4, one frame per step (subsampled)."""
        from .animation import FORMATS, VIDEO_EXTRA, AnimationDialog, missing_modules

        panel = self.current_panel()
        playback = panel.playback if panel is not None else None
        if playback is None:
            self.statusBar().showMessage(self.tr("This panel has nothing to animate (the race and backprop panels "
                                                 "do)"), 5000)
            return
        if all(missing_modules(fmt) for fmt in FORMATS):
            QMessageBox.information(
                self, self.tr("Animations need an optional package"),
                self.tr("Exporting animations needs imageio, imageio-ffmpeg and Pillow, which are not installed. "
                        "Install them with:\n\n{0}").format(VIDEO_EXTRA))
            return
        if panel.busy() or playback.maximum == 0:
            self.statusBar().showMessage(self.tr("Nothing to animate yet: wait until the computation is done"), 5000)
            return
        view = panel.current_view()
        dialog = AnimationDialog(view.size(), playback.maximum + 1, self)
        if dialog.exec() != QDialog.Accepted:
            return
        fmt, fps, max_frames, size = dialog.choice()
        filters = {"gif": self.tr("GIF animations (*.gif)"), "mp4": self.tr("MP4 videos (*.mp4)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export animation"), f"{panel.export_name()}.{fmt}",
                                              filters[fmt])
        if path:
            self.start_animation_export(path, fmt, fps, size, max_frames)

    def start_animation_export(self, path: str, fmt: str, fps: int, size: tuple[int, int] | None = None,
                               max_frames: int = 300):
        """Write the animation with a progress dialog (Cancel leaves no file); returns the running export."""
        from PySide6.QtWidgets import QProgressDialog

        from .animation import AnimationExport

        panel = self.current_panel()
        job = AnimationExport(panel.current_view(), panel.playback, path, fmt, fps, size, max_frames, self)
        progress = QProgressDialog(self.tr("Writing {0} frames to {1}…").format(job.total, path), self.tr("Cancel"),
                                   0, job.total, self)
        progress.setWindowTitle(self.tr("Export animation"))
        progress.setWindowModality(Qt.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(job.cancel)
        job.sig_progress.connect(progress.setValue)
        job.sig_finished.connect(lambda state, message: self._animation_finished(job, progress, state, message))
        self.animation_export = job
        progress.show()
        job.start()
        return job

    def _animation_finished(self, job, progress, state: str, message: str) -> None:
        progress.canceled.disconnect(job.cancel)
        progress.close()
        progress.deleteLater()
        if state == "done":
            self.statusBar().showMessage(self.tr("Saved {0} ({1} frames)").format(job.path, job.total), 5000)
        elif state == "cancelled":
            self.statusBar().showMessage(self.tr("Animation export cancelled; nothing was written"), 5000)
        else:
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("Could not write {0}: {1}").format(job.path, message))

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
        if not self.restore_bar.isVisible():  # a crash's autosave the user has not answered about stays
            self.autosave_path().unlink(missing_ok=True)
        self.autosave_lock.unlock()
        super().closeEvent(event)
