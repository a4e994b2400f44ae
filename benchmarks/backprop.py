"""Backprop step-through: time to build the full trace, and scrubbing speed of the panel.

Targets: classic 2-2-2 trace <= 5 ms; a 4-16-16-16-4 trace <= 100 ms; scrubbing the timeline redraws the
panel (diagram, formula, table) at >= 30 frames per second at 1920x1080. Baseline in the same run: one
torch autograd forward+backward of the same network, which every trace includes.
Usage: python benchmarks/backprop.py
"""

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from simulator.engine import backprop, network, runtime


def median_ms(fn, repeats=20) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def scrub_fps(net) -> tuple[float, float]:
    from simulator.ui.app import make_application
    from simulator.ui.controller import Controller
    from simulator.ui.panels.backprop import BackpropPanel

    app = make_application()
    controller = Controller()
    controller.start()
    panel = BackpropPanel(controller)
    panel.resize(1920, 1080)
    panel.show()
    panel.set_network(net)
    while panel.record is None or panel.record.trace.network.sizes != net.sizes or not controller.idle():
        app.processEvents()
        time.sleep(0.01)
    steps = len(panel.record.trace.steps)
    times = []
    for k in range(0, steps, max(1, steps // 120)):
        start = time.perf_counter()
        panel.playback.set_position(k)
        panel.repaint()  # paint now, as the screen would at the next frame
        times.append(time.perf_counter() - start)
    controller.shutdown()
    times.sort()
    return 1 / statistics.median(times), 1 / times[int(len(times) * 0.95)]


def main() -> None:
    runtime.load()
    classic = network.classic()
    big = network.build((4, 16, 16, 16, 4), "tanh", "softmax", "cross_entropy", targets=(1, 0, 0, 0),
                        bias_mode="per-neuron")
    for name, net in (("classic 2-2-2", classic), ("4-16-16-16-4", big)):
        trace_ms = median_ms(lambda net=net: backprop.trace(net))
        autograd_ms = median_ms(lambda net=net: backprop._autograd(net))
        steps = len(backprop.trace(net).steps)
        print(f"trace {name}: {trace_ms:.2f} ms for {steps} steps ({trace_ms / autograd_ms:.1f}x one autograd "
              f"pass of {autograd_ms:.2f} ms)")
    for name, net in (("classic 2-2-2", classic), ("4-16-16-16-4", big)):
        median, p95 = scrub_fps(net)
        print(f"scrubbing {name} at 1920x1080: median {median:.0f} fps, 5th percentile {p95:.0f} fps (target >= 30)")


if __name__ == "__main__":
    main()
