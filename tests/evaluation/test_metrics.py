"""Evaluation metrics on hand-made cases with known answers."""

from __future__ import annotations

import json

import numpy as np
import pytest

from app.dataset.loader import DatasetFileError
from app.evaluation import metrics
from app.evaluation.baselines import NearestCentroid, keyword_route
from app.evaluation.data import load_labelled
from app.evaluation.report import evaluate, markdown
from app.labels import AGENTS, COMPLEXITIES, Agent, Complexity, ModelTier

H, S, OP = ModelTier.HAIKU, ModelTier.SONNET, ModelTier.OPUS


def test_accuracy_and_macro_f1_known_values():
    y = ["a", "a", "b", "b"]
    p = ["a", "b", "b", "b"]
    assert metrics.accuracy(y, p) == 0.75
    # F1(a) = 2*1/(2*1+0+1) = 2/3 ; F1(b) = 2*2/(2*2+1+0) = 4/5
    assert metrics.macro_f1(y, p, ["a", "b"]) == pytest.approx((2 / 3 + 4 / 5) / 2)
    assert metrics.macro_f1(y, p, ["a", "b", "c"]) == pytest.approx((2 / 3 + 4 / 5) / 3)


def test_routing_direction_and_cost():
    expected = [H, S, OP, OP]
    chosen = [S, S, S, OP]
    d = metrics.routing_direction(expected, chosen)
    assert d == {"under_routing_rate": 0.25, "over_routing_rate": 0.25}
    assert metrics.relative_cost([OP, OP]) == 1.0
    # default prices: cost(task) = 4000*in + 1000*out per 1e6 -> haiku 9, sonnet 27, opus 45 (x 1e-3 USD)
    assert metrics.relative_cost([H, S]) == pytest.approx((9 + 27) / (2 * 45))


def test_expected_calibration_error():
    assert metrics.expected_calibration_error([1.0, 1.0], [True, True]) == 0.0
    # all at 0.9 confidence, half correct -> |0.5 - 0.9| = 0.4
    assert metrics.expected_calibration_error([0.9] * 4, [True, False, True, False]) == pytest.approx(0.4)


def test_confusion_matrix_rows_are_truth():
    m = metrics.confusion(["x", "y", "y"], ["y", "y", "x"], ["x", "y"])
    assert m == [[0, 1], [1, 1]]


def test_keyword_and_centroid_baselines():
    assert keyword_route("Fix SQL injection in the search endpoint")[0] is Agent.SECURITY
    assert keyword_route("Please review this pull request")[0] is Agent.REVIEWER
    x = np.eye(4, 384)[:2]
    nc = NearestCentroid(x, [Agent.CODER, Agent.SECURITY], [Complexity.SIMPLE, Complexity.COMPLEX])
    (a0, c0, t0), (a1, c1, t1) = nc.predict(x)
    assert (a0, c0, t0) == (Agent.CODER, Complexity.SIMPLE, H)
    assert (a1, c1, t1) == (Agent.SECURITY, Complexity.COMPLEX, OP)


def _write_real(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))


def test_evaluate_report_on_known_probabilities(tmp_path):
    rows = [
        {
            "input": "Fix typo",
            "context": "",
            "agent": "coder",
            "complexity": "Simple",
            "domain": "Web",
            "expected_model": "haiku",
        },
        {
            "input": "Audit auth",
            "context": "",
            "agent": "security",
            "complexity": "Complex",
            "domain": "Security",
            "expected_model": "opus",
        },
    ]
    f = tmp_path / "real.jsonl"
    _write_real(f, rows)
    tasks = load_labelled(f)

    def onehot(k, n):
        v = np.full(n, 0.01)
        v[k] = 1.0
        return v / v.sum()

    probs = {
        # first right (coder/Simple), second wrong agent (reviewer/Complex -> sonnet: under-routed)
        "agent_probs": np.stack([onehot(0, 5), onehot(AGENTS.index(Agent.REVIEWER), 5)]),
        "complexity_probs": np.stack([onehot(0, 3), onehot(COMPLEXITIES.index(Complexity.COMPLEX), 3)]),
        "domain_probs": np.stack([onehot(0, 8), onehot(5, 8)]),
        "model_probs": np.stack([onehot(0, 3), onehot(2, 3)]),
        "policy_model_probs": np.stack([onehot(0, 3), onehot(1, 3)]),
        "embedding": np.zeros((2, 4)),
    }
    rep = evaluate(tasks, probs)
    r = rep["router"]
    assert r["agent_accuracy"] == 0.5
    assert r["complexity_accuracy"] == 1.0
    assert r["model_accuracy"] == 0.5
    assert r["under_routing_rate"] == 0.5 and r["over_routing_rate"] == 0.0
    assert r["domain_accuracy"] == 1.0
    assert rep["baselines"]["always_opus"]["model_accuracy"] == 0.5
    assert rep["baselines"]["always_opus"]["relative_cost_vs_opus"] == 1.0
    assert "| router |" in markdown(rep, "t")


def test_labelled_loader_errors_name_line_and_field(tmp_path):
    f = tmp_path / "bad.jsonl"
    f.write_text(
        json.dumps(
            {"input": "ok", "agent": "coder", "complexity": "Simple", "domain": "Web", "expected_model": "haiku"}
        )
        + "\n"
        + json.dumps(
            {"input": "x", "agent": "wizard", "complexity": "Simple", "domain": "Web", "expected_model": "haiku"}
        )
        + "\n"
    )
    with pytest.raises(DatasetFileError) as exc:
        load_labelled(f)
    assert "bad.jsonl:2" in str(exc.value) and "agent" in str(exc.value)
