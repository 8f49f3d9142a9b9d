"""Fixtures built from the ingest samples."""

from __future__ import annotations

import pytest
from ingest_samples import SEED_TITLED


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The body of seed 003 (title, blank line, article with ``ảnh 1`` caption markers)."""
    return SEED_TITLED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_paragraphs(seed_text: str) -> list[str]:
    """Non-blank lines of seed 003 after its title: real paragraphs to build pages from."""
    return [line for line in seed_text.split("\n")[2:] if line.strip()]
