"""Records across the process boundary: pickled, with their large arrays in shared memory.

``pack`` pickles with protocol 5, which hands numpy's array buffers to us instead of copying them into
the pickle; a message that is not short is then copied once into a shared-memory segment (pickle first,
then the buffers), and only its name crosses the pipe, so a write never waits for a busy receiver.
``unpack`` builds the arrays straight on that segment (no second copy: a 20,000-point swarm's record is
mapped, not copied, and the GUI does not stall); the receiver keeps the mapping until no array uses it.

Who frees what: the sender owns every segment. The receiver acknowledges each message with the names
of the segments it has closed since (``Inbox.closed``); those go back to the sender's pool and are
reused (``Outbox.acknowledged``): writing into memory already touched is several times faster than into
fresh pages, which the system must first map and clear. Segments beyond the pool are unlinked.
Nothing is ever unpickled from a file: only what our own compute process sent.
"""

from __future__ import annotations

import contextlib
import pickle
from multiprocessing import shared_memory

LARGE = 32 * 1024  # messages from this size go through shared memory (the pipe stays short)
POOL = 3  # closed segments kept for reuse


class Outbox:
    """The sending side: packs messages into segments it lends to the receiver and takes back."""

    def __init__(self):
        self._sent: list[shared_memory.SharedMemory] = []  # in messages not acknowledged yet
        self._lent: dict[str, shared_memory.SharedMemory] = {}  # acknowledged; the receiver may map them
        self._free: list[shared_memory.SharedMemory] = []  # closed by the receiver: reused

    def pack(self, obj) -> tuple:
        """A short message as it is; a longer one as a segment holding the pickle and then its buffers."""
        buffers: list[pickle.PickleBuffer] = []
        data = pickle.dumps(obj, protocol=5, buffer_callback=buffers.append)
        sizes = [b.raw().nbytes for b in buffers]
        if len(data) + sum(sizes) < LARGE:
            return pickle.dumps(obj, protocol=5), None, ()
        segment = self._segment(len(data) + sum(sizes))
        segment.buf[:len(data)] = data
        offset = len(data)
        for buffer, size in zip(buffers, sizes, strict=True):
            segment.buf[offset:offset + size] = buffer.raw()
            offset += size
        self._sent.append(segment)
        return len(data), segment.name, tuple(sizes)

    def _segment(self, size: int) -> shared_memory.SharedMemory:
        fitting = [s for s in self._free if s.size >= size]
        if fitting:
            best = min(fitting, key=lambda s: s.size)
            self._free.remove(best)
            return best
        # room to grow (a race's records get longer): pages never written cost no memory
        return shared_memory.SharedMemory(create=True, size=1 << (size - 1).bit_length())

    def acknowledged(self, closed: tuple[str, ...] = ()) -> None:
        """The receiver has read every message sent so far and closed the segments named ``closed``."""
        self._lent.update((s.name, s) for s in self._sent)
        self._sent.clear()
        for name in closed:
            if name in self._lent:
                self._free.append(self._lent.pop(name))
        while len(self._free) > POOL:
            _destroy(self._free.pop(0))

    def trim(self) -> None:
        """Nothing is being sent for now: give the pool's memory back (a stream of records refills it)."""
        while self._free:
            _destroy(self._free.pop())

    def release(self) -> None:
        """At the end: unlink every segment (a receiver's mappings stay valid until it closes them)."""
        for segment in [*self._sent, *self._lent.values(), *self._free]:
            _destroy(segment)
        self._sent, self._lent, self._free = [], {}, []


def _destroy(segment: shared_memory.SharedMemory) -> None:
    segment.close()
    with contextlib.suppress(FileNotFoundError):
        segment.unlink()


class _Mapping(shared_memory.SharedMemory):
    """A segment the receiver attached to. At exit, records may still use it: then it unmaps with the process."""

    def __del__(self):
        try:  # noqa: SIM105 (no contextlib here: at interpreter exit module globals may be None already)
            self.close()
        except (BufferError, OSError):
            pass


class Inbox:
    """The receiving side: unpacks messages; segments stay mapped while their arrays live."""

    def __init__(self):
        self._mapped: list[_Mapping] = []
        self._closed: list[str] = []

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
            self._closed.append(segment.name)
        return len(self._mapped)

    def closed(self) -> tuple[str, ...]:
        """The segments closed since the last call (the sender may reuse them)."""
        names, self._closed = tuple(self._closed), []
        return names
