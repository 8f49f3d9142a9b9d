"""Photo captions, photo credits and embedded-video captions.

Captions describe a picture, not the story as told: the codebook (§1) does
not code them, and a caption often repeats the title or names a scene from
another story.  Three shapes occur in our sources:

* VNA image lines: ``<alt text = title> ảnh 1<caption>. Photo: VNA`` ("ảnh"
  is Vietnamese for "image"); the whole line goes, repeated title included;
* caption or credit lines ending in ``Photo : VNA`` / ``Photo: VNA/CVN``;
* Orange/AFP pages with an embedded euronews video, flattened into the text
  as ``… fin de phrase. <titre de la vidéo>par euronews (en français)<suite>``.
"""

from __future__ import annotations

import logging
import re

from communique.clean.offsets import Edit, delete, delete_line, line_spans

LOGGER = logging.getLogger(__name__)

# "ảnh 1", "Ảnh 2": the image marker VNA's French site leaves in alt texts.
_IMAGE_MARKER = re.compile(r"(?<!\w)[ảẢ]nh\s?\d{1,2}")
# A credit: "Photo: VNA", "Photo : VNA/CVN", "(Photo : AFP)", "Crédit photo : Getty Images".
# The source is one to four capitalised words, so "sur les photos : on voit..." is no credit.
_CREDIT_WORD = r"(?i:photos?|ảnh|cr[ée]dits?(?: photos?)?)"
_SOURCE = r"[A-Z][\w.&'/-]*(?: [A-Z][\w.&'/-]*){0,3}"
_CREDIT_AT_END = re.compile(
    rf"(?:^|(?<=[\s.!?»\"”)]))\s*\(?\s*{_CREDIT_WORD}\s*:\s*{_SOURCE}\s*\)?\s*$"
)
_CREDIT_IN_PARENS = re.compile(rf"\s*\(\s*{_CREDIT_WORD}\s*:\s*{_SOURCE}\s*\)")
# "par euronews (en français)" closing a flattened video title.
_VIDEO_CREDIT = re.compile(r"par euronews\s*\([^()\n]{1,30}\)")
# Where the video title starts: after the last sentence end before the credit.
_SENTENCE_END = re.compile(r"[.!?…][\"»”)]?\s+")
_MAX_VIDEO_TITLE = 250


def caption_edits(text: str) -> list[Edit]:
    """Edits removing caption lines, credits and video captions."""
    edits: list[Edit] = []
    for start, end in line_spans(text):
        line = text[start:end]
        if not line.strip():
            continue
        if _IMAGE_MARKER.search(line):
            edits.append(delete_line(text, start, end, "caption"))
            continue
        credit = _CREDIT_AT_END.search(line)
        if credit is not None and len(line) < 600:
            before = line[: credit.start()].strip()
            edits.append(delete_line(text, start, end, "caption" if before else "credit"))
            continue
        for match in _CREDIT_IN_PARENS.finditer(line):
            edits.append(delete(start + match.start(), start + match.end(), "credit"))
        edits.extend(_video_caption_edits(text, start, end))
    return edits


def _video_caption_edits(text: str, line_start: int, line_end: int) -> list[Edit]:
    """The video title and its "par euronews (...)" credit, found inside one line."""
    edits = []
    line = text[line_start:line_end]
    for match in _VIDEO_CREDIT.finditer(line):
        window_start = max(0, match.start() - _MAX_VIDEO_TITLE)
        ends = list(_SENTENCE_END.finditer(line, window_start, match.start()))
        if ends:
            title_start = ends[-1].end()
        elif window_start == 0:
            title_start = 0  # the title opens the line
        else:
            title_start = match.start()  # no sentence end close enough: the credit alone
        edits.append(delete(line_start + title_start, line_start + match.end(), "caption"))
    return edits
