"""Check my work in the concept labs: one typed number, right at its precision or named by its mistake."""

import numpy as np
import pytest
import torch

from simulator.engine import check, check_labs, ewa, regularization, schedules


def test_a_dropout_output_divided_multiplied_or_unscaled():
    result = regularization.dropout(0.4, training=True, mask_seed=3)
    j = int(np.flatnonzero(result.kept[0] & (result.before[0] > 0))[0])
    x = float(result.before[0, j])
    right, mistakes = check_labs.dropout_candidates(result, j)
    assert right == pytest.approx(x / 0.6)  # torch's output: the survivor scaled by 1 / (1 − p)
    for text, code in ((f"{x * 0.6:.6g}", "times-keep"), (f"{x:.6g}", "no-scale")):
        verdict = check_labs.judge(text, right, mistakes)
        assert (verdict.verdict, verdict.diagnosis) == (check.WRONG, code)
    assert check_labs.judge(f"{x / 0.6:.5g}", right, mistakes).verdict == check.RIGHT


def test_a_batchnorm_element_with_the_unbiased_variance_without_eps_or_without_gamma_and_beta():
    x = np.array([[1.0, 2.0], [3.0, 6.0], [5.0, 1.0]])
    result = regularization.batch_norm(x, gamma=np.array([2.0, 0.5]), beta=np.array([0.1, -1.0]))
    layer = torch.nn.BatchNorm1d(2)
    with torch.no_grad():
        layer.weight.copy_(torch.tensor([2.0, 0.5]))
        layer.bias.copy_(torch.tensor([0.1, -1.0]))
    y = layer(torch.tensor(x, dtype=torch.float32)).detach().numpy()
    right, mistakes = check_labs.batchnorm_candidates(result, (1, 1), "y", layer.eps)
    assert right == pytest.approx(float(y[1, 1]), rel=1e-6)
    column = x[:, 1]
    unbiased = 0.5 * (column[1] - column.mean()) / np.sqrt(column.var(ddof=1) + 1e-5) - 1.0
    by_code = dict(mistakes)
    assert by_code["unbiased-variance"] == pytest.approx(unbiased)
    assert by_code["gamma-beta-missing"] == pytest.approx((column[1] - column.mean()) / np.sqrt(column.var() + 1e-5),
                                                          rel=1e-6)
    assert check_labs.judge(f"{unbiased:.6g}", right, mistakes).diagnosis == "unbiased-variance"


def test_an_average_with_beta_swapped_or_the_bias_correction_mixed_up():
    temperatures = ewa.tutorial_temperatures()
    result = ewa.average(temperatures, [0.9])
    curve, day = result.curves[0], 5
    right, mistakes = check_labs.ewa_candidates(temperatures, 0.9, day, False, float(curve.ewa[day - 1]))
    swapped = temperatures[0]
    for v in temperatures[1:day]:
        swapped = 0.1 * swapped + 0.9 * v  # β and 1 − β the wrong way round
    by_code = dict(mistakes)
    assert by_code["betas-swapped"] == pytest.approx(swapped)
    assert by_code["bias-correction"] == pytest.approx(float(curve.corrected[day - 1]), rel=1e-5)
    verdict = check_labs.judge(f"{float(curve.corrected[day - 1]):.5g}", right, mistakes)
    assert verdict.diagnosis == "bias-correction"


def test_the_lr_of_the_epoch_before_or_after():
    spec = schedules.SCHEDULERS.parse("StepLR(step_size=50, gamma=0.5)")
    lrs = schedules.lr_curve(spec, 0.1, 200)
    right, mistakes = check_labs.schedule_candidates(lrs, 50)
    assert right == 0.05 and mistakes == [("off-by-one", 0.1)]  # epoch 49 had 0.1 (epoch 51 has 0.05 too)
    verdict = check_labs.judge("0.10", right, mistakes)  # ("0.1" would be right: 0.05 rounds to it)
    assert (verdict.verdict, verdict.diagnosis) == (check.WRONG, "off-by-one")
    assert check_labs.judge("0.070", right, mistakes).diagnosis == "unknown"
    with pytest.raises(ValueError):
        check_labs.judge("half", right, mistakes)
