"""Quality gate: the extractor's scores on the public gold must not fall below their floors.

The floors in ``tests/eval_baseline.json`` are the figures reached so far (see
docs/evaluation.md); raise them when the extractor improves, never lower them to make a
change pass. The inputs' SHA-256 is pinned too, so a changed gold or sample is noticed
rather than silently moving the figures.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from communique.batch import extract_paths, sample_docs
from communique.evaluate import load_gold, score
from communique.pipeline import Pipeline

DATA = Path(__file__).parent / "data" / "gold"
BASELINE = json.loads((Path(__file__).parent / "eval_baseline.json").read_text())


def _sha256(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def predictions(nlp) -> dict[str, list[dict]]:  # type: ignore[no-untyped-def]
    with sample_docs() as sample:
        results = extract_paths([str(sample)], Pipeline(nlp=nlp), problems=[])
        return {r.document.id: r.to_gold()["events"] for r in results}


def test_eval_gate_inputs_unchanged() -> None:
    with sample_docs() as sample:
        corpus = sorted(Path(sample).rglob("*.*"))
        assert _sha256(DATA / "seeds.jsonl", DATA / "dev.jsonl", *corpus) == BASELINE["sha256"]


@pytest.mark.model
@pytest.mark.parametrize("name", ["seeds", "dev"])
def test_eval_gate_scores_stay_above_floor(name: str, predictions: dict) -> None:
    gold = load_gold(DATA / f"{name}.jsonl")
    report = score(gold, {doc: predictions.get(doc, []) for doc in gold})
    floors = BASELINE[name]
    assert report.micro.f1 >= floors["events_micro_f1"], report.micro
    assert report.strict.f1 >= floors["events_strict_f1"], report.strict
    assert report.dyad_type.f1 >= floors["dyad_type_f1"], report.dyad_type
