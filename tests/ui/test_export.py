"""File → Export picture (PNG at a size, SVG)."""

import os
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from simulator.ui import export
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
    monkeypatch.setattr("simulator.ui.main_window.QFileDialog.getSaveFileName", lambda *a, **k: (str(path), ""))
    window.export_picture()
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1280, 720)
