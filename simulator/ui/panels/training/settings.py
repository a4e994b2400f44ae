"""The training lab's settings: data, network, optimizers and schedule, read into a training Setup (an invalid
field raises SettingsError with the message to show)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....engine import datasets, models, optimizers, schedules, training
from ....engine.specs import SpecError
from ... import theme
from ...widgets.fields import FieldGrid

CSV = "csv"  # the data choice "CSV file…"


class SettingsError(ValueError):
    """A field that does not describe a run; the message is the one to show."""


class TrainingSettings(QWidget):
    sig_changed = Signal()  # a field was edited (or a CSV file chosen)
    sig_error = Signal(str)  # a CSV file could not be read

    def __init__(self, parent=None):
        super().__init__(parent)
        self.csv_data: datasets.Dataset | None = None
        self.csv_path = ""
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
                  (self.tr("batch size"), self.batch_size), (self.tr("epochs"), self.epochs),
                  ("", self.batchnorm))
        self.grid = FieldGrid(fields, (7, 5, 4, 3))  # fewer per row when narrow
        self.summary = QLabel()  # the settings in one line, while the fields are folded away
        theme.colored(self.summary, "muted")
        self.summary.setWordWrap(True)
        self.toggle = QToolButton()  # placed by the panel, with its other controls
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolTip(self.tr("Show or fold away the settings (folded in presentation mode, so the plots "
                                       "get the room)"))
        self.toggle.toggled.connect(self._show_fields)
        self._presenting = None  # presentation mode when the fields were last folded or shown for it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)
        layout.addWidget(self.summary)
        self._show_fields(True)

        self.dataset.activated.connect(self._dataset_chosen)
        for w in (self.noise, self.layers, self.optimizer, self.scheduler, self.dropout, self.weight_decay):
            w.editingFinished.connect(self.sig_changed)
        for w in (self.train_size, self.seed, self.batch_size, self.epochs):
            w.valueChanged.connect(lambda _: self.sig_changed.emit())
        self.activation.activated.connect(lambda _: self.sig_changed.emit())
        self.batchnorm.toggled.connect(lambda _: self.sig_changed.emit())
        self.sig_changed.connect(self.describe)

    def fields(self) -> dict[str, QWidget]:
        """The fields by their names in a saved session."""
        return {"data": self.dataset, "noise": self.noise, "training_set": self.train_size, "seed": self.seed,
                "layers": self.layers, "activation": self.activation, "optimizers": self.optimizer,
                "scheduler": self.scheduler, "dropout": self.dropout, "weight_decay": self.weight_decay,
                "batch_size": self.batch_size, "epochs": self.epochs, "batchnorm": self.batchnorm}

    def fit_sizes(self, font: QFont) -> None:
        """Fields wide enough, at the current scale, for a typical optimizer and scheduler and the layers as
        they are (a field never clips what it holds at first sight); the fields folded
        away when presentation mode starts (and shown when it ends), whatever was chosen before."""
        metrics = QFontMetrics(font)
        pad = round(16 * theme.scale)
        self.optimizer.setMinimumWidth(metrics.horizontalAdvance("Adam(lr=0.001)") + pad)
        self.layers.setMinimumWidth(metrics.horizontalAdvance(self.layers.text() or "2,32,32,2") + pad)
        self.scheduler.setMinimumWidth(metrics.horizontalAdvance("StepLR(step_size=20)") + pad)
        self.grid.refit()
        presenting = theme.scale > 1
        if presenting != self._presenting:
            self._presenting = presenting
            self.toggle.setChecked(not presenting)

    def _show_fields(self, shown: bool) -> None:
        self.grid.setVisible(shown)
        self.summary.setVisible(not shown)
        self.toggle.setText(self.tr("Settings ▴") if shown else self.tr("Settings ▾"))
        self.describe()

    def describe(self) -> None:
        """The one-line summary: data, network, optimizers, batches."""
        network = f"{self.layers.text()} {self.activation.currentText()}" + (" + BatchNorm" if
                                                                           self.batchnorm.isChecked() else "")
        dropout = self.tr(", dropout {0}").format(self.dropout.text()) if self.dropout.text() not in ("", "0") else ""
        self.summary.setText(self.tr("{0}, {1} training samples · {2}{3} · {4}{5} · batch {6} · {7} epochs").format(
            self.dataset.currentText(), self.train_size.value(), network, dropout, self.optimizer.text(),
            f" + {self.scheduler.text()}" if self.scheduler.text().strip() else "", self.batch_size.value(),
            self.epochs.value()))

    def data_key(self) -> tuple:
        """What the data is made from: a run whose key changed has other data."""
        return self.dataset.currentText(), self.noise.text(), self.seed.value(), id(self.csv_data)

    def setup(self, runs=None, data=None) -> training.Setup:
        """The Setup the fields describe; ``runs`` (a story's) and ``data`` (the run's own) replace theirs."""
        self.describe()  # (a restored session or lesson wrote the fields without their signals)
        try:
            noise = float(self.noise.text())
            dropout = float(self.dropout.text())
            decay = float(self.weight_decay.text())
        except ValueError:
            raise SettingsError(self.tr("noise, dropout p and weight decay take numbers")) from None
        try:
            layers = tuple(int(v) for v in self.layers.text().split(","))
        except ValueError:
            raise SettingsError(self.tr("layers: whole numbers separated by commas, e.g. 2,32,32,2")) from None
        try:
            if data is not None:
                pass  # the run's own data (its fields are unchanged)
            elif self.dataset.currentText() in datasets.DATASETS:
                data = datasets.make_dataset(self.dataset.currentText(), 600, noise, self.seed.value())
            elif self.csv_data is not None:
                data = self.csv_data
            else:
                raise SettingsError(self.tr("choose a CSV file with x1,x2,label rows"))
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
            raise SettingsError(str(e)) from None
        return setup

    def show_story(self, story: dict, layers: tuple[int, ...], activation: str, optimizer: str) -> None:
        """A story's data, network and optimizer in the fields (without announcing them as edits)."""
        quiet = (self.train_size, self.batch_size, self.epochs, self.batchnorm, self.activation)
        for w in quiet:
            w.blockSignals(True)
        self.dataset.setCurrentText(story["dataset"])
        self.noise.setText(str(story["noise"]))
        self.dropout.setText("0")
        self.weight_decay.setText("0")
        self.layers.setText(",".join(str(n) for n in layers))
        self.optimizer.setText(optimizer)
        self.train_size.setValue(story["train_size"])
        self.batch_size.setValue(story["batch_size"])
        self.epochs.setValue(story["epochs"])
        self.batchnorm.setChecked(False)
        self.activation.setCurrentText(activation)
        for w in quiet:
            w.blockSignals(False)
        self.describe()

    def load_csv(self, path: str) -> None:
        """Data from a CSV file (raises SpecError with the line that is wrong)."""
        self.csv_data = datasets.load_csv(path)
        self.csv_path = path

    def _dataset_chosen(self, _index: int) -> None:
        if self.dataset.currentData() == CSV:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Data: x1,x2,label rows"), "",
                                                  self.tr("CSV files (*.csv)"))
            if not path:
                return
            try:
                self.load_csv(path)
            except SpecError as e:
                self.sig_error.emit(str(e))
                return
        self.sig_changed.emit()
