"""The session file: every panel's settings and current step as versioned JSON. Qt-free.

A session is data only: it is read with ``json`` and checked field by field here; the panels then treat
its texts exactly like typed input (specs go through the same safe parser). Nothing in it is executed.

Layout (version 1)::

    {"format": "descentlab-session", "version": 1,
     "panel": "race",                           # the panel on screen
     "view": {"presentation": false, "scale": 1.6, "language": "en"},
     "panels": {"race": {...}, "lr": {...}}}    # one dict of settings per panel, written by the panel

Saving is atomic: the JSON goes to a temporary file beside the target, is flushed to disk, then renamed
over it, so a crash or a full disk never leaves half a session behind.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

FORMAT = "descentlab-session"
VERSION = 1
MAX_BYTES = 5_000_000  # a session is a few kB; anything this large is not one
MAX_DEPTH = 6
SCALAR = (str, int, float, bool, type(None))


class SessionError(ValueError):
    """A session file that cannot be used; the message says why, in terms the user can act on."""


# Version n -> version n + 1. When the layout changes, bump VERSION and add the step from the old one
# here: older files keep opening, and they are upgraded before they are checked.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {}


def new(panel: str, panels: dict[str, dict], view: dict | None = None) -> dict:
    return {"format": FORMAT, "version": VERSION, "panel": panel, "view": dict(view or {}), "panels": panels}


def dumps(session: dict) -> str:
    check(session)
    return json.dumps(session, ensure_ascii=False, indent=1, allow_nan=False)


def save(path: str | os.PathLike, session: dict) -> None:
    """Write ``session`` to ``path`` atomically (the old file stays intact if anything fails)."""
    write_atomic(path, dumps(session))


def write_atomic(path: str | os.PathLike, text: str) -> None:
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load(path: str | os.PathLike) -> dict:
    """Read, check and migrate a session file; raises SessionError with a readable message."""
    return migrate(read_json(path), Path(path).name)


def read_json(path: str | os.PathLike):
    """The JSON value in a file that should be small and plain; SessionError with a readable message."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SessionError(f"{path.name} is {size:,} bytes, too large for a session file")
        raw = path.read_bytes()
    except OSError as e:
        raise SessionError(f"cannot read {path}: {e.strerror or e}") from e
    return parse_json(raw, path.name)


def loads(raw: bytes | str, name: str = "session") -> dict:
    return migrate(parse_json(raw, name), name)


def parse_json(raw: bytes | str, name: str):
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as e:
        raise SessionError(f"{name} is not a text (UTF-8) file") from e
    if not text.strip():
        raise SessionError(f"{name} is empty")
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as e:
        ends_early = e.pos >= len(text.rstrip()) or e.msg.startswith("Unterminated string")
        hint = " (the file looks truncated)" if ends_early else ""
        raise SessionError(f"{name} is not valid JSON: {e.msg} at line {e.lineno}, column {e.colno}{hint}") from e
    except RecursionError as e:
        raise SessionError(f"{name} is nested too deeply to be a session") from e
    return data


def _reject_constant(word: str):
    raise SessionError(f"a session holds plain numbers only, not {word}")


def migrate(data, name: str = "session") -> dict:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SessionError(f"{name} is not a DescentLab session (no \"format\": \"{FORMAT}\")")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SessionError(f"{name} has no valid version number")
    if version > VERSION:
        raise SessionError(f"{name} was written by a newer DescentLab (session version {version}); "
                           f"this one reads versions up to {VERSION}")
    while version < VERSION:
        data = MIGRATIONS[version](data)
        version = data["version"]
    check(data, name)
    return data


def check(data: dict, name: str = "session") -> None:
    """The shape every session has; the panels check their own settings' meaning."""
    if not isinstance(data.get("panel"), str):
        raise SessionError(f"{name}: \"panel\" must name a panel")
    view = data.get("view")
    if not isinstance(view, dict):
        raise SessionError(f"{name}: \"view\" must be an object")
    panels = data.get("panels")
    if not isinstance(panels, dict) or not all(isinstance(v, dict) for v in panels.values()):
        raise SessionError(f"{name}: \"panels\" must map each panel name to its settings")
    check_values(panels, f"{name}: panels")
    check_values(view, f"{name}: view")


def check_values(value, where: str) -> None:
    """Plain JSON values only: finite numbers, texts, lists and objects, not nested too deeply."""
    _check_values(value, where, 0)


def _check_values(value, where: str, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise SessionError(f"{where} is nested too deeply")
    if isinstance(value, float) and not math.isfinite(value):
        raise SessionError(f"{where} holds {value}, not a finite number")
    if isinstance(value, SCALAR):
        return
    if isinstance(value, list):
        for i, v in enumerate(value):
            _check_values(v, f"{where}[{i}]", depth + 1)
    elif isinstance(value, dict):
        for k, v in value.items():
            _check_values(v, f"{where}.{k}", depth + 1)
    else:  # pragma: no cover - json.loads makes nothing else
        raise SessionError(f"{where} holds an unexpected value")
