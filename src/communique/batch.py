"""Batch runs: read sources, code them, and store or stream the results.

Shared by the ``ingest``, ``extract``, ``evaluate`` and ``demo`` commands (and
later by the Dask engine): read -> skip what the store already has -> pipeline
-> store, one document at a time, so a crash loses nothing already committed
and memory stays flat.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from communique.ingest import read_sources
from communique.models import Document, Problem, Result
from communique.pipeline import EXTRACTOR_VERSION, Pipeline
from communique.store import Store

LOGGER = logging.getLogger(__name__)


@dataclass(slots=True)
class IngestReport:
    """What an ingest run did, for the summary table and the exit code."""

    outcomes: Counter[str] = field(default_factory=Counter)  # new, unchanged, updated, ...
    events: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (doc id or origin, reason)
    problems: list[Problem] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return sum(self.outcomes.values())

    @property
    def failed(self) -> bool:
        """Whether some input could not be read (the exit code says so)."""
        return any(p.fatal for p in self.problems)


def split_items(items: Iterable[Document | Problem], problems: list[Problem],
                on_problem: Callable[[Problem], None] | None = None) -> Iterator[Document]:
    """Documents of a source stream; problems are collected (and reported as they come)."""
    for item in items:
        if isinstance(item, Problem):
            problems.append(item)
            if on_problem:
                on_problem(item)
        else:
            yield item


def extract_paths(paths: Sequence[str | Path], pipeline: Pipeline, *,
                  pub_date: str | None = None, problems: list[Problem],
                  on_problem: Callable[[Problem], None] | None = None) -> Iterator[Result]:
    """Code every document of the sources, without a database (the evaluation contract)."""
    documents = split_items(read_sources(paths, pub_date=pub_date), problems, on_problem)
    yield from pipeline.process(documents)


def ingest_paths(paths: Sequence[str | Path], store: Store, pipeline_factory: Callable[[],
                 Pipeline], *, pub_date: str | None = None, source: str | None = None,
                 reprocess: bool = False, on_problem: Callable[[Problem], None] | None = None,
                 on_result: Callable[[Result, str], None] | None = None) -> IngestReport:
    """Ingest sources into the store, idempotently.

    A document whose id, content and extractor version are already stored is
    not parsed again (so re-running an ingest is cheap and adds nothing);
    ``reprocess`` re-codes everything with the current extractor.  The model
    is loaded only if some document needs coding.
    """
    report = IngestReport()
    pipeline: Pipeline | None = None

    def todo(documents: Iterable[Document]) -> Iterator[Document]:
        for document in documents:
            if not reprocess and store.has_document(document.id, document.content_hash,
                                                    extractor_version=EXTRACTOR_VERSION):
                report.outcomes["unchanged"] += 1
                if on_result:
                    on_result(Result(document=document), "unchanged")
                continue
            yield document

    documents = todo(split_items(read_sources(paths, pub_date=pub_date, source=source),
                                 report.problems, on_problem))
    first = next(documents, None)
    if first is None:
        return report
    pipeline = pipeline_factory()
    for result in pipeline.process(_chain(first, documents)):
        outcome = store.save_result(result, extractor_version=EXTRACTOR_VERSION,
                                    reprocess=reprocess)
        report.outcomes[outcome] += 1
        report.events += len(result.events) if outcome != "unchanged" else 0
        if result.skipped:
            report.skipped.append((result.document.id, result.skipped))
        if on_result:
            on_result(result, outcome)
    return report


def _chain(first: Document, rest: Iterator[Document]) -> Iterator[Document]:
    yield first
    yield from rest
