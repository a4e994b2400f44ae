"""Lessons: the built-in walk through the tutorial shows every panel; clicker keys move through slides;
a user's own lesson is built from the current view, saved and opened again."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from simulator import lesson
from simulator.session import SessionError
from simulator.ui.main_window import MainWindow
from simulator.ui.panels import PANELS

TUTORIAL = lesson.BUILTIN_FOLDER / "tutorial.json"


@pytest.fixture
def window(ready_controller, qtbot, tmp_path):
    w = MainWindow(ready_controller, QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat), "race")
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.sig_panel_ready, timeout=20_000):
        w.show()
    yield w
    w.close()


def settle(qtbot, controller):
    qtbot.wait(60)
    qtbot.waitUntil(controller.idle, timeout=60_000)


def test_the_builtin_lesson_walks_the_chapters_in_order_through_every_panel():
    walk = lesson.load(TUTORIAL, PANELS)
    assert {s.panel for s in walk.slides} == set(PANELS)
    # each caption opens with its section: 3.1 … 3.3.6, 4.1, 4.2–4.4, 5.1 … 5.3
    sections = [tuple(int(n) for n in s.caption["en"].split()[0].split("–")[0].split(".")) for s in walk.slides]
    assert sections[0] == (3, 1) and sections[-1][0] == 5
    assert sections == sorted(sections)
    for s in walk.slides:
        assert s.caption["en"].strip() and s.caption["zh_CN"].strip()
        assert "{" not in s.caption["en"] + s.caption["zh_CN"]  # no raw S_{t−1} on a projector
        assert any("\u4e00" <= ch <= "\u9fff" for ch in s.caption["zh_CN"])


def test_every_builtin_slide_fits_its_panel_and_clicker_keys_step_through(window, ready_controller, qtbot,
                                                                          monkeypatch):
    problems = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: problems.append(text))
    assert window.lessons.open_lesson(str(TUTORIAL))
    bar = window.lesson_bar
    assert bar.isVisible() and bar.index == 0 and "3.1" in bar.caption.text()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    seen = []
    for k in range(len(bar.lesson.slides)):
        settle(qtbot, ready_controller)
        slide = bar.lesson.slides[k]
        assert (bar.index, window.current_panel_name(), problems) == (k, slide.panel, [])
        seen.append(slide.panel)
        if "step" in slide.state:
            qtbot.waitUntil(lambda s=slide: window.panels[s.panel].playback.position == s.state["step"])
        qtbot.keyClick(window.tabs, Qt.Key_PageDown)
    assert problems == []
    assert set(seen) == set(PANELS) and bar.index == len(bar.lesson.slides) - 1
    qtbot.keyClick(window.tabs, Qt.Key_PageUp)
    assert bar.index == len(bar.lesson.slides) - 2
    backprop = next(i for i, s in enumerate(bar.lesson.slides) if s.state.get("focus") == "w5")
    bar.go(backprop)
    settle(qtbot, ready_controller)
    panel = window.panels["backprop"]
    assert panel.focus == "w5" and panel.record.trace.steps[panel.playback.position].param == "w5"


def test_a_users_lesson_is_built_from_the_view_saved_and_opened_again(window, ready_controller, qtbot, tmp_path,
                                                                      monkeypatch):
    captions = iter(["Momentum on the ravine", "Back to the lr"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(captions), True))
    race = window.open_panel("race")
    race.load_preset("ravine")
    settle(qtbot, ready_controller)
    race.playback.stop()
    race.playback.set_position(30)
    window.lessons.add_slide()
    window.open_panel("lr").effect.set_lr(0.2)
    settle(qtbot, ready_controller)
    window.lessons.add_slide()
    path = tmp_path / "mine.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.lessons.save_lesson_dialog()

    mine = lesson.load(path, PANELS)
    assert [s.caption["en"] for s in mine.slides] == ["Momentum on the ravine", "Back to the lr"]
    assert mine.slides[0].state["step"] == 30 and mine.slides[1].state["effect"]["lr"] == "0.2"
    window.lesson_bar.close_lesson()
    race.load_preset("saddle")
    settle(qtbot, ready_controller)
    assert window.open_file(str(path))  # the command line's way: a lesson file is told from a session
    settle(qtbot, ready_controller)
    assert window.current_panel_name() == "race" and race.surface.name == "ravine"
    qtbot.waitUntil(lambda: race.playback.position == 30)


def test_questions_are_judged_on_the_spot_counted_and_kept_with_the_session(window, ready_controller, qtbot,
                                                                           tmp_path):
    assert window.lessons.open_lesson(str(TUTORIAL))
    bar = window.lesson_bar
    slides = bar.lesson.slides
    value = next(k for k, s in enumerate(slides) if s.question and s.question.answer is not None)
    choice = next(k for k, s in enumerate(slides) if s.question and s.question.choices)
    bar.go(value)
    settle(qtbot, ready_controller)
    assert bar.question_box.isVisible() and "out_h1" in bar.prompt.text()
    bar.value.setText("0.59")
    bar.answer()
    assert "at least 4 significant digits" in bar.verdict.text()
    bar.value.setText("0.5933")
    bar.value.returnPressed.emit()
    assert bar.verdict.text().startswith("✓ right — 1 / (1 + e^−0.3775)")
    total = sum(1 for s in slides if s.question)
    assert bar.tally.text() == f"1 of {total} questions right"
    bar.go(choice)
    settle(qtbot, ready_controller)
    assert not bar.value.isVisible() and len(bar.choices.buttons()) == 4
    bar.choices.button(0).setChecked(True)
    bar.answer_button.click()
    assert bar.verdict.text().startswith("✗ not quite") and bar.tally.text() == f"1 of {total} questions right"
    bar.go(0)
    settle(qtbot, ready_controller)
    assert not bar.question_box.isVisible()  # a slide without a question
    saved = window.session_state()
    assert saved["lesson"] == {"file": "builtin:tutorial.json", "slide": 0,
                               "answers": {str(value): "0.5933", str(choice): "0"}}
    bar.close_lesson()
    window.apply_session(saved)
    assert bar.lesson is not None and bar.index == 0 and bar.score() == (1, total)
    bar.go(value)
    assert bar.value.text() == "0.5933"
    saved["lesson"]["answers"] = {"x": "1"}
    with pytest.raises(SessionError, match=r"lesson\.answers"):
        window.apply_session(saved)


@pytest.mark.parametrize(("data", "message"), [
    ({"format": "descentlab-lesson", "version": 1, "slides": []}, "at least one slide"),
    ({"format": "descentlab-lesson", "version": 1, "slides": [{"panel": "race", "question": {"prompt": {"en": "?"}}}]},
     "either an \"answer\""),
    ({"format": "descentlab-lesson", "version": 1, "slides": [{"panel": "race", "question": {
        "prompt": {"en": "?"}, "choices": [{"en": "a"}, {"en": "b"}], "correct": 2}}]}, "correct: the index"),
    ({"format": "descentlab-lesson", "version": 1, "slides": [{"panel": "race", "question": {
        "prompt": {"en": "?"}, "answer": 1, "digits": 12}}]}, "digits: a whole number from 1 to 9"),
    ({"format": "descentlab-lesson", "version": 1, "slides": [{"panel": "moon"}]}, "unknown panel"),
    ({"format": "descentlab-lesson", "version": 1, "slides": [{"panel": "race", "caption": "hi"}]},
     "texts by language"),
    ({"format": "descentlab-session", "version": 1}, "not a DescentLab lesson"),
])
def test_bad_lessons_say_why(data, message):
    with pytest.raises(SessionError, match=message):
        lesson.parse(data, PANELS)


def test_a_panel_goes_back_to_its_starting_settings_after_a_lesson(window, ready_controller, qtbot):
    assert window.lessons.open_lesson(str(TUTORIAL))
    bar = window.lesson_bar
    slow = next(k for k, s in enumerate(bar.lesson.slides) if s.panel == "lr" and s.caption["en"].startswith("4.1"))
    bar.go(slow)
    settle(qtbot, ready_controller)
    effect = window.panels["lr"].effect
    assert (effect.x0_edit.text(), effect.iterations.value()) == ("1", 30)  # what the slide set
    window.reset_panel()
    settle(qtbot, ready_controller)
    assert (effect.x0_edit.text(), effect.iterations.value()) == ("2.0", 10)
    assert effect.path is not None and effect.path.lr == 0.1
