"""Store.events filters, partial-date bounds and Store.document."""

from __future__ import annotations

import pytest

from communique.errors import ConfigError
from communique.models import Result
from communique.store import Store
from communique.store.queries import event_bounds

HANOI, KOREA, TAFTA = "000_16a7b6badb296c05", "os-005698", "os-028327"


def _keys(events: list[dict]) -> set[tuple[str, str]]:
    return {(event["doc_id"], event["type"]) for event in events}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"country": "VNM"}, {(HANOI, "CONSULT"), (HANOI, "SUPPORT")}),
        ({"country": "PRK"}, {(KOREA, "SANCTION"), (KOREA, "ACCUSE"), (KOREA, "REQUEST")}),
        ({"country": "EU"}, {(TAFTA, "CONSULT")}),
        ({"dyad": ("VNM", "BLR")}, {(HANOI, "CONSULT"), (HANOI, "SUPPORT")}),
        ({"dyad": ("BLR", "VNM")}, {(HANOI, "CONSULT"), (HANOI, "SUPPORT")}),
        ({"dyad": ("PRK", "USA")}, {(KOREA, "REQUEST")}),
        ({"dyad": ("KOR", "USA")}, set()),
        ({"type": "CONSULT"}, {(HANOI, "CONSULT"), (TAFTA, "CONSULT")}),
        ({"country": "PRK", "type": "ACCUSE"}, {(KOREA, "ACCUSE")}),
        ({"status": "historical"}, {(HANOI, "SUPPORT")}),
        ({"status": "future"}, {(TAFTA, "CONSULT")}),
    ],
)
def test_queries_filters(filled: Store, filters: dict, expected: set) -> None:
    assert _keys(filled.events(**filters)) == expected


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        # Full dates; "2020-06" (ACCUSE) covers the whole month, so it overlaps 06-10.
        ("2020-06-10", None, {(KOREA, "ACCUSE")}),
        ("2020-06-09", "2020-06-09", {(KOREA, "SANCTION"), (KOREA, "ACCUSE"), (KOREA, "REQUEST")}),
        # Partial bounds: "until 2020-06" includes 2020-06-30; "until 2004" all of 2004.
        ("2020-06", None, {(KOREA, "SANCTION"), (KOREA, "ACCUSE"), (KOREA, "REQUEST")}),
        (None, "2016-04", {(HANOI, "SUPPORT"), (TAFTA, "CONSULT")}),
        ("2004", "2004", {(HANOI, "SUPPORT")}),
        # TAFTA runs 2016-04..2016-05 (date_end): still going on 2016-05-15.
        ("2016-05-15", "2016", {(TAFTA, "CONSULT")}),
        ("2016-06", "2019", set()),
    ],
)
def test_queries_since_until(filled: Store, since, until, expected: set) -> None:
    events = filled.events(since=since, until=until)
    assert _keys(events) == expected
    # The year-less "--12-07" meeting is never kept by a date filter.
    assert all(event["date"] != "--12-07" for event in events)


@pytest.mark.parametrize("bad", ["--12", "--12-07", "décembre 2023", "2023-13", "2023-02-30"])
def test_queries_since_without_year_is_refused(filled: Store, bad: str) -> None:
    with pytest.raises(ConfigError, match="since"):
        filled.events(since=bad)


def test_queries_order_chronological_undated_last(filled: Store) -> None:
    assert [(event["doc_id"], event["type"]) for event in filled.events()] == [
        (HANOI, "SUPPORT"),  # 2004-11
        (TAFTA, "CONSULT"),  # 2016-04
        (KOREA, "ACCUSE"),  # 2020-06 starts on the 1st
        (KOREA, "SANCTION"),  # 2020-06-09, seq 0
        (KOREA, "REQUEST"),  # 2020-06-09, seq 2
        (HANOI, "CONSULT"),  # --12-07: no year
    ]
    assert len(filled.events(limit=2)) == 2


def test_queries_events_round_trip_gold_shape(store: Store, hanoi: Result) -> None:
    store.save_result(hanoi, extractor_version="0.1.0")
    stored = store.events(doc_id=hanoi.document.id)
    for row, event in zip(stored, hanoi.events, strict=True):
        assert {key: row[key] for key in event.to_gold()} == event.to_gold()
        assert (row["doc_id"], isinstance(row["id"], int)) == (hanoi.document.id, True)


def test_queries_document_evidence_offsets_point_into_text(filled: Store) -> None:
    document = filled.document(KOREA)
    assert document is not None
    assert [event["seq"] for event in document["events"]] == [0, 1, 2]
    for event in document["events"]:
        text = document["text"][event["evidence_start"] : event["evidence_end"]]
        assert text == event["evidence"]


def test_queries_document_unknown_is_none(filled: Store) -> None:
    assert filled.document("os-999999") is None


def test_queries_document_keeps_cleaning_and_mentions(filled: Store) -> None:
    document = filled.document(HANOI)
    assert document["dateline_place"] == "Hanoï"
    assert not document["cleaned_text"].startswith("Hanoï (VNA)")
    assert [m["text"] for m in document["mentions"]] == ["Roman Golovchenko", "Minsk", "Hanoï"]


@pytest.mark.parametrize(
    ("date", "date_end", "expected"),
    [
        ("2023-12-07", None, ("2023-12-07", "2023-12-07")),
        ("2023-12", None, ("2023-12-01", "2023-12-31")),
        ("2024-02", None, ("2024-02-01", "2024-02-29")),
        ("2023", None, ("2023-01-01", "2023-12-31")),
        ("2023-05-11", "--05-12", ("2023-05-11", "2023-05-12")),  # du 11 au 12 mai
        ("2023-12-30", "--01-02", ("2023-12-30", "2024-01-02")),  # du 30 décembre au 2 janvier
        ("--12-07", None, (None, None)),
        ("--05-11", "--05-12", (None, None)),
        ("2023-13", None, (None, None)),
        (None, None, (None, None)),
    ],
)
def test_queries_event_bounds(date, date_end, expected) -> None:
    assert event_bounds(date, date_end) == expected
