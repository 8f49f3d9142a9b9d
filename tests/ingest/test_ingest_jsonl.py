"""JSON Lines and JSON records: composition, ids, dates, and bad lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ingest_samples import ORANGESUM, SEED_TITLED

from communique.ingest import read_sources
from communique.ingest.common import compose_text
from communique.ingest.text import title_of
from communique.models import Document, Problem

BODY = "Le ministre des Affaires étrangères a reçu mardi l'ambassadeur de Chine à Paris."


def _write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _documents(items: list[Document | Problem]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def test_jsonl_orangesum_records_compose_title_heading_text() -> None:
    records = [json.loads(line) for line in ORANGESUM.read_text(encoding="utf-8").splitlines()]
    items = list(read_sources([ORANGESUM]))
    assert all(isinstance(item, Document) for item in items)
    assert [doc.id for doc in items] == ["os-017727", "os-016080"]
    for number, (doc, record) in enumerate(zip(items, records, strict=True), start=1):
        parts = [record["title"], record["heading"], record["text"]]
        assert doc.text == "\n\n".join(part for part in parts if part)
        assert doc.title == record["title"]
        assert doc.heading == record["heading"]
        assert doc.pub_date == record["date"]
        assert doc.source == "OrangeSum"
        assert doc.language == "fr"
        assert doc.origin == f"{ORANGESUM}:{number}"
    # the body keeps its offsets inside the composed text
    second = items[1]
    start = second.text.index(records[1]["text"])
    assert start == len(records[1]["title"]) + 2 + len(records[1]["heading"]) + 2


def test_jsonl_default_id_is_stem_and_line_number(tmp_path: Path) -> None:
    path = _write_lines(
        tmp_path / "depeches.jsonl",
        [json.dumps({"text": BODY}), "", json.dumps({"id": 42, "text": BODY})],
    )
    docs = list(read_sources([path]))
    assert [doc.id for doc in docs] == ["depeches-1", "42"]
    assert docs[1].origin == f"{path}:3"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2020-06-09", "2020-06-09"),
        ("2020-06-09T23:30:00+02:00", "2020-06-09"),
        ("2020-06-09 08:15:00", "2020-06-09"),
        ("2020/06/09", "2020-06-09"),
        ("Tue, 09 Jun 2020 23:30:00 +0200", "2020-06-09"),
        ("9 juin 2020", "2020-06-09"),
        ("mardi 9 juin 2020", "2020-06-09"),
    ],
)
def test_jsonl_date_normalised_to_day(tmp_path: Path, raw: str, expected: str) -> None:
    path = _write_lines(tmp_path / "d.jsonl", [json.dumps({"text": BODY, "date": raw})])
    (doc,) = read_sources([path])
    assert doc.pub_date == expected


@pytest.mark.parametrize("raw", ["hier", "juin 2020", "2020-06", "2020-13-45", "bientôt"])
def test_jsonl_unparseable_date_warns_and_falls_back(tmp_path: Path, raw: str) -> None:
    path = _write_lines(tmp_path / "d.jsonl", [json.dumps({"text": BODY, "date": raw})])
    warning, doc = read_sources([path], pub_date="2021-03-04")
    assert isinstance(warning, Problem)
    assert not warning.fatal
    assert warning.reason == f"unparseable date {raw!r}, ignored"
    assert isinstance(doc, Document)
    assert doc.pub_date == "2021-03-04"


def test_jsonl_malformed_line_reported_other_lines_kept(tmp_path: Path) -> None:
    path = _write_lines(
        tmp_path / "flux.jsonl",
        [
            json.dumps({"id": "a", "text": BODY}),
            json.dumps({"id": "b", "text": BODY}),
            '{"id": "c" "text": "Le président a reçu"}',
            json.dumps({"id": "d", "text": BODY}),
        ],
    )
    items = list(read_sources([path]))
    problems = [item for item in items if isinstance(item, Problem)]
    assert [doc.id for doc in _documents(items)] == ["a", "b", "d"]
    assert [(p.origin, p.reason) for p in problems] == [
        (f"{path}:3", "invalid JSON: Expecting ',' delimiter (column 12)")
    ]


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"id": "x", "title": "Visite officielle"}, "record has no 'text' field"),
        ({"id": "x", "text": None}, "record has no 'text' field"),
        ({"id": "x", "text": "   \n"}, "'text' is empty"),
        ({"id": "x", "text": ["Le", "ministre"]}, "'text' is a list, not a string"),
        (["Le ministre"], "expected a JSON object, got list"),
    ],
)
def test_jsonl_record_without_text_is_a_problem(
    tmp_path: Path, record: object, reason: str
) -> None:
    path = _write_lines(tmp_path / "r.jsonl", [json.dumps({"text": BODY}), json.dumps(record)])
    doc, problem = read_sources([path])
    assert isinstance(doc, Document)
    assert isinstance(problem, Problem)
    assert problem.fatal
    assert problem.reason == reason


def test_jsonl_latin1_line_warns_and_is_read(tmp_path: Path) -> None:
    path = tmp_path / "mixte.jsonl"
    line_ok = json.dumps({"id": "a", "text": BODY}, ensure_ascii=False).encode("utf-8")
    line_cp = json.dumps({"id": "b", "text": "L’Élysée a réagi."}, ensure_ascii=False)
    path.write_bytes(line_ok + b"\n" + line_cp.encode("cp1252") + b"\n")
    first, warning, second = read_sources([path])
    assert first.id == "a"
    assert isinstance(warning, Problem)
    assert not warning.fatal
    assert warning.reason.startswith("not valid UTF-8")
    assert second.text == "L’Élysée a réagi."


@pytest.mark.parametrize(
    ("declared", "language"), [("fr-FR", "fr"), ("en", "en"), ("FR", "fr"), (None, "fr")]
)
def test_jsonl_declared_language_wins_over_detection(
    tmp_path: Path, declared: str | None, language: str
) -> None:
    path = _write_lines(tmp_path / "l.jsonl", [json.dumps({"text": BODY, "lang": declared})])
    (doc,) = read_sources([path])
    assert doc.language == language


def test_jsonl_empty_and_binary_files(tmp_path: Path) -> None:
    empty = tmp_path / "vide.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    packed = tmp_path / "packed.jsonl"
    packed.write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"\x00" * 20)
    (first,), (second,) = list(read_sources([empty])), list(read_sources([packed]))
    assert first.reason == "empty file"
    assert second.reason == "binary file (contains NUL bytes)"


def test_json_single_object_and_array(tmp_path: Path) -> None:
    single = tmp_path / "article.json"
    single.write_text(
        json.dumps({"title": "Visite d'État", "text": BODY, "url": "https://example.org/a"}),
        encoding="utf-8",
    )
    array = tmp_path / "lot.json"
    array.write_text(
        json.dumps([{"text": BODY}, {"id": "z", "text": BODY}, {"id": "y"}]), encoding="utf-8"
    )
    (doc,) = read_sources([single])
    assert doc.id == "article"
    assert doc.text == "Visite d'État\n\n" + BODY
    assert doc.url == "https://example.org/a"
    items = list(read_sources([array]))
    assert [d.id for d in _documents(items)] == ["lot-1", "z"]
    assert items[-1].origin == f"{array}#3"
    assert items[-1].reason == "item 3: record has no 'text' field"


def test_json_invalid_file_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "casse.json"
    path.write_text('{\n  "text": "Le ministre",\n  "id" "x"\n}', encoding="utf-8")
    (problem,) = read_sources([path])
    assert problem.reason == "invalid JSON (Expecting ':' delimiter, line 3 column 8)"


def test_jsonl_seed_record_matches_text_file(tmp_path: Path) -> None:
    """The seeds' JSONL has the whole file as text and its first line as title."""
    content = SEED_TITLED.read_text(encoding="utf-8")
    record = {"id": SEED_TITLED.stem, "title": title_of(content), "text": content, "date": None}
    path = _write_lines(tmp_path / "seeds.jsonl", [json.dumps(record, ensure_ascii=False)])
    (from_jsonl,) = read_sources([path])
    (from_txt,) = read_sources([SEED_TITLED])
    assert from_jsonl.text == content
    assert from_jsonl.content_hash == from_txt.content_hash
    assert from_jsonl.title == from_txt.title


@pytest.mark.parametrize(
    ("title", "heading", "body", "text"),
    [
        ("Visite d'État", "Le président est à Hanoï.", "Il a été reçu.",
         "Visite d'État\n\nLe président est à Hanoï.\n\nIl a été reçu."),
        ("Visite d'État", None, "Visite d'État\n\nIl a été reçu.",
         "Visite d'État\n\nIl a été reçu."),
        ("Visite d'État", "Le président est à Hanoï.", "Le président est à Hanoï. Il a été reçu.",
         "Visite d'État\n\nLe président est à Hanoï. Il a été reçu."),
        ("  ", "", "Il a été reçu.", "Il a été reçu."),
    ],
)  # fmt: skip
def test_jsonl_compose_does_not_repeat_what_body_opens_with(
    title: str | None, heading: str | None, body: str, text: str
) -> None:
    assert compose_text(body, title=title, heading=heading) == text
