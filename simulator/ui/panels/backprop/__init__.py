"""The backpropagation panel (panel.py) and its table of steps (steps.py)."""

from .panel import BackpropPanel
from .steps import StepTable

__all__ = ["BackpropPanel", "StepTable"]
