"""The F7 result's words: one seed is labelled as this run's, and the study's medians and
speed-ups, once measured, say what the typical run does (Qt-free)."""

import dataclasses

import numpy as np

from actviz.core.training import StudyResult, StudySummary, Trainer
from actviz.state.training import TrainState
from actviz.viewmodels.train import config_from_state, ratio_text, run_result, study_result

LABELS = ["Sigmoid (logistic)", "Tanh", "ReLU"]


def _study(medians, epochs=1000, requested=1000, seeds=20):
    ts = TrainState()
    ts.apply_article_preset()
    config = dataclasses.replace(config_from_state(ts), seeds=tuple(range(seeds)))
    summary = tuple(
        StudySummary(label, seeds, 0 if m is None else seeds, m, m, m, None) for label, m in zip(LABELS, medians)
    )
    return StudyResult(config, epochs, requested, (), summary)


def test_one_seed_is_labelled_as_this_run():
    ts = TrainState()
    ts.apply_article_preset()
    trainer = Trainer(config_from_state(ts))
    assert run_result(trainer, ts.activations, 0) == (
        "this run (seed 0), epochs to test loss < 0.05: Sigmoid (logistic) not yet · Tanh not yet · ReLU not yet"
    )
    trainer.step_epochs(700)
    assert run_result(trainer, ts.activations, 0) == (
        "this run (seed 0), epochs to test loss < 0.05: Sigmoid (logistic) 632 · Tanh 38 · ReLU 37"
    )


def test_before_a_study_it_says_how_to_get_the_median():
    assert study_result(None, LABELS, 20) == "Run study for the median over 20 seeds"
    partial = _study([None, 66, 37], epochs=300)
    assert study_result(partial, LABELS, 20) == "Run study for the median over 20 seeds"


def test_a_study_gives_its_medians_and_measured_ratios():
    text = study_result(_study([581, 66, 37]), LABELS, 20)
    assert text == (
        "study, 20 seeds: medians Sigmoid (logistic) 581 · Tanh 66 · ReLU 37 epochs; "
        "Tanh 8.8× faster than Sigmoid (logistic), ReLU 1.8× faster than Tanh"
    )
    text = study_result(_study([None, 66, 37]), LABELS, 20)
    assert "Sigmoid (logistic) not converged" in text and "ReLU 1.8× faster than Tanh" in text
    assert "faster than Sigmoid" not in text


def test_ratios_read_as_a_room_reads_them():
    assert [ratio_text(r) for r in (12.9, 10.0, 9.94, 1.94, 1.0)] == ["13×", "10×", "9.9×", "1.9×", "1.0×"]


def test_the_threshold_label_goes_where_no_curve_is():
    from actviz.viewmodels.train import threshold_label_place

    epochs = np.arange(101)
    falling = np.where(epochs < 80, 0.5, 0.01)  # crosses 0.05 at epoch 80
    low = np.full(101, 0.001)
    centre, above = threshold_label_place(np.stack([falling, low], axis=1), (0, 100), np.log10(0.05), 0.3, 0.3)
    # Right of the drop: nothing near the line on either side; ties go above.
    assert centre > 0.8 and above
    hugging = np.full(101, 0.06)  # just above the line everywhere: the label goes below
    centre, above = threshold_label_place(np.stack([hugging, low], axis=1), (0, 100), np.log10(0.05), 0.3, 0.3)
    assert not above


def test_the_layers_summary_keeps_its_sizes_together():
    """A narrow panel wraps "2 hidden layers: 4, 2" after the colon, never between 4 and 2."""
    from actviz.viewmodels.train import layers_summary

    text = str(layers_summary([4, 2, 3]))
    assert text == "3 hidden layers: 4,\u00a02,\u00a03"
    assert text.split(" ")[-1] == "4,\u00a02,\u00a03"
