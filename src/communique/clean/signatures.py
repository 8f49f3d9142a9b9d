"""Agency signatures: "- VNA" closing a paragraph, a "VNA/CVN" line, AFP desk slugs.

They name who distributed the text, not an actor in it; left in, "VNA" ends
up glued to the last sentence ("2024-2026.- VNA") and the NER reads it as an
organisation taking part in the event.
"""

from __future__ import annotations

import logging
import re

from communique.clean.offsets import Edit, delete, delete_line, line_spans

LOGGER = logging.getLogger(__name__)

_AGENCY = r"(?:VNA|TTXVN|CVN|AFP|Reuters|AP|ANSA|Xinhua)(?:/(?:VNA|CVN|AFP|TTXVN))?"
# "… 2024-2026.- VNA", "… à bien.-VNA", "… événements. -VNA" at the end of a line.
_TRAILING = re.compile(rf"(?:(?<=[.!?…\"»”)])|\s)\s*[-–—]\s*{_AGENCY}\s*$")
# A line holding nothing but the agency: "VNA/CVN".
_ALONE = re.compile(rf"^\s*[-–—]?\s*{_AGENCY}\s*$")
# AFP desk slug glued to the last sentence: "…en 1953.bur-sh/slb/elm/ybl/fff/leo".
# Initials of the journalists and editors: 2-4 lower-case letters, slash-separated.
_AFP_SLUG = re.compile(r"(?<=[.!?…\"»”)])\s*[a-z]{2,4}(?:-[a-z]{2,4})*(?:/[a-z]{2,4}){2,}\s*$")


def signature_edits(text: str) -> list[Edit]:
    """Edits removing agency signatures at the end of paragraphs and of the text."""
    edits: list[Edit] = []
    for start, end in line_spans(text):
        line = text[start:end]
        if not line.strip():
            continue
        if _ALONE.match(line):
            edits.append(delete_line(text, start, end, "signature"))
            continue
        match = _TRAILING.search(line) or _AFP_SLUG.search(line)
        if match is not None:
            edits.append(delete(start + match.start(), start + match.end(), "signature"))
    return edits
