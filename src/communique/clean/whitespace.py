"""Whitespace tidying after the other steps: what they removed leaves holes.

Runs of spaces become one, lines lose leading and trailing spaces, more than
one blank line becomes one, and the text loses its outer blank lines.  The
paragraph break ("\\n\\n") and the single line break are kept: sentence
splitting and the lede check rely on them.  Only deletions, so the map needs
nothing special.
"""

from __future__ import annotations

import re

from communique.clean.offsets import Edit, delete

# Spaces after the first of a run, spaces at line ends and line starts.
_EXTRA_SPACES = re.compile(r"(?<= ) +|(?<=\n) +| +(?=\n)| +$|^ +")
# The third and later newlines of a run (spaces already gone).
_EXTRA_NEWLINES = re.compile(r"(?<=\n\n)\n+")


def whitespace_edits(text: str) -> list[Edit]:
    """Deletions tidying spaces; run twice (spaces, then newlines) by the caller."""
    return [delete(m.start(), m.end()) for m in _EXTRA_SPACES.finditer(text)]


def newline_edits(text: str) -> list[Edit]:
    """Deletions of extra blank lines and of the blank lines around the text."""
    edits = [delete(m.start(), m.end()) for m in _EXTRA_NEWLINES.finditer(text)]
    stripped_start = len(text) - len(text.lstrip("\n"))
    if stripped_start:
        edits.append(delete(0, stripped_start))
    stripped_end = len(text.rstrip("\n"))
    if stripped_end < len(text) and stripped_end >= stripped_start:
        edits.append(delete(stripped_end, len(text)))
    return edits
