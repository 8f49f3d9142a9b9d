"""Real articles for the clean tests (see tests/data/articles/NOTICE.md)."""

from __future__ import annotations

from pathlib import Path

from communique.models import Document

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"
SEED_IDS = (
    "000_16a7b6badb296c05",
    "001_e52cb4cd3b8fc08c",
    "002_ea3d89f4fc626edf",
    "003_a130f20f78ccaec2",
    "004_92abf839e41b491a",
)
ORANGESUM_IDS = ("os-005698", "os-014508", "os-018312")
ALL_IDS = SEED_IDS + ORANGESUM_IDS


def read_article(doc_id: str) -> Document:
    """The article as ingest would give it: the file's text, verbatim."""
    text = (ARTICLES / f"{doc_id}.txt").read_text(encoding="utf-8")
    return Document(id=doc_id, text=text)
