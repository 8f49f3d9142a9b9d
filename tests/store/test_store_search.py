"""Store.search: FTS5 over title, heading and cleaned text; accents and user syntax."""

from __future__ import annotations

import dataclasses

import pytest

from communique.models import Result
from communique.store import Store
from communique.store.queries import fts_match_expression

HANOI, KOREA, TAFTA = "000_16a7b6badb296c05", "os-005698", "os-028327"


def _ids(store: Store, query: str) -> list[str]:
    return [hit["doc_id"] for hit in store.search(query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Hanoi", [HANOI]),  # the text only has "Hanoï"
        ("HANOÏ", [HANOI]),
        ("Seoul", [KOREA]),  # "Séoul"
        ("coree du nord", [KOREA]),
        ("negocier", [TAFTA]),  # title "négocier"
    ],
)
def test_store_search_ignores_accents_and_case(filled: Store, query: str, expected: list) -> None:
    assert _ids(filled, query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"Corée du Nord" AND Séoul', [KOREA]),
        ("Minsk OR Golovchenko", [HANOI]),  # bare operators dropped: all words required
        ("\"accord d'amitié", [HANOI]),  # stray quote
        ("Golovchenko*", [HANOI]),
        ("-Pyongyang", [KOREA]),
        ("NEAR(Minsk, 3)", []),
        ("Tafta: (France)", [TAFTA]),
        ('"', []),
        ("'); DROP TABLE documents; --", []),
    ],
)
def test_store_search_user_syntax_never_raises(filled: Store, query: str, expected: list) -> None:
    assert _ids(filled, query) == expected
    assert filled.stats()["documents"] == 3


def test_store_search_phrase_keeps_word_order(filled: Store) -> None:
    assert _ids(filled, '"Corée du Nord"') == [KOREA]
    assert _ids(filled, '"Nord du Corée"') == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Hanoï", '"Hanoï"'),
        ('a "b c" d', '"b c" "a" "d"'),
        ('x" OR y', '"x" "y"'),
        ("NOT", ""),
    ],
)
def test_store_search_match_expression(query: str, expected: str) -> None:
    assert fts_match_expression(query) == expected


def test_store_search_snippet_and_rank(filled: Store) -> None:
    hits = filled.search("Golovchenko")
    assert "[Golovchenko]" in hits[0]["snippet"]
    assert isinstance(hits[0]["rank"], float)
    ranks = [hit["rank"] for hit in filled.search("coopération")]
    assert ranks == sorted(ranks)
    assert len(filled.search("coopération", limit=1)) == 1


def test_store_search_indexes_cleaned_text(filled: Store) -> None:
    # The dateline "Hanoï (VNA) -" was cleaned away: the agency name is not indexed.
    assert _ids(filled, "VNA") == []


def test_store_search_follows_updates(store: Store, hanoi: Result) -> None:
    store.save_result(hanoi, extractor_version="0.1.0")
    text = "Le Premier ministre biélorusse a quitté Hanoï."
    document = dataclasses.replace(hanoi.document, text=text, content_hash="")
    assert store.save_result(Result(document=document), extractor_version="0.1.0") == "updated"
    assert _ids(store, "Minsk") == []
    assert _ids(store, "quitté") == [HANOI]
