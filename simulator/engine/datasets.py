"""The training lab's data: 2-D datasets generated with a seed, or a user's CSV file, and the split into
training and test sets."""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass

import numpy as np

from .specs import SpecError, is_number

DATASETS = ("moons", "circles", "spiral", "xor", "blobs")
MAX_SAMPLES = 20_000


@dataclass(frozen=True)
class Dataset:
    name: str
    x: np.ndarray  # (n, 2) float32
    y: np.ndarray  # (n,) int64 labels 0..classes-1

    @property
    def classes(self) -> int:
        return int(self.y.max()) + 1


def make_dataset(name: str, samples: int = 400, noise: float = 0.2, seed: int = 0) -> Dataset:
    """Two moons, circles, a two-arm spiral, XOR quadrants or three Gaussian blobs (numpy, seeded)."""
    if name not in DATASETS:
        raise SpecError(f"dataset: unknown '{name}'; choose from {', '.join(DATASETS)}")
    if not 8 <= samples <= MAX_SAMPLES:
        raise SpecError(f"samples must be from 8 to {MAX_SAMPLES}")
    if not (math.isfinite(noise) and 0 <= noise <= 2):
        raise SpecError("noise must be from 0 to 2")
    rng = np.random.default_rng(seed)
    half = samples // 2
    y = np.r_[np.zeros(half), np.ones(samples - half)].astype(np.int64)
    if name == "moons":
        t = rng.uniform(0, np.pi, samples)
        x = np.where(y[:, None] == 0, np.c_[np.cos(t), np.sin(t)], np.c_[1 - np.cos(t), 0.5 - np.sin(t)])
    elif name == "circles":
        t = rng.uniform(0, 2 * np.pi, samples)
        r = np.where(y == 0, 1.0, 0.45)
        x = np.c_[r * np.cos(t), r * np.sin(t)]
    elif name == "spiral":
        t = rng.uniform(0.25, 1, samples) * 3 * np.pi
        sign = np.where(y == 0, 1.0, -1.0)
        x = np.c_[sign * t * np.cos(t), sign * t * np.sin(t)] / (3 * np.pi)
    elif name == "xor":
        x = rng.uniform(-1, 1, (samples, 2))
        y = ((x[:, 0] > 0) ^ (x[:, 1] > 0)).astype(np.int64)
    else:
        y = rng.integers(0, 3, samples).astype(np.int64)
        centers = np.array([[-1.0, -0.6], [1.0, -0.6], [0.0, 1.0]])
        x = centers[y] + rng.normal(0, 0.45, (samples, 2))
    x = x + rng.normal(0, noise * 0.5, x.shape)
    return Dataset(name, x.astype(np.float32), y)


def load_csv(path: str) -> Dataset:
    """Rows ``x1,x2,label`` (a header line is allowed); labels are whole numbers 0, 1, …"""
    rows = []
    try:
        with open(path, newline="", encoding="utf-8") as f:
            for number, row in enumerate(csv.reader(f), start=1):
                if not row or all(not cell.strip() for cell in row):
                    continue
                if number == 1 and not is_number(row[0]):
                    continue  # a header
                if len(row) != 3:
                    raise SpecError(f"{path}, line {number}: expected x1,x2,label (3 values), got {len(row)}")
                try:
                    x1, x2, label = float(row[0]), float(row[1]), float(row[2])
                except ValueError:
                    raise SpecError(f"{path}, line {number}: '{','.join(row)}' is not three numbers") from None
                if not (math.isfinite(x1) and math.isfinite(x2)):
                    raise SpecError(f"{path}, line {number}: coordinates must be finite numbers")
                if label != int(label) or not 0 <= label < 10:
                    raise SpecError(f"{path}, line {number}: the label must be a whole number from 0 to 9")
                rows.append((x1, x2, int(label)))
    except OSError as e:
        raise SpecError(f"cannot read {path}: {e.strerror}") from None
    except UnicodeDecodeError:
        raise SpecError(f"{path}: not a text file") from None
    if len(rows) < 8:
        raise SpecError(f"{path}: at least 8 rows are needed, found {len(rows)}")
    if len(rows) > MAX_SAMPLES:
        raise SpecError(f"{path}: at most {MAX_SAMPLES} rows")
    data = np.array(rows)
    labels = data[:, 2].astype(np.int64)
    if len(np.unique(labels)) < 2:
        raise SpecError(f"{path}: all rows have the same label; a classifier needs at least two")
    return Dataset("csv", data[:, :2].astype(np.float32), labels)


def split(data: Dataset, train_size: int, test_fraction: float = 0.3, seed: int = 0):
    """Shuffle with the seed; the first ``test_fraction`` is the test set; the training set is the first
    ``train_size`` of the rest (small training sets make overfitting visible)."""
    if not 0.05 <= test_fraction <= 0.9:
        raise SpecError("test fraction must be from 0.05 to 0.9")
    order = np.random.default_rng(seed + 7).permutation(len(data.y))
    n_test = max(1, round(len(order) * test_fraction))
    test, rest = order[:n_test], order[n_test:]
    if not 2 <= train_size <= len(rest):
        raise SpecError(f"training-set size must be from 2 to {len(rest)} (the samples left after the test set)")
    train = rest[:train_size]
    return (data.x[train], data.y[train]), (data.x[test], data.y[test])
