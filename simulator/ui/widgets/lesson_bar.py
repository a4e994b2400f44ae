"""The lesson bar: the current slide's caption with previous / next (PageUp / PageDown, as clickers send)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ...lesson import Lesson, Slide
from .. import theme


class LessonBar(QWidget):
    sig_slide = Signal(object)  # the Slide to show
    sig_add_requested = Signal()
    sig_save_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.lesson: Lesson | None = None
        self.index = 0
        self.language = "en"
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setToolTip(self.tr("Previous slide (Page Up)"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Next slide (Page Down)"))
        self.counter = QLabel()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextSelectableByMouse)
        theme.emphasis(self.caption, 3)
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("+ Slide"))
        self.add_button.setToolTip(self.tr("Add what the window shows now as a slide after this one"))
        self.save_button = QToolButton()
        self.save_button.setText(self.tr("Save lesson…"))
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close the lesson"))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.previous_button)
        row.addWidget(self.counter)
        row.addWidget(self.caption, 1)
        for w in (self.next_button, self.add_button, self.save_button, self.close_button):
            row.addWidget(w)
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.add_button.clicked.connect(self.sig_add_requested)
        self.save_button.clicked.connect(self.sig_save_requested)
        self.close_button.clicked.connect(self.close_lesson)
        self.hide()

    def set_lesson(self, lesson: Lesson, index: int = 0) -> None:
        self.lesson = lesson
        self.show()
        self.go(index)

    def close_lesson(self) -> None:
        self.lesson = None
        self.hide()

    def go(self, index: int) -> None:
        if self.lesson is None or not self.lesson.slides:
            return
        self.index = min(max(0, index), len(self.lesson.slides) - 1)
        self._show_caption()
        self.sig_slide.emit(self.lesson.slides[self.index])

    def next(self) -> None:
        if self.lesson is not None and self.index < len(self.lesson.slides) - 1:
            self.go(self.index + 1)

    def previous(self) -> None:
        if self.index > 0:
            self.go(self.index - 1)

    def insert(self, slide: Slide) -> None:
        """A new slide right after the current one, which it becomes."""
        self.lesson.slides.insert(self.index + 1 if self.lesson.slides else 0, slide)
        self.index = self.lesson.slides.index(slide)
        self._show_caption()

    def set_language(self, language: str) -> None:
        self.language = language
        self._show_caption()

    def _show_caption(self) -> None:
        if self.lesson is None:
            return
        slides = self.lesson.slides
        self.counter.setText(f"{self.index + 1} / {len(slides)}")
        self.caption.setText(slides[self.index].text(self.language))
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(slides) - 1)
