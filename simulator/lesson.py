"""Lessons: an ordered list of slides, each a panel with its settings, a step and a caption. Qt-free.

A lesson file is JSON::

    {"format": "descentlab-lesson", "version": 1,
     "title": {"en": "...", "zh_CN": "..."},
     "slides": [{"panel": "backprop", "state": {"iteration": 0, "step": 12},
                 "caption": {"en": "...", "zh_CN": "..."}}]}

A slide's ``state`` uses the same settings as that panel's part of a session file; settings a slide
leaves out keep whatever the panel shows. Showing a slide is opening a one-panel session, so a
lesson is checked by the same rules and nothing in it is executed.

A slide may ask a question, judged on the spot — a value (right when the answer rounds to what was typed,
typed with at least ``digits`` significant digits) or one of a few choices::

    "question": {"prompt": {"en": "out_h1 = ?"}, "answer": 0.593269992, "digits": 4,
                 "explain": {"en": "σ(0.3775)"}}
    "question": {"prompt": {"en": "Which is Adam's?"}, "choices": [{"en": "0.9711"}, {"en": "0.9800"}],
                 "correct": 1}
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path

from .resources import LESSONS
from .session import SessionError, check_values, read_json, write_atomic

FORMAT = "descentlab-lesson"
VERSION = 1
BUILTIN_FOLDER = LESSONS


MAX_CHOICES, MAX_ANSWER_TEXT = 8, 40


def in_language(texts: dict[str, str], language: str) -> str:
    return texts.get(language) or texts.get("en") or next(iter(texts.values()), "")


@dataclass
class Question:
    prompt: dict[str, str]
    answer: float | None = None  # a value to type
    digits: int = 3  # significant digits the value must be typed with, at least
    choices: list = field(default_factory=list)  # or texts by language to choose from
    correct: int | None = None  # the right choice (0-based)
    explain: dict[str, str] = field(default_factory=dict)  # shown once answered

    def judge(self, given: str) -> bool | None:
        """Right or wrong; None when ``given`` cannot be judged (not a number, or fewer digits than asked)."""
        if self.choices:
            return int(given) == self.correct if given.isdigit() else None
        from .engine.check import typed

        try:
            value = typed(given)
        except ValueError:
            return None
        mantissa = given.strip().lstrip("+-−").lower().split("e")[0].replace(".", "").lstrip("0")
        return value.matches(self.answer) if len(mantissa) >= self.digits else None

    def to_data(self) -> dict:
        data: dict = {"prompt": self.prompt}
        if self.choices:
            data.update(choices=self.choices, correct=self.correct)
        else:
            data.update(answer=self.answer, digits=self.digits)
        return data | ({"explain": self.explain} if self.explain else {})


@dataclass
class Slide:
    panel: str
    state: dict
    caption: dict[str, str]
    question: Question | None = None

    def text(self, language: str) -> str:
        return in_language(self.caption, language)


@dataclass
class Lesson:
    title: dict[str, str]
    slides: list[Slide] = field(default_factory=list)

    def name(self, language: str) -> str:
        return self.title.get(language) or self.title.get("en", "")


def builtin() -> list[Path]:
    """The lessons shipped with DescentLab."""
    return sorted(BUILTIN_FOLDER.glob("*.json"))


def load(path: str | os.PathLike, panels) -> Lesson:
    """Read and check a lesson; ``panels`` are the valid panel names."""
    return parse(read_json(path), panels, Path(path).name)


def parse(data, panels, name: str = "lesson") -> Lesson:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SessionError(f"{name} is not a DescentLab lesson (no \"format\": \"{FORMAT}\")")
    if data.get("version") != VERSION:
        raise SessionError(f"{name}: lesson version {data.get('version')!r} is not one this DescentLab reads "
                           f"({VERSION})")
    title = _texts(data.get("title", {}), f"{name}: title")
    slides = data.get("slides")
    if not isinstance(slides, list) or not slides:
        raise SessionError(f"{name}: \"slides\" must be a list with at least one slide")
    result = []
    for i, s in enumerate(slides, 1):
        where = f"{name}: slide {i}"
        if not isinstance(s, dict) or set(s) - {"panel", "state", "caption", "question"}:
            raise SessionError(f"{where}: expected \"panel\", \"state\", \"caption\" (and a \"question\")")
        if s.get("panel") not in panels:
            raise SessionError(f"{where}: unknown panel {s.get('panel')!r}; valid panels: {', '.join(panels)}")
        state = s.get("state", {})
        if not isinstance(state, dict):
            raise SessionError(f"{where}: \"state\" must be an object")
        check_values(state, f"{where}.state")
        question = _question(s["question"], f"{where}: question") if "question" in s else None
        result.append(Slide(s["panel"], state, _texts(s.get("caption", {}), f"{where}: caption"), question))
    return Lesson(title, result)


def _question(data, where: str) -> Question:
    if not isinstance(data, dict) or set(data) - {"prompt", "answer", "digits", "choices", "correct", "explain"} \
            or ("answer" in data) == ("choices" in data):
        raise SessionError(f"{where}: a \"prompt\" and either an \"answer\" (a number, with \"digits\") or "
                           f"\"choices\" with the \"correct\" one's index (and an optional \"explain\")")
    prompt, explain = _texts(data.get("prompt", {}), f"{where}.prompt"), _texts(data.get("explain", {}), where)
    if "answer" in data:
        answer, digits = data["answer"], data.get("digits", 3)
        if isinstance(answer, bool) or not isinstance(answer, int | float) or not math.isfinite(answer) or \
                abs(answer) > 1e15:
            raise SessionError(f"{where}.answer: a finite number")
        if isinstance(digits, bool) or not isinstance(digits, int) or not 1 <= digits <= 9:
            raise SessionError(f"{where}.digits: a whole number from 1 to 9")
        return Question(prompt, float(answer), digits, explain=explain)
    choices, correct = data["choices"], data.get("correct")
    if not isinstance(choices, list) or not 2 <= len(choices) <= MAX_CHOICES:
        raise SessionError(f"{where}.choices: from 2 to {MAX_CHOICES} texts by language")
    choices = [_texts(c, f"{where}.choices[{k}]") for k, c in enumerate(choices)]
    if isinstance(correct, bool) or not isinstance(correct, int) or not 0 <= correct < len(choices):
        raise SessionError(f"{where}.correct: the index of the right choice, from 0 to {len(choices) - 1}")
    return Question(prompt, choices=choices, correct=correct, explain=explain)


def _texts(value, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise SessionError(f"{where}: expected texts by language, e.g. {{\"en\": \"…\", \"zh_CN\": \"…\"}}")
    return dict(value)


def to_data(lesson: Lesson) -> dict:
    return {"format": FORMAT, "version": VERSION, "title": lesson.title,
            "slides": [{"panel": s.panel, "state": s.state, "caption": s.caption}
                       | ({"question": s.question.to_data()} if s.question else {}) for s in lesson.slides]}


def save(path: str | os.PathLike, lesson: Lesson) -> None:
    data = to_data(lesson)
    check_values(data, "lesson")
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False))
