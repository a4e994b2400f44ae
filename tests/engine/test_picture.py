"""The training lab's network picture: what each shown neuron outputs over the plane, and its weights."""

import numpy as np
import torch

from simulator.engine import datasets, models, optimizers, picture, training

ADAM = optimizers.OPTIMIZERS.parse("Adam(lr=0.01)")


def test_neuron_maps_weights_and_gradients_are_the_models():
    spec = models.ModelSpec((2, 12, 5, 2), "tanh", dropout=0.2, batchnorm=True)
    setup = training.Setup(datasets.make_dataset("moons", 400, 0.2, 0), 100, 0.3,
                           (training.RunSpec("a", spec, ADAM),), 16, 3, 0)
    session = training.Session(setup)
    *_, record = session.advance(10)
    pic = record.pictures[0]
    model = session.models[0]
    assert pic.widths == (2, 12, 5, 2) and pic.sizes == (2, 8, 5, 2)  # wide layers: the first 8 neurons
    model.eval()
    points = picture.map_points(record.grid)
    with torch.no_grad():
        h1 = model[2](model[1](model[0](points)))  # Linear → BatchNorm → tanh (Dropout is off in eval)
        h2 = model[6](model[5](model[4](model[3](h1))))
        probs = torch.softmax(model[8](h2), 1)  # (model[7]: the second Dropout)
    np.testing.assert_array_equal(pic.maps[0][3], h1[:, 3].reshape(24, 24).numpy())
    np.testing.assert_array_equal(pic.maps[1][4], h2[:, 4].reshape(24, 24).numpy())
    np.testing.assert_array_equal(pic.maps[2][1], probs[:, 1].reshape(24, 24).numpy())
    # row = x2 (from the bottom), column = x1, over the boundary's extent
    xs, ys = record.grid
    assert points[24 * 23, 1] == np.float32(ys[-1]) and points[23, 0] == np.float32(xs[-1])
    np.testing.assert_array_equal(pic.weights[1], model[4].weight.detach()[:5, :8].numpy())
    np.testing.assert_array_equal(pic.grads[0], model[0].weight.grad[:8].numpy())  # the last step's
    assert pic.weight_values()["W2[4,7]"] == float(model[4].weight.detach()[4, 7])
    assert [pic.neuron(layer, 0) for layer in range(4)] == ["i1", "h1_1", "h2_1", "o1"]


def test_neuron_names_and_positions_are_inverse():
    for layers in (2, 4):
        for layer in range(layers + 1):
            for j in range(3):
                assert picture.neuron_position(layers, picture.neuron_name(layers, layer, j)) == (layer, j)


def test_the_picture_shows_which_neurons_the_last_steps_dropout_mask_dropped():
    spec = models.ModelSpec((2, 6, 6, 2), "relu", dropout=0.5)
    setup = training.Setup(datasets.make_dataset("moons", 400, 0.2, 0), 100, 0.3,
                           (training.RunSpec("a", spec, ADAM),), 16, 3, 0)
    session = training.Session(setup)
    *_, record = session.advance(1)
    # the first step by hand: the same weights, batch and generator, Dropout's masks read off its outputs
    model = models.build_model(spec, 0)
    xb, _ = session.batches.batch(0)
    outside = torch.random.get_rng_state()
    torch.random.set_rng_state(torch.Generator().manual_seed(0).get_state())
    dropped, x = set(), xb
    for i, module in enumerate(model):
        before, x = x, module(x)
        if isinstance(module, torch.nn.Dropout):
            layer = sum(isinstance(m, torch.nn.Linear) for m in model[:i])
            dropped |= {f"h{layer}_{j + 1}" for j in range(6) if before[0, j] != 0 and x[0, j] == 0}
    torch.random.set_rng_state(outside)
    assert record.pictures[0].dropped == dropped and dropped  # (p = 0.5: some were dropped)


def test_batchnorm_is_a_column_of_its_own_joined_to_its_neurons_by_gamma():
    spec = models.ModelSpec((2, 12, 5, 2), "tanh", batchnorm=True)
    setup = training.Setup(datasets.make_dataset("moons", 400, 0.2, 0), 100, 0.3,
                           (training.RunSpec("a", spec, ADAM),), 16, 3, 0)
    session = training.Session(setup)
    *_, record = session.advance(10)
    pic, model = record.pictures[0], session.models[0]
    columns = pic.columns
    assert columns.sizes == (2, 8, 8, 5, 5, 2)
    assert [columns.neuron(c, 1) for c in range(6)] == ["i2", "bn1_2", "h1_2", "bn2_2", "h2_2", "o2"]
    assert columns.weight_name(1, 3, 1) == "W1[3,1]" and columns.weight_name(3, 2, 0) == "W2[2,0]"
    assert columns.weight_name(5, 1, 4) == "W3[1,4]"
    assert columns.weight_name(2, 3, 3) == "γ1[3]" and columns.weight_name(2, 3, 2) is None  # one to one
    bn = model[1]
    norm = pic.norms[0]
    np.testing.assert_array_equal(norm.gamma, bn.weight.detach()[:8].numpy())
    np.testing.assert_array_equal(norm.beta, bn.bias.detach()[:8].numpy())
    np.testing.assert_array_equal(norm.mean, bn.running_mean[:8].numpy())
    np.testing.assert_array_equal(norm.var, bn.running_var[:8].numpy())
    np.testing.assert_array_equal(norm.gamma_grad, bn.weight.grad[:8].numpy())
    model.eval()
    with torch.no_grad():
        normalised = bn(model[0](picture.map_points(record.grid)))  # before the activation
    np.testing.assert_array_equal(norm.maps[5], normalised[:, 5].reshape(24, 24).numpy())
    assert pic.weight_values()["γ2[4]"] == model[4].weight[4].item()
    assert pic.grad_values()["γ2[4]"] == model[4].weight.grad[4].item()
    plain = training.Session(training.Setup(setup.data, 100, 0.3, (training.RunSpec(
        "b", models.ModelSpec((2, 4, 2)), ADAM),), 16, 1, 0)).pictures[0]
    assert plain.norms == () and plain.columns.sizes == plain.sizes  # without BatchNorm, the columns are the layers
