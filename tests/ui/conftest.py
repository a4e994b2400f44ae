import pytest
from PySide6.QtCore import QSettings

from simulator.compute.client import ComputeClient
from simulator.ui import figures, theme  # noqa: F401 (figures sets pyqtgraph's options)
from simulator.ui.controller import Controller


@pytest.fixture(autouse=True)
def _theme(qapp):
    theme.set_theme(qapp, theme.DEFAULT_THEME)  # (also after a test that switched it)


@pytest.fixture(scope="session")
def compute():
    """One compute process for the whole suite: each loads torch, which takes seconds. Each test's
    controller starts it afresh (no job or workspace of an earlier test survives)."""
    client = ComputeClient()
    client.start()
    yield client
    assert client.shutdown(), "the compute process did not end"


@pytest.fixture
def controller(qtbot, compute):
    c = Controller(client=compute)
    c.start()
    yield c
    c.shutdown()


@pytest.fixture
def ready_controller(controller, qtbot):
    if not controller.engine_ready:
        with qtbot.waitSignal(controller.sig_engine_ready, timeout=30_000):
            pass
    return controller


@pytest.fixture
def settings(tmp_path_factory):
    # outside tmp_path: tests that check which files an action wrote look there
    return QSettings(str(tmp_path_factory.mktemp("settings") / "settings.ini"), QSettings.IniFormat)


@pytest.fixture
def show_panel(ready_controller, qtbot):
    """Build a panel on the ready controller and show it at a size: ``show_panel(RacePanel, (1500, 950))``."""
    def show(cls, size=(1500, 900)):
        panel = cls(ready_controller)
        qtbot.addWidget(panel)
        panel.resize(*size)
        panel.show()
        return panel

    return show
