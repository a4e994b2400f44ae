"""The learning-rate lab (tutorial chapter 4): the effect of the lr, and decay schedules."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ....engine import codegen
from ....session import SessionError
from ..base import Panel
from .effect import EffectView
from .schedules import SchedulesView


class LRPanel(Panel):
    """Two views, each a panel of its own (its own jobs and messages): the tabs pass the contract on."""

    NAME = "lr"

    def __init__(self, controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        self.effect = EffectView(controller)
        self.schedules = SchedulesView(controller)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.effect, self.tr("Effect of the learning rate (4.1)"))
        self.tabs.addTab(self.schedules, self.tr("Decay schedules (4.2–4.5)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)

    def state(self) -> dict:
        return {"view": self.tabs.currentIndex(), "effect": self.effect.state(), "schedules": self.schedules.state()}

    def check_state(self, state: dict, where: str) -> None:
        unknown = set(state) - {"view", "effect", "schedules"}
        if unknown:
            raise SessionError(f"{where}: unknown setting \"{sorted(unknown)[0]}\"")
        if state.get("view", 0) not in (0, 1):
            raise SessionError(f"{where}.view: 0 (effect) or 1 (schedules)")
        for name in ("effect", "schedules"):
            if not isinstance(state.get(name, {}), dict):
                raise SessionError(f"{where}.{name}: expected an object")
        self.effect.check_state(state.get("effect", {}), f"{where}.effect")
        self.schedules.check_state(state.get("schedules", {}), f"{where}.schedules")

    def recompute(self) -> None:
        self.effect.recompute()
        self.schedules.recompute()

    def restore(self, state: dict) -> None:
        if "effect" in state:
            self.effect.restore(state["effect"])
        if "schedules" in state:
            self.schedules.restore(state["schedules"])
        self.tabs.setCurrentIndex(state.get("view", self.tabs.currentIndex()))

    def busy(self) -> bool:
        return self.effect.busy() or self.schedules.busy()

    def current_view(self) -> QWidget:
        return self.tabs.currentWidget()

    def export_name(self) -> str:
        return "lr-effect" if self.current_view() is self.effect else "lr-schedules"

    def csv_writer(self):
        return self.current_view().csv_writer()

    def pytorch_code(self) -> str | None:
        view = self.schedules
        if view.result is None:
            return None
        rows = [(row.spec.text, row.spec) for row in view.rows.values() if row.spec is not None]
        return codegen.lr_script(rows, view.result.lr, view.result.epochs)
