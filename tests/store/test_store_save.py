"""save_result: idempotent per document, derived rows replaced atomically."""

from __future__ import annotations

import dataclasses

import pytest
import sqlalchemy as sa

from communique.errors import StoreError
from communique.models import Document, Mention, Result
from communique.store import Store, engine
from communique.store.schema import mentions, participants


def _with_text(result: Result, text: str) -> Result:
    """The same document id with another version of its text (the hash follows)."""
    document = dataclasses.replace(result.document, text=text, content_hash="")
    return dataclasses.replace(result, document=document)


def _count(store: Store, table: sa.Table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()


def test_store_save_new_then_unchanged(store: Store, hanoi: Result) -> None:
    assert store.save_result(hanoi, extractor_version="0.1.0") == "new"
    before = store.document(hanoi.document.id)
    assert store.save_result(hanoi, extractor_version="0.1.0") == "unchanged"
    assert store.document(hanoi.document.id) == before  # not even updated_at moved
    assert store.stats() == {"documents": 1, "coded": 1, "skipped": 0, "events": 2}


def test_store_save_changed_text_is_updated_and_replaces_events(
    store: Store, hanoi: Result
) -> None:
    store.save_result(hanoi, extractor_version="0.1.0")
    first = store.document(hanoi.document.id)
    # The wire re-sent the article with the historical sentence cut off.
    shorter = hanoi.document.text.split(" La capitale Hanoï")[0]
    revised = dataclasses.replace(
        _with_text(hanoi, shorter), events=hanoi.events[:1], mentions=hanoi.mentions[:1]
    )
    assert store.save_result(revised, extractor_version="0.1.0") == "updated"
    stored = store.document(revised.document.id)
    assert stored["text"] == shorter
    assert stored["ingested_at"] == first["ingested_at"]
    assert [event["type"] for event in stored["events"]] == ["CONSULT"]
    assert _count(store, participants) == 4  # BLR, VNM and one name on each side
    assert _count(store, mentions) == 1


@pytest.mark.parametrize(
    ("version", "reprocess"), [("0.2.0", False), ("0.1.0", True)], ids=["new-version", "forced"]
)
def test_store_save_reprocessed(store: Store, hanoi: Result, version: str, reprocess: bool) -> None:
    store.save_result(hanoi, extractor_version="0.1.0")
    assert store.save_result(hanoi, extractor_version=version, reprocess=reprocess) == (
        "reprocessed"
    )
    events = store.events()
    assert len(events) == 2  # replaced, not appended
    assert {event["extractor_version"] for event in events} == {version}


def test_store_save_failure_mid_write_keeps_previous_rows(
    store: Store, hanoi: Result, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save_result(hanoi, extractor_version="0.1.0")
    before = store.document(hanoi.document.id)

    def crash(conn: sa.Connection, result: Result) -> None:
        raise RuntimeError("disk unplugged")

    # Events of the new version are already inserted when mentions fail.
    monkeypatch.setattr(engine, "_insert_mentions", crash)
    revised = _with_text(hanoi, "Hanoï (VNA) - Le Premier ministre biélorusse a quitté Hanoï.")
    with pytest.raises(RuntimeError, match="disk unplugged"):
        store.save_result(revised, extractor_version="0.2.0")
    assert store.document(revised.document.id) == before
    assert store.stats()["events"] == 2


def test_store_save_database_error_raises_store_error_and_rolls_back(
    store: Store, hanoi: Result
) -> None:
    store.save_result(hanoi, extractor_version="0.1.0")
    before = store.document(hanoi.document.id)
    revised = _with_text(hanoi, hanoi.document.text + " Fin.")
    broken = Mention(doc_id=revised.document.id, start=0, end=5, text=None, kind="place")  # type: ignore[arg-type]
    revised = dataclasses.replace(revised, mentions=(*revised.mentions, broken))
    with pytest.raises(StoreError, match=revised.document.id):
        store.save_result(revised, extractor_version="0.1.0")
    assert store.document(revised.document.id) == before


def test_store_save_skipped_document(store: Store) -> None:
    document = Document(id="en-001", text="Vietnam values its traditional friendship with Belarus.")
    result = Result(document=document, skipped="not French")
    assert store.save_result(result, extractor_version="0.1.0") == "new"
    stored = store.document("en-001")
    assert (stored["status"], stored["skip_reason"], stored["events"]) == (
        "skipped", "not French", []
    )  # fmt: skip
    assert store.stats() == {"documents": 1, "coded": 0, "skipped": 1, "events": 0}


def test_store_save_has_document(store: Store, hanoi: Result) -> None:
    document = hanoi.document
    assert not store.has_document(document.id, document.content_hash)
    store.save_result(hanoi, extractor_version="0.1.0")
    assert store.has_document(document.id, document.content_hash)
    assert store.has_document(document.id, document.content_hash, extractor_version="0.1.0")
    assert not store.has_document(document.id, document.content_hash, extractor_version="0.2.0")
    other = _with_text(hanoi, document.text + " Fin.").document
    assert not store.has_document(other.id, other.content_hash)


def test_store_save_name_rows_take_the_polity_of_their_side(store: Store, hanoi: Result) -> None:
    store.save_result(hanoi, extractor_version="0.1.0")
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(participants.c.side, participants.c.polity, participants.c.name)
            .where(participants.c.name.is_not(None))
            .order_by(participants.c.id)
        ).all()
    assert [tuple(row) for row in rows] == [
        ("actor", "BLR", "Roman Golovchenko"),  # the side's only polity
        ("recipient", "VNM", "Comité populaire de Hanoï"),
        ("actor", "BLR", "Minsk"),  # joint side BLR+VNM: told apart by the mentions
        ("actor", "VNM", "Hanoï"),
    ]
