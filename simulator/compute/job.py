"""What a panel asks the compute process to run: an engine function and its arguments.

Both cross to the compute process by pickle, so ``fn`` is a module-level engine function (pickled by
name) and the arguments are plain values, specs and frozen dataclasses. ``fn`` returns a generator of
records (or a single record). A job that keeps state from one job to the next (the training lab's run)
is made with ``Job.in_workspace``: ``fn`` then gets the owner's workspace, a dict that lives in the
compute process, as its first argument.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Job:
    fn: Callable
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
    workspace: bool = False

    @classmethod
    def of(cls, fn: Callable, *args, **kwargs) -> Job:
        return cls(fn, args, kwargs)

    @classmethod
    def in_workspace(cls, fn: Callable, *args, **kwargs) -> Job:
        return cls(fn, args, kwargs, workspace=True)

    def start(self, workspace: dict):
        """Call ``fn`` (in the compute process, or inline in a headless command)."""
        return self.fn(workspace, *self.args, **self.kwargs) if self.workspace else self.fn(*self.args, **self.kwargs)
