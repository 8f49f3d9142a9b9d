"""HTML pages: trafilatura finds the article (main text), its title, date and site."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import trafilatura
from trafilatura.settings import set_date_params

from communique.ingest.common import (
    Item,
    clean_field,
    compose_text,
    file_stem,
    normalise_date,
    raw_problem,
)
from communique.models import Document, Problem

LOGGER = logging.getLogger(__name__)

NO_TEXT = "no article text found in the HTML"


def html_document(
    html: bytes | str, *, doc_id: str, origin: str, url: str | None = None
) -> Document | None:
    """A document from one HTML page, or None when trafilatura finds no main text.

    Bytes are passed to trafilatura undecoded, so the page's own ``charset``
    declaration is honoured.  Only metadata dates are used (no "extensive" search
    in the body): a date in the text is usually the event's, not the publication's.
    Comments are left out: readers' comments are not the article.
    """
    extracted = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        date_extraction_params=set_date_params(extensive=False),
    )
    if extracted is None or isinstance(extracted, dict) or not clean_field(extracted.text):
        return None
    title = clean_field(extracted.title)
    # trafilatura keeps the <h1> in the main text when the article repeats it there;
    # compose_text then does not put the title in front a second time.
    text = compose_text(extracted.text, title=title)
    if title and not text.lstrip().removeprefix(title.strip()).strip():
        return None  # trafilatura's fallback returned only the headline or a menu item
    return Document(
        id=doc_id,
        text=text,
        title=title,
        pub_date=normalise_date(extracted.date),
        url=clean_field(extracted.url) or url,
        source=clean_field(extracted.sitename),
        origin=origin,
    )


def read_html(path: Path) -> Iterator[Item]:
    """Read one ``.html``/``.htm`` file as one document, id = the file name without extension."""
    origin = str(path)
    data = path.read_bytes()
    problem = raw_problem(data, origin)
    if problem:
        yield problem
        return
    document = html_document(data, doc_id=file_stem(path), origin=origin)
    if document is None:
        yield Problem(origin=origin, reason=NO_TEXT)
        return
    yield document
