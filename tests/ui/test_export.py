"""File → Export picture (PNG at a size, SVG) and File → Export animation (GIF, MP4)."""

import os
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QProgressDialog, QPushButton

from simulator.ui import animation, export
from simulator.ui.main_window import MainWindow


@pytest.fixture
def window(ready_controller, settings, qtbot):
    w = MainWindow(ready_controller, settings, "race")
    qtbot.addWidget(w)
    w.resize(1400, 900)
    with qtbot.waitSignal(w.sig_panel_ready, timeout=20_000):
        w.show()
    panel = w.panels["race"]
    qtbot.waitUntil(lambda: panel.record is not None and panel.record.complete
                    and not ready_controller.busy("race"), timeout=30_000)
    panel.playback.stop()
    panel.playback.set_position(7)
    yield w
    w.close()


def test_png_is_laid_out_at_the_size_asked_for_and_the_window_is_left_alone(window, tmp_path):
    view = window.panels["race"].current_view()
    before = view.geometry()
    small = export.render_image(view)
    big = export.render_image(view, (1920, 1080))
    assert (big.width(), big.height()) == (1920, 1080)
    assert view.geometry() == before
    # laid out, not scaled up: the plot keeps its line widths, so the picture is not a blurred copy
    scaled = small.scaled(1920, 1080)
    assert big != scaled
    path = tmp_path / "race.png"
    assert export.write_picture(view, str(path), size=(800, 450)) == QSize(800, 450)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (800, 450)
    assert os.listdir(tmp_path) == ["race.png"]


def test_svg_is_a_vector_drawing_of_the_view(window, tmp_path):
    path = tmp_path / "race.svg"
    export.write_picture(window.panels["race"].current_view(), str(path), "svg", (1280, 720))
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.get("viewBox") == "0 0 1280 720"
    assert len(root.findall(".//{http://www.w3.org/2000/svg}path")) > 10


@pytest.mark.parametrize("text, ok", [("2560x1440", True), ("2560 × 1440", True), ("big", False),
                                      ("10x10", False), ("9000x100", False), ("", False)])
def test_picture_dialog_checks_a_typed_size(qtbot, text, ok):
    dialog = export.PictureDialog(QSize(1000, 600))
    qtbot.addWidget(dialog)
    dialog.size_chooser.combo.setCurrentIndex(dialog.size_chooser.combo.count() - 1)  # "Other size…"
    dialog.size_chooser.edit.setText(text)
    assert dialog.buttons.button(QDialogButtonBox.Ok).isEnabled() == ok
    assert dialog.message.isVisibleTo(dialog) == (not ok)
    if not ok:
        assert "2560x1440" in dialog.message.text()
        dialog.accept()
        assert dialog.result() != QDialog.Accepted
    else:
        assert dialog.choice() == ("png", (2560, 1440))


def test_export_picture_from_the_menu(window, tmp_path, monkeypatch):
    path = tmp_path / "picture.png"
    monkeypatch.setattr(export.PictureDialog, "exec", lambda self: QDialog.Accepted)
    monkeypatch.setattr(export.PictureDialog, "choice", lambda self: ("png", (1280, 720)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.exports.export_picture()
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1280, 720)


def test_export_as_notebook_from_the_menu(window, qtbot, tmp_path, monkeypatch):
    from test_notebooks import execute

    path = tmp_path / "race.ipynb"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    panel = window.open_panel("race")
    qtbot.waitUntil(lambda: panel.record is not None and not panel.busy(), timeout=30_000)
    window.exports.export_notebook()
    rows, _ = execute(path.read_text(encoding="utf-8"))
    assert {r["label"] for r in rows} == {racer.label for racer in panel.record.racers}
    assert "Saved" in window.statusBar().currentMessage()


def test_frame_positions_keep_first_and_last_and_at_most_n():
    assert animation.frame_positions(400, 300)[0] == 0 and animation.frame_positions(400, 300)[-1] == 400
    assert len(animation.frame_positions(400, 300)) == 300
    assert animation.frame_positions(5, 300) == [0, 1, 2, 3, 4, 5]


def _run(qtbot, job):
    states = []
    job.sig_finished.connect(lambda state, message: states.append((state, message)))
    job.start()
    qtbot.waitUntil(lambda: bool(states), timeout=60_000)
    return states[0]


def test_gif_of_the_race_has_the_frames_and_size_asked_for(window, qtbot, tmp_path):
    Image = pytest.importorskip("PIL.Image")  # noqa: N806 (the module's usual name)
    panel = window.panels["race"]
    path = tmp_path / "race.gif"
    job = animation.AnimationExport(panel.current_view(), panel.playback, str(path), "gif", fps=10, size=(640, 360),
                                    max_frames=24)
    assert _run(qtbot, job) == ("done", "")
    with Image.open(path) as gif:
        assert gif.n_frames == 24 and gif.size == (640, 360)
        assert gif.info["duration"] == 100
    assert panel.playback.position == 7  # where the user left it
    assert os.listdir(tmp_path) == ["race.gif"]


def test_mp4_of_the_race(window, qtbot, tmp_path):
    pytest.importorskip("imageio_ffmpeg")  # the optional ffmpeg binary (~60 MB): not in the test extra
    iio = pytest.importorskip("imageio.v2")
    panel = window.panels["race"]
    path = tmp_path / "race.mp4"
    job = animation.AnimationExport(panel.current_view(), panel.playback, str(path), "mp4", fps=10, size=(641, 361),
                                    max_frames=20)
    assert _run(qtbot, job) == ("done", "")
    reader = iio.get_reader(str(path))
    assert reader.count_frames() == 20
    assert reader.get_data(0).shape == (360, 640, 3)  # H.264 needs even sides
    reader.close()


def test_cancel_from_the_progress_dialog_leaves_no_file(window, qtbot, tmp_path):
    pytest.importorskip("PIL.Image")
    path = tmp_path / "race.gif"
    job = window.exports.start_animation_export(str(path), "gif", 10, None, 300)
    progress = window.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: job.done > 0, timeout=20_000)
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.LeftButton)  # its Cancel button
    assert job.state == "cancelled"
    assert os.listdir(tmp_path) == []
    assert window.panels["race"].playback.position == 7
    assert "nothing was written" in window.statusBar().currentMessage()


def test_without_the_video_extra_the_menu_says_what_to_install(window, monkeypatch):
    for name in ("PIL", "imageio", "imageio_ffmpeg"):
        monkeypatch.setitem(sys.modules, name, None)  # import fails as if not installed
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    window.exports.export_animation()
    assert len(shown) == 1 and 'pip install "descentlab[video]"' in shown[0]


def test_animation_dialog_names_the_missing_package_for_mp4(qtbot, monkeypatch):
    monkeypatch.setitem(sys.modules, "imageio_ffmpeg", None)
    dialog = animation.AnimationDialog(QSize(1280, 720), 401)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(1)  # MP4
    assert not dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()
    assert "imageio_ffmpeg" in dialog.message.text() and 'pip install "descentlab[video]"' in dialog.message.text()
    assert "300 frames of 401 steps" in dialog.note.text()
