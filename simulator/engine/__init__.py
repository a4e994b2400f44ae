"""Computation: torch and numpy only, no Qt. Modules import torch inside functions, so importing them is cheap."""
