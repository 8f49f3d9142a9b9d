"""Datelines: "Hanoï (VNA) - ", "La Havane (VNA) – ", "Paris (AFP) - " opening a paragraph.

The dateline is metadata, not prose: left in, "Hanoi (VNA) - Le Vietnam…"
makes the parser attach "Hanoi" to the first sentence.  It is still useful
(the place the story was filed from is the default event location), so it is
returned as ``place`` and ``agency`` when removed.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from communique.clean.offsets import Edit, delete, line_spans

LOGGER = logging.getLogger(__name__)

# A place: capitalised words, with the particles of French place names
# ("La Havane", "Ho Chi Minh-Ville", "Nay Pyi Taw", "Saint-Jean-d'Acre").
_PLACE_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_PARTICLE = r"(?:de|du|des|la|le|les|d'|d’|l'|l’|sur|en)"
_PLACE = rf"{_PLACE_WORD}(?:[ -](?:{_PARTICLE}[ -]?)?{_PLACE_WORD}){{0,4}}"
# Agencies as they appear in datelines: short, capitalised, optionally "VNA/CVN".
_AGENCY = r"[A-Z][A-Za-z]{1,9}(?:/[A-Z][A-Za-z]{1,9})?"
_DATELINE = re.compile(
    rf"\s*(?P<place>{_PLACE})"
    r"\s*(?:,[^()\n]{1,30}?)?"  # optional ", 12 mars"
    rf"\s*\((?P<agency>{_AGENCY})\)\s*[-–—:]+\s*"
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """What the first dateline said, and the edits removing every dateline."""

    place: str | None
    agency: str | None
    edits: tuple[Edit, ...]


def find_datelines(text: str) -> Dateline:
    """Datelines at the start of any line; the first one gives place and agency.

    Later ones (a page aggregating several wires) are removed too but do not
    override the first: that is the story the document is about.
    """
    place = agency = None
    edits = []
    for start, end in line_spans(text):
        match = _DATELINE.match(text, start, end)
        if match is None or match.end() >= end:
            continue  # a dateline with nothing after it is not one
        if place is None:
            place, agency = match.group("place"), match.group("agency")
            LOGGER.debug("dateline place=%s agency=%s", place, agency)
        edits.append(delete(start + _leading_space(text, start, end), match.end(), "dateline"))
    return Dateline(place, agency, tuple(edits))


def _leading_space(text: str, start: int, end: int) -> int:
    """Keep indentation out of the removed span (tidying handles it)."""
    line = text[start:end]
    return len(line) - len(line.lstrip())
