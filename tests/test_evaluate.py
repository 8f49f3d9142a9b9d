"""Tests for communique.evaluate: codebook §6 matching and the reference scorer's numbers."""

from __future__ import annotations

import copy
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from communique.errors import ConfigError, InputError
from communique.evaluate import (
    assign,
    date_match,
    fold,
    format_report,
    load_gold,
    names_match,
    score,
)
from communique.models import Event

DATA = Path(__file__).parent / "data" / "eval"
BLR_HANOI = "000_16a7b6badb296c05"  # Golovchenko in Hanoi: CONSULT, REQUEST, 2 SUPPORT, AGREE
VNM_MINSK = "001_e52cb4cd3b8fc08c"  # Tô Lâm in Belarus: 6 CONSULT, SUPPORT, award, 2 AGREE


@pytest.fixture
def gold() -> dict[str, list[dict[str, Any]]]:
    """Two seed articles, 15 hand-coded events."""
    return load_gold(DATA / "gold.jsonl")


def _copy(corpus: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    return copy.deepcopy(corpus)


def test_evaluate_perfect_prediction_scores_one(gold: dict[str, list[dict[str, Any]]]) -> None:
    report = score(gold, _copy(gold))
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (15, 0, 0)
    assert report.micro.f1 == report.strict.f1 == report.dyad_type.f1 == 1.0
    assert report.macro_f1 == 1.0 and report.names.f1 == 1.0
    assert all(report.accuracy(field) == 1.0 for field in report.correct)


def test_evaluate_missing_event_lowers_recall(gold: dict[str, list[dict[str, Any]]]) -> None:
    pred = _copy(gold)
    request = pred[BLR_HANOI].pop(1)
    assert request["type"] == "REQUEST"
    report = score(gold, pred)
    assert report.micro.precision == 1.0
    assert report.micro.recall == 14 / 15
    assert report.per_type["REQUEST"].fn == 1 and report.per_type["REQUEST"].f1 == 0.0
    assert report.macro_f1 == pytest.approx(3 / 4)  # CONSULT, AGREE, SUPPORT 1.0; REQUEST 0.0


def test_evaluate_wrong_direction_still_pairs(gold: dict[str, list[dict[str, Any]]]) -> None:
    pred = _copy(gold)
    agree = pred[BLR_HANOI][3]  # "Il a proposé que…": Golovchenko (BLR) to Hanoi (VNM)
    agree["actor"], agree["recipient"] = agree["recipient"], agree["actor"]
    report = score(gold, pred)
    assert report.micro.f1 == 1.0
    assert report.correct["direction"] == 14
    assert report.accuracy("direction") == 14 / 15


def test_evaluate_other_polity_set_does_not_pair(gold: dict[str, list[dict[str, Any]]]) -> None:
    pred = _copy(gold)
    pred[BLR_HANOI][1]["recipient"] = ["BLR", "CIS"]  # REQUEST now also to the CIS
    report = score(gold, pred)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (14, 1, 1)
    assert (report.dyad_type.fp, report.dyad_type.fn) == (1, 1)


def test_evaluate_status_change_breaks_strict_match(
    gold: dict[str, list[dict[str, Any]]],
) -> None:
    pred = _copy(gold)
    pred[BLR_HANOI][4]["status"] = "historical"  # the 2024-2026 programme signed "today"
    report = score(gold, pred)
    assert report.micro.f1 == 1.0
    assert (report.strict.tp, report.strict.fp, report.strict.fn) == (14, 1, 1)


def test_evaluate_invented_events_in_empty_article_lose_precision(
    gold: dict[str, list[dict[str, Any]]],
) -> None:
    gold = {**gold, "no-event-article": []}
    pred = {**_copy(gold), "no-event-article": [dict(gold[BLR_HANOI][0], type="ACCUSE")]}
    report = score(gold, pred)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (15, 1, 0)
    assert report.micro.precision == 15 / 16 and report.micro.recall == 1.0
    assert report.per_type["ACCUSE"].fp == 1
    assert report.macro_f1 == 1.0  # ACCUSE is not a gold type
    assert report.dyad_type.fp == 1


def test_evaluate_missing_article_counts_as_predicted_empty(
    gold: dict[str, list[dict[str, Any]]],
) -> None:
    pred = {VNM_MINSK: _copy(gold)[VNM_MINSK], "elsewhere": []}
    report = score(gold, pred)
    assert (report.missing_in_pred, report.extra_in_pred) == (1, 1)
    assert (report.micro.tp, report.micro.fn) == (10, 5)
    assert report.warnings == ["1 predicted article(s) are not in the gold; ignored"]


def test_evaluate_pairing_breaks_ties_by_shared_names(
    gold: dict[str, list[dict[str, Any]]],
) -> None:
    # Both CONSULTs share actor Tô Lâm, date and direction: only the recipient name
    # (Loukachenko vs Tourtchine) tells them apart, so a wrong pairing loses 2 names.
    meetings = [gold[VNM_MINSK][0], gold[VNM_MINSK][2]]
    report = score({VNM_MINSK: meetings}, {VNM_MINSK: meetings[::-1]})
    assert report.pairs == 2
    assert (report.names.tp, report.names.fp, report.names.fn) == (4, 0, 0)


def test_evaluate_pairing_weighs_a_shared_name_as_date_and_direction(
    gold: dict[str, list[dict[str, Any]]],
) -> None:
    # Two SUPPORT events of the same polity set: the 2004 Hanoi-Minsk signing (joint)
    # and Loukachenko's award to Tô Lâm (BLR -> VNM). Each prediction shares a name
    # with one and date + direction with the other; names weigh 2, so names win.
    signing, award = gold[BLR_HANOI][2], gold[VNM_MINSK][6]
    pred_a = dict(award, actor_names=["Hanoï"], recipient_names=[])
    pred_b = dict(signing, actor_names=["Alexandre Loukachenko"])
    report = score({"mixed": [signing, award]}, {"mixed": [pred_a, pred_b]})
    assert report.pairs == 2
    assert report.names.tp == 2
    assert report.correct["date"] == report.correct["direction"] == 0


def test_evaluate_more_specific_date_is_right_and_counted(
    gold: dict[str, list[dict[str, Any]]],
) -> None:
    pred = _copy(gold)
    pred[BLR_HANOI][0]["date"] = "2023-12-07"  # gold: "--12-07" (year not in the text)
    pred[BLR_HANOI][2]["date"] = "2004-12"  # gold: "2004-11"
    report = score(gold, pred)
    assert report.correct["date"] == 14
    assert report.date_more_specific == 1


@pytest.mark.parametrize(
    ("gold_date", "pred_date", "expected"),
    [
        ("--12-07", "2023-12-07", True),  # 7 décembre, year unknown
        ("--12-07", "2023-12-08", False),
        ("--12-07", "--12", False),
        ("2023-12", "2023-12-15", True),
        ("2023-12", "2023-11-15", False),
        ("2004-11", "2004-11", True),
        ("2023", "2023-05", True),
        ("2023", "20231", False),
        ("--05", "2024-05-11", True),  # "en mai"
        ("--05", "2024", False),
        ("2023-12-07", "2023-12", False),  # less specific than gold is wrong
        (None, None, True),
        (None, "2023-12-07", False),
        ("2023-12-07", None, False),
    ],
)
def test_evaluate_date_match_at_gold_precision(
    gold_date: str | None, pred_date: str | None, expected: bool
) -> None:
    assert date_match(gold_date, pred_date) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Golovchenko", "Roman Golovchenko", True),
        ("Vladimir Poutine", "Vladimir Vladimirovitch Poutine", True),
        ("Bui Thanh Son", "Huynh Ngoc Son", False),  # Vietnamese names end in the given name
        ("Poutine Vladimir", "Vladimir Poutine", False),  # order matters
        ("Miguel Díaz-Canel Bermúdez", "Díaz-Canel", True),
        ("Tô Lâm", "to lam", True),
        ("", "Tô Lâm", False),
    ],
)
def test_evaluate_names_match(a: str, b: str, expected: bool) -> None:
    assert names_match(fold(a), fold(b)) is expected


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Díaz-Canel", "diaz canel"),
        ("Comité populaire de Hanoï", "comite populaire de hanoi"),
        ("Đà Nẵng", "da nang"),
        ("Œuvre d'Orient", "oeuvre d orient"),
        ("  Association d'amitié Biélorussie-Vietnam ", "association d amitie bielorussie vietnam"),
    ],
)
def test_evaluate_fold_ignores_case_accents_punctuation(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("weights", "pairs"),
    [
        ([[1, 2], [2, 1]], [(0, 1), (1, 0)]),
        ([[5, 4, 0], [4, 0, 0]], [(0, 1), (1, 0)]),  # 4 + 4 beats greedy 5 + 0
        ([[3], [9], [1]], [(1, 0)]),  # more rows than columns
        ([[]], []),
        ([], []),
    ],
)
def test_evaluate_assign_maximises_total_weight(
    weights: list[list[int]], pairs: list[tuple[int, int]]
) -> None:
    assert assign(weights) == pairs


@pytest.mark.parametrize("name", ["pred_drop_flip_date.jsonl", "pred_type_status_names.jsonl"])
def test_evaluate_matches_reference_scorer(
    gold: dict[str, list[dict[str, Any]]], name: str
) -> None:
    expected = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))[name]
    table = (DATA / name.replace("pred_", "expected_").replace(".jsonl", ".txt")).read_text(
        encoding="utf-8"
    )
    report = score(gold, load_gold(DATA / name))
    result = report.to_dict()
    result.pop("warnings")
    assert result == expected
    assert format_report(report) + "\n" == table


def test_evaluate_accepts_model_events(gold: dict[str, list[dict[str, Any]]]) -> None:
    pred = {doc_id: [Event.from_dict(event) for event in events] for doc_id, events in gold.items()}
    pred[BLR_HANOI].pop()
    assert (
        score(gold, pred).to_dict()
        == score(
            gold, {doc_id: [event.to_gold() for event in events] for doc_id, events in pred.items()}
        ).to_dict()
    )
    assert score(gold, pred).micro.fn == 1


def test_evaluate_explain_lists_each_article(gold: dict[str, list[dict[str, Any]]]) -> None:
    pred = _copy(gold)
    del pred[BLR_HANOI][1]
    pred[BLR_HANOI][0]["date"] = "2023-12-07"
    out = io.StringIO()
    score(gold, pred, explain=out)
    lines = out.getvalue().splitlines()
    assert f"== {BLR_HANOI}: TP 4  FP 0  FN 1" in lines
    assert any(line.startswith("     pred CONSULT   BLR→VNM  2023-12-07") for line in lines)
    assert any(line.startswith("  FN REQUEST   VNM→BLR  --12-07") for line in lines)


def test_evaluate_filters_select_types_and_status(
    gold: dict[str, list[dict[str, Any]]],
) -> None:
    report = score(gold, {}, types="CONSULT,support", status="occurred")
    assert report.micro.fn == 7 + 3  # the 2004 signing is historical
    assert list(report.per_type) == ["CONSULT", "SUPPORT"]
    assert "filters: types=CONSULT,SUPPORT, status=occurred" in format_report(report)
    with pytest.raises(ConfigError, match="GREET"):
        score(gold, {}, types=["GREET"])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"doc_id": "a", "events": []}\n{broken\n', ":2: invalid JSON"),
        ('{"doc_id": "a", "events": [{"type": "GREET"}]}\n', ":1: event 0: unknown event type"),
        ('{"doc_id": "a", "events": [{"type": "AID", "actor": ["FRA", 7]}]}\n', "actor[1]"),
        ('{"doc_id": "a", "events": [{"type": "AID", "recipient": "FRA"}]}\n', "must be a list"),
        ('{"events": []}\n', ":1: doc_id must be a string"),
        ('[{"doc_id": "a", "events": []}, 3]', "item 1: expected a JSON object"),
        ('{"doc_id": "a", "events": []}\n{"doc_id": "a", "events": []}\n', ":2: duplicate"),
    ],
)
def test_evaluate_load_gold_rejects_bad_input_with_place(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(message)) as caught:
        load_gold(path)
    assert str(caught.value).startswith(str(path))


def test_evaluate_load_gold_reads_events_with_doc_id(tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    events = load_gold(DATA / "gold.jsonl")[BLR_HANOI][:2]
    path.write_text(
        "".join(json.dumps({**event, "doc_id": BLR_HANOI}) + "\n" for event in events),
        encoding="utf-8",
    )
    assert [event["type"] for event in load_gold(path)[BLR_HANOI]] == ["CONSULT", "REQUEST"]


def test_evaluate_score_rejects_bad_prediction() -> None:
    with pytest.raises(InputError, match="pred 'a': event 0: unknown event type 'GREET'"):
        score({"a": []}, {"a": [{"type": "GREET"}]})
