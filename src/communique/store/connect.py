"""Engines for the store: a path becomes a tuned SQLite file, a URL is used as given.

SQLite needs three things the default pysqlite setup does not give:

1. WAL journal, so readers never block the writer (and vice versa), and a
   ``busy_timeout`` so a second process waits for the lock instead of failing.
2. ``foreign_keys=ON``, which SQLite leaves off per connection.
3. Real transactions: pysqlite only emits ``BEGIN`` before the first
   INSERT/UPDATE/DELETE, so the read that decides "new or unchanged" would run
   outside the transaction that writes.  We switch pysqlite's own handling off
   and emit ``BEGIN`` ourselves (the recipe of the SQLAlchemy SQLite dialect
   docs, "Serializable isolation / Savepoints / Transactional DDL"); write
   transactions use ``BEGIN IMMEDIATE`` to take the write lock up front.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.pool import StaticPool

from communique.errors import StoreError

LOGGER = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
#: Execution option read by the ``begin`` hook: "DEFERRED" (reads) or "IMMEDIATE" (writes).
BEGIN_OPTION = "communique_sqlite_begin"


def create_engine(target: str | Path) -> tuple[sa.Engine, str]:
    """Build the engine for a path, ``":memory:"`` or a database URL.

    target (str | Path): a file path (SQLite; parent folders are created),
        ``":memory:"`` (one shared in-memory SQLite database, for quick checks),
        or a URL such as ``postgresql+psycopg://user@host/db``.
    RETURNS (tuple[Engine, str]): the engine and a label for messages (the path
        or the URL without its password).
    """
    text = str(target)
    if text == ":memory:":
        # One connection shared by every user, or each would see its own empty database.
        engine = sa.create_engine(
            "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
        label = ":memory:"
    elif "://" in text:
        try:
            url = sa.make_url(text)
            engine = sa.create_engine(url)
        except (sa.exc.ArgumentError, ImportError) as e:
            raise StoreError(f"cannot use database URL {text!r}: {e}") from e
        label = url.render_as_string(hide_password=True)
    else:
        path = Path(target).expanduser()
        if path.is_dir():
            raise StoreError(f"database path {str(path)!r} is a folder; give a file name")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"cannot create folder for database {str(path)!r}: {e}") from e
        engine = sa.create_engine(sa.URL.create("sqlite", database=str(path)))
        label = str(path)
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine)
    return engine, label


def _tune_sqlite(engine: sa.Engine) -> None:
    """Install the connect/begin hooks described in the module docstring."""

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (hook below)
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")  # in-memory databases answer "memory"
        cursor.execute("PRAGMA synchronous = NORMAL")  # safe with WAL, much faster commits
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        mode = conn.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def write_connection(engine: sa.Engine) -> sa.Connection:
    """A connection whose transactions take the write lock at BEGIN (SQLite; no-op elsewhere)."""
    return engine.connect().execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
