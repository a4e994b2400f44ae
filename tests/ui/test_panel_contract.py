"""Every registered panel keeps the one contract the main window reads (panels/base.py)."""

import io

import pytest
from compute_jobs import refused

from simulator.compute.job import Job
from simulator.ui.panels import PANELS, panel_class
from simulator.ui.panels.base import Panel


@pytest.mark.parametrize("name", list(PANELS))
def test_each_panel_keeps_the_contract(name, show_panel, ready_controller, qtbot):
    panel = show_panel(panel_class(name), (1400, 900))
    assert isinstance(panel, Panel) and name == panel.NAME
    # its jobs run under its own name (or its views' "<name>.<view>"), so busy() is what the window asks
    owners = [owner for owner in ready_controller._current if owner == name or owner.startswith(f"{name}.")]
    assert owners or not ready_controller._current
    qtbot.waitUntil(lambda: not panel.busy(), timeout=30_000)
    file = io.StringIO()
    panel.write_csv(file)  # computed now: data to export (the training lab: a header until an epoch ends)
    assert "," in file.getvalue().splitlines()[0]
    assert panel.current_view().isVisible()
    assert panel.export_name().startswith(name)
    code = panel.pytorch_code()
    assert code is None or "import torch" in code
    panel.check_state(panel.state(), name)  # what it saves, it takes back


def test_a_failed_job_shows_its_message_under_the_panels_inputs(show_panel, ready_controller, qtbot):
    panel = show_panel(panel_class("ewa"))
    qtbot.waitUntil(lambda: not panel.busy(), timeout=30_000)
    panel.submit(Job.of(refused, "a value torch refused"), lambda record: None)
    qtbot.waitUntil(lambda: not panel.error.isHidden(), timeout=30_000)
    assert "a value torch refused" in panel.error.text()
    with pytest.raises(ValueError, match="nothing computed yet"):
        Panel(ready_controller).write_csv(io.StringIO())
