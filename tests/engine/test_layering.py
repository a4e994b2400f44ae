"""The engine, the compute process and the session format (and the CLI's argument checking) must work
without Qt, and must not import torch at import time: the GUI imports catalogs from the engine, and never
loads torch itself (tests/ui/test_main_window.py checks that after every panel computed)."""

import subprocess
import sys
import textwrap


def test_engine_and_compute_import_without_qt_and_without_loading_torch():
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys

        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"):
                    raise ImportError("Qt is blocked in this test: " + name)

        sys.meta_path.insert(0, Block())
        import simulator.engine
        names = [m.name for m in pkgutil.iter_modules(simulator.engine.__path__, "simulator.engine.")]
        import simulator.compute
        names += [m.name for m in pkgutil.iter_modules(simulator.compute.__path__, "simulator.compute.")]
        for name in names:
            importlib.import_module(name)
        import simulator.cli
        import simulator.session
        assert "torch" not in sys.modules, "an engine module imports torch at import time"
        print(len(names))
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 15


def test_every_package_folder_is_installed():
    """pyproject.toml lists the packages (resources/ is mapped to simulator.resources): a new folder with
    an __init__.py must be listed too, or a plain `pip install .` would leave it out."""
    from pathlib import Path

    import pytest

    tomllib = pytest.importorskip("tomllib")  # (Python 3.11+)
    root = Path(__file__).resolve().parents[2]
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    folders = {".".join(p.parent.relative_to(root).parts) for p in (root / "simulator").rglob("__init__.py")}
    assert set(config["packages"]) == folders | {"simulator.resources"}
    assert config["package-dir"] == {"simulator.resources": "resources"}
    assert (root / "resources" / "__init__.py").exists()
