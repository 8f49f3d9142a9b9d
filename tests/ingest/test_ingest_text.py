"""Plain text files and the decoding rules shared by every reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_samples import SEED_NO_TITLE, SEED_TITLED

from communique.ingest import read_sources
from communique.ingest.text import title_of
from communique.models import Document, Problem


def _read(path: Path) -> list[Document | Problem]:
    return list(read_sources([path]))


@pytest.mark.parametrize(
    ("path", "title"),
    [
        (SEED_NO_TITLE, None),
        (SEED_TITLED, "Le Vietnam renforce sa coopération avec l'Azerbaïdjan"),
    ],
)
def test_text_seed_read_verbatim(path: Path, title: str | None) -> None:
    (doc,) = _read(path)
    assert isinstance(doc, Document)
    assert doc.text == path.read_bytes().decode("utf-8")
    assert doc.id == path.stem
    assert doc.title == title
    assert doc.heading is None
    assert doc.language == "fr"
    assert doc.origin == str(path)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Le Vietnam et Cuba resserrent leurs liens\n\nHanoï (VNA) - Le secrétaire...",
            "Le Vietnam et Cuba resserrent leurs liens",
        ),
        (
            "Visite d'État en Biélorussie\r\n\r\nMinsk (VNA) - Le secrétaire général...",
            "Visite d'État en Biélorussie",
        ),
        ("Hanoï (VNA) - Le Premier ministre biélorusse est arrivé.\nIl a rencontré...", None),
        ("\n\nLe Premier ministre biélorusse est arrivé.", None),
        ("Une seule ligne sans titre.", None),
        ("x" * 400 + "\n\nsuite", None),
    ],
)
def test_text_title_is_first_line_before_blank_line(text: str, title: str | None) -> None:
    assert title_of(text) == title


def test_text_keeps_crlf_and_inner_whitespace_strips_bom(tmp_path: Path) -> None:
    body = "Titre de l’article\r\n\r\nHanoï  (VNA) –\tLe ministre a reçu\u00a0l’ambassadeur.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    (doc,) = _read(path)
    assert doc.text == body
    assert doc.title == "Titre de l’article"
    assert doc.id == "crlf"


@pytest.mark.parametrize("data", [b"", b"  \n\n\t\n", b"\xef\xbb\xbf"])
def test_text_empty_file_is_a_problem(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "vide.txt"
    path.write_bytes(data)
    (problem,) = _read(path)
    assert isinstance(problem, Problem)
    assert problem.reason == "empty file"
    assert problem.fatal


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        bytes(range(1, 9)) * 200 + b"Le Vietnam",
    ],
    ids=["nul-bytes", "control-bytes"],
)
def test_text_binary_file_is_a_problem(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(data)
    (problem,) = _read(path)
    assert isinstance(problem, Problem)
    assert problem.reason.startswith("binary file")
    assert problem.fatal


@pytest.mark.parametrize(
    ("data", "expected", "codec"),
    [
        (
            "Le président a reçu l’ambassadeur à Hanoï.".encode("cp1252"),
            "Le président a reçu l’ambassadeur à Hanoï.",
            "Windows-1252",
        ),
        (b"\x81 Le pr\xe9sident fran\xe7ais.", "\x81 Le président français.", "Latin-1"),
    ],
)
def test_text_invalid_utf8_decoded_with_warning(
    tmp_path: Path, data: bytes, expected: str, codec: str
) -> None:
    path = tmp_path / "ancien.txt"
    path.write_bytes(data)
    warning, doc = _read(path)
    assert isinstance(warning, Problem)
    assert not warning.fatal
    assert warning.reason.startswith("not valid UTF-8")
    assert warning.reason.endswith(f"decoded as {codec}")
    assert isinstance(doc, Document)
    assert doc.text == expected


def test_text_utf16_with_bom_is_text(tmp_path: Path) -> None:
    body = "Le Vietnam et Cuba resserrent leurs liens d’amitié traditionnels."
    path = tmp_path / "windows.txt"
    path.write_bytes(body.encode("utf-16"))
    (doc,) = _read(path)
    assert isinstance(doc, Document)
    assert doc.text == body
