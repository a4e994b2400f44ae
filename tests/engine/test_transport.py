"""Records across the process boundary: exact arrays, segments lent and taken back, nothing leaked."""

import numpy as np
import pytest

from simulator.compute.transport import LARGE, Inbox, Outbox
from simulator.engine.records import SurfaceImage


def image(n: int) -> SurfaceImage:
    xs = np.linspace(-1, 1, n)
    values = np.add.outer(xs, xs) ** 2
    return SurfaceImage("bowl", "x**2 + y**2", xs, xs, values, values, False, xs[:5], xs[5:10])


@pytest.mark.parametrize("n", [4, 400])  # a short message, and one through shared memory
def test_records_cross_exactly(n):
    outbox, inbox = Outbox(), Inbox()
    message = outbox.pack(image(n))
    assert (message[1] is None) == (n == 4)
    got = inbox.unpack(message)
    sent = image(n)
    np.testing.assert_array_equal(got.values, sent.values)
    assert got.values.dtype == sent.values.dtype and got.formula == sent.formula
    del got
    inbox.collect()
    outbox.release()


def test_a_segment_is_reused_only_once_the_receiver_has_closed_it():
    outbox, inbox = Outbox(), Inbox()
    first = inbox.unpack(outbox.pack(image(400)))
    name = outbox._sent[0].name
    assert inbox.collect() == 1  # a record still uses its arrays: the mapping stays open
    outbox.acknowledged(inbox.closed())
    second = inbox.unpack(outbox.pack(image(400)))
    assert outbox._sent[0].name != name  # not the segment the first record still lives in
    np.testing.assert_array_equal(first.values, image(400).values)
    del first
    assert inbox.collect() == 1
    outbox.acknowledged(inbox.closed())
    inbox.unpack(outbox.pack(image(390)))
    assert outbox._sent[0].name == name  # closed and returned: written again, not a fresh one
    np.testing.assert_array_equal(second.values, image(400).values)
    del second
    inbox.collect()
    outbox.acknowledged(inbox.closed())
    assert outbox._free
    outbox.trim()  # idle: the pool is given back
    assert not outbox._free
    outbox.release()


def test_short_messages_stay_in_the_pipe():
    data, name, sizes = Outbox().pack(np.zeros(LARGE // 16))
    assert name is None and sizes == () and len(data) < LARGE
