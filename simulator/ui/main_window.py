"""The main window: one tab per panel, menus, status bar with the engine indicator, settings.

The window paints first; panels (which import pyqtgraph) are built right after the first frame, and
torch loads on the compute thread meanwhile.
"""

from __future__ import annotations

import platform
import sys

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from .. import __version__
from . import theme
from .controller import Controller
from .panels import PANELS, panel_class

MIN_RESTORED_SIZE = (640, 400)  # a saved window smaller than this is not worth restoring
SHORTCUTS = (
    ("Ctrl+1 … Ctrl+9", "switch panel"),
    ("Ctrl+E", "export the current view's data as CSV"),
    ("Ctrl+Shift+E", "export the current view as a picture (PNG at a chosen size, or SVG)"),
    ("Ctrl+Shift+C", "copy a PyTorch script that reproduces the numbers (race, lr, backprop)"),
    ("Ctrl+Q", "quit"),
    ("F1 or ?", "this list"),
    ("F5", "presentation mode (everything larger; sizes in View → Presentation size)"),
    ("F11", "full screen"),
    ("← / →", "step back / forward (lr effect); move the epoch cursor (schedules)"),
    ("Home / End", "first / last iteration"),
    ("Space", "play / pause"),
    ("Enter", "apply a typed value now"),
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

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for info in PANELS.values():
            placeholder = QLabel(self.tr("Loading {0}…").format(self.tr(info.title)))
            placeholder.setAlignment(Qt.AlignCenter)
            self.tabs.addTab(placeholder, self.tr(info.title))
        self.setCentralWidget(self.tabs)

        self.engine_label = QLabel(self.tr("⏳ engine loading…"))
        self.engine_label.setToolTip(self.tr("torch loads on the compute thread; the window stays usable"))
        self.statusBar().addPermanentWidget(self.engine_label)
        controller.sig_engine_ready.connect(self._engine_ready)
        controller.sig_engine_failed.connect(self._engine_failed)
        if controller.engine_ready:  # the controller may have started before this window existed
            self._engine_ready(controller.torch_version)
        controller.sig_job_failed.connect(lambda owner, msg: self.statusBar().showMessage(f"{owner}: {msg}", 15000))

        self._build_menus()
        self._restore(panel)
        if self.settings.value("view/presentation", False) in (True, "true"):
            self.set_presentation(True)
        self.tabs.currentChanged.connect(lambda _: self._build_current_panel())

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
        name = self.current_panel_name()
        if name in self.panels or not self._painted:
            return
        panel = panel_class(name)(self.controller)
        self.panels[name] = panel
        index = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, panel, self.tr(PANELS[name].title))
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        self.sig_panel_ready.emit(name)

    def open_panel(self, name: str) -> QWidget:
        """Switch to a panel (building it if needed) and return it, e.g. for links between panels."""
        self.tabs.setCurrentIndex(list(PANELS).index(name))
        self._build_current_panel()
        return self.panels[name]

    def current_panel(self) -> QWidget | None:
        return self.panels.get(self.current_panel_name())

    # -- engine indicator ---------------------------------------------------------------------------
    def _engine_ready(self, version: str) -> None:
        self.engine_label.setText(self.tr("engine ready · torch {0}").format(version))

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
        self._action(file_menu, self.tr("Export data as CSV…"), self.export_csv, "Ctrl+E")
        self._action(file_menu, self.tr("Export picture…"), self.export_picture, "Ctrl+Shift+E")
        self._action(file_menu, self.tr("Export animation…"), self.export_animation)
        self._action(file_menu, self.tr("Copy as PyTorch code"), self.copy_code, "Ctrl+Shift+C")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.Quit)
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
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts = self._action(help_menu, self.tr("Keyboard shortcuts"), self.show_shortcuts, "F1")
        shortcuts.setShortcuts([QKeySequence("F1"), QKeySequence("?")])
        self._action(help_menu, self.tr("&About DescentLab"), self.show_about)

    def set_presentation(self, on: bool, factor: float | None = None) -> None:
        """Projector mode: everything (fonts, axes, lines, markers, the diagram) ``factor`` times larger."""
        factor = factor or float(self.settings.value("view/presentation_scale", theme.PRESENTATION_SCALE))
        self.presentation_action.setChecked(on)
        theme.set_scale(QApplication.instance(), factor if on else 1.0)
        if on:
            self.settings.setValue("view/presentation_scale", factor)
        self.statusBar().showMessage(self.tr("Presentation mode {0:g}×").format(factor) if on
                                     else self.tr("Normal size"), 3000)

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

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
        code = getattr(panel, "pytorch_code", None)
        text = code() if code is not None else None
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
        playback = getattr(panel, "playback", None)
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
        if self.controller.busy(self.current_panel_name()) or playback.maximum == 0:
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
        rows = "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;&nbsp;{self.tr(v)}</td></tr>" for k, v in SHORTCUTS)
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table>{rows}</table>")

    def versions_text(self) -> str:
        import pyqtgraph
        import PySide6
        from PySide6.QtCore import qVersion

        torch = self.controller.torch_version or self.tr("loading…")
        return (
            f"DescentLab {__version__}<br>torch {torch}<br>Qt {qVersion()} · PySide6 {PySide6.__version__}"
            f"<br>pyqtgraph {pyqtgraph.__version__}<br>Python {platform.python_version()} on {sys.platform}"
        )

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
        super().closeEvent(event)
