"""What every reader shares: byte decoding, date normalisation, composing the text.

Readers never raise on bad input: a helper here returns a reason string, and the
reader turns it into a :class:`~communique.models.Problem` and goes on.
"""

from __future__ import annotations

import email.utils
import logging
import re
import unicodedata
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

from communique.models import Document, Problem

LOGGER = logging.getLogger(__name__)

Item = Document | Problem
Reader = Callable[[Path], Iterator[Item]]

SNIFF_BYTES = 8192  # how much of a file the binary check looks at
# A text file may hold a stray control character or two (form feed, a pasted ESC),
# so "binary" means a real share of them, not one.
MAX_CONTROL_SHARE = 0.05
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SLASHED_DAY = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` looks binary, or None: checked before decoding so an image or a
    zip is reported as such instead of as thousands of characters of mojibake."""
    head = data[:SNIFF_BYTES]
    if head.startswith(_BOMS[1:]):
        return None  # UTF-16 text: its NUL bytes are half of every Latin character
    if b"\x00" in head:
        return "binary file (contains NUL bytes)"
    return None


def _control_share(text: str) -> float:
    sample = text[:SNIFF_BYTES]
    controls = sum(
        1 for ch in sample if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    return controls / max(len(sample), 1)


def decode_bytes(data: bytes) -> tuple[str | None, str | None]:
    """Decode a text source: ``(text, warning)`` when read, ``(None, reason)`` when not.

    UTF-8 is expected; a leading BOM is dropped (it is not part of the article and
    would shift every offset by one).  Bytes that are not UTF-8 are read as
    Windows-1252, then Latin-1: French text that is not UTF-8 is almost always one
    of these, and statistical charset guessers are unreliable on short articles,
    so a fixed order is more predictable than charset_normalizer here.
    """
    reason = binary_reason(data)
    if reason:
        return None, reason
    warning = None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        if data.startswith(_BOMS[0]):
            data = data[len(_BOMS[0]) :]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = data[exc.start : exc.start + 1].hex()
            codec = "Windows-1252"
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                codec = "Latin-1"
                text = data.decode("latin-1")
            warning = f"not valid UTF-8 (byte 0x{bad} at offset {exc.start}), decoded as {codec}"
    if _control_share(text) > MAX_CONTROL_SHARE:
        return None, "binary file (mostly non-text bytes)"
    return text, warning


def normalise_date(value: object) -> str | None:
    """The calendar day of a date string as ``YYYY-MM-DD``, or None if it is not one.

    The day is taken as the source wrote it, without converting time zones: a
    story published at 23:30 in Paris was published that day, not the next UTC day.
    Partial dates (``2020-06``) are refused, because later stages anchor relative
    dates (*mardi*, *hier*) on a full publication day.
    """
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if _ISO_DAY.match(text):
        try:
            return datetime.fromisoformat(text.replace(" ", "T", 1)).strftime("%Y-%m-%d")
        except ValueError:
            try:
                return date.fromisoformat(text[:10]).isoformat()
            except ValueError:
                return None
    slashed = _SLASHED_DAY.fullmatch(text)
    if slashed:
        try:
            return date(*map(int, slashed.groups())).isoformat()
        except ValueError:
            return None
    try:  # RSS 2.0 dates: "Tue, 08 Dec 2020 10:00:00 +0700"
        return email.utils.parsedate_to_datetime(text).strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError):
        pass
    return _parse_written_date(text)


def _parse_written_date(text: str) -> str | None:
    """Written dates ("9 juin 2020", "June 9, 2020") through dateparser.

    dateparser comes with trafilatura (via htmldate); it is imported lazily because
    most sources give ISO dates and its import costs half a second.  Strict parsing
    with all three parts required, and absolute dates only, keeps "hier" or "juin"
    from becoming a date relative to the day of the run.
    """
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=["fr", "en"],
        settings={
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PARSERS": ["absolute-time"],  # no "hier", no bare timestamps
        },
    )
    return parsed.strftime("%Y-%m-%d") if parsed else None


def normalise_language(value: object) -> str | None:
    """The ISO 639-1 code of a declared language tag (``fr-FR`` -> ``fr``), or None."""
    if not isinstance(value, str):
        return None
    primary = re.split(r"[-_]", value.strip(), maxsplit=1)[0].lower()
    return primary if len(primary) == 2 and primary.isalpha() else None


def compose_text(body: str | None, *, title: str | None = None, heading: str | None = None) -> str:
    """Title, heading and body joined by blank lines, skipping missing or blank parts.

    The codebook codes the three together, so evidence offsets point into this
    composed text; each part is kept verbatim.  A part the body already opens with
    is not repeated: the seeds' JSON Lines carry the whole file as ``text`` *and*
    its first line as ``title``, and an HTML page's main text often starts with its
    headline.  The same article then gets the same text (and content hash) from
    every format.
    """
    rest = body.lstrip() if body else ""
    parts: list[str] = []
    for part in (title, heading):
        if not part or not part.strip():
            continue
        if rest and rest.startswith(part.strip()):
            rest = rest[len(part.strip()) :].lstrip()
            continue
        parts.append(part)
    if body and body.strip():
        parts.append(body)
    return "\n\n".join(parts)


def clean_field(value: object) -> str | None:
    """A metadata field as a non-blank string, or None (JSON null, numbers, blanks)."""
    if isinstance(value, str) and value.strip():
        return value
    return None


def file_stem(path: Path) -> str:
    """The file name without its extension(s): ``crawl.warc.gz`` -> ``crawl``."""
    name = path.name
    if name.lower().endswith(".warc.gz"):
        return name[: -len(".warc.gz")]
    return path.stem


def raw_problem(data: bytes, origin: str) -> Problem | None:
    """Why raw bytes cannot be a document (empty, binary), or None: shared by the byte readers."""
    if not data.strip():
        return Problem(origin=origin, reason="empty file")
    reason = binary_reason(data)
    return Problem(origin=origin, reason=reason) if reason else None


def decode_file(path: Path) -> tuple[str | None, list[Problem]]:
    """A text file's content and what to report about it (fatal, or a decoding warning)."""
    origin = str(path)
    text, reason = decode_bytes(path.read_bytes())
    if text is None:
        return None, [Problem(origin=origin, reason=reason or "unreadable file")]
    if not text.strip():
        return None, [Problem(origin=origin, reason="empty file")]
    return text, [Problem(origin=origin, reason=reason, fatal=False)] if reason else []
