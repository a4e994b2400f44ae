"""The window's sessions: every panel's settings in a file, the recent files, autosave and crash recovery."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ... import session
from .. import theme

MAX_RECENT = 8


class Sessions(QObject):
    """Sessions: open, save, the recent list; autosave and the offer to restore after a crash."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.session_path: str | None = None  # the file the session was last opened from or saved to
        self.offer_restore = self._claim_autosave()

    def open_session(self, path: str, remember: bool = True) -> bool:
        """Open a session file; a file that cannot be used gets a message and changes nothing."""
        try:
            self.window.apply_session(session.load(path))
        except session.SessionError as e:
            QMessageBox.warning(self.window, self.tr("Cannot open the session"), str(e))
            return False
        if remember:
            self.session_path = path
            self._remember(path)
        self.window.statusBar().showMessage(self.tr("Opened {0}").format(path), 5000)
        return True

    def save_session(self, path: str) -> bool:
        try:
            session.save(path, self.window.session_state())
        except (OSError, ValueError) as e:
            QMessageBox.warning(self.window, self.tr("Cannot save the session"), str(e))
            return False
        self.session_path = path
        self._remember(path)
        self.window.statusBar().showMessage(self.tr("Saved {0}").format(path), 5000)
        return True

    def open_session_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open session"), "", self.tr("Sessions (*.json)"))
        if path:
            self.open_session(path)

    def save_session_now(self) -> None:
        if self.session_path:
            self.save_session(self.session_path)
        else:
            self.save_session_dialog()

    def save_session_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save session"), self.session_path or "session.json",
                                              self.tr("Sessions (*.json)"))
        if path:
            self.save_session(path)

    def recent_sessions(self) -> list[str]:
        recent = self.window.settings.value("sessions/recent", [])
        return [recent] if isinstance(recent, str) else list(recent or [])

    def _remember(self, path: str) -> None:
        path = str(Path(path).resolve())
        recent = [path, *(p for p in self.recent_sessions() if p != path)][:MAX_RECENT]
        self.window.settings.setValue("sessions/recent", recent)

    def _fill_recent(self) -> None:
        self.window.recent_menu.clear()
        for path in self.recent_sessions():
            self.window.add_action(self.window.recent_menu, path, lambda _=False, p=path: self.open_session(p))
        if self.window.recent_menu.isEmpty():
            self.window.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def _claim_autosave(self) -> bool:
        """Pick this window's autosave file (beside the settings; removed on a normal close, so finding it
        at start means a crash) and say whether to offer it back. A lock file tells a crashed run (its lock
        is stale) from another DescentLab still running, which keeps its autosave to itself."""
        if sys.platform == "win32" and self.window.settings.format() == QSettings.NativeFormat:  # the registry
            folder = Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation))
        else:
            folder = Path(self.window.settings.fileName()).parent
        folder.mkdir(parents=True, exist_ok=True)
        self.autosave_lock = QLockFile(str(folder / "autosave.lock"))
        first = self.autosave_lock.tryLock(0)
        name = "autosave.descentlab.json" if first else f"autosave-{os.getpid()}.descentlab.json"
        self._autosave_path = folder / name
        return first and self._autosave_path.exists()

    def autosave_path(self) -> Path:
        return self._autosave_path

    def autosave(self) -> None:
        if not self.window.panels or self.restore_bar.isVisible():  # keep the crash's session until answered
            return
        try:
            session.save(self.autosave_path(), self.window.session_state())
        except (OSError, ValueError) as e:  # not worth interrupting a lesson for; say it quietly
            self.window.statusBar().showMessage(self.tr("Autosave failed: {0}").format(e), 5000)

    def build_restore_bar(self, offer: bool) -> QWidget:
        """The bar offering the crash's autosave back (in the current language), hidden unless ``offer``."""
        self.restore_bar = bar = QWidget()
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
        if not offer:  # (hide only: showing a parentless widget opens a window)
            bar.hide()
        return bar

    def restore_autosave(self) -> None:
        self.restore_bar.hide()
        self.open_session(str(self.autosave_path()), remember=False)  # Ctrl+S then asks where to keep it

    def discard_autosave(self) -> None:
        self.restore_bar.hide()
        self.autosave_path().unlink(missing_ok=True)
