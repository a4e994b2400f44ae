"""The training lab's stories show their lesson in the numbers."""

import numpy as np

from simulator.engine import datasets, stories, training


def session_of(story: stories.Story, epochs: int) -> training.Session:
    d = story.data
    data = datasets.make_dataset(d["dataset"], 600, d["noise"], 0)
    return training.Session(training.Setup(data, d["train_size"], 0.3, story.runs, d["batch_size"], epochs, 0))


def test_why_batchnorm_vanishing_gradients_without_it_learning_with_it():
    story = stories.why_batchnorm()
    *_, record = session_of(story, story.data["epochs"]).advance(10**9)
    plain, bn = record.runs
    assert plain.stats.grad_norm[0, 0] < 1e-4 < 1e-1 < bn.stats.grad_norm[0, 0]  # the first layer's gradient
    assert plain.test_acc[-1] < 0.6 and bn.test_acc[-1] > 0.9  # SGD learns the moons only with BatchNorm
    assert np.nanmax(plain.stats.std[:, 4]) < 0.15 < np.nanmin(bn.stats.std[:, 4])  # bunched vs spread


def test_the_overfitting_story_overfits_without_regularization():
    story = stories.overfit(training.optimizers.OPTIMIZERS.parse("Adam(lr=0.01)"))
    *_, record = session_of(story, 100).advance(10**9)
    plain = record.runs[0]
    assert plain.train_acc[-1] == 1.0 and plain.test_acc[-1] < 0.9  # learnt the noise too
    assert plain.test_loss[-1] > 5 * plain.train_loss[-1]  # the gap the story is about
    assert [r.label for r in record.runs] == ["no regularization", "Dropout p=0.5", "BatchNorm", "weight decay 1e-2"]
