"""The ``communique`` command line (Typer + Rich).

Each command is a thin wrapper: it checks options, calls a library function
and renders the result.  Data goes to stdout (so ``communique events --format
json | jq`` works); progress bars, warnings and summaries go to stderr.
Library errors (:class:`communique.errors.CommuniqueError`) become one line
``Error: …`` and exit code 1; usage errors exit 2.

Text from documents is never read as Rich markup (an article may well contain
``[bold]`` or a snippet ``[capitale]``): everything is printed as ``Text``.
spaCy, SQLAlchemy and the readers are imported inside the commands, so
``--help`` and ``--version`` answer at once.
"""

from __future__ import annotations

import csv
import json
import logging
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date as Date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table
from rich.text import Text

from communique import __version__
from communique.errors import CommuniqueError, ConfigError, NotFoundError
from communique.models import EVENT_TYPES, STATUSES, Problem, Result

if TYPE_CHECKING:
    from communique.batch import IngestReport
    from communique.pipeline import Pipeline
    from communique.store import Store

DEFAULT_DB = "communique.db"
EVIDENCE_CHARS = 140  # evidence shown in a table cell (the full text is in json/csv/show)
SKIPPED_ROWS = 20  # skipped inputs listed after an ingest
_YEAR_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_SEARCH_OPEN, _SEARCH_CLOSE = "\x02", "\x03"  # match marks that cannot occur in a snippet

app = typer.Typer(
    name="communique",
    help="French-language diplomatic news to structured, explainable event data.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
out = Console(highlight=False, soft_wrap=False, markup=False, emoji=False)
err = Console(stderr=True, highlight=False, soft_wrap=True, markup=False, emoji=False)

# ---------------------------------------------------------------- options and checks


def _check_date(value: str | None) -> str | None:
    """--date: a publication day, in any form the readers understand (ISO, RSS, French)."""
    if value is None:
        return None
    from communique.ingest.common import normalise_date

    day = normalise_date(value)
    if day is None:
        raise typer.BadParameter(f"{value!r} is not a day; use YYYY-MM-DD")
    return day


def _check_year_date(value: str | None) -> str | None:
    """--since/--until: YYYY, YYYY-MM or YYYY-MM-DD (a bound needs a year)."""
    if value is None:
        return None
    match = _YEAR_DATE.fullmatch(value.strip())
    try:
        if match is None:
            raise ValueError
        year, month, day = (int(part) if part else 1 for part in match.groups())
        Date(year, month, day)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date with a year; use YYYY, YYYY-MM or YYYY-MM-DD") from None
    return value.strip()


def _check_choice(choices: tuple[str, ...]) -> Callable[[str | None], str | None]:
    """A callback accepting one of ``choices``, case-insensitively."""
    def check(value: str | None) -> str | None:
        if value is None:
            return None
        found = {c.lower(): c for c in choices}.get(value.strip().lower())
        if found is None:
            raise typer.BadParameter(f"{value!r} is not one of {', '.join(choices)}")
        return found
    return check


def _check_code(value: str | None) -> str | None:
    """--country: a polity code, upper-cased (VNM, EU, ASEAN)."""
    if value is None:
        return None
    if not re.fullmatch(r"[A-Za-z]{2,8}", value.strip()):
        raise typer.BadParameter(f"{value!r} is not a polity code like VNM or EU")
    return value.strip().upper()


def _check_dyad(value: str | None) -> str | None:
    """--dyad: two polity codes joined by a hyphen (VNM-BLR)."""
    if value is None:
        return None
    parts = value.strip().split("-")
    if len(parts) != 2 or not all(re.fullmatch(r"[A-Za-z]{2,8}", p) for p in parts):
        raise typer.BadParameter(f"{value!r} is not two codes like VNM-BLR")
    return value.strip().upper()


DbOpt = Annotated[Path, typer.Option(
    "--db", envvar="COMMUNIQUE_DB", metavar="FILE",
    help="SQLite database file. Default: ./communique.db or $COMMUNIQUE_DB.")]
VerboseOpt = Annotated[int, typer.Option(
    "--verbose", "-v", count=True, help="-v for progress details, -vv for debugging.")]
DateOpt = Annotated[str | None, typer.Option(
    "--date", metavar="YYYY-MM-DD", callback=_check_date,
    help="Publication date for documents whose source gives none.")]
PathsArg = Annotated[list[str], typer.Argument(
    metavar="PATH", help="Files, folders (read recursively) or - for stdin.")]

# ---------------------------------------------------------------- messages


class _StderrHandler(logging.Handler):
    """One line per log record on the *current* ``sys.stderr`` (test runners swap it)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:  # logging must never break the command
            self.handleError(record)


def _one_line(message: object) -> str:
    """A message on one line; SQLAlchemy's "(Background on this error …)" link dropped."""
    lines = (line.strip() for line in str(message).splitlines())
    return " ".join(line for line in lines if line and not line.startswith("(Background on"))


def _say(label: str, style: str, message: str) -> None:
    err.print(Text.assemble((label, style), " ", _one_line(message)))


def _report_problem(problem: Problem) -> None:
    if problem.fatal:
        _say("Error:", "bold red", f"{problem.origin}: {problem.reason}")
    else:
        _say("Warning:", "yellow", f"{problem.origin}: {problem.reason}")


def _report_skipped(result: Result, *, no_event: bool = True) -> None:
    """Why a document has no events (stderr), so stdout keeps only the data.

    An unreadable file's stand-in says nothing more: its problem was reported as it came.
    """
    from communique.batch import UNREADABLE

    document = result.document
    where = f"{document.origin} ({document.id})" if document.origin else document.id
    if result.skipped and result.skipped.startswith(UNREADABLE):
        return
    if result.skipped:
        _say("Not coded:", "yellow", f"{where}: {result.skipped}")
    elif no_event and not result.events:
        _say("No event:", "dim", f"{where}: no event found")


class _SkipFilter(logging.Filter):
    """Drop the pipeline's per-document "doc=<id> <reason>" warning at default verbosity:
    the CLI reports each document it did not code itself, naming its file too."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.name == "communique.pipeline" and str(record.msg).startswith("doc="))


@contextmanager
def _command(verbose: int = 0) -> Iterator[None]:
    """Run a command body: library logs on stderr, library errors as one line and exit 1."""
    logger = logging.getLogger("communique")
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    handler = _StderrHandler(level)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    if verbose == 0:
        handler.addFilter(_SkipFilter())
    previous = logger.level
    logger.addHandler(handler)
    logger.setLevel(level)
    try:
        yield
    except CommuniqueError as exc:
        _say("Error:", "bold red", str(exc))
        raise typer.Exit(1) from exc
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


# ---------------------------------------------------------------- ingest


@app.command("ingest")
def ingest_cmd(
    paths: PathsArg,
    db: DbOpt = Path(DEFAULT_DB),
    date: DateOpt = None,
    source: Annotated[str | None, typer.Option(
        metavar="NAME", help="Source name for documents whose source gives none.")] = None,
    reprocess: Annotated[bool, typer.Option(
        "--reprocess", help="Re-extract documents already stored, with the current extractor.")]
    = False,
    verbose: VerboseOpt = 0,
) -> None:
    """Read documents, extract their events and store them (re-running adds nothing)."""
    from communique.store import Store

    with _command(verbose), Store.open(db) as store:
        report = _run_ingest(paths, store, date=date, source=source, reprocess=reprocess)
        _print_ingest_summary(report, store)
    if report.failed:
        raise typer.Exit(1)


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    MofNCompleteColumn(), TextColumn("{task.fields[doc]}"), console=err,
                    transient=True, disable=not err.is_terminal)


def _run_ingest(paths: list[str], store: Store, *, date: str | None, source: str | None,
                reprocess: bool) -> IngestReport:
    from communique.batch import count_documents, ingest_paths
    from communique.pipeline import Pipeline

    with _progress() as progress:
        total = count_documents(paths) if err.is_terminal else None
        task = progress.add_task("reading", total=total, doc="")

        def load_pipeline() -> Pipeline:
            progress.update(task, description="loading the French model")
            pipeline = Pipeline()
            progress.update(task, description="ingesting")
            return pipeline

        def on_result(result: Result, outcome: str) -> None:
            _report_skipped(result, no_event=False)
            progress.update(task, advance=1, doc=f"{result.document.id[:40]} ({outcome})")

        def on_problem(problem: Problem) -> None:
            _report_problem(problem)
            # An unreadable input was counted (usually): move on, never past the total.
            if problem.fatal and (total is None or progress.tasks[0].completed < total):
                progress.update(task, advance=1)

        return ingest_paths(paths, store, load_pipeline, pub_date=date, source=source,
                            reprocess=reprocess, on_problem=on_problem, on_result=on_result)


def _print_ingest_summary(report: IngestReport, store: Store) -> None:
    table = Table(title="Ingest summary", show_header=True)
    table.add_column("documents")
    table.add_column("count", justify="right")
    for outcome, label in (("new", "new"), ("updated", "updated (content changed)"),
                           ("reprocessed", "reprocessed"), ("unchanged", "unchanged (skipped)")):
        table.add_row(label, str(report.outcomes.get(outcome, 0)))
    table.add_row("stored, not coded", str(len(report.skipped)))
    table.add_row("unreadable, not stored", str(report.unreadable))
    table.add_row("events added", str(report.events))
    err.print(table)
    skipped = [(label, reason) for label, reason in report.skipped]
    skipped += [(p.origin, p.reason) for p in report.problems if p.fatal]
    if skipped:
        why = Table(title="Skipped", show_header=True)
        why.add_column("input", overflow="fold")
        why.add_column("reason", overflow="fold")
        for label, reason in skipped[:SKIPPED_ROWS]:
            why.add_row(label, _one_line(reason))
        if len(skipped) > SKIPPED_ROWS:
            why.add_row(f"… and {len(skipped) - SKIPPED_ROWS} more", "")
        err.print(why)
    stats = store.stats()
    err.print(f"{report.documents} read, {len(report.skipped)} not coded, "
              f"{report.unreadable} unreadable, {report.events} events added; {store.label}: "
              f"{_plural(stats['documents'], 'document')} ({stats['coded']} coded), "
              f"{_plural(stats['events'], 'event')}")


# ---------------------------------------------------------------- extract


@app.command("extract")
def extract_cmd(
    paths: PathsArg,
    format: Annotated[Literal["jsonl", "json", "table"], typer.Option(
        "--format", "-f", help="jsonl: one line per document (the evaluation format).")]
    = "jsonl",
    date: DateOpt = None,
    verbose: VerboseOpt = 0,
) -> None:
    """Print each document's events without storing them: one JSON line per document.

    Every input document gets its line, in input order, even with no event (the
    reason goes to stderr); stdout holds nothing else.
    """
    problems: list[Problem] = []
    with _command(verbose):
        from communique.batch import extract_paths
        from communique.pipeline import Pipeline

        results = extract_paths(paths, Pipeline(), pub_date=date, problems=problems,
                                on_problem=_report_problem)
        if format == "jsonl":
            for result in results:
                _report_skipped(result)
                sys.stdout.write(json.dumps(result.to_gold(), ensure_ascii=False) + "\n")
                sys.stdout.flush()  # a line as soon as its document is done
        elif format == "json":
            gold = []
            for result in results:
                _report_skipped(result)
                gold.append(result.to_gold())
            sys.stdout.write(json.dumps(gold, ensure_ascii=False, indent=2) + "\n")
        else:
            rows = []
            for result in results:
                _report_skipped(result)
                rows += [dict(e, doc_id=result.document.id) for e in result.to_gold()["events"]]
            out.print(_events_table(rows, title=_plural(len(rows), "event")))
    if any(p.fatal for p in problems):
        raise typer.Exit(1)


# ---------------------------------------------------------------- events


def _side(codes: list[str]) -> str:
    return ",".join(codes) or "-"


def _events_table(rows: list[dict[str, Any]], *, title: str, numbered: bool = False) -> Table:
    """Events as a four-column table that stays readable in 80 columns (or piped).

    Codes go first and bold, names, modes and places dim below them; the
    evidence column takes whatever width is left.
    """
    table = Table(title=title, show_lines=True)
    table.add_column("#" if numbered else "doc / type", overflow="fold", max_width=22)
    table.add_column("actor → recipient", overflow="fold", ratio=1)
    table.add_column("date / place / status", overflow="fold", max_width=24)
    table.add_column("evidence", overflow="fold", ratio=2)
    for n, row in enumerate(rows, 1):
        head = Text(str(n) if numbered else row.get("doc_id", ""), style="dim")
        head.append(f"\n{row['type']}", style="bold")
        if row.get("mode"):
            head.append(f" {row['mode']}")
        who = Text(f"{_side(row['actor'])} → {_side(row['recipient'])}", style="bold")
        names = [", ".join(row.get(k) or []) or "-" for k in ("actor_names", "recipient_names")]
        if names != ["-", "-"]:
            who.append(f"\n{names[0]} → {names[1]}", style="dim")
        when = Text(row.get("date") or "no date")
        if row.get("date_end"):
            when.append(f" … {row['date_end']}")
        place = row.get("location") or ""
        if row.get("location_country"):
            place = f"{place} ({row['location_country']})".strip()
        if place:
            when.append(f"\n{place}", style="dim")
        when.append(f"\n{row.get('status') or ''}", style="italic")
        evidence = " ".join((row.get("evidence") or "").split())
        if len(evidence) > EVIDENCE_CHARS:
            evidence = evidence[:EVIDENCE_CHARS] + "…"
        table.add_row(head, who, when, Text(evidence))
    return table


@app.command("events")
def events_cmd(
    db: DbOpt = Path(DEFAULT_DB),
    country: Annotated[str | None, typer.Option(
        metavar="CODE", callback=_check_code, help="Polity on either side, e.g. VNM.")] = None,
    dyad: Annotated[str | None, typer.Option(
        metavar="CODE-CODE", callback=_check_dyad,
        help="Both polities take part, either direction: VNM-BLR.")] = None,
    type: Annotated[str | None, typer.Option(
        "--type", metavar="TYPE", callback=_check_choice(EVENT_TYPES),
        help="Event type: " + ", ".join(EVENT_TYPES) + ".")] = None,
    since: Annotated[str | None, typer.Option(
        metavar="DATE", callback=_check_year_date,
        help="Events ending on or after: 2023, 2023-01 or 2023-01-15.")] = None,
    until: Annotated[str | None, typer.Option(
        metavar="DATE", callback=_check_year_date,
        help="Events starting on or before (same forms). Dates without a year are left out "
             "by --since and --until.")] = None,
    status: Annotated[str | None, typer.Option(
        metavar="STATUS", callback=_check_choice(STATUSES),
        help="Status: " + ", ".join(STATUSES) + ".")] = None,
    limit: Annotated[int | None, typer.Option(metavar="N", min=1,
                                              help="At most N events.")] = None,
    format: Annotated[Literal["table", "json", "jsonl", "csv"], typer.Option(
        "--format", "-f", help="Output format.")] = "table",
) -> None:
    """List stored events, filtered by country, dyad, type, dates and status."""
    pair = tuple(dyad.split("-")) if dyad else None
    with _command():
        with _open_existing(db) as store:
            rows = store.events(country=country, dyad=pair, type=type,
                                since=since, until=until, status=status, limit=limit)
        _print_rows(rows, format)
        if not rows:
            _say("Note:", "yellow", f"no event matches these filters in {db}")


@contextmanager
def _open_existing(db: Path) -> Iterator[Store]:
    """The store at ``db``; a ConfigError, not a new empty database, when it is missing."""
    from communique.store import Store

    if not db.is_file():
        raise ConfigError(f"no database at {db}; run `communique ingest PATH... --db {db}` first")
    with Store.open(db) as store:
        yield store


CSV_FIELDS = ["doc_id", "type", "mode", "actor", "recipient", "actor_names", "recipient_names",
              "date", "date_end", "location", "location_country", "status", "sectors",
              "evidence", "evidence_start", "evidence_end", "rule"]


def _print_json(rows: list[dict[str, Any]], format: str) -> bool:
    """Write rows as JSON or JSON Lines when ``format`` asks for it; say whether it did."""
    if format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif format == "jsonl":
        sys.stdout.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    else:
        return False
    return True


def _print_rows(rows: list[dict[str, Any]], format: str) -> None:
    if format == "table":
        out.print(_events_table(rows, title=_plural(len(rows), "event")))
    elif not _print_json(rows, format):
        # Lists joined with ";" (codes and names never contain one) so a cell is one value.
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_FIELDS, extrasaction="ignore",
                                lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: ";".join(v) if isinstance(v, list) else v
                             for k, v in row.items()})


# ---------------------------------------------------------------- show and search


@app.command("show")
def show_cmd(
    doc_id: Annotated[str, typer.Argument(metavar="DOC_ID", help="Document id.")],
    db: DbOpt = Path(DEFAULT_DB),
    cleaned: Annotated[bool, typer.Option(
        "--cleaned", help="Print the cleaned text (no highlights: evidence offsets point into "
                          "the original).")] = False,
) -> None:
    """Show a stored document with its events' evidence highlighted, then its events."""
    with _command():
        with _open_existing(db) as store:
            record = store.document(doc_id)
        if record is None:
            raise NotFoundError(f"no document {doc_id!r} in {db}; find ids with "
                                f"`communique search` or `communique events`")
    events = record.get("events") or []
    head = Text(record["id"], style="bold")
    for key in ("pub_date", "source", "origin"):
        if record.get(key):
            head.append(f"  {key}: {record[key]}")
    out.print(head)
    if record.get("status") == "skipped":
        out.print(Text(f"not coded: {record.get('skip_reason')}", style="yellow"))
    if cleaned:
        out.print(Text(record.get("cleaned_text") or "(no cleaned text stored)"))
    else:
        out.print(_highlight(record.get("text") or "", events, plain=out.color_system is None))
    out.print(_events_table(events, title=_plural(len(events), "event"), numbered=True))


def _highlight(text: str, events: list[dict[str, Any]], *, plain: bool) -> Text:
    """The text with each evidence span styled and labelled with its event numbers.

    Overlapping spans (two events read from one sentence) are merged into one.
    Without colours (piped output) the spans are bracketed ``[[…]]`` instead.
    """
    spans: list[list[Any]] = []  # [start, end, [event numbers]]
    located = sorted((e.get("evidence_start"), e.get("evidence_end"), n)
                     for n, e in enumerate(events, 1)
                     if isinstance(e.get("evidence_start"), int)
                     and isinstance(e.get("evidence_end"), int))
    for start, end, n in located:
        if not 0 <= start < end <= len(text):
            continue
        if spans and start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
            spans[-1][2].append(n)
        else:
            spans.append([start, end, [n]])
    result = Text()
    position = 0
    for start, end, numbers in spans:
        result.append(text[position:start])
        result.append("[[" if plain else "")
        result.append(text[start:end], style="bold yellow")
        result.append("]]" if plain else "")
        result.append(f"{{{','.join(map(str, sorted(numbers)))}}}", style="cyan")
        position = end
    result.append(text[position:])
    return result


@app.command("search")
def search_cmd(
    query: Annotated[str, typer.Argument(metavar="TEXT", help='Words (all required) or '
                                                              '"a phrase".')],
    db: DbOpt = Path(DEFAULT_DB),
    limit: Annotated[int, typer.Option(metavar="N", min=1, help="At most N documents.")] = 20,
    format: Annotated[Literal["table", "json", "jsonl"], typer.Option(
        "--format", "-f", help="Output format.")] = "table",
) -> None:
    """Full-text search over stored titles and texts (accents ignored: Hanoi finds Hanoï)."""
    with _command(), _open_existing(db) as store:
        if format == "table":
            hits = store.search(query, limit=limit, open_mark=_SEARCH_OPEN,
                                close_mark=_SEARCH_CLOSE)
        else:
            hits = store.search(query, limit=limit)
    if _print_json(hits, format):
        return
    table = Table(title=f"{_plural(len(hits), 'document')} for {query!r}", show_lines=True)
    for col in ("doc", "date", "title", "snippet"):
        table.add_column(col, overflow="fold", ratio=2 if col == "snippet" else None)
    for hit in hits:
        table.add_row(Text(hit["doc_id"]), Text(hit.get("pub_date") or ""),
                      Text(hit.get("title") or ""),
                      _marked(hit.get("snippet") or "", plain=out.color_system is None))
    out.print(table)


@app.command("actors")
def actors_cmd(
    db: DbOpt = Path(DEFAULT_DB),
    country: Annotated[str | None, typer.Option(
        metavar="CODE", help="Only actors of this polity, e.g. BLR.")] = None,
    name: Annotated[str | None, typer.Option(
        metavar="TEXT", help="Only actors with a spelling containing these words.")] = None,
    limit: Annotated[int, typer.Option(metavar="N", min=1, help="At most N actors.")] = 50,
    format: Annotated[Literal["table", "json", "jsonl"], typer.Option(
        "--format", "-f", help="Output format.")] = "table",
) -> None:
    """People seen across stored documents, spellings merged (Loukachenko = Lukashenko)."""
    with _command(), _open_existing(db) as store:
        rows = store.actors(polity=country.upper() if country else None, name=name, limit=limit)
    if _print_json(rows, format):
        return
    table = Table(title=_plural(len(rows), "actor"), show_lines=True)
    for col in ("actor", "polity", "seen", "roles", "spellings"):
        table.add_column(col, overflow="fold")
    for row in rows:
        seen = f"{row.get('first_seen') or '?'} … {row.get('last_seen') or '?'}"
        roles = ", ".join(r["role"] for r in row.get("roles", []))
        spellings = ", ".join(s["name"] for s in row.get("spellings", []))
        table.add_row(Text(row["name"]), Text(row["polity"] or ""),
                      Text(f"{seen}\n{_plural(row.get('mentions', 0), 'mention')}"), Text(roles),
                      Text(spellings))
    out.print(table)


def _marked(snippet: str, *, plain: bool) -> Text:
    """A search snippet with its matches in bold (in brackets without colours)."""
    result = Text()
    for i, part in enumerate(re.split(f"[{_SEARCH_OPEN}{_SEARCH_CLOSE}]", snippet)):
        if i % 2:
            result.append(f"[{part}]" if plain else part, style="bold yellow")
        else:
            result.append(part)
    return result


# ---------------------------------------------------------------- evaluate and demo


@app.command("evaluate")
def evaluate_cmd(
    gold: Annotated[Path, typer.Argument(
        metavar="GOLD.jsonl", exists=True, dir_okay=False,
        help="Hand-coded events, one article per line (codebook §5).")],
    corpus: Annotated[list[str] | None, typer.Option(
        metavar="PATH", help="The gold's documents (file or folder; repeatable). "
                             "Default: the bundled sample.")] = None,
    explain: Annotated[bool, typer.Option(
        "--explain", help="List each article's true and false positives and misses first.")]
    = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    verbose: VerboseOpt = 0,
) -> None:
    """Run the extractor on the gold's documents; print precision, recall and F1 (§6)."""
    with _command(verbose):
        from communique.batch import extract_paths, sample_docs
        from communique.evaluate import format_report, load_gold, score
        from communique.pipeline import Pipeline

        gold_events = load_gold(gold)
        problems: list[Problem] = []
        with sample_docs() as sample:
            sources = corpus or [str(sample)]
            results = extract_paths(sources, Pipeline(), problems=problems,
                                    on_problem=_report_problem, only=set(gold_events))
            pred = {r.document.id: r.to_gold()["events"] for r in results}
        missing = sorted(set(gold_events) - set(pred))
        if missing:
            _say("Warning:", "yellow",
                 f"{_plural(len(missing), 'gold document')} not in the corpus, scored as "
                 f"predicting nothing: {', '.join(missing[:5])}{' …' if len(missing) > 5 else ''}")
        report = score(gold_events, pred, explain=sys.stdout if explain else None)
        for warning in report.warnings:
            _say("Warning:", "yellow", warning)
    if json_out:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_report(report) + "\n")


@app.command("demo")
def demo_cmd(
    db: Annotated[Path, typer.Option("--db", metavar="FILE", help="Database for the demo.")]
    = Path("demo.db"),
    limit: Annotated[int, typer.Option(metavar="N", min=1, help="Events to print.")] = 40,
) -> None:
    """Ingest the bundled sample (five VNA seeds, OrangeSum articles) and show its events."""
    from communique.batch import sample_docs
    from communique.store import Store

    with _command(), sample_docs() as sample, Store.open(db) as store:
        err.print(f"Ingesting the bundled sample from {sample} into {db} …")
        report = _run_ingest([str(sample)], store, date=None, source=None, reprocess=False)
        _print_ingest_summary(report, store)
        rows = store.events()
    seeds = [r for r in rows if not r["doc_id"].startswith("os-")]
    shown = (seeds + [r for r in rows if r["doc_id"].startswith("os-")])[:limit]
    out.print(_events_table(shown, title=f"{len(shown)} of {_plural(len(rows), 'event')} "
                                         f"(seeds first; all: communique events --db {db})"))


# ---------------------------------------------------------------- entry point


def _version_callback(value: bool) -> None:
    if value:
        sys.stdout.write(f"communique {__version__}\n")
        raise typer.Exit()


@app.callback()
def _main(version: Annotated[bool, typer.Option(
        "--version", callback=_version_callback, is_eager=True, help="Print the version.")]
        = False) -> None:
    """French-language diplomatic news to structured, explainable event data."""


def main() -> None:
    """Console-script entry point.

    Output is UTF-8 whatever the locale says (``PYTHONIOENCODING=ascii``, a
    Windows code page): JSON Lines and CSV are UTF-8 by contract, and French
    text would otherwise crash the first ``é`` it meets.
    """
    for stream, errors in ((sys.stdout, "strict"), (sys.stderr, "backslashreplace")):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors=errors)
    app()
