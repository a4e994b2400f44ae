"""Animations of a panel that has a playback bar (race, backprop): GIF (Pillow) or MP4 (imageio-ffmpeg).

Both are optional: ``pip install "descentlab[video]"`` installs imageio, imageio-ffmpeg and Pillow.
Frames are painted on the GUI thread (they are widgets) a few at a time from a timer, so the window
and the progress dialog stay responsive; the file is written beside the target under a temporary name
and renamed at the end, so cancelling or a failure leaves no partial file.
"""

from __future__ import annotations

import importlib
import os
import time

import numpy as np
from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from . import export, theme

VIDEO_EXTRA = 'pip install "descentlab[video]"'
FORMATS = ("gif", "mp4")
MAX_FRAMES = 300
DEFAULT_FPS = 15
MAX_FPS = 50  # GIF frame times are in 1/100 s and players slow down anything shorter than 2/100 s
CHUNK_SECONDS = 0.05  # painting budget per timer tick: the event loop runs between chunks


def missing_modules(fmt: str) -> list[str]:
    """The Python modules a format needs that are not installed (empty: ready to write)."""
    needed = ["PIL"] if fmt == "gif" else ["imageio", "imageio_ffmpeg"]
    missing = []
    for name in needed:
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
    return missing


def frame_positions(maximum: int, max_frames: int = MAX_FRAMES) -> list[int]:
    """Playback positions 0..maximum, evenly subsampled to at most ``max_frames`` (first and last kept)."""
    count = max(1, min(maximum + 1, max_frames))
    return sorted({int(p) for p in np.linspace(0, maximum, count).round()})


def image_to_array(image: QImage) -> np.ndarray:
    """RGB uint8 (height, width, 3) copy of a QImage."""
    image = image.convertToFormat(QImage.Format_RGB888)
    w, h = image.width(), image.height()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(h, image.bytesPerLine())
    return rows[:, : w * 3].reshape(h, w, 3).copy()


class _GifWriter:
    """GIF with one 255-colour palette for all frames, written by Pillow (imageio's own GIF backend).

    imageio's GIF writer keeps every frame as RGB until it closes and then quantizes each one with median
    cut (about 60 ms a frame at 1280×720); one shared palette is ~10× faster and lets Pillow store only
    the part of each frame that changed, which makes the files several times smaller.
    """

    def __init__(self, path: str, fps: float):
        self.path, self.duration = path, max(20, round(100 / fps) * 10)  # ms, in the GIF's 1/100 s steps
        self.frames: list = []
        self.palette = None

    def set_palette(self, samples: list[np.ndarray]) -> None:
        """Colours taken from a few representative frames (e.g. the first and the last)."""
        from PIL import Image

        self.palette = Image.fromarray(np.concatenate(samples, axis=0)).quantize(
            colors=255, method=Image.Quantize.FASTOCTREE)

    def append(self, frame: np.ndarray) -> None:
        from PIL import Image

        image = Image.fromarray(frame)
        if self.palette is None:
            self.set_palette([frame])
        self.frames.append(image.quantize(palette=self.palette, dither=Image.Dither.NONE))

    def close(self, discard: bool = False) -> None:
        frames, self.frames = self.frames, []
        if frames and not discard:
            frames[0].save(self.path, format="GIF", save_all=True, append_images=frames[1:],
                           duration=self.duration, loop=0)


class _Mp4Writer:
    """H.264 MP4 through imageio-ffmpeg: frames stream to ffmpeg, nothing piles up in memory."""

    def __init__(self, path: str, fps: float):
        import imageio.v2 as iio

        self._file = iio.get_writer(path, format="FFMPEG", mode="I", fps=fps, codec="libx264",
                                    pixelformat="yuv420p", quality=7, macro_block_size=1,
                                    ffmpeg_log_level="error")

    def set_palette(self, samples: list[np.ndarray]) -> None:
        pass

    def append(self, frame: np.ndarray) -> None:
        self._file.append_data(frame)

    def close(self, discard: bool = False) -> None:
        self._file.close()


class AnimationExport(QObject):
    """Steps ``playback`` through its positions and writes ``view`` once per position.

    ``start()`` returns at once; ``sig_progress(frames_done)`` follows each chunk and
    ``sig_finished(state, message)`` ends it with state "done", "cancelled" or "failed".
    The playback position (and the view) are as before afterwards.
    """

    sig_progress = Signal(int)
    sig_finished = Signal(str, str)

    def __init__(self, view: QWidget, playback, path: str, fmt: str | None = None, fps: float = DEFAULT_FPS,
                 size: tuple[int, int] | None = None, max_frames: int = MAX_FRAMES, parent: QObject | None = None):
        super().__init__(parent)
        self.view, self.playback, self.path = view, playback, path
        self.fmt = (fmt or os.path.splitext(path)[1].lstrip(".")).lower()
        if self.fmt not in FORMATS:
            raise ValueError(f"unknown animation format '{self.fmt}' (use {' or '.join(FORMATS)})")
        self.fps = fps
        self.size = size
        self.positions = frame_positions(playback.maximum, max_frames)
        self.done = 0
        self.state = "ready"
        self._writer: _GifWriter | _Mp4Writer | None = None
        self._tmp: str | None = None
        self._restore_position = playback.position
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._chunk)

    @property
    def total(self) -> int:
        return len(self.positions)

    def start(self) -> None:
        self.playback.stop()
        self._tmp = export.temporary_path_beside(self.path)
        try:
            self._writer = (_GifWriter if self.fmt == "gif" else _Mp4Writer)(self._tmp, self.fps)
        except Exception as e:  # e.g. no ffmpeg binary
            self._end("failed", str(e))
            return
        self.state = "running"
        self.view.setUpdatesEnabled(False)  # the screen keeps its picture (repainting it costs ~50% more time)
        self._timer.start()

    def cancel(self) -> None:
        if self.state == "running":
            self._end("cancelled", "")

    def _frame_size(self) -> tuple[int, int] | None:
        if self.fmt != "mp4":
            return self.size
        w, h = self.size or (self.view.width(), self.view.height())
        return w - w % 2, h - h % 2  # H.264 in yuv420p needs even sides

    def _chunk(self) -> None:
        if self.state != "running":
            return
        size = self._frame_size()
        until = time.perf_counter() + CHUNK_SECONDS
        failure = None
        self.view.setUpdatesEnabled(True)  # render() paints nothing while updates are off
        try:
            with export.laid_out_at(self.view, size) as laid_out:
                if self.done == 0:  # the colours of the whole story: its first and its last frame
                    self.playback.set_position(self.positions[-1])
                    last = image_to_array(export.render_laid_out(self.view, laid_out, size))
                    self.playback.set_position(self.positions[0])
                    first = image_to_array(export.render_laid_out(self.view, laid_out, size))
                    self._writer.set_palette([first, last])
                while self.done < self.total and (time.perf_counter() < until or self.done == 0):
                    self.playback.set_position(self.positions[self.done])
                    image = export.render_laid_out(self.view, laid_out, size)
                    self._writer.append(image_to_array(image))
                    self.done += 1
        except Exception as e:  # shown to the user; the export stops cleanly
            failure = str(e) or type(e).__name__
        finally:
            self.view.setUpdatesEnabled(False)
        if failure is not None:
            self._end("failed", failure)
            return
        self.sig_progress.emit(self.done)  # a modal progress dialog runs the event loop here: Cancel may come
        if self.state == "running" and self.done >= self.total:
            self._end("done", "")

    def _end(self, state: str, message: str) -> None:
        self._timer.stop()
        self.state = state
        writer, self._writer = self._writer, None
        try:
            if writer is not None:
                writer.close(discard=state != "done")
            if state == "done":
                os.replace(self._tmp, self.path)
        except Exception as e:
            state, message = "failed", str(e)
            self.state = state
        finally:
            if self._tmp is not None and os.path.exists(self._tmp):
                os.remove(self._tmp)
            self.playback.set_position(self._restore_position)
            self.view.setUpdatesEnabled(True)
        self.sig_finished.emit(state, message)


class AnimationDialog(QDialog):
    """File → Export animation: GIF or MP4, frames per second, how many frames at most, size."""

    def __init__(self, on_screen: QSize, positions: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export animation"))
        self.on_screen, self.positions = on_screen, positions
        self.format = QComboBox()
        self.format.addItem(self.tr("GIF (plays everywhere, slides and web pages)"), "gif")
        self.format.addItem(self.tr("MP4 video (smaller, smoother colours)"), "mp4")
        self.fps = QSpinBox()
        self.fps.setRange(1, MAX_FPS)
        self.fps.setValue(DEFAULT_FPS)
        self.fps.setSuffix(self.tr(" frames/s"))
        self.max_frames = QSpinBox()
        self.max_frames.setRange(2, 3000)
        self.max_frames.setValue(MAX_FRAMES)
        self.max_frames.setSuffix(self.tr(" frames"))
        self.size_chooser = export.SizeChooser(on_screen)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        theme.colored(self.message, "error")
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)  # the pip line can be copied
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("&Speed"), self.fps)
        form.addRow(self.tr("At &most"), self.max_frames)
        form.addRow(self.tr("&Size"), self.size_chooser)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for signal in (self.format.currentIndexChanged, self.fps.valueChanged, self.max_frames.valueChanged,
                       self.size_chooser.sig_changed):
            signal.connect(self._check)
        self._check()

    def _check(self) -> bool:
        fmt = self.format.currentData()
        frames = len(frame_positions(self.positions - 1, self.max_frames.value()))
        note = self.tr("{0} frames of {1} steps, {2:.1f} s long.").format(
            frames, self.positions, frames / self.fps.value())
        error = self.size_chooser.error()
        if error is None and fmt == "gif":
            w, h = self.size_chooser.value() or (self.on_screen.width(), self.on_screen.height())
            note += " " + self.tr("A GIF keeps every frame in memory until it is written: about {0} MB here.").format(
                max(1, round(2 * w * h * frames / 1e6)))  # measured: ~2 bytes a pixel a frame (1 kept + heap)
        missing = missing_modules(fmt)
        if error is None and missing:
            error = self.tr("{0} needs {1}, which is not installed. Install it with:\n{2}").format(
                fmt.upper(), ", ".join(missing), VIDEO_EXTRA)
        self.note.setText(note)
        self.message.setText(error or "")
        self.message.setVisible(error is not None)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(error is None)
        return error is None

    def accept(self) -> None:
        if self._check():
            super().accept()

    def choice(self) -> tuple[str, int, int, tuple[int, int] | None]:
        """(format, frames per second, most frames, size or None for as on screen)."""
        return self.format.currentData(), self.fps.value(), self.max_frames.value(), self.size_chooser.value()
