"""Bad input through ``communique ingest``: one clear line per problem, nothing stored is lost.

Each case starts from a copy of a database that already holds a seed article,
ingests one bad file (or a good and a bad one together), and checks the exit
code, the one-line message naming the file and the reason, and that the rows
stored before are untouched.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.store import Store

DATA = Path(__file__).parent / "data" / "cli"
SEED = DATA / "seeds" / "000_16a7b6badb296c05.txt"
SEED_ID = "000_16a7b6badb296c05"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x02\x00\x00\x00"
FRENCH = ("Le Premier ministre français a rencontré le chancelier allemand à Berlin le 3 mars "
          "2021 pour discuter de la coopération en matière de défense.\n")
ENGLISH = ("The President of the United States met the Prime Minister of Japan in Washington on "
           "Tuesday to discuss trade and security in the Pacific region, the White House said.\n")

pytestmark = pytest.mark.model  # a good document in the batch loads the model


def run(*args: str | Path):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, [str(a) for a in args],
                              env={"COLUMNS": "100", "NO_COLOR": "1", "COMMUNIQUE_DB": None})


def messages(stderr: str) -> list[str]:
    """The one-line messages of stderr (not the rows of the summary tables)."""
    return [line for line in stderr.splitlines()
            if line.startswith(("Error:", "Warning:", "Not coded:"))]


def snapshot(db: Path) -> tuple[dict, list[tuple]]:
    """What is stored: counts, and every event row's identity and content."""
    with Store.open(db) as store:
        events = [(e["id"], e["doc_id"], e["type"], e["evidence_start"]) for e in store.events()]
        return store.stats(), events


@pytest.fixture(scope="module")
def base_db(tmp_path_factory: pytest.TempPathFactory, nlp) -> Path:  # type: ignore[no-untyped-def]
    db = tmp_path_factory.mktemp("base") / "base.db"
    result = run("ingest", SEED, "--db", db)
    assert result.exit_code == 0, result.stderr
    return db


@pytest.fixture
def db(base_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "work.db"
    shutil.copy(base_db, copy)
    return copy


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("vide.txt", b"", "empty file"),
    ("blancs.txt", b"  \n\n\t \n", "empty file"),
    ("photo.txt", PNG, "binary file"),
    ("page.html", b"", "empty file"),
    ("rapport.docx", b"PK\x03\x04 not a text format", "unsupported file type .docx"),
    ("articles.jsonl", b"\n\n", "empty file"),
])
def test_bad_input_unreadable_file_is_one_line_and_exit_1(db: Path, tmp_path: Path, name: str,
                                                          content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = snapshot(db)
    result = run("ingest", path, "--db", db)
    assert result.exit_code == 1, result.output
    naming = [m for m in messages(result.stderr) if name in m]
    assert len(naming) == 1, result.stderr
    assert naming[0].startswith("Error:") and reason in naming[0]
    assert snapshot(db) == before


def test_bad_input_missing_path_is_reported(db: Path, tmp_path: Path) -> None:
    result = run("ingest", tmp_path / "absent.txt", "--db", db)
    assert result.exit_code == 1
    assert [m for m in messages(result.stderr) if "absent.txt" in m] == [
        f"Error: {tmp_path / 'absent.txt'}: no such file or directory"]


def test_bad_input_latin1_is_read_with_a_warning(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(FRENCH.encode("latin-1"))
    result = run("ingest", path, "--db", db)
    assert result.exit_code == 0, result.stderr
    (warning,) = [m for m in messages(result.stderr) if "latin.txt" in m]
    assert warning.startswith("Warning:") and "not valid UTF-8" in warning
    with Store.open(db) as store:
        document = store.document("latin")
        assert document is not None and "rencontré le chancelier" in document["text"]
        assert store.document(SEED_ID) is not None


def test_bad_input_malformed_jsonl_line_is_named_and_other_lines_go_in(db: Path,
                                                                       tmp_path: Path) -> None:
    path = tmp_path / "fil.jsonl"
    good = [{"id": "fil-1", "text": FRENCH, "date": "2021-03-03"},
            {"id": "fil-3", "text": FRENCH.replace("Berlin", "Bonn"), "date": "2021-03-04"}]
    path.write_text(json.dumps(good[0], ensure_ascii=False) + "\n"
                    + '{"id": "fil-2", "text": "Le président a\n'
                    + json.dumps(good[1], ensure_ascii=False) + "\n", encoding="utf-8")
    stats_before, events_before = snapshot(db)
    result = run("ingest", path, "--db", db)
    assert result.exit_code == 1
    naming = [m for m in messages(result.stderr) if "fil.jsonl" in m]
    assert len(naming) == 1 and "fil.jsonl:2" in naming[0] and "invalid JSON" in naming[0]
    stats_after, events_after = snapshot(db)
    assert stats_after["documents"] == stats_before["documents"] + 2
    assert set(events_before) <= set(events_after)  # the seed's rows are the same rows
    with Store.open(db) as store:
        assert store.document("fil-1") and store.document("fil-3")
        assert store.document("fil-2") is None


def test_bad_input_non_french_is_stored_and_flagged_not_coded(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "english.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    result = run("ingest", path, "--db", db)
    assert result.exit_code == 0, result.stderr
    naming = [m for m in messages(result.stderr) if "english.txt" in m]
    assert len(naming) == 1 and naming[0].startswith("Not coded:") and "not French" in naming[0]
    with Store.open(db) as store:
        document = store.document("english")
        assert document is not None and document["status"] == "skipped"
        assert "not French" in document["skip_reason"] and document["events"] == []


def test_bad_input_good_and_bad_together_store_the_good(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "vide.txt"
    bad.write_bytes(b"")
    good = tmp_path / "bonne.txt"
    good.write_text(FRENCH, encoding="utf-8")
    before = snapshot(db)
    result = run("ingest", bad, good, "--db", db)
    assert result.exit_code == 1
    assert "1 unreadable" in result.stderr
    stats, events = snapshot(db)
    assert stats["documents"] == before[0]["documents"] + 1
    assert set(before[1]) <= set(events)
