"""Safe parsing of PyTorch-style specs such as ``StepLR(step_size=50, gamma=0.5)``.

A spec is parsed with :mod:`ast` and checked against an allow-list (a :class:`Catalog`): the call of a
known name with literal arguments only. Nothing is ever evaluated, so ``__import__('os').system('x')``
is just a spec with the wrong shape. Every problem raises :class:`SpecError` with one message that
says what is wrong and where (a column), so the GUI and the CLI can show the same text.

Torch-free on purpose: the GUI validates what a user types without waiting for torch to load.
"""

from __future__ import annotations

import ast
import difflib
import math
from dataclasses import dataclass, field

from .said import said, spoken

MAX_SPEC_LENGTH = 500
MAX_LIST_LENGTH = 1000
INT_LIMIT = 10**9  # larger whole numbers are never meaningful here and would make loops run forever


class SpecError(ValueError):
    """A spec that cannot be used; ``column`` (0-based) points at the offending text when known. A message
    made with ``said`` is shown in the user's language (engine/said.py)."""

    def __init__(self, message: str, column: int | None = None, length: int = 1):
        self.message = message
        self.column = column
        self.length = max(1, length)
        super().__init__(message)

    def said(self) -> str:
        """The whole message, with where it is: a Said when the message is one."""
        if self.column is None:
            return self.message
        return said("column {column}: {message}", column=self.column + 1, message=self.message)

    def __str__(self) -> str:
        return spoken(self.said())


def is_number(text: str) -> bool:
    """Whether ``text`` reads as a number (float() takes it)."""
    try:
        float(text)
    except ValueError:
        return False
    return True


class _Required:
    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED = _Required()

# The kinds of value a parameter can take.
INT, FLOAT, BOOL, INTS, FLOATS, CHOICE = "int", "float", "bool", "ints", "floats", "choice"


@dataclass(frozen=True)
class Param:
    """One keyword argument of a torch class, with the checks torch itself would not make early."""

    name: str
    kind: str
    default: object = REQUIRED
    low: float | None = None  # inclusive bounds
    high: float | None = None
    above: float | None = None  # exclusive bounds, e.g. eps > 0, beta < 1
    below: float | None = None
    choices: tuple[str, ...] = ()
    length: int | None = None  # exact length of a FLOATS tuple, e.g. Adam's betas
    context: str | None = None  # when missing, take this value from the run (e.g. "epochs", "lr")
    help: str = ""

    @property
    def required(self) -> bool:
        return self.default is REQUIRED and self.context is None


@dataclass(frozen=True)
class Entry:
    """A name users may write, the torch class it builds, and what the app says about it."""

    name: str
    torch_name: str
    params: tuple[Param, ...]
    aliases: tuple[str, ...] = ()
    preset: tuple[tuple[str, object], ...] = ()  # always passed to torch, e.g. Momentum = SGD(momentum=0.9)
    example: str = ""  # a complete spec to start from, e.g. when a user adds one from a menu
    rule: str = ""  # the update rule in one line
    style: str = ""  # how the value changes
    use: str = ""  # when to reach for it
    explain: object = field(default=None, compare=False)  # optimizers: the update equations (engine/updates.py)
    menu: tuple[str, ...] = ()  # specs the race's "Add racer" menu offers for it

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)


@dataclass(frozen=True)
class Spec:
    """A validated spec: the catalog entry and the arguments the user wrote, in parameter order."""

    entry: Entry
    args: tuple[tuple[str, object], ...] = field(default=())

    @property
    def name(self) -> str:
        return self.entry.name

    @property
    def kwargs(self) -> dict:
        return dict(self.args)

    @property
    def text(self) -> str:
        return format_spec(self.entry.name, self.args)

    def resolved(self, **context) -> dict:
        """Keyword arguments for the torch class: what was written, plus defaults taken from the run."""
        out = dict(self.entry.preset)
        for p in self.entry.params:
            if p.context is not None and p.context in context:
                out[p.name] = context[p.context]
        out.update(self.args)
        return out


def format_value(value: object) -> str:
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, float):
        return _compact(value)
    if isinstance(value, list):
        return "[" + ", ".join(format_value(v) for v in value) + "]"
    if isinstance(value, tuple):
        return "(" + ", ".join(format_value(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    if isinstance(value, str):
        return repr(value)
    return str(value)


def _compact(value: float) -> str:
    """The shortest text that reads back as ``value``: Python's repr, or, where that runs long
    (1000000000.0), the exponent form (1e9), so a narrow field shows the whole number."""
    text = repr(value)
    if len(text) <= 8 or value != value or value in (float("inf"), float("-inf")):
        return text
    for digits in range(17):
        mantissa, exponent = f"{value:.{digits}e}".split("e")
        short = f"{mantissa}e{int(exponent)}"
        if float(short) == value:
            return short if len(short) < len(text) else text
    return text


def format_spec(name: str, args) -> str:
    return f"{name}(" + ", ".join(f"{k}={format_value(v)}" for k, v in args) + ")"


def _key(name: str) -> str:
    return name.replace("_", "").lower()


class Catalog:
    """The allow-list of one kind of spec (optimizers, schedulers) and the parser for it; ``kind`` is said
    (engine/said.py) where the catalog is made, so messages name it in the user's language."""

    def __init__(self, kind: str, entries, prefixes=(), skip_first=()):
        self.kind = kind
        self.entries: tuple[Entry, ...] = tuple(entries)
        self.prefixes = tuple(prefixes)  # dotted module paths a pasted line may start with
        self.skip_first = frozenset(skip_first)  # a leading positional like `optimizer` is ignored
        self._by_key: dict[str, Entry] = {}
        for e in self.entries:
            for n in (e.name, *e.aliases):
                self._by_key[_key(n)] = e

    @property
    def names(self) -> list[str]:
        return [e.name for e in self.entries]

    def entry(self, name: str) -> Entry:
        try:
            return self._by_key[_key(name)]
        except KeyError:
            raise SpecError(self._unknown_name_message(name)) from None

    def _unknown_name_message(self, name: str) -> str:
        close = difflib.get_close_matches(_key(name), list(self._by_key), n=1, cutoff=0.6)
        known = ", ".join(self.names)
        if close:
            return said("unknown {kind} '{name}' (did you mean {close}?); known: {known}", kind=self.kind,
                        name=name, close=self._by_key[close[0]].name, known=known)
        return said("unknown {kind} '{name}'; known: {known}", kind=self.kind, name=name, known=known)

    def parse(self, text: str) -> Spec:
        text = text.strip()
        if not text:
            raise SpecError(said("empty {kind}: write e.g. {example}(...)", kind=self.kind,
                                 example=self.entries[0].name))
        if len(text) > MAX_SPEC_LENGTH:
            raise SpecError(said("too long ({length} characters, at most {most})", length=len(text),
                                 most=MAX_SPEC_LENGTH))
        try:
            tree = ast.parse(text, mode="eval")
        except SyntaxError as e:
            col = char_column(text, (e.offset or 1) - 1)
            raise SpecError(said("not a valid {kind}: {reason}", kind=self.kind, reason=e.msg), col) from None
        except (RecursionError, MemoryError, ValueError):
            raise SpecError(said("not a valid {kind}: nested too deeply or contains invalid characters",
                                 kind=self.kind)) from None
        node = tree.body
        if isinstance(node, (ast.Name, ast.Attribute)):
            func, args, keywords = node, [], []
        elif isinstance(node, ast.Call):
            func, args, keywords = node.func, node.args, node.keywords
        else:
            raise self._error(text, node, said("expected a {kind} call like {example}(...)", kind=self.kind,
                                               example=self.entries[0].name))
        entry = self.entry_from_node(text, func)
        return Spec(entry, self._arguments(text, entry, args, keywords))

    def entry_from_node(self, text: str, func: ast.expr) -> Entry:
        dotted = _dotted(func)
        if dotted is None:
            raise self._error(text, func, said("expected the name of a {kind}, e.g. {example}", kind=self.kind,
                                               example=self.entries[0].name))
        module, _, name = dotted.rpartition(".")
        if module and module not in self.prefixes:
            raise self._error(text, func, said("'{dotted}' is not allowed: write the {kind} name alone",
                                               dotted=dotted, kind=self.kind))
        try:
            return self.entry(name)
        except SpecError as e:
            raise self._error(text, func, e.message) from None

    def _arguments(self, text, entry: Entry, args, keywords) -> tuple:
        values: dict[str, object] = {}
        positional = list(args)
        if positional and _source(text, positional[0]) in self.skip_first:
            positional.pop(0)
        for i, node in enumerate(positional):
            if isinstance(node, ast.Starred):
                raise self._error(text, node, said("*arguments are not allowed"))
            if i >= len(entry.params):
                raise self._error(text, node, said("{name} takes at most {count} arguments", name=entry.name,
                                                   count=len(entry.params)))
            p = entry.params[i]
            values[p.name] = self._value(text, entry, p, node)
        for kw in keywords:
            if kw.arg is None:
                raise self._error(text, kw.value, said("**arguments are not allowed"))
            try:
                p = entry.param(kw.arg)
            except KeyError:
                close = difflib.get_close_matches(kw.arg, [p.name for p in entry.params], n=1)
                valid = ", ".join(p.name for p in entry.params)
                message = said("{name} has no argument '{arg}' (did you mean '{close}'?); valid: {valid}",
                               name=entry.name, arg=kw.arg, close=close[0], valid=valid) if close else \
                    said("{name} has no argument '{arg}'; valid: {valid}", name=entry.name, arg=kw.arg, valid=valid)
                raise self._error(text, kw, message) from None
            if p.name in values:
                raise self._error(text, kw, said("'{name}' is given twice", name=p.name))
            values[p.name] = self._value(text, entry, p, kw.value)
        missing = [p for p in entry.params if p.required and p.name not in values]
        if missing:
            p = missing[0]
            raise SpecError(said("{name} needs {param} ({help}), e.g. {name}({param}=...)", name=entry.name,
                                 param=p.name, help=p.help) if p.help else
                            said("{name} needs {param}, e.g. {name}({param}=...)", name=entry.name, param=p.name))
        return tuple((p.name, values[p.name]) for p in entry.params if p.name in values)

    def _value(self, text, entry: Entry, p: Param, node: ast.expr):
        raw = _literal(node)
        if raw is _NOT_LITERAL:
            raise self._error(
                text, node,
                said("{param} must be a literal ({kind}), not '{source}'", param=p.name, kind=_kind_words(p),
                     source=_source(text, node)[:40]),
            )
        col, length = node_span(text, node)
        return _convert(p, raw, col, entry.name, length)

    def _error(self, text: str, node: ast.AST, message: str) -> SpecError:
        col, length = node_span(text, node)
        return SpecError(message, col, length)


_NOT_LITERAL = object()


def _literal(node: ast.expr, depth: int = 0):
    """The Python value of a literal node (numbers, bools, strings, one level of list/tuple)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float, bool, str)):
        return node.value
    if (
        isinstance(node, ast.UnaryOp)
        and isinstance(node.op, (ast.USub, ast.UAdd))
        and isinstance(node.operand, ast.Constant)
        and type(node.operand.value) in (int, float)
    ):
        return -node.operand.value if isinstance(node.op, ast.USub) else node.operand.value
    if isinstance(node, (ast.List, ast.Tuple)) and depth == 0:
        if len(node.elts) > MAX_LIST_LENGTH:
            return _NOT_LITERAL
        items = [_literal(e, 1) for e in node.elts]
        if any(i is _NOT_LITERAL or isinstance(i, (list, tuple)) for i in items):
            return _NOT_LITERAL
        return list(items) if isinstance(node, ast.List) else tuple(items)
    return _NOT_LITERAL


def _kind_words(p: Param) -> str:
    if p.kind == FLOATS:
        return said("a tuple of {count} numbers", count=p.length) if p.length else said("a tuple of numbers")
    if p.kind == CHOICE:
        return said("one of {choices}", choices=", ".join(repr(c) for c in p.choices))
    return {INT: said("a whole number"), FLOAT: said("a number"), BOOL: said("True or False"),
            INTS: said("a list of whole numbers, e.g. [50, 125]")}[p.kind]


def _convert(p: Param, raw, column, owner: str, length: int = 1):
    """Check a literal against the parameter's kind and bounds; return the value torch gets."""

    def fail(why: str):
        raise SpecError(said("{owner}: {param} {why}", owner=owner, param=p.name, why=why), column, length)

    def number(v, whole: bool):
        if isinstance(v, bool) or not isinstance(v, (int, float)) or (whole and isinstance(v, float)):
            fail(said("must be a whole number, got {value}", value=format_value(v)) if whole else
                 said("must be a number, got {value}", value=format_value(v)))
        if isinstance(v, int) and abs(v) > INT_LIMIT:
            fail(said("is too large (at most {most} in size)", most=f"{INT_LIMIT:g}"))
        if isinstance(v, float) and not math.isfinite(v):
            fail(said("must be a finite number"))
        if p.low is not None and v < p.low:
            fail(said("must be at least {bound}, got {value}", bound=format_value(p.low), value=format_value(v)))
        if p.high is not None and v > p.high:
            fail(said("must be at most {bound}, got {value}", bound=format_value(p.high), value=format_value(v)))
        if p.above is not None and v <= p.above:
            fail(said("must be greater than {bound}, got {value}", bound=format_value(p.above),
                      value=format_value(v)))
        if p.below is not None and v >= p.below:
            fail(said("must be less than {bound}, got {value}", bound=format_value(p.below), value=format_value(v)))
        return int(v) if whole else float(v)

    if p.kind == INT:
        return number(raw, True)
    if p.kind == FLOAT:
        return number(raw, False)
    if p.kind == BOOL:
        if not isinstance(raw, bool):
            fail(said("must be True or False, got {value}", value=format_value(raw)))
        return raw
    if p.kind == CHOICE:
        if raw not in p.choices:
            fail(said("must be one of {choices}, got {value}", choices=", ".join(repr(c) for c in p.choices),
                      value=format_value(raw)))
        return raw
    if not isinstance(raw, (list, tuple)):
        fail(said("must be {kind}, got {value}", kind=_kind_words(p), value=format_value(raw)))
    if p.kind == INTS:
        values = [number(v, True) for v in raw]
        if not values:
            fail(said("must not be empty"))
        return values
    values = tuple(number(v, False) for v in raw)
    if p.length is not None and len(values) != p.length:
        fail(said("must have {count} numbers, got {got}", count=p.length, got=len(values)))
    return values


def _dotted(node: ast.expr) -> str | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return ".".join(reversed(parts))


def char_column(text: str, byte_offset: int) -> int:
    """ast reports UTF-8 byte offsets; the GUI needs character positions."""
    return len(text.encode("utf-8")[: max(0, byte_offset)].decode("utf-8", errors="ignore"))


def node_span(text: str, node: ast.AST) -> tuple[int | None, int]:
    if not hasattr(node, "col_offset"):
        return None, 1
    start = char_column(text, node.col_offset)
    end = char_column(text, getattr(node, "end_col_offset", node.col_offset + 1) or node.col_offset + 1)
    return start, max(1, end - start)


def _source(text: str, node: ast.AST) -> str:
    start, length = node_span(text, node)
    return "" if start is None else text[start : start + length]
