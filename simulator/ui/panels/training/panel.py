"""The training lab: a small network learns 2-D data; overfitting and its cures become visible."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ....compute.job import Job
from ....engine import datasets, models, optimizers, schedules, training, training_jobs
from ....engine.specs import SpecError
from ....session import SessionError
from ... import theme
from ...figures import BoundaryFigure
from ...widgets.fields import FieldGrid
from ...widgets.keys import bind
from ...widgets.state import write
from ..base import Panel
from .curves import TrainingCurves

CSV = "csv"  # the data choice "CSV file…"


class TrainingPanel(Panel):
    NAME = "training"

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.record: training.TrainRecord | None = None  # the latest state of the run (it lives in the compute process)
        self._run = 0  # numbers the runs, so a record says which one it belongs to
        self.csv_data: datasets.Dataset | None = None
        self.playing = False
        self.csv_path = ""
        self._resume_at = 0  # a restored session trains up to this iteration once its session is ready

        # -- settings ------------------------------------------------------------------------------------
        self.dataset = QComboBox()
        for name in datasets.DATASETS:
            self.dataset.addItem(name, name)
        self.dataset.addItem(self.tr("CSV file…"), CSV)
        self.noise, self.train_size, self.seed = QLineEdit("0.2"), QSpinBox(), QSpinBox()
        self.train_size.setRange(2, datasets.MAX_SAMPLES)
        self.train_size.setValue(100)
        self.seed.setRange(0, 10**6)
        self.layers = QLineEdit("2,32,32,2")
        self.activation = QComboBox()
        self.activation.addItems(models.ACTIVATIONS)
        self.optimizer = QLineEdit("Adam(lr=0.01)")
        self.optimizer.setToolTip(self.tr("One optimizer, or several separated by ';' to race them on the same "
                                          "data, batches and initial weights"))
        self.scheduler = QLineEdit()
        self.scheduler.setPlaceholderText(self.tr("none (e.g. StepLR(step_size=20))"))
        self.scheduler.setToolTip(self.tr("A scheduler for every run, e.g. StepLR(step_size=20, gamma=0.5); "
                                          "empty: the lr stays constant"))
        self.dropout = QLineEdit("0")
        self.batchnorm = QCheckBox("BatchNorm")
        self.weight_decay = QLineEdit("0")
        self.batch_size, self.epochs = QSpinBox(), QSpinBox()
        self.batch_size.setRange(1, datasets.MAX_SAMPLES)
        self.batch_size.setValue(16)
        self.epochs.setRange(1, training.MAX_EPOCHS)
        self.epochs.setValue(100)
        fields = ((self.tr("data"), self.dataset), (self.tr("noise"), self.noise),
                  (self.tr("training set"), self.train_size), (self.tr("seed"), self.seed),
                  (self.tr("layers"), self.layers), (self.tr("activation"), self.activation),
                  (self.tr("optimizer(s)"), self.optimizer), (self.tr("scheduler"), self.scheduler),
                  (self.tr("dropout p"), self.dropout), (self.tr("weight decay"), self.weight_decay),
                  (self.tr("batch size"), self.batch_size), (self.tr("epochs"), self.epochs))
        self.settings = FieldGrid(fields, (6, 4, 3), self.batchnorm)  # fewer per row when narrow

        # -- controls --------------------------------------------------------------------------------------
        self.play_button = QPushButton(self.tr("▶ train (Space)"))
        self.step_iteration = QPushButton(self.tr("+1 iteration"))
        self.step_epoch = QPushButton(self.tr("+1 epoch"))
        self.reset_button = QPushButton(self.tr("reset (R)"))
        self.story = QPushButton(self.tr("Overfit on purpose, then cure it"))
        self.story.setToolTip(self.tr("A tiny noisy training set and a wide network, four times: no "
                                      "regularization, Dropout, BatchNorm, weight decay"))
        self.counter = QLabel()
        theme.emphasis(self.counter, 3, bold=True)
        self.counter.setWordWrap(True)  # two lines rather than squeezing the buttons and the run choice
        self.show_run = QComboBox()
        self.show_run.setSizeAdjustPolicy(QComboBox.AdjustToContents)  # the whole optimizer, not "Adam(lr="
        self.show_run.setMinimumContentsLength(len("Adam(lr=0.01)"))
        controls = QHBoxLayout()
        for w in (self.play_button, self.step_iteration, self.step_epoch, self.reset_button, self.story):
            controls.addWidget(w)
        controls.addWidget(self.counter, 1)
        controls.addWidget(QLabel(self.tr("boundary of")))
        controls.addWidget(self.show_run)

        # -- plots ---------------------------------------------------------------------------------------------
        self.boundary = BoundaryFigure()
        self.boundary.setMinimumSize(380, 320)
        self.curves = TrainingCurves()
        body = QSplitter(Qt.Horizontal)
        body.addWidget(self.boundary)
        body.addWidget(self.curves)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)

        self.notice = QLabel()  # what a change did to the run in progress
        theme.colored(self.notice, "muted")
        self.notice.setWordWrap(True)
        self.notice.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.settings)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addLayout(controls)
        layout.addWidget(body, 1)

        self.play_button.clicked.connect(self.toggle_play)
        self.step_iteration.clicked.connect(lambda: self.advance(1))
        self.step_epoch.clicked.connect(self.advance_epoch)
        self.reset_button.clicked.connect(self.reset)
        self.story.clicked.connect(self.load_story)
        self.dataset.activated.connect(self._dataset_chosen)
        self.show_run.activated.connect(lambda _: self.show_record(self.record))
        for w in (self.noise, self.layers, self.optimizer, self.scheduler, self.dropout, self.weight_decay):
            w.editingFinished.connect(self._setting_changed)
        for w in (self.train_size, self.seed, self.batch_size, self.epochs):
            w.valueChanged.connect(lambda _: self._setting_changed())
        self.activation.activated.connect(lambda _: self._setting_changed())
        self.batchnorm.toggled.connect(lambda _: self._setting_changed())
        bind(self, ((Qt.Key_Space, self.toggle_play), (Qt.Key_R, self.reset)))
        theme.on_restyle(self, lambda _: self._restyle_sizes(), "size")
        self.reset()

    def _restyle_sizes(self) -> None:
        """Minimum sizes that grow with presentation mode: plots tall enough for their tick labels and axis
        title, fields wide enough for a typical optimizer and the scheduler hint."""
        font = QFont(self.font())
        font.setPointSizeF(theme.BASE_POINT_SIZE * theme.scale)  # (the widgets may not have the new font yet)
        metrics = QFontMetrics(font)
        self.curves.fit_sizes(font)
        pad = round(16 * theme.scale)
        self.optimizer.setMinimumWidth(metrics.horizontalAdvance("Adam(lr=0.001)") + pad)
        self.scheduler.setMinimumWidth(metrics.horizontalAdvance(self.scheduler.placeholderText()) + pad)
        self.settings.refit()

    # -- settings -> setup -----------------------------------------------------------------------------
    def read_setup(self, runs=None, data=None) -> training.Setup | None:
        try:
            noise = float(self.noise.text())
            dropout = float(self.dropout.text())
            decay = float(self.weight_decay.text())
        except ValueError:
            return self.show_error(self.tr("noise, dropout p and weight decay take numbers"))
        try:
            layers = tuple(int(v) for v in self.layers.text().split(","))
        except ValueError:
            return self.show_error(self.tr("layers: whole numbers separated by commas, e.g. 2,32,32,2"))
        try:
            if data is not None:
                pass  # the run's own data (its fields are unchanged)
            elif self.dataset.currentText() in datasets.DATASETS:
                data = datasets.make_dataset(self.dataset.currentText(), 600, noise, self.seed.value())
            elif self.csv_data is not None:
                data = self.csv_data
            else:
                return self.show_error(self.tr("choose a CSV file with x1,x2,label rows"))
            if runs is None:
                model = models.ModelSpec(layers, self.activation.currentText(), dropout, self.batchnorm.isChecked())
                scheduler = schedules.SCHEDULERS.parse(self.scheduler.text()) if self.scheduler.text().strip() \
                    else None
                texts = [t for t in self.optimizer.text().split(";") if t.strip()]
                runs = tuple(training.RunSpec(t.strip(), model, optimizers.OPTIMIZERS.parse(t), scheduler, decay)
                             for t in texts)
            setup = training.Setup(data, self.train_size.value(), 0.3, runs, self.batch_size.value(),
                                   self.epochs.value(), self.seed.value())
            training.check_setup(setup)
            datasets.split(data, setup.train_size, setup.test_fraction, setup.seed)
        except SpecError as e:
            return self.show_error(str(e))
        self.show_error(None)
        return setup

    def _data_key(self) -> tuple:
        return self.dataset.currentText(), self.noise.text(), self.seed.value(), id(self.csv_data)

    def _dataset_chosen(self, _index: int) -> None:
        if self.dataset.currentText() not in datasets.DATASETS:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Data: x1,x2,label rows"), "",
                                                  self.tr("CSV files (*.csv)"))
            if not path:
                return
            try:
                self.csv_data = datasets.load_csv(path)
                self.csv_path = path
            except SpecError as e:
                self.show_error(str(e))
                return
        self._setting_changed()

    def _setting_changed(self) -> None:
        """Hyperparameters (lr, betas, weight decay, Dropout p) apply from the next step of the run in
        progress, playing or paused; anything else starts it again and says why (the same seed gives the
        same data, batches and first weights)."""
        shown = self.record
        if shown is None or shown.run != self._run or shown.iteration == 0:
            self.reset()
            return
        if self._data_key() != self._session_data_key:
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
            self.advance(10**9)

    # -- running -------------------------------------------------------------------------------------------
    def reset(self, runs=None, notice: str = "") -> None:
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.stop(keep_last=False)
        setup = self.read_setup(runs)
        if setup is None:
            return
        self.record = None
        self._session_data_key = self._data_key()
        self._run += 1
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

    def load_story(self) -> None:
        story = training.OVERFIT_DATA
        self.dataset.setCurrentText(story["dataset"])
        for widget, value in ((self.noise, story["noise"]), (self.dropout, 0), (self.weight_decay, 0),
                              (self.layers, ",".join(str(n) for n in training.overfit_story(None)[0].model.layers))):
            widget.setText(str(value))
        for widget, value in ((self.train_size, story["train_size"]), (self.batch_size, story["batch_size"]),
                              (self.epochs, story["epochs"])):
            widget.blockSignals(True)
            widget.setValue(value)
            widget.blockSignals(False)
        self.batchnorm.blockSignals(True)
        self.batchnorm.setChecked(False)
        self.batchnorm.blockSignals(False)
        self.reset(training.overfit_story(optimizers.OPTIMIZERS.parse(self.optimizer.text().split(";")[0])))
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
            self.advance(10**9)

    def _set_playing(self, playing: bool) -> None:
        self.playing = playing
        self.play_button.setText(self.tr("❚❚ pause (Space)") if playing else self.tr("▶ train (Space)"))

    def stop(self, keep_last: bool = True) -> None:
        """Pause between two iterations; the job's last record still arrives and shows where the model is."""
        self._set_playing(False)
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
            if self.playing and record.iteration == 0:
                self.advance(10**9)
        run = max(0, self.show_run.currentIndex())
        self.boundary.show_record(record, run)
        if record.batch:  # inside an epoch
            epoch, batch = record.epoch + 1, record.batch
        else:  # at an epoch's end (or before the first)
            epoch, batch = record.epoch, record.batches_per_epoch if record.epoch else 0
        self.counter.setText(self.tr("epoch {0}/{1} · batch {2}/{3} · iteration {4}").format(
            epoch, record.setup.epochs, batch, record.batches_per_epoch, record.iteration))
        self.curves.draw(record)

    def _new_runs(self, record: training.TrainRecord) -> None:
        self.curves.new_runs(record)
        current = self.show_run.currentIndex()
        self.show_run.clear()
        self.show_run.addItems([h.label for h in record.runs])
        self.show_run.setCurrentIndex(min(max(current, 0), len(record.runs) - 1))

    # -- session ----------------------------------------------------------------------------------------------
    EXTRA = ("csv_file", "iteration")

    def state_fields(self) -> dict[str, QWidget]:
        return {"data": self.dataset, "noise": self.noise, "training_set": self.train_size, "seed": self.seed,
                "layers": self.layers, "activation": self.activation, "optimizers": self.optimizer,
                "scheduler": self.scheduler, "dropout": self.dropout, "weight_decay": self.weight_decay,
                "batch_size": self.batch_size, "epochs": self.epochs, "batchnorm": self.batchnorm}

    def state(self) -> dict:
        iteration = self.record.iteration if self.record is not None else 0
        return {**super().state(), "csv_file": self.csv_path, "iteration": iteration}

    def check_state(self, state: dict, where: str) -> None:
        super().check_state(state, where)
        if not isinstance(state.get("csv_file", ""), str):
            raise SessionError(f"{where}.csv_file: expected a file path")
        iteration = state.get("iteration", 0)
        if not isinstance(iteration, int) or isinstance(iteration, bool) or iteration < 0:
            raise SessionError(f"{where}.iteration: expected a whole number ≥ 0")

    def restore(self, state: dict) -> None:
        write(self.state_fields(), state)
        self.csv_path = state.get("csv_file", self.csv_path)
        if self.dataset.currentData() == CSV and self.csv_path:
            try:
                self.csv_data = datasets.load_csv(self.csv_path)  # data only, checked line by line
            except SpecError as e:
                self.show_error(str(e))
                return
        self._resume_at = state.get("iteration", 0)
        self.reset()

    # -- export ------------------------------------------------------------------------------------------------
    def csv_writer(self):
        record, run = self.record, max(0, self.show_run.currentIndex())
        return None if record is None else lambda file: training.write_csv(record, file, run)
