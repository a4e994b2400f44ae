"""The training lab: a small network learns 2-D data; overfitting and its cures become visible, and so does
what happens inside it (layers.py) at any iteration of the run (timeline.py)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....compute.job import Job
from ....engine import optimizers, stories, training, training_jobs
from ....engine.specs import SpecError
from ....session import SessionError
from ... import notebook_texts, theme
from ...widgets.flow import FlowRow
from ...widgets.keys import bind
from ...widgets.state import write
from ..base import Panel
from .fork import ForkBar
from .settings import CSV, SettingsError, TrainingSettings
from .timeline import Timeline
from .tools import ToolJobs
from .views import TrainingViews

# each story made from the first optimizer typed (the BatchNorm story brings its own: SGD)
STORIES = {"overfit": stories.overfit, "batchnorm": lambda _typed: stories.why_batchnorm()}


class TrainingPanel(ToolJobs, Panel):
    NAME = "training"

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.record: training.TrainRecord | None = None  # the latest state of the run (it lives in the compute process)
        self._run = 0  # numbers the runs, so a record says which one it belongs to
        self._scriptable = 0  # the run trained from the settings alone (no fork, no edit): a script redoes it
        self.playing = False
        self._resume_at = 0  # a restored session trains up to this iteration once its session is ready

        self.settings = TrainingSettings()

        # -- controls --------------------------------------------------------------------------------------
        self.play_button = QPushButton(self.tr("▶ train (Space)"))
        self.step_iteration = QPushButton(self.tr("+1 iteration"))
        self.step_epoch = QPushButton(self.tr("+1 epoch"))
        self.reset_button = QPushButton(self.tr("reset (R)"))
        self.story = QPushButton(self.tr("Stories"))  # (a push button keeps room for its menu arrow)
        stories_menu = QMenu(self.story)
        stories_menu.setToolTipsVisible(True)
        for key, make in STORIES.items():
            story = make(None)
            action = stories_menu.addAction(self.tr(story.name), lambda k=key: self.load_story(k))
            action.setToolTip(self.tr(story.about))
        self.story.setMenu(stories_menu)
        self.counter = QLabel()
        theme.emphasis(self.counter, 3, bold=True)
        self.show_run = QComboBox()
        self.show_run.setSizeAdjustPolicy(QComboBox.AdjustToContents)  # the whole optimizer, not "Adam(lr="
        self.show_run.setMinimumContentsLength(len("Adam(lr=0.01)"))
        self.fork_button = QPushButton(self.tr("Fork at the cursor…"))
        self.fork_button.setCheckable(True)
        self.fork_button.setToolTip(self.tr("Change one setting from the time cursor's iteration on and train "
                                             "both futures from the same state"))
        controls = FlowRow((self.settings.toggle, self.play_button, self.step_iteration, self.step_epoch,
                            self.reset_button, self.story, self.fork_button, (QWidget(), True),
                            QLabel(self.tr("boundary of")), self.show_run))  # wraps on a small projector

        # -- plots ---------------------------------------------------------------------------------------------
        self.plots = TrainingViews()
        self.timeline = Timeline(self.counter)  # the counter says where the run is, the cursor where you look
        self.fork_bar = ForkBar()  # shown by the fork button
        self.fork_bar.hide()
        self._pace = QTimer(self)  # trains a few iterations per tick at a chosen speed
        self._wanted, self._viewing = 0, None  # the cursor's iteration; the one being rebuilt now

        self.notice = QLabel()  # what a change did to the run in progress
        theme.colored(self.notice, "muted")
        self.notice.setWordWrap(True)
        self.notice.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.settings)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(controls)
        layout.addWidget(self.timeline)
        layout.addWidget(self.fork_bar)
        layout.addWidget(self.plots, 1)

        self.play_button.clicked.connect(self.toggle_play)
        self.step_iteration.clicked.connect(lambda: self.advance(1))
        self.step_epoch.clicked.connect(self.advance_epoch)
        self.reset_button.clicked.connect(self.reset)
        self.show_run.activated.connect(lambda _: self._run_chosen())
        self.settings.sig_changed.connect(self._setting_changed)
        self.settings.sig_error.connect(self.show_error)
        self.timeline.sig_moved.connect(self.view_at)
        self.timeline.sig_live.connect(lambda: self.show_record(self.record))
        self.timeline.slider.sliderReleased.connect(lambda: self.view_at(self.timeline.position))
        self.timeline.speed.activated.connect(lambda _: self._train_on() if self.playing else None)
        self._pace.timeout.connect(self._paced_step)
        self.plots.network_view.sig_edit.connect(self._edit)
        self.fork_button.toggled.connect(lambda on: (self.fork_bar.setVisible(on), self._aim_fork()))
        self.fork_bar.sig_fork.connect(self._fork)
        self.plots.range_test.sig_run.connect(self._range_test)
        self.plots.range_test.sig_race.connect(self._race_lrs)
        self.plots.landscape.sig_compute.connect(self._landscape)
        per_epoch = lambda: self.record.batches_per_epoch if self.record else 1  # noqa: E731
        bind(self, ((Qt.Key_Space, self.toggle_play), (Qt.Key_R, self.reset),
                    (Qt.Key_Left, lambda: self.timeline.move_by(-1)), (Qt.Key_Right, lambda: self.timeline.move_by(1)),
                    ("Shift+Left", lambda: self.timeline.move_by(-per_epoch())),
                    ("Shift+Right", lambda: self.timeline.move_by(per_epoch())), (Qt.Key_End, self.timeline.go_live)))
        theme.on_restyle(self, lambda _: self._restyle_sizes(), "size")
        self.reset()

    def _restyle_sizes(self) -> None:
        """Minimum sizes that grow with presentation mode: plots tall enough for their tick labels and axis
        title, fields wide enough for what they hold."""
        font = QFont(self.font())
        font.setPointSizeF(theme.BASE_POINT_SIZE * theme.scale)  # (the widgets may not have the new font yet)
        self.plots.fit_sizes(font)
        self.settings.fit_sizes(font)

    def read_setup(self, runs=None, data=None) -> training.Setup | None:
        """The settings' Setup, or None with the message shown."""
        try:
            setup = self.settings.setup(runs, data)
        except SettingsError as e:
            return self.show_error(str(e))
        self.show_error(None)
        return setup

    def _setting_changed(self) -> None:
        """Hyperparameters (lr, betas, weight decay, Dropout p) apply from the next step of the run in
        progress, playing or paused; anything else starts it again and says why (the same seed gives the
        same data, batches and first weights)."""
        shown = self.record
        if shown is None or shown.run != self._run or shown.iteration == 0:
            self.reset()
            return
        if self.settings.data_key() != self._session_data_key:
            reasons = ("data",)
        else:
            setup = self.read_setup(data=shown.setup.data)
            if setup is None:
                return  # the message is shown; the run goes on as it was
            reasons = training_jobs.restart_reasons(shown.setup, setup)
            if not reasons:
                self.submit(Job.in_workspace(training_jobs.apply_job, setup), self._applied)
                return
        playing = self.playing
        self.reset(notice=self.tr("{0} changed: training starts again from iteration 0.").format(
            self.tr(", ").join(QCoreApplication.translate("TrainingPanel", r) for r in reasons)))
        self._set_playing(playing)

    def _applied(self, record: training.TrainRecord) -> None:
        self.show_record(record)
        if self.playing:  # the apply job took the running one's place: train on
            self._train_on()

    # -- running -------------------------------------------------------------------------------------------
    def reset(self, runs=None, notice: str = "") -> None:
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.stop(keep_last=False)
        setup = self.read_setup(runs)
        if setup is None:
            return
        self.record = None
        self._session_data_key = self.settings.data_key()
        self._run += 1
        self._scriptable = self._run
        self.submit(Job.in_workspace(training_jobs.start_job, setup, self._run), self._session_ready)

    def _session_ready(self, record: training.TrainRecord) -> None:
        self.show_record(record)  # starts training at once when playing (a story, a run resumed playing)
        if self._resume_at and not self.playing:
            self.advance(until=self._resume_at)
        self._resume_at = 0

    def recompute(self) -> None:
        """After the compute process was restarted: the same run again, trained up to where it was."""
        self._resume_at = max(self._resume_at, self.record.iteration if self.record is not None else 0)
        playing = self.playing
        self.reset()
        self._set_playing(playing)

    def load_story(self, key: str = "overfit") -> None:
        """A story's settings and runs, started at once (the overfitting story races the first optimizer
        typed; the BatchNorm story brings its own)."""
        first = self.settings.optimizer.text().split(";")[0]
        try:
            optimizer = optimizers.OPTIMIZERS.parse(first)
        except SpecError:
            optimizer = optimizers.OPTIMIZERS.parse("Adam(lr=0.01)")
        story = STORIES[key](optimizer)
        self.settings.show_story(story.data, story.layers, story.activation, story.runs[0].optimizer.text)
        self.reset(tuple(replace(run, label=self.tr(run.label)) for run in story.runs))  # (engine_texts)
        self._set_playing(True)  # starts as soon as the session is ready

    def advance(self, steps: int | None = None, until: int | None = None) -> None:
        """Train on; ``steps`` are counted in the compute process from where the model really is."""
        if self.record is None or self.record.run != self._run:
            return
        self.submit(Job.in_workspace(training_jobs.advance_job, steps, until), self.show_record,
                               self._finished)

    def advance_epoch(self) -> None:
        if self.record is not None and self.record.run == self._run:
            self.submit(Job.in_workspace(training_jobs.advance_job, epoch_end=True), self.show_record,
                                   self._finished)

    def toggle_play(self) -> None:
        if self.playing:
            self.stop()
        else:
            self._set_playing(True)
            self._train_on()

    def _train_on(self) -> None:
        """Play: as fast as it goes, or a few iterations per tick at the timeline's speed."""
        self.timeline.go_live()
        rate = self.timeline.rate
        if rate is None:
            self._pace.stop()
            self.advance(10**9)
        else:
            self._pace.start(max(33, round(1000 / rate)))
            self._paced_step()

    def _paced_step(self) -> None:
        if not self.playing:
            self._pace.stop()
        elif not self.controller.busy(self.NAME):
            self.advance(max(1, round(self.timeline.rate * self._pace.interval() / 1000)))

    def _set_playing(self, playing: bool) -> None:
        self.playing = playing
        self.play_button.setText(self.tr("❚❚ pause (Space)") if playing else self.tr("▶ train (Space)"))

    def stop(self, keep_last: bool = True) -> None:
        """Pause between two iterations; the job's last record still arrives and shows where the model is."""
        self._set_playing(False)
        self._pace.stop()
        if keep_last:
            self.controller.stop(self.NAME)
        else:
            self.controller.cancel(self.NAME)

    def _finished(self, state: str, error: str | None) -> None:
        if self.record is not None and self.record.done:
            self.stop()

    # -- records -> screen --------------------------------------------------------------------------------
    def show_record(self, record: training.TrainRecord | None) -> None:
        if record is None:
            return
        if record.run != self._run:
            return  # from a run that was replaced
        new = self.record is None or record.run != self.record.run
        self.record = record
        if new:
            self._new_runs(record)
            if self.playing and not record.done:  # a story, a fork, a run resumed playing
                self._train_on()
        run = max(0, self.show_run.currentIndex())
        self.timeline.set_newest(record.iteration)
        self.plots.show_record(record, run, self.timeline.live, not self.playing)
        if record.batch:  # inside an epoch
            epoch, batch = record.epoch + 1, record.batch
        else:  # at an epoch's end (or before the first)
            epoch, batch = record.epoch, record.batches_per_epoch if record.epoch else 0
        self.counter.setText(self.tr("epoch {0}/{1} · batch {2}/{3} · iteration {4}").format(
            epoch, record.setup.epochs, batch, record.batches_per_epoch, record.iteration))

    def view_at(self, iteration: int) -> None:
        """The time cursor: the run as it was after ``iteration`` steps (rebuilt in the compute process; while
        the slider is dragged, at the nearest snapshot before it, which needs no replay)."""
        if self.record is None:
            return
        if self.playing:
            self.stop()
        if self.timeline.dragging:
            iteration -= iteration % self.record.snapshot_every
        self.plots.set_cursor(iteration)
        self._wanted = iteration
        self._aim_fork()
        if self._viewing is None:  # one view at a time, then the newest position asked for meanwhile
            self._request_view()

    def _request_view(self) -> None:
        self._viewing = self._wanted
        self.submit(Job.in_workspace(training_jobs.view_job, self._wanted), self._show_view, self._view_done)

    def _view_done(self, _state: str, _error: str | None) -> None:
        asked, self._viewing = self._viewing, None
        if asked is not None and self._wanted != asked and not self.timeline.live:
            self._request_view()

    def _show_view(self, view: training_jobs.TrainView) -> None:
        self._view_done("", None)  # its one record is in: the next position may be asked for now
        if self.record is None or view.run != self._run or self.timeline.live:
            return
        self.plots.show_view(view, max(0, self.show_run.currentIndex()))

    def _edit(self, name: str, value: float) -> None:
        """A weight or bias typed in the network tab: set in the paused run, used from the next step."""
        if self.record is not None and not self.playing and self.timeline.live:
            run, self._scriptable = max(0, self.show_run.currentIndex()), None
            self.submit(Job.in_workspace(training_jobs.edit_job, run, name, value), self.show_record)

    def _aim_fork(self) -> None:
        if self.record is not None and self.fork_bar.isVisible():
            run = min(max(self.show_run.currentIndex(), 0), len(self.record.setup.runs) - 1)
            self.fork_bar.aim(self.record.setup.runs[run], self.timeline.position)

    def _fork(self, setting: str, text: str) -> None:
        """Two futures of the shown run from the cursor's iteration: a new run of the panel."""
        if self.record is None:
            return
        self.stop()
        self._run += 1
        job = Job.in_workspace(training_jobs.fork_job, self.timeline.position, max(0, self.show_run.currentIndex()),
                               setting, text, self._run)
        self.fork_button.setChecked(False)
        self._set_playing(True)  # both futures train as soon as the fork is made
        self.submit(job, self._session_ready)

    def _run_chosen(self) -> None:
        """Another run's boundary and layer statistics."""
        record = self.record
        if record is not None:
            self.plots.show_layers_of(record, max(0, self.show_run.currentIndex()))
            self.show_record(record)
            if not self.timeline.live:
                self.view_at(self.timeline.position)
            self._aim_fork()

    def _new_runs(self, record: training.TrainRecord) -> None:
        current = self.show_run.currentIndex()
        self.show_run.clear()
        self.show_run.addItems([h.label for h in record.runs])
        self.show_run.setCurrentIndex(min(max(current, 0), len(record.runs) - 1))
        self.plots.new_runs(record, self.show_run.currentIndex())
        self.timeline.go_live()

    # -- session ----------------------------------------------------------------------------------------------
    EXTRA = ("csv_file", "iteration")

    def state_fields(self) -> dict[str, QWidget]:
        return self.settings.fields()

    def state(self) -> dict:
        iteration = self.record.iteration if self.record is not None else 0
        return {**super().state(), "csv_file": self.settings.csv_path, "iteration": iteration}

    def check_state(self, state: dict, where: str) -> None:
        super().check_state(state, where)
        if not isinstance(state.get("csv_file", ""), str):
            raise SessionError(f"{where}.csv_file: expected a file path")
        iteration = state.get("iteration", 0)
        if not isinstance(iteration, int) or isinstance(iteration, bool) or iteration < 0:
            raise SessionError(f"{where}.iteration: expected a whole number ≥ 0")

    def restore(self, state: dict) -> None:
        write(self.state_fields(), state)
        path = state.get("csv_file", self.settings.csv_path)
        if self.settings.dataset.currentData() == CSV and path:
            try:
                self.settings.load_csv(path)  # data only, checked line by line
            except SpecError as e:
                self.show_error(str(e))
                return
        self._resume_at = state.get("iteration", 0)
        self.reset()

    # -- export ------------------------------------------------------------------------------------------------
    def pytorch_script(self):
        record = self.record
        if record is None or record.run != self._scriptable:
            return None
        return notebook_texts.training(record.setup, record.train, record.test)

    def csv_writer(self):
        record, run = self.record, max(0, self.show_run.currentIndex())
        return None if record is None else lambda file: training.write_csv(record, file, run)

