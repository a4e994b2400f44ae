"""Start-up time of the app: process start -> first painted frame, -> panel built, -> engine (torch) ready.

Baseline measured in the same run: a bare `python -c "import torch"`. Target: first frame <= 0.5 s.
Usage: python benchmarks/startup.py [--runs 7]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def launch(config_dir: str) -> dict[str, float]:
    # a settings folder of its own, so offscreen runs never overwrite the user's saved window
    env = dict(os.environ, DESCENTLAB_STARTUP_REPORT="1", XDG_CONFIG_HOME=config_dir)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.time()
    done = subprocess.run([sys.executable, "-m", "simulator", "--panel", "lr"], env=env, capture_output=True,
                          text=True, timeout=120)
    marks = {}
    for line in done.stdout.splitlines():
        name, _, stamp = line.partition(" ")
        marks[name] = float(stamp) - start
    if set(marks) != {"first_frame", "panel_ready", "engine_ready"}:
        raise SystemExit(f"the app did not report its start-up:\n{done.stdout}\n{done.stderr}")
    return marks


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as config_dir:
        launch(config_dir)  # warm the file cache once, like every launch after the first
        samples = [launch(config_dir) for _ in range(runs)]
    torch_import = statistics.median(timed([sys.executable, "-c", "import torch"]) for _ in range(runs))
    print(f"median of {runs} launches (platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}):")
    for name in ("first_frame", "panel_ready", "engine_ready"):
        value = statistics.median(s[name] for s in samples)
        print(f"  {name:13s} {value:6.3f} s   ({value / torch_import:4.2f}x a bare 'import torch')")
    print(f"  import torch  {torch_import:6.3f} s   (python -c 'import torch', baseline)")
    first = statistics.median(s["first_frame"] for s in samples)
    print(f"target first_frame <= 0.5 s: {'met' if first <= 0.5 else 'NOT met'}")


if __name__ == "__main__":
    main()
