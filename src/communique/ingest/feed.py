"""RSS and Atom files: feedparser reads the feed, each entry is one document."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser
import lxml.html
from lxml import etree

from communique.ingest.common import (
    Item,
    clean_field,
    compose_text,
    file_stem,
    normalise_date,
    normalise_language,
    raw_problem,
)
from communique.models import Document, Problem

LOGGER = logging.getLogger(__name__)

# Elements after which a line ends, so paragraphs and list items stay apart.
BLOCK_TAGS = frozenset((
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
))  # fmt: skip
_SPACES = re.compile(r"[ \t\r\f\v]+")


def fragment_to_text(fragment: str) -> str:
    """The text of an HTML fragment (feed content), one line per block element.

    Hand-written because trafilatura is the wrong tool for fragments: ``extract``
    discards anything shorter than its minimum article size and ``html2txt``
    joins all paragraphs into one line.  Entities are decoded by lxml.
    """
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment.strip()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _entry_body(entry: Any) -> str | None:
    """The fullest HTML the entry carries: ``content`` (Atom, content:encoded), else summary."""
    for content in entry.get("content") or ():
        value = clean_field(content.get("value"))
        if value:
            return fragment_to_text(value)
    summary = clean_field(entry.get("summary"))
    return fragment_to_text(summary) if summary else None


def _entry_date(entry: Any) -> str | None:
    """The day the entry states, as written: feedparser's ``*_parsed`` is converted to
    UTC, which can move a late-evening story to the next day, so it is the fallback."""
    for key in ("published", "updated", "created"):
        day = normalise_date(entry.get(key))
        if day:
            return day
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None


def _entry_language(entry: Any, feed_language: str | None) -> str | None:
    for content in entry.get("content") or ():
        language = normalise_language(content.get("language"))
        if language:
            return language
    detail = entry.get("summary_detail") or {}
    return normalise_language(detail.get("language")) or feed_language


def read_feed(path: Path) -> Iterator[Item]:
    """Read an RSS or Atom file; entry id = its ``id``/``guid``, else ``<stem>-<n>``.

    An entry without any text (neither title nor content) is reported and skipped.
    """
    origin, stem = str(path), file_stem(path)
    data = path.read_bytes()
    problem = raw_problem(data, origin)
    if problem:
        yield problem
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("bozo"):
            error = str(parsed.get("bozo_exception", "")).splitlines()[0:1]
            detail = f" ({error[0]})" if error else ""
            yield Problem(origin=origin, reason=f"not an RSS or Atom feed{detail}")
        else:
            yield Problem(origin=origin, reason="feed has no entries")
        return
    feed = parsed.get("feed", {})
    feed_language = normalise_language(feed.get("language"))
    source = clean_field(feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        entry_origin = f"{origin}#{number}"
        title, body = clean_field(entry.get("title")), _entry_body(entry)
        text = compose_text(body, title=title)
        if not text:
            yield Problem(origin=entry_origin, reason=f"entry {number}: no title or content")
            continue
        yield Document(
            id=clean_field(entry.get("id")) or f"{stem}-{number}",
            text=text,
            title=title,
            pub_date=_entry_date(entry),
            url=clean_field(entry.get("link")),
            source=source,
            language=_entry_language(entry, feed_language),
            origin=entry_origin,
        )
