"""Plain text files: the file content is the article, verbatim."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from communique.ingest.common import Item, decode_file, file_stem
from communique.models import Document

LOGGER = logging.getLogger(__name__)

MAX_TITLE_CHARS = 300  # a longer "first line" is a paragraph, not a headline


def title_of(text: str) -> str | None:
    """The first line when a blank line follows it (the wire layout of a headline).

    The seeds use exactly this layout; a text that opens straight on its dateline
    (``Hanoï (VNA) - ...``) has no title.
    """
    lines = text.split("\n", 2)
    if len(lines) < 3 or lines[1].strip():
        return None
    first = lines[0].strip()
    if not first or len(first) > MAX_TITLE_CHARS:
        return None
    return first


def text_document(text: str, *, doc_id: str, origin: str) -> Document:
    """A document from raw text: content kept verbatim so offsets point into it."""
    return Document(id=doc_id, text=text, title=title_of(text), origin=origin)


def read_text(path: Path) -> Iterator[Item]:
    """Read one ``.txt`` file as one document, id = the file name without extension."""
    origin = str(path)
    text, problems = decode_file(path)
    yield from problems
    if text is None:
        return
    yield text_document(text, doc_id=file_stem(path), origin=origin)
