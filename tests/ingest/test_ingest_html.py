"""HTML pages through trafilatura: main text, title, date, site name."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_pages import BOILERPLATE, article_page

from communique.ingest import read_sources
from communique.ingest.html import NO_TEXT
from communique.models import Document, Problem

TITLE = "Le Vietnam renforce sa coopération avec l'Azerbaïdjan"


@pytest.mark.parametrize("suffix", [".html", ".htm", ".HTML"])
def test_html_main_text_title_and_date(
    tmp_path: Path, seed_paragraphs: list[str], suffix: str
) -> None:
    path = tmp_path / f"vietnamplus-azerbaidjan{suffix}"
    page = article_page(TITLE, seed_paragraphs[:4], published="2020-12-08T23:30:00+07:00")
    path.write_text(page, encoding="utf-8")
    (doc,) = read_sources([path])
    assert isinstance(doc, Document)
    assert doc.id == "vietnamplus-azerbaidjan"
    assert doc.title == TITLE
    assert doc.pub_date == "2020-12-08"  # the day as published, not converted to UTC
    assert doc.source == "VietnamPlus"
    assert doc.language == "fr"
    flat = " ".join(doc.text.split())  # HTML collapses runs of white space when rendered
    for paragraph in seed_paragraphs[:4]:
        assert " ".join(paragraph.split()) in flat
    assert BOILERPLATE not in doc.text
    assert "Accueil" not in doc.text
    # the <h1> is already the first line of the main text: not composed in front again
    first, second = doc.text.split("\n")[:2]
    assert first == TITLE
    assert second != TITLE


def test_html_undated_page_takes_date_argument(tmp_path: Path, seed_paragraphs: list[str]) -> None:
    path = tmp_path / "sans-date.html"
    path.write_text(article_page(TITLE, seed_paragraphs[:3]), encoding="utf-8")
    (doc,) = read_sources([path], pub_date="2020-12-09", source="VNA")
    assert doc.pub_date == "2020-12-09"
    assert doc.source == "VietnamPlus"  # the page names its site: --source does not override


def test_html_declared_charset_is_honoured(tmp_path: Path, seed_paragraphs: list[str]) -> None:
    paragraphs = [p for p in seed_paragraphs if "ả" not in p][:3]
    path = tmp_path / "latin1.html"
    path.write_bytes(article_page(TITLE, paragraphs, charset="iso-8859-1").encode("latin-1"))
    (doc,) = read_sources([path])
    assert isinstance(doc, Document)
    assert paragraphs[0] in doc.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (
            b"<html><head><title>Accueil</title></head><body><nav><a href='/'>Accueil</a></nav>"
            b"</body></html>",
            NO_TEXT,
        ),
        (b"GIF89a\x01\x00\x01\x00\x00\x00\x00", "binary file (contains NUL bytes)"),
    ],
)
def test_html_unusable_page_is_a_problem(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(data)
    (problem,) = read_sources([path])
    assert isinstance(problem, Problem)
    assert problem.reason == reason
