"""Batch runs: read sources, code them, and store or stream the results.

Shared by the ``ingest``, ``extract``, ``evaluate`` and ``demo`` commands (and
later by the Dask engine): read -> skip what the store already has -> pipeline
-> store, one document at a time, so a crash loses nothing already committed
and memory stays flat.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING

from communique.ingest import STDIN, read_sources, reader_for, walk_files
from communique.ingest.common import file_stem, normalise_date
from communique.models import Document, Problem, Result


@contextmanager
def sample_docs() -> Iterator[Path]:
    """The bundled sample folder (5 VNA seeds, 41 OrangeSum articles) as a real path, even
    when the package is installed zipped; used by ``demo``, ``evaluate``, tests and benchmarks."""
    with as_file(files("communique") / "sample" / "docs") as path:
        yield Path(path)


if TYPE_CHECKING:  # the pipeline imports spaCy and the store SQLAlchemy: only when needed
    from communique.pipeline import Pipeline
    from communique.store import Store

LOGGER = logging.getLogger(__name__)

# Readers whose file is exactly one document: an unreadable file of these kinds is still
# one input document, so `extract` prints its (empty) line and the line count stays one
# per document.  Container formats (JSONL, feeds, WARC) cannot say which ids they held.
ONE_DOCUMENT_READERS = frozenset({"text", "html"})
UNREADABLE = "unreadable: "  # prefix of the skip reason of such a stand-in
# One record per non-blank line: cheap to count before reading, for the progress bar.
LINE_READERS = frozenset({"jsonl"})


@dataclass(slots=True)
class IngestReport:
    """What an ingest run did, for the summary table and the exit code."""

    outcomes: Counter[str] = field(default_factory=Counter)  # new, unchanged, updated, ...
    events: int = 0  # events written by this run
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (doc id (origin), reason)
    problems: list[Problem] = field(default_factory=list)

    @property
    def documents(self) -> int:
        """Documents read (stored, or found unchanged)."""
        return sum(self.outcomes.values())

    @property
    def unreadable(self) -> int:
        """Inputs that could not be read at all (nothing was stored for them)."""
        return sum(p.fatal for p in self.problems)

    @property
    def failed(self) -> bool:
        """Whether some input could not be read (the exit code says so)."""
        return self.unreadable > 0


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


def count_documents(paths: Sequence[str | Path]) -> int | None:
    """How many documents the sources hold, when that is cheap to know; else None.

    Only for the progress bar: text and HTML files are one document each, a JSON
    Lines file one per non-blank line.  Stdin, feeds, WARC and JSON arrays would
    have to be parsed twice, so their total is unknown.
    """
    total = 0
    for raw in paths:
        if str(raw) == STDIN:
            return None
        for file in _files(Path(raw)):
            reader = reader_for(file)
            if reader in ONE_DOCUMENT_READERS:
                total += 1
            elif reader in LINE_READERS:
                try:
                    with file.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    continue
            elif reader is not None:
                return None
    return total


def _files(path: Path) -> Iterator[Path]:
    """The files the ingest stage reads from a path, walked as the ingest stage walks them."""
    if not path.is_dir():
        yield path
        return
    yield from (item for item in walk_files(path) if isinstance(item, Path))


def _placeholder(problem: Problem, pub_date: str | None) -> Document | None:
    """An empty stand-in for a one-document file that could not be read, or None."""
    if not problem.fatal or problem.origin == STDIN:
        return None
    path = Path(problem.origin)
    if reader_for(path) not in ONE_DOCUMENT_READERS:
        return None
    return Document(id=file_stem(path), text="", origin=problem.origin, pub_date=pub_date)


def extract_paths(paths: Sequence[str | Path], pipeline: Pipeline, *,
                  pub_date: str | None = None, problems: list[Problem],
                  on_problem: Callable[[Problem], None] | None = None,
                  only: Collection[str] | None = None) -> Iterator[Result]:
    """Code every document of the sources, without a database (the evaluation contract).

    Yields one Result per input document, in input order.  A text or HTML file
    that could not be read (empty, binary) still yields one, with no events and
    ``skipped`` set to the reason, so the output has a line for every document.

    only (Collection[str] | None): code just the documents with these ids (``evaluate``
        runs the extractor on the gold's documents, not on the whole corpus).
    """
    date = normalise_date(pub_date) if pub_date else None
    unreadable: dict[int, str] = {}  # id(placeholder Document) -> why it could not be read

    def documents() -> Iterator[Document]:
        for item in read_sources(paths, pub_date=pub_date):
            if isinstance(item, Problem):
                problems.append(item)
                if on_problem:
                    on_problem(item)
                placeholder = _placeholder(item, date)
                if placeholder is None or (only is not None and placeholder.id not in only):
                    continue
                # Registered only when yielded: the object stays alive until its result is out.
                unreadable[id(placeholder)] = UNREADABLE + item.reason
                yield placeholder
            elif only is None or item.id in only:
                yield item

    for result in pipeline.process(documents()):
        reason = unreadable.pop(id(result.document), None)
        yield dataclasses.replace(result, skipped=reason) if reason else result


def ingest_paths(paths: Sequence[str | Path], store: Store, pipeline_factory: Callable[[],
                 Pipeline], *, pub_date: str | None = None, source: str | None = None,
                 reprocess: bool = False, on_problem: Callable[[Problem], None] | None = None,
                 on_result: Callable[[Result, str], None] | None = None) -> IngestReport:
    """Ingest sources into the store, idempotently.

    A document whose id, content and extractor version are already stored is
    not parsed again (so re-running an ingest is cheap and adds nothing);
    ``reprocess`` re-codes everything with the current extractor.  The model
    is loaded only if some document needs coding.  Two documents of one run
    with the same id are reported (the later one replaces the earlier).
    """
    from communique.pipeline import EXTRACTOR_VERSION

    report = IngestReport()
    seen: dict[str, str] = {}  # doc id -> origin, to report ids repeated within a run

    def problem(item: Problem) -> None:
        report.problems.append(item)
        if on_problem:
            on_problem(item)

    def todo(documents: Iterable[Document]) -> Iterator[Document]:
        for document in documents:
            origin = document.origin or document.id
            if document.id in seen:
                problem(Problem(origin=origin, fatal=False,
                                reason=f"document id {document.id!r} was already read from "
                                       f"{seen[document.id]}; this one replaces it"))
            seen[document.id] = origin
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
            document = result.document
            label = f"{document.id} ({document.origin})" if document.origin else document.id
            report.skipped.append((label, result.skipped))
        if on_result:
            on_result(result, outcome)
    return report


def _chain(first: Document, rest: Iterator[Document]) -> Iterator[Document]:
    yield first
    yield from rest
