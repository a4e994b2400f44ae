"""Pictures of a widget at a chosen size, as PNG or SVG: one place for File → Export picture and
``python -m simulator render``.

A size is honoured by laying the widget out at that size for the moment of painting (plots redraw their
axes and text for the new geometry), never by scaling up a small screenshot. If the widget cannot be
that small (its minimum size, e.g. in presentation mode), it is laid out at its minimum and painted
scaled down into the requested size, so the file always has exactly the pixels asked for.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Signal
from PySide6.QtGui import QImage, QPainter, QRegion
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from . import theme

FORMATS = ("png", "svg")
SIZE_PRESETS = ((1280, 720), (1920, 1080), (3840, 2160))
MIN_SIDE, MAX_SIDE = 16, 8000
_SIZE = re.compile(r"^\s*(\d+)\s*[x×X*,]\s*(\d+)\s*$")


def parse_size(text: str) -> tuple[int, int]:
    """'1920x1080' (or 1920×1080, 1920 x 1080) -> (1920, 1080); ValueError unless each side is 16 to 8000."""
    match = _SIZE.match(text or "")
    if not match:
        raise ValueError(f"must look like 1920x1080, got '{text}'")
    w, h = int(match.group(1)), int(match.group(2))
    if not (MIN_SIDE <= w <= MAX_SIDE and MIN_SIDE <= h <= MAX_SIDE):
        raise ValueError(f"must be {MIN_SIDE} to {MAX_SIDE} pixels each, got {w}x{h}")
    return w, h


def svg_available() -> bool:
    try:
        from PySide6 import QtSvg  # noqa: F401 (PySide6-Essentials ships it; a trimmed build may not)
    except ImportError:
        return False
    return True


@contextmanager
def laid_out_at(widget: QWidget, size: tuple[int, int] | None) -> Iterator[QSize]:
    """Temporarily give ``widget`` the geometry ``size`` (at least its minimum); yields the size it got.

    Only the widget and what is inside it are laid out again; its own place in the window is restored
    afterwards, before the window gets a chance to paint.
    """
    old = widget.geometry()
    if size is None:
        yield widget.size()
        return
    want = QSize(*size).expandedTo(widget.minimumSizeHint()).expandedTo(widget.minimumSize())
    try:
        widget.resize(want)
        if widget.layout() is not None:
            widget.layout().activate()
        _settle(widget)
        yield widget.size()
    finally:
        widget.setGeometry(old)
        if widget.layout() is not None:
            widget.layout().activate()
        _settle(widget)


def _settle(widget: QWidget) -> None:
    """Deliver the layout requests that resizing posted inside ``widget`` (plots lay out their axes lazily)."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.LayoutRequest)
        QApplication.sendPostedEvents(None, QEvent.Resize)


def _paint(widget: QWidget, painter: QPainter, laid_out: QSize, target: QSize) -> None:
    scale = min(target.width() / laid_out.width(), target.height() / laid_out.height(), 1.0)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setRenderHint(QPainter.TextAntialiasing)
    painter.setRenderHint(QPainter.SmoothPixmapTransform)
    painter.translate((target.width() - laid_out.width() * scale) / 2,
                      (target.height() - laid_out.height() * scale) / 2)
    painter.scale(scale, scale)
    # QWidget's render, not QGraphicsView's (which draws the scene only): the widget as it looks
    QWidget.render(widget, painter, QPoint(0, 0), QRegion(QRect(QPoint(0, 0), laid_out)),
                   QWidget.RenderFlag.DrawWindowBackground | QWidget.RenderFlag.DrawChildren)


def render_image(widget: QWidget, size: tuple[int, int] | None = None) -> QImage:
    """The widget as a picture of exactly ``size`` pixels (default: its size on screen), at 1 pixel per pixel."""
    with laid_out_at(widget, size) as laid_out:
        return render_laid_out(widget, laid_out, size)


def render_laid_out(widget: QWidget, laid_out: QSize, size: tuple[int, int] | None) -> QImage:
    """``render_image`` inside a ``laid_out_at`` block (several pictures for one layout, e.g. animations)."""
    target = QSize(*size) if size is not None else laid_out
    image = QImage(target, QImage.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(1.0)
    image.fill(widget.palette().window().color())
    painter = QPainter(image)
    try:
        _paint(widget, painter, laid_out, target)
    finally:
        painter.end()
    return image


def write_png(widget: QWidget, path: str, size: tuple[int, int] | None = None) -> QSize:
    image = render_image(widget, size)
    _write_atomically(path, lambda tmp: image.save(tmp, "PNG"))
    return image.size()


def write_svg(widget: QWidget, path: str, size: tuple[int, int] | None = None, title: str = "DescentLab") -> QSize:
    """Vector picture: what the widget paints (plot lines, text) stays sharp at any zoom."""
    from PySide6.QtSvg import QSvgGenerator

    with laid_out_at(widget, size) as laid_out:
        target = QSize(*size) if size is not None else laid_out

        def write(tmp: str) -> bool:
            generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)  # 1.1 keeps the plots' clipping
            generator.setFileName(tmp)
            generator.setResolution(96)  # CSS pixels: browsers show the picture at its size in pixels
            generator.setSize(target)
            generator.setViewBox(QRect(QPoint(0, 0), target))
            generator.setTitle(title)
            painter = QPainter()
            if not painter.begin(generator):
                return False
            try:
                painter.fillRect(QRect(QPoint(0, 0), target), widget.palette().window())
                _paint(widget, painter, laid_out, target)
            finally:
                painter.end()
            return True

        _write_atomically(path, write)
    return target


def write_picture(widget: QWidget, path: str, fmt: str | None = None, size: tuple[int, int] | None = None) -> QSize:
    """PNG or SVG (from ``fmt`` or the file's extension); returns the picture's size in pixels."""
    fmt = (fmt or os.path.splitext(path)[1].lstrip(".") or "png").lower()
    if fmt == "svg":
        return write_svg(widget, path, size)
    if fmt == "png":
        return write_png(widget, path, size)
    raise ValueError(f"unknown picture format '{fmt}' (use {' or '.join(FORMATS)})")


def temporary_path_beside(path: str) -> str:
    """A new, empty file in the same folder as ``path`` (so os.replace is a rename, never a copy)."""
    folder, name = os.path.split(os.path.abspath(path))
    stem, ext = os.path.splitext(name)
    fd, tmp = tempfile.mkstemp(prefix=f".{stem}.", suffix=f".part{ext}", dir=folder)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; the result should be an ordinary file
    return tmp


def _write_atomically(path: str, write) -> None:
    """``write(tmp)`` into a file beside ``path``, then rename it: a failed write leaves no half file."""
    tmp = temporary_path_beside(path)
    try:
        if not write(tmp):
            raise OSError(f"could not write {path}")
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise


# -- dialogs ---------------------------------------------------------------------------------------------
class SizeChooser(QWidget):
    """As on screen, a preset (720p, 1080p, 4K) or a typed WxH; a typed size is checked as you type."""

    sig_changed = Signal()
    CUSTOM = "custom"

    def __init__(self, on_screen: QSize, parent: QWidget | None = None):
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.addItem(self.tr("As on screen ({0}×{1})").format(on_screen.width(), on_screen.height()), None)
        for w, h in SIZE_PRESETS:
            self.combo.addItem(f"{w}×{h}", (w, h))
        self.combo.addItem(self.tr("Other size…"), self.CUSTOM)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("e.g. 2560x1440"))
        self.edit.setVisible(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo)
        row.addWidget(self.edit, 1)
        self.combo.currentIndexChanged.connect(self._changed)
        self.edit.textChanged.connect(lambda _: self.sig_changed.emit())

    def _changed(self) -> None:
        custom = self.combo.currentData() == self.CUSTOM
        self.edit.setVisible(custom)
        if custom:
            self.edit.setFocus()
        self.sig_changed.emit()

    def value(self) -> tuple[int, int] | None:
        """The chosen size, None for 'as on screen'; ValueError for a typed size that is not valid."""
        data = self.combo.currentData()
        return parse_size(self.edit.text()) if data == self.CUSTOM else data

    def error(self) -> str | None:
        """A message for the user when the typed size is not valid."""
        try:
            self.value()
        except ValueError:
            return self.tr("Type the size as width x height, e.g. 2560x1440 ({0} to {1} pixels each).").format(
                MIN_SIDE, MAX_SIDE)
        return None


class PictureDialog(QDialog):
    """File → Export picture: PNG at a chosen size, or SVG."""

    def __init__(self, on_screen: QSize, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export picture"))
        self.format = QComboBox()
        self.format.addItem(self.tr("PNG image"), "png")
        if svg_available():
            self.format.addItem(self.tr("SVG vector drawing (sharp at any zoom)"), "svg")
        self.size_chooser = SizeChooser(on_screen)
        self.message = QLabel()
        self.message.setWordWrap(True)
        theme.colored(self.message, "error")
        self.message.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("&Size"), self.size_chooser)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.size_chooser.sig_changed.connect(self._check)
        self._check()

    def _check(self) -> bool:
        """Show why the size is not valid (and disable OK) as soon as it is typed."""
        error = self.size_chooser.error()
        self.message.setText(error or "")
        self.message.setVisible(error is not None)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(error is None)
        return error is None

    def accept(self) -> None:
        if self._check():
            super().accept()

    def choice(self) -> tuple[str, tuple[int, int] | None]:
        """("png" or "svg", size or None for as on screen)."""
        return self.format.currentData(), self.size_chooser.value()
