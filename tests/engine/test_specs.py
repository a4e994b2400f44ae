"""The spec parser: what users may write, and the clear refusal of everything else."""

import contextlib

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.engine import optimizers, schedules
from simulator.engine.specs import SpecError

SCHEDULERS = schedules.SCHEDULERS
OPTIMIZERS = optimizers.OPTIMIZERS


@pytest.mark.parametrize(
    "text, name, kwargs",
    [
        ("StepLR(step_size=50, gamma=0.5)", "StepLR", {"step_size": 50, "gamma": 0.5}),
        ("MultiStepLR(milestones=[50, 125, 160], gamma=0.5)", "MultiStepLR",
         {"milestones": [50, 125, 160], "gamma": 0.5}),
        ("ExponentialLR(gamma=0.95)", "ExponentialLR", {"gamma": 0.95}),
        # case-insensitive names and aliases
        ("steplr(step_size=3)", "StepLR", {"step_size": 3}),
        ("exp(gamma=0.9)", "ExponentialLR", {"gamma": 0.9}),
        ("cosine", "CosineAnnealingLR", {}),
        # positional arguments in torch's order, and a line pasted from a tutorial
        ("StepLR(50, 0.5)", "StepLR", {"step_size": 50, "gamma": 0.5}),
        ("optim.lr_scheduler.StepLR(optimizer, step_size=50, gamma=0.5)", "StepLR", {"step_size": 50, "gamma": 0.5}),
        ("  OneCycleLR(anneal_strategy='linear', three_phase=True) ", "OneCycleLR",
         {"anneal_strategy": "linear", "three_phase": True}),
        ("LinearLR(start_factor=+0.5, total_iters=10)", "LinearLR", {"start_factor": 0.5, "total_iters": 10}),
    ],
)
def test_scheduler_specs_parse(text, name, kwargs):
    spec = SCHEDULERS.parse(text)
    assert spec.name == name
    assert spec.kwargs == kwargs
    assert SCHEDULERS.parse(spec.text) == spec  # the canonical text reads back as the same spec


def test_optimizer_spec_with_tuple_builds_the_torch_optimizer():
    spec = OPTIMIZERS.parse("Adam(lr=0.01, betas=(0.9, 0.99))")
    assert spec.text == "Adam(lr=0.01, betas=(0.9, 0.99))"
    w = torch.zeros(2, requires_grad=True)
    opt = optimizers.build(spec, [w])
    assert isinstance(opt, torch.optim.Adam)
    assert opt.param_groups[0]["lr"] == 0.01 and opt.param_groups[0]["betas"] == (0.9, 0.99)


def test_momentum_alias_is_sgd_with_momentum():
    opt = optimizers.build(OPTIMIZERS.parse("Momentum(lr=0.1)"), [torch.zeros(1, requires_grad=True)])
    assert type(opt) is torch.optim.SGD and opt.param_groups[0]["momentum"] == 0.9


@pytest.mark.parametrize(
    "text, words, column",
    [
        ("__import__('os').system('x')", "expected the name", 1),
        ("StepLR.__class__", "not allowed", 1),
        ("().__class__.__bases__[0]", "expected", 1),
        ("torch.nn.StepLR(step_size=1)", "not allowed", 1),
        ("StepLR(step_size=10**100)", "must be a literal", 18),
        ("StepLR(step_size=100000000000000000000000000)", "too large", 18),
        ("StepLR(step_size=1e999)", "whole number", 18),
        ("ExponentialLR(gamma=1e999)", "finite", 21),
        ("StepLR(step_size=" + "[" * 200 + "]" * 200 + ")", "", None),
        ("StepLR(step_sise=50)", "did you mean 'step_size'", 8),
        ("StepLR(gamma=0.5)", "needs step_size", None),
        ("StepLR(step_size=5.5)", "whole number", 18),
        ("StepLR(step_size=True)", "whole number", 18),
        ("StepLR(step_size=0)", "at least 1", 18),
        ("StepLR(step_size=x)", "must be a literal", 18),
        ("StepLR(step_size=50, step_size=5)", "given twice", 22),
        ("StepLR(50, step_size=5)", "given twice", 12),
        ("StepLR(*a)", "not allowed", 8),
        ("StepLR(**a)", "not allowed", 10),
        ("MultiStepLR(milestones=[50, 'x'])", "whole number", 24),
        ("MultiStepLR(milestones=[])", "empty", 24),
        ("ExponentialLRR(gamma=1)", "did you mean ExponentialLR", 1),
        ("ExponentialLR(gamma=0.95", "never closed", None),
        ("", "empty", None),
        ("x" * 10_000, "too long", None),
        ("OneCycleLR(anneal_strategy='sin')", "one of 'cos', 'linear'", 28),
        ("StepLR(step_size=lambda: 1)", "must be a literal", 18),
        ("StepLR(step_size=[i for i in range(9**9)])", "must be a literal", 18),
    ],
)
def test_bad_scheduler_specs_say_what_and_where(text, words, column):
    with pytest.raises(SpecError) as info:
        SCHEDULERS.parse(text)
    message = str(info.value)
    assert words in message
    if column is not None:
        assert message.startswith(f"column {column}:")


def test_columns_count_characters_not_bytes():
    with pytest.raises(SpecError) as info:
        SCHEDULERS.parse("StepLR(step_size='学习率')")
    assert info.value.column == len("StepLR(step_size=")


def test_values_torch_rejects_become_spec_errors():
    w = torch.zeros(1, requires_grad=True)
    with pytest.raises(SpecError, match=r"SGD: torch rejected these values: .*Nesterov"):
        optimizers.build(OPTIMIZERS.parse("SGD(nesterov=True)"), [w])  # needs momentum
    opt = torch.optim.SGD([w], lr=0.1)
    with pytest.raises(SpecError, match="LinearLR: torch rejected"):
        schedules.build(SCHEDULERS.parse("LinearLR(start_factor=0.0)"), opt, epochs=10)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_text_is_either_a_spec_or_a_spec_error(text):
    try:
        spec = SCHEDULERS.parse(text)
    except SpecError as e:
        assert str(e)
    else:
        assert SCHEDULERS.parse(spec.text) == spec


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([e.name for e in SCHEDULERS.entries]), st.lists(
    st.tuples(st.sampled_from(["step_size", "gamma", "milestones", "T_max", "eta_min", "power", "factor"]),
              st.one_of(st.integers(-10**12, 10**12), st.floats(allow_nan=True), st.booleans(),
                        st.lists(st.integers(-5, 300), max_size=4))),
    max_size=3, unique_by=lambda kv: kv[0]))
def test_generated_calls_never_escape_spec_error(name, args):
    text = f"{name}(" + ", ".join(f"{k}={v!r}" for k, v in args) + ")"
    with contextlib.suppress(SpecError):  # anything else (TypeError, RecursionError, ...) fails the test
        SCHEDULERS.parse(text)
