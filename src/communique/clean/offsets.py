"""Text edits that keep a map from every character back to the original.

Every cleaning step works the same way: it looks at the *current* text (a
``MappedText``), proposes ``Edit`` records (delete a span, insert or replace
characters) and ``apply_edits`` builds the next ``MappedText``.  Offsets are
composed at each step, so however many steps run, each character of the
result still knows the index of the original character it came from.  That
is what lets an event's evidence, found in cleaned text, be stored as a span
of ``Document.text``.

Mapping rules (also documented on ``CleanedText``):

* a kept character keeps its original index;
* an inserted character (the space put between glued words) takes the index
  of the character that follows it;
* a replacement of the same length maps character by character; one of a
  different length (an ftfy repair of mojibake) spreads its characters over
  the replaced span in order, first on first and last on last, so the map
  never goes backwards and the repaired word maps to the whole broken word;
* the sentinel ``offsets[len(text)]`` is the end of the original text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from communique.models import Removed

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Edit:
    """One change to the current text: ``text[start:end]`` becomes ``replacement``.

    A deletion has an empty replacement, an insertion an empty span.  ``reason``
    is set only on deletions worth reporting (teaser, caption, dateline...): they
    become ``Removed`` records; whitespace tidying leaves it ``None``.
    """

    start: int
    end: int
    replacement: str = ""
    reason: str | None = None


def delete(start: int, end: int, reason: str | None = None) -> Edit:
    """Drop ``[start, end)`` of the current text."""
    return Edit(start, end, "", reason)


def insert(pos: int, text: str) -> Edit:
    """Put ``text`` before the character now at ``pos``."""
    return Edit(pos, pos, text)


def replace(start: int, end: int, text: str) -> Edit:
    """Swap ``[start, end)`` for ``text`` (a Unicode repair, a normalised space)."""
    return Edit(start, end, text)


@dataclass(frozen=True, slots=True)
class MappedText:
    """A text and, for each of its characters, the index in the original text.

    ``offsets`` has ``len(text) + 1`` entries; the last is the original end.
    """

    text: str
    offsets: tuple[int, ...]

    @classmethod
    def identity(cls, text: str) -> MappedText:
        """The original text, mapped to itself."""
        return cls(text, tuple(range(len(text) + 1)))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` covered by the current span (empty span: a point)."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


def apply_edits(source: MappedText, edits: list[Edit]) -> tuple[MappedText, list[Removed]]:
    """Apply non-overlapping edits to ``source``; return the new text and what was removed.

    Edits are sorted here, so steps may emit them in any order.  An edit lying
    wholly inside an earlier deletion is dropped (a caption inside a teaser
    block that is removed anyway); a partial overlap is a bug in a step and
    raises ``ValueError`` rather than silently corrupting the map.
    """
    text, offsets = source.text, source.offsets
    # Insertions first at a position, then the widest deletion, so nested ones are skipped.
    ordered = sorted(edits, key=lambda e: (e.start, e.end > e.start, -e.end))
    out_chars: list[str] = []
    out_offsets: list[int] = []
    removed: list[Removed] = []
    pos = 0  # next character of ``text`` not yet copied or skipped
    for edit in ordered:
        if not 0 <= edit.start <= edit.end <= len(text):
            raise ValueError(f"edit {edit} outside text of length {len(text)}")
        if edit.start < pos:
            if edit.end <= pos:
                continue  # inside an enclosing deletion: already removed
            raise ValueError(f"overlapping edits at {edit.start}-{edit.end}")
        out_chars.append(text[pos : edit.start])
        out_offsets.extend(offsets[pos : edit.start])
        out_chars.append(edit.replacement)
        out_offsets.extend(_replacement_offsets(offsets, edit))
        if edit.reason is not None and edit.end > edit.start:
            start, end = source.to_original(edit.start, edit.end)
            removed.append(Removed(start=start, end=end, reason=edit.reason))
        pos = edit.end
    out_chars.append(text[pos:])
    out_offsets.extend(offsets[pos:])  # includes the sentinel
    result = MappedText("".join(out_chars), tuple(out_offsets))
    if len(result.offsets) != len(result.text) + 1:  # cheap guard on the invariant
        raise ValueError("offset map out of step with text")
    return result, removed


def _replacement_offsets(offsets: tuple[int, ...], edit: Edit) -> list[int]:
    """Original indices for the characters of ``edit.replacement`` (see module doc)."""
    new_len = len(edit.replacement)
    old_len = edit.end - edit.start
    if new_len == 0:
        return []
    if old_len == 0:  # insertion: the following character
        return [offsets[edit.start]] * new_len
    if old_len == new_len:
        return list(offsets[edit.start : edit.end])
    if new_len == 1:
        return [offsets[edit.start]]
    # First to first, last to last, the rest spread in order: the replacement as
    # a whole maps to the whole replaced span ("biÃ©lorusse" -> "biélorusse").
    last = new_len - 1
    return [offsets[edit.start + (k * (old_len - 1)) // last] for k in range(new_len)]


def line_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line, newline excluded: the unit most steps work on."""
    spans = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def delete_line(text: str, start: int, end: int, reason: str) -> Edit:
    """Delete the line ``[start, end)`` together with its newline, so no blank line is left."""
    if end < len(text) and text[end] == "\n":
        end += 1
    elif start > 0 and text[start - 1] == "\n":
        start -= 1  # last line: eat the newline before it instead
    return delete(start, end, reason)
