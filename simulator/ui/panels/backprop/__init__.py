"""The backpropagation panel (panel.py): its network settings (settings.py), one step's formula (formula.py)
and the table of steps (steps.py)."""

from .panel import BackpropPanel
from .steps import StepTable

__all__ = ["BackpropPanel", "StepTable"]
