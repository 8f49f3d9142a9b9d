"""Ingest: read files, directories or stdin into :class:`~communique.models.Document`\\ s.

``read_sources`` is the stage's entry point.  It streams: one document at a time,
whatever the number of files or JSONL lines.  A source it cannot read becomes a
:class:`~communique.models.Problem` in the same stream and reading goes on, so
one bad file never stops a batch.  Problems are yielded, not logged: the caller
(CLI, API) decides how to show and count them.

Origins name where an item came from: ``path`` (a file), ``path:LINE`` (a JSON
Lines record), ``path#N`` (the N-th entry of a feed, item of a JSON array, or
record of a WARC file), ``-`` / ``-:LINE`` (stdin).
"""

from __future__ import annotations

import dataclasses
import logging
import sys
from collections.abc import Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from communique.errors import ConfigError
from communique.ingest.common import Item, Reader, decode_bytes, normalise_date
from communique.ingest.feed import read_feed
from communique.ingest.html import read_html
from communique.ingest.jsonl import read_json, read_jsonl, read_lines
from communique.ingest.language import detect_language
from communique.ingest.text import read_text, text_document
from communique.ingest.warc import read_warc
from communique.models import Document, Problem

__all__ = [
    "EXTENSIONS",
    "READERS",
    "STDIN",
    "detect_language",
    "read_path",
    "read_sources",
    "read_stdin",
    "reader_for",
    "walk_files",
]

LOGGER = logging.getLogger(__name__)

STDIN = "-"

# Reader name -> callable(path) yielding Documents and Problems.  A new format is
# one module with one function, registered here and mapped from its extensions.
READERS: dict[str, Reader] = {
    "text": read_text,
    "html": read_html,
    "jsonl": read_jsonl,
    "json": read_json,
    "feed": read_feed,
    "warc": read_warc,
}

EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".json": "json",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".warc": "warc",
    ".warc.gz": "warc",
}


def reader_for(path: str | Path) -> str | None:
    """The name of the reader for a file, from its extension (case-insensitive), or None."""
    name = Path(path).name.lower()
    matches = [ext for ext in EXTENSIONS if name.endswith(ext)]
    return EXTENSIONS[max(matches, key=len)] if matches else None


def read_path(path: Path) -> Iterator[Item]:
    """Read one file with the reader its extension selects."""
    origin = str(path)
    name = reader_for(path)
    if name is None:
        suffix = "".join(path.suffixes[-1:]) or "(none)"
        supported = ", ".join(sorted(EXTENSIONS))
        yield Problem(
            origin=origin, reason=f"unsupported file type {suffix}; supported: {supported}"
        )
        return
    LOGGER.debug("reading %s as %s", origin, name)
    try:
        yield from READERS[name](path)
    except OSError as exc:
        yield Problem(origin=origin, reason=f"cannot read file: {exc.strerror or exc}")


def walk_files(directory: Path, seen: set[Path] | None = None) -> Iterator[Path | Problem]:
    """Files under ``directory`` in sorted name order, depth first, hidden ones skipped.

    The order only depends on the names, so two runs over the same tree give
    the same ids in the same order.  Symlinked directories are followed once.
    A directory that cannot be listed gives a Problem.
    """
    seen = set() if seen is None else seen
    real = directory.resolve()
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(directory.iterdir(), key=lambda entry: entry.name)
    except OSError as exc:
        yield Problem(origin=str(directory), reason=f"cannot list directory: {exc.strerror}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from walk_files(entry, seen)
        elif entry.is_file():
            yield entry


def _walk(directory: Path, seen: set[Path]) -> Iterator[Item]:
    for item in walk_files(directory, seen):
        if isinstance(item, Problem):
            yield item
        else:
            yield from read_path(item)


def _read_directory(directory: Path) -> Iterator[Item]:
    count = 0
    for item in _walk(directory, set()):
        count += 1
        yield item
    if not count:
        yield Problem(origin=str(directory), reason="directory has no files")


def read_stdin(stream: BinaryIO | None = None) -> Iterator[Item]:
    """Read standard input (or ``stream``): JSON Lines if it opens with ``{``, else one text.

    The sniff reads only up to the first non-blank line, so JSON Lines still
    stream.  Plain text becomes one document with id ``stdin``.
    """
    stream = stream if stream is not None else sys.stdin.buffer
    head: list[bytes] = []
    first = b""
    for line in stream:
        head.append(line)
        first = line.removeprefix(b"\xef\xbb\xbf").strip()
        if first:
            break
    if not first:
        yield Problem(origin=STDIN, reason="empty input")
        return
    if first.startswith(b"{"):
        yield from read_lines(chain(head, stream), stem="stdin", name=STDIN)
        return
    text, reason = decode_bytes(b"".join(head) + stream.read())
    if text is None:
        yield Problem(origin=STDIN, reason=reason or "unreadable input")
        return
    if reason:
        yield Problem(origin=STDIN, reason=reason, fatal=False)
    yield text_document(text, doc_id="stdin", origin=STDIN)


def _read_one(source: str | Path) -> Iterator[Item]:
    if str(source) == STDIN:
        yield from read_stdin()
        return
    path = Path(source)
    if path.is_dir():
        yield from _read_directory(path)
    elif path.exists():
        yield from read_path(path)
    else:
        yield Problem(origin=str(path), reason="no such file or directory")


def _complete(document: Document, *, pub_date: str | None, source: str | None) -> Document:
    """Fill what the source did not state: date and source from the caller, language
    by detection.  What the source states always wins over the fallbacks."""
    changes: dict[str, str] = {}
    if document.pub_date is None and pub_date:
        changes["pub_date"] = pub_date
    if document.source is None and source:
        changes["source"] = source
    if document.language is None:
        language = detect_language(document.text)
        if language:
            changes["language"] = language
    return dataclasses.replace(document, **changes) if changes else document


def read_sources(
    paths: Sequence[str | Path], *, pub_date: str | None = None, source: str | None = None
) -> Iterator[Document | Problem]:
    """Stream the documents of files, directories and ``-`` (stdin), in the order given.

    Args:
        paths: files (by extension, see :data:`EXTENSIONS`), directories (read
            recursively in sorted order, hidden files skipped) or ``-``.
        pub_date: publication date (``--date``) for documents whose source gives none.
        source: source name (``--source``) for documents whose source gives none.

    Yields Documents, and Problems for what could not be read (``fatal``) or was
    read with a caveat (not ``fatal``; the warning comes before its document).

    Raises:
        ConfigError: ``pub_date`` is not a date (checked before anything is read).
    """
    if isinstance(paths, str | Path):  # one path, not a sequence of its characters
        paths = [paths]
    fallback_date = None
    if pub_date is not None:
        fallback_date = normalise_date(pub_date)
        if fallback_date is None:
            raise ConfigError(f"invalid publication date {pub_date!r}; expected YYYY-MM-DD")
    return _stream(paths, pub_date=fallback_date, source=source)


def _stream(
    paths: Sequence[str | Path], *, pub_date: str | None, source: str | None
) -> Iterator[Document | Problem]:
    for path in paths:
        for item in _read_one(path):
            if isinstance(item, Document):
                yield _complete(item, pub_date=pub_date, source=source)
            else:
                yield item
