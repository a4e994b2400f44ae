"""What "check my work" says, in the user's language, wherever a typed value is judged: the verdicts, and the
mistakes the engine names by code (engine/check.py for backprop, check_step.py for an optimizer step,
check_labs.py for the concept labs). The same code may read differently where the formula differs (ε under
BatchNorm's root, ε beside Adam's), so each kind of check has its table. (The texts are marked for lupdate
and translated when looked up.)"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..engine import check

VERDICTS = {
    check.RIGHT: QT_TRANSLATE_NOOP("CheckTexts", "✓ right"),
    check.CARRIED: QT_TRANSLATE_NOOP("CheckTexts", "✓ right from your numbers"),
    check.WRONG: QT_TRANSLATE_NOOP("CheckTexts", "✗ wrong"),
}
UNKNOWN = QT_TRANSLATE_NOOP("CheckTexts", "none of the usual mistakes gives this number")
BACKPROP = {
    "updated-weights": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you used the updated weights of the layer above on the way back; the example uses the old ones (all "
        "gradients come from the same forward pass)"
    ),
    "missing-derivative": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you left out ∂out/∂net, the activation's derivative"
    ),
    "derivative-of-out": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you took the activation's derivative at out instead of at net"
    ),
    "sign": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "the sign of ∂E/∂out is flipped"
    ),
    "missing-half": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you left out the ½ of E = ½·(target − out)²"
    ),
    "missing-path": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you left out one of the paths from this neuron to the loss"
    ),
    "net-for-out": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you passed net on to the next layer instead of out"
    ),
    "update-sign": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you added η·∂E/∂w instead of subtracting it"
    ),
    "learning-rate": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you used another learning rate"
    ),
    "rounding": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you rounded the steps before, and the rounding grew"
    ),
}
STEP = {
    "bias-correction": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you forgot the bias correction (m̂ = m, ŝ = s)"
    ),
    "betas-swapped": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you swapped β and 1 − β in an average"
    ),
    "eps-missing": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you left ε out of the denominator"
    ),
    "eps-inside": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you put ε inside the square root"
    ),
    "sqrt-missing": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you forgot the square root of ŝ"
    ),
    "momentum-form": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you used the other form of momentum"
    ),
    "update-sign": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you added the step instead of subtracting it"
    ),
}
LABS = {
    "betas-swapped": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you swapped β and 1 − β"
    ),
    "bias-correction": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you mixed up the average with its bias-corrected value"
    ),
    "off-by-one": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "that is the learning rate of the epoch before or after"
    ),
    "unbiased-variance": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you normalised with the unbiased variance (÷ (N − 1)); training mode uses ÷ N"
    ),
    "eps-missing": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you left out ε under the square root"
    ),
    "gamma-beta-missing": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you left out γ and β (y = γ·x̂ + β)"
    ),
    "times-keep": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you multiplied by (1 − p) instead of dividing"
    ),
    "no-scale": QT_TRANSLATE_NOOP(
        "CheckTexts",
        "you forgot to scale the survivors by 1 / (1 − p)"
    ),
}


def _words(table: dict, code: str | None) -> str:
    return QCoreApplication.translate("CheckTexts", table.get(code or "", UNKNOWN))


def verdict_text(verdict: str) -> str:
    """check.RIGHT, CARRIED or WRONG in words."""
    return QCoreApplication.translate("CheckTexts", VERDICTS[verdict])


def backprop_mistake(code: str | None) -> str:
    return _words(BACKPROP, code)


def step_mistake(code: str | None) -> str:
    return _words(STEP, code)


def lab_mistake(code: str | None) -> str:
    return _words(LABS, code)
