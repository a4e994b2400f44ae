"""Records across the process boundary: pickled, with their large arrays in shared memory.

``pack`` pickles with protocol 5, which hands numpy's array buffers to us instead of copying them into
the pickle; a message that is not short is then copied once into a shared-memory segment (pickle first,
then the buffers), and only its name crosses the pipe, so a write never waits for a busy receiver.
``unpack`` builds the arrays straight on that segment (no second copy, so a 20,000-point swarm reaches
the GUI without a stall); the receiver keeps the mapping until no array uses it any more.

Who frees what: the sender owns each segment and unlinks it once the receiver has acknowledged the
message (``Outbox.release``); a receiver's mapping stays valid after the unlink until it closes it
(``Inbox.collect``). Nothing is ever unpickled from a file: only what our own compute process sent.
"""

from __future__ import annotations

import contextlib
import pickle
from multiprocessing import shared_memory

LARGE = 32 * 1024  # messages from this size go through shared memory (the pipe stays short)


class Outbox:
    """The sending side: packs messages, keeps their segments until the receiver has read them."""

    def __init__(self):
        self._unread: list[shared_memory.SharedMemory] = []

    def pack(self, obj) -> tuple:
        """A short message as it is; a longer one as a segment holding the pickle and then its buffers,
        so the pipe carries only the segment's name and a write never waits for the receiver."""
        buffers: list[pickle.PickleBuffer] = []
        data = pickle.dumps(obj, protocol=5, buffer_callback=buffers.append)
        sizes = [b.raw().nbytes for b in buffers]
        if len(data) + sum(sizes) < LARGE:
            return pickle.dumps(obj, protocol=5), None, ()
        segment = shared_memory.SharedMemory(create=True, size=len(data) + sum(sizes))
        segment.buf[:len(data)] = data
        offset = len(data)
        for buffer, size in zip(buffers, sizes, strict=True):
            segment.buf[offset:offset + size] = buffer.raw()
            offset += size
        self._unread.append(segment)
        return len(data), segment.name, tuple(sizes)

    def release(self) -> None:
        """The receiver has read every message sent so far: free their segments."""
        for segment in self._unread:
            segment.close()
            with contextlib.suppress(FileNotFoundError):
                segment.unlink()
        self._unread.clear()


class _Mapping(shared_memory.SharedMemory):
    """A segment the receiver attached to. At exit, records may still use it: then it unmaps with the process."""

    def __del__(self):
        with contextlib.suppress(BufferError, OSError):
            self.close()


class Inbox:
    """The receiving side: unpacks messages; segments stay mapped while their arrays live."""

    def __init__(self):
        self._mapped: list[_Mapping] = []

    def unpack(self, message: tuple):
        data, name, sizes = message
        if name is None:
            return pickle.loads(data)
        segment = _Mapping(name)
        data, offset = bytes(segment.buf[:data]), data  # (the pickle itself is small: copied)
        views = []
        for size in sizes:
            views.append(segment.buf[offset:offset + size])
            offset += size
        obj = pickle.loads(data, buffers=views)
        self._mapped.append(segment)
        return obj

    def collect(self) -> int:
        """Close the mappings no array uses any more; return how many stay open."""
        for segment in list(self._mapped):
            try:
                segment.close()
            except BufferError:  # a record still shows these arrays
                continue
            self._mapped.remove(segment)
        return len(self._mapped)
