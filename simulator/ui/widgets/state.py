"""A panel's settings as plain data (for session files and lesson slides), and back.

A panel names its input widgets once (``state_fields``); this module reads them into JSON-able values
and writes them back. Writing first checks every value (type, range, choice) so a bad file changes
nothing; texts then go through the panel's usual parsing, exactly as if typed, so a spec that does not
parse is shown next to its field like any typing mistake.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractSlider, QComboBox, QDoubleSpinBox, QLineEdit, QSpinBox, QWidget

from ...session import SessionError
from .spec_row import SpecRow


def read(fields: dict[str, QWidget]) -> dict:
    return {name: _value(w) for name, w in fields.items()}


def _value(w: QWidget):
    if isinstance(w, SpecRow):
        return w.edit.text()
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, QAbstractButton):
        return w.isChecked()
    if isinstance(w, QComboBox):
        return _key(w, w.currentIndex())
    if isinstance(w, QSpinBox | QAbstractSlider):
        return w.value()
    if isinstance(w, QDoubleSpinBox):
        return w.value()
    raise TypeError(f"no session value for {type(w).__name__}")


def _key(combo: QComboBox, index: int) -> str:
    """A combo's item by its data when it has one (stable across languages), else by its text."""
    data = combo.itemData(index)
    return data if isinstance(data, str) else combo.itemText(index)


def check(fields: dict[str, QWidget], state: dict, where: str, extra: tuple[str, ...] = ()) -> None:
    """Raise SessionError naming the first setting that does not fit its widget; change nothing."""
    for name, value in state.items():
        if name in extra:
            continue
        w = fields.get(name)
        if w is None:
            raise SessionError(f"{where}: unknown setting \"{name}\"")
        problem = _problem(w, value)
        if problem:
            raise SessionError(f"{where}.{name}: {problem}")


def _problem(w: QWidget, value) -> str | None:
    if isinstance(w, SpecRow | QLineEdit):
        return None if isinstance(value, str) else "expected text"
    if isinstance(w, QAbstractButton):
        return None if isinstance(value, bool) else "expected true or false"
    if isinstance(w, QComboBox):
        keys = [_key(w, i) for i in range(w.count())]
        return None if value in keys else f"\"{value}\" is not one of {', '.join(keys)}"
    if isinstance(w, QDoubleSpinBox):
        number = isinstance(value, int | float) and not isinstance(value, bool)
        return None if number and w.minimum() <= value <= w.maximum() else \
            f"expected a number from {w.minimum():g} to {w.maximum():g}"
    whole = isinstance(value, int) and not isinstance(value, bool)
    return None if whole and w.minimum() <= value <= w.maximum() else \
        f"expected a whole number from {w.minimum()} to {w.maximum()}"


def write(fields: dict[str, QWidget], state: dict) -> None:
    """Put checked values into the widgets; the panel recomputes once after. Edits and spin boxes stay
    silent (each would start a computation); check boxes and radio buttons do signal, because their
    handlers also switch views (a log axis, a bias-corrected curve)."""
    for name, value in state.items():
        w = fields.get(name)
        if w is None:
            continue
        if isinstance(w, SpecRow):
            w.set_text(value)  # parses like typing; shows its own message if the text is wrong
            continue
        if isinstance(w, QAbstractButton):
            w.setChecked(value)
            continue
        w.blockSignals(True)
        if isinstance(w, QLineEdit):
            w.setText(value)
            w.setCursorPosition(0)
        elif isinstance(w, QComboBox):
            w.setCurrentIndex([_key(w, i) for i in range(w.count())].index(value))
        else:
            w.setValue(value)
        w.blockSignals(False)


def step(state: dict, where: str) -> int | None:
    value = state.get("step")
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise SessionError(f"{where}.step: expected a whole number ≥ 0")
    return value


class Stateful:
    """Session support for a panel: its settings are the widgets ``state_fields()`` names, plus the
    step of its ``playback`` bar if it has one. Panels with more (rows added at run time, a network's
    weights) extend ``state``/``check_state``/``restore``."""

    EXTRA: tuple[str, ...] = ()  # settings the panel handles itself

    def state_fields(self) -> dict[str, QWidget]:
        raise NotImplementedError

    def state(self) -> dict:
        result = read(self.state_fields())
        playback = getattr(self, "playback", None)
        if playback is not None:
            result["step"] = playback.position
        return result

    def check_state(self, state: dict, where: str) -> None:
        check(self.state_fields(), state, where, ("step", *self.EXTRA))
        step(state, where)

    def restore(self, state: dict) -> None:
        """Apply a state that passed ``check_state``, then compute once."""
        write(self.state_fields(), state)
        self.run()
        self.restore_step(state)

    def recompute(self) -> None:
        """Compute again what the panel shows, at the same step (a new compute process has started)."""
        playback = getattr(self, "playback", None)
        step = {"step": playback.position} if playback is not None else {}
        self.run()
        self.restore_step(step)

    def restore_step(self, state: dict) -> None:
        if state.get("step") is not None and getattr(self, "playback", None) is not None:
            self.playback.request_position(state["step"])
