"""The window's exports of the current panel, through the panel contract (panels/base.py)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox


class Exports(QObject):
    """The current panel out of the app: CSV, a picture, an animation, a PyTorch script."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def _say(self, message: str, ms: int = 5000) -> None:
        self.window.statusBar().showMessage(message, ms)

    def export_csv(self) -> None:
        panel = self.window.current_panel()
        if panel is None:
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export CSV"), f"{panel.export_name()}.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            try:
                with open(path, "w", newline="", encoding="utf-8") as f:
                    panel.write_csv(f)
            except (OSError, ValueError) as e:
                QMessageBox.warning(self.window, self.tr("Export failed"), str(e))
                return
            self._say(self.tr("Saved {0}").format(path), 5000)

    def copy_code(self) -> None:
        """A short torch script that reproduces the current panel's numbers, to the clipboard."""
        panel = self.window.current_panel()
        text = panel.pytorch_code() if panel is not None else None
        if not text:
            self._say(self.tr("This panel has no PyTorch script (yet)"), 5000)
            return
        QApplication.clipboard().setText(text)
        self._say(self.tr("PyTorch code copied: run it with python to get the same numbers"))

    def export_notebook(self) -> None:
        """The panel's script as a Jupyter notebook in the interface language: what it showed, the code, a plot."""
        from ...engine import notebook
        from ...session import write_atomic
        from .. import notebook_texts

        panel = self.window.current_panel()
        script = panel.pytorch_script() if panel is not None else None
        if script is None:
            self._say(self.tr("This panel has no PyTorch script (yet)"), 5000)
            return
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export as notebook"),
                                              f"{panel.export_name()}.ipynb", self.tr("Jupyter notebooks (*.ipynb)"))
        if not path:
            return
        try:
            write_atomic(path, notebook.text(script, notebook_texts.words()))
        except (OSError, ValueError) as e:
            QMessageBox.warning(self.window, self.tr("Export failed"),
                                self.tr("Could not write {0}: {1}").format(path, e))
            return
        self._say(self.tr("Saved {0}: open it in Jupyter and run all cells").format(path))

    def export_picture(self) -> None:
        """The current view as PNG at a chosen size, or as SVG."""
        from ..export import PictureDialog, write_picture

        panel = self.window.current_panel()
        if panel is None:
            return
        view = panel.current_view()
        dialog = PictureDialog(view.size(), self.window)
        if dialog.exec() != QDialog.Accepted:
            return
        fmt, size = dialog.choice()
        filters = {"png": self.tr("PNG images (*.png)"), "svg": self.tr("SVG drawings (*.svg)")}
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export picture"), f"{panel.export_name()}.{fmt}",
                                              filters[fmt])
        if not path:
            return
        try:
            written = write_picture(view, path, fmt, size)
        except (OSError, ValueError) as e:
            QMessageBox.warning(self.window, self.tr("Export failed"),
                                self.tr("Could not write {0}: {1}").format(path, e))
            return
        self._say(self.tr("Saved {0} ({1}×{2})").format(path, written.width(), written.height()))

    def export_animation(self) -> None:
        """The current panel's playback (race, backprop) as GIF or MP4, one frame per step (subsampled)."""
        from ..animation import FORMATS, VIDEO_EXTRA, AnimationDialog, missing_modules

        panel = self.window.current_panel()
        playback = panel.playback if panel is not None else None
        if playback is None:
            self._say(self.tr("This panel has nothing to animate (the race and backprop panels "
                                                 "do)"), 5000)
            return
        if all(missing_modules(fmt) for fmt in FORMATS):
            QMessageBox.information(
                self.window, self.tr("Animations need an optional package"),
                self.tr("Exporting animations needs imageio, imageio-ffmpeg and Pillow, which are not installed. "
                        "Install them with:\n\n{0}").format(VIDEO_EXTRA))
            return
        if panel.busy() or playback.maximum == 0:
            self._say(self.tr("Nothing to animate yet: wait until the computation is done"), 5000)
            return
        view = panel.current_view()
        dialog = AnimationDialog(view.size(), playback.maximum + 1, self.window)
        if dialog.exec() != QDialog.Accepted:
            return
        fmt, fps, max_frames, size = dialog.choice()
        filters = {"gif": self.tr("GIF animations (*.gif)"), "mp4": self.tr("MP4 videos (*.mp4)")}
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export animation"), f"{panel.export_name()}.{fmt}",
                                              filters[fmt])
        if path:
            self.start_animation_export(path, fmt, fps, size, max_frames)

    def start_animation_export(self, path: str, fmt: str, fps: int, size: tuple[int, int] | None = None,
                               max_frames: int = 300):
        """Write the animation with a progress dialog (Cancel leaves no file); returns the running export."""
        from PySide6.QtWidgets import QProgressDialog

        from ..animation import AnimationExport

        panel = self.window.current_panel()
        job = AnimationExport(panel.current_view(), panel.playback, path, fmt, fps, size, max_frames, self.window)
        progress = QProgressDialog(self.tr("Writing {0} frames to {1}…").format(job.total, path), self.tr("Cancel"),
                                   0, job.total, self.window)
        progress.setWindowTitle(self.tr("Export animation"))
        progress.setWindowModality(Qt.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(job.cancel)
        job.sig_progress.connect(progress.setValue)
        job.sig_finished.connect(lambda state, message: self._animation_finished(job, progress, state, message))
        self.animation_export = job
        progress.show()
        job.start()
        return job

    def _animation_finished(self, job, progress, state: str, message: str) -> None:
        progress.canceled.disconnect(job.cancel)
        progress.close()
        progress.deleteLater()
        if state == "done":
            self._say(self.tr("Saved {0} ({1} frames)").format(job.path, job.total), 5000)
        elif state == "cancelled":
            self._say(self.tr("Animation export cancelled; nothing was written"), 5000)
        else:
            QMessageBox.warning(self.window, self.tr("Export failed"),
                                self.tr("Could not write {0}: {1}").format(job.path, message))
