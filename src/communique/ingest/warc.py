"""Web archives: each HTML page of a WARC file goes through trafilatura like an HTML file."""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from communique.ingest.common import Item, file_stem
from communique.ingest.html import NO_TEXT, html_document
from communique.models import Problem

LOGGER = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
PAGE_RECORDS = ("response", "resource")  # crawlers store pages as either


def _is_html_page(record: ArcWarcRecord) -> bool:
    """An archived page worth reading: a successful HTML response (or stored resource).

    Requests, metadata, redirects, errors, images and scripts are skipped without a
    Problem: a crawl is mostly made of them and they are not articles.
    """
    if record.rec_type not in PAGE_RECORDS:
        return False
    http = record.http_headers
    if http is not None:
        status = http.get_statuscode()
        content_type = http.get_header("Content-Type") or ""
        if status != "200":
            return False
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    return content_type.split(";", 1)[0].strip().lower() in HTML_TYPES


def read_warc(path: Path) -> Iterator[Item]:
    """Read the HTML pages of a ``.warc``/``.warc.gz`` file, streaming record by record.

    id = ``<stem>-<n>``, n the record's position in the archive (stable across
    re-ingests of the same file); url = the record's target URI.  The WARC date is
    the crawl date, not the publication date, so it is not used as ``pub_date``.
    """
    origin, stem = str(path), file_stem(path)
    if path.stat().st_size == 0:
        yield Problem(origin=origin, reason="empty file")
        return
    pages = 0
    with path.open("rb") as handle:
        records = ArchiveIterator(handle)
        number = 0
        try:
            for number, record in enumerate(records, start=1):
                if record.format != "warc":
                    # warcio falls back to the older ARC layout and "parses" any text
                    # file that way; a .warc file must hold WARC records.
                    yield Problem(origin=origin, reason=f"not a WARC file ({record.format} record)")
                    return
                if not _is_html_page(record):
                    continue
                pages += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                record_origin = f"{origin}#{number}"
                html = record.content_stream().read()
                if getattr(record.raw_stream, "limit", 0) > 0:
                    # warcio reads a cut-off gzip member without error: the record's
                    # declared length not reached is the only sign of the damage.
                    reason = f"record {number} ({url}) is truncated: archive damaged"
                    yield Problem(origin=record_origin, reason=reason)
                    continue
                document = html_document(
                    html, doc_id=f"{stem}-{number}", origin=record_origin, url=url
                )
                if document is None:
                    reason = f"record {number} ({url}): {NO_TEXT}"
                    yield Problem(origin=record_origin, reason=reason)
                    continue
                yield document
        except (ArchiveLoadFailed, OSError, EOFError, zlib.error) as exc:
            # A truncated or corrupt archive: the records before the damage were read.
            detail = (str(exc).splitlines() or [type(exc).__name__])[0]
            reason = f"invalid WARC after record {number}: {detail}"
            yield Problem(origin=origin, reason=reason)
            return
    if not pages:
        LOGGER.info("%s: no HTML page among %d records", origin, number)
        yield Problem(origin=origin, reason=f"no HTML page in the archive ({number} records)")
