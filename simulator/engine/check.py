"""Check my work: a student's own numbers for one backprop iteration, judged as a grader would.

Each typed value is judged at the precision it was typed (0.5933 is right when the true value rounds to
it) and against the student's own earlier values (allowing for their rounding), so an error carried
forward marks one step, not every step after it. A wrong step is redone under the usual mistakes
(check_sheet.MISTAKES, a wrong learning rate, a rounding that grew); the one that gives the student's
number names what went wrong.
"""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass

import numpy as np

from . import backprop, check_sheet
from .files import read_text
from .network import Network
from .specs import SpecError

MAX_ANSWERS, MAX_TEXT, MAX_BYTES = 2_000, 40, 200_000
RIGHT, CARRIED, WRONG = "right", "carried", "wrong"  # carried: right from the student's own earlier values
DIAGNOSES = {  # code -> what the student did (the window shows these in words of its language)
    "updated-weights": "used the updated weights of the layer above on the way back (the example uses the old "
                       "ones: all gradients come from the same forward pass)",
    "missing-derivative": "left out ∂out/∂net, the activation's derivative",
    "derivative-of-out": "took the activation's derivative at out instead of at net",
    "sign": "flipped the sign of ∂E/∂out",
    "missing-half": "left out the ½ of E = ½·(target − out)²",
    "missing-path": "left out one of the paths from this neuron to the loss",
    "net-for-out": "passed net on to the next layer instead of out",
    "update-sign": "added η·∂E/∂w instead of subtracting it",
    "learning-rate": "used another learning rate",
    "rounding": "rounded the steps before this one, and the rounding grew",
    "unknown": "none of the usual mistakes gives this number",
}
NUMBER = re.compile(r"^\s*([-+−]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d{1,3}))?\s*$")


@dataclass(frozen=True)
class Typed:
    """A value as typed: its number and how precisely it was written."""

    text: str
    value: float
    tolerance: float  # half a unit of its last digit

    def matches(self, x: float) -> bool:
        return math.isfinite(x) and abs(self.value - x) <= self.tolerance * (1 + 1e-9) + 1e-15 * abs(x)

    def within(self, low: float, high: float) -> bool:
        """Matches some value from ``low`` to ``high`` (what a step worked from rounded numbers may give)."""
        slack = self.tolerance * (1 + 1e-9) + 1e-12 * max(abs(low), abs(high))
        return math.isfinite(low) and math.isfinite(high) and low - slack <= self.value <= high + slack


def band(compute, inputs: dict) -> tuple[float, float]:
    """What ``compute(values)`` gives with the typed ``inputs`` anywhere within the precision they were written
    at (sampled at their values and at both ends): the range a value worked from them may lie in."""
    results = [compute({k: _shifted(t, sign) for k, t in inputs.items()}) for sign in (0.0, 1.0, -1.0)]
    return min(results), max(results)


def _shifted(t, sign: float):
    if isinstance(t, Typed):
        return t.value + sign * t.tolerance
    return np.array([p.value + sign * p.tolerance for p in t])  # a value per coordinate (check_step.py)


def typed(text: str) -> Typed:
    match = NUMBER.match(text)
    if not match or not (match[2] or match[3]) or len(text) > MAX_TEXT:
        raise ValueError(f"'{text[:MAX_TEXT]}' is not a number")
    sign, whole, frac, exponent = match[1], match[2] or "0", match[3] or "", int(match[4] or 0)
    value = float(f"{'-' if sign in '-−' and sign else ''}{whole}.{frac or '0'}e{exponent}")
    return Typed(text.strip(), value, 0.5 * 10.0 ** (exponent - len(frac)))


@dataclass(frozen=True)
class Verdict:
    quantity: str
    typed: str
    expected: float  # the right value
    own: float  # what this step gives from the student's own earlier values
    verdict: str  # RIGHT, CARRIED or WRONG
    diagnosis: str | None = None  # a DIAGNOSES code, for a wrong value
    detail: str = ""  # what the diagnosis implies, in words (e.g. "η = 0.1")
    implied: float | None = None  # the value the diagnosed mistake gives
    rate: float | None = None  # learning-rate: the η the student used
    places: int | None = None  # rounding: the decimals every step was rounded to
    formula: str = ""  # the right formula with the right numbers


@dataclass(frozen=True)
class Result:
    verdicts: tuple[Verdict, ...]  # in the step-through's order

    @property
    def first_mistake(self) -> Verdict | None:
        return next((v for v in self.verdicts if v.verdict == WRONG), None)


def canonical(quantity: str, known: set[str]) -> str:
    """A quantity's step-through name from its ASCII spelling (dE/dw5, delta_h1, dout_h1/dnet_h1, w5+)."""
    q = quantity.strip()
    if q in known:
        return q
    spelled = re.sub(r"\bd(?=E/|out_|net_)", "∂", q).replace("/d", "/∂").replace("delta_", "δ_")
    spelled = re.sub(r"(?<=\w)(⁺|\+)$", "_new", spelled)
    return spelled


def check(net: Network, answers: list[tuple[str, str]]) -> Result:
    """Judge ``answers`` — (quantity, value as typed) — for one iteration of ``net``."""
    sheet = check_sheet.rules(net)
    known = check_sheet.constants(net)
    if len(answers) > MAX_ANSWERS:
        raise SpecError(f"at most {MAX_ANSWERS} answers")
    steps = backprop.trace(net).steps
    order = [check_sheet.updated(s.target) if s.phase == backprop.UPDATE else s.target for s in steps]
    formulas = dict(zip(order, steps, strict=True))
    given: dict[str, Typed] = {}
    for quantity, text in answers:
        name = canonical(quantity, set(sheet))
        if name not in sheet:
            raise SpecError(f"'{quantity}' is not a quantity of this network (e.g. {', '.join(order[:3])})")
        try:
            given[name] = typed(text)
        except ValueError as e:
            raise SpecError(f"{quantity}: {e}") from None
    right = check_sheet.evaluate(sheet, known)
    verdicts = []
    for name in [n for n in order if n in given]:
        t = given[name]
        others = {k: v for k, v in given.items() if k != name}

        def compute(values, name=name):
            return check_sheet.evaluate(sheet, known, values)(name)

        own = compute({k: v.value for k, v in others.items()})
        step = formulas[name]
        formula = f"{step.formula} = {step.substituted} = {right(name):.9g}"
        if t.matches(right(name)):
            verdicts.append(Verdict(name, t.text, right(name), own, RIGHT, formula=formula))
        elif t.within(*band(compute, others)):
            verdicts.append(Verdict(name, t.text, right(name), own, CARRIED, formula=formula))
        else:
            code, detail, extra = diagnose(net, name, t, others, known)
            verdicts.append(Verdict(name, t.text, right(name), own, WRONG, code, detail, formula=formula, **extra))
    return Result(tuple(verdicts))


def check_job(net: Network, answers: list[tuple[str, str]]):
    """Job: the verdicts (the step-through's trace runs torch's autograd, so this runs in the compute process)."""
    yield check(net, answers)


def diagnose(net: Network, name: str, t: Typed, others: dict[str, Typed], known: dict[str, float]):
    """The mistake that gives the typed value: (code, detail in words, Verdict fields), or ("unknown", "", {})."""
    variants = [(mistake, variant) for mistake in check_sheet.MISTAKES
                for variant in range(max(net.sizes) if mistake == "missing-path" else 1)]
    for inputs in (others, {}):  # from the student's own numbers first, then from exact ones
        for mistake, variant in variants:
            sheet = check_sheet.rules(net, mistake, variant)
            try:
                low, high = band(lambda values, sheet=sheet: check_sheet.evaluate(sheet, known, values)(name), inputs)
            except (ArithmeticError, ValueError):
                continue
            if t.within(low, high):
                return mistake, f"this gives {low:.9g}", {"implied": low}
    sheet = check_sheet.rules(net)
    own = check_sheet.evaluate(sheet, known, {k: v.value for k, v in others.items()})
    if name.endswith("_new"):  # w_new = w − η'·g: which η' did the student use?
        param = name[: -len("_new")]
        g = own(f"∂E/∂{param}")
        if g:
            nice = float(f"{(own(param) - t.value) / g:.2g}")

            def moved(values, nice=nice):
                value = check_sheet.evaluate(sheet, known, values)
                return value(param) - nice * value(f"∂E/∂{param}")

            if nice > 0 and not math.isclose(nice, net.lr) and t.within(*band(moved, others)):
                return "learning-rate", f"η = {nice:g}", {"implied": own(param) - nice * g, "rate": nice}
    digits = max(0, -math.floor(math.log10(t.tolerance * 2)))
    values = {k: v.value for k, v in others.items()}
    for places in range(digits, 0, -1):  # every step rounded as typed, or coarser
        value = check_sheet.evaluate(sheet, known, values, rounding=places)(name)
        if t.matches(value):
            return "rounding", f"every step rounded to {places} decimals gives {value:.9g}", \
                {"implied": value, "places": places}
    return "unknown", "", {}


def read_answers(text: str, where: str = "answers") -> list[tuple[str, str]]:
    """``quantity,value`` rows (a header line allowed, blank lines and # comments skipped)."""
    rows = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not row or all(not cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue
        if number == 1 and row[0].strip().lower() == "quantity":
            continue
        if len(row) != 2:
            raise SpecError(f"{where}, line {number}: expected quantity,value (2 cells), got {len(row)}")
        rows.append((row[0].strip(), row[1].strip()))
        if len(rows) > MAX_ANSWERS:
            raise SpecError(f"{where}: at most {MAX_ANSWERS} answers")
    return rows


def load_answers(path: str) -> list[tuple[str, str]]:
    return read_answers(read_text(path, MAX_BYTES, "answers file"), path)


def as_json(result: Result) -> dict:
    first = result.first_mistake
    return {"rows": [{"quantity": v.quantity, "value": v.typed, "expected": v.expected, "verdict": v.verdict,
                      "diagnosis": v.diagnosis} for v in result.verdicts],
            "first_mistake": None if first is None else {"quantity": first.quantity, "diagnosis": first.diagnosis}}
