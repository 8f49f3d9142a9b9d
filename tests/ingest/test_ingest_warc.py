"""WARC archives through warcio: HTML responses are read, everything else skipped."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from ingest_pages import article_page, write_warc
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from communique.ingest import read_sources
from communique.models import Document, Problem

TITLE = "Le Vietnam renforce sa coopération avec l'Azerbaïdjan"


def test_warc_html_responses_become_documents(tmp_path: Path, seed_paragraphs: list[str]) -> None:
    page_1 = article_page(TITLE, seed_paragraphs[:3], published="2020-12-08T10:00:00+07:00")
    page_2 = article_page("Coopération vietnamo-azerbaïdjanaise", seed_paragraphs[4:7])
    path = write_warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://fr.vietnamplus.vn/a.vnp", 200, "text/html; charset=utf-8", page_1.encode()),
            ("https://fr.vietnamplus.vn/logo.png", 200, "image/png", b"\x89PNG\r\n\x1a\n\x00"),
            ("https://fr.vietnamplus.vn/old.vnp", 404, "text/html", b"<p>Page introuvable</p>"),
            ("https://fr.vietnamplus.vn/b.vnp", 200, "text/html", page_2.encode()),
        ],
    )
    items = list(read_sources([path], pub_date="2020-12-09"))
    assert all(isinstance(item, Document) for item in items)
    first, second = items
    # records alternate request/response: the pages are records 2 and 8
    assert (first.id, second.id) == ("crawl-2", "crawl-8")
    assert first.url == "https://fr.vietnamplus.vn/a.vnp"
    assert first.title == TITLE
    assert first.pub_date == "2020-12-08"
    assert second.pub_date == "2020-12-09"
    assert " ".join(seed_paragraphs[4].split()) in " ".join(second.text.split())
    assert first.origin == f"{path}#2"
    assert first.language == second.language == "fr"


def test_warc_without_html_page_is_a_problem(tmp_path: Path) -> None:
    path = write_warc(
        tmp_path / "images.warc.gz",
        [("https://fr.vietnamplus.vn/logo.png", 200, "image/png", b"\x89PNG\r\n\x1a\n\x00")],
    )
    (problem,) = read_sources([path])
    assert isinstance(problem, Problem)
    assert problem.reason == "no HTML page in the archive (2 records)"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"Ceci n'est pas une archive WARC.\n", "not a WARC file"),
        (b"", "empty file"),
    ],
)
def test_warc_file_that_is_no_archive_is_a_problem(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    path = tmp_path / "casse.warc"
    path.write_bytes(data)
    (problem,) = read_sources([path])
    assert isinstance(problem, Problem)
    assert problem.reason.startswith(reason)


def test_warc_truncated_archive_keeps_records_before_damage(
    tmp_path: Path, seed_paragraphs: list[str]
) -> None:
    pages = [article_page(TITLE, seed_paragraphs[i : i + 3]).encode() for i in (0, 4, 8)]
    whole = write_warc(
        tmp_path / "entier.warc.gz",
        [
            (f"https://fr.vietnamplus.vn/{n}.vnp", 200, "text/html", page)
            for n, page in enumerate(pages)
        ],
    )
    data = whole.read_bytes()
    cut = tmp_path / "coupe.warc.gz"
    cut.write_bytes(data[: len(data) * 19 // 20])  # inside the last page's record
    items = list(read_sources([cut]))
    documents = [item for item in items if isinstance(item, Document)]
    assert [doc.id for doc in documents] == ["coupe-2", "coupe-4"]
    assert isinstance(items[-1], Problem)
    assert items[-1].origin == f"{cut}#6"
    assert items[-1].reason.endswith("is truncated: archive damaged")


def test_warc_garbage_after_records_is_a_problem(
    tmp_path: Path, seed_paragraphs: list[str]
) -> None:
    path = tmp_path / "suite.warc"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        page = article_page(TITLE, seed_paragraphs[:3]).encode()
        record = writer.create_warc_record(
            "https://fr.vietnamplus.vn/a.vnp",
            "response",
            payload=BytesIO(page),
            http_headers=headers,
        )
        writer.write_record(record)
        handle.write(b"Ceci n'est pas un enregistrement\nsuite\n\n")
    document, problem = read_sources([path])
    assert isinstance(document, Document)
    assert document.id == "suite-1"
    assert isinstance(problem, Problem)
    assert problem.reason.startswith("invalid WARC after record 1: ")
