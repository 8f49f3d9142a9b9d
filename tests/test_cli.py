"""The command line as a user runs it: ingest, events, show, search, extract, evaluate, demo.

Commands run in-process through Typer's CliRunner (stdout and stderr apart), on
the samples in ``tests/data/cli`` and a database in a temporary folder.  The
spaCy model is loaded once (``load_nlp`` is cached; the session ``nlp`` fixture
loads it first) and one module-scoped ingest serves the query tests.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique import __version__
from communique.cli import app
from communique.store import Store

DATA = Path(__file__).parent / "data" / "cli"
SEED_000 = DATA / "seeds" / "000_16a7b6badb296c05.txt"
SEED_001 = DATA / "seeds" / "001_e52cb4cd3b8fc08c.txt"
ORANGESUM = DATA / "orangesum_2.jsonl"
GOLD = DATA / "gold_seeds.jsonl"
INPUTS = [SEED_000, SEED_001, ORANGESUM]
DOC_IDS = ["000_16a7b6badb296c05", "001_e52cb4cd3b8fc08c", "os-018595", "os-028327"]
ENGLISH = (
    "The President of the United States met the Prime Minister of Japan in Washington on "
    "Tuesday to discuss trade and security in the Pacific region, the White House said."
)
ANSI = re.compile(r"\x1b\[")


def run(*args: str | Path, input: str | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    """Invoke the CLI in-process, at a fixed width, without colours."""
    environment = {"COLUMNS": "100", "NO_COLOR": "1", "COMMUNIQUE_DB": None, **(env or {})}
    return CliRunner().invoke(app, [str(a) for a in args], input=input, env=environment)


def messages(stderr: str) -> list[str]:
    """The one-line messages of stderr (not the rows of the summary tables)."""
    return [line for line in stderr.splitlines()
            if line.startswith(("Error:", "Warning:", "Not coded:", "No event:", "Note:"))]


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory, nlp) -> Path:  # type: ignore[no-untyped-def]
    """A database holding the two seeds and the two OrangeSum records."""
    db = tmp_path_factory.mktemp("cli") / "test.db"
    result = run("ingest", *INPUTS, "--db", db)
    assert result.exit_code == 0, result.stderr
    return db


def rows(db: Path, *args: str) -> list[dict]:
    result = run("events", "--db", db, "--format", "jsonl", *args)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


# ---------------------------------------------------------------- no model needed


def test_cli_version_prints_the_package_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"communique {__version__}"


def test_cli_help_lists_every_command() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in ("ingest", "extract", "events", "show", "search", "actors", "evaluate", "demo"):
        assert re.search(rf"\b{command}\b", result.stdout), command


@pytest.mark.parametrize("args", [["events"], ["show", "000_16a7b6badb296c05"],
                                  ["search", "Hanoï"]])
def test_cli_query_without_database_says_to_ingest_first(tmp_path: Path, args: list[str]) -> None:
    db = tmp_path / "missing.db"
    result = run(*args, "--db", db)
    assert result.exit_code == 1
    assert messages(result.stderr) == [line for line in result.stderr.splitlines() if line]
    assert len(messages(result.stderr)) == 1
    assert "communique ingest" in result.stderr and str(db) in result.stderr
    assert not db.exists(), "a query must not create an empty database"


@pytest.mark.parametrize("args", [
    ["events", "--format", "xml"],
    ["events", "--type", "HUG"],
    ["events", "--since", "2023-13"],
    ["events", "--until=--12-07"],
    ["events", "--dyad", "VNM"],
    ["events", "--status", "maybe"],
    ["events", "--limit", "0"],
    ["ingest", str(SEED_000), "--date", "demain"],
    ["extract"],
    ["evaluate", "no-such-gold.jsonl"],
    ["frobnicate"],
])
def test_cli_usage_errors_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 args: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert "Usage:" in result.stderr
    assert list(tmp_path.iterdir()) == []  # rejected before anything is opened


def test_cli_library_error_is_one_error_line(tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("Ceci n'est pas une base de données.\n", encoding="utf-8")
    result = run("events", "--db", not_a_db)
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: ") and str(not_a_db) in lines[0]
    assert result.stdout == ""


# ---------------------------------------------------------------- ingest and queries


@pytest.mark.model
def test_cli_ingest_stores_documents_and_events(ingested: Path) -> None:
    with Store.open(ingested) as store:
        stats = store.stats()
        assert stats["documents"] == len(DOC_IDS)
        assert stats["events"] > 0
        assert {doc_id for doc_id in DOC_IDS if store.document(doc_id)} == set(DOC_IDS)


@pytest.mark.model
def test_cli_ingest_again_adds_nothing(ingested: Path, tmp_path: Path) -> None:
    db = tmp_path / "again.db"
    shutil.copy(ingested, db)
    before = {row["id"] for row in rows(db)}
    result = run("ingest", *INPUTS, "--db", db)
    assert result.exit_code == 0, result.stderr
    assert re.search(r"unchanged \(skipped\)\s*│\s*4\s*│", result.stderr)
    assert "0 events added" in result.stderr
    assert {row["id"] for row in rows(db)} == before  # same rows, not rewritten ones


@pytest.mark.model
def test_cli_ingest_reprocess_recodes_stored_documents(ingested: Path, tmp_path: Path) -> None:
    db = tmp_path / "reprocess.db"
    shutil.copy(ingested, db)
    before = rows(db)
    result = run("ingest", SEED_000, SEED_001, "--db", db, "--reprocess")
    assert result.exit_code == 0, result.stderr
    assert re.search(r"reprocessed\s*│\s*2\s*│", result.stderr)
    after = rows(db)
    seeds = {"000_16a7b6badb296c05", "001_e52cb4cd3b8fc08c"}
    recoded = [r["id"] for r in after if r["doc_id"] in seeds]
    assert recoded and not set(recoded) & {r["id"] for r in before}  # new rows for the seeds
    kept = {r["id"] for r in after if r["doc_id"] not in seeds}
    assert kept == {r["id"] for r in before if r["doc_id"] not in seeds}
    same = ("type", "actor", "recipient", "evidence_start")
    assert sorted(tuple(map(str, (r[k] for k in same))) for r in after) == sorted(
        tuple(map(str, (r[k] for k in same))) for r in before)


@pytest.mark.model
@pytest.mark.parametrize(("option", "check"), [
    (["--country", "blr"], lambda r: "BLR" in r["actor"] + r["recipient"]),
    (["--dyad", "VNM-BLR"], lambda r: {"VNM", "BLR"} <= set(r["actor"] + r["recipient"])),
    (["--dyad", "BLR-VNM"], lambda r: {"VNM", "BLR"} <= set(r["actor"] + r["recipient"])),
    (["--type", "consult"], lambda r: r["type"] == "CONSULT"),
    (["--status", "occurred"], lambda r: r["status"] == "occurred"),
    (["--since", "2016-04", "--until", "2016-12"],
     lambda r: r["date"] is not None and r["date"][:4] == "2016"),
])
def test_cli_events_filters_keep_only_matching_events(ingested: Path, option: list[str],
                                                      check) -> None:  # type: ignore[no-untyped-def]
    found = rows(ingested, *option)
    assert found, f"no event for {option}"
    assert all(check(row) for row in found), [r for r in found if not check(r)]
    assert len(found) < len(rows(ingested)) or option[0] == "--status"


@pytest.mark.model
def test_cli_events_dyad_matches_either_direction(ingested: Path) -> None:
    assert rows(ingested, "--dyad", "VNM-BLR") == rows(ingested, "--dyad", "BLR-VNM")


@pytest.mark.model
def test_cli_events_limit_and_json_output(ingested: Path) -> None:
    result = run("events", "--db", ingested, "--format", "json", "--limit", "2")
    assert result.exit_code == 0
    parsed = json.loads(result.stdout)
    assert len(parsed) == 2
    assert {"doc_id", "type", "actor", "recipient", "date", "evidence", "evidence_start"} <= set(
        parsed[0])


@pytest.mark.model
def test_cli_events_csv_has_header_and_one_row_per_event(ingested: Path) -> None:
    result = run("events", "--db", ingested, "--format", "csv")
    assert result.exit_code == 0
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(table) == len(rows(ingested))
    assert all(row["type"] and row["evidence"] for row in table)
    assert any(";" in row["actor"] for row in table)  # joint actors in one cell


@pytest.mark.model
def test_cli_events_table_renders_when_not_a_terminal(ingested: Path) -> None:
    result = run("events", "--db", ingested)
    assert result.exit_code == 0
    assert not ANSI.search(result.stdout)
    assert "CONSULT" in result.stdout and "os-028327" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 100


@pytest.mark.model
def test_cli_show_brackets_every_evidence_span(ingested: Path) -> None:
    doc_id = "001_e52cb4cd3b8fc08c"
    result = run("show", doc_id, "--db", ingested)
    assert result.exit_code == 0, result.stderr
    flat = " ".join(result.stdout.split())
    marked = [" ".join(m.split()) for m in re.findall(r"\[\[(.*?)\]\]\{[\d,]+\}", flat)]
    events = rows(ingested)
    evidence = [" ".join(r["evidence"].split()) for r in events if r["doc_id"] == doc_id]
    assert evidence
    for text in evidence:
        assert any(text in span for span in marked), text
    assert "Tô Lâm" in flat and doc_id in flat


@pytest.mark.model
def test_cli_show_cleaned_prints_the_text_without_captions(ingested: Path) -> None:
    original = run("show", "001_e52cb4cd3b8fc08c", "--db", ingested)
    cleaned = run("show", "001_e52cb4cd3b8fc08c", "--db", ingested, "--cleaned")
    assert cleaned.exit_code == 0
    assert "Photo: VNA/CVN" in original.stdout and "Photo: VNA/CVN" not in cleaned.stdout
    assert "[[" not in cleaned.stdout and "Loukachenko" in cleaned.stdout


@pytest.mark.model
def test_cli_events_reads_the_database_from_the_environment(ingested: Path) -> None:
    result = run("events", "--format", "jsonl", env={"COMMUNIQUE_DB": str(ingested)})
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == len(rows(ingested))


@pytest.mark.model
def test_cli_events_says_when_nothing_matches(ingested: Path) -> None:
    result = run("events", "--db", ingested, "--country", "ZZZ", "--format", "jsonl")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert messages(result.stderr) == [f"Note: no event matches these filters in {ingested}"]


@pytest.mark.model
def test_cli_show_unknown_document_is_one_error_line(ingested: Path) -> None:
    result = run("show", "os-999999", "--db", ingested)
    assert result.exit_code == 1
    assert messages(result.stderr) == ["Error: " + result.stderr.split("Error: ", 1)[1].strip()]
    assert "os-999999" in result.stderr


@pytest.mark.model
@pytest.mark.parametrize(("query", "doc_id"), [
    ("Hanoi", "000_16a7b6badb296c05"),  # accents ignored: the text has "Hanoï"
    ("Loukachenko", "001_e52cb4cd3b8fc08c"),
    ('"Conseil de sécurité"', "os-018595"),
])
def test_cli_search_finds_the_document(ingested: Path, query: str, doc_id: str) -> None:
    result = run("search", query, "--db", ingested, "--format", "jsonl")
    assert result.exit_code == 0
    assert doc_id in [json.loads(line)["doc_id"] for line in result.stdout.splitlines()]


@pytest.mark.model
def test_cli_search_table_shows_matches_literally(ingested: Path) -> None:
    # "[capitale]" would be Rich markup (a style named "capitale") if printed as a string.
    result = run("search", "capitale", "--db", ingested)
    assert result.exit_code == 0
    assert "[capitale]" in result.stdout


# ---------------------------------------------------------------- extract


@pytest.mark.model
def test_cli_extract_prints_one_line_per_document_in_order(tmp_path: Path) -> None:
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")
    english = tmp_path / "english.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    result = run("extract", SEED_001, empty, english, ORANGESUM, SEED_000)
    lines = result.stdout.splitlines()
    assert [json.loads(line)["doc_id"] for line in lines] == [
        "001_e52cb4cd3b8fc08c", "vide", "english", "os-018595", "os-028327",
        "000_16a7b6badb296c05"]
    parsed = [json.loads(line) for line in lines]
    assert all(set(p) == {"doc_id", "pub_date", "events"} for p in parsed)
    assert parsed[1]["events"] == [] and parsed[2]["events"] == []
    assert parsed[0]["events"] and parsed[5]["events"]
    assert parsed[4]["pub_date"] == "2016-04-24"  # from the record
    assert not ANSI.search(result.stdout)
    assert max(map(len, lines)) > 1000  # long lines are not wrapped
    assert any("vide.txt" in m and "empty" in m for m in messages(result.stderr))
    assert any("english.txt" in m and "not French" in m for m in messages(result.stderr))
    assert result.exit_code == 1  # the empty file could not be read


@pytest.mark.model
def test_cli_extract_reads_stdin_with_a_publication_date() -> None:
    text = SEED_000.read_text(encoding="utf-8")
    result = run("extract", "-", "--date", "2023-12-08", input=text)
    assert result.exit_code == 0, result.stderr
    (line,) = result.stdout.splitlines()
    record = json.loads(line)
    assert record["doc_id"] == "stdin" and record["pub_date"] == "2023-12-08"
    assert "2023-12-07" in [event["date"] for event in record["events"]]  # year from --date


@pytest.mark.model
@pytest.mark.parametrize("format", ["json", "table"])
def test_cli_extract_other_formats(format: str) -> None:
    result = run("extract", SEED_000, ORANGESUM, "--format", format)
    assert result.exit_code == 0, result.stderr
    if format == "json":
        assert [r["doc_id"] for r in json.loads(result.stdout)] == [
            "000_16a7b6badb296c05", "os-018595", "os-028327"]
    else:
        assert "000_16a7b6badb29" in result.stdout and "CONSULT" in result.stdout


# ---------------------------------------------------------------- evaluate and demo


@pytest.mark.model
def test_cli_evaluate_scores_the_tiny_gold() -> None:
    gold_events = sum(len(json.loads(line)["events"]) for line in GOLD.open(encoding="utf-8"))
    result = run("evaluate", GOLD, "--corpus", DATA / "seeds", "--json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    micro = report["events"]["micro"]
    assert report["articles"] == {"gold": 2, "missing_in_pred": 0, "extra_in_pred": 0}
    assert micro["tp"] + micro["fn"] == gold_events
    assert micro["tp"] > 0 and 0 < micro["f1"] <= 1
    assert "CONSULT" in report["events"]["per_type"]


@pytest.mark.model
def test_cli_evaluate_uses_the_bundled_sample_and_explains() -> None:
    result = run("evaluate", GOLD, "--explain")
    assert result.exit_code == 0, result.stderr
    assert "== 000_16a7b6badb296c05: TP" in result.stdout
    assert "== 001_e52cb4cd3b8fc08c: TP" in result.stdout
    assert re.search(r"^articles: 2 in gold, 0 without predictions", result.stdout, re.M)
    assert re.search(r"^events \(micro\)\s+\d+", result.stdout, re.M)


@pytest.mark.model
def test_cli_evaluate_bad_gold_is_one_error_line(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc_id": "x", "events": [}\n', encoding="utf-8")
    result = run("evaluate", gold)
    assert result.exit_code == 1
    assert len(messages(result.stderr)) == 1 and "gold.jsonl:1" in result.stderr


@pytest.mark.model
def test_cli_demo_ingests_the_bundled_sample(tmp_path: Path) -> None:
    from communique.batch import sample_docs

    with sample_docs() as sample:
        expected = len(list((sample / "seeds").iterdir())) + sum(
            1 for line in (sample / "orangesum_sample.jsonl").open(encoding="utf-8")
            if line.strip())
    db = tmp_path / "demo.db"
    result = run("demo", "--db", db, "--limit", "5")
    assert result.exit_code == 0, result.stderr
    assert re.search(rf"\b{expected} read\b", result.stderr)
    assert re.search(r"5 of \d+ events", result.stdout)
    assert "000_16a7b6badb29" in result.stdout  # seeds first
    with Store.open(db) as store:
        assert store.stats()["documents"] == expected


@pytest.mark.model
def test_cli_actors_lists_people_with_polity_and_role(ingested: Path) -> None:
    result = run("actors", "--db", ingested, "--country", "BLR", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    actors = [json.loads(line) for line in result.stdout.splitlines()]
    assert actors and all(a["polity"] == "BLR" for a in actors)
    golovchenko = [a for a in actors if a["name"] == "Roman Golovchenko"]
    assert golovchenko and "Premier ministre" in [r["role"] for r in golovchenko[0]["roles"]]
