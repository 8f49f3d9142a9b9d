"""The offset map, checked character by character on every sample article.

Whatever the steps do, each cleaned character must point at the original
character it came from; only inserted whitespace (glue repair) and normalised
spaces may differ from ``document.text[offsets[i]]``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from clean_samples import ALL_IDS

from communique.clean import clean_document
from communique.models import CleanedText, Document

Loader = Callable[[str], Document]
ODD_SPACES = "\u00a0\u202f\u2009\t"


def inserted(cleaned: CleanedText, i: int) -> bool:
    """Inserted characters share their offset with the character they precede."""
    return i + 1 < len(cleaned.text) and cleaned.offsets[i] == cleaned.offsets[i + 1]


@pytest.mark.parametrize("doc_id", ALL_IDS)
def test_clean_offsets_shape(article: Loader, doc_id: str) -> None:
    document = article(doc_id)
    cleaned = clean_document(document)
    assert len(cleaned.offsets) == len(cleaned.text) + 1
    assert cleaned.offsets[-1] == len(document.text)
    assert list(cleaned.offsets) == sorted(cleaned.offsets)
    assert all(0 <= o <= len(document.text) for o in cleaned.offsets)


@pytest.mark.parametrize("doc_id", ALL_IDS)
def test_clean_offsets_every_character_points_to_itself(article: Loader, doc_id: str) -> None:
    document = article(doc_id)
    cleaned = clean_document(document)
    for i, char in enumerate(cleaned.text):
        original = document.text[cleaned.offsets[i]]
        if inserted(cleaned, i):
            assert char in " \n", (i, char)
        elif char != original:
            assert char == " " and original in ODD_SPACES, (i, char, original)


@pytest.mark.parametrize("doc_id", ALL_IDS)
def test_clean_offsets_paragraphs_map_back_to_original(article: Loader, doc_id: str) -> None:
    document = article(doc_id)
    cleaned = clean_document(document)
    for match in re.finditer(r"[^\n]+", cleaned.text):
        start, end = cleaned.to_original(match.start(), match.end())
        source = document.text[start:end]
        if any(start < r.end and r.start < end for r in cleaned.removed):
            continue  # a signature or caption was cut from inside this span
        assert re.sub(r"[\s\u200b]", "", source) == re.sub(r"\s", "", match.group())


@pytest.mark.parametrize("doc_id", ALL_IDS)
def test_clean_offsets_skip_removed_spans(article: Loader, doc_id: str) -> None:
    document = article(doc_id)
    cleaned = clean_document(document)
    for removed in cleaned.removed:
        assert 0 <= removed.start < removed.end <= len(document.text)
        assert document.text[removed.start : removed.end].strip()
    kept = {o for i, o in enumerate(cleaned.offsets[:-1]) if not inserted(cleaned, i)}
    for removed in cleaned.removed:
        assert not kept & set(range(removed.start, removed.end)), removed


def test_clean_offsets_evidence_span_round_trip(article: Loader) -> None:
    """An evidence sentence found in cleaned text is the same sentence in the original."""
    document = article("002_ea3d89f4fc626edf")
    cleaned = clean_document(document)
    evidence = "Il a proposé aux deux parties d'échanger des délégations de haut rang"
    start = cleaned.text.index(evidence)
    orig_start, orig_end = cleaned.to_original(start, start + len(evidence))
    assert (
        document.text[orig_start:orig_end]
        == "Il a proposé auxdeux parties d'échanger des délégations de haut rang"
    )
