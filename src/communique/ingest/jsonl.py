"""JSON Lines (one article per line) and JSON (one article, or an array of them).

A record needs ``text``; ``id``, ``title``, ``heading``, ``date``, ``url``,
``source`` and ``lang`` are optional (the layout of the OrangeSum corpus file).
A bad line is reported with its number and the other lines are still read.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from communique.ingest.common import (
    SNIFF_BYTES,
    Item,
    binary_reason,
    clean_field,
    compose_text,
    decode_bytes,
    decode_file,
    file_stem,
    normalise_date,
    normalise_language,
)
from communique.models import Document, Problem

LOGGER = logging.getLogger(__name__)

DATE_KEYS = ("date", "pub_date")  # "pub_date" is what communique itself writes out


def record_document(
    record: Any, *, default_id: str, origin: str, where: str = ""
) -> Iterator[Item]:
    """Turn one decoded JSON value into a Document, or Problems saying why not.

    ``where`` ("line 3: ") prefixes reasons so a message names the line even when
    the origin is shown apart from it.
    """
    if not isinstance(record, dict):
        kind = type(record).__name__
        yield Problem(origin=origin, reason=f"{where}expected a JSON object, got {kind}")
        return
    body = record.get("text")
    if body is None:
        yield Problem(origin=origin, reason=f"{where}record has no 'text' field")
        return
    if not isinstance(body, str):
        kind = type(body).__name__
        yield Problem(origin=origin, reason=f"{where}'text' is a {kind}, not a string")
        return
    if not body.strip():
        yield Problem(origin=origin, reason=f"{where}'text' is empty")
        return
    raw_id = record.get("id")
    has_id = isinstance(raw_id, str | int) and not isinstance(raw_id, bool) and str(raw_id).strip()
    pub_date = None
    raw_date = next((record[k] for k in DATE_KEYS if record.get(k) not in (None, "")), None)
    if raw_date is not None:
        pub_date = normalise_date(raw_date)
        if pub_date is None:
            reason = f"{where}unparseable date {raw_date!r}, ignored"
            yield Problem(origin=origin, reason=reason, fatal=False)
    title, heading = clean_field(record.get("title")), clean_field(record.get("heading"))
    yield Document(
        id=str(raw_id).strip() if has_id else default_id,
        text=compose_text(body, title=title, heading=heading),
        title=title,
        heading=heading,
        pub_date=pub_date,
        url=clean_field(record.get("url")),
        source=clean_field(record.get("source")),
        language=normalise_language(record.get("lang") or record.get("language")),
        origin=origin,
    )


def read_lines(lines: Iterable[bytes], *, stem: str, name: str) -> Iterator[Item]:
    """Read JSON Lines from raw byte lines, one at a time (constant memory).

    ``stem`` makes default ids (``<stem>-<line>``), ``name`` makes origins
    (``<name>:<line>``).  Lines are decoded one by one so a single Latin-1 line
    is a warning on that line, not a reason to drop the file.
    """
    seen = 0
    for number, raw in enumerate(lines, start=1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        seen += 1
        origin, where = f"{name}:{number}", ""  # the origin already names the line
        line, reason = decode_bytes(raw)
        if line is None:
            yield Problem(origin=origin, reason=f"{where}{reason}")
            continue
        if reason:
            yield Problem(origin=origin, reason=f"{where}{reason}", fatal=False)
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            reason = f"{where}invalid JSON: {exc.msg} (column {exc.colno})"
            yield Problem(origin=origin, reason=reason)
            continue
        yield from record_document(
            record, default_id=f"{stem}-{number}", origin=origin, where=where
        )
    if not seen:
        yield Problem(origin=name, reason="empty file")


def read_jsonl(path: Path) -> Iterator[Item]:
    """Read a ``.jsonl`` file line by line; id = record ``id`` else ``<stem>-<line>``."""
    with path.open("rb") as handle:
        reason = binary_reason(handle.read(SNIFF_BYTES))
        if reason:
            yield Problem(origin=str(path), reason=reason)
            return
        handle.seek(0)
        yield from read_lines(handle, stem=file_stem(path), name=str(path))


def read_json(path: Path) -> Iterator[Item]:
    """Read a ``.json`` file holding one record or an array of records.

    The whole file is parsed at once (the standard library has no streaming JSON
    parser); use JSON Lines for large collections.
    """
    origin, stem = str(path), file_stem(path)
    text, problems = decode_file(path)
    yield from problems
    if text is None:
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        reason = f"invalid JSON ({exc.msg}, line {exc.lineno} column {exc.colno})"
        yield Problem(origin=origin, reason=reason)
        return
    if isinstance(data, list):
        for index, record in enumerate(data, start=1):
            yield from record_document(
                record,
                default_id=f"{stem}-{index}",
                origin=f"{origin}#{index}",
                where=f"item {index}: ",
            )
    else:
        yield from record_document(data, default_id=stem, origin=origin)
