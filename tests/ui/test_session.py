"""Sessions in the window: a saved session comes back identical, a bad one changes nothing, a crash's
autosave is offered back."""

import json

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from simulator import session
from simulator.ui import theme
from simulator.ui.main_window import MainWindow


def open_window(controller, qtbot, folder, panel="race") -> MainWindow:
    w = MainWindow(controller, QSettings(str(folder / "settings.ini"), QSettings.IniFormat), panel)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.sig_panel_ready, timeout=20_000):
        w.show()
    return w


def settle(qtbot, controller):
    qtbot.wait(100)
    qtbot.waitUntil(controller.idle, timeout=60_000)
    qtbot.wait(100)  # debounced reruns
    qtbot.waitUntil(controller.idle, timeout=60_000)


def customise(w: MainWindow, controller, qtbot) -> None:
    """Move every panel away from its defaults, the way a teacher preparing a lesson would."""
    race = w.open_panel("race")
    race.load_preset("ravine")
    race.steps.setValue(60)
    race.add_racer("Adam(lr=0.3)").scheduler.set_text("StepLR(step_size=20, gamma=0.5)")
    backprop = w.panel("backprop")
    backprop.set_network(backprop.network.with_parameter("w1", 0.2))
    backprop.set_iteration(2)
    backprop.set_focus("w5")
    backprop.check_bar.switch.setChecked(True)  # check my work, with two answers typed
    backprop._answer_all({"out_h1": "0.5933", "dE/dw5": "0.07"})
    lr = w.panel("lr")
    lr.tabs.setCurrentIndex(1)
    lr.schedules.add_row("CosineAnnealingLR(T_max=50)")
    lr.effect.set_lr(0.9)
    ewa = w.panel("ewa")
    ewa.slider.setValue(80)
    ewa.corrected.setChecked(True)
    dropout = w.panel("dropout")
    dropout.p.setValue(4)
    dropout.next_mask()
    dropout.eval.setChecked(True)
    w.panel("epochs").batch.setValue(64)
    w.panel("batchnorm").source.setCurrentIndex(1)
    w.panel("batchnorm").reset_state()
    training = w.panel("training")
    settle(qtbot, controller)
    training.advance(5)
    settle(qtbot, controller)
    race.playback.stop()
    race.playback.set_position(17)
    backprop.playback.set_position(11)
    lr.schedules.cursor_epoch.setValue(20)


def test_a_saved_session_comes_back_identical(ready_controller, qtbot, tmp_path):
    (tmp_path / "a").mkdir()
    first = open_window(ready_controller, qtbot, tmp_path / "a")
    customise(first, ready_controller, qtbot)
    saved = first.session_state()
    assert saved["panels"]["training"]["iteration"] == 5 and saved["panels"]["race"]["step"] == 17
    assert first.sessions.save_session(str(tmp_path / "lesson.json"))

    (tmp_path / "b").mkdir()
    second = open_window(ready_controller, qtbot, tmp_path / "b", panel="ewa")
    assert second.session_state() != saved
    assert second.sessions.open_session(str(tmp_path / "lesson.json"))
    settle(qtbot, ready_controller)
    assert second.session_state() == saved
    assert second.current_panel_name() == "race"
    assert second.panels["race"].playback.position == 17
    assert second.panels["backprop"].network.parameters()["w1"] == 0.2
    restored = second.panels["backprop"]
    assert restored.check_bar.switch.isChecked() and restored.answers == {"out_h1": "0.5933", "∂E/∂w5": "0.07"}
    assert second.sessions.recent_sessions() == [str((tmp_path / "lesson.json").resolve())]


@pytest.mark.parametrize(("content", "message"), [
    ("{ not json", "not valid JSON"),
    (json.dumps(session.new("race", {"nonsense": {}})), "unknown panel 'nonsense'"),
    # a valid first panel and a bad second one: neither is applied
    (json.dumps(session.new("race", {"ewa": {"beta": 50}, "race": {"steps": "many"}})), "race.steps"),
    (json.dumps(session.new("race", {"race": {"steps": -5}})), "race.steps"),
    (json.dumps(session.new("race", {"race": {"surface": "moon"}})), "not one of"),
    (json.dumps(session.new("race", {"race": {"racers": "Adam"}})), "race.racers"),
    (json.dumps(session.new("backprop", {"backprop": {"iteration": 10**9}})), "backprop.iteration"),
    (json.dumps(session.new("backprop", {"backprop": {"check": {"on": True, "answers": {"w5": ["x"]}}}})),
     "backprop.check"),
    # a good panel with a theme that does not exist: neither the panel nor any theme is applied
    (json.dumps(session.new("ewa", {"ewa": {"beta": 50}}, {"theme": "neon"})), "view.theme: one of light"),
    (json.dumps(session.new("race", {}, {"theme": ["dark"]})), "view.theme"),
])
def test_a_bad_session_says_why_and_changes_nothing(ready_controller, qtbot, tmp_path, monkeypatch, content,
                                                     message):
    w = open_window(ready_controller, qtbot, tmp_path)
    w.panel("ewa")
    settle(qtbot, ready_controller)
    w.panels["race"].playback.stop()  # a finished race plays itself
    before = w.session_state()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append(text))
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    assert not w.sessions.open_session(str(path))
    assert len(shown) == 1 and message in shown[0]
    settle(qtbot, ready_controller)
    after = w.session_state()  # (checking may have built a panel the file names, in its default state)
    assert {name: after["panels"][name] for name in before["panels"]} == before["panels"]
    assert after["panel"] == before["panel"] and after["view"] == before["view"]
    assert theme.current.key == "light"
    assert w.sessions.recent_sessions() == []


def test_after_a_crash_the_autosave_is_offered_back(ready_controller, qtbot, tmp_path):
    crashed = open_window(ready_controller, qtbot, tmp_path)
    crashed.panel("race").steps.setValue(77)
    crashed.panel("race").run()
    settle(qtbot, ready_controller)
    crashed.panel("race").playback.stop()
    crashed.sessions.autosave()
    saved = crashed.session_state()
    crashed.hide()  # never closed: as if the process had died, taking its lock with it
    crashed.sessions.autosave_lock.unlock()

    restarted = open_window(ready_controller, qtbot, tmp_path)
    assert restarted.sessions.restore_bar.isVisible()
    restarted.sessions.restore_button.click()
    settle(qtbot, ready_controller)
    assert restarted.panels["race"].steps.value() == 77
    assert restarted.session_state()["panels"]["race"] == saved["panels"]["race"]
    restarted.close()  # a normal close: nothing to offer next time
    assert not restarted.sessions.autosave_path().exists()


def test_switching_language_keeps_every_setting_and_the_lesson_slide(ready_controller, qtbot, tmp_path):
    from simulator import lesson
    from simulator.ui import i18n

    w = open_window(ready_controller, qtbot, tmp_path)
    try:
        assert w.lessons.open_lesson(str(lesson.BUILTIN_FOLDER / "tutorial.json"))
        w.lesson_bar.go(3)  # backprop, focused on w5
        settle(qtbot, ready_controller)
        w.panel("ewa").slider.setValue(70)
        settle(qtbot, ready_controller)
        before = w.session_state()
        english_tabs = [w.tabs.tabText(i) for i in range(w.tabs.count())]

        w.set_language("zh_CN")
        settle(qtbot, ready_controller)
        assert w.session_state() == before
        assert w.tabs.tabText(0) == "反向传播" and "反向传播" in w.lesson_bar.caption.text()
        assert w.lesson_bar.index == 3 and w.current_panel_name() == "backprop"
        assert any(a.text().startswith("文件") for a in w.menuBar().actions())

        w.set_language("en")
        settle(qtbot, ready_controller)
        assert [w.tabs.tabText(i) for i in range(w.tabs.count())] == english_tabs
        assert w.session_state() == before
    finally:
        i18n.install(QApplication.instance(), "en")


def test_switching_language_while_jobs_run_drops_their_records_safely(ready_controller, qtbot, tmp_path):
    """Mid-computation: the old panels' records are dropped (an exception in a record handler would fail
    the test through pytest-qt), and the rebuilt panels compute the same settings to the end."""
    from simulator.ui import i18n

    w = open_window(ready_controller, qtbot, tmp_path, panel="lr")
    try:
        schedules = w.panel("lr").schedules
        schedules.epochs.setValue(50_000)  # long enough to still run when the language changes
        schedules.run()
        w.panel("race").steps.setValue(20_000)
        w.panel("race").run()
        assert not ready_controller.idle()
        w.set_language("zh_CN")  # an exception in a record handler would fail the test (pytest-qt)
        settle(qtbot, ready_controller)
        assert w.panels["lr"].schedules.epochs.value() == 50_000 and w.panels["race"].steps.value() == 20_000
        assert w.panels["lr"].schedules.result.epochs == 50_000
    finally:
        i18n.install(QApplication.instance(), "en")


def test_a_second_window_running_at_the_same_time_is_not_mistaken_for_a_crash(ready_controller, qtbot, tmp_path):
    first = open_window(ready_controller, qtbot, tmp_path)
    first.sessions.autosave()
    second = open_window(ready_controller, qtbot, tmp_path)
    assert not second.sessions.restore_bar.isVisible()  # the first one is alive: its autosave is not a crash
    second.sessions.autosave()
    assert second.sessions.autosave_path() != first.sessions.autosave_path()
    assert second.sessions.autosave_path().exists()
    second.close()
    assert not second.sessions.autosave_path().exists() and first.sessions.autosave_path().exists()
