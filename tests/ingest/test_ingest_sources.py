"""read_sources: dispatch, directories, stdin, fallbacks, streaming, idempotency."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from ingest_samples import ORANGESUM, SEED_NO_TITLE, SEED_TITLED

from communique.errors import ConfigError
from communique.ingest import read_sources, read_stdin, reader_for
from communique.ingest.language import detect_language
from communique.models import Document, Problem

BODY = "Le Premier ministre biélorusse Roman Golovchenko est arrivé lundi à Hanoï."


@pytest.mark.parametrize(
    ("name", "reader"),
    [
        ("a.txt", "text"), ("a.TXT", "text"), ("a.html", "html"), ("a.htm", "html"),
        ("a.jsonl", "jsonl"), ("a.json", "json"), ("a.rss", "feed"), ("a.atom", "feed"),
        ("a.xml", "feed"), ("a.warc", "warc"), ("crawl.warc.gz", "warc"),
        ("a.gz", None), ("a.md", None), ("README", None),
    ],
)  # fmt: skip
def test_sources_reader_chosen_by_extension(name: str, reader: str | None) -> None:
    assert reader_for(name) == reader


def test_sources_unsupported_extension_names_supported_ones(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_bytes(b"PK\x03\x04")
    (problem,) = read_sources([path])
    assert problem.reason.startswith("unsupported file type .docx; supported: .atom, .htm")
    assert ".warc.gz" in problem.reason


@pytest.mark.parametrize("given", [str(SEED_TITLED), SEED_TITLED])
def test_sources_single_path_not_split_into_characters(given: str | Path) -> None:
    (doc,) = read_sources(given)  # type: ignore[arg-type]
    assert doc.id == SEED_TITLED.stem


def test_sources_missing_path_is_a_problem_and_reading_goes_on(tmp_path: Path) -> None:
    missing = tmp_path / "absent.txt"
    problem, doc = read_sources([missing, SEED_TITLED])
    assert problem == Problem(origin=str(missing), reason="no such file or directory")
    assert doc.id == SEED_TITLED.stem


def test_sources_directory_recursive_sorted_hidden_skipped(tmp_path: Path) -> None:
    for relative in [
        "b/2.txt",
        "a/1.txt",
        "z.txt",
        ".cache/x.txt",
        "a/.brouillon.txt",
        "a/sub/0.txt",
        "A.txt",
    ]:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{relative}\n\n{BODY}", encoding="utf-8")
    (tmp_path / "lisez-moi.md").write_text("# Notes", encoding="utf-8")
    items = list(read_sources([tmp_path]))
    documents = [item for item in items if isinstance(item, Document)]
    assert [doc.title for doc in documents] == [
        "A.txt",
        "a/1.txt",
        "a/sub/0.txt",
        "b/2.txt",
        "z.txt",
    ]
    (problem,) = [item for item in items if isinstance(item, Problem)]
    assert problem.origin == str(tmp_path / "lisez-moi.md")
    assert [d.id for d in read_sources([tmp_path]) if isinstance(d, Document)] == [
        d.id for d in documents
    ]


def test_sources_empty_directory_is_a_problem(tmp_path: Path) -> None:
    (problem,) = read_sources([tmp_path])
    assert problem.reason == "directory has no files"


def test_sources_are_streamed_lazily(tmp_path: Path) -> None:
    later = tmp_path / "plus-tard.txt"
    stream = read_sources([SEED_NO_TITLE, later])
    assert next(stream).id == SEED_NO_TITLE.stem
    later.write_text(BODY, encoding="utf-8")  # only now: the first item came before
    assert next(stream).id == "plus-tard"
    assert next(stream, None) is None


def test_sources_date_and_source_fill_only_what_is_missing(tmp_path: Path) -> None:
    items = list(read_sources([SEED_TITLED, ORANGESUM], pub_date="2020-12-08", source="VNA"))
    seed, orange_1, orange_2 = items
    assert (seed.pub_date, seed.source) == ("2020-12-08", "VNA")
    assert (orange_1.pub_date, orange_1.source) == ("2017-06-01", "OrangeSum")
    assert orange_2.pub_date == "2018-04-27"


@pytest.mark.parametrize("bad", ["demain", "2020-02-30", "12/08"])
def test_sources_invalid_date_argument_raises_before_reading(bad: str) -> None:
    with pytest.raises(ConfigError, match="expected YYYY-MM-DD"):
        read_sources([SEED_TITLED], pub_date=bad)


def test_sources_stdin_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    data = SEED_TITLED.read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (doc,) = read_sources(["-"], source="VNA")
    assert doc.id == "stdin"
    assert doc.origin == "-"
    assert doc.text == data.decode("utf-8")
    assert doc.title == "Le Vietnam renforce sa coopération avec l'Azerbaïdjan"
    assert doc.source == "VNA"
    assert doc.language == "fr"


def test_sources_stdin_jsonl_sniffed_and_line_numbered() -> None:
    lines = ["", json.dumps({"text": BODY}), "{pas du json}", json.dumps({"id": "x", "text": BODY})]
    stream = io.BytesIO(("\n".join(lines) + "\n").encode("utf-8"))
    first, problem, last = read_stdin(stream)
    assert (first.id, first.origin) == ("stdin-2", "-:2")
    assert (problem.origin, problem.reason) == (
        "-:3",
        "invalid JSON: Expecting property name enclosed in double quotes (column 2)",
    )
    assert last.id == "x"


@pytest.mark.parametrize("data", [b"", b"\n \n"])
def test_sources_stdin_empty_is_a_problem(data: bytes) -> None:
    (problem,) = read_stdin(io.BytesIO(data))
    assert problem == Problem(origin="-", reason="empty input")


def test_sources_same_content_same_hash(tmp_path: Path) -> None:
    copy = tmp_path / "copie.txt"
    copy.write_bytes(SEED_TITLED.read_bytes())
    changed = tmp_path / "modifie.txt"
    changed.write_bytes(SEED_TITLED.read_bytes().replace(b"Azerba", b"Azerbai", 1))
    original, duplicate, edited = read_sources([SEED_TITLED, copy, changed])
    (from_stdin,) = read_stdin(io.BytesIO(SEED_TITLED.read_bytes()))
    assert original.content_hash == duplicate.content_hash == from_stdin.content_hash
    assert original.id != duplicate.id
    assert edited.content_hash != original.content_hash
    again = next(read_sources([SEED_TITLED]))
    assert again.content_hash == original.content_hash


@pytest.mark.parametrize("path", [SEED_NO_TITLE, SEED_TITLED])
def test_language_seeds_with_caption_markers_are_french(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert detect_language(text) == "fr"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le Vietnam renforce sa coopération avec l'Azerbaïdjan ảnh 1Première session de la "
            "Commission intergouvernementale vietnamo-azerbaïdjanaise. Photo: VNA",
            "fr",
        ),
        (
            "Vietnam strengthens its cooperation with Azerbaijan, said the deputy foreign "
            "minister on Tuesday.",
            "en",
        ),
        ("Việt Nam tăng cường hợp tác với Azerbaijan trong nhiều lĩnh vực.", "vi"),
        ("Hanoï (VNA)", None),
        ("2020-12-08 10:00", None),
    ],
)
def test_language_detected_or_unknown_when_too_short(text: str, language: str | None) -> None:
    assert detect_language(text) == language
