"""The window's lessons: a sequence of slides, each a panel with its settings and a caption."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ... import lesson, session
from ...languages import NEW_LESSON_TITLE
from ..panels import PANELS


class Lessons(QObject):
    """Lessons: open one (built in or a file), show its slides, add the current view as a slide, save."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.lesson_path: str | None = None  # the user's lesson file (not a built-in one)

    def open_lesson(self, path: str) -> bool:
        try:
            loaded = lesson.load(path, PANELS)
        except session.SessionError as e:
            QMessageBox.warning(self.window, self.tr("Cannot open the lesson"), str(e))
            return False
        self.lesson_path = path if Path(path).parent != lesson.BUILTIN_FOLDER else None
        self.window.lesson_bar.set_lesson(loaded)
        return True

    def open_lesson_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open lesson"), "", self.tr("Lessons (*.json)"))
        if path:
            self.open_lesson(path)

    def show_slide(self, slide: lesson.Slide) -> None:
        try:
            self.window.apply_session(session.new(slide.panel, {slide.panel: slide.state}))
        except session.SessionError as e:
            QMessageBox.warning(self.window, self.tr("Cannot show this slide"), str(e))

    def add_slide(self) -> None:
        """The current panel as it is now becomes a slide after the current one (a new lesson if none)."""
        caption, ok = QInputDialog.getText(self.window, self.tr("New slide"), self.tr("Caption for this slide:"))
        if not ok:
            return
        name = self.window.current_panel_name()
        slide = lesson.Slide(name, self.window.panel(name).state(), {self.window.lesson_bar.language: caption})
        if self.window.lesson_bar.lesson is None:
            self.lesson_path = None
            self.window.lesson_bar.lesson = lesson.Lesson(dict(NEW_LESSON_TITLE), [])
            self.window.lesson_bar.show()
        self.window.lesson_bar.insert(slide)

    def save_lesson_dialog(self) -> None:
        if self.window.lesson_bar.lesson is None:
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save lesson"), self.lesson_path or "lesson.json",
                                              self.tr("Lessons (*.json)"))
        if path:
            try:
                lesson.save(path, self.window.lesson_bar.lesson)
            except (OSError, ValueError) as e:
                QMessageBox.warning(self.window, self.tr("Cannot save the lesson"), str(e))
                return
            self.lesson_path = path
            self.window.statusBar().showMessage(self.tr("Saved {0}").format(path), 5000)
