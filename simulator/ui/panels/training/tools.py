"""The training lab's two tools that look at a run without training it: the learning-rate range test and the
loss landscape, each a job on the shown run from its weights now (training pauses for it), its record drawn
in its tab."""

from __future__ import annotations

from ....compute.job import Job
from ....engine import landscape, training_jobs
from ....engine.specs import format_spec


class ToolJobs:
    """Mixed into TrainingPanel (which has the record, the shown run, submit and stop)."""

    def _range_test(self, start: float, end: float, iterations: int) -> None:
        """The learning-rate range test on the shown run from its weights now (training pauses for it)."""
        if self.record is None:
            return
        self.stop()
        job = Job.in_workspace(training_jobs.range_test_job, max(0, self.show_run.currentIndex()), start, end,
                               iterations)
        self.submit(job, self._range_tested)

    def _range_tested(self, record: training_jobs.RangeTestRecord) -> None:
        if self.record is not None and record.run == self._run:
            self.plots.range_test.show_test(record.test, record.iteration, self.record.runs[record.racer].label)

    def _race_lrs(self, lrs: list) -> None:
        """A new run with one racer per suggested lr (the shown run's optimizer otherwise), trained at once."""
        if self.record is None or not lrs:
            return
        base = self.record.setup.runs[max(0, self.show_run.currentIndex())].optimizer
        self.settings.optimizer.setText("; ".join(
            format_spec(base.entry.name, {**dict(base.args), "lr": float(f"{lr:.2g}")}.items()) for lr in lrs))
        self.plots.tabs.setCurrentIndex(0)  # the curves, overlaid
        self.reset()
        self._set_playing(True)

    def _landscape(self, kind: str, grid: int, span: float, test: bool) -> None:
        """The loss landscape around the shown run's weights now: a coarse pass, then the full grid."""
        if self.record is None:
            return
        self.stop()
        job = Job.in_workspace(training_jobs.landscape_job, max(0, self.show_run.currentIndex()), kind, grid, span,
                               test)
        self.submit(job, self._landscape_shown)

    def _landscape_shown(self, result: landscape.Landscape) -> None:
        if self.record is not None and result.run == self._run:
            self.plots.landscape.show_landscape(result, self.timeline.position)
