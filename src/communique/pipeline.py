"""The whole chain for a stream of documents: clean -> nlp -> extract -> resolve.

The spaCy model is loaded once per :class:`Pipeline` (once per process, since
:func:`communique.nlp.load_nlp` is cached) and documents go through
``nlp.pipe`` in batches, so memory stays constant in the number of documents
and the same object can run inside a Dask worker later.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from communique.clean import clean_document
from communique.extract import extract_events
from communique.gazetteer import Gazetteer, load_gazetteer
from communique.models import CleanedText, Document, Result
from communique.nlp import load_nlp
from communique.resolve import resolve_events

LOGGER = logging.getLogger(__name__)

EXTRACTOR_VERSION = "communique-rules-0.6"
FRENCH = "fr"


def _batches(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class Pipeline:
    """Turns documents into results; build once, call :meth:`process` many times."""

    def __init__(self, *, nlp: Language | None = None, gazetteer: Gazetteer | None = None,
                 batch_size: int = 16) -> None:
        self.nlp = nlp or load_nlp()
        self.gazetteer = gazetteer or load_gazetteer()
        self.batch_size = batch_size

    def _make_doc(self, document: Document, cleaned: CleanedText) -> Doc:
        """A tokenised Doc carrying the publication date, so the gazetteer reads a person
        in the role they held then (Tusk: EU in 2018, POL in 2024)."""
        doc = self.nlp.make_doc(cleaned.text)
        doc.user_data["pub_date"] = document.pub_date
        return doc

    def skip_reason(self, document: Document) -> str | None:
        """Why a document is stored but not coded, or None when it is coded."""
        if not document.text.strip():
            return "empty text"
        if document.language and document.language != FRENCH:
            return f"not French (language detected: {document.language}), not coded"
        return None

    def process(self, documents: Iterable[Document]) -> Iterator[Result]:
        """Yield one :class:`Result` per document, in input order."""
        for batch in _batches(documents, self.batch_size):
            todo: list[tuple[int, Document, CleanedText]] = []
            results: list[Result | None] = [None] * len(batch)
            for i, document in enumerate(batch):
                reason = self.skip_reason(document)
                if reason:
                    LOGGER.info("doc=%s %s", document.id, reason)
                    results[i] = Result(document=document, skipped=reason)
                    continue
                cleaned = clean_document(document)
                if not cleaned.text.strip():
                    results[i] = Result(document=document, cleaned=cleaned,
                                        skipped="no article text left after cleaning")
                    continue
                todo.append((i, document, cleaned))
            docs = self.nlp.pipe(self._make_doc(document, cleaned) for _, document, cleaned in todo)
            for (i, document, cleaned), doc in zip(todo, docs, strict=True):
                raw, mentions = extract_events(doc, cleaned, document, gazetteer=self.gazetteer)
                results[i] = Result(document=document, cleaned=cleaned,
                                    events=tuple(resolve_events(raw)), mentions=tuple(mentions))
            yield from (r for r in results if r is not None)
