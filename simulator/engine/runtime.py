"""Loading torch in the compute process, once, before the first job."""

from __future__ import annotations

import gc

TORCH_THREADS = 1  # leave the other core to the GUI


def load() -> str:
    """Import torch and warm it up; return its version. Meant to run in the compute process."""
    import torch

    torch.set_num_threads(TORCH_THREADS)
    # The first optimizer step imports more of torch (over a second here); do it now, while the
    # window still says "engine loading", rather than in the middle of a user's first job.
    param = torch.zeros(1, requires_grad=True)
    param.grad = torch.ones(1)
    torch.optim.SGD([param], lr=0.1).step()
    # Move the ~300,000 objects of these imports out of the collector's reach: a full collection
    # over them holds the GIL for ~150 ms, long enough to freeze the GUI visibly.
    gc.freeze()
    return str(torch.__version__)  # (a str subclass from torch, which the GUI could not unpickle without torch)
