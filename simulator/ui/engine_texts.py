"""Engine vocabulary that the panels show through ``self.tr()`` at display time.

The engine is Qt-free and speaks English; these are the short labels and descriptions from it that a
user reads in a panel (statuses, preset names, schedule descriptions, phases). They are listed here, in the
context of the class that translates them, so that lupdate sees them. Engine error messages are not
listed here: those made with ``engine.said.said`` are translated by ``speak`` (the UI installs it as the
engine's speaker, ui/i18n.py). tests/ui/test_i18n.py checks that this list still matches the engine.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..engine.said import Said


def speak(message: str) -> str:
    """An engine message in the interface language: a Said's template translated (context "Engine", collected
    by tools/update_translations.py) and filled with its arguments, said the same way; other text as it is."""
    if not isinstance(message, Said):
        return str(message)
    args = {k: speak(v) if isinstance(v, Said) else v for k, v in message.args.items()}
    return QCoreApplication.translate("Engine", message.template).format(**args)


def catalog_text(text: str) -> str:
    """A catalog entry's text (a scheduler's description), translated: tools/update_translations.py
    collects them from the engine into the context "Catalog"."""
    return QCoreApplication.translate("Catalog", text)


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
    QT_TRANSLATE_NOOP("StepFormula", "forward"),
    QT_TRANSLATE_NOOP("StepFormula", "loss"),
    QT_TRANSLATE_NOOP("StepFormula", "backward"),
    QT_TRANSLATE_NOOP("StepFormula", "update"),
)

# engine.specs.Catalog.kind of the optimizer and scheduler catalogs
CATALOG_KINDS = (
    QT_TRANSLATE_NOOP("SpecRow", "optimizer"),
    QT_TRANSLATE_NOOP("SpecRow", "scheduler"),
)

# engine.training_jobs.RESTART_REASONS: what made a run start again from iteration 0
RESTART_REASONS = (
    QT_TRANSLATE_NOOP("TrainingPanel", "data"),
    QT_TRANSLATE_NOOP("TrainingPanel", "training set"),
    QT_TRANSLATE_NOOP("TrainingPanel", "batch size"),
    QT_TRANSLATE_NOOP("TrainingPanel", "epochs"),
    QT_TRANSLATE_NOOP("TrainingPanel", "seed"),
    QT_TRANSLATE_NOOP("TrainingPanel", "number of runs"),
    QT_TRANSLATE_NOOP("TrainingPanel", "layers"),
    QT_TRANSLATE_NOOP("TrainingPanel", "activation"),
    QT_TRANSLATE_NOOP("TrainingPanel", "BatchNorm"),
    QT_TRANSLATE_NOOP("TrainingPanel", "Dropout on or off"),
    QT_TRANSLATE_NOOP("TrainingPanel", "optimizer"),
    QT_TRANSLATE_NOOP("TrainingPanel", "scheduler"),
)

# engine.stories: each story's name and what it shows
STORIES = (
    QT_TRANSLATE_NOOP("TrainingPanel", "Overfit on purpose, then cure it"),
    QT_TRANSLATE_NOOP("TrainingPanel", "A tiny noisy training set and a wide network, four times: no "
                                       "regularization, Dropout, BatchNorm, weight decay"),
    QT_TRANSLATE_NOOP("TrainingPanel", "Why BatchNorm"),
    QT_TRANSLATE_NOOP("TrainingPanel", "Six narrow sigmoid layers trained by SGD, with and without BatchNorm "
                                       "(same seed): watch the activations and the first layers' gradients in "
                                       "'inside the layers'"),
)
# and their runs' labels (the legends, the run chooser and the CSV say them in the user's language)
STORY_RUNS = (
    QT_TRANSLATE_NOOP("TrainingPanel", "no regularization"),
    QT_TRANSLATE_NOOP("TrainingPanel", "Dropout p=0.5"),
    QT_TRANSLATE_NOOP("TrainingPanel", "weight decay 1e-2"),
    QT_TRANSLATE_NOOP("TrainingPanel", "BatchNorm"),
    QT_TRANSLATE_NOOP("TrainingPanel", "sigmoid, no BatchNorm"),
    QT_TRANSLATE_NOOP("TrainingPanel", "sigmoid + BatchNorm"),
)
