"""Loss-surface formulas typed by users, e.g. ``(1 - x)**2 + 100*(y - x**2)**2``.

Parsed with :mod:`ast` against an allow-list and compiled to a tree of torch operations, so autograd
gives the gradient. Nothing is evaluated: names other than x, y, pi, e and the listed functions are
refused with a message saying what and where (a column).
"""

from __future__ import annotations

import ast
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from .said import said
from .specs import MAX_SPEC_LENGTH, SpecError, char_column, node_span

CONSTANTS = {"pi": math.pi, "e": math.e}
FUNCTIONS = ("sin", "cos", "tan", "exp", "log", "sqrt", "abs", "tanh", "sigmoid")
VARIABLES = ("x", "y")
MAX_NODES = 300
MAX_CONSTANT = 1e12


def _torch_function(name: str):
    import torch

    return {"abs": torch.abs, "sigmoid": torch.sigmoid}.get(name) or getattr(torch, name)


@dataclass(frozen=True)
class Expression:
    """A compiled formula: ``fn(x, y)`` works on torch tensors (y is ignored by 1-D formulas).

    Equal when the text is; pickled as its text and compiled again where it is unpickled (a record
    crossing to the GUI process carries its surface this way)."""

    text: str
    variables: tuple[str, ...]  # ("x",) or ("x", "y")
    fn: Callable = field(compare=False, repr=False)

    def __reduce__(self):
        return parse_expression, (self.text,)

    @property
    def dims(self) -> int:
        return len(self.variables)

    def __call__(self, x, y=None):
        return self.fn(x, y)


def parse_expression(text: str) -> Expression:
    text = text.strip()
    if not text:
        raise SpecError(said("empty formula: write one in x and y, e.g. x**2 + y**2"))
    if len(text) > MAX_SPEC_LENGTH:
        raise SpecError(said("formula too long ({length} characters, at most {most})", length=len(text),
                             most=MAX_SPEC_LENGTH))
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as e:
        at = (e.offset or 0) - 1
        if not 0 <= at < len(text.encode("utf-8")):  # Python points nowhere: the formula stops too soon
            message = said("it ends too soon") if e.msg == "invalid syntax" else e.msg
            raise SpecError(said("not a valid formula: {reason}", reason=message), len(text)) from None
        raise SpecError(said("not a valid formula: {reason}", reason=e.msg), char_column(text, at)) from None
    except (RecursionError, MemoryError, ValueError):
        raise SpecError(said("not a valid formula: nested too deeply or contains invalid characters")) from None
    if sum(1 for _ in ast.walk(tree)) > MAX_NODES:
        raise SpecError(said("formula too complex (more than {most} parts)", most=MAX_NODES))
    used: set[str] = set()
    fn = _compile(text, tree.body, used)
    if "x" not in used:
        raise SpecError(said("the formula must use x (and optionally y)"))
    return Expression(text, ("x", "y") if "y" in used else ("x",), fn)


_BINARY = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
    ast.Pow: lambda a, b: a**b,
}


def _compile(text: str, node: ast.AST, used: set[str]) -> Callable:
    def fail(message: str):
        col, length = node_span(text, node)
        raise SpecError(message, col, length)

    if isinstance(node, ast.Constant):
        if isinstance(node.value, bool) or not isinstance(node.value, (int, float)):
            fail(said("only numbers are allowed here, not {value}", value=repr(node.value)))
        value = float(node.value)
        if not math.isfinite(value) or abs(value) > MAX_CONSTANT:
            fail(said("number out of range (at most {most} in size)", most=f"{MAX_CONSTANT:g}"))
        return lambda x, y: value
    if isinstance(node, ast.Name):
        if node.id in VARIABLES:
            used.add(node.id)
            return (lambda x, y: x) if node.id == "x" else (lambda x, y: y)
        if node.id in CONSTANTS:
            value = CONSTANTS[node.id]
            return lambda x, y: value
        fail(said("unknown name '{name}': use x, y, pi, e or a function ({functions})", name=node.id,
                  functions=", ".join(FUNCTIONS)))
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        op = _BINARY[type(node.op)]
        left, right = _compile(text, node.left, used), _compile(text, node.right, used)
        if isinstance(node.op, ast.Pow) and isinstance(node.right, ast.Constant) and abs(node.right.value) > 100:
            fail(said("exponent too large (at most 100)"))
        return lambda x, y: op(left(x, y), right(x, y))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        inner = _compile(text, node.operand, used)
        return (lambda x, y: -inner(x, y)) if isinstance(node.op, ast.USub) else inner
    if isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
            fail(said("unknown function: use one of {functions}", functions=", ".join(FUNCTIONS)))
        if len(node.args) != 1 or node.keywords:
            fail(said("{name}() takes exactly one argument", name=node.func.id))
        inner = _compile(text, node.args[0], used)
        name = node.func.id

        def call(x, y):
            return _torch_function(name)(_as_tensor(inner(x, y), x))

        return call
    fail(said("'{part}' is not allowed in a formula: use numbers, x, y, + - * / ** and functions",
              part=ast.unparse(node)[:30]))
    raise AssertionError  # unreachable: fail() raises


def _as_tensor(value, like):
    import torch

    return value if isinstance(value, torch.Tensor) else torch.full_like(like, value)
