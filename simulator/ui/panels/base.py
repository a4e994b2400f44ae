"""The panel contract: everything the main window, sessions, lessons and exports know of a panel.

A panel is one ``Panel`` subclass, registered by one line in ``panels/__init__.py``. Its ``NAME`` is its
registry name and its job owner (a composite panel's views are panels of their own, named
``<panel>.<view>``). It submits its engine jobs with ``submit``; a job's failure and the panel's own
input messages go to its ``error`` label. What it shows is exported through ``current_view`` (pictures),
``csv_writer`` (data), ``pytorch_script`` (a script and a notebook) and ``export_name`` (file names); its settings go to
sessions and lessons through ``Stateful``; a panel that steps has a ``playback`` bar.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ...compute.job import Job
from ...engine.notebook import Script
from ...engine.said import spoken
from .. import theme
from ..widgets.state import Stateful


class Panel(QWidget, Stateful):
    NAME = ""  # the registry name, also the owner of the panel's jobs
    playback = None  # a PlaybackBar when the panel steps (animation export, the session's step)

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.error = QLabel()  # placed by the panel, next to what the user types
        theme.colored(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()

    # -- jobs ------------------------------------------------------------------------------------------
    def submit(self, job: Job, on_record, on_finished=None) -> int:
        """Run ``job`` in the compute process, replacing this panel's running one; records go to
        ``on_record``; a failure is shown in the panel's error label (then ``on_finished`` is called)."""
        def finished(state: str, error: str | None) -> None:
            if error:
                self.show_error(error)
            if on_finished is not None:
                on_finished(state, error)

        return self.controller.submit(self.NAME, job, on_record, finished)

    def busy(self) -> bool:
        return self.controller.busy(self.NAME)

    def show_error(self, message: str | None) -> None:
        """A message under the panel's inputs (None clears it)."""
        self.error.setText(spoken(message) if message else "")  # (an engine message in the user's language)
        self.error.setVisible(bool(message))

    # -- exports ---------------------------------------------------------------------------------------
    def current_view(self) -> QWidget:
        """What a picture or an animation of the panel shows."""
        return self

    def export_name(self) -> str:
        return self.NAME

    def csv_writer(self):
        """A function writing what is shown as CSV to a text file, or None while nothing is computed."""
        return None

    def write_csv(self, file) -> None:
        write = self.csv_writer()
        if write is None:
            raise ValueError(QCoreApplication.translate("Panel", "nothing computed yet"))
        write(file)

    def pytorch_script(self) -> Script | None:
        """A torch script that reproduces the panel's numbers, with what it shows in words (for a notebook);
        None when the panel has none (or nothing is computed yet)."""
        return None

    def pytorch_code(self) -> str | None:
        script = self.pytorch_script()
        return None if script is None else script.code
