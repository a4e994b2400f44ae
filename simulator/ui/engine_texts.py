"""Engine vocabulary that the panels show through ``self.tr()`` at display time.

The engine is Qt-free and speaks English; these are the short labels and descriptions from it that a
user reads in a panel (statuses, preset names, schedule descriptions, phases). They are listed here, in the
context of the class that translates them, so that lupdate sees them. Engine error messages are not
listed: they stay English. tests/ui/test_i18n.py checks that this list still matches the engine.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# engine.lr_effect.PRESETS: name and meaning of each preset button
LR_PRESETS = (
    QT_TRANSLATE_NOOP("EffectView", "too small"),
    QT_TRANSLATE_NOOP("EffectView", "creeps towards the minimum"),
    QT_TRANSLATE_NOOP("EffectView", "normal"),
    QT_TRANSLATE_NOOP("EffectView", "converges in a few steps"),
    QT_TRANSLATE_NOOP("EffectView", "one step"),
    QT_TRANSLATE_NOOP("EffectView", "lands exactly on the minimum in one step"),
    QT_TRANSLATE_NOOP("EffectView", "overshoots"),
    QT_TRANSLATE_NOOP("EffectView", "jumps across 0 and oscillates while shrinking"),
    QT_TRANSLATE_NOOP("EffectView", "diverges"),
    QT_TRANSLATE_NOOP("EffectView", "oscillates ever wider and diverges"),
)

# engine.schedules.SCHEDULERS: the table's 'how it decays' and 'when to use it' columns
SCHEDULE_TEXTS = (
    QT_TRANSLATE_NOOP("SchedulesView", "drops by the same factor at equal intervals"),
    QT_TRANSLATE_NOOP("SchedulesView", "a simple, predictable default for long runs; easy to reason about"),
    QT_TRANSLATE_NOOP("SchedulesView", "drops by a factor at epochs you choose"),
    QT_TRANSLATE_NOOP("SchedulesView", "when you know from experience where training plateaus"),
    QT_TRANSLATE_NOOP("SchedulesView", "shrinks smoothly by the same factor every epoch"),
    QT_TRANSLATE_NOOP("SchedulesView", "smooth, steady decay; gamma close to 1 keeps it gentle"),
    QT_TRANSLATE_NOOP("SchedulesView", "follows half a cosine from lr0 down to eta_min"),
    QT_TRANSLATE_NOOP("SchedulesView", "a popular default for fixed-length training; no steps to tune"),
    QT_TRANSLATE_NOOP("SchedulesView", "repeated cosine decays with restarts"),
    QT_TRANSLATE_NOOP("SchedulesView", "escaping poor regions by periodically raising the lr again"),
    QT_TRANSLATE_NOOP("SchedulesView", "a straight ramp, then constant"),
    QT_TRANSLATE_NOOP("SchedulesView", "warm-up at the start of training (start_factor < 1)"),
    QT_TRANSLATE_NOOP("SchedulesView", "one warm-up then one long decay"),
    QT_TRANSLATE_NOOP("SchedulesView", "fast training with a known number of steps (super-convergence)"),
    QT_TRANSLATE_NOOP("SchedulesView", "a polynomial fall to zero"),
    QT_TRANSLATE_NOOP("SchedulesView", "decay that must reach exactly zero at a known epoch"),
    QT_TRANSLATE_NOOP("SchedulesView", "one low plateau, then the full lr"),
    QT_TRANSLATE_NOOP("SchedulesView", "a crude warm-up"),
    QT_TRANSLATE_NOOP("SchedulesView", "goes up and down periodically"),
    QT_TRANSLATE_NOOP("SchedulesView", "exploring a range of lrs without tuning a decay"),
)

# engine.race: a racer's status
RACE_STATUSES = (
    QT_TRANSLATE_NOOP("RacePanel", "running"),
    QT_TRANSLATE_NOOP("RacePanel", "converged"),
    QT_TRANSLATE_NOOP("RacePanel", "stalled"),
    QT_TRANSLATE_NOOP("RacePanel", "left the view"),
    QT_TRANSLATE_NOOP("RacePanel", "diverged"),
)

# engine.batches.BatchPlan.kind
BATCH_KINDS = (
    QT_TRANSLATE_NOOP("EpochsPanel", "batch gradient descent"),
    QT_TRANSLATE_NOOP("EpochsPanel", "mini-batch gradient descent"),
    QT_TRANSLATE_NOOP("EpochsPanel", "stochastic gradient descent"),
)

# engine.backprop.PHASES
PHASES = (
    QT_TRANSLATE_NOOP("BackpropPanel", "forward"),
    QT_TRANSLATE_NOOP("BackpropPanel", "loss"),
    QT_TRANSLATE_NOOP("BackpropPanel", "backward"),
    QT_TRANSLATE_NOOP("BackpropPanel", "update"),
)

# engine.specs.Catalog.kind of the optimizer and scheduler catalogs
CATALOG_KINDS = (
    QT_TRANSLATE_NOOP("SpecRow", "optimizer"),
    QT_TRANSLATE_NOOP("SpecRow", "scheduler"),
)
