"""The lesson bar: the current slide's caption with previous / next (PageUp / PageDown, as clickers send),
and the slide's question when it has one — a value to type or a choice — judged on the spot, with the
tally of the lesson's questions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...lesson import Lesson, Question, Slide, in_language
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
        self.answers: dict[int, str] = {}  # slide index -> the answer given (a choice as its index)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        theme.emphasis(self.prompt, 2, bold=True)
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("your answer"))
        self.value.setMaximumWidth(220)
        self.choices = QButtonGroup(self)
        self.choice_row = QHBoxLayout()
        self.answer_button = QPushButton(self.tr("Answer"))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.tally = QLabel()
        theme.colored(self.tally, "muted")
        self.question_box = QWidget()
        question = QHBoxLayout(self.question_box)
        question.setContentsMargins(0, 0, 0, 0)
        question.addWidget(self.prompt)
        question.addWidget(self.value)
        question.addLayout(self.choice_row)
        question.addWidget(self.answer_button)
        question.addWidget(self.verdict, 1)
        question.addWidget(self.tally)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 4)
        row = QHBoxLayout()
        column.addLayout(row)
        column.addWidget(self.question_box)
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
        self.answer_button.clicked.connect(self.answer)
        self.value.returnPressed.connect(self.answer)
        self.hide()

    def set_lesson(self, lesson: Lesson, index: int = 0, answers: dict[int, str] | None = None) -> None:
        self.lesson = lesson
        self.answers = dict(answers or {})
        self.show()
        self.go(index)

    def resume(self, lesson: Lesson, index: int, answers: dict[int, str]) -> None:
        """Back at slide ``index`` with these answers, the panels left as they are (a session restored)."""
        self.lesson, self.answers = lesson, dict(answers)
        self.index = min(max(0, index), len(lesson.slides) - 1)
        self.show()
        self._show_caption()

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
        self._show_question()

    # -- questions ------------------------------------------------------------------------------------------
    def _question(self) -> Question | None:
        return None if self.lesson is None else self.lesson.slides[self.index].question

    def _show_question(self) -> None:
        q = self._question()
        self.question_box.setVisible(q is not None)
        if q is None:
            return
        self.prompt.setText(in_language(q.prompt, self.language))
        for button in self.choices.buttons():
            self.choices.removeButton(button)
            button.deleteLater()
        for k, choice in enumerate(q.choices):
            button = QRadioButton(in_language(choice, self.language))
            self.choices.addButton(button, k)
            self.choice_row.addWidget(button)
        self.value.setVisible(not q.choices)
        given = self.answers.get(self.index, "")
        if q.choices and given.isdigit() and self.choices.button(int(given)):
            self.choices.button(int(given)).setChecked(True)
        self.value.setText("" if q.choices else given)
        self._show_verdict()

    def answer(self) -> None:
        q = self._question()
        if q is None:
            return
        given = str(self.choices.checkedId()) if q.choices else self.value.text().strip()
        if given in ("", "-1"):
            return
        self.answers[self.index] = given  # (kept with the session: Lessons.state)
        self._show_verdict()

    def _show_verdict(self) -> None:
        q, given = self._question(), self.answers.get(self.index)
        if given is None:
            self.verdict.clear()
        else:
            right = q.judge(given)
            if right is None:
                text, role = (self.tr("choose one") if q.choices else
                              self.tr("type a number with at least {0} significant digits").format(q.digits)), "error"
            else:
                text = self.tr("✓ right") if right else self.tr("✗ not quite")
                role = "good" if right else "error"
                if q.explain:
                    text += " — " + in_language(q.explain, self.language)
            self.verdict.setText(text)
            theme.colored(self.verdict, role)
        self.tally.setText(self.tr("{0} of {1} questions right").format(*self.score()))

    def score(self) -> tuple[int, int]:
        """Questions answered right, and questions in the lesson."""
        slides = self.lesson.slides if self.lesson is not None else []
        right = sum(1 for k, s in enumerate(slides) if s.question and k in self.answers
                    and s.question.judge(self.answers[k]))
        return right, sum(1 for s in slides if s.question)
