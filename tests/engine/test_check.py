"""Check my work on the tutorial's 2-2-2 example: right at the precision typed, errors carried forward mark
one step, and each usual mistake is named from the number it produces."""

import pytest

from simulator.engine import backprop, check, check_sheet, network
from simulator.engine.specs import SpecError

NET = network.classic()
ORDER = [check_sheet.updated(s.target) if s.phase == backprop.UPDATE else s.target for s in backprop.trace(NET).steps]


def worked(mistake=None, variant=0, digits=9, rounding=None):
    """Every step as a student would write it: computed step by step (under ``mistake``), each value written
    with ``digits`` significant digits and used further on as written."""
    sheet, known, written = check_sheet.rules(NET, mistake, variant), check_sheet.constants(NET), {}
    for name in ORDER:
        value = check_sheet.evaluate(sheet, known, {k: float(v) for k, v in written.items()}, rounding)(name)
        written[name] = f"{value:.{digits}g}"
    return written


def verdicts(answers):
    return {v.quantity: v for v in check.check(NET, list(answers.items())).verdicts}


def test_the_sheet_is_the_step_through():
    trace = backprop.trace(NET)
    value = check_sheet.evaluate(check_sheet.rules(NET), check_sheet.constants(NET))
    for name, step in zip(ORDER, trace.steps, strict=True):
        assert value(name) == step.value, name
    assert f"{value('out_h1'):.9f}" == "0.593269992" and f"{value('w5_new'):.8f}" == "0.35891648"


@pytest.mark.parametrize("digits", [4, 6, 9])
def test_a_right_hand_solution_passes_at_4_6_and_9_digits(digits):
    result = check.check(NET, list(worked(digits=digits).items()))  # each step from the rounded ones before
    assert result.first_mistake is None and len(result.verdicts) == len(ORDER)
    right = check_sheet.evaluate(check_sheet.rules(NET), check_sheet.constants(NET))
    exact = check.check(NET, [(name, f"{right(name):.{digits}g}") for name in ORDER])
    assert all(v.verdict == check.RIGHT for v in exact.verdicts)  # the right values, rounded: right


def test_a_value_is_right_at_the_precision_it_was_typed():
    got = verdicts({"out_h1": "0.5933", "out_o2": "0.7729", "E_total": "0.2983"})
    assert got["out_h1"].verdict == got["out_o2"].verdict == check.RIGHT  # 0.593269992, 0.772928465
    assert got["E_total"].verdict == check.WRONG  # 0.298371109 rounds to 0.2984
    # worked from an out_o1 written as 0.75 (anything from 0.745 to 0.755), 0.2983 may well be what it gives
    assert verdicts({"out_o1": "0.75", "E_total": "0.2983"})["E_total"].verdict == check.CARRIED


def test_a_slip_carried_forward_marks_one_step():
    answers = worked()
    answers["out_h1"] = "0.5392"  # digits swapped; every later step worked from it
    sheet, known = check_sheet.rules(NET), check_sheet.constants(NET)
    for name in ORDER[ORDER.index("out_h1") + 1:]:
        given = {k: float(v) for k, v in answers.items() if ORDER.index(k) < ORDER.index(name)}
        answers[name] = f"{check_sheet.evaluate(sheet, known, given)(name):.9g}"
    got = check.check(NET, list(answers.items()))
    wrong = [v.quantity for v in got.verdicts if v.verdict == check.WRONG]
    assert wrong == ["out_h1"]
    assert got.verdicts[ORDER.index("net_o1")].verdict == check.CARRIED  # right from the student's out_h1


@pytest.mark.parametrize("mistake, first", [
    ("updated-weights", "∂E/∂out_h1 via o1"),
    ("missing-derivative", "δ_o1"),
    ("derivative-of-out", "∂out_o1/∂net_o1"),
    ("sign", "∂E/∂out_o1"),
    ("missing-half", "E_o1"),
    ("missing-path", "∂E/∂out_h1"),
    ("net-for-out", "net_o1"),
    ("update-sign", "w5_new"),
])
def test_each_usual_mistake_is_named_at_the_first_step_it_changes(mistake, first):
    result = check.check(NET, list(worked(mistake).items()))
    found = result.first_mistake
    assert found is not None and found.quantity == first and found.diagnosis == mistake
    assert found.formula.startswith(backprop.trace(NET).steps[ORDER.index(first)].formula)


def test_another_learning_rate_is_named_with_the_rate_used():
    answers = worked()
    g = float(answers["∂E/∂w5"])
    answers["w5_new"] = f"{0.4 - 0.1 * g:.9g}"
    found = check.check(NET, list(answers.items())).first_mistake
    assert (found.quantity, found.diagnosis, found.detail) == ("w5_new", "learning-rate", "η = 0.1")


def test_a_rounding_that_grew_is_named():
    # δ_h1 = 0.00877135 rounded to 0.0088 on the way, then ∂E/∂w1 = 0.0088·0.05 written to 6 decimals
    found = check.check(NET, [("dE/dw1", "0.000440")]).first_mistake
    assert found.diagnosis == "rounding" and "decimals gives 0.00044" in found.detail
    assert check.check(NET, [("dE/dw1", "0.00044")]).first_mistake is None  # as precise as it was worked: right


def test_a_number_no_mistake_explains_says_so():
    found = check.check(NET, [("E_total", "0.123")]).first_mistake
    assert found.diagnosis == "unknown" and found.formula.startswith("E_total = E_o1 + E_o2 = ")


def test_ascii_spellings_name_the_same_quantities():
    got = verdicts({"dE/dw5": "0.082167041", "delta_h1": "0.008771355", "dE/dout_h1 via o1": "0.055399425",
                    "dout_o1/dnet_o1": "0.186815602", "w5+": "0.35891648"})
    assert set(got) == {"∂E/∂w5", "δ_h1", "∂E/∂out_h1 via o1", "∂out_o1/∂net_o1", "w5_new"}
    assert all(v.verdict == check.RIGHT for v in got.values())


def test_malformed_answers_are_refused_with_the_line():
    with pytest.raises(SpecError, match="line 3: expected quantity,value"):
        check.read_answers("quantity,value\nnet_h1,0.3775\nout_h1\n")
    with pytest.raises(SpecError, match="'x5' is not a quantity"):
        check.check(NET, [("x5", "1")])
    with pytest.raises(SpecError, match="out_h1: '0,59' is not a number"):
        check.check(NET, [("out_h1", "0,59")])
    assert check.read_answers("# my homework\n\nnet_h1, 0.3775\n") == [("net_h1", "0.3775")]


def test_networks_check_mode_cannot_follow_are_refused():
    with pytest.raises(SpecError, match="Dropout"):
        check.check(network.build((2, 2, 2), "sigmoid", "sigmoid", "half_sse", dropout=0.5), [])
    with pytest.raises(SpecError, match="softmax"):
        check.check(network.PRESETS["tanh342"](), [])
