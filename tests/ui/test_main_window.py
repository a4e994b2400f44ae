"""The application window: start-up order, panels, settings, about, clean close."""

import os
import signal
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QSettings

from simulator.ui.controller import Controller
from simulator.ui.main_window import MainWindow
from simulator.ui.panels import PANELS


@pytest.fixture
def window(controller, settings, qtbot):
    w = MainWindow(controller, settings, "lr")
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.sig_panel_ready, timeout=20_000):
        w.show()
    yield w
    w.close()


def test_paints_first_then_builds_the_panel_and_reports_the_engine(controller, settings, qtbot):
    w = MainWindow(controller, settings, "lr")
    qtbot.addWidget(w)
    order = []
    w.sig_first_frame.connect(lambda: order.append("frame"))
    w.sig_panel_ready.connect(lambda name: order.append(name))
    w.show()
    qtbot.waitUntil(lambda: "lr" in order, timeout=20_000)
    assert order[:2] == ["frame", "lr"]
    qtbot.waitUntil(lambda: controller.engine_ready, timeout=30_000)
    assert "engine ready" in w.engine_label.text() and controller.torch_version in w.engine_label.text()
    w.close()


def test_about_lists_app_torch_and_qt_versions(window, ready_controller):
    import torch
    from PySide6.QtCore import qVersion

    text = window.versions_text()
    assert "DescentLab" in text and torch.__version__ in text and qVersion() in text


def test_geometry_and_panel_are_restored(controller, tmp_path, qtbot):
    path = str(tmp_path / "s.ini")
    w = MainWindow(controller, QSettings(path, QSettings.IniFormat))
    qtbot.addWidget(w)
    w.show()
    w.resize(700, 500)  # within the offscreen screen, which restoreGeometry clamps to
    w.tabs.setCurrentIndex(list(PANELS).index("lr"))
    w.close()
    w2 = MainWindow(controller, QSettings(path, QSettings.IniFormat))
    qtbot.addWidget(w2)
    assert (w2.width(), w2.height()) == (700, 500)
    assert w2.current_panel_name() == "lr"


def test_every_registered_panel_builds_when_first_shown(window, qtbot):
    for i in range(window.tabs.count()):
        if list(PANELS)[i] not in window.panels:
            with qtbot.waitSignal(window.sig_panel_ready, timeout=20_000):
                window.tabs.setCurrentIndex(i)
    assert set(window.panels) == set(PANELS) == {"backprop", "race", "lr", "training", "epochs", "ewa", "dropout",
                                                 "batchnorm"}


def test_closing_during_a_long_job_ends_the_compute_process_promptly(settings, qtbot):
    controller = Controller()  # a process of its own: this one really ends
    controller.start()
    w = MainWindow(controller, settings, "lr")
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.sig_panel_ready, timeout=20_000):
        w.show()
    qtbot.waitUntil(lambda: controller.engine_ready, timeout=60_000)
    view = w.panels["lr"].schedules
    view.epochs.setValue(100_000)
    view.run()
    qtbot.waitUntil(lambda: controller.busy("lr.schedules"), timeout=5_000)
    qtbot.wait(200)
    process = controller.process
    start = time.perf_counter()
    w.close()
    assert time.perf_counter() - start < 0.5
    assert not process.is_alive() and process.exitcode == 0


def test_a_killed_compute_process_is_survived_and_the_panel_computes_again(settings, qtbot):
    controller = Controller()
    controller.start()
    w = MainWindow(controller, settings, "lr")
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.sig_panel_ready, timeout=20_000):
        w.show()
    view = w.panels["lr"].effect
    qtbot.waitUntil(lambda: view.path is not None, timeout=60_000)
    view.lr_edit.setText("0.2")  # typed, not applied yet when the process dies
    first = controller.process.pid
    with qtbot.waitSignal(controller.sig_restarted, timeout=10_000):
        os.kill(first, signal.SIGKILL)
    assert "compute process stopped" in w.statusBar().currentMessage()
    assert view.lr_edit.text() == "0.2"  # nothing typed is lost
    view.path = None
    qtbot.waitUntil(lambda: view.path is not None, timeout=60_000)  # computed again by the new process
    assert controller.process.pid != first and view.path.lr == 0.2
    w.close()


def test_the_gui_process_never_imports_torch(tmp_path):
    """Every panel built and computed: torch is in the compute process only (a subprocess, since this test
    process imports torch for the engine tests)."""
    script = (
        "import sys, time\n"
        "from PySide6.QtCore import QSettings\n"
        "from simulator.ui.app import make_application\n"
        "from simulator.ui.controller import Controller\n"
        "from simulator.ui.main_window import MainWindow\n"
        "from simulator.ui.panels import PANELS\n"
        "app = make_application()\n"
        f"settings = QSettings({str(tmp_path / 's.ini')!r}, QSettings.IniFormat)\n"
        "controller = Controller(); window = MainWindow(controller, settings); controller.start(); window.show()\n"
        "def settle(seconds):\n"
        "    end = time.monotonic() + seconds\n"
        "    while time.monotonic() < end and not (controller.engine_ready and controller.idle()):\n"
        "        app.processEvents(); time.sleep(0.01)\n"
        "for name in PANELS:\n"
        "    window.open_panel(name); settle(60)\n"
        "window.panels['training'].advance(20); settle(60)\n"
        "print('records', all(getattr(p, 'record', True) is not None for p in window.panels.values()))\n"
        "print('torch', 'torch' in sys.modules)\n"
        "window.close()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert "records True" in done.stdout and "torch False" in done.stdout, done.stdout


def test_presentation_mode_scales_fonts_plots_and_back(window, qtbot):
    from PySide6.QtWidgets import QApplication

    from simulator.ui import theme

    panel = window.panels["lr"]
    axis = panel.effect.loss_plot.getPlotItem().getAxis("bottom")
    curve = panel.effect.loss_curve
    normal_font, normal_tick = QApplication.font().pointSizeF(), axis.style["tickFont"].pointSizeF()
    normal_width = curve.opts["pen"].widthF()
    try:
        window.view.set_presentation(True, 2.0)
        assert window.presentation_action.isChecked()
        assert QApplication.font().pointSizeF() == pytest.approx(2 * normal_font)
        assert axis.style["tickFont"].pointSizeF() == pytest.approx(2 * normal_tick)
        assert curve.opts["pen"].widthF() == pytest.approx(2 * normal_width)
        assert panel.effect.verdict.font().pointSizeF() == pytest.approx((theme.BASE_POINT_SIZE + 3) * 2)
    finally:
        window.view.set_presentation(False)
    assert QApplication.font().pointSizeF() == pytest.approx(normal_font)
    assert curve.opts["pen"].widthF() == pytest.approx(normal_width)


def test_copy_as_pytorch_code(window, qtbot):
    from PySide6.QtWidgets import QApplication

    panel = window.panels["lr"]
    qtbot.waitUntil(lambda: panel.schedules.result is not None and panel.schedules.result.complete, timeout=20_000)
    window.exports.copy_code()
    code = QApplication.clipboard().text()
    assert "torch.optim.lr_scheduler.StepLR(optimizer, step_size=50, gamma=0.5)" in code
    compile(code, "copied.py", "exec")  # a script, not a fragment


def test_full_screen_goes_to_the_chosen_screen_and_f11_remembers_it(window, qtbot):
    from PySide6.QtGui import QGuiApplication

    window.view._fill_screens()
    names = [a.text() for a in window.screens_menu.actions()]
    screens = QGuiApplication.screens()
    assert len(names) == len(screens) and all(s.name() in n for s, n in zip(screens, names, strict=True))
    target = screens[-1]
    window.view.full_screen_on(target.name())
    qtbot.waitUntil(window.isFullScreen)
    assert window.screen().name() == target.name()
    window.view.toggle_full_screen()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    window.view.toggle_full_screen()  # F11 again: the same screen
    qtbot.waitUntil(window.isFullScreen)
    assert window.settings.value("view/screen") == target.name() and window.screen().name() == target.name()
    window.showNormal()


def test_the_shortcut_list_has_every_key_the_readme_names():
    import re
    from pathlib import Path

    from simulator.ui.main_window.window import SHORTCUTS

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Keyboard", 1)[1].split("\n## ", 1)[0]
    keys = [m[1].strip() for m in re.finditer(r"^\| ([^|]+) \|", table, re.M) if m[1].strip() not in ("key", "---")]
    assert {"N", "R", "Shift+← / Shift+→"} <= set(keys)
    assert [k for k in keys if k not in {key for key, _ in SHORTCUTS}] == []  # (F1 shows these)
