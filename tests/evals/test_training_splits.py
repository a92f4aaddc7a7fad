"""What the offline model is fitted on and what only ever measures it: the committed bundle was fitted on the
generated train split, the retired hand-written splits and the seed replies; the held-out splits are refused."""

from __future__ import annotations

import pytest

from agent.models.offline import load_fitted
from evals import train


def test_the_committed_model_was_fitted_on_the_training_splits_and_nothing_held_out() -> None:
    trained_on = load_fitted()["trained_on"]
    assert trained_on == [*train.TRAINING_SPLITS, "seed"]
    assert not set(trained_on) & train.HELD_OUT


@pytest.mark.parametrize("split", sorted(train.HELD_OUT))
def test_training_refuses_every_held_out_split_as_training_or_as_dev(tmp_path, split: str) -> None:
    for kwargs in ({"train_splits": ("train", split)}, {"dev_split": split}):
        with pytest.raises(ValueError, match="held out"):
            train.train(out=tmp_path / "model.joblib", log=lambda *_: None, **kwargs)
    assert not (tmp_path / "model.joblib").exists()


def test_the_regularisation_leaves_its_default_only_for_more_than_one_dev_replys_worth() -> None:
    from evals.train import choose_c

    assert choose_c({2.0: 0.9732, 8.0: 0.9725, 32.0: 0.9732}) == 8.0  # a tie within noise keeps the default
    assert choose_c({2.0: 0.985, 8.0: 0.973, 32.0: 0.970}) == 2.0  # two replies' worth moves it
    assert choose_c({2.0: 0.960, 8.0: 0.973, 32.0: 0.971}) == 8.0
