"""The training lab panel (panel.py) and its curves per epoch (curves.py)."""

from .panel import TrainingPanel

__all__ = ["TrainingPanel"]
