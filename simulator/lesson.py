"""Lessons: an ordered list of slides, each a panel with its settings, a step and a caption. Qt-free.

A lesson file is JSON::

    {"format": "descentlab-lesson", "version": 1,
     "title": {"en": "...", "zh_CN": "..."},
     "slides": [{"panel": "backprop", "state": {"iteration": 0, "step": 12},
                 "caption": {"en": "...", "zh_CN": "..."}}]}

A slide's ``state`` uses the same settings as that panel's part of a session file; settings a slide
leaves out keep whatever the panel shows. Showing a slide is opening a one-panel session, so a
lesson is checked by the same rules and nothing in it is executed.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from .resources import LESSONS
from .session import SessionError, check_values, read_json, write_atomic

FORMAT = "descentlab-lesson"
VERSION = 1
BUILTIN_FOLDER = LESSONS


@dataclass
class Slide:
    panel: str
    state: dict
    caption: dict[str, str]

    def text(self, language: str) -> str:
        return self.caption.get(language) or self.caption.get("en") or next(iter(self.caption.values()), "")


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
        if not isinstance(s, dict) or set(s) - {"panel", "state", "caption"}:
            raise SessionError(f"{where}: expected \"panel\", \"state\" and \"caption\"")
        if s.get("panel") not in panels:
            raise SessionError(f"{where}: unknown panel {s.get('panel')!r}; valid panels: {', '.join(panels)}")
        state = s.get("state", {})
        if not isinstance(state, dict):
            raise SessionError(f"{where}: \"state\" must be an object")
        check_values(state, f"{where}.state")
        result.append(Slide(s["panel"], state, _texts(s.get("caption", {}), f"{where}: caption")))
    return Lesson(title, result)


def _texts(value, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise SessionError(f"{where}: expected texts by language, e.g. {{\"en\": \"…\", \"zh_CN\": \"…\"}}")
    return dict(value)


def to_data(lesson: Lesson) -> dict:
    return {"format": FORMAT, "version": VERSION, "title": lesson.title,
            "slides": [{"panel": s.panel, "state": s.state, "caption": s.caption} for s in lesson.slides]}


def save(path: str | os.PathLike, lesson: Lesson) -> None:
    data = to_data(lesson)
    check_values(data, "lesson")
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False))
