"""Optimizer race throughput and frame time.

1. Engine: 5 racers x 1,000 steps on Rosenbrock vs a bare torch loop doing the same work (each optimizer
   in its own loop with its own forward/backward). Target: >= 2x the bare loop, never below 1x.
2. Swarm: 10,000 start points x 5 optimizers x 1,000 steps vs the single-point race. Target <= 1.3x.
   And a 20,000-point swarm's record crossing from the compute process to the GUI (compute/transport.py):
   packed into shared memory there, mapped here. Target <= 50 ms in all.
3. Frame time: the race panel's surface figure with 5 racers and 10,000-step trails at 1920x1080,
   thin lines and presentation-mode lines (width 3), one full repaint per playback step.
   Target p95 <= 16.7 ms thin, <= 33 ms thick.
Usage: python benchmarks/race.py
"""

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import torch

from simulator.engine import race, runtime, surfaces

SPECS = ["SGD(lr=0.0005)", "Momentum(lr=0.0005)", "Adagrad(lr=0.5)", "RMSprop(lr=0.01)", "Adam(lr=0.05)"]
TORCH = [
    lambda p: torch.optim.SGD(p, lr=0.0005),
    lambda p: torch.optim.SGD(p, lr=0.0005, momentum=0.9),
    lambda p: torch.optim.Adagrad(p, lr=0.5),
    lambda p: torch.optim.RMSprop(p, lr=0.01),
    lambda p: torch.optim.Adam(p, lr=0.05),
]


def best_of(fn, repeats=3) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def bare_loop(surface, start, steps):
    for make in TORCH:
        w = torch.tensor([start], dtype=torch.float32, requires_grad=True)
        opt = make([w])
        for _ in range(steps):
            opt.zero_grad()
            surface.loss(w).sum().backward()
            opt.step()


def bare_swarm(surface, starts, steps):
    params = [torch.tensor(starts, dtype=torch.float32, requires_grad=True) for _ in TORCH]
    opts = [make([p]) for make, p in zip(TORCH, params, strict=True)]
    for _ in range(steps):
        for p in params:
            p.grad = None
        surface.loss(torch.cat(params)).sum().backward()
        for opt in opts:
            opt.step()


def engine(surface, start, steps):
    for _ in race.race(surface, race.parse_racers(SPECS), start, steps, record_every=steps):
        pass


def frame_times(width: float) -> list[float]:
    from simulator.ui import theme
    from simulator.ui.app import make_application
    from simulator.ui.figures import RaceFigure

    app = make_application()
    surface = surfaces.BUILTIN["rosenbrock"]
    *_, record = race.race(surface, race.parse_racers(SPECS), surface.start, 10_000, record_every=10_000)
    figure = RaceFigure()
    figure.resize(1920, 1080)
    figure.show()
    app.processEvents()  # exposed, so repaint() really paints
    figure.set_surface(surfaces.surface_image(surface), surface.minima, surface.box)
    figure.set_racers(SPECS)
    for r, trail in enumerate(figure.trails):
        trail.setPen(theme.series_pen(r, width=width, dashed=False))
    times = []
    for step in range(9000, 10_000, 10):  # playback of the last thousand steps
        start = time.perf_counter()
        figure.show_paths([record.positions[: step + 1, r, 0] for r in range(5)],
                          [record.loss[: step + 1, r, 0] for r in range(5)])
        figure.viewport().repaint()  # paints now, as the screen would at the next frame
        times.append(time.perf_counter() - start)
    return times


def crossing(surface) -> None:
    from simulator.compute.transport import Inbox, Outbox

    starts = race.swarm_starts(surface, 20_000, "random")
    *_, frame = race.race_job(surface, tuple(race.parse_racers(SPECS[:3])), starts, 1000, True)
    outbox, inbox = Outbox(), Inbox()
    times = []
    for _ in range(6):  # as a stream of records: the GUI shows one while the next is packed
        start = time.perf_counter()
        message = outbox.pack(frame)
        packed = time.perf_counter()
        got = inbox.unpack(message)
        times.append((packed - start, time.perf_counter() - packed))
        assert got.record.positions.shape == frame.record.positions.shape
        inbox.collect()
        outbox.acknowledged(inbox.closed())
    outbox.release()
    first = times[0][0] + times[0][1]
    pack, unpack = statistics.median(t[0] for t in times[1:]), statistics.median(t[1] for t in times[1:])
    size = frame.record.positions.nbytes + frame.record.loss.nbytes
    print(f"a 20,000-point swarm's record ({size / 1e6:.0f} MB of arrays) across processes: packed in "
          f"{pack * 1000:.1f} ms, mapped in {unpack * 1000:.1f} ms, {1000 * (pack + unpack):.1f} ms in all (target "
          f"<= 50 ms; the first record, into fresh memory: {first * 1000:.1f} ms)")


def main() -> None:
    runtime.load()
    surface = surfaces.BUILTIN["rosenbrock"]
    steps = 1000
    bare = best_of(lambda: bare_loop(surface, list(surface.start), steps))
    ours = best_of(lambda: engine(surface, surface.start, steps))
    print(f"engine, 5 racers x {steps} steps: {ours:.3f} s; bare torch loops: {bare:.3f} s; "
          f"speed-up {bare / ours:.2f}x (target >= 2x, never < 1x)")
    starts = race.swarm_starts(surface, 10_000, "random")
    swarm = best_of(lambda: engine(surface, starts, steps), repeats=2)
    floor = best_of(lambda: bare_swarm(surface, starts, steps), repeats=2)
    print(f"swarm, 10,000 points x 5 x {steps} steps: {swarm:.3f} s = {swarm / ours:.2f}x the single-point race "
          f"(target <= 1.3x)")
    print(f"  the same swarm arithmetic alone (shared forward/backward + steps, no history): {floor:.3f} s = "
          f"{floor / ours:.2f}x the single-point race")
    crossing(surface)
    for width, target in ((1, 16.7), (3, 33.0)):
        times = sorted(frame_times(width))
        p95 = times[int(len(times) * 0.95)] * 1000
        print(f"frame, 5 trails of 10,000 steps at 1920x1080, width {width}: median "
              f"{statistics.median(times) * 1000:.1f} ms, p95 {p95:.1f} ms (target <= {target} ms)")


if __name__ == "__main__":
    main()
