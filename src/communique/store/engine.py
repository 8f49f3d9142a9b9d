"""The store: documents, events, participants and mentions in SQLite (or PostgreSQL).

Writes are per document and idempotent: a document is identified by its id,
its content hash and the extractor version that coded it.  Saving the same
triple again writes nothing; anything else replaces the document row and all
its derived rows in one transaction, so a crash or an error mid-write leaves
the previous version whole.  The same transaction links the document's person
mentions to the cross-document actor registry (``actors.py``).  Reads use their
own pooled connections, which WAL lets run while a writer is busy.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import sqlalchemy as sa

from communique.errors import StoreError
from communique.models import Event, Result
from communique.store import actors as actor_registry
from communique.store import queries
from communique.store.connect import create_engine, write_connection
from communique.store.migrations import (
    ACTOR_REGISTRY,
    FTS_TABLE,
    applied_migrations,
    apply_migrations,
)
from communique.store.schema import documents, events, mentions, participants

LOGGER = logging.getLogger(__name__)

SaveOutcome = Literal["new", "unchanged", "updated", "reprocessed"]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _document_values(result: Result, extractor_version: str) -> dict[str, Any]:
    """The ``documents`` columns that every save (re)writes."""
    document, cleaned = result.document, result.cleaned
    return {
        "content_hash": document.content_hash,
        "text": document.text,
        "title": document.title,
        "heading": document.heading,
        "pub_date": document.pub_date,
        "url": document.url,
        "source": document.source,
        "language": document.language,
        "origin": document.origin,
        "cleaned_text": cleaned.text if cleaned else None,
        "dateline_place": cleaned.dateline_place if cleaned else None,
        "status": "skipped" if result.skipped is not None else "coded",
        "skip_reason": result.skipped,
        "extractor_version": extractor_version,
        "updated_at": _now(),
    }


def _name_polities(result: Result) -> dict[str, set[str]]:
    """Polities each name (canonical or as written) carries in the document's mentions."""
    found: dict[str, set[str]] = {}
    for mention in result.mentions:
        if mention.polity:
            for key in {mention.name, mention.text} - {None}:
                found.setdefault(str(key), set()).add(mention.polity)
    return found


def _participant_rows(
    event_id: int, event: Event, name_polities: dict[str, set[str]]
) -> Iterator[dict[str, Any]]:
    """One row per polity and per name of each side (see ``schema.participants``).

    A name's polity is the side's only polity, else the one its mention gives
    among the side's polities, else unknown (NULL): never a guess between two.
    """
    for side, polities, names in (
        ("actor", event.actor, event.actor_names),
        ("recipient", event.recipient, event.recipient_names),
    ):
        for position, polity in enumerate(polities):
            yield {"event_id": event_id, "side": side, "polity": polity, "name": None,
                   "position": position}  # fmt: skip
        side_polities = set(polities)
        for position, name in enumerate(names):
            candidates = side_polities
            if len(side_polities) > 1:
                candidates = name_polities.get(name, set()) & side_polities
            polity = next(iter(candidates)) if len(candidates) == 1 else None
            yield {"event_id": event_id, "side": side, "polity": polity, "name": name,
                   "position": position}  # fmt: skip


def _event_row(doc_id: str, seq: int, event: Event, extractor_version: str) -> dict[str, Any]:
    date_min, date_max = queries.event_bounds(event.date, event.date_end)
    evidence = event.evidence
    # Evidence read back from a gold-style string has offsets -1: store them as unknown.
    located = evidence if evidence is not None and evidence.start >= 0 else None
    return {
        "doc_id": doc_id,
        "seq": seq,
        "type": event.type,
        "mode": event.mode,
        "status": event.status,
        "date": event.date,
        "date_end": event.date_end,
        "date_min": date_min,
        "date_max": date_max,
        "location": event.location,
        "location_country": event.location_country,
        "sectors": json.dumps(list(event.sectors), ensure_ascii=False),
        "evidence_text": evidence.text if evidence else None,
        "evidence_start": located.start if located else None,
        "evidence_end": located.end if located else None,
        "rule": evidence.rule if evidence and evidence.rule else None,
        "extractor_version": extractor_version,
    }


def _delete_derived(conn: sa.Connection, doc_id: str) -> None:
    """Remove a document's events, participants and mentions (explicit, not via CASCADE)."""
    event_ids = sa.select(events.c.id).where(events.c.doc_id == doc_id).scalar_subquery()
    conn.execute(sa.delete(participants).where(participants.c.event_id.in_(event_ids)))
    conn.execute(sa.delete(events).where(events.c.doc_id == doc_id))
    conn.execute(sa.delete(mentions).where(mentions.c.doc_id == doc_id))


def _insert_events(conn: sa.Connection, result: Result, extractor_version: str) -> None:
    if not result.events:
        return
    doc_id = result.document.id
    rows = [_event_row(doc_id, seq, event, extractor_version)
            for seq, event in enumerate(result.events)]  # fmt: skip
    ids = (
        conn.execute(sa.insert(events).returning(events.c.id, sort_by_parameter_order=True), rows)
        .scalars()
        .all()
    )
    name_polities = _name_polities(result)
    parts = [row for event_id, event in zip(ids, result.events, strict=True)
             for row in _participant_rows(event_id, event, name_polities)]  # fmt: skip
    if parts:
        conn.execute(sa.insert(participants), parts)


def _insert_mentions(conn: sa.Connection, result: Result) -> None:
    rows = [
        {"doc_id": result.document.id, "start": m.start, "end": m.end, "text": m.text,
         "kind": m.kind, "polity": m.polity, "name": m.name, "role": m.role, "sector": m.sector}
        for m in result.mentions
    ]  # fmt: skip
    if rows:
        conn.execute(sa.insert(mentions), rows)


class Store:
    """A communique database; open with ``Store.open(path_or_url)``, use as a context manager."""

    def __init__(self, engine: sa.Engine, *, label: str, registry: bool = True) -> None:
        self._engine = engine
        self.label = label
        # False only when a caller applied fewer migrations than this code knows (old-code
        # tests): saves then skip the actor registry, exactly as before it existed.
        self._registry = registry

    @classmethod
    def open(cls, path_or_url: str | Path) -> Store:
        """Open (creating if needed) a store and bring its schema up to date.

        path_or_url (str | Path): a file path (SQLite, parent folders created),
            ``":memory:"``, or a SQLAlchemy URL (``postgresql+psycopg://…``).
        RETURNS (Store): the open store.
        """
        engine, label = create_engine(path_or_url)
        try:
            apply_migrations(engine, label=label)
            registry = ACTOR_REGISTRY in applied_migrations(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, label=label, registry=registry)

    @property
    def engine(self) -> sa.Engine:
        """The SQLAlchemy engine, for the API and exports that need raw queries."""
        return self._engine

    def close(self) -> None:
        """Release every pooled connection."""
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.label!r})"

    def save_result(
        self, result: Result, *, extractor_version: str, reprocess: bool = False
    ) -> SaveOutcome:
        """Store one document and what was extracted from it, idempotently.

        result (Result): the document, its events and mentions (or why it was skipped).
        extractor_version (str): version of the code that made the events.
        reprocess (bool): replace the derived rows even when nothing changed.
        RETURNS (str): "new" (first save), "unchanged" (same id, content hash and
            extractor version: nothing written), "updated" (the content changed),
            "reprocessed" (same content, new extractor version or ``reprocess``).
        """
        document = result.document
        try:
            with write_connection(self._engine) as conn, conn.begin():
                # 1. Decide inside the write transaction (BEGIN IMMEDIATE / FOR UPDATE).
                stored = conn.execute(
                    sa.select(documents.c.content_hash, documents.c.extractor_version)
                    .where(documents.c.id == document.id)
                    .with_for_update()
                ).first()
                if stored is None:
                    outcome: SaveOutcome = "new"
                elif stored.content_hash != document.content_hash:
                    outcome = "updated"
                elif reprocess or stored.extractor_version != extractor_version:
                    outcome = "reprocessed"
                else:
                    return "unchanged"
                # 2. Document row: insert, or update keeping ingested_at.
                values = _document_values(result, extractor_version)
                previous: set[int] = set()  # actors the old version linked to
                if stored is None:
                    values.update(id=document.id, ingested_at=values["updated_at"])
                    conn.execute(sa.insert(documents).values(values))
                else:
                    conn.execute(
                        sa.update(documents).where(documents.c.id == document.id).values(values)
                    )
                    if self._registry:
                        previous = actor_registry.forget_document(conn, document.id)
                    _delete_derived(conn, document.id)
                # 3. Derived rows; any error here rolls back steps 2 and 3 together.
                _insert_events(conn, result, extractor_version)
                _insert_mentions(conn, result)
                # 4. Actor registry: link the person mentions, recount the actors touched.
                if self._registry:
                    actor_registry.register_document(conn, document.id, previous=previous)
        except sa.exc.SQLAlchemyError as e:
            raise StoreError(
                f"cannot save document {document.id!r} to {self.label}: {e.__class__.__name__}: "
                f"{getattr(e, 'orig', None) or e}; the previous version, if any, is kept"
            ) from e
        LOGGER.debug("doc=%s %s, %d events", document.id, outcome, len(result.events))
        return outcome

    def has_document(
        self, doc_id: str, content_hash: str, *, extractor_version: str | None = None
    ) -> bool:
        """Whether this exact content is stored (and, if given, coded by this extractor version).

        Lets the pipeline skip unchanged documents before running the NLP.
        """
        query = sa.select(documents.c.id).where(
            documents.c.id == doc_id, documents.c.content_hash == content_hash
        )
        if extractor_version is not None:
            query = query.where(documents.c.extractor_version == extractor_version)
        with self._read() as conn:
            return conn.execute(query).first() is not None

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        """Events matching every given filter, chronological, undated ones last.

        filters: the fields of :class:`communique.store.queries.EventFilters` (``country``,
            ``dyad``, ``type``, ``since``, ``until``, ``status``, ``doc_id``, ``limit``);
            an unknown name is a TypeError.
        RETURNS (list[dict]): codebook gold-shaped events plus ``id``, ``doc_id``,
            ``seq``, evidence offsets, ``rule`` and ``extractor_version``.
        RAISES ConfigError: ``since``/``until`` is not a date with a year.
        """
        query = queries.build_event_query(queries.EventFilters(**filters))
        with self._read() as conn:
            return queries.fetch_events(conn, query)

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """A stored document with its ``events`` and ``mentions``; None if unknown."""
        with self._read() as conn:
            row = conn.execute(sa.select(documents).where(documents.c.id == doc_id)).first()
            if row is None:
                return None
            found = dict(row._mapping)
            query = queries.build_event_query(queries.EventFilters(doc_id=doc_id))
            found["events"] = queries.fetch_events(conn, query)
            found["mentions"] = [
                dict(m)
                for m in conn.execute(
                    sa.select(mentions).where(mentions.c.doc_id == doc_id).order_by(mentions.c.id)
                ).mappings()
            ]
        return found

    def actors(
        self, *, polity: str | None = None, name: str | None = None, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Actors of the cross-document registry, most mentioned first.

        polity (str | None): only actors of this polity code, e.g. "BLR".
        name (str | None): only actors with a known spelling containing these
            words, accents and case ignored ("loukachenko" finds "Alexandre
            Loukachenko"); no fuzzy matching here.
        limit (int | None): at most this many actors.
        RETURNS (list[dict]): ``id``, ``name`` (display spelling), ``polity``,
            ``first_seen``/``last_seen`` (publication dates, None if unknown),
            ``mentions``, ``documents``, ``spellings`` (``name``, ``mentions``;
            most used first) and ``roles`` (``role``, ``first_seen``,
            ``last_seen``, ``mentions``; earliest first).
        """
        if not self._registry:
            return []
        with self._read() as conn:
            return actor_registry.fetch_actors(conn, polity=polity, name=name, limit=limit)

    def actor(self, actor_id: int) -> dict[str, Any] | None:
        """One registry actor as ``actors()`` gives it, plus its ``doc_ids``; None if unknown."""
        if not self._registry:
            return None
        with self._read() as conn:
            return actor_registry.fetch_actor(conn, actor_id)

    def search(
        self, query: str, limit: int = 20, *, open_mark: str = "[", close_mark: str = "]"
    ) -> list[dict[str, Any]]:
        """Full-text search of titles, headings and texts, accents ignored.

        query (str): plain words (all required) and ``"quoted phrases"``; FTS5
            operators and stray quotes are taken as text, never as syntax.
        limit (int): at most this many documents.
        open_mark, close_mark (str): put around matched words in ``snippet``.
        RETURNS (list[dict]): ``doc_id``, ``title``, ``pub_date``, ``snippet``,
            ``rank`` (bm25, lower is better), best first.
        RAISES StoreError: the database has no full-text index (PostgreSQL, for now).
        """
        if self._engine.dialect.name != "sqlite":
            raise StoreError(
                f"full-text search is only implemented for SQLite (FTS5); {self.label} is "
                f"{self._engine.dialect.name}"
            )
        with self._read() as conn:
            try:
                return queries.run_search(
                    conn, query, limit=limit, open_mark=open_mark, close_mark=close_mark
                )
            except sa.exc.OperationalError as e:
                raise StoreError(f"search failed in {self.label} ({FTS_TABLE}): {e.orig}") from e

    def stats(self) -> dict[str, int]:
        """Counts: ``documents``, ``coded``, ``skipped``, ``events``."""
        coded = sa.func.count().filter(documents.c.status == "coded")
        skipped = sa.func.count().filter(documents.c.status == "skipped")
        with self._read() as conn:
            total, n_coded, n_skipped = conn.execute(
                sa.select(sa.func.count(), coded, skipped).select_from(documents)
            ).one()
            n_events = conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one()
        return {"documents": total, "coded": n_coded, "skipped": n_skipped, "events": n_events}

    def _read(self) -> sa.Connection:
        """A pooled connection for reading (deferred transaction: never takes the write lock)."""
        return self._engine.connect()
