"""Read side of the store: event filters, partial-date bounds, rows to dicts, search.

Dates follow the codebook: ``2023-12-07``, ``2023-12``, ``2023``, and without a
year ``--12-07`` or ``--12``.  An event covers the days from the first day of
``date`` to the last day of ``date_end`` (or of ``date``): ``2023-12`` covers
2023-12-01..2023-12-31.  Those bounds are stored as ``date_min``/``date_max``
when the year is known, so ``since``/``until`` keep every event whose period
*overlaps* the asked one, and events without a year never match them.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date as Date
from typing import Any

import sqlalchemy as sa

from communique.errors import ConfigError
from communique.store.migrations import FTS_KEYS_TABLE, FTS_TABLE
from communique.store.schema import events, participants

# YYYY | YYYY-MM | YYYY-MM-DD | --MM | --MM-DD  (a lone "-" stands for the missing year)
_PARTIAL_DATE = re.compile(r"(\d{4}|-)(?:-(\d{2}))?(?:-(\d{2}))?")
_WORD = re.compile(r"\w")
_PHRASE = re.compile(r'"([^"]*)"')
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
_IN_CHUNK = 500  # bound parameters per IN (...) list, far below SQLite's limit
_SNIPPET_TOKENS = 12
# bm25 column weights (title, heading, body): a hit in the title says most about an article.
_BM25_WEIGHTS = "5.0, 2.0, 1.0"

Parts = tuple[int | None, int | None, int | None]


def parse_partial_date(value: str) -> Parts | None:
    """Split a codebook date into (year, month, day), each None when absent; None if malformed.

    A date must have a month when it has no year (``--12``), and a day only with
    a month; ``--02-29`` is valid (the year is unknown, it may be a leap year).
    """
    match = _PARTIAL_DATE.fullmatch(value.strip())
    if not match:
        return None
    year_text, month_text, day_text = match.groups()
    year = None if year_text == "-" else int(year_text)
    month = int(month_text) if month_text else None
    day = int(day_text) if day_text else None
    if month is None:
        return (year, None, None) if year is not None and day is None else None
    if not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= calendar.monthrange(year or 2000, month)[1]:
        return None
    return year, month, day


def _first_day(year: int, month: int | None, day: int | None) -> str:
    return Date(year, month or 1, day or 1).isoformat()


def _last_day(year: int, month: int | None, day: int | None) -> str:
    if month is None:
        return Date(year, 12, 31).isoformat()
    return Date(year, month, day or calendar.monthrange(year, month)[1]).isoformat()


def event_bounds(date: str | None, date_end: str | None) -> tuple[str | None, str | None]:
    """First and last day an event covers, as ``YYYY-MM-DD``; (None, None) without a year.

    A year-less ``date_end`` (``--05-12``) takes the year of ``date``, or the
    next one when it falls before ``date`` (*du 30 décembre au 2 janvier*):
    the range is one statement, so this is reading it, not guessing.  A
    malformed or backwards ``date_end`` is ignored.
    """
    year, month, day = (parse_partial_date(date) if date else None) or (None, None, None)
    if year is None:
        return None, None
    low, high = _first_day(year, month, day), _last_day(year, month, day)
    end = parse_partial_date(date_end) if date_end else None
    if end is not None:
        end_year, end_month, end_day = end
        if end_year is None:
            before = (end_month or 1, end_day or 31) < (month or 1, day or 1)
            end_year = year + 1 if before else year
        high = max(high, _last_day(end_year, end_month, end_day))
    return low, high


def filter_bound(value: str, *, name: str, last: bool) -> str:
    """Turn a ``since``/``until`` value into the first (or last) day it covers."""
    year, month, day = parse_partial_date(value) or (None, None, None)
    if year is None:
        raise ConfigError(
            f"{name}={value!r} is not a date with a year; use YYYY, YYYY-MM or YYYY-MM-DD"
        )
    return _last_day(year, month, day) if last else _first_day(year, month, day)


def _has_polity(polity: str) -> sa.ColumnElement[bool]:
    """EXISTS a polity row (not a name row) for ``polity`` on either side of the event."""
    return sa.exists().where(
        participants.c.event_id == events.c.id,
        participants.c.polity == polity,
        participants.c.name.is_(None),
    )


@dataclass(frozen=True, slots=True)
class EventFilters:
    """The filters of an events query; every one given must hold.

    country: polity code on either side (actor or recipient).
    dyad: both polities take part, on any sides and in either order (a joint act of the
        two counts).
    type: event type, e.g. "CONSULT".
    since: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; keeps events whose period ends on or
        after the first day of ``since``.
    until: same forms; keeps events whose period starts on or before the last day of
        ``until`` ("2023-01" includes 2023-01-31).  An event's period runs from ``date`` to
        ``date_end`` at their precision (``2023`` is the whole year).  Events whose date
        has no year (``--12-07``) or no date at all are excluded whenever ``since`` or
        ``until`` is given: the publication date is not used to supply the year here (the
        extractor does that, or not).
    status: "occurred", "future", "historical", ...
    doc_id: only this document's events, in document order.
    limit: at most this many rows.

    One object for the CLI, the store and (later) the web API, so that a filter is added
    in one place.
    """

    country: str | None = None
    dyad: tuple[str, str] | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    status: str | None = None
    doc_id: str | None = None
    limit: int | None = None


def build_event_query(filters: EventFilters) -> sa.Select[Any]:
    """The SELECT over ``events`` for ``filters``, chronological, undated ones last.

    RAISES ConfigError: ``since``/``until`` is not a date with a year.
    """
    doc_id, country, dyad, type = filters.doc_id, filters.country, filters.dyad, filters.type
    since, until, status, limit = filters.since, filters.until, filters.status, filters.limit
    query = sa.select(events)
    if doc_id is not None:
        query = query.where(events.c.doc_id == doc_id)
    if country is not None:
        query = query.where(_has_polity(country))
    if dyad is not None:
        first, second = dyad
        query = query.where(_has_polity(first), _has_polity(second))
    if type is not None:
        query = query.where(events.c.type == type)
    if status is not None:
        query = query.where(events.c.status == status)
    if since is not None:
        query = query.where(events.c.date_max >= filter_bound(since, name="since", last=False))
    if until is not None:
        query = query.where(events.c.date_min <= filter_bound(until, name="until", last=True))
    if doc_id is not None:
        query = query.order_by(events.c.seq)
    else:
        # Chronological, undated events last; doc and seq make the order total.
        query = query.order_by(
            events.c.date_min.is_(None), events.c.date_min, events.c.doc_id, events.c.seq
        )
    if limit is not None:
        query = query.limit(limit)
    return query


def _chunks(values: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(values), _IN_CHUNK):
        yield values[i : i + _IN_CHUNK]


def fetch_events(conn: sa.Connection, query: sa.Select[Any]) -> list[dict[str, Any]]:
    """Run an events query and return rows in the codebook gold shape plus ids and offsets."""
    rows = conn.execute(query).mappings().all()
    sides: dict[int, dict[str, list[str]]] = {
        row["id"]: {"actor": [], "recipient": [], "actor_names": [], "recipient_names": []}
        for row in rows
    }
    ids = list(sides)
    for chunk in _chunks(ids):
        found = conn.execute(
            sa.select(participants)
            .where(participants.c.event_id.in_(chunk))
            .order_by(participants.c.event_id, participants.c.position)
        ).mappings()
        for part in found:
            if part["name"] is None:
                sides[part["event_id"]][part["side"]].append(part["polity"])
            else:
                sides[part["event_id"]][f"{part['side']}_names"].append(part["name"])
    return [_event_dict(row, sides[row["id"]]) for row in rows]


def _event_dict(row: sa.RowMapping, side: dict[str, list[str]]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "doc_id": row["doc_id"],
        "seq": row["seq"],
        "type": row["type"],
        "mode": row["mode"],
        "actor": side["actor"],
        "recipient": side["recipient"],
        "actor_names": side["actor_names"],
        "recipient_names": side["recipient_names"],
        "date": row["date"],
        "date_end": row["date_end"],
        "location": row["location"],
        "location_country": row["location_country"],
        "status": row["status"],
        "sectors": json.loads(row["sectors"]),
        "evidence": row["evidence_text"] or "",
        "evidence_start": row["evidence_start"],
        "evidence_end": row["evidence_end"],
        "rule": row["rule"],
        "extractor_version": row["extractor_version"],
    }


def fts_match_expression(query: str) -> str:
    """Turn what a user typed into a safe FTS5 MATCH string of quoted terms (ANDed).

    Every term is an FTS5 string literal, so ``AND``/``OR``/``NOT``/``NEAR``,
    ``*``, ``:``, ``-`` and parentheses are plain text and never a syntax error.
    A balanced ``"..."`` stays a phrase; a stray quote is dropped.  Dropped too:
    terms with no letter or digit (an empty FTS5 string is useless) and bare
    upper-case operator words, which users type meaning "and" and which would
    otherwise demand the literal word (``Minsk AND Hanoï`` finds both words).
    """
    phrases = _PHRASE.findall(query)
    words = _PHRASE.sub(" ", query).replace('"', " ").split()
    terms = [
        term
        for term in (*phrases, *(w for w in words if w not in _OPERATORS))
        if _WORD.search(term)
    ]
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms)


_SEARCH_SQL = sa.text(
    f"""SELECT k.doc_id AS doc_id, d.title AS title, d.pub_date AS pub_date,
        snippet({FTS_TABLE}, -1, :open, :close, '…', {_SNIPPET_TOKENS}) AS snippet,
        bm25({FTS_TABLE}, {_BM25_WEIGHTS}) AS rank
    FROM {FTS_TABLE}
    JOIN {FTS_KEYS_TABLE} AS k ON k.fts_rowid = {FTS_TABLE}.rowid
    JOIN documents AS d ON d.id = k.doc_id
    WHERE {FTS_TABLE} MATCH :match
    ORDER BY rank
    LIMIT :limit"""
)


def run_search(
    conn: sa.Connection, query: str, *, limit: int, open_mark: str, close_mark: str
) -> list[dict[str, Any]]:
    """Full-text search (SQLite FTS5); best match first, ``rank`` lower is better (bm25)."""
    match = fts_match_expression(query)
    if not match:
        return []
    rows = conn.execute(
        _SEARCH_SQL, {"match": match, "limit": limit, "open": open_mark, "close": close_mark}
    ).mappings()
    return [dict(row) for row in rows]
