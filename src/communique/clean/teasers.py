"""Related-article teasers: "Voir plus", "Lire aussi" and the unrelated stories they announce.

The codebook (§1) says teasers are not part of the article.  On VNA pages a
"Voir plus" line opens a list of other stories (captions, titles, ledes) that
runs to the end of the scraped text: seeds 002-004 would otherwise yield
events about Singapore, Laos and the ASEAN.  A marker alone on its line
therefore removes everything to the end; a marker followed by a title on the
same line ("Lire aussi : Le G7 ...", AFP style) removes that line only.
"""

from __future__ import annotations

import logging
import re

from communique.clean.offsets import Edit, delete, delete_line, line_spans

LOGGER = logging.getLogger(__name__)

_MARKERS = (
    r"voir plus|voir aussi|lire aussi|[àa] lire aussi|[àa] lire [ée]galement|lire [ée]galement"
    r"|sur le m[êe]me sujet|articles? li[ée]s?|nos articles li[ée]s"
)
# The whole line is the marker (a list of stories follows).
_BLOCK = re.compile(rf"^\W*(?:{_MARKERS})\W*$", re.IGNORECASE)
# Marker, separator, then a title on the same line.
_INLINE = re.compile(rf"^\W*(?:{_MARKERS})\s*[:>»\-–—]\s*\S", re.IGNORECASE)


def teaser_edits(text: str) -> list[Edit]:
    """Edits removing teaser blocks (to the end of the text) and inline teaser lines."""
    edits: list[Edit] = []
    for start, end in line_spans(text):
        line = text[start:end]
        if not line.strip() or len(line) > 300:
            continue
        if _BLOCK.match(line):
            LOGGER.debug("teaser block from offset %d to the end", start)
            edits.append(delete(start, len(text), "teaser"))
            break  # nothing after this is the article
        if _INLINE.match(line):
            edits.append(delete_line(text, start, end, "teaser"))
    return edits
