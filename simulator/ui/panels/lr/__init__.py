"""The learning-rate lab (tutorial chapter 4): the effect of the lr, decay schedules, and the range test on
the same y = 4x²."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ....session import SessionError
from ... import notebook_texts
from ..base import Panel
from .effect import EffectView
from .range_test import QuadraticRangeView
from .schedules import SchedulesView


class LRPanel(Panel):
    """Three views, each a panel of its own (its own jobs and messages): the tabs pass the contract on."""

    VIEWS = ("effect", "schedules", "range_test")

    NAME = "lr"

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.effect = EffectView(controller)
        self.schedules = SchedulesView(controller)
        self.range_test = QuadraticRangeView(controller)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.effect, self.tr("Effect of the learning rate (4.1)"))
        self.tabs.addTab(self.schedules, self.tr("Decay schedules (4.2–4.5)"))
        self.tabs.addTab(self.range_test, self.tr("Range test on y = 4x²"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)

    def views(self) -> dict:
        return {name: getattr(self, name) for name in self.VIEWS}

    def state(self) -> dict:
        return {"view": self.tabs.currentIndex(), **{name: view.state() for name, view in self.views().items()}}

    def check_state(self, state: dict, where: str) -> None:
        unknown = set(state) - {"view", *self.VIEWS}
        if unknown:
            raise SessionError(f"{where}: unknown setting \"{sorted(unknown)[0]}\"")
        if state.get("view", 0) not in range(len(self.VIEWS)):
            raise SessionError(f"{where}.view: 0 (effect), 1 (schedules) or 2 (range test)")
        for name, view in self.views().items():
            if not isinstance(state.get(name, {}), dict):
                raise SessionError(f"{where}.{name}: expected an object")
            view.check_state(state.get(name, {}), f"{where}.{name}")

    def recompute(self) -> None:
        for view in self.views().values():
            view.recompute()

    def restore(self, state: dict) -> None:
        for name, view in self.views().items():
            if name in state:
                view.restore(state[name])
        self.tabs.setCurrentIndex(state.get("view", self.tabs.currentIndex()))

    def busy(self) -> bool:
        return any(view.busy() for view in self.views().values())

    def current_view(self) -> QWidget:
        return self.tabs.currentWidget()

    def export_name(self) -> str:
        return "lr-" + self.VIEWS[self.tabs.currentIndex()].replace("_", "-")

    def csv_writer(self):
        return self.current_view().csv_writer()

    def pytorch_script(self):
        view = self.schedules
        if view.result is None:
            return None
        rows = [(row.spec.text, row.spec) for row in view.rows.values() if row.spec is not None]
        return notebook_texts.lr(rows, view.result.lr, view.result.epochs)
