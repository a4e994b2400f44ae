"""The window's lessons: a sequence of slides, each a panel with its settings and a caption."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ... import lesson, session
from ...languages import NEW_LESSON_TITLE
from ..panels import PANELS

BUILTIN = "builtin:"  # a built-in lesson, named so in a session whatever folder it is installed in


class Lessons(QObject):
    """Lessons: open one (built in or a file), show its slides, add the current view as a slide, save."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.lesson_path: str | None = None  # the user's lesson file (not a built-in one)
        self.source: str | None = None  # what a session names the open lesson by ("builtin:NAME" or a path)

    def open_lesson(self, path: str) -> bool:
        try:
            loaded = lesson.load(path, PANELS)
        except session.SessionError as e:
            QMessageBox.warning(self.window, self.tr("Cannot open the lesson"), str(e))
            return False
        builtin = Path(path).parent == lesson.BUILTIN_FOLDER
        self.lesson_path = None if builtin else path
        self.source = f"{BUILTIN}{Path(path).name}" if builtin else str(path)
        self.window.lesson_bar.set_lesson(loaded)
        return True

    # -- in a session: which lesson, at which slide, with the answers given ----------------------------------
    def state(self) -> dict | None:
        bar = self.window.lesson_bar
        if bar.lesson is None or self.source is None:
            return None
        return {"file": self.source, "slide": bar.index, "answers": {str(k): v for k, v in bar.answers.items()}}

    def load_state(self, state) -> tuple:
        """The lesson a session names, checked (SessionError otherwise) but not shown yet."""
        if not isinstance(state, dict) or not isinstance(state.get("file"), str) or \
                isinstance(state.get("slide", 0), bool) or not isinstance(state.get("slide", 0), int):
            raise session.SessionError("lesson: {\"file\": its path, \"slide\": a number, \"answers\": {…}}")
        answers = state.get("answers", {})
        if not isinstance(answers, dict) or len(answers) > 1000 or not all(
                isinstance(k, str) and k.isdigit() and isinstance(v, str) and len(v) <= lesson.MAX_ANSWER_TEXT
                for k, v in answers.items()):
            raise session.SessionError(f"lesson.answers: slide numbers with the answers given (at most "
                                       f"{lesson.MAX_ANSWER_TEXT} characters each)")
        source = state["file"]
        path = lesson.BUILTIN_FOLDER / source[len(BUILTIN):] if source.startswith(BUILTIN) else Path(source)
        return source, lesson.load(path, PANELS), state.get("slide", 0), {int(k): v for k, v in answers.items()}

    def resume(self, source: str, loaded, slide: int, answers: dict) -> None:
        self.source = source
        self.lesson_path = None if source.startswith(BUILTIN) else source
        self.window.lesson_bar.resume(loaded, slide, answers)

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
            self.lesson_path = self.source = None  # a new lesson, in no file yet (a session does not name it)
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
            self.lesson_path = self.source = path
            self.window.statusBar().showMessage(self.tr("Saved {0}").format(path), 5000)
