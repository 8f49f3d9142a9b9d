"""The ``communique`` command line (Typer + Rich).

Each command is a thin wrapper: it builds options, calls a library function
and renders the result.  Data goes to stdout (so ``communique events --format
json | jq`` works); progress bars, warnings and summaries go to stderr.
Library errors (:class:`communique.errors.CommuniqueError`) become one line
``Error: …`` and exit code 1; usage errors exit 2.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import as_file, files
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table
from rich.text import Text

from communique import __version__
from communique.batch import extract_paths, ingest_paths
from communique.errors import CommuniqueError, ConfigError
from communique.models import EVENT_TYPES, STATUSES, Problem, Result
from communique.pipeline import Pipeline
from communique.store import Store

DEFAULT_DB = "communique.db"
FORMATS_EXTRACT = ("jsonl", "json", "table")
FORMATS_EVENTS = ("table", "json", "jsonl", "csv")

app = typer.Typer(
    name="communique",
    help="French-language diplomatic news to structured, explainable event data.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False)

DbOpt = Annotated[Path, typer.Option(
    "--db", envvar="COMMUNIQUE_DB",
    help="SQLite database file (created if missing). Default: ./communique.db or $COMMUNIQUE_DB.")]
VerboseOpt = Annotated[int, typer.Option("--verbose", "-v", count=True,
                                         help="-v for progress details, -vv for debugging.")]
DateOpt = Annotated[str | None, typer.Option(
    "--date", help="Publication date (YYYY-MM-DD) for documents whose source gives none.")]


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)


def _report_problem(problem: Problem) -> None:
    label = "Error" if problem.fatal else "Warning"
    style = "red" if problem.fatal else "yellow"
    err.print(f"[{style}]{label}:[/] {problem.origin}: {problem.reason}", markup=True)


def _check_choice(value: str | None, choices: tuple[str, ...], option: str) -> str | None:
    if value is not None and value not in choices:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(choices)}", param_hint=option)
    return value


@contextmanager
def _errors() -> Iterator[None]:
    """Turn library errors into one line on stderr and exit code 1."""
    try:
        yield
    except CommuniqueError as exc:
        err.print(f"[red]Error:[/] {exc}", markup=True)
        raise typer.Exit(1) from exc


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    MofNCompleteColumn(), TextColumn("{task.fields[doc]}"), console=err,
                    transient=True, disable=not err.is_terminal)


@app.command("ingest")
def ingest_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or - (stdin).")],
    db: DbOpt = Path(DEFAULT_DB),
    date: DateOpt = None,
    source: Annotated[str | None, typer.Option(help="Source name for documents without one.")]
    = None,
    reprocess: Annotated[bool, typer.Option(help="Re-extract stored documents.")] = False,
    verbose: VerboseOpt = 0,
) -> None:
    """Read documents, extract their events and store them (idempotent)."""
    _setup_logging(verbose)
    with _errors(), Store.open(db) as store:
        report = _run_ingest(paths, store, date=date, source=source, reprocess=reprocess)
        _print_ingest_summary(report, store)
    if report.failed:
        raise typer.Exit(1)


def _run_ingest(paths: list[str], store: Store, *, date: str | None, source: str | None,
                reprocess: bool) -> Any:
    with _progress() as progress:
        task = progress.add_task("ingesting", total=None, doc="")

        def on_result(result: Result, outcome: str) -> None:
            progress.update(task, advance=1, doc=f"{result.document.id} ({outcome})")

        return ingest_paths(paths, store, Pipeline, pub_date=date, source=source,
                            reprocess=reprocess, on_problem=_report_problem, on_result=on_result)


def _print_ingest_summary(report: Any, store: Store) -> None:
    table = Table(title="Ingest summary", show_header=True)
    table.add_column("documents")
    table.add_column("count", justify="right")
    for outcome in ("new", "updated", "reprocessed", "unchanged"):
        table.add_row(outcome, str(report.outcomes.get(outcome, 0)))
    table.add_row("not coded (stored)", str(len(report.skipped)))
    table.add_row("unreadable (not stored)", str(sum(p.fatal for p in report.problems)))
    table.add_row("events extracted", str(report.events))
    err.print(table)
    for doc_id, reason in report.skipped:
        err.print(f"[yellow]not coded:[/] {doc_id}: {reason}", markup=True)
    stats = store.stats()
    err.print(f"{store.label}: {stats['documents']} documents ({stats['coded']} coded, "
              f"{stats['skipped']} not coded), {stats['events']} events")


@app.command("extract")
def extract_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or - (stdin).")],
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl, json or table.")]
    = "jsonl",
    date: DateOpt = None,
    verbose: VerboseOpt = 0,
) -> None:
    """Print the events of documents without storing them (one JSON line per document)."""
    _setup_logging(verbose)
    _check_choice(format, FORMATS_EXTRACT, "--format")
    problems: list[Problem] = []
    with _errors():
        pipeline = Pipeline()
        results = extract_paths(paths, pipeline, pub_date=date, problems=problems,
                                on_problem=_report_problem)
        if format == "jsonl":
            for result in results:
                if result.skipped:
                    err.print(f"[yellow]not coded:[/] {result.document.id}: {result.skipped}",
                              markup=True)
                elif not result.events:
                    err.print(f"no event: {result.document.id}")
                sys.stdout.write(json.dumps(result.to_gold(), ensure_ascii=False) + "\n")
        elif format == "json":
            json.dump([r.to_gold() for r in results], sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            rows = [dict(e, doc_id=r.document.id) for r in results
                    for e in r.to_gold()["events"]]
            out.print(_events_table(rows))
    if any(p.fatal for p in problems):
        raise typer.Exit(1)


def _side(codes: list[str], names: list[str]) -> str:
    text = ",".join(codes) or "-"
    return f"{text} ({'; '.join(names)})" if names else text


def _events_table(rows: list[dict[str, Any]], title: str = "Events") -> Table:
    table = Table(title=title, show_lines=False)
    for col in ("doc", "type", "mode", "actor", "recipient", "date", "place", "status",
                "evidence"):
        table.add_column(col, overflow="fold")
    for row in rows:
        place = row.get("location") or ""
        if row.get("location_country"):
            place = f"{place} [{row['location_country']}]".strip()
        evidence = " ".join((row.get("evidence") or "").split())
        table.add_row(
            row.get("doc_id", ""), row["type"], row.get("mode") or "",
            _side(row["actor"], row.get("actor_names") or []),
            _side(row["recipient"], row.get("recipient_names") or []),
            row.get("date") or "", place, row.get("status") or "",
            evidence[:140] + ("…" if len(evidence) > 140 else ""))
    return table


@app.command("events")
def events_cmd(
    db: DbOpt = Path(DEFAULT_DB),
    country: Annotated[str | None, typer.Option(help="Polity on either side, e.g. VNM.")] = None,
    dyad: Annotated[str | None, typer.Option(help="Two polities, either direction: VNM-BLR.")]
    = None,
    type: Annotated[str | None, typer.Option("--type", help="Event type, e.g. CONSULT.")] = None,
    since: Annotated[str | None, typer.Option(help="From this date: 2023, 2023-01, 2023-01-15.")]
    = None,
    until: Annotated[str | None, typer.Option(help="Up to this date (same forms).")] = None,
    status: Annotated[str | None, typer.Option(help="occurred, future, historical, …")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table, json, jsonl or csv.")]
    = "table",
) -> None:
    """List stored events, filtered by country, dyad, type, dates and status."""
    _check_choice(format, FORMATS_EVENTS, "--format")
    _check_choice(type.upper() if type else None, EVENT_TYPES, "--type")
    _check_choice(status, STATUSES, "--status")
    pair: tuple[str, str] | None = None
    if dyad:
        parts = dyad.upper().split("-")
        if len(parts) != 2 or not all(parts):
            raise typer.BadParameter("expected two codes like VNM-BLR", param_hint="--dyad")
        pair = (parts[0], parts[1])
    with _errors():
        _require_db(db)
        with Store.open(db) as store:
            rows = store.events(country=country.upper() if country else None, dyad=pair,
                                type=type.upper() if type else None, since=since, until=until,
                                status=status, limit=limit)
    _print_rows(rows, format)


def _require_db(db: Path) -> None:
    if not db.exists():
        raise ConfigError(f"no database at {db}: run `communique ingest PATH --db {db}` first")


def _print_rows(rows: list[dict[str, Any]], format: str) -> None:
    if format == "table":
        out.print(_events_table(rows, title=f"{len(rows)} events"))
    elif format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif format == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        fields = ["doc_id", "type", "mode", "actor", "recipient", "actor_names",
                  "recipient_names", "date", "date_end", "location", "location_country",
                  "status", "sectors", "evidence"]
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: ";".join(v) if isinstance(v, list) else v
                             for k, v in row.items()})


@app.command("show")
def show_cmd(doc_id: Annotated[str, typer.Argument(help="Document id.")],
             db: DbOpt = Path(DEFAULT_DB)) -> None:
    """Show a stored document with its events' evidence highlighted."""
    with _errors():
        _require_db(db)
        with Store.open(db) as store:
            record = store.document(doc_id)
        if record is None:
            raise ConfigError(f"no document {doc_id!r} in {db}; try `communique search`")
    text = Text(record.get("text") or "")
    for event in record.get("events", []):
        start, end = event.get("evidence_start"), event.get("evidence_end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
            text.stylize("bold yellow", start, end)
    head = f"{record['id']}  {record.get('pub_date') or 'date unknown'}  {record.get('title') or ''}"
    out.print(Text(head, style="bold"))
    if record.get("status") == "skipped":
        out.print(f"[yellow]not coded: {record.get('skip_reason')}[/]")
    out.print(text)
    rows = [dict(e, doc_id=record["id"]) for e in record.get("events", [])]
    out.print(_events_table(rows, title=f"{len(rows)} events"))


@app.command("search")
def search_cmd(query: Annotated[str, typer.Argument(help="Words or \"a phrase\".")],
               db: DbOpt = Path(DEFAULT_DB),
               limit: Annotated[int, typer.Option(help="At most this many documents.")] = 20,
               ) -> None:
    """Full-text search over stored documents (accents ignored)."""
    with _errors():
        _require_db(db)
        with Store.open(db) as store:
            hits = store.search(query, limit=limit)
    table = Table(title=f"{len(hits)} documents for {query!r}")
    for col in ("doc", "date", "title", "snippet"):
        table.add_column(col, overflow="fold")
    for hit in hits:
        table.add_row(hit["doc_id"], hit.get("pub_date") or "", hit.get("title") or "",
                      hit.get("snippet") or "")
    out.print(table)


@app.command("evaluate")
def evaluate_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold events, JSON Lines (codebook §5).")],
    corpus: Annotated[list[str] | None, typer.Option(
        help="Documents of the gold (file or folder; repeatable). Default: the bundled sample.")]
    = None,
    explain: Annotated[bool, typer.Option(help="List each article's TP/FP/FN events.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    verbose: VerboseOpt = 0,
) -> None:
    """Run the extractor on the gold's documents and print precision, recall and F1."""
    from communique.evaluate import format_report, load_gold, score

    _setup_logging(verbose)
    with _errors():
        gold_events = load_gold(gold)
        problems: list[Problem] = []
        with _sample_path() as sample:
            sources = corpus or [str(sample)]
            pipeline = Pipeline()
            pred = {r.document.id: r.to_gold()["events"]
                    for r in extract_paths(sources, pipeline, problems=problems)
                    if r.document.id in gold_events}
        missing = sorted(set(gold_events) - set(pred))
        if missing:
            err.print(f"[yellow]Warning:[/] {len(missing)} gold documents not found in the corpus "
                      f"(scored as having no prediction): {', '.join(missing[:5])}"
                      f"{' …' if len(missing) > 5 else ''}", markup=True)
        report = score(gold_events, pred, explain=sys.stdout if explain else None)
    if json_out:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.print(format_report(report), markup=False)


@contextmanager
def _sample_path() -> Iterator[Path]:
    with as_file(files("communique") / "sample" / "docs") as path:
        yield Path(path)


@app.command("demo")
def demo_cmd(
    db: Annotated[Path, typer.Option("--db", help="Database for the demo.")] = Path("demo.db"),
    limit: Annotated[int, typer.Option(help="Events to print.")] = 40,
) -> None:
    """Ingest the bundled sample (five VNA seeds and OrangeSum articles) and show its events."""
    _setup_logging(0)
    with _errors(), _sample_path() as sample, Store.open(db) as store:
        err.print(f"Ingesting the bundled sample from {sample} into {db} …")
        report = _run_ingest([str(sample)], store, date=None, source=None, reprocess=False)
        _print_ingest_summary(report, store)
        rows = store.events(limit=None)
    seeds = [r for r in rows if not r["doc_id"].startswith("os-")]
    shown = (seeds + [r for r in rows if r["doc_id"].startswith("os-")])[:limit]
    out.print(_events_table(shown, title=f"{len(shown)} of {len(rows)} events "
                                         f"(seeds first; `communique events --db {db}` for all)"))


def _version_callback(value: bool) -> None:
    if value:
        out.print(f"communique {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option(
        "--version", callback=_version_callback, is_eager=True, help="Print the version.")]
        = False) -> None:
    """French-language diplomatic news to structured, explainable event data."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def main() -> None:
    """Console-script entry point."""
    app()
