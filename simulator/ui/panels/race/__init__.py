"""The optimizer race panel, a folder of composed widgets (panel.py holds them together)."""

from .panel import RacePanel
from .presets import PRESETS
from .ranking import compact

__all__ = ["PRESETS", "RacePanel", "compact"]
