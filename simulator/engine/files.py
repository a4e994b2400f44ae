"""Reading a file a user named: only a regular file, and never more than its limit, whatever its size says
(a device such as /dev/zero reports 0 bytes and never ends; a FIFO would block)."""

from __future__ import annotations

import os
import stat

from .specs import SpecError


def read_text(path: str, limit: int, what: str = "file") -> str:
    """The UTF-8 text of ``path``, at most ``limit`` bytes; a SpecError naming the file otherwise."""
    try:
        info = os.stat(path)
    except (OSError, ValueError) as e:  # (ValueError: a path with a NUL in it)
        raise SpecError(f"cannot read {what} {path!r}: {getattr(e, 'strerror', None) or e}") from None
    if not stat.S_ISREG(info.st_mode):
        raise SpecError(f"{what} {path!r} is not a regular file")
    try:
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except OSError as e:
        raise SpecError(f"cannot read {what} {path!r}: {e.strerror or e}") from None
    if len(data) > limit:
        raise SpecError(f"{what} {path!r} is larger than {limit:,} bytes")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise SpecError(f"{what} {path!r} is not UTF-8 text (byte {e.start})") from None
