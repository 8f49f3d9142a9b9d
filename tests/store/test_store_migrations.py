"""Opening a store: migrations are recorded once, SQLite is tuned, old databases catch up."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from communique.errors import StoreError
from communique.store import MIGRATIONS, Store, apply_migrations, migrations
from communique.store.schema import METADATA, schema_migrations


def _applied(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return list(conn.execute(sa.select(schema_migrations.c.name)).scalars())


def test_migrations_open_twice_is_idempotent(tmp_path, hanoi) -> None:
    path = tmp_path / "communique.sqlite"
    with Store.open(path) as store:
        store.save_result(hanoi, extractor_version="0.1.0")
    with Store.open(path) as store:
        assert apply_migrations(store.engine) == []
        assert sorted(_applied(store)) == [name for name, _ in MIGRATIONS]
        assert store.stats()["events"] == 2


def test_migrations_create_parent_folder(tmp_path) -> None:
    path = tmp_path / "a" / "b" / "communique.sqlite"
    Store.open(path).close()
    assert path.is_file()


def test_migrations_sqlite_pragmas(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_migrations_refuse_database_from_newer_version(tmp_path) -> None:
    path = tmp_path / "communique.sqlite"
    with Store.open(path) as store, store.engine.begin() as conn:
        conn.execute(sa.insert(schema_migrations).values(name="0099_future", applied_at="x"))
    with pytest.raises(StoreError, match="0099_future"):
        Store.open(path)


def test_migrations_refuse_folder_as_path(tmp_path) -> None:
    with pytest.raises(StoreError, match="folder"):
        Store.open(tmp_path)


def test_migrations_fts_backfills_documents_saved_before_it(tmp_path, monkeypatch, hanoi) -> None:
    path = tmp_path / "communique.sqlite"
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:1])
    with Store.open(path) as store:
        store.save_result(hanoi, extractor_version="0.1.0")
        assert _applied(store) == ["0001_initial"]
    monkeypatch.undo()
    with Store.open(path) as store:
        assert "0002_fts" in _applied(store)
        assert [hit["doc_id"] for hit in store.search("Golovchenko")] == [hanoi.document.id]


@pytest.mark.parametrize("table", [t.name for t in METADATA.sorted_tables])
def test_migrations_schema_compiles_for_postgresql(table: str) -> None:
    # No PostgreSQL server here: at least the DDL must be valid for its dialect.
    ddl = str(sa.schema.CreateTable(METADATA.tables[table]).compile(dialect=postgresql.dialect()))
    assert f"CREATE TABLE {table}" in ddl
