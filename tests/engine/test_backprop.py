"""The backprop trace: the tutorial's classic numbers, and every convention checked against autograd."""

import itertools

import numpy as np
import pytest
import torch

from simulator.engine import backprop, network
from simulator.engine.specs import SpecError


def test_the_classic_network_gives_the_tutorials_numbers():
    trace = backprop.trace(network.classic())
    assert f"{trace.loss:.9f}" == "0.298371109"
    assert f"{trace.grads['w5']:.9f}" == "0.082167041"
    assert f"{trace.updated['w5']:.8f}" == "0.35891648"
    assert f"{trace.updated['w1']:.9f}" == "0.149780716"
    assert "b1" not in trace.grads and trace.updated["b1"] == 0.35  # frozen biases


def test_the_classic_trace_reads_like_the_tutorial():
    trace = backprop.trace(network.classic())
    by_target = {s.target: s for s in trace.steps}
    assert by_target["net_h1"].formula == "net_h1 = w1·i1 + w2·i2 + b1"
    assert by_target["net_h1"].substituted == "0.15·0.05 + 0.2·0.1 + 0.35"
    assert by_target["net_h1"].value == pytest.approx(0.3775)
    assert by_target["∂E/∂w5"].formula == "∂E/∂w5 = δ_o1 · ∂net_o1/∂w5"
    # w1 reaches the loss along two paths: through o1 and through o2
    paths = [s for s in trace.steps if s.target.startswith("∂E/∂out_h1 via")]
    assert [s.target for s in paths] == ["∂E/∂out_h1 via o1", "∂E/∂out_h1 via o2"]
    assert by_target["∂E/∂out_h1"].value == pytest.approx(sum(s.value for s in paths))
    assert [s.phase for s in trace.steps] == sorted((s.phase for s in trace.steps), key=backprop.PHASES.index)
    assert trace.steps[trace.update_step("w5")].substituted == "0.4 − 0.5·0.0821670406"


CONVENTIONS = list(itertools.product(
    ["sigmoid", "tanh", "relu", "leaky_relu", "identity"],
    [("sigmoid", "half_sse"), ("identity", "mse"), ("softmax", "cross_entropy"), ("sigmoid", "cross_entropy"),
     ("softmax", "half_sse")],
    ["shared", "per-neuron"], [True, False]))


@pytest.mark.parametrize("activation, output, bias, train_bias", CONVENTIONS)
def test_random_networks_agree_with_autograd(activation, output, bias, train_bias):
    out_act, loss = output
    rng = np.random.default_rng(hash((activation, out_act, loss, bias)) % 2**32)
    sizes = (3, 4, 3, 2)
    targets = rng.uniform(0, 1, 2)
    if out_act == "softmax" and loss == "cross_entropy":
        targets = np.array([1.0, 0.0])
    net = network.build(sizes, activation, out_act, loss, rng.normal(size=3), targets, lr=0.3, bias_mode=bias,
                        train_bias=train_bias, seed=int(rng.integers(1000)))
    trace = backprop.trace(net)
    checked = [s for s in trace.steps if s.autograd is not None]
    assert len(checked) > len(trace.steps) / 2
    for s in checked:
        assert s.diff <= 1e-12 * max(1.0, abs(s.autograd)), (s.target, s.value, s.autograd)
    # independent of the trace's own bookkeeping: torch's gradients of a plain nn model
    ws = [torch.tensor(w, requires_grad=True) for w in net.weights]
    bs = [torch.tensor(b, requires_grad=True) for b in net.biases]
    a = torch.tensor(net.inputs, dtype=torch.float64)
    acts = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu,
            "leaky_relu": lambda v: torch.nn.functional.leaky_relu(v, 0.01), "identity": lambda v: v,
            "softmax": lambda v: torch.softmax(v, 0)}
    for k, (w, b) in enumerate(zip(ws, bs, strict=True), start=1):
        a = acts[net.activation(k)](w @ a + b)
    t = torch.tensor(net.targets, dtype=torch.float64)
    e = {"half_sse": lambda: 0.5 * ((t - a) ** 2).sum(), "mse": lambda: ((t - a) ** 2).mean(),
         "cross_entropy": lambda: (-(t * a.log()).sum() if out_act == "softmax"
                                   else -(t * a.log() + (1 - t) * (1 - a).log()).sum())}[loss]()
    e.backward()
    assert trace.loss == pytest.approx(e.item(), rel=1e-12)
    for k, w in enumerate(ws, start=1):
        for j, i in np.ndindex(*w.shape):
            assert trace.grads[net.weight_name(k, j, i)] == pytest.approx(w.grad[j, i].item(), rel=1e-9, abs=1e-15)
    if train_bias:
        for k, b in enumerate(bs, start=1):
            for j in range(len(b)):
                assert trace.grads[net.bias_name(k, j)] == pytest.approx(b.grad[j].item(), rel=1e-9, abs=1e-15)


def test_several_iterations_follow_torch_sgd():
    net = network.PRESETS["tanh342"]()
    networks, losses = backprop.train(net, 20)
    ws = [torch.tensor(w, requires_grad=True) for w in net.weights]
    bs = [torch.tensor(b, requires_grad=True) for b in net.biases]
    opt = torch.optim.SGD(ws + bs, lr=net.lr)
    for it in range(20):
        a = torch.tensor(net.inputs, dtype=torch.float64)
        a = torch.tanh(ws[0] @ a + bs[0])
        a = torch.softmax(ws[1] @ a + bs[1], 0)
        loss = -(torch.tensor(net.targets, dtype=torch.float64) * a.log()).sum()
        assert losses[it] == pytest.approx(loss.item(), rel=1e-12)
        opt.zero_grad()
        loss.backward()
        opt.step()
    np.testing.assert_allclose(networks[-1].weights[0], ws[0].detach().numpy(), rtol=1e-12)
    assert backprop.trace(networks[5], iteration=5).loss == pytest.approx(losses[5], rel=1e-14)


@pytest.mark.parametrize("kwargs, words", [
    (dict(sizes=(2, 0, 1)), "at least one neuron"),
    (dict(sizes=(2, 10_000, 1)), "at most 16"),
    (dict(sizes=(2, 2, 2, 2, 2, 2, 2)), "at most 4 hidden"),
    (dict(sizes=(2,)), "at least an input and an output"),
    (dict(sizes=(2, 2, 1), inputs=(float("nan"), 1.0)), "finite"),
    (dict(sizes=(2, 2, 1), inputs=(1.0,)), "expected 2 numbers"),
    (dict(sizes=(2, 2, 1), inputs=("a", "b")), "numbers only"),
    (dict(sizes=(2, 2, 1), activations="swish"), "unknown 'swish'"),
    (dict(sizes=(2, 2, 1), output_activation="identity", loss="cross_entropy"), "cross-entropy needs"),
    (dict(sizes=(2, 2, 1), output_activation="softmax"), "softmax needs at least two"),
    (dict(sizes=(2, 2, 1), lr=float("inf")), "learning rate"),
])
def test_hostile_networks_are_refused_with_a_message(kwargs, words):
    with pytest.raises(SpecError, match=words):
        network.build(**kwargs)


def test_editing_a_weight_by_hand():
    net = network.classic().with_parameter("w5", 0.5)
    assert net.weights[1][0, 0] == 0.5
    with pytest.raises(SpecError, match="finite"):
        network.classic().with_parameter("w5", float("nan"))
    with pytest.raises(SpecError, match="no parameter"):
        network.classic().with_parameter("w99", 1.0)


def test_generic_parameter_names():
    net = network.build((2, 3, 2), bias_mode="per-neuron")
    names = list(net.parameters())
    assert names[:2] == ["W1[0,0]", "W1[0,1]"] and "W2[1,2]" in names and "b1[2]" in names and "b2[1]" in names


def test_dropout_in_the_network_follows_torch_with_the_same_masks():
    import dataclasses

    net = dataclasses.replace(network.build((3, 5, 4, 2), "tanh", "sigmoid", "half_sse", (0.2, -0.5, 0.9),
                                            (0.1, 0.9), lr=0.3, bias_mode="per-neuron", seed=4), dropout=0.4)
    for iteration in range(4):
        trace = backprop.trace(net, iteration)
        assert all(s.diff <= 1e-12 for s in trace.steps if s.diff is not None)
        scales = net.dropout_scales(iteration)
        # an independent torch model: inverted dropout with the same masks after each hidden activation
        ws = [torch.tensor(w, requires_grad=True) for w in net.weights]
        bs = [torch.tensor(b, requires_grad=True) for b in net.biases]
        a = torch.tensor(net.inputs, dtype=torch.float64)
        for k in range(3):
            a = (torch.tanh if k < 2 else torch.sigmoid)(ws[k] @ a + bs[k])
            if scales[k + 1] is not None:
                a = a * torch.tensor(scales[k + 1])
        e = 0.5 * ((torch.tensor(net.targets, dtype=torch.float64) - a) ** 2).sum()
        e.backward()
        assert trace.loss == pytest.approx(e.item(), rel=1e-12)
        assert trace.grads["W1[2,1]"] == pytest.approx(ws[0].grad[2, 1].item(), rel=1e-9, abs=1e-15)
        off = {net.neuron(layer, j) for layer in (1, 2) for j in np.flatnonzero(scales[layer] == 0)}
        assert trace.dropped == off
        for layer in (1, 2):
            assert set(np.unique(scales[layer])) <= {0.0, 1 / 0.6}
    assert any(backprop.trace(net, i).dropped != backprop.trace(net, 0).dropped for i in range(1, 6))
