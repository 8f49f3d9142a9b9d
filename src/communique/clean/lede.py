"""A lede repeated as the first paragraph of the body.

VNA pages print the lede (chapeau) and then open the body with the same
sentence, sometimes re-typed (seed 002: "prendtoujours", words glued), sometimes
reworded a little (seed 003: "des AE" / "des Affaires étrangères"; seed 004
moves the name before the title).  Coded twice it would give two events for
one happening, so the later copy goes and the first is kept.

Two paragraphs are the same when their letters match with spaces and case
ignored (catches glued re-typings), or when rapidfuzz finds them near-equal,
character-wise or as bags of words (catches rewordings).
"""

from __future__ import annotations

import logging
import re

from rapidfuzz import fuzz

from communique.clean.offsets import Edit, delete_line, line_spans

LOGGER = logging.getLogger(__name__)

# Only the top of the article is searched: the repeat follows the lede closely,
# and comparing every pair of a long text's paragraphs would be quadratic.
MAX_PARAGRAPHS = 8
MIN_CHARS = 40  # shorter lines (titles, "Photo: VNA") are not ledes
CHAR_RATIO = 88.0  # repeats in the seeds score 95-100, distinct paragraphs at most 76
WORD_RATIO = 85.0  # seed 004 reworded lede: 92; distinct paragraphs at most 72
LENGTH_RATIO = 0.75  # word-bag matching needs similar lengths, or any subset would match

_NON_WORD = re.compile(r"[\W_]+")


def letters_key(text: str) -> str:
    """Case-folded letters and digits only: "prendtoujours" == "prend toujours"."""
    return _NON_WORD.sub("", text.casefold())


def words_key(text: str) -> str:
    """Case-folded words separated by single spaces, for word-order-free comparison."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


def same_paragraph(first: str, second: str) -> bool:
    """Whether ``second`` repeats ``first`` (exactly, re-typed or lightly reworded)."""
    key_a, key_b = letters_key(first), letters_key(second)
    if min(len(key_a), len(key_b)) < MIN_CHARS:
        return False
    if key_a == key_b:
        return True
    if min(len(key_a), len(key_b)) / max(len(key_a), len(key_b)) < LENGTH_RATIO:
        return False
    if fuzz.ratio(key_a, key_b) >= CHAR_RATIO:
        return True
    return fuzz.token_sort_ratio(words_key(first), words_key(second)) >= WORD_RATIO


def repeated_lede_edits(text: str) -> list[Edit]:
    """Edits removing each of the first paragraphs that repeats an earlier one."""
    paragraphs = [(s, e) for s, e in line_spans(text) if text[s:e].strip()][:MAX_PARAGRAPHS]
    kept: list[str] = []
    edits: list[Edit] = []
    for start, end in paragraphs:
        paragraph = text[start:end]
        if any(same_paragraph(earlier, paragraph) for earlier in kept):
            LOGGER.debug("repeated lede at offset %d", start)
            edits.append(delete_line(text, start, end, "repeated-lede"))
        else:
            kept.append(paragraph)
    return edits
