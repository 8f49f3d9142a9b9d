"""Numbered, idempotent schema migrations, applied when a store is opened.

``MIGRATIONS`` is an ordered list of ``(name, function)``.  To change the
schema, append ``("0004_<what>", _function)``: the function receives a
connection inside a transaction and must be idempotent (check before
altering), because ``0001_initial`` builds today's tables from ``schema.py``
and a fresh database therefore already has whatever later migrations add when
they are mirrored in ``schema.py`` (tables that only a later migration
creates, like ``schema.REGISTRY_TABLES``, are left out of 0001 so that a
database from before them has exactly 0001's shape).  Applied names are
recorded in ``schema_migrations``; a database that lists a name this code does not know
was written by a newer communique and is refused rather than half-understood.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

import sqlalchemy as sa

from communique.errors import StoreError
from communique.store import actors as actor_registry
from communique.store import schema
from communique.store.connect import write_connection

LOGGER = logging.getLogger(__name__)

Migration = tuple[str, Callable[[sa.Connection], None]]

FTS_TABLE = "documents_fts"
FTS_KEYS_TABLE = "documents_fts_keys"


def _initial(conn: sa.Connection) -> None:
    """Create the tables and indices of ``schema.py`` (``checkfirst``: idempotent)."""
    schema.METADATA.create_all(conn, tables=list(schema.INITIAL_TABLES), checkfirst=True)


# FTS5 rows are keyed by an INTEGER PRIMARY KEY of our own (documents_fts_keys):
# documents has a TEXT key, and the implicit rowid of such a table may change on
# VACUUM, which would silently point the index at the wrong articles.  Triggers
# keep the index in sync with every write, whoever makes it.  The indexed body is
# the cleaned text (no teasers or captions) when there is one, else the original.
_FTS_SQLITE: tuple[str, ...] = (
    f"""CREATE TABLE IF NOT EXISTS {FTS_KEYS_TABLE} (
        fts_rowid INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL UNIQUE)""",
    # remove_diacritics 2: "Hanoi" finds "Hanoï", "Bélarus" finds "Belarus".
    f"""CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
        title, heading, body, tokenize = 'unicode61 remove_diacritics 2')""",
    f"""CREATE TRIGGER IF NOT EXISTS documents_fts_ai AFTER INSERT ON documents BEGIN
        INSERT INTO {FTS_KEYS_TABLE} (doc_id) VALUES (new.id);
        INSERT INTO {FTS_TABLE} (rowid, title, heading, body)
            SELECT fts_rowid, new.title, new.heading, coalesce(new.cleaned_text, new.text)
            FROM {FTS_KEYS_TABLE} WHERE doc_id = new.id;
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS documents_fts_au
        AFTER UPDATE OF id, title, heading, text, cleaned_text ON documents
        -- A reprocess rewrites these columns with equal values: skip the re-index then.
        WHEN old.id IS NOT new.id OR old.title IS NOT new.title
            OR old.heading IS NOT new.heading OR old.text IS NOT new.text
            OR old.cleaned_text IS NOT new.cleaned_text
        BEGIN
        UPDATE {FTS_KEYS_TABLE} SET doc_id = new.id WHERE doc_id = old.id;
        UPDATE {FTS_TABLE}
            SET title = new.title, heading = new.heading,
                body = coalesce(new.cleaned_text, new.text)
            WHERE rowid = (SELECT fts_rowid FROM {FTS_KEYS_TABLE} WHERE doc_id = new.id);
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS documents_fts_ad AFTER DELETE ON documents BEGIN
        DELETE FROM {FTS_TABLE}
            WHERE rowid = (SELECT fts_rowid FROM {FTS_KEYS_TABLE} WHERE doc_id = old.id);
        DELETE FROM {FTS_KEYS_TABLE} WHERE doc_id = old.id;
    END""",
    # Backfill documents stored before this migration (none on a fresh database).
    f"""INSERT INTO {FTS_KEYS_TABLE} (doc_id)
        SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM {FTS_KEYS_TABLE})""",
    f"""INSERT INTO {FTS_TABLE} (rowid, title, heading, body)
        SELECT k.fts_rowid, d.title, d.heading, coalesce(d.cleaned_text, d.text)
        FROM documents AS d JOIN {FTS_KEYS_TABLE} AS k ON k.doc_id = d.id
        WHERE k.fts_rowid NOT IN (SELECT rowid FROM {FTS_TABLE})""",
)


def _fts(conn: sa.Connection) -> None:
    """Full-text index over title, heading and body (SQLite FTS5 only)."""
    if conn.dialect.name != "sqlite":
        # Future issue: PostgreSQL search (tsvector column + GIN index, unaccent,
        # 'french' config).  Nothing is created here and Store.search() raises
        # StoreError on PostgreSQL, rather than pretending with LIKE.
        LOGGER.info("full-text search not set up on %s (SQLite only for now)", conn.dialect.name)
        return
    for statement in _FTS_SQLITE:
        conn.exec_driver_sql(statement)


#: The migration after which ``Store`` maintains the actor registry on every save.
ACTOR_REGISTRY = "0003_actor_registry"
_ACTOR_COLUMNS = frozenset({"id", "name", "polity", "first_seen", "last_seen"})


def _actor_registry(conn: sa.Connection) -> None:
    """Registry tables and links (``actors.py``), then register the documents already stored.

    0001 created ``actors`` empty with the shape the registry uses; it is checked,
    not altered, since no release ever wrote to it.  The rest is ``checkfirst``.
    """
    inspector = sa.inspect(conn)
    if inspector.has_table(schema.actors.name):
        columns = {column["name"] for column in inspector.get_columns(schema.actors.name)}
        if missing := sorted(_ACTOR_COLUMNS - columns):
            raise StoreError(f"table actors lacks columns {', '.join(missing)}")
    schema.METADATA.create_all(
        conn, tables=[schema.actors, *schema.REGISTRY_TABLES], checkfirst=True
    )
    for index in schema.actors.indexes:  # create_all only indexes the tables it creates
        index.create(conn, checkfirst=True)
    registered = actor_registry.backfill(conn)
    if registered:
        LOGGER.info("actor registry: registered %d stored documents", registered)


MIGRATIONS: list[Migration] = [
    ("0001_initial", _initial),
    ("0002_fts", _fts),
    (ACTOR_REGISTRY, _actor_registry),
]


def _applied(conn: sa.Connection) -> set[str]:
    """Names already recorded in ``schema_migrations``."""
    return set(conn.execute(sa.select(schema.schema_migrations.c.name)).scalars())


def applied_migrations(engine: sa.Engine) -> set[str]:
    """Names of the migrations the database has (after ``apply_migrations``: all of them)."""
    with engine.connect() as conn:
        return _applied(conn)


def apply_migrations(engine: sa.Engine, *, label: str = "") -> list[str]:
    """Apply the pending migrations, each in its own write transaction.

    engine (Engine): the store's engine.
    label (str): the database, for messages.
    RETURNS (list[str]): names applied now (empty when the schema was current).
    """
    known = [name for name, _ in MIGRATIONS]
    applied_now: list[str] = []
    try:
        with write_connection(engine) as conn:
            with conn.begin():
                schema.schema_migrations.create(conn, checkfirst=True)
                unknown = sorted(_applied(conn) - set(known))
            if unknown:
                raise StoreError(
                    f"database {label} has migrations this version does not know "
                    f"({', '.join(unknown)}); upgrade communique to open it"
                )
            for name, migrate in MIGRATIONS:
                # Re-read inside the transaction: another process may have just applied it.
                with conn.begin():
                    if name in _applied(conn):
                        continue
                    migrate(conn)
                    conn.execute(
                        sa.insert(schema.schema_migrations).values(
                            name=name, applied_at=datetime.now(UTC).isoformat(timespec="seconds")
                        )
                    )
                LOGGER.info("applied migration %s to %s", name, label)
                applied_now.append(name)
    except sa.exc.SQLAlchemyError as e:
        raise StoreError(f"cannot open or migrate database {label}: "
                         f"{getattr(e, 'orig', None) or e}") from e
    return applied_now
