"""The edit builder: every character of the result maps back into the original."""

from __future__ import annotations

import pytest

from communique.clean.offsets import MappedText, apply_edits, delete, insert, replace

ORIGINAL = "Hanoï (VNA) - Le Vietnam prendtoujours en considération."


def test_offsets_identity_ends_with_original_length() -> None:
    mapped = MappedText.identity(ORIGINAL)
    assert mapped.offsets[-1] == len(ORIGINAL)
    assert len(mapped.offsets) == len(ORIGINAL) + 1


def test_offsets_delete_keeps_original_indices_and_reports_span() -> None:
    result, removed = apply_edits(MappedText.identity(ORIGINAL), [delete(0, 14, "dateline")])
    assert result.text == "Le Vietnam prendtoujours en considération."
    assert result.offsets[0] == 14
    assert [(r.start, r.end, r.reason) for r in removed] == [(0, 14, "dateline")]


def test_offsets_inserted_space_maps_to_next_original_character() -> None:
    pos = ORIGINAL.index("toujours")
    result, removed = apply_edits(MappedText.identity(ORIGINAL), [insert(pos, " ")])
    assert "prend toujours" in result.text
    assert result.offsets[pos] == pos  # the space
    assert result.offsets[pos + 1] == pos  # the "t" it stands before
    assert removed == []


def test_offsets_compose_over_two_steps() -> None:
    first, _ = apply_edits(MappedText.identity(ORIGINAL), [delete(0, 14, "dateline")])
    pos = first.text.index("toujours")
    second, _ = apply_edits(first, [insert(pos, " ")])
    start = second.text.index("considération")
    assert second.offsets[start] == ORIGINAL.index("considération")
    assert second.offsets[-1] == len(ORIGINAL)


def test_offsets_longer_replacement_stays_inside_replaced_span() -> None:
    text = "Le prÃ©sident"
    result, _ = apply_edits(MappedText.identity(text), [replace(3, 13, "président")])
    assert result.text == "Le président"
    assert result.offsets[3:12] == tuple(sorted(result.offsets[3:12]))
    assert all(3 <= o < 13 for o in result.offsets[3:12])


def test_offsets_edit_inside_enclosing_deletion_is_dropped() -> None:
    result, removed = apply_edits(
        MappedText.identity(ORIGINAL),
        [delete(14, 24, "caption"), delete(0, len(ORIGINAL), "teaser")],
    )
    assert result.text == ""
    assert [r.reason for r in removed] == ["teaser"]


def test_offsets_partial_overlap_raises() -> None:
    with pytest.raises(ValueError, match="overlapping"):
        apply_edits(MappedText.identity(ORIGINAL), [delete(0, 10), delete(5, 20)])
